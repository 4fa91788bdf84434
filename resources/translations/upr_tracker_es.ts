<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</source>
            <translation>&lt;p&gt;UPR Tracker es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Incluye bibliotecas y fuentes con sus propias licencias (entre ellas Qt, bajo la LGPL-3.0): consulte los avisos de terceros.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>Avisos de terceros</translation>
        </message>
        <message>
            <source>Third-party notices…</source>
            <translation>Avisos de terceros…</translation>
        </message>
    </context>
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
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>Preparando la base de datos de demostración…</translation>
        </message>
        <message>
            <source>The database could not be opened.

%1</source>
            <translation>No se pudo abrir la base de datos.

%1</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>No se pudo abrir %1.

%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit the assessment</source>
            <translation>Editar la evaluación</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Añadir una evaluación</translation>
        </message>
        <message>
            <source>e.g. the NGO coalition, the Ombudsman, CEDAW</source>
            <translation>p. ej., la coalición de ONG, la Defensoría del Pueblo, el CEDAW</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Con fecha</translation>
        </message>
        <message>
            <source>What shows it: a law, a report, a case…</source>
            <translation>Lo que lo demuestra: una ley, un informe, un caso…</translation>
        </message>
        <message>
            <source>By whose account</source>
            <translation>Según quién</translation>
        </message>
        <message>
            <source>Name of the source</source>
            <translation>Nombre de la fuente</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Evaluada el</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
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
        <name>AssessmentsPage</name>
        <message>
            <source>By</source>
            <translation>Según</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>&amp;Add an assessment…</source>
            <translation>&amp;Añadir una evaluación…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>E&amp;ditar…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>not</source>
            <translation>no</translation>
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
            <translation>Puntuación de UPR Info: no 0, parcialmente 0,5, plenamente 1; plenamente ≥ 0,66, parcialmente ≥ 0,33, si no, no</translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)</source>
            <translation>
                <numerusform>%1: media de %2 sobre 1 de %n fuente (%3 a %4; %5)</numerusform>
                <numerusform>%1: media de %2 sobre 1 de %n fuentes (%3 a %4; %5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3)</source>
            <translation>
                <numerusform>%1: media de %2 sobre 1 de %n fuente (%3)</numerusform>
                <numerusform>%1: media de %2 sobre 1 de %n fuentes (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</source>
            <translation>&lt;b&gt;Nivel combinado:&lt;/b&gt; aún no evaluado</translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Nivel combinado:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&amp;Edit the assessment…</source>
            <translation>&amp;Editar la evaluación…</translation>
        </message>
        <message>
            <source>&amp;Delete the assessment</source>
            <translation>E&amp;liminar la evaluación</translation>
        </message>
    </context>
    <context>
        <name>AssignTextDialog</name>
        <message>
            <source>Assign the text to recommendations</source>
            <translation>Asignar el texto a recomendaciones</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <source>line </source>
            <translation>línea </translation>
        </message>
        <message>
            <source>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</source>
            <translation>El texto a partir de la línea %1 de %2 perdió los números de sus recomendaciones. Marque las recomendaciones a las que responde.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>El texto</translation>
        </message>
        <message>
            <source>It ends at</source>
            <translation>Termina en la</translation>
        </message>
        <message>
            <source>It answers</source>
            <translation>Responde a</translation>
        </message>
        <message>
            <source>Unanswered in this document: %1</source>
            <translation>Sin respuesta en este documento: %1</translation>
        </message>
        <message>
            <source>Tick these</source>
            <translation>Marcar estas</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Posición:</translation>
        </message>
        <message>
            <source>Its words: %1 (“%2”)</source>
            <translation>Sus palabras: %1 (“%2”)</translation>
        </message>
        <message>
            <source>Its words: %1</source>
            <translation>Sus palabras: %1</translation>
        </message>
        <message>
            <source>Tick the recommendations the text answers.</source>
            <translation>Marque las recomendaciones a las que responde el texto.</translation>
        </message>
    </context>
    <context>
        <name>AuthorName</name>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</source>
            <translation>Su nombre se registra con cada cambio que haga, para que sus colegas vean quién cambió qué (el historial de cambios). La línea de comandos también registra sus cambios con este nombre.

Su nombre o sus iniciales:</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</source>
            <translation>Una base de datos del equipo en un servidor se copia con pg_dump: Archivo ▸ Hacer copia de seguridad ahora escribe una en el archivo que elija. Se restaura en una base de datos nueva y vacía con: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (o lo hace el administrador del servidor con pg_restore).</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Antes de una actualización</translation>
        </message>
        <message>
            <source>Before a restore (unreadable file)</source>
            <translation>Antes de una restauración (archivo ilegible)</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</source>
            <translation>No se pudo escribir la copia de seguridad de %1 en %2: el disco está lleno. La base de datos no ha cambiado. Libere espacio en el disco y elija Archivo ▸ Hacer copia de seguridad ahora.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</source>
            <translation>No se pudo escribir la copia de seguridad de %1 en %2: no se puede escribir en esa carpeta. La base de datos no ha cambiado. Permita la escritura en la carpeta (o mueva la base de datos) y elija Archivo ▸ Hacer copia de seguridad ahora.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</source>
            <translation>No se pudo escribir la copia de seguridad de %1 en %2: %3. La base de datos no ha cambiado. Compruebe la carpeta y elija Archivo ▸ Hacer copia de seguridad ahora.</translation>
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
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Reading the backup folder…</source>
            <translation>Leyendo la carpeta de copias de seguridad…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Back up automatically while UPR Tracker is open, every</source>
            <translation>Hacer copias de seguridad automáticas mientras UPR Tracker esté abierto, cada</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <source>(only if something changed)</source>
            <translation>(solo si algo cambió)</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>Conservar las últimas</translation>
        </message>
        <message>
            <source>scheduled backups.</source>
            <translation>copias de seguridad programadas.</translation>
        </message>
        <message>
            <source>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</source>
            <translation>Las copias hechas con Hacer copia de seguridad ahora, y las hechas antes de una actualización o una restauración, nunca se eliminan automáticamente.</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Copias de seguridad automáticas</translation>
        </message>
        <message>
            <source>Backups of %1: choose the one to put back.</source>
            <translation>Copias de seguridad de %1: elija la que desea restaurar.</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>Copias de seguridad de %1</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>Guardadas en %1</translation>
        </message>
        <message>
            <source>No backups yet: Back up now takes the first one.</source>
            <translation>Todavía no hay copias de seguridad: Hacer copia de seguridad ahora crea la primera.</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>UPR Tracker bundles (*.uprbundle);;All files (*)</source>
            <translation>Paquetes de UPR Tracker (*.uprbundle);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>UPR Tracker keys (*.uprkey);;All files (*)</source>
            <translation>Claves de UPR Tracker (*.uprkey);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</source>
            <translation>Una base de datos del equipo en un servidor intercambia cambios con los portátiles mediante sincronización (Archivo ▸ Sincronizar ahora), no mediante archivos de paquete.</translation>
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
                <numerusform>%n registro modificado</numerusform>
                <numerusform>%n registros modificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here yet: see the log).</source>
            <translation>
                <numerusform>Se aplicó %1 de %2: %n registro modificado, %3 en espera (todavía no es posible aquí: consulte el registro de eventos).</numerusform>
                <numerusform>Se aplicó %1 de %2: %n registros modificados, %3 en espera (todavía no es posible aquí: consulte el registro de eventos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed.</source>
            <translation>
                <numerusform>Se aplicó %1 de %2: %n registro modificado.</numerusform>
                <numerusform>Se aplicó %1 de %2: %n registros modificados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) await your decision.</source>
            <translation>
                <numerusform>%n conflicto espera su decisión.</numerusform>
                <numerusform>%n conflictos esperan su decisión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1 for %2: %3, %4.</source>
            <translation>Se escribió %1 para %2: %3, %4.</translation>
        </message>
        <message>
            <source>Wrote %1: %2, %3.</source>
            <translation>Se escribió %1: %2, %3.</translation>
        </message>
        <message>
            <source>Changes written</source>
            <translation>Cambios escritos</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Escribiendo los cambios…</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>Cambios recibidos</translation>
        </message>
        <message>
            <source>Nothing was applied from %1.</source>
            <translation>No se aplicó nada de %1.</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>Aplicando los cambios…</translation>
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation>Guardar la clave de este portátil</translation>
        </message>
        <message>
            <source>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</source>
            <translation>Se guardó la clave de %1 en %2 (huella %3). Entréguela a sus colegas; compare la huella con ellos cuando la acepten.</translation>
        </message>
        <message>
            <source>Key saved</source>
            <translation>Clave guardada</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>El archivo de clave de un colega</translation>
        </message>
        <message>
            <source>Trusted %1 (fingerprint %2).</source>
            <translation>Se confía en %1 (huella %2).</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>Colega de confianza añadido</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPanel</name>
        <message>
            <source>Columns of this table</source>
            <translation>Columnas de esta tabla</translation>
        </message>
        <message>
            <source>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</source>
            <translation>Esta tabla no es una exportación de UPR Info ni del UHRI. Indique qué contiene cada columna: el texto de la recomendación es obligatorio; el resto se importa si se indica.</translation>
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
            <translation>Guardar la correspondencia como…</translation>
        </message>
        <message>
            <source>Preview with these columns</source>
            <translation>Vista previa con estas columnas</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Correspondencias guardadas:</translation>
        </message>
        <message>
            <source>Choose a saved mapping…</source>
            <translation>Elegir una correspondencia guardada…</translation>
        </message>
        <message>
            <source>None saved yet</source>
            <translation>Ninguna guardada todavía</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>Guardar la correspondencia de columnas</translation>
        </message>
        <message>
            <source>Name of the mapping (to use it again for tables like this one):</source>
            <translation>Nombre de la correspondencia (para reutilizarla con tablas como esta):</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine: %1</source>
            <translation>Combinar: %1</translation>
        </message>
        <message>
            <source>The value to keep:</source>
            <translation>El valor que se conservará:</translation>
        </message>
        <message>
            <source>Write the value to keep (every version is here to start from):</source>
            <translation>Escriba el valor que se conservará (todas las versiones están aquí como punto de partida):</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Conservar este valor</translation>
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
        <name>ConflictListModel</name>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n versión</numerusform>
                <numerusform>%n versiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolved by %1 · %2</source>
            <translation>Resuelto por %1 · %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(confidential note: not readable here)</source>
            <translation>(nota confidencial: no se puede leer aquí)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>This database is open to be read only here: conflicts are resolved by an editor.</source>
            <translation>Esta base de datos está abierta aquí solo para lectura: los conflictos los resuelve un editor.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Conflicts between databases</source>
            <translation>Conflictos entre bases de datos</translation>
        </message>
        <message>
            <source>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</source>
            <translation>No hay conflictos.

Cuando dos bases de datos (portátiles, el servidor del equipo) cambian el mismo campo de forma distinta antes de sincronizarse, se conservan ambas versiones y se muestran aquí para que usted elija.</translation>
        </message>
        <message>
            <source>Combine…</source>
            <translation>Combinar…</translation>
        </message>
        <message>
            <source>Show the recommendation</source>
            <translation>Mostrar la recomendación</translation>
        </message>
        <message>
            <source>Choose a conflict to see its versions side by side.</source>
            <translation>Elija un conflicto para ver sus versiones una al lado de otra.</translation>
        </message>
        <message>
            <source>Reading the conflicts…</source>
            <translation>Leyendo los conflictos…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 abiertos, %2 resueltos</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 abiertos</translation>
        </message>
        <message>
            <source>Version %1 (in the record now)</source>
            <translation>Versión %1 (la que tiene ahora el registro)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <source>By %1 · database: %2
%3</source>
            <translation>Por %1 · base de datos: %2
