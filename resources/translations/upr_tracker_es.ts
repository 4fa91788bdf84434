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
        <name>AddTermDialog</name>
        <message>
            <source>Add a term to %1</source>
            <translation>Añadir un término a %1</translation>
        </message>
        <message>
            <source>optional (an SDG number, an OHCHR code such as A12)</source>
            <translation>opcional (un número de ODS, un código del ACNUDH como A12)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Código:</translation>
        </message>
        <message>
            <source>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</source>
            <translation>Un nombre parecido a un término existente se rechaza primero, para no añadir por error casi duplicados («Pena De Muerte» junto a «Pena de muerte»).</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
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
        <name>DashboardView</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>%1
Click to open it.</source>
            <translation>%1
Haga clic para abrirlo.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semanas</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Remind me of deadlines</source>
            <translation>Recordarme los plazos</translation>
        </message>
        <message>
            <source>ahead.   Changes since</source>
            <translation>de antelación.   Cambios desde el</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Of</source>
            <comment>what a deadline is of</comment>
            <translation>Relativo a</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>recommendations without a position</comment>
            <translation>Pendientes</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;Fechas del examen…</translation>
        </message>
        <message>
            <source>Edit the dates of the review of the selected deadline or pending review</source>
            <translation>Editar las fechas del examen del plazo o del examen pendiente seleccionado</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>Próximos plazos</translation>
        </message>
        <message>
            <source>Reviews with answers pending</source>
            <translation>Exámenes con respuestas pendientes</translation>
        </message>
        <message>
            <source>Recommendations to review</source>
            <translation>Recomendaciones por revisar</translation>
        </message>
        <message>
            <source>Recommendations by position (upper bar) and implementation (lower bar)</source>
            <translation>Recomendaciones por posición (barra superior) y aplicación (barra inferior)</translation>
        </message>
        <message>
            <source>The dashboard could not be read: %1</source>
            <translation>No se pudo leer el panel: %1</translation>
        </message>
        <message>
            <source>%1 (estimated)</source>
            <translation>%1 (estimación)</translation>
        </message>
        <message>
            <source>Derived from the calendar of sessions: Review dates… gives the real one</source>
            <translation>Deducido del calendario de períodos de sesiones: Fechas del examen… indica la fecha real</translation>
        </message>
        <message>
            <source>No deadline ahead</source>
            <translation>Ningún plazo próximo</translation>
        </message>
        <message>
            <source>%1, %2 (Tools ▸ Problems to review).</source>
            <comment>how many recommendations flagged, problems open</comment>
            <translation>%1, %2 (Herramientas ▸ Problemas por revisar).</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) flagged for review</source>
            <translation>
                <numerusform>%n recomendación marcada para revisión</numerusform>
                <numerusform>%n recomendaciones marcadas para revisión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import problem(s) open</source>
            <translation>
                <numerusform>%n problema de importación abierto</numerusform>
                <numerusform>%n problemas de importación abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: see Upcoming deadlines below</source>
            <translation>
                <numerusform>… y %n más: véase Próximos plazos más abajo</numerusform>
                <numerusform>… y %n más: véase Próximos plazos más abajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Within %n week(s):</source>
            <translation>
                <numerusform>En un plazo de %n semana:</numerusform>
                <numerusform>En un plazo de %n semanas:</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM yyyy HH:mm</source>
            <comment>date format: a day with the month's name, and the time</comment>
            <translation>d 'de' MMMM 'de' yyyy HH:mm</translation>
        </message>
        <message>
            <source>What changed since %1 (%2)</source>
            <translation>Cambios desde el %1 (%2)</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Recomendación: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Hito: %1</translation>
        </message>
        <message>
            <source>Review: %1</source>
            <translation>Examen: %1</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>when, who: what changed</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>Nothing changed since then.</source>
            <translation>No ha habido cambios desde entonces.</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>Adoption at the Council</source>
            <translation>Aprobación por el Consejo</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Informe de mitad de período</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próximo examen</translation>
        </message>
        <message>
            <source>Plan due</source>
            <translation>Vencimiento del plan</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Overdue (plan due)</source>
            <translation>Vencido (vencimiento del plan)</translation>
        </message>
        <message>
            <source>Overdue (due)</source>
            <translation>Vencido (vencimiento)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineWords</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>dentro de %n mes</numerusform>
                <numerusform>dentro de %n meses</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (estimated): %2, %3 (%4)</source>
            <translation>%1 (estimación): %2, %3 (%4)</translation>
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
        <name>LinkMilestoneDialog</name>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Already linked</source>
            <translation>Ya vinculadas</translation>
        </message>
        <message>
            <source>Link to a milestone</source>
            <translation>Vincular a un hito</translation>
        </message>
        <message numerus="yes">
            <source>Link %n recommendation(s) to a milestone</source>
            <translation>
                <numerusform>Vincular %n recomendación a un hito</numerusform>
                <numerusform>Vincular %n recomendaciones a un hito</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose one of the milestones of %1, or record a new one. All %n recommendation(s) are linked to it at once.</source>
            <translation>
                <numerusform>Elija uno de los hitos de %1 o registre uno nuevo. La %n recomendación se vincula a él.</numerusform>
                <numerusform>Elija uno de los hitos de %1 o registre uno nuevo. Las %n recomendaciones se vinculan a él a la vez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of the milestones of %1, or record a new one.</source>
            <translation>Elija uno de los hitos de %1 o registre uno nuevo.</translation>
        </message>
        <message>
            <source>Search the milestones: title, description, date, source…</source>
            <translation>Buscar en los hitos: título, descripción, fecha, fuente…</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Vincular</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>Nuevo hito…</translation>
        </message>
        <message>
            <source>Record a new milestone of %1 and link the recommendations to it</source>
            <translation>Registrar un nuevo hito de %1 y vincularle las recomendaciones</translation>
        </message>
        <message>
            <source>%1 has no milestones yet.
