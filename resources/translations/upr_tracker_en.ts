<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</source>
            <translation>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>Third-party notices</translation>
        </message>
        <message>
            <source>Third-party notices…</source>
            <translation>Third-party notices…</translation>
        </message>
    </context>
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>Minimal action</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>Continuing action</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>Considering action</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>General action</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>Specific action</translation>
        </message>
    </context>
    <context>
        <name>AddTermDialog</name>
        <message>
            <source>Add a term to %1</source>
            <translation>Add a term to %1</translation>
        </message>
        <message>
            <source>optional (an SDG number, an OHCHR code such as A12)</source>
            <translation>optional (an SDG number, an OHCHR code such as A12)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</source>
            <translation>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>Preparing the demo database…</translation>
        </message>
        <message>
            <source>The database could not be opened.

%1</source>
            <translation>The database could not be opened.

%1</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>%1 could not be opened.

%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit the assessment</source>
            <translation>Edit the assessment</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Add an assessment</translation>
        </message>
        <message>
            <source>e.g. the NGO coalition, the Ombudsman, CEDAW</source>
            <translation>e.g. the NGO coalition, the Ombudsman, CEDAW</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Dated</translation>
        </message>
        <message>
            <source>What shows it: a law, a report, a case…</source>
            <translation>What shows it: a law, a report, a case…</translation>
        </message>
        <message>
            <source>By whose account</source>
            <translation>By whose account</translation>
        </message>
        <message>
            <source>Name of the source</source>
            <translation>Name of the source</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Assessed on</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>UN body</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>&amp;Add an assessment…</source>
            <translation>&amp;Add an assessment…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>E&amp;dit…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>not</source>
            <translation>not</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>partially</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>fully</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)</source>
            <translation>
                <numerusform>%1: mean %2 of 1 from %n source (%3 to %4; %5)</numerusform>
                <numerusform>%1: mean %2 of 1 from %n sources (%3 to %4; %5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3)</source>
            <translation>
                <numerusform>%1: mean %2 of 1 from %n source (%3)</numerusform>
                <numerusform>%1: mean %2 of 1 from %n sources (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</source>
            <translation>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Combined level:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&amp;Edit the assessment…</source>
            <translation>&amp;Edit the assessment…</translation>
        </message>
        <message>
            <source>&amp;Delete the assessment</source>
            <translation>&amp;Delete the assessment</translation>
        </message>
    </context>
    <context>
        <name>AssignTextDialog</name>
        <message>
            <source>Assign the text to recommendations</source>
            <translation>Assign the text to recommendations</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>line </source>
            <translation>line </translation>
        </message>
        <message>
            <source>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</source>
            <translation>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>The text</translation>
        </message>
        <message>
            <source>It ends at</source>
            <translation>It ends at</translation>
        </message>
        <message>
            <source>It answers</source>
            <translation>It answers</translation>
        </message>
        <message>
            <source>Unanswered in this document: %1</source>
            <translation>Unanswered in this document: %1</translation>
        </message>
        <message>
            <source>Tick these</source>
            <translation>Tick these</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Its words: %1 (“%2”)</source>
            <translation>Its words: %1 (“%2”)</translation>
        </message>
        <message>
            <source>Its words: %1</source>
            <translation>Its words: %1</translation>
        </message>
        <message>
            <source>Tick the recommendations the text answers.</source>
            <translation>Tick the recommendations the text answers.</translation>
        </message>
    </context>
    <context>
        <name>AuthorName</name>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</source>
            <translation>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</source>
            <translation>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <source>Before a restore (unreadable file)</source>
            <translation>Before a restore (unreadable file)</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</source>
            <translation>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</source>
            <translation>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</source>
            <translation>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Reading the backup folder…</source>
            <translation>Reading the backup folder…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Back up automatically while UPR Tracker is open, every</source>
            <translation>Back up automatically while UPR Tracker is open, every</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> hours</translation>
        </message>
        <message>
            <source>(only if something changed)</source>
            <translation>(only if something changed)</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>Keep the last</translation>
        </message>
        <message>
            <source>scheduled backups.</source>
            <translation>scheduled backups.</translation>
        </message>
        <message>
            <source>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</source>
            <translation>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatic backups</translation>
        </message>
        <message>
            <source>Backups of %1: choose the one to put back.</source>
            <translation>Backups of %1: choose the one to put back.</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>Backups of %1</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>Kept in %1</translation>
        </message>
        <message>
            <source>No backups yet: Back up now takes the first one.</source>
            <translation>No backups yet: Back up now takes the first one.</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>UPR Tracker bundles (*.uprbundle);;All files (*)</source>
            <translation>UPR Tracker bundles (*.uprbundle);;All files (*)</translation>
        </message>
        <message>
            <source>UPR Tracker keys (*.uprkey);;All files (*)</source>
            <translation>UPR Tracker keys (*.uprkey);;All files (*)</translation>
        </message>
        <message>
            <source>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</source>
            <translation>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message numerus="yes">
            <source>%n changed record(s)</source>
            <translation>
                <numerusform>%n changed record</numerusform>
                <numerusform>%n changed records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here yet: see the log).</source>
            <translation>
                <numerusform>Applied %1 from %2: %n record changed, %3 left waiting (not possible here yet: see the log).</numerusform>
                <numerusform>Applied %1 from %2: %n records changed, %3 left waiting (not possible here yet: see the log).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed.</source>
            <translation>
                <numerusform>Applied %1 from %2: %n record changed.</numerusform>
                <numerusform>Applied %1 from %2: %n records changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) await your decision.</source>
            <translation>
                <numerusform>%n conflict awaits your decision.</numerusform>
                <numerusform>%n conflicts await your decision.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1 for %2: %3, %4.</source>
            <translation>Wrote %1 for %2: %3, %4.</translation>
        </message>
        <message>
            <source>Wrote %1: %2, %3.</source>
            <translation>Wrote %1: %2, %3.</translation>
        </message>
        <message>
            <source>Changes written</source>
            <translation>Changes written</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Writing the changes…</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>Changes received</translation>
        </message>
        <message>
            <source>Nothing was applied from %1.</source>
            <translation>Nothing was applied from %1.</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>Applying the changes…</translation>
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation>Save this laptop's key</translation>
        </message>
        <message>
            <source>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</source>
            <translation>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</translation>
        </message>
        <message>
            <source>Key saved</source>
            <translation>Key saved</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>A colleague's key file</translation>
        </message>
        <message>
            <source>Trusted %1 (fingerprint %2).</source>
            <translation>Trusted %1 (fingerprint %2).</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>Colleague trusted</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPanel</name>
        <message>
            <source>Columns of this table</source>
            <translation>Columns of this table</translation>
        </message>
        <message>
            <source>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</source>
            <translation>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</translation>
        </message>
        <message>
            <source>%1 *:</source>
            <translation>%1 *:</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Save mapping as…</source>
            <translation>Save mapping as…</translation>
        </message>
        <message>
            <source>Preview with these columns</source>
            <translation>Preview with these columns</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Saved mappings:</translation>
        </message>
        <message>
            <source>Choose a saved mapping…</source>
            <translation>Choose a saved mapping…</translation>
        </message>
        <message>
            <source>None saved yet</source>
            <translation>None saved yet</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>Save the column mapping</translation>
        </message>
        <message>
            <source>Name of the mapping (to use it again for tables like this one):</source>
            <translation>Name of the mapping (to use it again for tables like this one):</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine: %1</source>
            <translation>Combine: %1</translation>
        </message>
        <message>
            <source>The value to keep:</source>
            <translation>The value to keep:</translation>
        </message>
        <message>
            <source>Write the value to keep (every version is here to start from):</source>
            <translation>Write the value to keep (every version is here to start from):</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Keep this value</translation>
        </message>
    </context>
    <context>
        <name>CombinedAssessment</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>mean %1 of 1 from 1 source (%2)</source>
            <translation>mean %1 of 1 from 1 source (%2)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>mean %1 of 1 from %2 sources (%3)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>mean %1 of 1 from %2 sources (%3 to %4; %5)</translation>
        </message>
        <message>
            <source>not</source>
            <translation>not</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>partially</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>fully</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n version</numerusform>
                <numerusform>%n versions</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolved by %1 · %2</source>
            <translation>Resolved by %1 · %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(confidential note: not readable here)</source>
            <translation>(confidential note: not readable here)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>This database is open to be read only here: conflicts are resolved by an editor.</source>
            <translation>This database is open to be read only here: conflicts are resolved by an editor.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Conflicts between databases</source>
            <translation>Conflicts between databases</translation>
        </message>
        <message>
            <source>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</source>
            <translation>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</translation>
        </message>
        <message>
            <source>Combine…</source>
            <translation>Combine…</translation>
        </message>
        <message>
            <source>Show the recommendation</source>
            <translation>Show the recommendation</translation>
        </message>
        <message>
            <source>Choose a conflict to see its versions side by side.</source>
            <translation>Choose a conflict to see its versions side by side.</translation>
        </message>
        <message>
            <source>Reading the conflicts…</source>
            <translation>Reading the conflicts…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 open, %2 resolved</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 open</translation>
        </message>
        <message>
            <source>Version %1 (in the record now)</source>
            <translation>Version %1 (in the record now)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>By %1 · database: %2
%3</source>
            <translation>By %1 · database: %2
%3</translation>
        </message>
        <message>
            <source>at an unknown time</source>
            <translation>at an unknown time</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Keep this one</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>Resolved by %1 on %2.</source>
            <translation>Resolved by %1 on %2.</translation>
        </message>
        <message>
            <source>Resolved by %1.</source>
            <translation>Resolved by %1.</translation>
        </message>
        <message>
            <source>The record is not in this database (deleted here, or not received yet).</source>
            <translation>The record is not in this database (deleted here, or not received yet).</translation>
        </message>
        <message>
            <source>A confidential note you may not read here: resolve it where it can be read.</source>
            <translation>A confidential note you may not read here: resolve it where it can be read.</translation>
        </message>
        <message>
            <source>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</source>
            <translation>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</translation>
        </message>
        <message>
            <source>Kept version %1 (%2, %3).</source>
            <translation>Kept version %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Combined value kept.</source>
            <translation>Combined value kept.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>Copy database to…</translation>
        </message>
        <message>
            <source>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</translation>
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation>a file, or postgresql://user@host:5432/database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Copy to:</translation>
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation>a file: leave empty for no encryption</translation>
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation>Encrypt with passphrase:</translation>
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation>a server: if ~/.pgpass or PGPASSWORD does not give it</translation>
        </message>
        <message>
            <source>Server password:</source>
            <translation>Server password:</translation>
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation>Add to what the target already holds (records already there are skipped)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Copy the database to</source>
            <translation>Copy the database to</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation>UPR Tracker databases (*.sqlite3 *.sqlite)</translation>
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation>Say where to copy the database: a file, or a server's address.</translation>
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</source>
            <translation>
                <numerusform>Copied %1 to %2: %n row in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</numerusform>
                <numerusform>Copied %1 to %2: %n rows in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</source>
            <translation>
                <numerusform>Copied %1 to %2: %n row in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</numerusform>
                <numerusform>Copied %1 to %2: %n rows in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were already there and were skipped.</source>
            <translation>
                <numerusform>%n record was already there and was skipped.</numerusform>
                <numerusform>%n records were already there and were skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Database copied</source>
            <translation>Database copied</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>Copying the database…</translation>
        </message>
    </context>
    <context>
        <name>CorrectPositionDialog</name>
        <message>
            <source>Correct the position</source>
            <translation>Correct the position</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>%1 in %2: record the position the State gives, as you read it in the document.</source>
            <translation>%1 in %2: record the position the State gives, as you read it in the document.</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Tick the recommendations to correct.</source>
            <translation>Tick the recommendations to correct.</translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message>
            <source>Country brief: %1</source>
            <translation>Country brief: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Recommendations by the State's current position</source>
            <translation>Recommendations by the State's current position</translation>
        </message>
        <message>
            <source>The State considers %1 of them already implemented or in the process of implementation.</source>
            <translation>The State considers %1 of them already implemented or in the process of implementation.</translation>
        </message>
        <message>
            <source>The position of %1 of them is still to be verified against the source document.</source>
            <translation>The position of %1 of them is still to be verified against the source document.</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level</source>
            <translation>Recommendations by combined implementation level</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Recommendations by theme (a recommendation with several themes counts under each)</source>
            <translation>Recommendations by theme (a recommendation with several themes counts under each)</translation>
        </message>
        <message>
            <source>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</source>
            <translation>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</translation>
        </message>
        <message>
            <source>Recommendations by affected persons (a recommendation with several counts under each)</source>
            <translation>Recommendations by affected persons (a recommendation with several counts under each)</translation>
        </message>
        <message>
            <source>Recommendations by %1 (a recommendation with several counts under each)</source>
            <translation>Recommendations by %1 (a recommendation with several counts under each)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Recommendations by position</source>
            <translation>Recommendations by position</translation>
        </message>
        <message>
            <source>Recommendations by implementation level</source>
            <translation>Recommendations by implementation level</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (continued)</translation>
        </message>
        <message>
            <source>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</source>
            <translation>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</translation>
        </message>
        <message>
            <source>The themes are the %1.</source>
            <translation>The themes are the %1.</translation>
        </message>
        <message numerus="yes">
            <source>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</source>
            <translation>
                <numerusform>A recommendation with several themes is listed under each of them (%n of the %1 recommendations has more than one). Recommendations without a theme are listed under “%2”.</numerusform>
                <numerusform>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</numerusform>
            </translation>
        </message>
        <message>
            <source>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</source>
            <translation>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</source>
            <translation>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</source>
            <translation>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Recommendations by theme</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>%1