%3</translation>
        </message>
        <message>
            <source>at an unknown time</source>
            <translation>en un momento desconocido</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Conservar esta</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>Resolved by %1 on %2.</source>
            <translation>Resuelto por %1 el %2.</translation>
        </message>
        <message>
            <source>Resolved by %1.</source>
            <translation>Resuelto por %1.</translation>
        </message>
        <message>
            <source>The record is not in this database (deleted here, or not received yet).</source>
            <translation>El registro no está en esta base de datos (se eliminó aquí o aún no se ha recibido).</translation>
        </message>
        <message>
            <source>A confidential note you may not read here: resolve it where it can be read.</source>
            <translation>Una nota confidencial que no puede leer aquí: resuelva el conflicto donde se pueda leer.</translation>
        </message>
        <message>
            <source>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</source>
            <translation>Se cambió de forma distinta en dos bases de datos antes de sincronizarse. Hasta que elija, el registro contiene la versión más reciente; conserve una o combínelas.</translation>
        </message>
        <message>
            <source>Kept version %1 (%2, %3).</source>
            <translation>Se conservó la versión %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Combined value kept.</source>
            <translation>Se conservó el valor combinado.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>Copiar la base de datos en…</translation>
        </message>
        <message>
            <source>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>Copia todo el contenido de %1 (historial, historial de cambios, notas, archivos adjuntos, búsquedas guardadas) en un archivo nuevo o en la base de datos de un servidor del equipo y, después, comprueba la copia.</translation>
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation>un archivo, o postgresql://user@host:5432/database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Copiar en:</translation>
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation>un archivo: déjela vacía para no cifrar</translation>
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation>Cifrar con la frase de contraseña:</translation>
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation>un servidor: si ~/.pgpass o PGPASSWORD no la proporciona</translation>
        </message>
        <message>
            <source>Server password:</source>
            <translation>Contraseña del servidor:</translation>
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation>Añadir a lo que ya contiene el destino (se omiten los registros que ya están)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the database to</source>
            <translation>Copiar la base de datos en</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation>Bases de datos de UPR Tracker (*.sqlite3 *.sqlite)</translation>
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation>Indique dónde copiar la base de datos: un archivo o la dirección de un servidor.</translation>
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation>La base de datos de un servidor no se cifra con una frase de contraseña: deje la frase de contraseña vacía (la protegen las reglas de acceso del propio servidor).</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</source>
            <translation>
                <numerusform>Se copió %1 en %2: %n fila en %3 s. Cada tabla tiene las filas que debe, y las exportaciones JSON de ambos lados son idénticas.</numerusform>
                <numerusform>Se copió %1 en %2: %n filas en %3 s. Cada tabla tiene las filas que debe, y las exportaciones JSON de ambos lados son idénticas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</source>
            <translation>
                <numerusform>Se copió %1 en %2: %n fila en %3 s. Cada tabla tiene las filas que debe; las exportaciones no se compararon (se combinaron con otros datos).</numerusform>
                <numerusform>Se copió %1 en %2: %n filas en %3 s. Cada tabla tiene las filas que debe; las exportaciones no se compararon (se combinaron con otros datos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were already there and were skipped.</source>
            <translation>
                <numerusform>%n registro ya estaba y se omitió.</numerusform>
                <numerusform>%n registros ya estaban y se omitieron.</numerusform>
            </translation>
        </message>
        <message>
            <source>Database copied</source>
            <translation>Base de datos copiada</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>Copiando la base de datos…</translation>
        </message>
    </context>
    <context>
        <name>CorrectPositionDialog</name>
        <message>
            <source>Correct the position</source>
            <translation>Corregir la posición</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Corregir</translation>
        </message>
        <message>
            <source>%1 in %2: record the position the State gives, as you read it in the document.</source>
            <translation>%1 en %2: registre la posición que expresa el Estado, tal como la lee en el documento.</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Posición:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Para:</translation>
        </message>
        <message>
            <source>Tick the recommendations to correct.</source>
            <translation>Marque las recomendaciones que corregir.</translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message>
            <source>Country brief: %1</source>
            <translation>Nota informativa sobre el país: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>Recomendaciones: %n</numerusform>
                <numerusform>Recomendaciones: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Recommendations by the State's current position</source>
            <translation>Recomendaciones según la posición actual del Estado</translation>
        </message>
        <message>
            <source>The State considers %1 of them already implemented or in the process of implementation.</source>
            <translation>El Estado considera que %1 de ellas ya se han aplicado o están en proceso de aplicación.</translation>
        </message>
        <message>
            <source>The position of %1 of them is still to be verified against the source document.</source>
            <translation>La posición respecto de %1 de ellas aún debe verificarse con el documento de origen.</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level</source>
            <translation>Recomendaciones según el nivel combinado de aplicación</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Recommendations by theme (a recommendation with several themes counts under each)</source>
            <translation>Recomendaciones por tema (una recomendación con varios temas se cuenta en cada uno de ellos)</translation>
        </message>
        <message>
            <source>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</source>
            <translation>Recomendaciones por tema (temas del ACNUDH; una recomendación con varios temas se cuenta en cada uno de ellos)</translation>
        </message>
        <message>
            <source>Recommendations by affected persons (a recommendation with several counts under each)</source>
            <translation>Recomendaciones por personas afectadas (una recomendación con varias categorías se cuenta en cada una de ellas)</translation>
        </message>
        <message>
            <source>Recommendations by %1 (a recommendation with several counts under each)</source>
            <translation>Recomendaciones por %1 (una recomendación con varias entradas se cuenta en cada una de ellas)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Recommendations by position</source>
            <translation>Recomendaciones por posición</translation>
        </message>
        <message>
            <source>Recommendations by implementation level</source>
            <translation>Recomendaciones por nivel de aplicación</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (continuación)</translation>
        </message>
        <message>
            <source>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</source>
            <translation>Los temas son los de la clasificación «%1», que abarca la mayoría de estas recomendaciones; cada línea indica sus demás términos (%2).</translation>
        </message>
        <message>
            <source>The themes are the %1.</source>
            <translation>Los temas son los de la clasificación «%1».</translation>
        </message>
        <message numerus="yes">
            <source>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</source>
            <translation>
                <numerusform>Una recomendación con varios temas figura en cada uno de ellos (recomendaciones en ese caso: %n de %1). Las recomendaciones sin tema figuran en «%2».</numerusform>
                <numerusform>Una recomendación con varios temas figura en cada uno de ellos (recomendaciones en ese caso: %n de %1). Las recomendaciones sin tema figuran en «%2».</numerusform>
            </translation>
        </message>
        <message>
            <source>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</source>
            <translation>Una recomendación con varios temas figura en cada uno de ellos. Las recomendaciones sin tema figuran en «%2».</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</source>
            <translation>Cada línea indica el último hito de aplicación vinculado a la recomendación y la última nota de seguimiento (incluidas las notas confidenciales).</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</source>
            <translation>Cada línea indica el último hito de aplicación vinculado a la recomendación y la última nota de seguimiento (las notas confidenciales no se incluyen en esta nota informativa).</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Recomendaciones por tema</translation>
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
        <name>DatabaseOpening</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recomendación</numerusform>
                <numerusform>%n recomendaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

It has %n backup(s), the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</source>
            <translation>
                <numerusform>%1

Tiene %n copia de seguridad, la más reciente del %2. ¿Restaurar la más reciente que esté íntegra? El archivo tal como está ahora se conserva en la carpeta de copias de seguridad.</numerusform>
                <numerusform>%1

Tiene %n copias de seguridad, la más reciente del %2. ¿Restaurar la más reciente que esté íntegra? El archivo tal como está ahora se conserva en la carpeta de copias de seguridad.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Comprobando %1…</translation>
        </message>
        <message>
            <source>Encryption change finished</source>
            <translation>Cambio de cifrado terminado</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
        </message>
        <message>
            <source>Restoring %1 from its newest sound backup…</source>
            <translation>Restaurando %1 desde su copia de seguridad íntegra más reciente…</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>Base de datos restaurada</translation>
        </message>
        <message>
            <source>%1 was restored from %2 (%3, %4).</source>
            <translation>%1 se restauró desde %2 (%3, %4).</translation>
        </message>
        <message>
            <source>no database can be made at %1: %2</source>
            <translation>no se puede crear ninguna base de datos en %1: %2</translation>
        </message>
        <message>
            <source>it was opened to be read</source>
            <translation>se abrió para lectura</translation>
        </message>
        <message>
            <source>%1 is opened read-only (%2): nothing can be changed in it.</source>
            <translation>%1 está abierta en modo de solo lectura (%2): no se puede cambiar nada en ella.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Abierta en modo de solo lectura</translation>
        </message>
        <message>
            <source>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</source>
            <translation>%1

Puede leer, buscar, exportar y redactar informes. Para cambiarla, cópiela en una carpeta en la que se pueda escribir y abra la copia.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (solo lectura)</translation>
        </message>
        <message>
            <source>%1 could not be opened.</source>
            <translation>No se pudo abrir %1.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde la copia de seguridad</translation>
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
        <name>Display</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considerada aplicada)</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Temas de UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Temas del ACNUDH</translation>
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
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentImportFlow</name>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 rows</source>
            <translation>%1: %2, filas: %3</translation>
        </message>
        <message>
            <source>Recommendations: %1 created, %2 updated, %3 unchanged</source>
            <translation>Recomendaciones: creadas %1, actualizadas %2, sin cambios %3</translation>
        </message>
        <message>
            <source>Skipped: %1 rows (%2)</source>
            <translation>Omitidas: %1 filas (%2)</translation>
        </message>
        <message>
            <source>Bad row skipped: %1</source>
            <translation>Fila errónea omitida: %1</translation>
        </message>
        <message>
            <source>%1: UPR Tracker export</source>
            <translation>%1: exportación de UPR Tracker</translation>
        </message>
        <message>
            <source>%1: %2 created, %3 unchanged</source>
            <translation>%1: creados %2, sin cambios %3</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problema: %1</translation>
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
            <translation>%1, ciclo %2, período de sesiones %3</translation>
        </message>
        <message>
            <source>%1, cycle %2</source>
            <translation>%1, ciclo %2</translation>
        </message>
        <message>
            <source>Responses: %1 created, %2 updated, %3 unchanged</source>
            <translation>Respuestas: creadas %1, actualizadas %2, sin cambios %3</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <comment>the recommendations concerned, then the problem</comment>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <source>To review: %1</source>
            <translation>Por revisar: %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>%1: not imported (no kind chosen)</source>
            <translation>%1: no importado (no se eligió el tipo)</translation>
        </message>
        <message>
            <source>%1: not imported (no state chosen)</source>
            <translation>%1: no importado (no se eligió el Estado)</translation>
        </message>
        <message>
            <source>%1: not imported (no cycle chosen)</source>
            <translation>%1: no importado (no se eligió el ciclo)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 does not say which review it belongs to.
Choose the cycle:</source>
            <translation>%1 no indica a qué examen pertenece.
Elija el ciclo:</translation>
        </message>
        <message>
            <source>%1.
Choose the kind of document:</source>
            <translation>%1.
Elija el tipo de documento:</translation>
        </message>
        <message>
            <source>%1.
Choose the State:</source>
            <translation>%1.
Elija el Estado:</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>¿Qué tipo?</translation>
        </message>
        <message>
            <source>Which state?</source>
            <translation>¿Qué Estado?</translation>
        </message>
        <message>
            <source>Which cycle?</source>
            <translation>¿Qué ciclo?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>%n documento importado: %1 recomendaciones nuevas.</numerusform>
                <numerusform>%n documentos importados: %1 recomendaciones nuevas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to review: the recommendations concerned are marked “needs review”.</source>
            <translation>
                <numerusform>%n punto por revisar: las recomendaciones afectadas están marcadas como «por revisar».</numerusform>
                <numerusform>%n puntos por revisar: las recomendaciones afectadas están marcadas como «por revisar».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</source>
            <translation>
                <numerusform>%n recomendación de un ciclo posterior parece repetir una del ciclo anterior: elija Sugeridas en el filtro De nuevo (recomendada de nuevo) para decidir, y acepte o rechace cada una en el panel de la recomendación.</numerusform>
                <numerusform>%n recomendaciones de un ciclo posterior parecen repetir una del ciclo anterior: elija Sugeridas en el filtro De nuevo (recomendada de nuevo) para decidir, y acepte o rechace cada una en el panel de la recomendación.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):
%1</source>
            <translation>No importados (no se escribió nada de estos):
