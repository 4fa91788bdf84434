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