Click to open it.</source>
            <translation>%1
Click to open it.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Remind me of deadlines</source>
            <translation>Remind me of deadlines</translation>
        </message>
        <message>
            <source>ahead.   Changes since</source>
            <translation>ahead.   Changes since</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Of</source>
            <comment>what a deadline is of</comment>
            <translation>Of</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>recommendations without a position</comment>
            <translation>Pending</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>To review</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>Review &amp;dates…</translation>
        </message>
        <message>
            <source>Edit the dates of the review of the selected deadline or pending review</source>
            <translation>Edit the dates of the review of the selected deadline or pending review</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>Upcoming deadlines</translation>
        </message>
        <message>
            <source>Reviews with answers pending</source>
            <translation>Reviews with answers pending</translation>
        </message>
        <message>
            <source>Recommendations to review</source>
            <translation>Recommendations to review</translation>
        </message>
        <message>
            <source>Recommendations by position (upper bar) and implementation (lower bar)</source>
            <translation>Recommendations by position (upper bar) and implementation (lower bar)</translation>
        </message>
        <message>
            <source>The dashboard could not be read: %1</source>
            <translation>The dashboard could not be read: %1</translation>
        </message>
        <message>
            <source>%1 (estimated)</source>
            <translation>%1 (estimated)</translation>
        </message>
        <message>
            <source>Derived from the calendar of sessions: Review dates… gives the real one</source>
            <translation>Derived from the calendar of sessions: Review dates… gives the real one</translation>
        </message>
        <message>
            <source>No deadline ahead</source>
            <translation>No deadline ahead</translation>
        </message>
        <message>
            <source>%1, %2 (Tools ▸ Problems to review).</source>
            <comment>how many recommendations flagged, problems open</comment>
            <translation>%1, %2 (Tools ▸ Problems to review).</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) flagged for review</source>
            <translation>
                <numerusform>%n recommendation flagged for review</numerusform>
                <numerusform>%n recommendations flagged for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import problem(s) open</source>
            <translation>
                <numerusform>%n import problem open</numerusform>
                <numerusform>%n import problems open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: see Upcoming deadlines below</source>
            <translation>
                <numerusform>… and %n more: see Upcoming deadlines below</numerusform>
                <numerusform>… and %n more: see Upcoming deadlines below</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Within %n week(s):</source>
            <translation>
                <numerusform>Within %n week:</numerusform>
                <numerusform>Within %n weeks:</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM yyyy HH:mm</source>
            <comment>date format: a day with the month's name, and the time</comment>
            <translation>d MMMM yyyy HH:mm</translation>
        </message>
        <message>
            <source>What changed since %1 (%2)</source>
            <translation>What changed since %1 (%2)</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Recommendation: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Milestone: %1</translation>
        </message>
        <message>
            <source>Review: %1</source>
            <translation>Review: %1</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>when, who: what changed</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>Nothing changed since then.</source>
            <translation>Nothing changed since then.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

It has %n backup(s), the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</source>
            <translation>
                <numerusform>%1

It has %n backup, the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</numerusform>
                <numerusform>%1

It has %n backups, the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Checking %1…</translation>
        </message>
        <message>
            <source>Encryption change finished</source>
            <translation>Encryption change finished</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Opening %1…</translation>
        </message>
        <message>
            <source>Restoring %1 from its newest sound backup…</source>
            <translation>Restoring %1 from its newest sound backup…</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>Database restored</translation>
        </message>
        <message>
            <source>%1 was restored from %2 (%3, %4).</source>
            <translation>%1 was restored from %2 (%3, %4).</translation>
        </message>
        <message>
            <source>no database can be made at %1: %2</source>
            <translation>no database can be made at %1: %2</translation>
        </message>
        <message>
            <source>it was opened to be read</source>
            <translation>it was opened to be read</translation>
        </message>
        <message>
            <source>%1 is opened read-only (%2): nothing can be changed in it.</source>
            <translation>%1 is opened read-only (%2): nothing can be changed in it.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Opened read-only</translation>
        </message>
        <message>
            <source>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</source>
            <translation>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (read-only)</translation>
        </message>
        <message>
            <source>%1 could not be opened.</source>
            <translation>%1 could not be opened.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>Adoption at the Council</source>
            <translation>Adoption at the Council</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Mid-term report</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Plan due</source>
            <translation>Plan due</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Overdue (plan due)</source>
            <translation>Overdue (plan due)</translation>
        </message>
        <message>
            <source>Overdue (due)</source>
            <translation>Overdue (due)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineWords</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>in %n month</numerusform>
                <numerusform>in %n months</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (estimated): %2, %3 (%4)</source>
            <translation>%1 (estimated): %2, %3 (%4)</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation>%1: %2, %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considered implemented)</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info issues</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>OHCHR themes</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Sustainable Development Goals</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Affected persons</translation>
        </message>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>OHCHR</source>
            <translation>OHCHR</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>SDG</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentImportFlow</name>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 rows</source>
            <translation>%1: %2, %3 rows</translation>
        </message>
        <message>
            <source>Recommendations: %1 created, %2 updated, %3 unchanged</source>
            <translation>Recommendations: %1 created, %2 updated, %3 unchanged</translation>
        </message>
        <message>
            <source>Skipped: %1 rows (%2)</source>
            <translation>Skipped: %1 rows (%2)</translation>
        </message>
        <message>
            <source>Bad row skipped: %1</source>
            <translation>Bad row skipped: %1</translation>
        </message>
        <message>
            <source>%1: UPR Tracker export</source>
            <translation>%1: UPR Tracker export</translation>
        </message>
        <message>
            <source>%1: %2 created, %3 unchanged</source>
            <translation>%1: %2 created, %3 unchanged</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1, cycle %2, session %3</source>
            <translation>%1, cycle %2, session %3</translation>
        </message>
        <message>
            <source>%1, cycle %2</source>
            <translation>%1, cycle %2</translation>
        </message>
        <message>
            <source>Responses: %1 created, %2 updated, %3 unchanged</source>
            <translation>Responses: %1 created, %2 updated, %3 unchanged</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <comment>the recommendations concerned, then the problem</comment>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>To review: %1</source>
            <translation>To review: %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <source>%1: not imported (no kind chosen)</source>
            <translation>%1: not imported (no kind chosen)</translation>
        </message>
        <message>
            <source>%1: not imported (no state chosen)</source>
            <translation>%1: not imported (no state chosen)</translation>
        </message>
        <message>
            <source>%1: not imported (no cycle chosen)</source>
            <translation>%1: not imported (no cycle chosen)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 does not say which review it belongs to.
Choose the cycle:</source>
            <translation>%1 does not say which review it belongs to.
Choose the cycle:</translation>
        </message>
        <message>
            <source>%1.
Choose the kind of document:</source>
            <translation>%1.
Choose the kind of document:</translation>
        </message>
        <message>
            <source>%1.
Choose the State:</source>
            <translation>%1.
Choose the State:</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>Which kind?</translation>
        </message>
        <message>
            <source>Which state?</source>
            <translation>Which state?</translation>
        </message>
        <message>
            <source>Which cycle?</source>
            <translation>Which cycle?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>%n document imported: %1 new recommendations.</numerusform>
                <numerusform>%n documents imported: %1 new recommendations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to review: the recommendations concerned are marked “needs review”.</source>
            <translation>
                <numerusform>%n point to review: the recommendations concerned are marked “needs review”.</numerusform>
                <numerusform>%n points to review: the recommendations concerned are marked “needs review”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</source>
            <translation>
                <numerusform>%n recommendation of a later cycle seems to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</numerusform>
                <numerusform>%n recommendations of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):
%1</source>
            <translation>Not imported (nothing was written for these):
%1</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>National report</source>
            <translation>National report</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>Compilation</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>Stakeholder summary</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>Working group report</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>Database export</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>EditCommands</name>
        <message>
            <source>Change %1 of themes</source>
            <translation>Change %1 of themes</translation>
        </message>
        <message>
            <source>Change %1 of sdgs</source>
            <translation>Change %1 of sdgs</translation>
        </message>
        <message>
            <source>Change %1 of affected persons</source>
            <translation>Change %1 of affected persons</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>Change %1 of %2</translation>
        </message>
        <message>
            <source>Change the action category of %1</source>
            <translation>Change the action category of %1</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Add a note</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>Edit a note</translation>
        </message>
        <message>
            <source>Delete a note</source>
            <translation>Delete a note</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Add an assessment</translation>
        </message>
        <message>
            <source>Edit an assessment</source>
            <translation>Edit an assessment</translation>
        </message>
        <message>
            <source>Delete an assessment</source>
            <translation>Delete an assessment</translation>
        </message>
        <message>
            <source>Link %1 recommendations to “%2”</source>
            <translation>Link %1 recommendations to “%2”</translation>
        </message>
        <message>
            <source>Add recommendation %1</source>
            <translation>Add recommendation %1</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Add recommendation</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Edit recommendation %1</translation>
        </message>
        <message>
            <source>Edit recommendation</source>
            <translation>Edit recommendation</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Changed by someone else just now.</source>
            <translation>Changed by someone else just now.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>&amp;Reload (discard mine)</source>
            <translation>&amp;Reload (discard mine)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>Save your version over theirs (the history records that it replaced theirs)</source>
            <translation>Save your version over theirs (the history records that it replaced theirs)</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Keep &amp;both</translation>
        </message>
        <message>
            <source>Keep their note as it is and save yours as a new note</source>
            <translation>Keep their note as it is and save yours as a new note</translation>
        </message>
        <message>
            <source>Their change:</source>
            <translation>Their change:</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>Yours:</translation>
        </message>
        <message>
            <source>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
        <message>
            <source>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</translation>
        </message>
    </context>
    <context>
        <name>EncodingRow</name>
        <message>
            <source>Detect automatically</source>
            <translation>Detect automatically</translation>
        </message>
        <message>
            <source>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</source>
            <translation>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>Read as:</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>an encoding, how sure its reading is</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>reading…</translation>
        </message>
        <message>
            <source>%1, given</source>
            <translation>%1, given</translation>
        </message>
        <message>
            <source>not known (the file could not be read)</source>
            <translation>not known (the file could not be read)</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between two encodings</comment>
            <translation> or </translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1, but it may be %2.</source>
            <translation>The encoding of this file is a guess: it was read as %1, but it may be %2.</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1.</source>
            <translation>The encoding of this file is a guess: it was read as %1.</translation>
        </message>
        <message>
            <source>A line as read: “%1”</source>
            <translation>A line as read: “%1”</translation>
        </message>
        <message>
            <source>If letters look wrong, choose the encoding under “Read as”; the preview follows.</source>
            <translation>If letters look wrong, choose the encoding under “Read as”; the preview follows.</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>in each row</source>
            <translation>in each row</translation>
        </message>
        <message>
            <source>as exported</source>
            <translation>as exported</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>UPR Tracker export</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Table of %1 columns, of no known format</source>
            <translation>Table of %1 columns, of no known format</translation>
        </message>
        <message>
            <source>%1.
%2</source>
            <comment>what the document leaves unsaid, then what to do</comment>
            <translation>%1.