%1</translation>
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
        <name>EditCommands</name>
        <message>
            <source>Change %1 of themes</source>
            <translation>Cambiar los temas de %1</translation>
        </message>
        <message>
            <source>Change %1 of sdgs</source>
            <translation>Cambiar los ODS de %1</translation>
        </message>
        <message>
            <source>Change %1 of affected persons</source>
            <translation>Cambiar las personas afectadas de %1</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>Cambiar %2 de %1</translation>
        </message>
        <message>
            <source>Change the action category of %1</source>
            <translation>Cambiar la categoría de acción de %1</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Añadir una nota</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>Editar una nota</translation>
        </message>
        <message>
            <source>Delete a note</source>
            <translation>Eliminar una nota</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Añadir una evaluación</translation>
        </message>
        <message>
            <source>Edit an assessment</source>
            <translation>Editar una evaluación</translation>
        </message>
        <message>
            <source>Delete an assessment</source>
            <translation>Eliminar una evaluación</translation>
        </message>
        <message>
            <source>Link %1 recommendations to “%2”</source>
            <translation>Vincular recomendaciones (%1) a “%2”</translation>
        </message>
        <message>
            <source>Add recommendation %1</source>
            <translation>Añadir la recomendación %1</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Añadir una recomendación</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Editar la recomendación %1</translation>
        </message>
        <message>
            <source>Edit recommendation</source>
            <translation>Editar la recomendación</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Changed by someone else just now.</source>
            <translation>Modificado por otra persona hace un momento.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Modificado por otra persona</translation>
        </message>
        <message>
            <source>&amp;Reload (discard mine)</source>
            <translation>&amp;Recargar (descartar la mía)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Conservar la mía</translation>
        </message>
        <message>
            <source>Save your version over theirs (the history records that it replaced theirs)</source>
            <translation>Guardar su versión en lugar de la otra (el historial de cambios registra que la reemplazó)</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Conservar &amp;ambas</translation>
        </message>
        <message>
            <source>Keep their note as it is and save yours as a new note</source>
            <translation>Conservar su nota tal cual y guardar la suya como una nota nueva</translation>
        </message>
        <message>
            <source>Their change:</source>
            <translation>Su cambio (de la otra persona):</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>El suyo:</translation>
        </message>
        <message>
            <source>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona cambió esta recomendación después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona eliminó esta recomendación después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona cambió esta nota después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona eliminó esta nota después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona cambió esta evaluación después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona eliminó esta evaluación después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona cambió esta posición después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona eliminó esta posición después de que usted empezara a editarla. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona cambió este registro después de que usted empezara a editarlo. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona eliminó este registro después de que usted empezara a editarlo. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona eliminó este elemento (%1) después de que usted empezara a editarlo. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
        <message>
            <source>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Otra persona cambió este elemento (%1) después de que usted empezara a editarlo. Aún no se guardó nada de lo suyo: elija qué conservar.</translation>
        </message>
    </context>
    <context>
        <name>EncodingRow</name>
        <message>
            <source>Detect automatically</source>
            <translation>Detectar automáticamente</translation>
        </message>
        <message>
            <source>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</source>
            <translation>Si el texto de la vista previa parece erróneo (letras o símbolos extraños dentro de las palabras), elija la codificación con la que se guardó el archivo: la vista previa se actualiza.</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Codificación:</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>Leer como:</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>an encoding, how sure its reading is</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>leyendo…</translation>
        </message>
        <message>
            <source>%1, given</source>
            <translation>%1, indicada</translation>
        </message>
        <message>
            <source>not known (the file could not be read)</source>
            <translation>desconocida (no se pudo leer el archivo)</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between two encodings</comment>
            <translation> o </translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1, but it may be %2.</source>
            <translation>La codificación de este archivo es una suposición: se leyó como %1, pero puede ser %2.</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1.</source>
            <translation>La codificación de este archivo es una suposición: se leyó como %1.</translation>
        </message>
        <message>
            <source>A line as read: “%1”</source>
            <translation>Una línea tal como se leyó: “%1”</translation>
        </message>
        <message>
            <source>If letters look wrong, choose the encoding under “Read as”; the preview follows.</source>
            <translation>Si las letras parecen erróneas, elija la codificación en «Leer como»; la vista previa se actualiza.</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>not stated</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>in each row</source>
            <translation>en cada fila</translation>
        </message>
        <message>
            <source>as exported</source>
            <translation>tal como se exportó</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>Exportación de UPR Tracker</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>Table of %1 columns, of no known format</source>
            <translation>Tabla de columnas (%1), de formato desconocido</translation>
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
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>The preview appears once the kind is chosen.</source>
            <translation>La vista previa aparece una vez elegido el tipo.</translation>
        </message>
        <message>
            <source>The preview appears once the State is chosen.</source>
            <translation>La vista previa aparece una vez elegido el Estado.</translation>
        </message>
        <message>
            <source>The preview appears once the cycle is chosen.</source>
            <translation>La vista previa aparece una vez elegido el ciclo.</translation>
        </message>
        <message>
            <source>The preview appears once the columns are mapped.</source>
            <translation>La vista previa aparece una vez asignadas las columnas.</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>Sin vista previa.</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>Lo que haría la importación</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>Lo que se importó</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>puntos por revisar</translation>
        </message>
        <message>
            <source>rows that cannot be imported</source>
            <translation>filas que no se pueden importar</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>Filas omitidas: %1 (%2)</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Columnas no importadas: %1</translation>
        </message>
        <message>
            <source>Nothing to note.</source>
            <translation>Nada que señalar.</translation>
        </message>
        <message>
            <source>Positions (%1)</source>
            <translation>Posiciones (%1)</translation>
        </message>
        <message>
            <source>Points to review (%1)</source>
            <translation>Puntos por revisar (%1)</translation>
        </message>
        <message>
            <source>Rows to fix (%1)</source>
            <translation>Filas por corregir (%1)</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>Notas (%1)</translation>
        </message>
        <message>
            <source>Choose the kind under “Read it as” to preview it.</source>
            <translation>Elija el tipo en «Leerlo como» para ver la vista previa.</translation>
        </message>
        <message>
            <source>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</source>
            <translation>El tipo más probable está elegido en «Leerlo como»: compruébelo y vea la vista previa con estas opciones (o elija otro tipo).</translation>
        </message>
        <message>
            <source>Choose the State under “Read it as” to preview it.</source>
            <translation>Elija el Estado en «Leerlo como» para ver la vista previa.</translation>
        </message>
        <message>
            <source>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</source>
            <translation>El Estado más probable está elegido en «Leerlo como»: compruébelo y vea la vista previa con estas opciones (o elija otro Estado).</translation>
        </message>
        <message>
            <source>Choose the cycle under “Read it as” to preview it.</source>
            <translation>Elija el ciclo en «Leerlo como» para ver la vista previa.</translation>
        </message>
        <message>
            <source>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</source>
            <translation>El ciclo más probable está elegido en «Leerlo como»: compruébelo y vea la vista previa con estas opciones (o elija otro ciclo).</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>No se pudo escribir o leer el archivo: %1.

Archivo: %2

No se escribió nada a medias: elija otra carpeta o libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>No se pudo escribir o leer el archivo: %1.

No se escribió nada a medias: elija otra carpeta o libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data was not changed by the failed step.</source>
            <translation>Se produjo un error inesperado. El paso fallido no cambió sus datos.</translation>
        </message>
        <message>
            <source>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</source>
            <translation>Los detalles se escribieron en el registro:
%1

Para informar del problema, copie la información de depuración y envíela junto con lo que estaba haciendo.</translation>
        </message>
        <message>
            <source>To report it, copy the debug information and send it with what you were doing.</source>
            <translation>Para informar del problema, copie la información de depuración y envíela junto con lo que estaba haciendo.</translation>
        </message>
        <message>
            <source>Copy debug info</source>
            <translation>Copiar la información de depuración</translation>
        </message>
    </context>
    <context>
        <name>EventDateField</name>
        <message>
            <source>Event on</source>
            <translation>Evento el</translation>
        </message>
        <message>
            <source>The day of what the note records (a meeting, a testimony), if it is not today</source>
            <translation>El día de lo que registra la nota (una reunión, un testimonio), si no es hoy</translation>
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
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>África</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asia y el Pacífico</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Sin posición</translation>
        </message>
        <message>
            <source>The State's current position</source>
            <translation>La posición actual del Estado</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>Combined implementation level</source>
            <translation>Nivel combinado de aplicación</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Ciclo %1</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>Ciclo del EPU</translation>
        </message>
        <message>
            <source>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</source>
            <translation>Un término de cualquier vocabulario: temas de UPR Info, temas del ACNUDH, ODS, personas afectadas</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Objetivo de Desarrollo Sostenible</translation>
        </message>
        <message>
            <source>A State that made the recommendation</source>
            <translation>Un Estado que formuló la recomendación</translation>
        </message>
        <message>
            <source>Regional group of a recommending State</source>
            <translation>Grupo regional de un Estado recomendante</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>UPR Info action category</source>
            <translation>Categoría de acción de UPR Info</translation>
        </message>
        <message>
            <source>Confirmed link</source>
            <translation>Vínculo confirmado</translation>
        </message>
        <message>
            <source>Suggested, to decide</source>
            <translation>Sugerido, por decidir</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Sin vincular</translation>
        </message>
        <message>
            <source>Recommended again: linked to the same recommendation in another cycle</source>
            <translation>Recomendada de nuevo: vinculada a la misma recomendación de otro ciclo</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Requiere revisión</translation>
        </message>
        <message>
            <source>Considered implemented</source>
            <translation>Considerada aplicada</translation>
        </message>
        <message>
            <source>Has milestones</source>
            <translation>Con hitos</translation>
        </message>
        <message>
            <source>Has notes</source>
            <translation>Con notas</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Posición</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>Apl&amp;icación</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>Ci&amp;clo</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>SD&amp;G</source>
            <translation>O&amp;DS</translation>
        </message>
        <message>
            <source>Recommended &amp;by</source>
            <translation>Recomendada p&amp;or</translation>
        </message>
        <message>
            <source>Gro&amp;up</source>
            <translation>&amp;Grupo</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Acción</translation>
        </message>
        <message>
            <source>Agai&amp;n</source>
            <translation>De &amp;nuevo</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import documents and datasets</source>
            <translation>Importar documentos y conjuntos de datos</translation>
        </message>
        <message>
            <source>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</source>
            <translation>Arrastre a esta ventana documentos de las Naciones Unidas (informes del Grupo de Trabajo, adiciones, matrices del ACNUDH) o tablas (UPR Info, UHRI, las suyas), o añádalos. No se escribe nada hasta que elija Importar.</translation>
        </message>
        <message>
            <source>Drop files here

or choose “Add files…”</source>
            <translation>Arrastre archivos aquí

o elija «Añadir archivos…»</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Add a file to see what it is and what importing it would do.</source>
            <translation>Añada un archivo para ver qué es y qué haría su importación.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Detectado</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Cycle:</source>
            <translation>Ciclo:</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Período de sesiones:</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>Signatura:</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Leerlo como</translation>
        </message>
        <message>
            <source>As the document says</source>
            <translation>Según el documento</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Ciclo %1 (%2)</translation>
        </message>
        <message>
            <source>Change what was detected if the document is misread; the preview follows.</source>
            <translation>Cambie lo detectado si el documento se leyó mal; la vista previa se actualiza.</translation>
        </message>
        <message>
            <source>Preview with these choices</source>
            <translation>Vista previa con estas opciones</translation>
        </message>
        <message>
            <source>Skip the rows that cannot be imported and import the others</source>
            <translation>Omitir las filas que no se pueden importar e importar las demás</translation>
        </message>
        <message>
            <source>recommendations to create</source>
            <translation>recomendaciones por crear</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>por actualizar</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>ya presentes</translation>
        </message>
        <message>
            <source>positions to record</source>
            <translation>posiciones por registrar</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>puntos por revisar</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Posiciones</translation>
        </message>
        <message>
            <source>Points to review</source>
            <translation>Puntos por revisar</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>Lo que haría la importación</translation>
        </message>
        <message>
            <source>Loading States…</source>
            <translation>Cargando los Estados…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name and its ISO code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>Previewing %1…</source>
            <translation>Vista previa de %1…</translation>
        </message>
        <message>
            <source>The preview was cancelled: change an option to preview it again.</source>
            <translation>Se canceló la vista previa: cambie una opción para volver a verla.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>Say which column holds the recommendation's text.</source>
            <translation>Indique qué columna contiene el texto de la recomendación.</translation>
        </message>
        <message>
            <source>Saving the mapping…</source>
            <translation>Guardando la correspondencia…</translation>
        </message>
        <message>
            <source>Mapping saved as “%1”.</source>
            <translation>Correspondencia guardada como “%1”.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing of this file was written.</source>
            <translation>Se canceló la importación: no se escribió nada de este archivo.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>%n archivo importado: %1 recomendaciones nuevas.</numerusform>
                <numerusform>%n archivos importados: %1 recomendaciones nuevas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):

%1</source>
            <translation>No importados (no se escribió nada de estos):

