<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>Acción mínima</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>Acción continua</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>Acción a considerar</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>Acción general</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>Acción específica</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>Órgano de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
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
            <translation>media de %1 sobre 1 de una sola fuente (%2)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>media de %1 sobre 1 de %2 fuentes (%3)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>media de %1 sobre 1 de %2 fuentes (de «%3» a «%4»; %5)</translation>
        </message>
        <message>
            <source>not</source>
            <translation>no aplicada</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>parcialmente</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>plenamente</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>puntuación de UPR Info: no aplicada 0, parcialmente 0,5, plenamente 1; plenamente ≥ 0,66, parcialmente ≥ 0,33, en los demás casos no aplicada</translation>
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
            <translation>Informe nacional</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>Recopilación</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>Resumen de las comunicaciones de las partes interesadas</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>Informe del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Adición</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>Exportación de una base de datos</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>ImplementationLevel</name>
        <message>
            <source>Not implemented</source>
            <translation>No aplicada</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Aplicada parcialmente</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Aplicada plenamente</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>Idioma del sistema (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>La ventana estará en %1 a partir del próximo inicio de UPR Tracker.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>Ley</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Política</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Elemento del plan</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ratificación</translation>
        </message>
        <message>
            <source>Moratorium</source>
            <translation>Moratoria</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Decisión judicial</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>Retroceso</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>Apoyada</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Anotada</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>Apoyada parcialmente</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considerada ya aplicada)</translation>
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
            <translation>África</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asia y el Pacífico</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>Europa Oriental</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>América Latina y el Caribe</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>Europa Occidental y otros Estados</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>aprobación por el Consejo</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>informe de mitad de período</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>próximo examen</translation>
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
            <translation>Niños</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>Niños en situación de calle</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Sociedad civil</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>Personas desaparecidas</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>Personal docente</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Cuestiones generales</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>Niñas</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Defensores de los derechos humanos</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Pueblos indígenas</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Desplazados internos</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>Jueces, abogados y fiscales</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>Funcionarios encargados de hacer cumplir la ley / policía</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>Personas lesbianas, gais, bisexuales, transgénero e intersexuales</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medios de comunicación</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>Personal médico</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>Miembros de grupos marginados o desfavorecidos</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>Mercenarios</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrantes</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>Personal militar</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>Minorías / grupos raciales, étnicos, lingüísticos, religiosos o basados en la ascendencia</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>No ciudadanos</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Personas de edad</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>Personas afectadas por conflictos armados</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>Personas privadas de libertad</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>Personas que viven en la pobreza</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>Personas que viven en zonas rurales</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>Personas que viven con el VIH/sida</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Personas con discapacidad</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>Funcionarios de prisiones</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>Seguridad privada</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>Funcionarios públicos</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>Refugiados y solicitantes de asilo</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>Mujeres rurales</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>Trabajadores sociales</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Apátridas</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>Mujeres y niñas</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Jóvenes</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>Fin de la pobreza</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>Hambre cero</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>Salud y bienestar</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>Educación de calidad</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Igualdad de género</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>Agua limpia y saneamiento</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>Energía asequible y no contaminante</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>Trabajo decente y crecimiento económico</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>Industria, innovación e infraestructura</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>Reducción de las desigualdades</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>Ciudades y comunidades sostenibles</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>Producción y consumo responsables</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>Acción por el clima</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>Vida submarina</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>Vida de ecosistemas terrestres</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>Paz, justicia e instituciones sólidas</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>Alianzas para lograr los objetivos</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>Solicitantes de asilo - refugiados</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>Derechos civiles y políticos - cuestiones generales</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Sociedad civil</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>Corrupción</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>Lucha contra el terrorismo</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>Pena de muerte</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>Detención</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Desarrollo</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>Discapacidad</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>Derechos económicos, sociales y culturales - cuestiones generales</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Elecciones</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>Desapariciones forzadas</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Medio ambiente</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>Ejecuciones extrajudiciales</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>Libertad de asociación y de reunión pacífica</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>Libertad de circulación</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>Libertad de opinión y de expresión</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>Libertad de religión o de creencias</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>Libertad de prensa</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Cuestiones generales</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>VIH - sida</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Defensores de los derechos humanos</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>Educación y formación en materia de derechos humanos</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>Violaciones de los derechos humanos cometidas por agentes del Estado</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>Impunidad</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Pueblos indígenas</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Desplazados internos</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>Derecho internacional humanitario</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Instrumentos internacionales</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>Justicia</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Migrantes</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>Minorías</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>Institución nacional de derechos humanos</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>Plan de acción nacional</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>Pobreza</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>Seguridad pública</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>Discriminación racial</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>Derecho a la educación</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>Derecho a la alimentación</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>Derecho a la salud</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>Derecho a la vivienda</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>Derecho a la tierra</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>Derecho al agua</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>Derechos del niño</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>Orientación sexual e identidad de género</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>Procedimientos especiales</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>Asistencia técnica y cooperación</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>Tortura y otros tratos o penas crueles, inhumanos o degradantes</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Trata de personas</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>Órganos de tratados</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>Proceso del EPU</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Derechos de la mujer</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Temas de UPR Info</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objetivos de Desarrollo Sostenible</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personas afectadas</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Temas del ACNUDH</translation>
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
            <translation>ACNUDH</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personas afectadas</translation>
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