%2</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>The preview appears once the kind is chosen.</source>
            <translation>The preview appears once the kind is chosen.</translation>
        </message>
        <message>
            <source>The preview appears once the State is chosen.</source>
            <translation>The preview appears once the State is chosen.</translation>
        </message>
        <message>
            <source>The preview appears once the cycle is chosen.</source>
            <translation>The preview appears once the cycle is chosen.</translation>
        </message>
        <message>
            <source>The preview appears once the columns are mapped.</source>
            <translation>The preview appears once the columns are mapped.</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>No preview.</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>What importing it would do</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>What was imported</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>points to review</translation>
        </message>
        <message>
            <source>rows that cannot be imported</source>
            <translation>rows that cannot be imported</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>%1 rows left out: %2</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Columns not imported: %1</translation>
        </message>
        <message>
            <source>Nothing to note.</source>
            <translation>Nothing to note.</translation>
        </message>
        <message>
            <source>Positions (%1)</source>
            <translation>Positions (%1)</translation>
        </message>
        <message>
            <source>Points to review (%1)</source>
            <translation>Points to review (%1)</translation>
        </message>
        <message>
            <source>Rows to fix (%1)</source>
            <translation>Rows to fix (%1)</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>Notes (%1)</translation>
        </message>
        <message>
            <source>Choose the kind under “Read it as” to preview it.</source>
            <translation>Choose the kind under “Read it as” to preview it.</translation>
        </message>
        <message>
            <source>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</source>
            <translation>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</translation>
        </message>
        <message>
            <source>Choose the State under “Read it as” to preview it.</source>
            <translation>Choose the State under “Read it as” to preview it.</translation>
        </message>
        <message>
            <source>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</source>
            <translation>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</translation>
        </message>
        <message>
            <source>Choose the cycle under “Read it as” to preview it.</source>
            <translation>Choose the cycle under “Read it as” to preview it.</translation>
        </message>
        <message>
            <source>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</source>
            <translation>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</translation>
        </message>
        <message>
            <source>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data was not changed by the failed step.</source>
            <translation>Something went wrong that should not have. Your data was not changed by the failed step.</translation>
        </message>
        <message>
            <source>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</source>
            <translation>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</translation>
        </message>
        <message>
            <source>To report it, copy the debug information and send it with what you were doing.</source>
            <translation>To report it, copy the debug information and send it with what you were doing.</translation>
        </message>
        <message>
            <source>Copy debug info</source>
            <translation>Copy debug info</translation>
        </message>
    </context>
    <context>
        <name>EventDateField</name>
        <message>
            <source>Event on</source>
            <translation>Event on</translation>
        </message>
        <message>
            <source>The day of what the note records (a meeting, a testimony), if it is not today</source>
            <translation>The day of what the note records (a meeting, a testimony), if it is not today</translation>
        </message>
    </context>
    <context>
        <name>FileSize</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>Africa</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asia-Pacific</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>No position</translation>
        </message>
        <message>
            <source>The State's current position</source>
            <translation>The State's current position</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Combined implementation level</source>
            <translation>Combined implementation level</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Cycle %1</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>UPR cycle</translation>
        </message>
        <message>
            <source>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</source>
            <translation>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Sustainable Development Goal</translation>
        </message>
        <message>
            <source>A State that made the recommendation</source>
            <translation>A State that made the recommendation</translation>
        </message>
        <message>
            <source>Regional group of a recommending State</source>
            <translation>Regional group of a recommending State</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>UPR Info action category</source>
            <translation>UPR Info action category</translation>
        </message>
        <message>
            <source>Confirmed link</source>
            <translation>Confirmed link</translation>
        </message>
        <message>
            <source>Suggested, to decide</source>
            <translation>Suggested, to decide</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Not linked</translation>
        </message>
        <message>
            <source>Recommended again: linked to the same recommendation in another cycle</source>
            <translation>Recommended again: linked to the same recommendation in another cycle</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>Considered implemented</source>
            <translation>Considered implemented</translation>
        </message>
        <message>
            <source>Has milestones</source>
            <translation>Has milestones</translation>
        </message>
        <message>
            <source>Has notes</source>
            <translation>Has notes</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Position</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>&amp;Implementation</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>C&amp;ycle</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;heme</translation>
        </message>
        <message>
            <source>SD&amp;G</source>
            <translation>SD&amp;G</translation>
        </message>
        <message>
            <source>Recommended &amp;by</source>
            <translation>Recommended &amp;by</translation>
        </message>
        <message>
            <source>Gro&amp;up</source>
            <translation>Gro&amp;up</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <source>Agai&amp;n</source>
            <translation>Agai&amp;n</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImplementationLevel</name>
        <message>
            <source>Not implemented</source>
            <translation>Not implemented</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partially implemented</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Fully implemented</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import documents and datasets</source>
            <translation>Import documents and datasets</translation>
        </message>
        <message>
            <source>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</source>
            <translation>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</translation>
        </message>
        <message>
            <source>Drop files here

or choose “Add files…”</source>
            <translation>Drop files here

or choose “Add files…”</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Add a file to see what it is and what importing it would do.</source>
            <translation>Add a file to see what it is and what importing it would do.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Detected</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Cycle:</source>
            <translation>Cycle:</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Session:</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>Symbol:</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Read it as</translation>
        </message>
        <message>
            <source>As the document says</source>
            <translation>As the document says</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Cycle %1 (%2)</translation>
        </message>
        <message>
            <source>Change what was detected if the document is misread; the preview follows.</source>
            <translation>Change what was detected if the document is misread; the preview follows.</translation>
        </message>
        <message>
            <source>Preview with these choices</source>
            <translation>Preview with these choices</translation>
        </message>
        <message>
            <source>Skip the rows that cannot be imported and import the others</source>
            <translation>Skip the rows that cannot be imported and import the others</translation>
        </message>
        <message>
            <source>recommendations to create</source>
            <translation>recommendations to create</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>to update</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>already there</translation>
        </message>
        <message>
            <source>positions to record</source>
            <translation>positions to record</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>points to review</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Points to review</source>
            <translation>Points to review</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>What importing it would do</translation>
        </message>
        <message>
            <source>Loading States…</source>
            <translation>Loading States…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name and its ISO code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <source>Previewing %1…</source>
            <translation>Previewing %1…</translation>
        </message>
        <message>
            <source>The preview was cancelled: change an option to preview it again.</source>
            <translation>The preview was cancelled: change an option to preview it again.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Say which column holds the recommendation's text.</source>
            <translation>Say which column holds the recommendation's text.</translation>
        </message>
        <message>
            <source>Saving the mapping…</source>
            <translation>Saving the mapping…</translation>
        </message>
        <message>
            <source>Mapping saved as “%1”.</source>
            <translation>Mapping saved as “%1”.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing of this file was written.</source>
            <translation>The import was cancelled: nothing of this file was written.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>%n file imported: %1 new recommendations.</numerusform>
                <numerusform>%n files imported: %1 new recommendations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):

%1</source>
            <translation>Not imported (nothing was written for these):