%1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>Importar %n archivo</numerusform>
                <numerusform>Importar %n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected error: %1: %2</source>
            <translation>Error inesperado: %1: %2</translation>
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
            <translation>%1. Cada una que queda sin respuesta sigue como estaba, marcada como pendiente de revisión, y figura en Problemas por revisar.</translation>
        </message>
    </context>
    <context>
        <name>ImportEntries</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</source>
            <translation>Todo lo que lee UPR Tracker (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>Documentos de las Naciones Unidas (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>Conjuntos de datos (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>Exportaciones de UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Detect from the document</source>
            <translation>Detectar a partir del documento</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Informe del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>Addendum (the State's positions)</source>
            <translation>Adición (posiciones del Estado)</translation>
        </message>
        <message>
            <source>OHCHR matrix</source>
            <translation>Matriz del ACNUDH</translation>
        </message>
        <message>
            <source>UPR Info database export</source>
            <translation>Exportación de la base de datos de UPR Info</translation>
        </message>
        <message>
            <source>UHRI export</source>
            <translation>Exportación del UHRI</translation>
        </message>
        <message>
            <source>Table with mapped columns</source>
            <translation>Tabla con columnas asignadas</translation>
        </message>
        <message>
            <source>UPR Tracker table export</source>
            <translation>Tabla exportada de UPR Tracker</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Texto de la recomendación</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Estado examinado</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Período de sesiones del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Label (e.g. 97.12)</source>
            <translation>Número (p. ej., 97.12)</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Estados recomendantes</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Categoría de acción</translation>
        </message>
        <message>
            <source>Themes (UPR Info issues)</source>
            <translation>Temas (cuestiones de UPR Info)</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
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
            <source>Document symbol</source>
            <translation>Signatura del documento</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>Fecha de publicación</translation>
        </message>
        <message>
            <source>OHCHR annotation id</source>
            <translation>Identificador de anotación del ACNUDH</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(no se importa)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Listo para importar</translation>
        </message>
        <message>
            <source>Choose the kind</source>
            <translation>Elija el tipo</translation>
        </message>
        <message>
            <source>Choose the State</source>
            <translation>Elija el Estado</translation>
        </message>
        <message>
            <source>Choose the cycle</source>
            <translation>Elija el ciclo</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>Indique qué contiene cada columna</translation>
        </message>
        <message>
            <source>Preview cancelled</source>
            <translation>Vista previa cancelada</translation>
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation>No se puede importar</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>%1 · encoding guessed</source>
            <translation>%1 · codificación supuesta</translation>
        </message>
        <message>
            <source>%1 · %2, cycle %3</source>
            <translation>%1 · %2, ciclo %3</translation>
        </message>
        <message>
            <source>%1 · %2 rows</source>
            <translation>%1 · filas: %2</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>Exportación de UPR Tracker</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Deciding sentence</source>
            <translation>Frase decisiva</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Incierta</translation>
        </message>
        <message>
            <source>Stated by the list's heading</source>
            <translation>Indicada por el encabezado de la lista</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>a confidence in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 · to check</source>
            <translation>%1 · por comprobar</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Lo que se encontró</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>what is wrong (the value found)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>columna %1: %2</translation>
        </message>
        <message>
            <source>Row that cannot be imported</source>
            <translation>Fila que no se puede importar</translation>
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
        <name>LinkRecommendationDialog</name>
        <message>
            <source>Link to a recommendation of another cycle</source>
            <translation>Vincular a una recomendación de otro ciclo</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</source>
            <translation>&lt;b&gt;%1, ciclo %2, %3&lt;/b&gt;: %4</translation>
        </message>
        <message>
            <source>Search by label or words…</source>
            <translation>Buscar por número o palabras…</translation>
        </message>
        <message>
            <source>cycle %1, %2: %3</source>
            <translation>ciclo %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ListDetailScreen</name>
        <message>
            <source>Show resolved</source>
            <translation>Mostrar resueltos</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>%1 is locked</source>
            <translation>%1 está bloqueada</translation>
        </message>
        <message>
            <source>Type the database's passphrase to go on.</source>
            <translation>Escriba la frase de contraseña de la base de datos para continuar.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</source>
            <translation>Una base de datos del equipo en un servidor: su restauración (pg_restore) y su protección (funciones, TLS, disco del servidor) corresponden a su administrador. Archivo ▸ Hacer copia de seguridad ahora guarda una copia (pg_dump).</translation>
        </message>
        <message>
            <source>UPR Tracker — %1 (team)</source>
            <translation>UPR Tracker — %1 (equipo)</translation>
        </message>
        <message>
            <source>UPR Tracker — %1</source>
            <translation>UPR Tracker — %1</translation>
        </message>
        <message>
            <source>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</source>
            <translation>Buscar en todo el texto: palabras, "una frase", prefijo*, -excluir   (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>&amp;Recomendaciones</translation>
        </message>
        <message>
            <source>Milestones and &amp;plans</source>
            <translation>Hitos y &amp;planes</translation>
        </message>
        <message>
            <source>Problems to re&amp;view</source>
            <translation>Problemas por re&amp;visar</translation>
        </message>
        <message>
            <source>Con&amp;flicts</source>
            <translation>Con&amp;flictos</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>Abrir base de datos del e&amp;quipo…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Import documents or datasets…</source>
            <translation>&amp;Importar documentos o conjuntos de datos…</translation>
        </message>
        <message>
            <source>&amp;Export the recommendations shown…</source>
            <translation>&amp;Exportar las recomendaciones mostradas…</translation>
        </message>
        <message>
            <source>Briefing &amp;report…</source>
            <translation>I&amp;nforme de situación…</translation>
        </message>
        <message>
            <source>&amp;Copy database to…</source>
            <translation>&amp;Copiar la base de datos en…</translation>
        </message>
        <message>
            <source>&amp;Send changes to a colleague…</source>
            <translation>En&amp;viar los cambios a un colega…</translation>
        </message>
        <message>
            <source>Recei&amp;ve changes…</source>
            <translation>Reci&amp;bir cambios…</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;key…</source>
            <translation>Guardar la c&amp;lave de este portátil…</translation>
        </message>
        <message>
            <source>Trust a colleague's ke&amp;y…</source>
            <translation>Con&amp;fiar en la clave de un colega…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>Res&amp;taurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;New note on this recommendation</source>
            <translation>&amp;Nueva nota sobre esta recomendación</translation>
        </message>
        <message>
            <source>Your &amp;name in the audit trail…</source>
            <translation>&amp;Su nombre en el historial de cambios…</translation>
        </message>
        <message>
            <source>&amp;Link selected to a milestone…</source>
            <translation>&amp;Vincular la selección a un hito…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>&amp;Next recommendation</source>
            <translation>Recomendación &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;Previous recommendation</source>
            <translation>Recomendación &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Clear filters and search</source>
            <translation>Bo&amp;rrar filtros y búsqueda</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>&amp;Guardar esta búsqueda…</translation>
        </message>
        <message>
            <source>Show &amp;filters</source>
            <translation>Mostrar &amp;filtros</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Milestones and plans</source>
            <translation>&amp;Hitos y planes</translation>
        </message>
        <message>
            <source>&amp;Problems to review</source>
            <translation>&amp;Problemas por revisar</translation>
        </message>
        <message>
            <source>&amp;Conflicts between databases</source>
            <translation>&amp;Conflictos entre bases de datos</translation>
        </message>
        <message>
            <source>&amp;Vocabularies (themes, SDGs, affected persons)…</source>
            <translation>&amp;Vocabularios (temas, ODS, personas afectadas)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Copias de se&amp;guridad…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Abrir la carpeta del &amp;registro</translation>
        </message>
        <message>
            <source>&amp;About UPR Tracker</source>
            <translation>&amp;Acerca de UPR Tracker</translation>
        </message>
        <message>
            <source>Save this search</source>
            <translation>Guardar esta búsqueda</translation>
        </message>
        <message>
            <source>Name of the search:</source>
            <translation>Nombre de la búsqueda:</translation>
        </message>
        <message>
            <source>Saved the search “%1”.</source>
            <translation>Búsqueda «%1» guardada.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <source>Select the recommendations to link first.</source>
            <translation>Seleccione primero las recomendaciones que desea vincular.</translation>
        </message>
        <message>
            <source>Select recommendations of one State: a milestone belongs to one State.</source>
            <translation>Seleccione recomendaciones de un solo Estado: un hito pertenece a un solo Estado.</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1 (equipo)</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(ninguno todavía)</translation>
        </message>
        <message>
            <source>Open an UPR Tracker database</source>
            <translation>Abrir una base de datos de UPR Tracker</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>Bases de datos de UPR Tracker (*.sqlite3 *.db *.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>New UPR Tracker database</source>
            <translation>Nueva base de datos de UPR Tracker</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <source>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</source>
            <translation>%1 ya existe, y una base de datos nueva nunca se escribe encima de un archivo.

Elija otro nombre, o abra ese archivo con Archivo ▸ Abrir base de datos…</translation>
        </message>
        <message>
            <source>Con&amp;flicts (%1)</source>
            <translation>Con&amp;flictos (%1)</translation>
        </message>
        <message>
            <source>Your changes are now recorded as made by %1.</source>
            <translation>Sus cambios se registran ahora como hechos por %1.</translation>
        </message>
        <message>
            <source>Report saved to %1.</source>
            <translation>Informe guardado en %1.</translation>
        </message>
        <message>
            <source>About UPR Tracker</source>
            <translation>Acerca de UPR Tracker</translation>
        </message>
        <message>
            <source>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Seguimiento de las recomendaciones del Examen Periódico Universal de las Naciones Unidas: posiciones, hitos, notas y evaluaciones de la aplicación, sin conexión.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
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
        <name>MidTermReport</name>
        <message>
            <source>Milestones</source>
            <translation>Hitos de aplicación</translation>
        </message>
        <message>
            <source>Mid-term implementation report: %1</source>
            <translation>Informe de mitad de período sobre la aplicación: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level and by the State's position</source>
            <translation>Recomendaciones según el nivel combinado de aplicación y la posición del Estado</translation>
        </message>
        <message>
            <source>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</source>
            <translation>El nivel combinado sigue el método de UPR Info: la última evaluación de cada fuente vale 0 (no aplicada), 0,5 (parcialmente) o 1 (plenamente); una media inferior a 0,33 significa «no aplicada», inferior a 0,66 «aplicada parcialmente» y, en los demás casos, «aplicada plenamente». Cada recomendación que figura a continuación indica su media (%1).</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Recommendations assessed</source>
            <translation>Recomendaciones evaluadas</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Assessments by source</source>
            <translation>Evaluaciones por fuente</translation>
        </message>
        <message>
            <source>No source has assessed the implementation of these recommendations yet.</source>
            <translation>Ninguna fuente ha evaluado aún la aplicación de estas recomendaciones.</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>baremo de UPR Info: no 0, parcialmente 0,5, plenamente 1; plenamente ≥ 0,66, parcialmente ≥ 0,33, en otro caso no</translation>
        </message>
        <message>
            <source>%1 to %2; %3</source>
            <translation>de %1 a %2; %3</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1 of 1 from %n source(s) (%2).</source>
            <translation>
                <numerusform>Media de %1 sobre 1 (fuentes: %n) (%2).</numerusform>
                <numerusform>Media de %1 sobre 1 (fuentes: %n) (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>fully</source>
            <translation>plenamente</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>parcialmente</translation>
        </message>
        <message>
            <source>not</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Evidence or comment</source>
            <translation>Pruebas o comentario</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>Recomendación %1</translation>
        </message>
        <message>
            <source>an unrecorded State</source>
            <translation>un Estado no registrado</translation>
        </message>
        <message>
            <source>Recommended by %1.</source>
            <translation>Recomendación formulada por: %1.</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>Aún no hay evaluaciones.</translation>
        </message>
        <message>
            <source>Combined level: %1.</source>
            <translation>Nivel combinado: %1.</translation>
        </message>
        <message>
            <source>Milestones: %1.</source>
            <translation>Hitos de aplicación: %1.</translation>
        </message>
        <message>
            <source>Position of the State: %1 (%2).</source>
            <translation>Posición del Estado: %1 (%2).</translation>
        </message>
        <message>
            <source>Position of the State: %1.</source>
            <translation>Posición del Estado: %1.</translation>
        </message>
        <message>
            <source>The State's response: “%1”</source>
            <translation>Respuesta del Estado: «%1»</translation>
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
        <name>NavigatorModel</name>
        <message>
            <source>All recommendations (%1)</source>
            <translation>Todas las recomendaciones (%1)</translation>
        </message>
        <message>
            <source>States</source>
            <translation>Estados</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Plans of action</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>Búsquedas guardadas</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3, %4 pending)</source>
            <translation>Ciclo %1, período de sesiones %2 (%3, %4 pendientes)</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3)</source>
            <translation>Ciclo %1, período de sesiones %2 (%3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2, %3 pending)</source>
            <translation>Ciclo %1 (%2, %3 pendientes)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Ciclo %1 (%2)</translation>
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
            <translation>evento del %1, redactada el %2</translation>
        </message>
        <message>
            <source>[confidential, kept on this laptop]</source>
            <translation>[confidencial, guardada en este portátil]</translation>
        </message>
        <message>
            <source>[confidential]</source>
            <translation>[confidencial]</translation>
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
            <translation>La copia abierta queda fuera de la protección de la base de datos cifrada mientras está abierta; se elimina cuando la ventana se bloquea o se cierra.</translation>
        </message>
        <message>
            <source>no folder to open the attachment in: the temporary folder cannot be written</source>
            <translation>no hay ninguna carpeta donde abrir el archivo adjunto: no se puede escribir en la carpeta temporal</translation>
        </message>
    </context>
    <context>
        <name>OthersChanges</name>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</source>
            <translation>Modificado mientras tanto por %1: lo que está escribiendo se conserva, y al guardarlo se mostrarán ambas versiones. &lt;a href='%2'&gt;Recargar&lt;/a&gt; para descartar la suya.</translation>
        </message>
        <message>
            <source>Changes by %1 are shown.</source>
            <translation>Se muestran los cambios de %1.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>That passphrase does not open it. Try again.</source>
            <translation>Esa frase de contraseña no la abre. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Frase de contraseña:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Repítala:</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</source>
            <translation>
                <numerusform>Al menos %n carácter; unas cuantas palabras sin relación entre sí hacen una frase segura. Sin ella no se pueden recuperar los datos: guárdela en un lugar seguro.</numerusform>
                <numerusform>Al menos %n caracteres; unas cuantas palabras sin relación entre sí hacen una frase segura. Sin ella no se pueden recuperar los datos: guárdela en un lugar seguro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Escriba la frase de contraseña.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>Demasiado corta: use al menos %n carácter.</numerusform>
                <numerusform>Demasiado corta: use al menos %n caracteres.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>Base de datos cifrada</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type its passphrase to open it.
%2</source>
            <translation>%1 está cifrada. Escriba su frase de contraseña para abrirla.
%2</translation>
        </message>
        <message>
            <source>Encrypt the report?</source>
            <translation>¿Cifrar el informe?</translation>
        </message>
        <message>
            <source>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>Esta base de datos está cifrada; el informe no lo estará a menos que también lo cifre. ¿Poner el informe en un archivo ZIP cifrado (AES-256, que se abre con 7-Zip y WinZip con su propia frase de contraseña)?</translation>
        </message>
        <message>
            <source>Passphrase of the report</source>
            <translation>Frase de contraseña del informe</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the report. Better not the database's own.</source>
            <translation>La frase de contraseña que dará a quien vaya a abrir el informe. Mejor que no sea la de la base de datos.</translation>
        </message>
        <message>
            <source>Encrypt the export?</source>
            <translation>¿Cifrar la exportación?</translation>
        </message>
        <message>
            <source>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>Esta base de datos está cifrada; la exportación no lo estará a menos que también la cifre. ¿Poner la exportación en un archivo ZIP cifrado (AES-256, que se abre con 7-Zip y WinZip con su propia frase de contraseña)?</translation>
        </message>
        <message>
            <source>Passphrase of the export</source>
            <translation>Frase de contraseña de la exportación</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the export. Better not the database's own.</source>
            <translation>La frase de contraseña que dará a quien vaya a abrir la exportación. Mejor que no sea la de la base de datos.</translation>
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
        <name>ProblemDialogs</name>
        <message>
            <source>Supported, considered already implemented</source>
            <translation>Apoyada, considerada ya aplicada</translation>
        </message>
        <message>
            <source>Pending (will be examined)</source>
            <translation>Pendiente (se examinará)</translation>
        </message>
        <message>
            <source>states no single position</source>
            <translation>no expresa una posición única</translation>
        </message>
        <message>
            <source>As its words say: %1</source>
            <translation>Según sus palabras: %1</translation>
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
            <translation>Línea %1 · %2</translation>
        </message>
        <message>
            <source>Resolved · %1</source>
            <translation>Resuelto · %1</translation>
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
            <translation>Problemas por revisar</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Todos los exámenes</translation>
        </message>
        <message>
            <source>in</source>
            <comment>problems to review in a review</comment>
            <translation>en</translation>
        </message>
        <message>
            <source>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</source>
            <translation>No hay problemas por revisar.

Lo que una importación no pudo leer con certeza aparece aquí, junto al texto del documento.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Texto de origen</translation>
        </message>
        <message>
            <source>Accept as read</source>
            <translation>Aceptar tal como se leyó</translation>
        </message>
        <message>
            <source>The import read it right: resolve the problem.</source>
            <translation>La importación lo leyó bien: resolver el problema.</translation>
        </message>
        <message>
            <source>Correct position…</source>
            <translation>Corregir la posición…</translation>
        </message>
        <message>
            <source>Assign to recommendations…</source>
            <translation>Asignar a recomendaciones…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Dividir…</translation>
        </message>
        <message>
            <source>Mark resolved with a note…</source>
            <translation>Marcar como resuelto con una nota…</translation>
        </message>
        <message>
            <source>Choose a problem to see it beside the document's text.</source>
            <translation>Elija un problema para verlo junto al texto del documento.</translation>
        </message>
        <message>
            <source>Reading the problems to review…</source>
            <translation>Leyendo los problemas por revisar…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 abiertos, %2 resueltos</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 abiertos</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>Este examen</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>línea %1</translation>
        </message>
        <message>
            <source>Recommendations: %1</source>
            <translation>Recomendaciones: %1</translation>
        </message>
        <message>
            <source>Recommendations: none named (the text lost its numbers)</source>
            <translation>Recomendaciones: ninguna indicada (el texto perdió sus números)</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>Resuelto: %1</translation>
        </message>
        <message>
            <source>Recorded: nothing yet; the text awaits its recommendations.</source>
            <translation>Registrado: nada todavía; el texto espera sus recomendaciones.</translation>
        </message>
        <message>
            <source>Recorded from this document: no position.</source>
            <translation>Registrado a partir de este documento: ninguna posición.</translation>
        </message>
        <message>
            <source>no position (unclear)</source>
            <translation>ninguna posición (incierta)</translation>
        </message>
        <message>
            <source>%1: %2 — “%3”</source>
            <translation>%1: %2 — “%3”</translation>
        </message>
        <message>
            <source>Recorded from this document:
%1</source>
            <translation>Registrado a partir de este documento:
%1</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem: the document answers the other recommendations but not these.</source>
            <translation>Ninguna línea del documento se refiere a este problema: el documento responde a las demás recomendaciones, pero no a estas.</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem.</source>
            <translation>Ninguna línea del documento se refiere a este problema.</translation>
        </message>
        <message>
            <source>The text of this document was not kept (it was read from its tables).</source>
            <translation>El texto de este documento no se conservó (se leyó a partir de sus tablas).</translation>
        </message>
        <message>
            <source>Source text, lines %1–%2 of %3</source>
            <translation>Texto de origen, líneas %1 a %2 de %3</translation>
        </message>
        <message>
            <source>Accepted as read.</source>
            <translation>Aceptado tal como se leyó.</translation>
        </message>
        <message>
            <source>Position corrected.</source>
            <translation>Posición corregida.</translation>
        </message>
        <message>
            <source>Reading the review's labels…</source>
            <translation>Leyendo los números del examen…</translation>
        </message>
        <message>
            <source>Text assigned.</source>
            <translation>Texto asignado.</translation>
        </message>
        <message>
            <source>Text split in two answers.</source>
            <translation>Texto dividido en dos respuestas.</translation>
        </message>
        <message>
            <source>Marked resolved.</source>
            <translation>Marcado como resuelto.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation>Recibir cambios</translation>
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation>Aplica a esta base de datos el paquete de cambios de un colega. No se aplica nada de un paquete dañado, falsificado o ajeno al equipo; los desacuerdos se guardan como conflictos para que usted decida.</translation>
        </message>
        <message>
            <source>Bundle file:</source>
            <translation>Archivo de paquete:</translation>
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation>vacía para un paquete escrito para la clave de este portátil</translation>
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation>Frase de contraseña del equipo:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation>Un paquete de cambios</translation>
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation>Elija el archivo de paquete que desea aplicar.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considerada aplicada)</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Nueva recomendación</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Editar la recomendación %1</translation>
        </message>
        <message>
            <source>e.g. 97.12</source>
            <translation>p. ej., 97.12</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>La recomendación, tal como la formula el informe</translation>
        </message>
        <message>
            <source>Filter States…</source>
            <translation>Filtrar los Estados…</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>Filtrar los temas…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Sin categoría</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>an action category's number — its name</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguna todavía</translation>
        </message>
        <message>
            <source>para. %1</source>
            <translation>párr. %1</translation>
        </message>
        <message>
            <source>Unchanged (%1, %2)</source>
            <translation>Sin cambios (%1, %2)</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>Sin cambios (%1)</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>Aún sin posición</translation>
        </message>
        <message>
            <source>the document that states it, e.g. A/HRC/59/5/Add.1</source>
            <translation>el documento que la indica, p. ej., A/HRC/59/5/Add.1</translation>
        </message>
        <message>
            <source>para.</source>
            <comment>short for paragraph</comment>
            <translation>párr.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Categoría de acción</translation>
        </message>
        <message>
            <source>from</source>
            <comment>a position from a document</comment>
            <translation>según</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by&lt;/b&gt;</source>
            <translation>&lt;b&gt;Recomendada por&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Themes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Temas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Position: choose the position that document states, or clear the document.</source>
            <translation>Posición: elija la posición que indica ese documento, o borre el documento.</translation>
        </message>
        <message>
            <source>Review: add the review first (Edit ▸ New review…).</source>
            <translation>Examen: añada primero el examen (Editar ▸ Nuevo examen…).</translation>
        </message>
        <message>
            <source>label</source>
            <translation>número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>recommending states</source>
            <translation>Estados recomendantes</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>categoría de acción</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>temas</translation>
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
            <translation>%1: creación</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1: modificación</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1: eliminación</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1: fusión</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(sin número)</translation>
        </message>
        <message>
            <source>Text not imported yet</source>
            <translation>Texto aún no importado</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Recomendada por:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Fuente:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Position:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Posición:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Implementation:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Aplicación:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>%1, cycle %2: recommendation %3</source>
            <translation>%1, ciclo %2: recomendación %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</source>
            <translation>&lt;b&gt;Requiere revisión&lt;/b&gt; (véanse el historial de posiciones y los problemas de importación).</translation>
        </message>
        <message>
            <source>Position history</source>
            <translation>Historial de posiciones</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>(needs review: %1)</source>
            <translation>(requiere revisión: %1)</translation>
        </message>
        <message>
            <source>Themes and other terms</source>
            <translation>Temas y otros términos</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>Edit &amp;themes…</source>
            <translation>Editar &amp;temas…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Sin categoría</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;UPR Info issues:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Temas de UPR Info:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action category:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Categoría de acción:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit recommendation…</source>
            <translation>Editar la recomendación…</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>&amp;Recomendación</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>A&amp;plicación</translation>
        </message>
        <message>
            <source>&amp;Link to a milestone…</source>
            <translation>&amp;Vincular a un hito…</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>&amp;Hitos</translation>
        </message>
        <message>
            <source>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</source>
            <translation>Escriba una nota de seguimiento: una reunión, una labor de vigilancia, un testimonio… (Ctrl+Intro para guardar)</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por comas</translation>
        </message>
        <message>
            <source>Shared with: users or roles (viewer, editor, admin), separated by commas</source>
            <translation>Compartida con: usuarios o funciones (viewer, editor, admin), separados por comas</translation>
        </message>
        <message>
            <source>Kept on this laptop</source>
            <translation>Guardada en este portátil</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Guardar nota</translation>
        </message>
        <message>
            <source>&amp;Edit selected</source>
            <translation>&amp;Editar la seleccionada</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>&amp;Eliminar la seleccionada</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>Hi&amp;storial</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Notes (%1)</source>
            <translation>&amp;Notas (%1)</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>la recomendación</translation>
        </message>
        <message>
            <source>A team server's database is not a laptop's: its notes are the team's</source>
            <translation>La base de datos de un servidor del equipo no es la de un portátil: sus notas son del equipo</translation>
        </message>
        <message>
            <source>Never sent to the team server nor to a colleague: the note stays in this database</source>
            <translation>Nunca se envía al servidor del equipo ni a un colega: la nota permanece en esta base de datos</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recomendada por</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Encontrada en</translation>
        </message>
        <message>
            <source>its text</source>
            <translation>su texto</translation>
        </message>
        <message>
            <source>a response</source>
            <translation>una respuesta</translation>
        </message>
        <message>
            <source>a milestone</source>
            <translation>un hito</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>una nota</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>en %1</translation>
        </message>
        <message>
            <source>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</source>
            <translation>En conflicto: modificada de forma distinta en dos bases de datos — véase Herramientas ▸ Conflictos (Ctrl+4)</translation>
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
        <name>RelatedRecommendationsView</name>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Vínculo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</source>
            <translation>&lt;b&gt;Recomendada de nuevo&lt;/b&gt;: la misma recomendación en otros ciclos (haga doble clic en una para abrirla)</translation>
        </message>
        <message>
            <source>Link to a recommendation of another cycle…</source>
            <translation>Vincular a una recomendación de otro ciclo…</translation>
        </message>
        <message>
            <source>Remove the link</source>
            <translation>Quitar el vínculo</translation>
        </message>
        <message>
            <source>Suggest links for this State</source>
            <translation>Sugerir vínculos para este Estado</translation>
        </message>
        <message>
            <source>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</source>
            <translation>Se sugieren los textos de ciclos consecutivos suficientemente parecidos (puntuación de %1 sobre 100 o más); una persona acepta o rechaza cada uno.</translation>
        </message>
        <message>
            <source>this one</source>
            <translation>esta</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <source>confirmed (through another)</source>
            <translation>confirmado (a través de otra)</translation>
        </message>
        <message>
            <source>suggested, score %1</source>
            <translation>sugerido, puntuación %1</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>sugerido</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>%1: confirm that this is the same recommendation made again</source>
            <translation>%1: confirmar que es la misma recomendación formulada de nuevo</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>not the same recommendation: it will not be suggested again</source>
            <translation>no es la misma recomendación: no se volverá a sugerir</translation>
        </message>
        <message>
            <source>Saving the link…</source>
            <translation>Guardando el vínculo…</translation>
        </message>
        <message>
            <source>Suggestion accepted: recommended again (confirmed).</source>
            <translation>Sugerencia aceptada: recomendada de nuevo (confirmado).</translation>
        </message>
        <message>
            <source>Suggestion rejected: this pair will not be suggested again.</source>
            <translation>Sugerencia rechazada: este par no se volverá a sugerir.</translation>
        </message>
        <message>
            <source>Link removed.</source>
            <translation>Vínculo quitado.</translation>
        </message>
        <message>
            <source>Linked: recommended again (confirmed).</source>
            <translation>Vinculada: recomendada de nuevo (confirmado).</translation>
        </message>
        <message numerus="yes">
            <source>%n new suggestion(s) for %1 (%2 pairs already linked or decided).</source>
            <translation>
                <numerusform>%n sugerencia nueva para %1 (%2 pares ya vinculados o decididos).</numerusform>
                <numerusform>%n sugerencias nuevas para %1 (%2 pares ya vinculados o decididos).</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting recommendations made again (%1)…</source>
            <translation>Sugiriendo recomendaciones formuladas de nuevo (%1)…</translation>
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
        <name>ReportDates</name>
        <message>
            <source>until %1</source>
            <translation>hasta %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Country brief (one review)</source>
            <translation>Nota informativa sobre el país (un examen)</translation>
        </message>
        <message>
            <source>Thematic brief (a theme or a search, across States and cycles)</source>
            <translation>Nota temática (un tema o una búsqueda, en todos los Estados y ciclos)</translation>
        </message>
        <message>
            <source>Mid-term implementation report (one review)</source>
            <translation>Informe de mitad de período sobre la aplicación (un examen)</translation>
        </message>
        <message>
            <source>Milestones timeline (a review or a plan of action)</source>
            <translation>Cronología de los hitos de aplicación (un examen o un plan de acción)</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Briefing report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Informe:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>&amp;Ciclo:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>or words to search for, instead of a theme</source>
            <translation>o palabras que buscar, en lugar de un tema</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>&amp;Búsqueda:</translation>
        </message>
        <message>
            <source>&amp;Plan of action:</source>
            <translation>&amp;Plan de acción:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Secciones:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Include confidential notes (the cover will say so)</source>
            <translation>Incluir las notas confidenciales (la portada lo indicará)</translation>
        </message>
        <message>
            <source>Use suggested themes where none is confirmed (marked †)</source>
            <translation>Usar los temas sugeridos donde no hay ninguno confirmado (marcados con †)</translation>
        </message>
        <message>
            <source>your organisation, named on the cover</source>
            <translation>su organización, que figurará en la portada</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose what the report covers, then Preview to see its pages.</source>
            <translation>Elija lo que abarca el informe y pulse Vista previa para ver sus páginas.</translation>
        </message>
        <message>
            <source>Any State</source>
            <translation>Todos los Estados</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Any cycle</source>
            <translation>Todos los ciclos</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Ciclo %1</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s).</source>
            <translation>
                <numerusform>%n página.</numerusform>
                <numerusform>%n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <source>Saved to %1. It includes confidential notes.</source>
            <translation>Guardado en %1. Incluye notas confidenciales.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Guardado en %1.</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</source>
            <translation>La base de datos aún no contiene ninguna recomendación del examen de %1 en el ciclo %2: importe el informe del Grupo de Trabajo para completar este informe.</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Ciclo %1 (%2)</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Ciclo %1</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1 (%2)</source>
            <translation>Examen Periódico Universal, ciclo %1 (%2)</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1</source>
            <translation>Examen Periódico Universal, ciclo %1</translation>
        </message>
        <message>
            <source>%1, Working Group session %2</source>
            <translation>%1, %2º período de sesiones del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>%1, reviewed on %2</source>
            <translation>%1, examinado el %2</translation>
        </message>
        <message>
            <source>%1 · UPR cycle %2 · %3</source>
            <translation>%1 · EPU, ciclo %2 · %3</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>su organización</translation>
        </message>
        <message numerus="yes">
            <source>Contains %n confidential note(s): do not share outside %1.</source>
            <translation>
                <numerusform>Notas confidenciales: %n. No distribuir fuera de %1.</numerusform>
                <numerusform>Notas confidenciales: %n. No distribuir fuera de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENCIAL</translation>
        </message>
    </context>
    <context>
        <name>ReportProgress</name>
        <message>
            <source>Finding the review</source>
            <translation>Buscando el examen</translation>
        </message>
        <message>
            <source>Reading the recommendations</source>
            <translation>Leyendo las recomendaciones</translation>
        </message>
        <message>
            <source>Composing the brief</source>
            <translation>Redactando la nota</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>Informe escrito</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Escribiendo el informe</translation>
        </message>
        <message>
            <source>Reading the recommendations and their assessments</source>
            <translation>Leyendo las recomendaciones y sus evaluaciones</translation>
        </message>
        <message>
            <source>Composing the report</source>
            <translation>Redactando el informe</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>Escribiendo la página %1 de %2</translation>
        </message>
        <message>
            <source>Report composed</source>
            <translation>Informe redactado</translation>
        </message>
        <message>
            <source>Laying out the report</source>
            <translation>Maquetando el informe</translation>
        </message>
        <message>
            <source>Finding the theme</source>
            <translation>Buscando el tema</translation>
        </message>
        <message>
            <source>Finding the review or the plan</source>
            <translation>Buscando el examen o el plan</translation>
        </message>
        <message>
            <source>Reading the plan and its items</source>
            <translation>Leyendo el plan y sus elementos</translation>
        </message>
        <message>
            <source>Reading the milestones</source>
            <translation>Leyendo los hitos de aplicación</translation>
        </message>
        <message>
            <source>Composing the timeline</source>
            <translation>Redactando la cronología</translation>
        </message>
    </context>
    <context>
        <name>ReportSection</name>
        <message>
            <source>Summary: counts by position, implementation and theme</source>
            <translation>Resumen: cifras por posición, aplicación y tema</translation>
        </message>
        <message>
            <source>Charts of positions and implementation</source>
            <translation>Gráficos de las posiciones y la aplicación</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Recomendaciones por tema</translation>
        </message>
        <message>
            <source>Summary: counts by cycle and by State</source>
            <translation>Resumen: cifras por ciclo y por Estado</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Recomendaciones reiteradas de un ciclo a otro</translation>
        </message>
        <message>
            <source>Recommendations by cycle</source>
            <translation>Recomendaciones por ciclo</translation>
        </message>
        <message>
            <source>Summary: implementation by position and by source</source>
            <translation>Resumen: aplicación por posición y por fuente</translation>
        </message>
        <message>
            <source>Recommendations with their assessments</source>
            <translation>Recomendaciones con sus evaluaciones</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Hitos de aplicación</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
    </context>
    <context>
        <name>ReportTemplate</name>
        <message>
            <source>Country brief</source>
            <translation>Nota informativa sobre el país</translation>
        </message>
        <message>
            <source>Thematic brief</source>
            <translation>Nota temática</translation>
        </message>
        <message>
            <source>Mid-term implementation report</source>
            <translation>Informe de mitad de período sobre la aplicación</translation>
        </message>
        <message>
            <source>Milestones timeline</source>
            <translation>Cronología de los hitos de aplicación</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>No position yet</source>
            <translation>Sin posición aún</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>Sin tema</translation>
        </message>
        <message>
            <source>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</source>
            <translation>Los temas marcados con %1 son sugeridos por UPR Tracker cuando ninguna persona los ha confirmado.</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Temas de UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Temas del ACNUDH</translation>
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
            <source>%1 (considered implemented)</source>
            <translation>%1 (considerada aplicada)</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>No evaluada</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(sin número)</translation>
        </message>
        <message>
            <source>National report</source>
            <translation>Informe nacional</translation>
        </message>
        <message>
            <source>UN compilation</source>
            <translation>Recopilación de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Summary of stakeholders' submissions</source>
            <translation>Resumen de las comunicaciones de las partes interesadas</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Informe del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>The State's reply (addendum)</source>
            <translation>Respuestas del Estado examinado (adición)</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>no symbol</source>
            <translation>sin signatura</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Position and implementation</source>
            <translation>Posición y aplicación</translation>
        </message>
        <message>
            <source>Latest milestone and note</source>
            <translation>Último hito y última nota</translation>
        </message>
        <message>
            <source>Recommended by %1</source>
            <translation>Recomendación formulada por: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Hito: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Estados recomendantes</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Aplicación</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>Event %1, written %2</source>
            <translation>Hecho del %1, redactada el %2</translation>
        </message>
        <message>
            <source>Confidential — %1, %2: %3</source>
            <translation>Confidencial — %1, %2: %3</translation>
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
            <translation>Marcar como resuelto</translation>
        </message>
        <message>
            <source>How it was resolved: checked against the printed document, left as it is because…</source>
            <translation>Cómo se resolvió: comprobado con el documento impreso, dejado como está porque…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a problem's title: its message</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Write how the problem was resolved.</source>
            <translation>Escriba cómo se resolvió el problema.</translation>
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
        <name>ReviewDatesDialog</name>
        <message>
            <source>&amp;Adoption at the Council:</source>
            <translation>&amp;Aprobación en el Consejo:</translation>
        </message>
        <message>
            <source>&amp;Mid-term report:</source>
            <translation>Informe de &amp;mitad de período:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>Examen &amp;siguiente:</translation>
        </message>
        <message>
            <source>estimated from the calendar of sessions</source>
            <translation>estimada según el calendario de períodos de sesiones</translation>
        </message>
        <message>
            <source>Dates of the review — %1</source>
            <translation>Fechas del examen — %1</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <comment>how a date is typed: year, month, day</comment>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>the format of a date in a sentence</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, período de sesiones %2 del Grupo de Trabajo, celebrado el %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, período de sesiones %2 del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, held %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, celebrado el %2</translation>
        </message>
        <message>
            <source>Saving the dates…</source>
            <translation>Guardando las fechas…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>Nuevo examen</translation>
        </message>
        <message>
            <source>Known:</source>
            <translation>Conocido:</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Estado examinado</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Período de sesiones del Grupo de Trabajo</translation>
        </message>
        <message>
            <source>Day of the review</source>
            <translation>Día del examen</translation>
        </message>
        <message>
            <source>State: “%1” is not in the list; choose one.</source>
            <translation>Estado: “%1” no está en la lista; elija uno.</translation>
        </message>
        <message>
            <source>State: choose the State under review.</source>
            <translation>Estado: elija el Estado examinado.</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation>Enviar cambios a un colega</translation>
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation>Escribe los cambios de esta base de datos en un archivo cifrado firmado por este portátil, para llevarlo a un colega (en una memoria USB). Las notas confidenciales guardadas en este portátil se quedan aquí.</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Escribir en:</translation>
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation>Todo (para cualquier miembro del equipo)</translation>
        </message>
        <message>
            <source>What %1 may lack</source>
            <translation>Lo que puede faltarle a %1</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Cambios:</translation>
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation>La frase de contraseña de paquetes del equipo</translation>
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation>Las claves de los colegas</translation>
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation>Cifrar con:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Frase de contraseña:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Repítala:</translation>
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation>Los archivos de clave de los colegas (upr-tracker bundle key); si no hay ninguno, la clave del colega elegido conocida aquí</translation>
        </message>
        <message>
            <source>Add a key file…</source>
            <translation>Añadir un archivo de clave…</translation>
        </message>
        <message>
            <source>Key files:</source>
            <translation>Archivos de clave:</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Escribir</translation>
        </message>
        <message>
            <source>Write the changes to</source>
            <translation>Escribir los cambios en</translation>
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation>Archivos de clave de los colegas</translation>
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation>Elija el archivo en el que escribir los cambios.</translation>
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation>Escriba la frase de contraseña de paquetes del equipo (dos veces).</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation>Añada el archivo de clave de cada colega al que van destinados los cambios (lo escribe con: upr-tracker bundle key), o elija un colega cuya clave se conozca aquí.</translation>
        </message>
    </context>
    <context>
        <name>SplitTextDialog</name>
        <message>
            <source>Split the text</source>
            <translation>Dividir el texto</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Dividir</translation>
        </message>
        <message>
            <source>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</source>
            <translation>Un mismo texto responde a dos grupos de recomendaciones. Haga clic en la línea donde empieza la segunda respuesta y luego indique a qué recomendaciones responde cada parte.</translation>
        </message>
        <message>
            <source>First part answers</source>
            <translation>La primera parte responde a</translation>
        </message>
        <message>
            <source>Second part answers</source>
            <translation>La segunda parte responde a</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Posición:</translation>
        </message>
        <message>
            <source>Choose a line after the first one: the second part begins there.</source>
            <translation>Elija una línea posterior a la primera: allí empieza la segunda parte.</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3: “%4”</source>
            <translation>Líneas %1 a %2, sus palabras: %3: “%4”</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3</source>
            <translation>Líneas %1 a %2, sus palabras: %3</translation>
        </message>
        <message>
            <source>Tick the recommendations each part answers.</source>
            <translation>Marque las recomendaciones a las que responde cada parte.</translation>
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
            <translation>%1 sugerido, confianza %2: no es todavía un valor hasta que una persona lo acepte</translation>
        </message>
        <message>
            <source>Accept: %1 becomes the recommendation's %2</source>
            <translation>Aceptar: %1 pasa a ser el valor «%2» de la recomendación</translation>
        </message>
        <message>
            <source>Accept the suggestion %1</source>
            <translation>Aceptar la sugerencia %1</translation>
        </message>
        <message>
            <source>Reject: %1 will not be suggested again for this recommendation</source>
            <translation>Rechazar: %1 no se volverá a sugerir para esta recomendación</translation>
        </message>
        <message>
            <source>Reject the suggestion %1</source>
            <translation>Rechazar la sugerencia %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChips</name>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sugerido:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</source>
            <translation>Sugerido por la aplicación a partir del texto, para que una persona lo acepte (✓) o lo rechace (✗); un valor fijado por una persona o un documento nunca se reemplaza</translation>
        </message>
        <message>
            <source>Accepting the suggestion…</source>
            <translation>Aceptando la sugerencia…</translation>
        </message>
        <message>
            <source>Rejecting the suggestion…</source>
            <translation>Rechazando la sugerencia…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTableModel</name>
        <message>
            <source>Label</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Suggested value</source>
            <translation>Valor sugerido</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confianza</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Action category</source>
            <translation>Categoría de acción</translation>
        </message>
        <message>
            <source>UPR Info issue</source>
            <translation>Tema de UPR Info</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SDG %1</source>
            <translation>ODS %1</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsView</name>
        <message>
            <source>%</source>
            <comment>a percent after a number</comment>
            <translation> %</translation>
        </message>
        <message>
            <source>Confidence above, in percent</source>
            <translation>Confianza superior a, en porcentaje</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Action categories</source>
            <translation>Categorías de acción</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Temas de UPR Info</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Examen:</translation>
        </message>
        <message>
            <source>Confidence &amp;above:</source>
            <translation>Confianza &amp;superior a:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>✓ &amp;Accept selected</source>
            <translation>✓ &amp;Aceptar lo seleccionado</translation>
        </message>
        <message>
            <source>The selected suggestions become values of their recommendations, accepted by you</source>
            <translation>Las sugerencias seleccionadas pasan a ser valores de sus recomendaciones, aceptados por usted</translation>
        </message>
        <message>
            <source>✗ R&amp;eject selected</source>
            <translation>✗ R&amp;echazar lo seleccionado</translation>
        </message>
        <message>
            <source>The selected suggestions are not suggested again</source>
            <translation>Las sugerencias seleccionadas no se volverán a sugerir</translation>
        </message>
        <message>
            <source>Accept a&amp;ll shown…</source>
            <translation>Aceptar &amp;todo lo mostrado…</translation>
        </message>
        <message>
            <source>Every suggestion the filters show, not only the rows on screen (you are told how many first)</source>
            <translation>Todas las sugerencias que muestran los filtros, no solo las filas en pantalla (primero se le indica cuántas)</translation>
        </message>
        <message>
            <source>&amp;Suggest categories and themes…</source>
            <translation>&amp;Sugerir categorías y temas…</translation>
        </message>
        <message numerus="yes">
            <source>%1, cycle %2 (%n pending)</source>
            <translation>
                <numerusform>%1, ciclo %2 (%n pendiente)</numerusform>
                <numerusform>%1, ciclo %2 (%n pendientes)</numerusform>
            </translation>
        </message>
        <message>
            <source>No review has suggestions</source>
            <translation>Ningún examen tiene sugerencias</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) shown</source>
            <translation>
                <numerusform>%n sugerencia mostrada</numerusform>
                <numerusform>%n sugerencias mostradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n sugerencia aceptada.</numerusform>
                <numerusform>%n sugerencias aceptadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) rejected: they will not be suggested again.</source>
            <translation>
                <numerusform>%n sugerencia rechazada: no se volverá a sugerir.</numerusform>
                <numerusform>%n sugerencias rechazadas: no se volverán a sugerir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be: %1</source>
            <translation>
                <numerusform>%n no se pudo: %1</numerusform>
                <numerusform>%n no se pudieron: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the decisions…</source>
            <translation>Guardando las decisiones…</translation>
        </message>
        <message>
            <source>Accept all shown</source>
            <translation>Aceptar todo lo mostrado</translation>
        </message>
        <message numerus="yes">
            <source>Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</source>
            <translation>
                <numerusform>¿Aceptar la %n sugerencia mostrada? Pasa a ser un valor de su recomendación, aceptado por usted (el registro de cambios lo indica).</numerusform>
                <numerusform>¿Aceptar las %n sugerencias mostradas? Cada una pasa a ser un valor de su recomendación, aceptado por usted (el registro de cambios lo indica).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepting the suggestions…</source>
            <translation>Aceptando las sugerencias…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</source>
            <translation>
                <numerusform>%n sugerencia guardada para %1 recomendaciones examinadas (%2 valores fijados por una persona o un documento no se tocaron).</numerusform>
                <numerusform>%n sugerencias guardadas para %1 recomendaciones examinadas (%2 valores fijados por una persona o un documento no se tocaron).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</source>
            <translation>La base de datos abierta es la del propio servidor del equipo: es con ella con la que se sincronizan los portátiles, así que aquí no hay nada que sincronizar.</translation>
        </message>
        <message numerus="yes">
            <source>Synced %1: %2 out, %3 in, %n conflict(s)</source>
            <translation>
                <numerusform>Sincronizada a las %1: %2 enviados, %3 recibidos, %n conflicto</numerusform>
                <numerusform>Sincronizada a las %1: %2 enviados, %3 recibidos, %n conflictos</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Aún no sincronizada</translation>
        </message>
        <message>
            <source>the server asks for a password (File ▸ Sync now)</source>
            <translation>el servidor pide una contraseña (Archivo ▸ Sincronizar ahora)</translation>
        </message>
        <message>
            <source>the server refused the password (File ▸ Sync now)</source>
            <translation>el servidor rechazó la contraseña (Archivo ▸ Sincronizar ahora)</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>servidor inaccesible</translation>
        </message>
        <message>
            <source>an unexpected error (%1; see the log)</source>
            <translation>un error inesperado (%1; consulte el registro)</translation>
        </message>
    </context>
    <context>
        <name>TableCounts</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recomendación</numerusform>
                <numerusform>%n recomendaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)…</source>
            <translation>
                <numerusform>%n recomendación…</numerusform>
                <numerusform>%n recomendaciones…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n apoyada</numerusform>
                <numerusform>%n apoyadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n anotada</numerusform>
                <numerusform>%n anotadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partially</source>
            <translation>
                <numerusform>%n apoyada parcialmente</numerusform>
                <numerusform>%n apoyadas parcialmente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n por revisar</numerusform>
                <numerusform>%n por revisar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Working…</source>
            <translation>Procesando…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>TLS si el servidor lo ofrece (prefer)</translation>
        </message>
        <message>
            <source>TLS always, certificate not checked (require)</source>
            <translation>TLS siempre, sin comprobar el certificado (require)</translation>
        </message>
        <message>
            <source>TLS always, the server's certificate and name checked (verify-full)</source>
            <translation>TLS siempre, comprobando el certificado y el nombre del servidor (verify-full)</translation>
        </message>
        <message>
            <source>no TLS (disable): only on a network you trust</source>
            <translation>sin TLS (disable): solo en una red de confianza</translation>
        </message>
        <message>
            <source>The server asks for the password of %1: type it above.</source>
            <translation>El servidor pide la contraseña de %1: escríbala arriba.</translation>
        </message>
        <message>
            <source>The server refused the password of %1 (or does not know this user). Type it again.</source>
            <translation>El servidor rechazó la contraseña de %1 (o no conoce a este usuario). Vuelva a escribirla.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2: %3</source>
            <translation>No se pudo abrir %1: %2: %3</translation>
        </message>
        <message>
            <source>Open a team database</source>
            <translation>Abrir una base de datos del equipo</translation>
        </message>
        <message>
            <source>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</source>
            <translation>Una base de datos que su equipo comparte en un servidor PostgreSQL. Sus cambios se registran con el nombre de usuario del servidor. La contraseña no se recuerda (~/.pgpass o PGPASSWORD pueden guardarla en su lugar).</translation>
        </message>
        <message>
            <source>Recent servers:</source>
            <translation>Servidores recientes:</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>(from ~/.pgpass or PGPASSWORD if empty)</source>
            <translation>(de ~/.pgpass o PGPASSWORD si está vacía)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;uerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>&amp;TLS:</translation>
        </message>
        <message>
            <source>Give the server's name or address (the host).</source>
            <translation>Indique el nombre o la dirección del servidor (el host).</translation>
        </message>
        <message>
            <source>Give the database's name (often upr).</source>
            <translation>Indique el nombre de la base de datos (a menudo upr).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Conectando con %1…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
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
        <name>TermsDialog</name>
        <message>
            <source>UPR Info issues</source>
            <translation>Temas de UPR Info</translation>
        </message>
        <message>
            <source>Filter the issues…</source>
            <translation>Filtrar los temas…</translation>
        </message>
    </context>
    <context>
        <name>ThematicBrief</name>
        <message>
            <source>cycle %1</source>
            <translation>ciclo %1</translation>
        </message>
        <message>
            <source>No recommendation %1 (%2) is in the database.</source>
            <translation>Ninguna recomendación %1 (%2) figura en la base de datos.</translation>
        </message>
        <message>
            <source>No recommendation %1 is in the database.</source>
            <translation>Ninguna recomendación %1 figura en la base de datos.</translation>
        </message>
        <message>
            <source>Universal Periodic Review recommendations %1: %2</source>
            <translation>Recomendaciones del Examen Periódico Universal %1: %2</translation>
        </message>
        <message>
            <source>all States, all cycles</source>
            <translation>todos los Estados, todos los ciclos</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>EPU, ciclo %1</translation>
        </message>
        <message>
            <source>Thematic brief: %1</source>
            <translation>Nota temática: %1</translation>
        </message>
        <message>
            <source>on %1 whose text matches “%2”</source>
            <translation>sobre «%1» cuyo texto coincide con «%2»</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>sobre «%1»</translation>
        </message>
        <message>
            <source>whose text matches “%1”</source>
            <translation>cuyo texto coincide con «%1»</translation>
        </message>
        <message numerus="yes">
            <source>%n State(s)</source>
            <translation>
                <numerusform>Estados: %n</numerusform>
                <numerusform>Estados: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>cycles %1 and %2</source>
            <translation>ciclos %1 y %2</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>%1 to %2, in %3.</source>
            <translation>%1; %2; %3.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <source>States reviewed</source>
            <translation>Estados examinados</translation>
        </message>
        <message>
            <source>By cycle: the States that received such recommendations, and the State's positions</source>
            <translation>Por ciclo: los Estados que recibieron esas recomendaciones y la posición del Estado</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>By State under review</source>
            <translation>Por Estado examinado</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Recomendaciones reiteradas de un ciclo a otro</translation>
        </message>
        <message>
            <source>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</source>
            <translation>Recomendaciones que reiteran una de esta nota: vinculadas como reiteradas (anterior → posterior), o redactadas igual para el mismo Estado en otro ciclo. Una reiteración que no lleva el tema ni coincide con la búsqueda se marca «fuera de esta nota».</translation>
        </message>
        <message>
            <source>None of these recommendations was made again in another cycle, as far as the links and the wording show.</source>
            <translation>Ninguna de estas recomendaciones se reiteró en otro ciclo, según los vínculos y la redacción.</translation>
        </message>
        <message>
            <source>linked and same wording</source>
            <translation>vinculadas, misma redacción</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>vinculadas</translation>
        </message>
        <message>
            <source>same wording</source>
            <translation>misma redacción</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (outside this brief)</source>
            <translation>%1 (fuera de esta nota)</translation>
        </message>
        <message>
            <source>Recommended before in %1.</source>
            <translation>Recomendada antes: %1.</translation>
        </message>
        <message>
            <source>Recommended again in %1.</source>
            <translation>Recomendada de nuevo: %1.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two labels</comment>
            <translation> y </translation>
        </message>
        <message>
            <source>cycle %1 as %2</source>
            <translation>ciclo %1, n.º %2</translation>
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
            <translation>Cronología de los hitos de aplicación: %1</translation>
        </message>
        <message>
            <source>Plan of action of %1, %2, with its items</source>
            <translation>Plan de acción de %1, %2, con sus elementos</translation>
        </message>
        <message>
            <source>Plan of action of %1, with its items</source>
            <translation>Plan de acción de %1, con sus elementos</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</source>
            <translation>Los hitos de aplicación vinculados a al menos una recomendación de este examen, y cada plan de acción entre ellos con todos sus elementos.</translation>
        </message>
        <message numerus="yes">
            <source>%n other milestone(s) of %1 are not linked to it and not shown.</source>
            <translation>
                <numerusform>Otros hitos de %1 no vinculados a este examen y no mostrados: %n.</numerusform>
                <numerusform>Otros hitos de %1 no vinculados a este examen y no mostrados: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestone is linked to a recommendation of this review yet.</source>
            <translation>Aún no hay ningún hito de aplicación vinculado a una recomendación de este examen.</translation>
        </message>
        <message>
            <source>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</source>
            <translation>La situación se deduce de las fechas: prevista (fechada después de este informe), hasta o finalizada (un hito con fecha de finalización).</translation>
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
            <source>Status</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Vence: %1</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Finalizada: %1</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>Hasta %1</translation>
        </message>
        <message>
            <source>%1; due %2</source>
            <translation>%1; vence: %2</translation>
        </message>
        <message>
            <source>cycle %1: %2</source>
            <translation>ciclo %1: %2</translation>
        </message>
        <message>
            <source>%1 cycle %2: %3</source>
            <translation>%1, ciclo %2: %3</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Deshecho: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Rehecho: %1</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>UPR Tracker user guide</source>
            <translation>Guía del usuario de UPR Tracker</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>A&amp;delante</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>Í&amp;ndice</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <source>This guide is written in English, and names the menus and buttons as they are in English.</source>
            <translation>Esta guía está redactada en inglés y nombra los menús y los botones tal como aparecen en inglés.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No encontrado</translation>
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
        <name>WindowBackups</name>
        <message>
            <source>⚠ Backup failed</source>
            <translation>⚠ Error en la copia de seguridad</translation>
        </message>
        <message>
            <source>Backed up automatically to %1.</source>
            <translation>Copia de seguridad automática en %1.</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then back it up.</source>
            <translation>%1 está bloqueada: desbloquéela con su frase de contraseña y después haga la copia de seguridad.</translation>
        </message>
        <message>
            <source>Backing up %1…</source>
            <translation>Haciendo copia de seguridad de %1…</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3).</source>
            <translation>Copia de seguridad de %1 guardada en %2 (en %3).</translation>
        </message>
        <message>
            <source>Back up the team database to</source>
            <translation>Guardar la copia de seguridad de la base de datos del equipo en</translation>
        </message>
        <message>
            <source>pg_dump backups (*.dump)</source>
            <translation>Copias de seguridad de pg_dump (*.dump)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</source>
            <translation>Copia de seguridad de %1 guardada en %2 (en %3; upr-tracker restore --db URL --from FILE la restaura). Advertencia: %4.</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</source>
            <translation>Copia de seguridad de %1 guardada en %2 (en %3; upr-tracker restore --db URL --from FILE la restaura).</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>Copia de seguridad incompleta</translation>
        </message>
        <message>
            <source>Backing up the team database…</source>
            <translation>Haciendo copia de seguridad de la base de datos del equipo…</translation>
        </message>
        <message>
            <source>Backups of a team database</source>
            <translation>Copias de seguridad de una base de datos del equipo</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then restore.</source>
            <translation>%1 está bloqueada: desbloquéela con su frase de contraseña y después restáurela.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</source>
            <translation>¿Restaurar %1 desde la copia de seguridad del %2 (%3)?

