<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActionCategory</name>
    <message>
        <source>Minimal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentSource</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDatabaseDialog</name>
    <message>
        <source>Copy database to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies everything in {0} (history, audit trail, notes, attachments, saved searches) into a new file or a team server&apos;s database, then checks the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file, or postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file: leave empty for no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to what the target already holds (records already there are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to copy the database: a file, or a server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s database is not encrypted with a passphrase: leave the passphrase empty (the server&apos;s own access rules protect it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>National report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working group report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationLevel</name>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully implemented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moratorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveChangesDialog</name>
    <message>
        <source>Receive changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies a colleague&apos;s bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for a bundle written for this laptop&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle file to apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <source>Send changes to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (for anyone of the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {0} may lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s bundle passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues&apos; key files (upr-tracker bundle key); with none, the chosen colleague&apos;s key known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues&apos; key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the changes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the team&apos;s bundle passphrase (twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BundleFileDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Changes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this laptop&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
