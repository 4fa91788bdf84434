<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>Action minimale</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>Action continue</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>Action à envisager</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>Action générale</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>Action spécifique</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>Organe de l'ONU</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>CombinedAssessment</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>mean %1 of 1 from 1 source (%2)</source>
            <translation>moyenne %1 sur 1 d'une seule source (%2)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>moyenne %1 sur 1 de %2 sources (%3)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>moyenne %1 sur 1 de %2 sources (de « %3 » à « %4 » ; %5)</translation>
        </message>
        <message>
            <source>not</source>
            <translation>non mise en œuvre</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>partiellement</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>pleinement</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>barème d'UPR Info : non mise en œuvre 0, partiellement 0,5, pleinement 1 ; pleinement ≥ 0,66, partiellement ≥ 0,33, sinon non mise en œuvre</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies everything in {0} (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the database to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>National report</source>
            <translation>Rapport national</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>Compilation</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>Résumé des communications des parties prenantes</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>Rapport du Groupe de travail</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Additif</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>Export d'une base de données</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>ImplementationLevel</name>
        <message>
            <source>Not implemented</source>
            <translation>Non mise en œuvre</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>La fenêtre sera en %1 au prochain démarrage d'UPR Tracker.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>Loi</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Politique</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Élément de plan</translation>
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
            <translation>Moratoire</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Décision de justice</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>Recul</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>Appuyée</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Notée</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>Partiellement appuyée</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considérée comme déjà mise en œuvre)</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionalGroup</name>
        <message>
            <source>Africa</source>
            <translation>Afrique</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asie-Pacifique</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>Europe orientale</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>Amérique latine et Caraïbes</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>Europe occidentale et autres États</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>adoption par le Conseil</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>rapport à mi-parcours</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>examen suivant</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What {0} may lack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a key file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key files:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the changes to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary:affected_persons</name>
        <message>
            <source>Children</source>
            <translation>Enfants</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>Enfants en situation de rue</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>Personnes disparues</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>Personnel éducatif</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Questions générales</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>Filles</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Défenseurs des droits de l'homme</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Peuples autochtones</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Personnes déplacées dans leur propre pays</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>Juges, avocats et procureurs</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>Responsables de l'application des lois / police</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>Personnes lesbiennes, gays, bisexuelles, transgenres et intersexes</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>Personnel médical</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>Membres de groupes marginalisés ou défavorisés</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>Mercenaires</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrants</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>Personnel militaire</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>Minorités / groupes raciaux, ethniques, linguistiques, religieux ou fondés sur l'ascendance</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>Non-ressortissants</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Personnes âgées</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>Personnes touchées par un conflit armé</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>Personnes privées de liberté</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>Personnes vivant dans la pauvreté</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>Personnes vivant en milieu rural</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>Personnes vivant avec le VIH/sida</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Personnes handicapées</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>Personnel pénitentiaire</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>Sécurité privée</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>Agents publics</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>Réfugiés et demandeurs d'asile</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>Femmes rurales</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>Travailleurs sociaux</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Apatrides</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>Femmes et filles</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Jeunes</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>Pas de pauvreté</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>Faim « zéro »</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>Bonne santé et bien-être</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>Éducation de qualité</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Égalité entre les sexes</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>Eau propre et assainissement</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>Énergie propre et d'un coût abordable</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>Travail décent et croissance économique</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>Industrie, innovation et infrastructure</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>Inégalités réduites</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>Villes et communautés durables</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>Consommation et production responsables</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>Vie aquatique</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>Vie terrestre</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>Paix, justice et institutions efficaces</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>Partenariats pour la réalisation des objectifs</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>Demandeurs d'asile - réfugiés</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>Droits civils et politiques - questions générales</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Société civile</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>Corruption</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>Lutte antiterroriste</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>Peine de mort</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>Détention</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Développement</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>Droits économiques, sociaux et culturels - questions générales</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Élections</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>Disparitions forcées</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>Exécutions extrajudiciaires</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>Liberté d'association et de réunion pacifique</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>Liberté de circulation</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>Liberté d'opinion et d'expression</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>Liberté de religion ou de conviction</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>Liberté de la presse</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Questions générales</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>VIH - sida</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Défenseurs des droits de l'homme</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>Éducation et formation aux droits de l'homme</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>Violations des droits de l'homme commises par des agents de l'État</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>Impunité</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Peuples autochtones</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Personnes déplacées dans leur propre pays</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>Droit international humanitaire</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Instruments internationaux</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>Justice</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Travail</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrants</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>Minorités</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>Institution nationale des droits de l'homme</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>Plan d'action national</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>Pauvreté</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>Sécurité publique</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>Discrimination raciale</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>Droit à l'éducation</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>Droit à l'alimentation</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>Droit à la santé</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>Droit au logement</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>Droit à la terre</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>Droit à l'eau</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>Droits de l'enfant</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>Orientation sexuelle et identité de genre</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>Procédures spéciales</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>Assistance technique et coopération</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>Torture et autres peines ou traitements cruels, inhumains ou dégradants</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Traite des personnes</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>Organes conventionnels</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>Processus de l'EPU</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Droits des femmes</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Thèmes d'UPR Info</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objectifs de développement durable</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Thèmes du HCDH</translation>
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
            <translation>HCDH</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personnes concernées</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Changes written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was applied from {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copying the database…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