%1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>Import %n file</numerusform>
                <numerusform>Import %n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected error: %1: %2</source>
            <translation>Unexpected error: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportDialogWidgets</name>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>%1. Each one left unanswered stays as it was, marked as needing review, and is listed under Problems to review.</source>
            <translation>%1. Each one left unanswered stays as it was, marked as needing review, and is listed under Problems to review.</translation>
        </message>
    </context>
    <context>
        <name>ImportEntries</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</source>
            <translation>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>UN documents (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>UPR Tracker exports (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Detect from the document</source>
            <translation>Detect from the document</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Working Group report</translation>
        </message>
        <message>
            <source>Addendum (the State's positions)</source>
            <translation>Addendum (the State's positions)</translation>
        </message>
        <message>
            <source>OHCHR matrix</source>
            <translation>OHCHR matrix</translation>
        </message>
        <message>
            <source>UPR Info database export</source>
            <translation>UPR Info database export</translation>
        </message>
        <message>
            <source>UHRI export</source>
            <translation>UHRI export</translation>
        </message>
        <message>
            <source>Table with mapped columns</source>
            <translation>Table with mapped columns</translation>
        </message>
        <message>
            <source>UPR Tracker table export</source>
            <translation>UPR Tracker table export</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Recommendation text</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>State under review</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Working Group session</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Label (e.g. 97.12)</source>
            <translation>Label (e.g. 97.12)</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Recommending States</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Action category</translation>
        </message>
        <message>
            <source>Themes (UPR Info issues)</source>
            <translation>Themes (UPR Info issues)</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>SDGs</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Affected persons</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>OHCHR themes</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Document symbol</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>Publication date</translation>
        </message>
        <message>
            <source>OHCHR annotation id</source>
            <translation>OHCHR annotation id</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Ready to import</translation>
        </message>
        <message>
            <source>Choose the kind</source>
            <translation>Choose the kind</translation>
        </message>
        <message>
            <source>Choose the State</source>
            <translation>Choose the State</translation>
        </message>
        <message>
            <source>Choose the cycle</source>
            <translation>Choose the cycle</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>Say which column holds what</translation>
        </message>
        <message>
            <source>Preview cancelled</source>
            <translation>Preview cancelled</translation>
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation>Cannot be imported</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>%1 · encoding guessed</source>
            <translation>%1 · encoding guessed</translation>
        </message>
        <message>
            <source>%1 · %2, cycle %3</source>
            <translation>%1 · %2, cycle %3</translation>
        </message>
        <message>
            <source>%1 · %2 rows</source>
            <translation>%1 · %2 rows</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>UPR Tracker export</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Deciding sentence</source>
            <translation>Deciding sentence</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Unclear</translation>
        </message>
        <message>
            <source>Stated by the list's heading</source>
            <translation>Stated by the list's heading</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>a confidence in percent</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 · to check</source>
            <translation>%1 · to check</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>what is wrong (the value found)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>column %1: %2</translation>
        </message>
        <message>
            <source>Row that cannot be imported</source>
            <translation>Row that cannot be imported</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>System's language (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>The window will speak %1 from the next start of UPR Tracker.</translation>
        </message>
    </context>
    <context>
        <name>LinkMilestoneDialog</name>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Already linked</source>
            <translation>Already linked</translation>
        </message>
        <message>
            <source>Link to a milestone</source>
            <translation>Link to a milestone</translation>
        </message>
        <message numerus="yes">
            <source>Link %n recommendation(s) to a milestone</source>
            <translation>
                <numerusform>Link %n recommendation to a milestone</numerusform>
                <numerusform>Link %n recommendations to a milestone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose one of the milestones of %1, or record a new one. All %n recommendation(s) are linked to it at once.</source>
            <translation>
                <numerusform>Choose one of the milestones of %1, or record a new one. All %n recommendation are linked to it at once.</numerusform>
                <numerusform>Choose one of the milestones of %1, or record a new one. All %n recommendations are linked to it at once.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of the milestones of %1, or record a new one.</source>
            <translation>Choose one of the milestones of %1, or record a new one.</translation>
        </message>
        <message>
            <source>Search the milestones: title, description, date, source…</source>
            <translation>Search the milestones: title, description, date, source…</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>New milestone…</translation>
        </message>
        <message>
            <source>Record a new milestone of %1 and link the recommendations to it</source>
            <translation>Record a new milestone of %1 and link the recommendations to it</translation>
        </message>
        <message>
            <source>%1 has no milestones yet.
Record the first with “New milestone…”.</source>
            <translation>%1 has no milestones yet.
Record the first with “New milestone…”.</translation>
        </message>
        <message>
            <source>all</source>
            <comment>all the recommendations are linked already</comment>
            <translation>all</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the recommendation is linked already</comment>
            <translation>yes</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>how many of the recommendations are linked already</comment>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>the milestone</source>
            <translation>the milestone</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Linking…</translation>
        </message>
    </context>
    <context>
        <name>LinkRecommendationDialog</name>
        <message>
            <source>Link to a recommendation of another cycle</source>
            <translation>Link to a recommendation of another cycle</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</source>
            <translation>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</translation>
        </message>
        <message>
            <source>Search by label or words…</source>
            <translation>Search by label or words…</translation>
        </message>
        <message>
            <source>cycle %1, %2: %3</source>
            <translation>cycle %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ListDetailScreen</name>
        <message>
            <source>Show resolved</source>
            <translation>Show resolved</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>%1 is locked</source>
            <translation>%1 is locked</translation>
        </message>
        <message>
            <source>Type the database's passphrase to go on.</source>
            <translation>Type the database's passphrase to go on.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</source>
            <translation>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</translation>
        </message>
        <message>
            <source>UPR Tracker — %1 (team)</source>
            <translation>UPR Tracker — %1 (team)</translation>
        </message>
        <message>
            <source>UPR Tracker — %1</source>
            <translation>UPR Tracker — %1</translation>
        </message>
        <message>
            <source>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</source>
            <translation>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>&amp;Recommendations</translation>
        </message>
        <message>
            <source>Milestones and &amp;plans</source>
            <translation>Milestones and &amp;plans</translation>
        </message>
        <message>
            <source>Problems to re&amp;view</source>
            <translation>Problems to re&amp;view</translation>
        </message>
        <message>
            <source>Con&amp;flicts</source>
            <translation>Con&amp;flicts</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Open database…</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>Open &amp;team database…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>&amp;Import documents or datasets…</source>
            <translation>&amp;Import documents or datasets…</translation>
        </message>
        <message>
            <source>&amp;Export the recommendations shown…</source>
            <translation>&amp;Export the recommendations shown…</translation>
        </message>
        <message>
            <source>Briefing &amp;report…</source>
            <translation>Briefing &amp;report…</translation>
        </message>
        <message>
            <source>&amp;Copy database to…</source>
            <translation>&amp;Copy database to…</translation>
        </message>
        <message>
            <source>&amp;Send changes to a colleague…</source>
            <translation>&amp;Send changes to a colleague…</translation>
        </message>
        <message>
            <source>Recei&amp;ve changes…</source>
            <translation>Recei&amp;ve changes…</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;key…</source>
            <translation>Save this laptop's &amp;key…</translation>
        </message>
        <message>
            <source>Trust a colleague's ke&amp;y…</source>
            <translation>Trust a colleague's ke&amp;y…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>Res&amp;tore from a backup…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;New note on this recommendation</source>
            <translation>&amp;New note on this recommendation</translation>
        </message>
        <message>
            <source>Your &amp;name in the audit trail…</source>
            <translation>Your &amp;name in the audit trail…</translation>
        </message>
        <message>
            <source>&amp;Link selected to a milestone…</source>
            <translation>&amp;Link selected to a milestone…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Next recommendation</source>
            <translation>&amp;Next recommendation</translation>
        </message>
        <message>
            <source>&amp;Previous recommendation</source>
            <translation>&amp;Previous recommendation</translation>
        </message>
        <message>
            <source>&amp;Clear filters and search</source>
            <translation>&amp;Clear filters and search</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>&amp;Save this search…</translation>
        </message>
        <message>
            <source>Show &amp;filters</source>
            <translation>Show &amp;filters</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Milestones and plans</source>
            <translation>&amp;Milestones and plans</translation>
        </message>
        <message>
            <source>&amp;Problems to review</source>
            <translation>&amp;Problems to review</translation>
        </message>
        <message>
            <source>&amp;Conflicts between databases</source>
            <translation>&amp;Conflicts between databases</translation>
        </message>
        <message>
            <source>&amp;Vocabularies (themes, SDGs, affected persons)…</source>
            <translation>&amp;Vocabularies (themes, SDGs, affected persons)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Open the &amp;log folder</translation>
        </message>
        <message>
            <source>&amp;About UPR Tracker</source>
            <translation>&amp;About UPR Tracker</translation>
        </message>
        <message>
            <source>Save this search</source>
            <translation>Save this search</translation>
        </message>
        <message>
            <source>Name of the search:</source>
            <translation>Name of the search:</translation>
        </message>
        <message>
            <source>Saved the search “%1”.</source>
            <translation>Saved the search “%1”.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>Select the recommendations to link first.</source>
            <translation>Select the recommendations to link first.</translation>
        </message>
        <message>
            <source>Select recommendations of one State: a milestone belongs to one State.</source>
            <translation>Select recommendations of one State: a milestone belongs to one State.</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1 (team)</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Open an UPR Tracker database</source>
            <translation>Open an UPR Tracker database</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>New UPR Tracker database</source>
            <translation>New UPR Tracker database</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</source>
            <translation>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</translation>
        </message>
        <message>
            <source>Con&amp;flicts (%1)</source>
            <translation>Con&amp;flicts (%1)</translation>
        </message>
        <message>
            <source>Your changes are now recorded as made by %1.</source>
            <translation>Your changes are now recorded as made by %1.</translation>
        </message>
        <message>
            <source>Report saved to %1.</source>
            <translation>Report saved to %1.</translation>
        </message>
        <message>
            <source>About UPR Tracker</source>
            <translation>About UPR Tracker</translation>
        </message>
        <message>
            <source>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message numerus="yes">
            <source>Merge %n term(s)</source>
            <translation>
                <numerusform>Merge %n term</numerusform>
                <numerusform>Merge %n terms</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep this term; the others are merged into it:</source>
            <translation>Keep this term; the others are merged into it:</translation>
        </message>
        <message numerus="yes">
            <source>%1 [%2] — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 [%2] — %n recommendation</numerusform>
                <numerusform>%1 [%2] — %n recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n recommendation</numerusform>
                <numerusform>%1 — %n recommendations</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message numerus="yes">
            <source>The %n recommendation(s) tagged “%1” will be tagged “%2” instead.</source>
            <translation>
                <numerusform>The %n recommendation tagged “%1” will be tagged “%2” instead.</numerusform>
                <numerusform>The %n recommendations tagged “%1” will be tagged “%2” instead.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged “%1”.</source>
            <translation>No recommendation is tagged “%1”.</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <comment>how many recommendations from a term</comment>
            <translation>%1 from “%2”</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) will move to “%1” (%2).</source>
            <translation>
                <numerusform>%n recommendation will move to “%1” (%2).</numerusform>
                <numerusform>%n recommendations will move to “%1” (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged %1.</source>
            <translation>No recommendation is tagged %1.</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as a former name of “%2”.</source>
            <translation>%1 will leave the list and stay findable as a former name of “%2”.</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as former names of “%2”.</source>
            <translation>%1 will leave the list and stay findable as former names of “%2”.</translation>
        </message>
        <message>
            <source>%1 %2 A merge cannot be undone.</source>
            <comment>what the merge moves, what leaves the list</comment>
            <translation>%1 %2 A merge cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>MidTermReport</name>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Mid-term implementation report: %1</source>
            <translation>Mid-term implementation report: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level and by the State's position</source>
            <translation>Recommendations by combined implementation level and by the State's position</translation>
        </message>
        <message>
            <source>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</source>
            <translation>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Recommendations assessed</source>
            <translation>Recommendations assessed</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <source>Assessments by source</source>
            <translation>Assessments by source</translation>
        </message>
        <message>
            <source>No source has assessed the implementation of these recommendations yet.</source>
            <translation>No source has assessed the implementation of these recommendations yet.</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</translation>
        </message>
        <message>
            <source>%1 to %2; %3</source>
            <translation>%1 to %2; %3</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1 of 1 from %n source(s) (%2).</source>
            <translation>
                <numerusform>Mean %1 of 1 from %n source (%2).</numerusform>
                <numerusform>Mean %1 of 1 from %n sources (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>fully</source>
            <translation>fully</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>partially</translation>
        </message>
        <message>
            <source>not</source>
            <translation>not</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Evidence or comment</source>
            <translation>Evidence or comment</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>Recommendation %1</translation>
        </message>
        <message>
            <source>an unrecorded State</source>
            <translation>an unrecorded State</translation>
        </message>
        <message>
            <source>Recommended by %1.</source>
            <translation>Recommended by %1.</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>No assessment yet.</translation>
        </message>
        <message>
            <source>Combined level: %1.</source>
            <translation>Combined level: %1.</translation>
        </message>
        <message>
            <source>Milestones: %1.</source>
            <translation>Milestones: %1.</translation>
        </message>
        <message>
            <source>Position of the State: %1 (%2).</source>
            <translation>Position of the State: %1 (%2).</translation>
        </message>
        <message>
            <source>Position of the State: %1.</source>
            <translation>Position of the State: %1.</translation>
        </message>
        <message>
            <source>The State's response: “%1”</source>
            <translation>The State's response: “%1”</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDetail</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>No milestones yet</source>
            <translation>No milestones yet</translation>
        </message>
        <message>
            <source>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</source>
            <translation>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</translation>
        </message>
        <message>
            <source>No milestone matches the filters.</source>
            <translation>No milestone matches the filters.</translation>
        </message>
        <message>
            <source>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</source>
            <translation>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</translation>
        </message>
        <message>
            <source>due %1</source>
            <comment>a milestone is due on a day</comment>
            <translation>due %1</translation>
        </message>
        <message>
            <source>a plan</source>
            <translation>a plan</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <comment>an item number of a plan</comment>
            <translation>Item %1 of %2</translation>
        </message>
        <message>
            <source>An item of %1</source>
            <comment>of a plan</comment>
            <translation>An item of %1</translation>
        </message>
        <message>
            <source>Items of the plan (%1)</source>
            <translation>Items of the plan (%1)</translation>
        </message>
        <message>
            <source>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</source>
            <translation>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Attached file</translation>
        </message>
        <message>
            <source>Linked recommendations (%1)</source>
            <translation>Linked recommendations (%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</source>
            <translation>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>New milestone</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <source>Type a State's name or code</source>
            <translation>Type a State's name or code</translation>
        </message>
        <message>
            <source>e.g. Refugees Act</source>
            <translation>e.g. Refugees Act</translation>
        </message>
        <message>
            <source>2009, 2009-07 or 2009-07-10</source>
            <translation>2009, 2009-07 or 2009-07-10</translation>
        </message>
        <message>
            <source>2012, 2012-06 or 2012-06-30</source>
            <translation>2012, 2012-06 or 2012-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (a deadline the dashboard reminds of)</source>
            <translation>YYYY-MM-DD (a deadline the dashboard reminds of)</translation>
        </message>
        <message>
            <source>e.g. 3.2</source>
            <translation>e.g. 3.2</translation>
        </message>
        <message>
            <source>e.g. 12.3.4</source>
            <translation>e.g. 12.3.4</translation>
        </message>
        <message>
            <source>Item no.</source>
            <translation>Item no.</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two; quote the source if you can.</source>
            <translation>What happened, in a sentence or two; quote the source if you can.</translation>
        </message>
        <message>
            <source>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</source>
            <translation>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>E&amp;nds (a plan):</source>
            <translation>E&amp;nds (a plan):</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>D&amp;ue on:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;Plan:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription:</translation>
        </message>
        <message>
            <source>Source &amp;citation:</source>
            <translation>Source &amp;citation:</translation>
        </message>
        <message>
            <source>Source &amp;address:</source>
            <translation>Source &amp;address:</translation>
        </message>
        <message>
            <source>Attached &amp;file:</source>
            <translation>Attached &amp;file:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name (its code)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Edit milestone</translation>
        </message>
        <message>
            <source>A plan with items cannot itself be an item of a plan.</source>
            <translation>A plan with items cannot itself be an item of a plan.</translation>
        </message>
        <message>
            <source>This plan has items, so it stays a plan.</source>
            <translation>This plan has items, so it stays a plan.</translation>
        </message>
        <message>
            <source>Not an item of a plan</source>
            <translation>Not an item of a plan</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a plan's title (its date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit plan item</source>
            <translation>Edit plan item</translation>
        </message>
        <message>
            <source>New plan item</source>
            <translation>New plan item</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>what the dialog does — of which State</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Undated</translation>
        </message>
        <message>
            <source>= %1  (the year only)</source>
            <translation>= %1  (the year only)</translation>
        </message>
        <message>
            <source>= %1  (the month only)</source>
            <translation>= %1  (the month only)</translation>
        </message>
        <message>
            <source>= %1</source>
            <translation>= %1</translation>
        </message>
        <message>
            <source>Write the day as YYYY-MM-DD (or leave it empty).</source>
            <translation>Write the day as YYYY-MM-DD (or leave it empty).</translation>
        </message>
        <message>
            <source>Attach a file as evidence</source>
            <translation>Attach a file as evidence</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</source>
            <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a file's name (its size)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Kept inside the database</source>
            <translation>Kept inside the database</translation>
        </message>
        <message>
            <source>No file (a copy is kept inside the database; up to %1 MB)</source>
            <translation>No file (a copy is kept inside the database; up to %1 MB)</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Replace…</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Choose the State from the list.</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>A milestone needs a title.</translation>
        </message>
        <message>
            <source>Write the full address, starting with https:// (or leave it empty).</source>
            <translation>Write the full address, starting with https:// (or leave it empty).</translation>
        </message>
        <message>
            <source>Saving the milestone…</source>
            <translation>Saving the milestone…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>Law</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Policy</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Plan item</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ratification</translation>
        </message>
        <message>
            <source>Moratorium</source>
            <translation>Moratorium</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Court decision</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>Setback</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>MilestoneTableModel</name>
        <message>
            <source>known to the day</source>
            <translation>known to the day</translation>
        </message>
        <message>
            <source>known to the month</source>
            <translation>known to the month</translation>
        </message>
        <message>
            <source>known to the year</source>
            <translation>known to the year</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Undated</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Linked</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>When it happened, as precisely as known</translation>
        </message>
        <message>
            <source>What kind of event it is</source>
            <translation>What kind of event it is</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Where the evidence is</source>
            <translation>Where the evidence is</translation>
        </message>
        <message>
            <source>How many recommendations it concerns</source>
            <translation>How many recommendations it concerns</translation>
        </message>
        <message>
            <source>No date recorded</source>
            <translation>No date recorded</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a date, how precisely it is known</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1
Attached: %2</source>
            <translation>%1
Attached: %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s): %1</source>
            <translation>
                <numerusform>Linked to %n recommendation: %1</numerusform>
                <numerusform>Linked to %n recommendations: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>Linked to %n recommendation</numerusform>
                <numerusform>Linked to %n recommendations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestoneTimeline</name>
        <message>
            <source>No dated milestones to draw.</source>
            <translation>No dated milestones to draw.</translation>
        </message>
        <message>
            <source>No milestones to show. Record one with “New milestone…”.</source>
            <translation>No milestones to show. Record one with “New milestone…”.</translation>
        </message>
        <message numerus="yes">
            <source>%n undated, not drawn</source>
            <translation>
                <numerusform>%n undated, not drawn</numerusform>
                <numerusform>%n undated, not drawn</numerusform>
            </translation>
        </message>
        <message>
            <source>a bar spans a date known only to the month or year</source>
            <translation>a bar spans a date known only to the month or year</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a date (how precisely it is known)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a milestone's kind · its date</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>Linked to %n recommendation</numerusform>
                <numerusform>Linked to %n recommendations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>The milestones of one State; beside each, how many it has</source>
            <translation>The milestones of one State; beside each, how many it has</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Title, description, source or label contains…</source>
            <translation>Title, description, source or label contains…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>to:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Show all the milestones of the State again</source>
            <translation>Show all the milestones of the State again</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>Delete milestone</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>New milestone…</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>New item…</translation>
        </message>
        <message>
            <source>Add an item to the selected plan of action</source>
            <translation>Add an item to the selected plan of action</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Open attachment</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>no limit on the year</comment>
            <translation>Any</translation>
        </message>
        <message>
            <source>Years; “Any” leaves that end open</source>
            <translation>Years; “Any” leaves that end open</translation>
        </message>
        <message>
            <source>Reading the milestones…</source>
            <translation>Reading the milestones…</translation>
        </message>
        <message numerus="yes">
            <source>All States (%n milestone(s))</source>
            <translation>
                <numerusform>All States (%n milestone)</numerusform>
                <numerusform>All States (%n milestones)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State (how many milestones it has)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s)</source>
            <translation>
                <numerusform>%1 of %n milestone</numerusform>
                <numerusform>%1 of %n milestones</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an item to “%1”</source>
            <translation>Add an item to “%1”</translation>
        </message>
        <message>
            <source>Select a plan of action (or one of its items) to add an item to it</source>
            <translation>Select a plan of action (or one of its items) to add an item to it</translation>
        </message>
        <message>
            <source>Delete the milestone “%1”?</source>
            <translation>Delete the milestone “%1”?</translation>
        </message>
        <message numerus="yes">
            <source>Delete the plan “%1” and its %n item(s)?</source>
            <translation>
                <numerusform>Delete the plan “%1” and its %n item?</numerusform>
                <numerusform>Delete the plan “%1” and its %n items?</numerusform>
            </translation>
        </message>
        <message>
            <source>The 1 linked recommendation stays; only the link goes.</source>
            <translation>The 1 linked recommendation stays; only the link goes.</translation>
        </message>
        <message numerus="yes">
            <source>The %n linked recommendations stay; only the link goes.</source>
            <translation>
                <numerusform>The %n linked recommendations stay; only the link goes.</numerusform>
                <numerusform>The %n linked recommendations stay; only the link goes.</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file kept in the database is deleted too.</source>
            <translation>The attached file kept in the database is deleted too.</translation>
        </message>
        <message>
            <source>Deleting the milestone…</source>
            <translation>Deleting the milestone…</translation>
        </message>
        <message>
            <source>Opening the attached file…</source>
            <translation>Opening the attached file…</translation>
        </message>
        <message>
            <source>No application opened %1. A copy was saved at:
%2</source>
            <translation>No application opened %1. A copy was saved at:
%2</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>All recommendations (%1)</source>
            <translation>All recommendations (%1)</translation>
        </message>
        <message>
            <source>States</source>
            <translation>States</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Plans of action</source>
            <translation>Plans of action</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>Saved searches</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3, %4 pending)</source>
            <translation>Cycle %1, session %2 (%3, %4 pending)</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3)</source>
            <translation>Cycle %1, session %2 (%3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2, %3 pending)</source>
            <translation>Cycle %1 (%2, %3 pending)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Cycle %1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>NoteHeading</name>
        <message>
            <source>event %1, written %2</source>
            <translation>event %1, written %2</translation>
        </message>
        <message>
            <source>[confidential, kept on this laptop]</source>
            <translation>[confidential, kept on this laptop]</translation>
        </message>
        <message>
            <source>[confidential]</source>
            <translation>[confidential]</translation>
        </message>
        <message>
            <source>%1, %2%3%4</source>
            <translation>%1, %2%3%4</translation>
        </message>
    </context>
    <context>
        <name>OpenedAttachments</name>
        <message>
            <source>The opened copy is outside the encrypted database's protection while it is open; it is removed when the window locks or closes.</source>
            <translation>The opened copy is outside the encrypted database's protection while it is open; it is removed when the window locks or closes.</translation>
        </message>
        <message>
            <source>no folder to open the attachment in: the temporary folder cannot be written</source>
            <translation>no folder to open the attachment in: the temporary folder cannot be written</translation>
        </message>
    </context>
    <context>
        <name>OthersChanges</name>
        <message>
            <source>someone</source>
            <translation>someone</translation>
        </message>
        <message>
            <source>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</source>
            <translation>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</translation>
        </message>
        <message>
            <source>Changes by %1 are shown.</source>
            <translation>Changes by %1 are shown.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>That passphrase does not open it. Try again.</source>
            <translation>That passphrase does not open it. Try again.</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>The same again:</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</source>
            <translation>
                <numerusform>At least %n character; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</numerusform>
                <numerusform>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Type the passphrase.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>Too short: use at least %n character.</numerusform>
                <numerusform>Too short: use at least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>Encrypted database</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type its passphrase to open it.
%2</source>
            <translation>%1 is encrypted. Type its passphrase to open it.
%2</translation>
        </message>
        <message>
            <source>Encrypt the report?</source>
            <translation>Encrypt the report?</translation>
        </message>
        <message>
            <source>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</translation>
        </message>
        <message>
            <source>Passphrase of the report</source>
            <translation>Passphrase of the report</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the report. Better not the database's own.</source>
            <translation>The passphrase to give whoever will open the report. Better not the database's own.</translation>
        </message>
        <message>
            <source>Encrypt the export?</source>
            <translation>Encrypt the export?</translation>
        </message>
        <message>
            <source>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</translation>
        </message>
        <message>
            <source>Passphrase of the export</source>
            <translation>Passphrase of the export</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the export. Better not the database's own.</source>
            <translation>The passphrase to give whoever will open the export. Better not the database's own.</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>Supported</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Noted</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>Partially supported</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considered implemented)</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialogs</name>
        <message>
            <source>Supported, considered already implemented</source>
            <translation>Supported, considered already implemented</translation>
        </message>
        <message>
            <source>Pending (will be examined)</source>
            <translation>Pending (will be examined)</translation>
        </message>
        <message>
            <source>states no single position</source>
            <translation>states no single position</translation>
        </message>
        <message>
            <source>As its words say: %1</source>
            <translation>As its words say: %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemListModel</name>
        <message>
            <source>%1 · %2</source>
            <comment>a problem's title · its recommendations</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Line %1 · %2</source>
            <translation>Line %1 · %2</translation>
        </message>
        <message>
            <source>Resolved · %1</source>
            <translation>Resolved · %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsView</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Problems to review</source>
            <translation>Problems to review</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>All reviews</translation>
        </message>
        <message>
            <source>in</source>
            <comment>problems to review in a review</comment>
            <translation>in</translation>
        </message>
        <message>
            <source>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</source>
            <translation>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Source text</translation>
        </message>
        <message>
            <source>Accept as read</source>
            <translation>Accept as read</translation>
        </message>
        <message>
            <source>The import read it right: resolve the problem.</source>
            <translation>The import read it right: resolve the problem.</translation>
        </message>
        <message>
            <source>Correct position…</source>
            <translation>Correct position…</translation>
        </message>
        <message>
            <source>Assign to recommendations…</source>
            <translation>Assign to recommendations…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Split…</translation>
        </message>
        <message>
            <source>Mark resolved with a note…</source>
            <translation>Mark resolved with a note…</translation>
        </message>
        <message>
            <source>Choose a problem to see it beside the document's text.</source>
            <translation>Choose a problem to see it beside the document's text.</translation>
        </message>
        <message>
            <source>Reading the problems to review…</source>
            <translation>Reading the problems to review…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 open, %2 resolved</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 open</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>This review</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>Recommendations: %1</source>
            <translation>Recommendations: %1</translation>
        </message>
        <message>
            <source>Recommendations: none named (the text lost its numbers)</source>
            <translation>Recommendations: none named (the text lost its numbers)</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>Resolved: %1</translation>
        </message>
        <message>
            <source>Recorded: nothing yet; the text awaits its recommendations.</source>
            <translation>Recorded: nothing yet; the text awaits its recommendations.</translation>
        </message>
        <message>
            <source>Recorded from this document: no position.</source>
            <translation>Recorded from this document: no position.</translation>
        </message>
        <message>
            <source>no position (unclear)</source>
            <translation>no position (unclear)</translation>
        </message>
        <message>
            <source>%1: %2 — “%3”</source>
            <translation>%1: %2 — “%3”</translation>
        </message>
        <message>
            <source>Recorded from this document:
%1</source>
            <translation>Recorded from this document:
%1</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem: the document answers the other recommendations but not these.</source>
            <translation>No line of the document concerns this problem: the document answers the other recommendations but not these.</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem.</source>
            <translation>No line of the document concerns this problem.</translation>
        </message>
        <message>
            <source>The text of this document was not kept (it was read from its tables).</source>
            <translation>The text of this document was not kept (it was read from its tables).</translation>
        </message>
        <message>
            <source>Source text, lines %1–%2 of %3</source>
            <translation>Source text, lines %1–%2 of %3</translation>
        </message>
        <message>
            <source>Accepted as read.</source>
            <translation>Accepted as read.</translation>
        </message>
        <message>
            <source>Position corrected.</source>
            <translation>Position corrected.</translation>
        </message>
        <message>
            <source>Reading the review's labels…</source>
            <translation>Reading the review's labels…</translation>
        </message>
        <message>
            <source>Text assigned.</source>
            <translation>Text assigned.</translation>
        </message>
        <message>
            <source>Text split in two answers.</source>
            <translation>Text split in two answers.</translation>
        </message>
        <message>
            <source>Marked resolved.</source>
            <translation>Marked resolved.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation>Receive changes</translation>
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</translation>
        </message>
        <message>
            <source>Bundle file:</source>
            <translation>Bundle file:</translation>
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation>empty for a bundle written for this laptop's key</translation>
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation>Team's passphrase:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation>A bundle of changes</translation>
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation>Choose the bundle file to apply.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considered implemented)</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>New recommendation</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Edit recommendation %1</translation>
        </message>
        <message>
            <source>e.g. 97.12</source>
            <translation>e.g. 97.12</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>The recommendation, as the report words it</translation>
        </message>
        <message>
            <source>Filter States…</source>
            <translation>Filter States…</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>Filter themes…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Not categorised</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>an action category's number — its name</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>para. %1</source>
            <translation>para. %1</translation>
        </message>
        <message>
            <source>Unchanged (%1, %2)</source>
            <translation>Unchanged (%1, %2)</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>Unchanged (%1)</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>No position yet</translation>
        </message>
        <message>
            <source>the document that states it, e.g. A/HRC/59/5/Add.1</source>
            <translation>the document that states it, e.g. A/HRC/59/5/Add.1</translation>
        </message>
        <message>
            <source>para.</source>
            <comment>short for paragraph</comment>
            <translation>para.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Action category</translation>
        </message>
        <message>
            <source>from</source>
            <comment>a position from a document</comment>
            <translation>from</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by&lt;/b&gt;</source>
            <translation>&lt;b&gt;Recommended by&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Themes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Themes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Position: choose the position that document states, or clear the document.</source>
            <translation>Position: choose the position that document states, or clear the document.</translation>
        </message>
        <message>
            <source>Review: add the review first (Edit ▸ New review…).</source>
            <translation>Review: add the review first (Edit ▸ New review…).</translation>
        </message>
        <message>
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>recommending states</source>
            <translation>recommending states</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>action category</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>themes</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a field: the value typed</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanel</name>
        <message>
            <source>%1 created</source>
            <translation>%1 created</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1 changed</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1 deleted</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1 merged</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(no label)</translation>
        </message>
        <message>
            <source>Text not imported yet</source>
            <translation>Text not imported yet</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Recommended by:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Source:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Position:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Position:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Implementation:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Implementation:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>%1, cycle %2: recommendation %3</source>
            <translation>%1, cycle %2: recommendation %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</source>
            <translation>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</translation>
        </message>
        <message>
            <source>Position history</source>
            <translation>Position history</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>undated</translation>
        </message>
        <message>
            <source>(needs review: %1)</source>
            <translation>(needs review: %1)</translation>
        </message>
        <message>
            <source>Themes and other terms</source>
            <translation>Themes and other terms</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>Edit &amp;themes…</source>
            <translation>Edit &amp;themes…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Not categorised</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;UPR Info issues:&lt;/b&gt;</source>
            <translation>&lt;b&gt;UPR Info issues:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action category:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Action category:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit recommendation…</source>
            <translation>Edit recommendation…</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>&amp;Recommendation</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>&amp;Implementation</translation>
        </message>
        <message>
            <source>&amp;Link to a milestone…</source>
            <translation>&amp;Link to a milestone…</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>&amp;Milestones</translation>
        </message>
        <message>
            <source>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</source>
            <translation>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Tags, separated by commas</translation>
        </message>
        <message>
            <source>Shared with: users or roles (viewer, editor, admin), separated by commas</source>
            <translation>Shared with: users or roles (viewer, editor, admin), separated by commas</translation>
        </message>
        <message>
            <source>Kept on this laptop</source>
            <translation>Kept on this laptop</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Save note</translation>
        </message>
        <message>
            <source>&amp;Edit selected</source>
            <translation>&amp;Edit selected</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>&amp;Delete selected</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Notes (%1)</source>
            <translation>&amp;Notes (%1)</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>the recommendation</translation>
        </message>
        <message>
            <source>A team server's database is not a laptop's: its notes are the team's</source>
            <translation>A team server's database is not a laptop's: its notes are the team's</translation>
        </message>
        <message>
            <source>Never sent to the team server nor to a colleague: the note stays in this database</source>
            <translation>Never sent to the team server nor to a colleague: the note stays in this database</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recommended by</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Found in</translation>
        </message>
        <message>
            <source>its text</source>
            <translation>its text</translation>
        </message>
        <message>
            <source>a response</source>
            <translation>a response</translation>
        </message>
        <message>
            <source>a milestone</source>
            <translation>a milestone</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>a note</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <source>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</source>
            <translation>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</translation>
        </message>
    </context>
    <context>
        <name>RegionalGroup</name>
        <message>
            <source>Africa</source>
            <translation>Africa</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asia-Pacific</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>EEG</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>GRULAC</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>WEOG</translation>
        </message>
    </context>
    <context>
        <name>RelatedRecommendationsView</name>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</source>
            <translation>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</translation>
        </message>
        <message>
            <source>Link to a recommendation of another cycle…</source>
            <translation>Link to a recommendation of another cycle…</translation>
        </message>
        <message>
            <source>Remove the link</source>
            <translation>Remove the link</translation>
        </message>
        <message>
            <source>Suggest links for this State</source>
            <translation>Suggest links for this State</translation>
        </message>
        <message>
            <source>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</source>
            <translation>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</translation>
        </message>
        <message>
            <source>this one</source>
            <translation>this one</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>confirmed (through another)</source>
            <translation>confirmed (through another)</translation>
        </message>
        <message>
            <source>suggested, score %1</source>
            <translation>suggested, score %1</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>suggested</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>%1: confirm that this is the same recommendation made again</source>
            <translation>%1: confirm that this is the same recommendation made again</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>not the same recommendation: it will not be suggested again</source>
            <translation>not the same recommendation: it will not be suggested again</translation>
        </message>
        <message>
            <source>Saving the link…</source>
            <translation>Saving the link…</translation>
        </message>
        <message>
            <source>Suggestion accepted: recommended again (confirmed).</source>
            <translation>Suggestion accepted: recommended again (confirmed).</translation>
        </message>
        <message>
            <source>Suggestion rejected: this pair will not be suggested again.</source>
            <translation>Suggestion rejected: this pair will not be suggested again.</translation>
        </message>
        <message>
            <source>Link removed.</source>
            <translation>Link removed.</translation>
        </message>
        <message>
            <source>Linked: recommended again (confirmed).</source>
            <translation>Linked: recommended again (confirmed).</translation>
        </message>
        <message numerus="yes">
            <source>%n new suggestion(s) for %1 (%2 pairs already linked or decided).</source>
            <translation>
                <numerusform>%n new suggestion for %1 (%2 pairs already linked or decided).</numerusform>
                <numerusform>%n new suggestions for %1 (%2 pairs already linked or decided).</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting recommendations made again (%1)…</source>
            <translation>Suggesting recommendations made again (%1)…</translation>
        </message>
    </context>
    <context>
        <name>RenameTermDialog</name>
        <message>
            <source>Rename “%1”</source>
            <translation>Rename “%1”</translation>
        </message>
        <message numerus="yes">
            <source>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.</source>
            <translation>
                <numerusform>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation tagged with it keep it under the new name.</numerusform>
                <numerusform>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendations tagged with it keep it under the new name.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;New name:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
    </context>
    <context>
        <name>ReportDates</name>
        <message>
            <source>until %1</source>
            <translation>until %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Country brief (one review)</source>
            <translation>Country brief (one review)</translation>
        </message>
        <message>
            <source>Thematic brief (a theme or a search, across States and cycles)</source>
            <translation>Thematic brief (a theme or a search, across States and cycles)</translation>
        </message>
        <message>
            <source>Mid-term implementation report (one review)</source>
            <translation>Mid-term implementation report (one review)</translation>
        </message>
        <message>
            <source>Milestones timeline (a review or a plan of action)</source>
            <translation>Milestones timeline (a review or a plan of action)</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Briefing report</source>
            <translation>Briefing report</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>&amp;Cycle:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>or words to search for, instead of a theme</source>
            <translation>or words to search for, instead of a theme</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>Searc&amp;h:</translation>
        </message>
        <message>
            <source>&amp;Plan of action:</source>
            <translation>&amp;Plan of action:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Sections:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Include confidential notes (the cover will say so)</source>
            <translation>Include confidential notes (the cover will say so)</translation>
        </message>
        <message>
            <source>Use suggested themes where none is confirmed (marked †)</source>
            <translation>Use suggested themes where none is confirmed (marked †)</translation>
        </message>
        <message>
            <source>your organisation, named on the cover</source>
            <translation>your organisation, named on the cover</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>Pre&amp;view</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Save…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose what the report covers, then Preview to see its pages.</source>
            <translation>Choose what the report covers, then Preview to see its pages.</translation>
        </message>
        <message>
            <source>Any State</source>
            <translation>Any State</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Any cycle</source>
            <translation>Any cycle</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Cycle %1</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Making the preview…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s).</source>
            <translation>
                <numerusform>%n page.</numerusform>
                <numerusform>%n pages.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Writing %1…</translation>
        </message>
        <message>
            <source>Saved to %1. It includes confidential notes.</source>
            <translation>Saved to %1. It includes confidential notes.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Saved to %1.</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</source>
            <translation>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Cycle %1 (%2)</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Cycle %1</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1 (%2)</source>
            <translation>Universal Periodic Review, cycle %1 (%2)</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1</source>
            <translation>Universal Periodic Review, cycle %1</translation>
        </message>
        <message>
            <source>%1, Working Group session %2</source>
            <translation>%1, Working Group session %2</translation>
        </message>
        <message>
            <source>%1, reviewed on %2</source>
            <translation>%1, reviewed on %2</translation>
        </message>
        <message>
            <source>%1 · UPR cycle %2 · %3</source>
            <translation>%1 · UPR cycle %2 · %3</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>your organisation</translation>
        </message>
        <message numerus="yes">
            <source>Contains %n confidential note(s): do not share outside %1.</source>
            <translation>
                <numerusform>Contains %n confidential note: do not share outside %1.</numerusform>
                <numerusform>Contains %n confidential notes: do not share outside %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIAL</translation>
        </message>
    </context>
    <context>
        <name>ReportProgress</name>
        <message>
            <source>Finding the review</source>
            <translation>Finding the review</translation>
        </message>
        <message>
            <source>Reading the recommendations</source>
            <translation>Reading the recommendations</translation>
        </message>
        <message>
            <source>Composing the brief</source>
            <translation>Composing the brief</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>Report written</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Writing the report</translation>
        </message>
        <message>
            <source>Reading the recommendations and their assessments</source>
            <translation>Reading the recommendations and their assessments</translation>
        </message>
        <message>
            <source>Composing the report</source>
            <translation>Composing the report</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>Writing page %1 of %2</translation>
        </message>
        <message>
            <source>Report composed</source>
            <translation>Report composed</translation>
        </message>
        <message>
            <source>Laying out the report</source>
            <translation>Laying out the report</translation>
        </message>
        <message>
            <source>Finding the theme</source>
            <translation>Finding the theme</translation>
        </message>
        <message>
            <source>Finding the review or the plan</source>
            <translation>Finding the review or the plan</translation>
        </message>
        <message>
            <source>Reading the plan and its items</source>
            <translation>Reading the plan and its items</translation>
        </message>
        <message>
            <source>Reading the milestones</source>
            <translation>Reading the milestones</translation>
        </message>
        <message>
            <source>Composing the timeline</source>
            <translation>Composing the timeline</translation>
        </message>
    </context>
    <context>
        <name>ReportSection</name>
        <message>
            <source>Summary: counts by position, implementation and theme</source>
            <translation>Summary: counts by position, implementation and theme</translation>
        </message>
        <message>
            <source>Charts of positions and implementation</source>
            <translation>Charts of positions and implementation</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Recommendations by theme</translation>
        </message>
        <message>
            <source>Summary: counts by cycle and by State</source>
            <translation>Summary: counts by cycle and by State</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Recommended again from cycle to cycle</translation>
        </message>
        <message>
            <source>Recommendations by cycle</source>
            <translation>Recommendations by cycle</translation>
        </message>
        <message>
            <source>Summary: implementation by position and by source</source>
            <translation>Summary: implementation by position and by source</translation>
        </message>
        <message>
            <source>Recommendations with their assessments</source>
            <translation>Recommendations with their assessments</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>ReportTemplate</name>
        <message>
            <source>Country brief</source>
            <translation>Country brief</translation>
        </message>
        <message>
            <source>Thematic brief</source>
            <translation>Thematic brief</translation>
        </message>
        <message>
            <source>Mid-term implementation report</source>
            <translation>Mid-term implementation report</translation>
        </message>
        <message>
            <source>Milestones timeline</source>
            <translation>Milestones timeline</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>No position yet</source>
            <translation>No position yet</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>No theme</translation>
        </message>
        <message>
            <source>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</source>
            <translation>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>SDGs</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info issues</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>OHCHR themes</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Sustainable Development Goals</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Affected persons</translation>
        </message>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considered implemented)</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(no label)</translation>
        </message>
        <message>
            <source>National report</source>
            <translation>National report</translation>
        </message>
        <message>
            <source>UN compilation</source>
            <translation>UN compilation</translation>
        </message>
        <message>
            <source>Summary of stakeholders' submissions</source>
            <translation>Summary of stakeholders' submissions</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Working Group report</translation>
        </message>
        <message>
            <source>The State's reply (addendum)</source>
            <translation>The State's reply (addendum)</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>no symbol</source>
            <translation>no symbol</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Position and implementation</source>
            <translation>Position and implementation</translation>
        </message>
        <message>
            <source>Latest milestone and note</source>
            <translation>Latest milestone and note</translation>
        </message>
        <message>
            <source>Recommended by %1</source>
            <translation>Recommended by %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Milestone: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Recommending States</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Undated</translation>
        </message>
        <message>
            <source>Event %1, written %2</source>
            <translation>Event %1, written %2</translation>
        </message>
        <message>
            <source>Confidential — %1, %2: %3</source>
            <translation>Confidential — %1, %2: %3</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ResolveNoteDialog</name>
        <message>
            <source>Mark resolved</source>
            <translation>Mark resolved</translation>
        </message>
        <message>
            <source>How it was resolved: checked against the printed document, left as it is because…</source>
            <translation>How it was resolved: checked against the printed document, left as it is because…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a problem's title: its message</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Write how the problem was resolved.</source>
            <translation>Write how the problem was resolved.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBars</name>
        <message>
            <source>No position</source>
            <translation>No position</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n recommendation</numerusform>
                <numerusform>%1 — %n recommendations</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a position or level, then how many recommendations have it</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1