Esto reemplaza la base de datos tal como está ahora. Primero se hace una copia del estado actual (como «antes de una restauración», en %4), para que pueda volver a él.</translation>
        </message>
        <message>
            <source>Restoring %1 from the backup of %2…</source>
            <translation>Restaurando %1 desde la copia de seguridad del %2…</translation>
        </message>
        <message>
            <source>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</source>
            <translation>La restauración no comenzó: todavía hay otro trabajo en curso (una importación, una exportación o un informe). No se cambió nada. Vuelva a intentarlo cuando haya terminado.</translation>
        </message>
        <message>
            <source>

The database as it was is kept in %1: restore that backup to go back to it.</source>
            <translation>

La base de datos tal como estaba se conserva en %1: restaure esa copia de seguridad para volver a ella.</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2: %3, %4.</source>
            <translation>%1 restaurada desde la copia de seguridad del %2: %3, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recomendación</numerusform>
                <numerusform>%n recomendaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurada</translation>
        </message>
        <message>
            <source>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</source>
            <translation>La restauración falló: %1

Tampoco se pudo volver a abrir %2: %3

Ábrala con Archivo ▸ Abrir base de datos… o restaure otra copia de seguridad.</translation>
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
        <name>WindowEncryption</name>
        <message>
            <source>&amp;Lock the database</source>
            <translation>&amp;Bloquear la base de datos</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>&amp;Cifrado</translation>
        </message>
        <message>
            <source>&amp;Encrypt this database…</source>
            <translation>&amp;Cifrar esta base de datos…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>Ca&amp;mbiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>&amp;Quitar el cifrado…</translation>
        </message>
        <message>
            <source>&amp;Lock after a time without use…</source>
            <translation>&amp;Bloquear tras un tiempo sin uso…</translation>
        </message>
        <message>
            <source>Encrypt the database</source>
            <translation>Cifrar la base de datos</translation>
        </message>
        <message>
            <source>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</source>
            <translation>%1 y sus copias de seguridad se cifrarán: sin la frase de contraseña nadie podrá leerlas, ni siquiera usted.</translation>
        </message>
        <message>
            <source>Encrypting %1…</source>
            <translation>Cifrando %1…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</source>
            <translation>La base de datos y sus copias de seguridad solo se abrirán con la nueva frase de contraseña. (Volver a poner la misma frase de contraseña solo cambia las copias que un cambio anterior no pudo cambiar.)</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <source>Remove the encryption</source>
            <translation>Quitar el cifrado</translation>
        </message>
        <message>
            <source>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</source>
            <translation>%1 y sus copias de seguridad podrá leerlas cualquiera que tenga los archivos. ¿Quitar el cifrado?</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>Quitando el cifrado…</translation>
        </message>
        <message>
            <source>%1 (once the work under way is done)</source>
            <translation>%1 (cuando termine el trabajo en curso)</translation>
        </message>
        <message numerus="yes">
            <source>%1 is encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 está cifrada, junto con %n copia de seguridad.</numerusform>
                <numerusform>%1 está cifrada, junto con %n copias de seguridad.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is encrypted.</source>
            <translation>%1 está cifrada.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is no longer encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 ya no está cifrada, ni tampoco %n copia de seguridad.</numerusform>
                <numerusform>%1 ya no está cifrada, ni tampoco %n copias de seguridad.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer encrypted.</source>
            <translation>%1 ya no está cifrada.</translation>
        </message>
        <message>
            <source>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 está cifrada, pero estas copias de seguridad no se pudieron cambiar y siguen como estaban:

%2

Cuando se resuelva la causa, Herramientas ▸ Cifrado ▸ Cambiar la frase de contraseña… con la misma frase de contraseña también las cambia.</translation>
        </message>
        <message>
            <source>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 ya no está cifrada, pero estas copias de seguridad no se pudieron cambiar y siguen como estaban:

%2

Cuando se resuelva la causa, Herramientas ▸ Cifrado ▸ Cambiar la frase de contraseña… con la misma frase de contraseña también las cambia.</translation>
        </message>
        <message>
            <source>Some backups are as they were</source>
            <translation>Algunas copias de seguridad siguen como estaban</translation>
        </message>
        <message>
            <source>Lock after a time without use</source>
            <translation>Bloquear tras un tiempo sin uso</translation>
        </message>
        <message>
            <source>Lock an encrypted database after this many minutes without use (0: never):</source>
            <translation>Bloquear una base de datos cifrada tras estos minutos sin uso (0: nunca):</translation>
        </message>
    </context>
    <context>
        <name>WindowImportExport</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</source>
            <translation>Todo lo que lee UPR Tracker (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>Documentos de las Naciones Unidas (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.xlsx *.xls)</source>
            <translation>Conjuntos de datos (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>Exportaciones de UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import documents and datasets</source>
            <translation>Importar documentos y conjuntos de datos</translation>
        </message>
        <message>
            <source>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</source>
            <translation>Importado. Algunos puntos requieren revisión: Herramientas ▸ Problemas por revisar (Ctrl+3).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tabla CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for another UPR Tracker (*.json)</source>
            <translation>JSON, todo, para otro UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>Export the recommendations shown</source>
            <translation>Exportar las recomendaciones mostradas</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2. It is encrypted.</source>
            <translation>Recomendaciones exportadas: %1, en %2. Está cifrado.</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2.</source>
            <translation>Recomendaciones exportadas: %1, en %2.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exportando a %1…</translation>
        </message>
    </context>
    <context>
        <name>WindowManualEntry</name>
        <message>
            <source>New re&amp;view…</source>
            <translation>Nuevo e&amp;xamen…</translation>
        </message>
        <message>
            <source>New &amp;recommendation…</source>
            <translation>Nueva &amp;recomendación…</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Editar la recomendación…</translation>
        </message>
        <message>
            <source>There is no review yet: add one first (Edit ▸ New review…).</source>
            <translation>Todavía no hay ningún examen: añada uno primero (Editar ▸ Nuevo examen…).</translation>
        </message>
        <message>
            <source>Choose the recommendation to edit first.</source>
            <translation>Elija primero la recomendación que editar.</translation>
        </message>
        <message>
            <source>Position recorded</source>
            <translation>Posición registrada</translation>
        </message>
    </context>
    <context>
        <name>WindowSuggestions</name>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>Su&amp;gerencias</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Sugerencias</translation>
        </message>
        <message>
            <source>Suggest categories and &amp;themes…</source>
            <translation>Sugerir categorías y &amp;temas…</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</source>
            <translation>Sugerir categorías de acción, temas de UPR Info y ODS donde las recomendaciones no los tienen</translation>
        </message>
        <message>
            <source>Su&amp;ggestions (%1)</source>
            <translation>Su&amp;gerencias (%1)</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</source>
            <translation>¿Sugerir categorías de acción, temas de UPR Info y ODS donde las recomendaciones no los tienen: para %1, ciclo %2, o para todos los exámenes? Los valores fijados por una persona o un documento no se tocan.</translation>
        </message>
        <message>
            <source>Suggest categories and themes</source>
            <translation>Sugerir categorías y temas</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>Este examen</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Todos los exámenes</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (%1, cycle %2)…</source>
            <translation>Sugiriendo categorías y temas (%1, ciclo %2)…</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (all reviews)…</source>
            <translation>Sugiriendo categorías y temas (todos los exámenes)…</translation>
        </message>
        <message>
            <source>Suggesting was cancelled: the suggestions stay as they were.</source>
            <translation>Se canceló la sugerencia: las sugerencias quedan como estaban.</translation>
        </message>
    </context>
    <context>
        <name>WindowSync</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;incronizar ahora</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Sincronizar &amp;automáticamente</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>Servidor del equipo: %1</translation>
        </message>
        <message>
            <source>File ▸ Sync now to choose the team server</source>
            <translation>Archivo ▸ Sincronizar ahora para elegir el servidor del equipo</translation>
        </message>
        <message>
            <source>the team server</source>
            <translation>el servidor del equipo</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>Sincronizando con %1…</translation>
        </message>
        <message>
            <source>Sync cancelled %1</source>
            <translation>Sincronización cancelada a las %1</translation>
        </message>
        <message>
            <source>Sync failed %1: %2</source>
            <translation>Error de sincronización a las %1: %2</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Error de sincronización: %1</translation>
        </message>
        <message>
            <source>Sync with the team server</source>
            <translation>Sincronizar con el servidor del equipo</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sincronizar</translation>
        </message>
    </context>
    <context>
        <name>WindowTableQuery</name>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>%1+ recommendations…</source>
            <translation>%1+ recomendaciones…</translation>
        </message>
        <message>
            <source>No recommendation matches “%1”.</source>
            <translation>Ninguna recomendación coincide con «%1».</translation>
        </message>
        <message>
            <source>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</source>
            <translation>Ninguna recomendación cumple estos filtros. Ver ▸ Borrar filtros y búsqueda (Ctrl+Mayús+X).</translation>
        </message>
        <message>
            <source>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</source>
            <translation>Esta base de datos aún no tiene recomendaciones.
Importe un informe del Grupo de Trabajo, una adición, una matriz del ACNUDH o una exportación de UPR Info: Archivo ▸ Importar documentos o conjuntos de datos… (Ctrl+I).</translation>
        </message>
        <message>
            <source>Nothing to show here yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
    </context>
    <context>
        <name>_DelayedProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>_LabelChecklist</name>
        <message>
            <source>Filter labels (e.g. 97.1)</source>
            <translation>Filtrar los números (p. ej., 97.1)</translation>
        </message>
    </context>
</TS>