Record the first with “New milestone…”.</source>
            <translation>%1 todavía no tiene hitos.
Registre el primero con «Nuevo hito…».</translation>
        </message>
        <message>
            <source>all</source>
            <comment>all the recommendations are linked already</comment>
            <translation>todas</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the recommendation is linked already</comment>
            <translation>sí</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>how many of the recommendations are linked already</comment>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>the milestone</source>
            <translation>el hito</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Vinculando…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message numerus="yes">
            <source>Merge %n term(s)</source>
            <translation>
                <numerusform>Fusionar %n término</numerusform>
                <numerusform>Fusionar %n términos</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep this term; the others are merged into it:</source>
            <translation>Conservar este término; los demás se fusionan con él:</translation>
        </message>
        <message numerus="yes">
            <source>%1 [%2] — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 [%2] — %n recomendación</numerusform>
                <numerusform>%1 [%2] — %n recomendaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n recomendación</numerusform>
                <numerusform>%1 — %n recomendaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionar</translation>
        </message>
        <message numerus="yes">
            <source>The %n recommendation(s) tagged “%1” will be tagged “%2” instead.</source>
            <translation>
                <numerusform>La %n recomendación etiquetada «%1» pasará a etiquetarse «%2».</numerusform>
                <numerusform>Las %n recomendaciones etiquetadas «%1» pasarán a etiquetarse «%2».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged “%1”.</source>
            <translation>Ninguna recomendación está etiquetada «%1».</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <comment>how many recommendations from a term</comment>
            <translation>%1 de «%2»</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) will move to “%1” (%2).</source>
            <translation>
                <numerusform>%n recomendación pasará a «%1» (%2).</numerusform>
                <numerusform>%n recomendaciones pasarán a «%1» (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged %1.</source>
            <translation>Ninguna recomendación está etiquetada %1.</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as a former name of “%2”.</source>
            <translation>%1 saldrá de la lista y se podrá seguir encontrando como nombre anterior de «%2».</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as former names of “%2”.</source>
            <translation>%1 saldrán de la lista y se podrán seguir encontrando como nombres anteriores de «%2».</translation>
        </message>
        <message>
            <source>%1 %2 A merge cannot be undone.</source>
            <comment>what the merge moves, what leaves the list</comment>
            <translation>%1 %2 Una fusión no se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDetail</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>No milestones yet</source>
            <translation>Todavía no hay hitos</translation>
        </message>
        <message>
            <source>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</source>
            <translation>Los hitos son los acontecimientos fechados de la aplicación: una ley aprobada, un plan de acción y sus puntos, una moratoria, una ratificación, una visita, un retroceso. Registre uno con &lt;b&gt;Nuevo hito…&lt;/b&gt;, con su fuente, y vincúlelo después a las recomendaciones a las que se refiere (en la tabla de recomendaciones: &lt;i&gt;Vincular a un hito…&lt;/i&gt;).</translation>
        </message>
        <message>
            <source>No milestone matches the filters.</source>
            <translation>Ningún hito coincide con los filtros.</translation>
        </message>
        <message>
            <source>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</source>
            <translation>Seleccione un hito en la lista o en la línea de tiempo para ver su descripción, su fuente y las recomendaciones a las que se refiere.</translation>
        </message>
        <message>
            <source>due %1</source>
            <comment>a milestone is due on a day</comment>
            <translation>vence el %1</translation>
        </message>
        <message>
            <source>a plan</source>
            <translation>un plan</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <comment>an item number of a plan</comment>
            <translation>Punto %1 de %2</translation>
        </message>
        <message>
            <source>An item of %1</source>
            <comment>of a plan</comment>
            <translation>Un punto de %1</translation>
        </message>
        <message>
            <source>Items of the plan (%1)</source>
            <translation>Puntos del plan (%1)</translation>
        </message>
        <message>
            <source>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</source>
            <translation>Ninguno todavía: añádalos con &lt;b&gt;Nuevo punto…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Archivo adjunto</translation>
        </message>
        <message>
            <source>Linked recommendations (%1)</source>
            <translation>Recomendaciones vinculadas (%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</source>
            <translation>Todavía no está vinculado a ninguna recomendación. Seleccione recomendaciones en la tabla y elija &lt;i&gt;Vincular a un hito…&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>New milestone</source>
            <translation>Nuevo hito</translation>
        </message>
        <message>
            <source>Type a State's name or code</source>
            <translation>Escriba el nombre o el código de un Estado</translation>
        </message>
        <message>
            <source>e.g. Refugees Act</source>
            <translation>p. ej., Ley de Refugiados</translation>
        </message>
        <message>
            <source>2009, 2009-07 or 2009-07-10</source>
            <translation>2009, 2009-07 o 2009-07-10</translation>
        </message>
        <message>
            <source>2012, 2012-06 or 2012-06-30</source>
            <translation>2012, 2012-06 o 2012-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (a deadline the dashboard reminds of)</source>
            <translation>AAAA-MM-DD (un plazo que el panel recuerda)</translation>
        </message>
        <message>
            <source>e.g. 3.2</source>
            <translation>p. ej., 3.2</translation>
        </message>
        <message>
            <source>e.g. 12.3.4</source>
            <translation>p. ej., 12.3.4</translation>
        </message>
        <message>
            <source>Item no.</source>
            <translation>Punto n.º</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two; quote the source if you can.</source>
            <translation>Qué ocurrió, en una o dos frases; cite la fuente si puede.</translation>
        </message>
        <message>
            <source>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</source>
            <translation>p. ej., A/HRC/14/10/Add.1, párr. 12; Boletín Oficial n.º 152</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>E&amp;nds (a plan):</source>
            <translation>&amp;Termina (un plan):</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>&amp;Vence el:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;Plan:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escripción:</translation>
        </message>
        <message>
            <source>Source &amp;citation:</source>
            <translation>&amp;Referencia de la fuente:</translation>
        </message>
        <message>
            <source>Source &amp;address:</source>
            <translation>&amp;Dirección de la fuente:</translation>
        </message>
        <message>
            <source>Attached &amp;file:</source>
            <translation>&amp;Archivo adjunto:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name (its code)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Editar hito</translation>
        </message>
        <message>
            <source>A plan with items cannot itself be an item of a plan.</source>
            <translation>Un plan con puntos no puede ser a su vez un punto de un plan.</translation>
        </message>
        <message>
            <source>This plan has items, so it stays a plan.</source>
            <translation>Este plan tiene puntos, por lo que sigue siendo un plan.</translation>
        </message>
        <message>
            <source>Not an item of a plan</source>
            <translation>No es un punto de un plan</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a plan's title (its date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit plan item</source>
            <translation>Editar punto del plan</translation>
        </message>
        <message>
            <source>New plan item</source>
            <translation>Nuevo punto del plan</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>what the dialog does — of which State</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>= %1  (the year only)</source>
            <translation>= %1  (solo el año)</translation>
        </message>
        <message>
            <source>= %1  (the month only)</source>
            <translation>= %1  (solo el mes)</translation>
        </message>
        <message>
            <source>= %1</source>
            <translation>= %1</translation>
        </message>
        <message>
            <source>Write the day as YYYY-MM-DD (or leave it empty).</source>
            <translation>Escriba el día como AAAA-MM-DD (o déjelo vacío).</translation>
        </message>
        <message>
            <source>Attach a file as evidence</source>
            <translation>Adjuntar un archivo como prueba</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</source>
            <translation>Documentos (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a file's name (its size)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Kept inside the database</source>
            <translation>Guardado en la base de datos</translation>
        </message>
        <message>
            <source>No file (a copy is kept inside the database; up to %1 MB)</source>
            <translation>Ningún archivo (se guarda una copia en la base de datos; hasta %1 MB)</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Reemplazar…</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Elija el Estado de la lista.</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>Un hito necesita un título.</translation>
        </message>
        <message>
            <source>Write the full address, starting with https:// (or leave it empty).</source>
            <translation>Escriba la dirección completa, empezando por https:// (o déjela vacía).</translation>
        </message>
        <message>
            <source>Saving the milestone…</source>
            <translation>Guardando el hito…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
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
        <name>MilestoneTableModel</name>
        <message>
            <source>known to the day</source>
            <translation>conocida al día</translation>
        </message>
        <message>
            <source>known to the month</source>
            <translation>conocida al mes</translation>
        </message>
        <message>
            <source>known to the year</source>
            <translation>conocida al año</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Vinculadas</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>Cuándo ocurrió, con la precisión conocida</translation>
        </message>
        <message>
            <source>What kind of event it is</source>
            <translation>Qué tipo de acontecimiento es</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <source>Where the evidence is</source>
            <translation>Dónde está la prueba</translation>
        </message>
        <message>
            <source>How many recommendations it concerns</source>
            <translation>Cuántas recomendaciones afecta</translation>
        </message>
        <message>
            <source>No date recorded</source>
            <translation>No hay fecha registrada</translation>
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
Adjunto: %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s): %1</source>
            <translation>
                <numerusform>Vinculado a %n recomendación: %1</numerusform>
                <numerusform>Vinculado a %n recomendaciones: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>Vinculado a %n recomendación</numerusform>
                <numerusform>Vinculado a %n recomendaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestoneTimeline</name>
        <message>
            <source>No dated milestones to draw.</source>
            <translation>No hay hitos con fecha que dibujar.</translation>
        </message>
        <message>
            <source>No milestones to show. Record one with “New milestone…”.</source>
            <translation>No hay hitos que mostrar. Registre uno con «Nuevo hito…».</translation>
        </message>
        <message numerus="yes">
            <source>%n undated, not drawn</source>
            <translation>
                <numerusform>%n sin fecha, no dibujado</numerusform>
                <numerusform>%n sin fecha, no dibujados</numerusform>
            </translation>
        </message>
        <message>
            <source>a bar spans a date known only to the month or year</source>
            <translation>una barra abarca una fecha conocida solo por el mes o el año</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>sin fecha</translation>
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
                <numerusform>Vinculado a %n recomendación</numerusform>
                <numerusform>Vinculado a %n recomendaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>The milestones of one State; beside each, how many it has</source>
            <translation>Los hitos de un Estado; junto a cada uno, cuántos tiene</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Title, description, source or label contains…</source>
            <translation>El título, la descripción, la fuente o el número contiene…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Desde:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>hasta:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Show all the milestones of the State again</source>
            <translation>Mostrar de nuevo todos los hitos del Estado</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>Eliminar hito</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>Nuevo hito…</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>Nuevo punto…</translation>
        </message>
        <message>
            <source>Add an item to the selected plan of action</source>
            <translation>Añadir un punto al plan de acción seleccionado</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Abrir el adjunto</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>no limit on the year</comment>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Years; “Any” leaves that end open</source>
            <translation>Años; «Cualquiera» deja abierto ese extremo</translation>
        </message>
        <message>
            <source>Reading the milestones…</source>
            <translation>Leyendo los hitos…</translation>
        </message>
        <message numerus="yes">
            <source>All States (%n milestone(s))</source>
            <translation>
                <numerusform>Todos los Estados (%n hito)</numerusform>
                <numerusform>Todos los Estados (%n hitos)</numerusform>
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
                <numerusform>%n hito</numerusform>
                <numerusform>%n hitos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s)</source>
            <translation>
                <numerusform>%1 de %n hito</numerusform>
                <numerusform>%1 de %n hitos</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an item to “%1”</source>
            <translation>Añadir un punto a «%1»</translation>
        </message>
        <message>
            <source>Select a plan of action (or one of its items) to add an item to it</source>
            <translation>Seleccione un plan de acción (o uno de sus puntos) para añadirle un punto</translation>
        </message>
        <message>
            <source>Delete the milestone “%1”?</source>
            <translation>¿Eliminar el hito «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>Delete the plan “%1” and its %n item(s)?</source>
            <translation>
                <numerusform>¿Eliminar el plan «%1» y su %n punto?</numerusform>
                <numerusform>¿Eliminar el plan «%1» y sus %n puntos?</numerusform>
            </translation>
        </message>
        <message>
            <source>The 1 linked recommendation stays; only the link goes.</source>
            <translation>La recomendación vinculada se conserva; solo desaparece el vínculo.</translation>
        </message>
        <message numerus="yes">
            <source>The %n linked recommendations stay; only the link goes.</source>
            <translation>
                <numerusform>La %n recomendación vinculada se conserva; solo desaparece el vínculo.</numerusform>
                <numerusform>Las %n recomendaciones vinculadas se conservan; solo desaparece el vínculo.</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file kept in the database is deleted too.</source>
            <translation>También se elimina el archivo adjunto guardado en la base de datos.</translation>
        </message>
        <message>
            <source>Deleting the milestone…</source>
            <translation>Eliminando el hito…</translation>
        </message>
        <message>
            <source>Opening the attached file…</source>
            <translation>Abriendo el archivo adjunto…</translation>
        </message>
        <message>
            <source>No application opened %1. A copy was saved at:
%2</source>
            <translation>Ninguna aplicación abrió %1. Se guardó una copia en:
%2</translation>
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
        <name>RenameTermDialog</name>
        <message>
            <source>Rename “%1”</source>
            <translation>Cambiar el nombre de «%1»</translation>
        </message>
        <message numerus="yes">
            <source>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.</source>
            <translation>
                <numerusform>El nombre anterior «%1» se puede seguir encontrando: pasa a ser un nombre anterior del término, de modo que las importaciones y búsquedas que lo usan siguen encontrando el término. La %n recomendación etiquetada con él lo conserva con el nuevo nombre.</numerusform>
                <numerusform>El nombre anterior «%1» se puede seguir encontrando: pasa a ser un nombre anterior del término, de modo que las importaciones y búsquedas que lo usan siguen encontrando el término. Las %n recomendaciones etiquetadas con él lo conservan con el nuevo nombre.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;Nuevo nombre:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar nombre</translation>
        </message>
    </context>
    <context>
        <name>ReviewBars</name>
        <message>
            <source>No position</source>
            <translation>Sin posición</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>No evaluada</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n recomendación</numerusform>
                <numerusform>%1 — %n recomendaciones</numerusform>
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
Posiciones: %2
Aplicación: %3
Haga clic para mostrarlas.</translation>
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
        <name>TermTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>Nombres anteriores</translation>
        </message>
        <message>
            <source>The term as it is shown everywhere</source>
            <translation>El término tal como se muestra en todas partes</translation>
        </message>
        <message>
            <source>The term's code, if it has one (the SDG number, the OHCHR theme code)</source>
            <translation>El código del término, si lo tiene (el número del ODS, el código del tema del ACNUDH)</translation>
        </message>
        <message>
            <source>How many recommendations are tagged with the term</source>
            <translation>Cuántas recomendaciones están etiquetadas con el término</translation>
        </message>
        <message>
            <source>Names the term had before a rename or a merge: imports and searches still find the term by them</source>
            <translation>Los nombres que tenía el término antes de un cambio de nombre o una fusión: las importaciones y búsquedas siguen encontrando el término por ellos</translation>
        </message>
        <message>
            <source>Shown as “%1” in this language</source>
            <translation>Se muestra como «%1» en este idioma</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) tagged “%1”</source>
            <translation>
                <numerusform>%n recomendación etiquetada «%1»</numerusform>
                <numerusform>%n recomendaciones etiquetadas «%1»</numerusform>
            </translation>
        </message>
        <message>
            <source>Also found as:
%1</source>
            <translation>También se encuentra como:
%1</translation>
        </message>
    </context>
    <context>
        <name>VocabulariesDialog</name>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
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
        <message>
            <source>“%1”</source>
            <comment>a term's name in quotes</comment>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two of a list of terms</comment>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the terms of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Vocabularies</source>
            <translation>Vocabularios</translation>
        </message>
        <message>
            <source>&amp;Vocabulary:</source>
            <translation>&amp;Vocabulario:</translation>
        </message>
        <message>
            <source>Name, code or former name  (Ctrl+F)</source>
            <translation>Nombre, código o nombre anterior  (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtrar:</translation>
        </message>
        <message>
            <source>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</source>
            <translation>Los términos etiquetan las recomendaciones. Cambie el nombre de un término para corregir su ortografía; fusione los duplicados con el término que se conserva. Los términos nunca se eliminan: la fusión es la forma de que uno desaparezca, y sus nombres se pueden seguir encontrando como nombres anteriores.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Añadir…</translation>
        </message>
        <message>
            <source>Add a term to this vocabulary</source>
            <translation>Añadir un término a este vocabulario</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Cambiar nombre…</translation>
        </message>
        <message>
            <source>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</source>
            <translation>Cambiar el nombre del término seleccionado (F2, o Intro en la lista); su nombre anterior se puede seguir encontrando</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionar…</translation>
        </message>
        <message>
            <source>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</source>
            <translation>Fusionar los términos seleccionados (seleccione dos o más con Ctrl o Mayús) con el que se conserva</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n term(s)</source>
            <translation>
                <numerusform>%1 de %n término</numerusform>
                <numerusform>%1 de %n términos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n término</numerusform>
                <numerusform>%n términos</numerusform>
            </translation>
        </message>
        <message>
            <source>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</source>
            <translation>Ningún término de %1 coincide con «%2».
Pulse Esc para borrar el filtro o añada el término con Añadir… (Alt+A).</translation>
        </message>
        <message>
            <source>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</source>
            <translation>Todavía no hay temas del ACNUDH.
Al importar una matriz del ACNUDH se añaden sus temas codificados; también puede añadir uno con Añadir… (Alt+A).</translation>
        </message>
        <message>
            <source>%1 has no terms yet.
Add one with Add… (Alt+A).</source>
            <translation>%1 todavía no tiene términos.
Añada uno con Añadir… (Alt+A).</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>Se añadió «%1».</translation>
        </message>
        <message>
            <source>A close term exists</source>
            <translation>Existe un término parecido</translation>
        </message>
        <message>
            <source>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</source>
            <translation>¿Añadir «%1» de todos modos, como término independiente? Si significa lo mismo, cancele y utilice el término existente.</translation>
        </message>
        <message>
            <source>&amp;Add anyway</source>
            <translation>&amp;Añadir de todos modos</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”; “%1” stays findable as a former name.</source>
            <translation>Se cambió el nombre de «%1» a «%2»; «%1» se puede seguir encontrando como nombre anterior.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”.</source>
            <translation>Se cambió el nombre de «%1» a «%2».</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n term(s) into “%1”.</source>
            <translation>
                <numerusform>Se fusionó %n término con «%1».</numerusform>
                <numerusform>Se fusionaron %n términos con «%1».</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
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
        <name>WindowDashboard</name>
        <message>
            <source>Dash&amp;board</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;Fechas del examen…</translation>
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
