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