Positions: %2
Implementation: %3
Click to show them.</source>
            <translation>%1
Positions: %2
Implementation: %3
Click to show them.</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>adoption at the Council</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>mid-term report</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>next review</translation>
        </message>
    </context>
    <context>
        <name>ReviewDatesDialog</name>
        <message>
            <source>&amp;Adoption at the Council:</source>
            <translation>&amp;Adoption at the Council:</translation>
        </message>
        <message>
            <source>&amp;Mid-term report:</source>
            <translation>&amp;Mid-term report:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>&amp;Next review:</translation>
        </message>
        <message>
            <source>estimated from the calendar of sessions</source>
            <translation>estimated from the calendar of sessions</translation>
        </message>
        <message>
            <source>Dates of the review — %1</source>
            <translation>Dates of the review — %1</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <comment>how a date is typed: year, month, day</comment>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>the format of a date in a sentence</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, held %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, held %2</translation>
        </message>
        <message>
            <source>Saving the dates…</source>
            <translation>Saving the dates…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>New review</translation>
        </message>
        <message>
            <source>Known:</source>
            <translation>Known:</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>State under review</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Working Group session</translation>
        </message>
        <message>
            <source>Day of the review</source>
            <translation>Day of the review</translation>
        </message>
        <message>
            <source>State: “%1” is not in the list; choose one.</source>
            <translation>State: “%1” is not in the list; choose one.</translation>
        </message>
        <message>
            <source>State: choose the State under review.</source>
            <translation>State: choose the State under review.</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation>Send changes to a colleague</translation>
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Write to:</translation>
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation>Everything (for anyone of the team)</translation>
        </message>
        <message>
            <source>What %1 may lack</source>
            <translation>What %1 may lack</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Changes:</translation>
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation>The team's bundle passphrase</translation>
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation>Colleagues' keys</translation>
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation>Encrypt with:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>The same again:</translation>
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</translation>
        </message>
        <message>
            <source>Add a key file…</source>
            <translation>Add a key file…</translation>
        </message>
        <message>
            <source>Key files:</source>
            <translation>Key files:</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <source>Write the changes to</source>
            <translation>Write the changes to</translation>
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation>Colleagues' key files</translation>
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation>Choose the file to write the changes to.</translation>
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation>Type the team's bundle passphrase (twice).</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</translation>
        </message>
    </context>
    <context>
        <name>SplitTextDialog</name>
        <message>
            <source>Split the text</source>
            <translation>Split the text</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</source>
            <translation>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</translation>
        </message>
        <message>
            <source>First part answers</source>
            <translation>First part answers</translation>
        </message>
        <message>
            <source>Second part answers</source>
            <translation>Second part answers</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <source>Choose a line after the first one: the second part begins there.</source>
            <translation>Choose a line after the first one: the second part begins there.</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3: “%4”</source>
            <translation>Lines %1–%2, its words: %3: “%4”</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3</source>
            <translation>Lines %1–%2, its words: %3</translation>
        </message>
        <message>
            <source>Tick the recommendations each part answers.</source>
            <translation>Tick the recommendations each part answers.</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChip</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Suggested %1, confidence %2: not a value yet until a person accepts it</source>
            <translation>Suggested %1, confidence %2: not a value yet until a person accepts it</translation>
        </message>
        <message>
            <source>Accept: %1 becomes the recommendation's %2</source>
            <translation>Accept: %1 becomes the recommendation's %2</translation>
        </message>
        <message>
            <source>Accept the suggestion %1</source>
            <translation>Accept the suggestion %1</translation>
        </message>
        <message>
            <source>Reject: %1 will not be suggested again for this recommendation</source>
            <translation>Reject: %1 will not be suggested again for this recommendation</translation>
        </message>
        <message>
            <source>Reject the suggestion %1</source>
            <translation>Reject the suggestion %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChips</name>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Suggested:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</source>
            <translation>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</translation>
        </message>
        <message>
            <source>Accepting the suggestion…</source>
            <translation>Accepting the suggestion…</translation>
        </message>
        <message>
            <source>Rejecting the suggestion…</source>
            <translation>Rejecting the suggestion…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTableModel</name>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Suggested value</source>
            <translation>Suggested value</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Action category</source>
            <translation>Action category</translation>
        </message>
        <message>
            <source>UPR Info issue</source>
            <translation>UPR Info issue</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>SDG</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SDG %1</source>
            <translation>SDG %1</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsView</name>
        <message>
            <source>%</source>
            <comment>a percent after a number</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Confidence above, in percent</source>
            <translation>Confidence above, in percent</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Action categories</source>
            <translation>Action categories</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info issues</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>SDGs</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Review:</translation>
        </message>
        <message>
            <source>Confidence &amp;above:</source>
            <translation>Confidence &amp;above:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>✓ &amp;Accept selected</source>
            <translation>✓ &amp;Accept selected</translation>
        </message>
        <message>
            <source>The selected suggestions become values of their recommendations, accepted by you</source>
            <translation>The selected suggestions become values of their recommendations, accepted by you</translation>
        </message>
        <message>
            <source>✗ R&amp;eject selected</source>
            <translation>✗ R&amp;eject selected</translation>
        </message>
        <message>
            <source>The selected suggestions are not suggested again</source>
            <translation>The selected suggestions are not suggested again</translation>
        </message>
        <message>
            <source>Accept a&amp;ll shown…</source>
            <translation>Accept a&amp;ll shown…</translation>
        </message>
        <message>
            <source>Every suggestion the filters show, not only the rows on screen (you are told how many first)</source>
            <translation>Every suggestion the filters show, not only the rows on screen (you are told how many first)</translation>
        </message>
        <message>
            <source>&amp;Suggest categories and themes…</source>
            <translation>&amp;Suggest categories and themes…</translation>
        </message>
        <message numerus="yes">
            <source>%1, cycle %2 (%n pending)</source>
            <translation>
                <numerusform>%1, cycle %2 (%n pending)</numerusform>
                <numerusform>%1, cycle %2 (%n pending)</numerusform>
            </translation>
        </message>
        <message>
            <source>No review has suggestions</source>
            <translation>No review has suggestions</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) shown</source>
            <translation>
                <numerusform>%n suggestion shown</numerusform>
                <numerusform>%n suggestions shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n suggestion accepted.</numerusform>
                <numerusform>%n suggestions accepted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) rejected: they will not be suggested again.</source>
            <translation>
                <numerusform>%n suggestion rejected: it will not be suggested again.</numerusform>
                <numerusform>%n suggestions rejected: they will not be suggested again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be: %1</source>
            <translation>
                <numerusform>%n could not be: %1</numerusform>
                <numerusform>%n could not be: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the decisions…</source>
            <translation>Saving the decisions…</translation>
        </message>
        <message>
            <source>Accept all shown</source>
            <translation>Accept all shown</translation>
        </message>
        <message numerus="yes">
            <source>Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</source>
            <translation>
                <numerusform>Accept the %n suggestion shown? It becomes a value of its recommendation, accepted by you (the audit trail says so).</numerusform>
                <numerusform>Accept the %n suggestions shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepting the suggestions…</source>
            <translation>Accepting the suggestions…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</source>
            <translation>
                <numerusform>%n suggestion stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</numerusform>
                <numerusform>%n suggestions stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</source>
            <translation>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</translation>
        </message>
        <message numerus="yes">
            <source>Synced %1: %2 out, %3 in, %n conflict(s)</source>
            <translation>
                <numerusform>Synced %1: %2 out, %3 in, %n conflict</numerusform>
                <numerusform>Synced %1: %2 out, %3 in, %n conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Not synced yet</translation>
        </message>
        <message>
            <source>the server asks for a password (File ▸ Sync now)</source>
            <translation>the server asks for a password (File ▸ Sync now)</translation>
        </message>
        <message>
            <source>the server refused the password (File ▸ Sync now)</source>
            <translation>the server refused the password (File ▸ Sync now)</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>server unreachable</translation>
        </message>
        <message>
            <source>an unexpected error (%1; see the log)</source>
            <translation>an unexpected error (%1; see the log)</translation>
        </message>
    </context>
    <context>
        <name>TableCounts</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)…</source>
            <translation>
                <numerusform>%n recommendation…</numerusform>
                <numerusform>%n recommendations…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n supported</numerusform>
                <numerusform>%n supported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n noted</numerusform>
                <numerusform>%n noted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partially</source>
            <translation>
                <numerusform>%n partially</numerusform>
                <numerusform>%n partially</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n pending</numerusform>
                <numerusform>%n pending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n to review</numerusform>
                <numerusform>%n to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>TLS if the server offers it (prefer)</translation>
        </message>
        <message>
            <source>TLS always, certificate not checked (require)</source>
            <translation>TLS always, certificate not checked (require)</translation>
        </message>
        <message>
            <source>TLS always, the server's certificate and name checked (verify-full)</source>
            <translation>TLS always, the server's certificate and name checked (verify-full)</translation>
        </message>
        <message>
            <source>no TLS (disable): only on a network you trust</source>
            <translation>no TLS (disable): only on a network you trust</translation>
        </message>
        <message>
            <source>The server asks for the password of %1: type it above.</source>
            <translation>The server asks for the password of %1: type it above.</translation>
        </message>
        <message>
            <source>The server refused the password of %1 (or does not know this user). Type it again.</source>
            <translation>The server refused the password of %1 (or does not know this user). Type it again.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2: %3</source>
            <translation>%1 could not be opened: %2: %3</translation>
        </message>
        <message>
            <source>Open a team database</source>
            <translation>Open a team database</translation>
        </message>
        <message>
            <source>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</source>
            <translation>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</translation>
        </message>
        <message>
            <source>Recent servers:</source>
            <translation>Recent servers:</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>(from ~/.pgpass or PGPASSWORD if empty)</source>
            <translation>(from ~/.pgpass or PGPASSWORD if empty)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>&amp;TLS:</translation>
        </message>
        <message>
            <source>Give the server's name or address (the host).</source>
            <translation>Give the server's name or address (the host).</translation>
        </message>
        <message>
            <source>Give the database's name (often upr).</source>
            <translation>Give the database's name (often upr).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Opening %1…</translation>
        </message>
    </context>
    <context>
        <name>TermTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>Former names</translation>
        </message>
        <message>
            <source>The term as it is shown everywhere</source>
            <translation>The term as it is shown everywhere</translation>
        </message>
        <message>
            <source>The term's code, if it has one (the SDG number, the OHCHR theme code)</source>
            <translation>The term's code, if it has one (the SDG number, the OHCHR theme code)</translation>
        </message>
        <message>
            <source>How many recommendations are tagged with the term</source>
            <translation>How many recommendations are tagged with the term</translation>
        </message>
        <message>
            <source>Names the term had before a rename or a merge: imports and searches still find the term by them</source>
            <translation>Names the term had before a rename or a merge: imports and searches still find the term by them</translation>
        </message>
        <message>
            <source>Shown as “%1” in this language</source>
            <translation>Shown as “%1” in this language</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) tagged “%1”</source>
            <translation>
                <numerusform>%n recommendation tagged “%1”</numerusform>
                <numerusform>%n recommendations tagged “%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>Also found as:
