<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>Copy database to…</translation>
        </message>
        <message>
            <source>Copies everything in {0} (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>Copies everything in {0} (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
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
            <source>What {0} may lack</source>
            <translation>What {0} may lack</translation>
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
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>window</name>
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
            <source>Nothing was applied from {0}.</source>
            <translation>Nothing was applied from {0}.</translation>
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
            <source>Key saved</source>
            <translation>Key saved</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>A colleague's key file</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>Colleague trusted</translation>
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
</TS>