%1</source>
            <translation>Also found as:
%1</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info issues</translation>
        </message>
        <message>
            <source>Filter the issues…</source>
            <translation>Filter the issues…</translation>
        </message>
    </context>
    <context>
        <name>ThematicBrief</name>
        <message>
            <source>cycle %1</source>
            <translation>cycle %1</translation>
        </message>
        <message>
            <source>No recommendation %1 (%2) is in the database.</source>
            <translation>No recommendation %1 (%2) is in the database.</translation>
        </message>
        <message>
            <source>No recommendation %1 is in the database.</source>
            <translation>No recommendation %1 is in the database.</translation>
        </message>
        <message>
            <source>Universal Periodic Review recommendations %1: %2</source>
            <translation>Universal Periodic Review recommendations %1: %2</translation>
        </message>
        <message>
            <source>all States, all cycles</source>
            <translation>all States, all cycles</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>UPR cycle %1</translation>
        </message>
        <message>
            <source>Thematic brief: %1</source>
            <translation>Thematic brief: %1</translation>
        </message>
        <message>
            <source>on %1 whose text matches “%2”</source>
            <translation>on %1 whose text matches “%2”</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <source>whose text matches “%1”</source>
            <translation>whose text matches “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n State(s)</source>
            <translation>
                <numerusform>%n State</numerusform>
                <numerusform>%n States</numerusform>
            </translation>
        </message>
        <message>
            <source>cycles %1 and %2</source>
            <translation>cycles %1 and %2</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>%1 to %2, in %3.</source>
            <translation>%1 to %2, in %3.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>States reviewed</source>
            <translation>States reviewed</translation>
        </message>
        <message>
            <source>By cycle: the States that received such recommendations, and the State's positions</source>
            <translation>By cycle: the States that received such recommendations, and the State's positions</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>By State under review</source>
            <translation>By State under review</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Recommended again from cycle to cycle</translation>
        </message>
        <message>
            <source>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</source>
            <translation>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</translation>
        </message>
        <message>
            <source>None of these recommendations was made again in another cycle, as far as the links and the wording show.</source>
            <translation>None of these recommendations was made again in another cycle, as far as the links and the wording show.</translation>
        </message>
        <message>
            <source>linked and same wording</source>
            <translation>linked and same wording</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>linked</translation>
        </message>
        <message>
            <source>same wording</source>
            <translation>same wording</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (outside this brief)</source>
            <translation>%1 (outside this brief)</translation>
        </message>
        <message>
            <source>Recommended before in %1.</source>
            <translation>Recommended before in %1.</translation>
        </message>
        <message>
            <source>Recommended again in %1.</source>
            <translation>Recommended again in %1.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two labels</comment>
            <translation> and </translation>
        </message>
        <message>
            <source>cycle %1 as %2</source>
            <translation>cycle %1 as %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>TimelineReport</name>
        <message>
            <source>Milestones timeline: %1</source>
            <translation>Milestones timeline: %1</translation>
        </message>
        <message>
            <source>Plan of action of %1, %2, with its items</source>
            <translation>Plan of action of %1, %2, with its items</translation>
        </message>
        <message>
            <source>Plan of action of %1, with its items</source>
            <translation>Plan of action of %1, with its items</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</source>
            <translation>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</translation>
        </message>
        <message numerus="yes">
            <source>%n other milestone(s) of %1 are not linked to it and not shown.</source>
            <translation>
                <numerusform>%n other milestone of %1 is not linked to it and not shown.</numerusform>
                <numerusform>%n other milestones of %1 are not linked to it and not shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestone is linked to a recommendation of this review yet.</source>
            <translation>No milestone is linked to a recommendation of this review yet.</translation>
        </message>
        <message>
            <source>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</source>
            <translation>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommendations</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Due %1</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Ended %1</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>Until %1</translation>
        </message>
        <message>
            <source>%1; due %2</source>
            <translation>%1; due %2</translation>
        </message>
        <message>
            <source>cycle %1: %2</source>
            <translation>cycle %1: %2</translation>
        </message>
        <message>
            <source>%1 cycle %2: %3</source>
            <translation>%1 cycle %2: %3</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Undone: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Redone: %1</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>UPR Tracker user guide</source>
            <translation>UPR Tracker user guide</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;Contents</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Find in the guide</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Find &amp;next</translation>
        </message>
        <message>
            <source>This guide is written in English, and names the menus and buttons as they are in English.</source>
            <translation>This guide is written in English, and names the menus and buttons as they are in English.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
    </context>
    <context>
        <name>VocabulariesDialog</name>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Sustainable Development Goals</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Affected persons</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>OHCHR themes</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a term's name in quotes</comment>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two of a list of terms</comment>
            <translation>%1 and %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the terms of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Vocabularies</source>
            <translation>Vocabularies</translation>
        </message>
        <message>
            <source>&amp;Vocabulary:</source>
            <translation>&amp;Vocabulary:</translation>
        </message>
        <message>
            <source>Name, code or former name  (Ctrl+F)</source>
            <translation>Name, code or former name  (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</source>
            <translation>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Add a term to this vocabulary</source>
            <translation>Add a term to this vocabulary</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Rename…</translation>
        </message>
        <message>
            <source>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</source>
            <translation>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</source>
            <translation>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n term(s)</source>
            <translation>
                <numerusform>%1 of %n term</numerusform>
                <numerusform>%1 of %n terms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n term</numerusform>
                <numerusform>%n terms</numerusform>
            </translation>
        </message>
        <message>
            <source>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</source>
            <translation>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</translation>
        </message>
        <message>
            <source>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</source>
            <translation>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</translation>
        </message>
        <message>
            <source>%1 has no terms yet.
Add one with Add… (Alt+A).</source>
            <translation>%1 has no terms yet.
Add one with Add… (Alt+A).</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>Added “%1”.</translation>
        </message>
        <message>
            <source>A close term exists</source>
            <translation>A close term exists</translation>
        </message>
        <message>
            <source>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</source>
            <translation>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</translation>
        </message>
        <message>
            <source>&amp;Add anyway</source>
            <translation>&amp;Add anyway</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”; “%1” stays findable as a former name.</source>
            <translation>Renamed “%1” to “%2”; “%1” stays findable as a former name.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”.</source>
            <translation>Renamed “%1” to “%2”.</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n term(s) into “%1”.</source>
            <translation>
                <numerusform>Merged %n term into “%1”.</numerusform>
                <numerusform>Merged %n terms into “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:affected_persons</name>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>Children in street situations</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Civil society</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>Disappeared persons</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>Educational staff</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>Girls</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Human rights defenders</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Indigenous peoples</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Internally displaced persons</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>Judges, lawyers and prosecutors</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>Law enforcement / police officials</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>Lesbian, gay, bisexual, transgender and intersex persons</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>Medical staff</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>Members of marginalized and/or disadvantaged groups</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>Mercenaries</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrants</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>Military staff</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>Minorities / racial, ethnic, linguistic, religious or descent-based groups</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>Non-citizens</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Older persons</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>Persons affected by armed conflict</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>Persons deprived of their liberty</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>Persons living in poverty</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>Persons living in rural areas</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>Persons living with HIV/AIDS</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Persons with disabilities</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>Prison officials</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>Private security</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>Public officials</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>Refugees &amp; asylum-seekers</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>Rural women</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>Social workers</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Stateless persons</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>Women &amp; girls</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Youth</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>No poverty</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>Zero hunger</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>Good health and well-being</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>Quality education</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Gender equality</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>Clean water and sanitation</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>Affordable and clean energy</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>Decent work and economic growth</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>Industry, innovation and infrastructure</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>Reduced inequalities</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>Sustainable cities and communities</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>Responsible consumption and production</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>Climate action</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>Life below water</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>Life on land</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>Peace, justice and strong institutions</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>Partnerships for the goals</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>Asylum-seekers - refugees</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>CP rights - general</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Civil society</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>Corruption</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>Counter-terrorism</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>Death penalty</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>Detention</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>Disabilities</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>ESC rights - general</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Elections</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>Enforced disappearances</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>Extrajudicial executions</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>Freedom of association and peaceful assembly</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>Freedom of movement</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>Freedom of opinion and expression</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>Freedom of religion and belief</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>Freedom of the press</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>HIV - Aids</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Human rights defenders</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>Human rights education and training</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>Human rights violations by state agents</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>Impunity</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Indigenous peoples</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Internally displaced persons</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>International humanitarian law</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>International instruments</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>Justice</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrants</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>Minorities</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>NHRI</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>National plan of action</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>Poverty</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>Public security</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>Racial discrimination</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>Right to education</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>Right to food</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>Right to health</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>Right to housing</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>Right to land</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>Right to water</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>Rights of the Child</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>Sexual Orientation and Gender Identity</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>Special procedures</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>Technical assistance and cooperation</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>Torture and other CID treatment</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Trafficking</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>Treaty bodies</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>UPR process</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Women's rights</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info issues</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Sustainable Development Goals</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Affected persons</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>OHCHR themes</translation>
        </message>
    </context>
    <context>
        <name>VocabularyShortName</name>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>OHCHR</source>
            <translation>OHCHR</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>SDG</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Affected persons</translation>
        </message>
    </context>
    <context>
        <name>WindowBackups</name>
        <message>
            <source>⚠ Backup failed</source>
            <translation>⚠ Backup failed</translation>
        </message>
        <message>
            <source>Backed up automatically to %1.</source>
            <translation>Backed up automatically to %1.</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then back it up.</source>
            <translation>%1 is locked: unlock it with its passphrase, then back it up.</translation>
        </message>
        <message>
            <source>Backing up %1…</source>
            <translation>Backing up %1…</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3).</source>
            <translation>Backed up %1 to %2 (in %3).</translation>
        </message>
        <message>
            <source>Back up the team database to</source>
            <translation>Back up the team database to</translation>
        </message>
        <message>
            <source>pg_dump backups (*.dump)</source>
            <translation>pg_dump backups (*.dump)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</source>
            <translation>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</source>
            <translation>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>Backup incomplete</translation>
        </message>
        <message>
            <source>Backing up the team database…</source>
            <translation>Backing up the team database…</translation>
        </message>
        <message>
            <source>Backups of a team database</source>
            <translation>Backups of a team database</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then restore.</source>
            <translation>%1 is locked: unlock it with its passphrase, then restore.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</source>
            <translation>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</translation>
        </message>
        <message>
            <source>Restoring %1 from the backup of %2…</source>
            <translation>Restoring %1 from the backup of %2…</translation>
        </message>
        <message>
            <source>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</source>
            <translation>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</translation>
        </message>
        <message>
            <source>

The database as it was is kept in %1: restore that backup to go back to it.</source>
            <translation>

The database as it was is kept in %1: restore that backup to go back to it.</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2: %3, %4.</source>
            <translation>Restored %1 from the backup of %2: %3, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</source>
            <translation>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</translation>
        </message>
    </context>
    <context>
        <name>WindowDashboard</name>
        <message>
            <source>Dash&amp;board</source>
            <translation>Dash&amp;board</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>Review &amp;dates…</translation>
        </message>
    </context>
    <context>
        <name>WindowEncryption</name>
        <message>
            <source>&amp;Lock the database</source>
            <translation>&amp;Lock the database</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>&amp;Encryption</translation>
        </message>
        <message>
            <source>&amp;Encrypt this database…</source>
            <translation>&amp;Encrypt this database…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>&amp;Change the passphrase…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>&amp;Remove the encryption…</translation>
        </message>
        <message>
            <source>&amp;Lock after a time without use…</source>
            <translation>&amp;Lock after a time without use…</translation>
        </message>
        <message>
            <source>Encrypt the database</source>
            <translation>Encrypt the database</translation>
        </message>
        <message>
            <source>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</source>
            <translation>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</translation>
        </message>
        <message>
            <source>Encrypting %1…</source>
            <translation>Encrypting %1…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</source>
            <translation>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>Remove the encryption</source>
            <translation>Remove the encryption</translation>
        </message>
        <message>
            <source>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</source>
            <translation>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>Removing the encryption…</translation>
        </message>
        <message>
            <source>%1 (once the work under way is done)</source>
            <translation>%1 (once the work under way is done)</translation>
        </message>
        <message numerus="yes">
            <source>%1 is encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 is encrypted, and %n backup with it.</numerusform>
                <numerusform>%1 is encrypted, and %n backups with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is encrypted.</source>
            <translation>%1 is encrypted.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is no longer encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 is no longer encrypted, and %n backup with it.</numerusform>
                <numerusform>%1 is no longer encrypted, and %n backups with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer encrypted.</source>
            <translation>%1 is no longer encrypted.</translation>
        </message>
        <message>
            <source>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</translation>
        </message>
        <message>
            <source>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</translation>
        </message>
        <message>
            <source>Some backups are as they were</source>
            <translation>Some backups are as they were</translation>
        </message>
        <message>
            <source>Lock after a time without use</source>
            <translation>Lock after a time without use</translation>
        </message>
        <message>
            <source>Lock an encrypted database after this many minutes without use (0: never):</source>
            <translation>Lock an encrypted database after this many minutes without use (0: never):</translation>
        </message>
    </context>
    <context>
        <name>WindowImportExport</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</source>
            <translation>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>UN documents (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.xlsx *.xls)</source>
            <translation>Datasets (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>UPR Tracker exports (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Import documents and datasets</source>
            <translation>Import documents and datasets</translation>
        </message>
        <message>
            <source>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</source>
            <translation>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for another UPR Tracker (*.json)</source>
            <translation>JSON, everything, for another UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>Export the recommendations shown</source>
            <translation>Export the recommendations shown</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2. It is encrypted.</source>
            <translation>%1 recommendations exported to %2. It is encrypted.</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2.</source>
            <translation>%1 recommendations exported to %2.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
    </context>
    <context>
        <name>WindowManualEntry</name>
        <message>
            <source>New re&amp;view…</source>
            <translation>New re&amp;view…</translation>
        </message>
        <message>
            <source>New &amp;recommendation…</source>
            <translation>New &amp;recommendation…</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Edit recommendation…</translation>
        </message>
        <message>
            <source>There is no review yet: add one first (Edit ▸ New review…).</source>
            <translation>There is no review yet: add one first (Edit ▸ New review…).</translation>
        </message>
        <message>
            <source>Choose the recommendation to edit first.</source>
            <translation>Choose the recommendation to edit first.</translation>
        </message>
        <message>
            <source>Position recorded</source>
            <translation>Position recorded</translation>
        </message>
    </context>
    <context>
        <name>WindowSuggestions</name>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>Su&amp;ggestions</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Suggestions</translation>
        </message>
        <message>
            <source>Suggest categories and &amp;themes…</source>
            <translation>Suggest categories and &amp;themes…</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</source>
            <translation>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</translation>
        </message>
        <message>
            <source>Su&amp;ggestions (%1)</source>
            <translation>Su&amp;ggestions (%1)</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</source>
            <translation>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</translation>
        </message>
        <message>
            <source>Suggest categories and themes</source>
            <translation>Suggest categories and themes</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>This review</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>All reviews</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (%1, cycle %2)…</source>
            <translation>Suggesting categories and themes (%1, cycle %2)…</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (all reviews)…</source>
            <translation>Suggesting categories and themes (all reviews)…</translation>
        </message>
        <message>
            <source>Suggesting was cancelled: the suggestions stay as they were.</source>
            <translation>Suggesting was cancelled: the suggestions stay as they were.</translation>
        </message>
    </context>
    <context>
        <name>WindowSync</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Sync &amp;automatically</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>Team server: %1</translation>
        </message>
        <message>
            <source>File ▸ Sync now to choose the team server</source>
            <translation>File ▸ Sync now to choose the team server</translation>
        </message>
        <message>
            <source>the team server</source>
            <translation>the team server</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>Syncing with %1…</translation>
        </message>
        <message>
            <source>Sync cancelled %1</source>
            <translation>Sync cancelled %1</translation>
        </message>
        <message>
            <source>Sync failed %1: %2</source>
            <translation>Sync failed %1: %2</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Sync failed: %1</translation>
        </message>
        <message>
            <source>Sync with the team server</source>
            <translation>Sync with the team server</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sync</translation>
        </message>
    </context>
    <context>
        <name>WindowTableQuery</name>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>%1+ recommendations…</source>
            <translation>%1+ recommendations…</translation>
        </message>
        <message>
            <source>No recommendation matches “%1”.</source>
            <translation>No recommendation matches “%1”.</translation>
        </message>
        <message>
            <source>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</source>
            <translation>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</translation>
        </message>
        <message>
            <source>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</source>
            <translation>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</translation>
        </message>
        <message>
            <source>Nothing to show here yet.</source>
            <translation>Nothing to show here yet.</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>_DelayedProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>_LabelChecklist</name>
        <message>
            <source>Filter labels (e.g. 97.1)</source>
            <translation>Filter labels (e.g. 97.1)</translation>
        </message>
    </context>
</TS>
