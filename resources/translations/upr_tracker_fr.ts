<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</source>
            <translation>&lt;p&gt;UPR Tracker est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Il comprend des bibliothèques et des polices sous leurs propres licences (dont Qt, sous la LGPL-3.0) : voir les mentions des tiers.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>Mentions des tiers</translation>
        </message>
        <message>
            <source>Third-party notices…</source>
            <translation>Mentions des tiers…</translation>
        </message>
    </context>
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
        <name>AddTermDialog</name>
        <message>
            <source>Add a term to %1</source>
            <translation>Ajouter un terme à %1</translation>
        </message>
        <message>
            <source>optional (an SDG number, an OHCHR code such as A12)</source>
            <translation>facultatif (un numéro d'ODD, un code du HCDH tel que A12)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <source>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</source>
            <translation>Un nom proche d'un terme existant est d'abord refusé, afin que des quasi-doublons (« Peine De Mort » à côté de « Peine de mort ») ne soient pas ajoutés par erreur.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>Préparation de la base de données de démonstration…</translation>
        </message>
        <message>
            <source>The database could not be opened.

%1</source>
            <translation>La base de données n'a pas pu être ouverte.

%1</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>%1 n'a pas pu être ouvert.

%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit the assessment</source>
            <translation>Modifier l'évaluation</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Ajouter une évaluation</translation>
        </message>
        <message>
            <source>e.g. the NGO coalition, the Ombudsman, CEDAW</source>
            <translation>p. ex. la coalition d'ONG, le Médiateur, le CEDAW</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Datée</translation>
        </message>
        <message>
            <source>What shows it: a law, a report, a case…</source>
            <translation>Ce qui l'atteste : une loi, un rapport, une affaire…</translation>
        </message>
        <message>
            <source>By whose account</source>
            <translation>Selon qui</translation>
        </message>
        <message>
            <source>Name of the source</source>
            <translation>Nom de la source</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Évaluée le</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
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
        <name>AssessmentsPage</name>
        <message>
            <source>By</source>
            <translation>Selon</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>&amp;Add an assessment…</source>
            <translation>&amp;Ajouter une évaluation…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>Mo&amp;difier…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>not</source>
            <translation>non</translation>
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
            <translation>Notation d'UPR Info : non 0, partiellement 0,5, pleinement 1 ; pleinement ≥ 0,66, partiellement ≥ 0,33, sinon non</translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)</source>
            <translation>
                <numerusform>%1 : moyenne de %2 sur 1 pour %n source (%3 à %4 ; %5)</numerusform>
                <numerusform>%1 : moyenne de %2 sur 1 pour %n sources (%3 à %4 ; %5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3)</source>
            <translation>
                <numerusform>%1 : moyenne de %2 sur 1 pour %n source (%3)</numerusform>
                <numerusform>%1 : moyenne de %2 sur 1 pour %n sources (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</source>
            <translation>&lt;b&gt;Niveau combiné :&lt;/b&gt; pas encore évalué</translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Niveau combiné :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&amp;Edit the assessment…</source>
            <translation>&amp;Modifier l'évaluation…</translation>
        </message>
        <message>
            <source>&amp;Delete the assessment</source>
            <translation>&amp;Supprimer l'évaluation</translation>
        </message>
    </context>
    <context>
        <name>AssignTextDialog</name>
        <message>
            <source>Assign the text to recommendations</source>
            <translation>Attribuer le texte à des recommandations</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Attribuer</translation>
        </message>
        <message>
            <source>line </source>
            <translation>ligne </translation>
        </message>
        <message>
            <source>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</source>
            <translation>Le texte à partir de la ligne %1 de %2 a perdu les numéros de ses recommandations. Cochez les recommandations auxquelles il répond.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>Le texte</translation>
        </message>
        <message>
            <source>It ends at</source>
            <translation>Il se termine à la</translation>
        </message>
        <message>
            <source>It answers</source>
            <translation>Il répond à</translation>
        </message>
        <message>
            <source>Unanswered in this document: %1</source>
            <translation>Sans réponse dans ce document : %1</translation>
        </message>
        <message>
            <source>Tick these</source>
            <translation>Cocher celles-ci</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position :</translation>
        </message>
        <message>
            <source>Its words: %1 (“%2”)</source>
            <translation>Ses termes : %1 (« %2 »)</translation>
        </message>
        <message>
            <source>Its words: %1</source>
            <translation>Ses termes : %1</translation>
        </message>
        <message>
            <source>Tick the recommendations the text answers.</source>
            <translation>Cochez les recommandations auxquelles le texte répond.</translation>
        </message>
    </context>
    <context>
        <name>AuthorName</name>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</source>
            <translation>Votre nom est enregistré avec chaque modification que vous faites, afin que vos collègues voient qui a modifié quoi (l'historique des modifications). La ligne de commande enregistre aussi vos modifications sous ce nom.

Votre nom ou vos initiales :</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</source>
            <translation>Une base de données d'équipe sur un serveur est sauvegardée avec pg_dump : Fichier ▸ Sauvegarder maintenant en écrit une dans le fichier de votre choix. Elle se restaure dans une nouvelle base de données vide avec : upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (ou par l'administrateur du serveur avec pg_restore).</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuelle</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Avant une mise à niveau</translation>
        </message>
        <message>
            <source>Before a restore (unreadable file)</source>
            <translation>Avant une restauration (fichier illisible)</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</source>
            <translation>La sauvegarde de %1 n'a pas pu être écrite dans %2 : le disque est plein. La base de données elle-même est inchangée. Libérez de l'espace sur le disque, puis choisissez Fichier ▸ Sauvegarder maintenant.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</source>
            <translation>La sauvegarde de %1 n'a pas pu être écrite dans %2 : ce dossier n'est pas accessible en écriture. La base de données elle-même est inchangée. Rendez le dossier accessible en écriture (ou déplacez la base de données), puis choisissez Fichier ▸ Sauvegarder maintenant.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</source>
            <translation>La sauvegarde de %1 n'a pas pu être écrite dans %2 : %3. La base de données elle-même est inchangée. Vérifiez le dossier, puis choisissez Fichier ▸ Sauvegarder maintenant.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 ko</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurer à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Reading the backup folder…</source>
            <translation>Lecture du dossier des sauvegardes…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <source>Back up automatically while UPR Tracker is open, every</source>
            <translation>Sauvegarder automatiquement pendant qu'UPR Tracker est ouvert, toutes les</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> heures</translation>
        </message>
        <message>
            <source>(only if something changed)</source>
            <translation>(seulement si quelque chose a changé)</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>Conserver les</translation>
        </message>
        <message>
            <source>scheduled backups.</source>
            <translation>dernières sauvegardes planifiées.</translation>
        </message>
        <message>
            <source>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</source>
            <translation>Les sauvegardes faites avec Sauvegarder maintenant, et celles faites avant une mise à niveau ou une restauration, ne sont jamais supprimées automatiquement.</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Sauvegardes automatiques</translation>
        </message>
        <message>
            <source>Backups of %1: choose the one to put back.</source>
            <translation>Sauvegardes de %1 : choisissez celle à remettre en place.</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>Sauvegardes de %1</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>Conservées dans %1</translation>
        </message>
        <message>
            <source>No backups yet: Back up now takes the first one.</source>
            <translation>Aucune sauvegarde pour l'instant : Sauvegarder maintenant fait la première.</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>UPR Tracker bundles (*.uprbundle);;All files (*)</source>
            <translation>Lots UPR Tracker (*.uprbundle);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>UPR Tracker keys (*.uprkey);;All files (*)</source>
            <translation>Clés UPR Tracker (*.uprkey);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</source>
            <translation>Une base de données d'équipe sur un serveur échange les modifications avec les ordinateurs portables par synchronisation (Fichier ▸ Synchroniser maintenant), et non par des fichiers de lot.</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message numerus="yes">
            <source>%n changed record(s)</source>
            <translation>
                <numerusform>%n fiche modifiée</numerusform>
                <numerusform>%n fiches modifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here yet: see the log).</source>
            <translation>
                <numerusform>%1 de %2 appliqué : %n fiche modifiée, %3 en attente (pas encore possible ici : voir le journal).</numerusform>
                <numerusform>%1 de %2 appliqué : %n fiches modifiées, %3 en attente (pas encore possible ici : voir le journal).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed.</source>
            <translation>
                <numerusform>%1 de %2 appliqué : %n fiche modifiée.</numerusform>
                <numerusform>%1 de %2 appliqué : %n fiches modifiées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) await your decision.</source>
            <translation>
                <numerusform>%n conflit attend votre décision.</numerusform>
                <numerusform>%n conflits attendent votre décision.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1 for %2: %3, %4.</source>
            <translation>%1 écrit pour %2 : %3, %4.</translation>
        </message>
        <message>
            <source>Wrote %1: %2, %3.</source>
            <translation>%1 écrit : %2, %3.</translation>
        </message>
        <message>
            <source>Changes written</source>
            <translation>Modifications écrites</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Écriture des modifications…</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>Modifications reçues</translation>
        </message>
        <message>
            <source>Nothing was applied from %1.</source>
            <translation>Rien n'a été appliqué depuis %1.</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>Application des modifications…</translation>
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation>Enregistrer la clé de cet ordinateur portable</translation>
        </message>
        <message>
            <source>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</source>
            <translation>Clé de %1 enregistrée dans %2 (empreinte %3). Remettez-la à vos collègues ; comparez l'empreinte avec eux lorsqu'ils l'acceptent.</translation>
        </message>
        <message>
            <source>Key saved</source>
            <translation>Clé enregistrée</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>Le fichier de clé d'un collègue</translation>
        </message>
        <message>
            <source>Trusted %1 (fingerprint %2).</source>
            <translation>%1 accepté comme de confiance (empreinte %2).</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>Collègue accepté</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPanel</name>
        <message>
            <source>Columns of this table</source>
            <translation>Colonnes de ce tableau</translation>
        </message>
        <message>
            <source>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</source>
            <translation>Ce tableau n'est pas un export d'UPR Info ni de l'UHRI. Indiquez ce que contient chaque colonne : le texte de la recommandation est obligatoire, le reste est importé s'il est fourni.</translation>
        </message>
        <message>
            <source>%1 *:</source>
            <translation>%1 * :</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1 :</translation>
        </message>
        <message>
            <source>Save mapping as…</source>
            <translation>Enregistrer la correspondance sous…</translation>
        </message>
        <message>
            <source>Preview with these columns</source>
            <translation>Aperçu avec ces colonnes</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Correspondances enregistrées :</translation>
        </message>
        <message>
            <source>Choose a saved mapping…</source>
            <translation>Choisir une correspondance enregistrée…</translation>
        </message>
        <message>
            <source>None saved yet</source>
            <translation>Aucune enregistrée pour l'instant</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>Enregistrer la correspondance des colonnes</translation>
        </message>
        <message>
            <source>Name of the mapping (to use it again for tables like this one):</source>
            <translation>Nom de la correspondance (pour la réutiliser avec des tableaux semblables) :</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine: %1</source>
            <translation>Combiner : %1</translation>
        </message>
        <message>
            <source>The value to keep:</source>
            <translation>La valeur à conserver :</translation>
        </message>
        <message>
            <source>Write the value to keep (every version is here to start from):</source>
            <translation>Écrivez la valeur à conserver (toutes les versions sont là pour vous servir de point de départ) :</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Conserver cette valeur</translation>
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
            <translation>Résolu par %1 · %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(confidential note: not readable here)</source>
            <translation>(note confidentielle : illisible ici)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>This database is open to be read only here: conflicts are resolved by an editor.</source>
            <translation>Cette base de données est ouverte ici en lecture seule : les conflits sont résolus par un éditeur.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Conflicts between databases</source>
            <translation>Conflits entre bases de données</translation>
        </message>
        <message>
            <source>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</source>
            <translation>Aucun conflit.

Lorsque deux bases de données (ordinateurs portables, serveur de l'équipe) ont modifié différemment le même champ avant leur synchronisation, les deux versions sont conservées et présentées ici pour que vous choisissiez.</translation>
        </message>
        <message>
            <source>Combine…</source>
            <translation>Combiner…</translation>
        </message>
        <message>
            <source>Show the recommendation</source>
            <translation>Afficher la recommandation</translation>
        </message>
        <message>
            <source>Choose a conflict to see its versions side by side.</source>
            <translation>Choisissez un conflit pour voir ses versions côte à côte.</translation>
        </message>
        <message>
            <source>Reading the conflicts…</source>
            <translation>Lecture des conflits…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 ouverts, %2 résolus</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 ouverts</translation>
        </message>
        <message>
            <source>Version %1 (in the record now)</source>
            <translation>Version %1 (actuellement dans la fiche)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>By %1 · database: %2
%3</source>
            <translation>Par %1 · base de données : %2
%3</translation>
        </message>
        <message>
            <source>at an unknown time</source>
            <translation>à une heure inconnue</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Conserver celle-ci</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>Resolved by %1 on %2.</source>
            <translation>Résolu par %1 le %2.</translation>
        </message>
        <message>
            <source>Resolved by %1.</source>
            <translation>Résolu par %1.</translation>
        </message>
        <message>
            <source>The record is not in this database (deleted here, or not received yet).</source>
            <translation>La fiche ne se trouve pas dans cette base de données (supprimée ici, ou pas encore reçue).</translation>
        </message>
        <message>
            <source>A confidential note you may not read here: resolve it where it can be read.</source>
            <translation>Une note confidentielle que vous ne pouvez pas lire ici : résolvez le conflit là où elle peut être lue.</translation>
        </message>
        <message>
            <source>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</source>
            <translation>Modifié différemment dans deux bases de données avant leur synchronisation. Tant que vous n'avez pas choisi, la fiche contient la version la plus récente ; conservez-en une, ou combinez-les.</translation>
        </message>
        <message>
            <source>Kept version %1 (%2, %3).</source>
            <translation>Version %1 conservée (%2, %3).</translation>
        </message>
        <message>
            <source>Combined value kept.</source>
            <translation>Valeur combinée conservée.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>Copier la base de données vers…</translation>
        </message>
        <message>
            <source>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>Copie tout le contenu de %1 (historique, historique des modifications, notes, pièces jointes, recherches enregistrées) dans un nouveau fichier ou dans la base de données d'un serveur de l'équipe, puis vérifie la copie.</translation>
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation>un fichier, ou postgresql://user@host:5432/database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Copier vers :</translation>
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation>un fichier : laisser vide pour ne pas chiffrer</translation>
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation>Chiffrer avec la phrase secrète :</translation>
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation>un serveur : si ~/.pgpass ou PGPASSWORD ne le fournit pas</translation>
        </message>
        <message>
            <source>Server password:</source>
            <translation>Mot de passe du serveur :</translation>
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation>Ajouter à ce que la cible contient déjà (les fiches déjà présentes sont ignorées)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the database to</source>
            <translation>Copier la base de données vers</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation>Bases de données UPR Tracker (*.sqlite3 *.sqlite)</translation>
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation>Indiquez où copier la base de données : un fichier, ou l'adresse d'un serveur.</translation>
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation>La base de données d'un serveur n'est pas chiffrée avec une phrase secrète : laissez la phrase secrète vide (les règles d'accès du serveur la protègent).</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</source>
            <translation>
                <numerusform>%1 copiée vers %2 : %n ligne en %3 s. Chaque table contient les lignes attendues, et les exportations JSON des deux côtés sont identiques.</numerusform>
                <numerusform>%1 copiée vers %2 : %n lignes en %3 s. Chaque table contient les lignes attendues, et les exportations JSON des deux côtés sont identiques.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</source>
            <translation>
                <numerusform>%1 copiée vers %2 : %n ligne en %3 s. Chaque table contient les lignes attendues ; les exportations n'ont pas été comparées (fusion avec d'autres données).</numerusform>
                <numerusform>%1 copiée vers %2 : %n lignes en %3 s. Chaque table contient les lignes attendues ; les exportations n'ont pas été comparées (fusion avec d'autres données).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were already there and were skipped.</source>
            <translation>
                <numerusform>%n fiche était déjà présente et a été ignorée.</numerusform>
                <numerusform>%n fiches étaient déjà présentes et ont été ignorées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Database copied</source>
            <translation>Base de données copiée</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>Copie de la base de données…</translation>
        </message>
    </context>
    <context>
        <name>CorrectPositionDialog</name>
        <message>
            <source>Correct the position</source>
            <translation>Corriger la position</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Corriger</translation>
        </message>
        <message>
            <source>%1 in %2: record the position the State gives, as you read it in the document.</source>
            <translation>%1 dans %2 : enregistrez la position exprimée par l'État, telle que vous la lisez dans le document.</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position :</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Pour :</translation>
        </message>
        <message>
            <source>Tick the recommendations to correct.</source>
            <translation>Cochez les recommandations à corriger.</translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message>
            <source>Country brief: %1</source>
            <translation>Note d'information par pays : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>Recommandations : %n</numerusform>
                <numerusform>Recommandations : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
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
            <translation>Recommandations selon la position actuelle de l'État</translation>
        </message>
        <message>
            <source>The State considers %1 of them already implemented or in the process of implementation.</source>
            <translation>L'État considère que %1 d'entre elles sont déjà mises en œuvre ou en cours de mise en œuvre.</translation>
        </message>
        <message>
            <source>The position of %1 of them is still to be verified against the source document.</source>
            <translation>La position concernant %1 d'entre elles reste à vérifier au regard du document source.</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level</source>
            <translation>Recommandations selon le niveau combiné de mise en œuvre</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Recommendations by theme (a recommendation with several themes counts under each)</source>
            <translation>Recommandations par thème (une recommandation relevant de plusieurs thèmes est comptée sous chacun d'eux)</translation>
        </message>
        <message>
            <source>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</source>
            <translation>Recommandations par thème (thèmes du HCDH ; une recommandation relevant de plusieurs thèmes est comptée sous chacun d'eux)</translation>
        </message>
        <message>
            <source>Recommendations by affected persons (a recommendation with several counts under each)</source>
            <translation>Recommandations par personnes concernées (une recommandation relevant de plusieurs catégories est comptée sous chacune d'elles)</translation>
        </message>
        <message>
            <source>Recommendations by %1 (a recommendation with several counts under each)</source>
            <translation>Recommandations par %1 (une recommandation relevant de plusieurs entrées est comptée sous chacune d'elles)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Recommendations by position</source>
            <translation>Recommandations par position</translation>
        </message>
        <message>
            <source>Recommendations by implementation level</source>
            <translation>Recommandations par niveau de mise en œuvre</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Aucune donnée</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (suite)</translation>
        </message>
        <message>
            <source>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</source>
            <translation>Les thèmes sont ceux de la classification « %1 », qui couvre la plupart de ces recommandations ; chaque ligne indique ses autres termes (%2).</translation>
        </message>
        <message>
            <source>The themes are the %1.</source>
            <translation>Les thèmes sont ceux de la classification « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</source>
            <translation>
                <numerusform>Une recommandation relevant de plusieurs thèmes figure sous chacun d'eux (recommandations concernées : %n sur %1). Les recommandations sans thème figurent sous « %2 ».</numerusform>
                <numerusform>Une recommandation relevant de plusieurs thèmes figure sous chacun d'eux (recommandations concernées : %n sur %1). Les recommandations sans thème figurent sous « %2 ».</numerusform>
            </translation>
        </message>
        <message>
            <source>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</source>
            <translation>Une recommandation relevant de plusieurs thèmes figure sous chacun d'eux. Les recommandations sans thème figurent sous « %2 ».</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</source>
            <translation>Chaque ligne indique la dernière étape de mise en œuvre liée à la recommandation et la dernière note de suivi (notes confidentielles comprises).</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</source>
            <translation>Chaque ligne indique la dernière étape de mise en œuvre liée à la recommandation et la dernière note de suivi (les notes confidentielles ne figurent pas dans cette note d'information).</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Recommandations par thème</translation>
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
Cliquez pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semaines</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Remind me of deadlines</source>
            <translation>Me rappeler les échéances</translation>
        </message>
        <message>
            <source>ahead.   Changes since</source>
            <translation>à l'avance.   Modifications depuis le</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Of</source>
            <comment>what a deadline is of</comment>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>recommendations without a position</comment>
            <translation>En attente</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;Dates de l'examen…</translation>
        </message>
        <message>
            <source>Edit the dates of the review of the selected deadline or pending review</source>
            <translation>Modifier les dates de l'examen de l'échéance ou de l'examen en attente sélectionné</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>Échéances à venir</translation>
        </message>
        <message>
            <source>Reviews with answers pending</source>
            <translation>Examens dont des réponses sont en attente</translation>
        </message>
        <message>
            <source>Recommendations to review</source>
            <translation>Recommandations à vérifier</translation>
        </message>
        <message>
            <source>Recommendations by position (upper bar) and implementation (lower bar)</source>
            <translation>Recommandations par position (barre du haut) et mise en œuvre (barre du bas)</translation>
        </message>
        <message>
            <source>The dashboard could not be read: %1</source>
            <translation>Impossible de lire le tableau de bord : %1</translation>
        </message>
        <message>
            <source>%1 (estimated)</source>
            <translation>%1 (estimation)</translation>
        </message>
        <message>
            <source>Derived from the calendar of sessions: Review dates… gives the real one</source>
            <translation>Déduite du calendrier des sessions : Dates de l'examen… donne la date réelle</translation>
        </message>
        <message>
            <source>No deadline ahead</source>
            <translation>Aucune échéance à venir</translation>
        </message>
        <message>
            <source>%1, %2 (Tools ▸ Problems to review).</source>
            <comment>how many recommendations flagged, problems open</comment>
            <translation>%1, %2 (Outils ▸ Problèmes à examiner).</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) flagged for review</source>
            <translation>
                <numerusform>%n recommandation signalée pour vérification</numerusform>
                <numerusform>%n recommandations signalées pour vérification</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import problem(s) open</source>
            <translation>
                <numerusform>%n problème d'importation ouvert</numerusform>
                <numerusform>%n problèmes d'importation ouverts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: see Upcoming deadlines below</source>
            <translation>
                <numerusform>… et %n autre : voir Échéances à venir ci-dessous</numerusform>
                <numerusform>… et %n autres : voir Échéances à venir ci-dessous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Within %n week(s):</source>
            <translation>
                <numerusform>D'ici %n semaine :</numerusform>
                <numerusform>D'ici %n semaines :</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM yyyy HH:mm</source>
            <comment>date format: a day with the month's name, and the time</comment>
            <translation>d MMMM yyyy HH:mm</translation>
        </message>
        <message>
            <source>What changed since %1 (%2)</source>
            <translation>Modifications depuis le %1 (%2)</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Recommandation : %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <source>Review: %1</source>
            <translation>Examen : %1</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>when, who: what changed</comment>
            <translation>%1  %2 : %3</translation>
        </message>
        <message>
            <source>Nothing changed since then.</source>
            <translation>Rien n'a changé depuis.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommandation</numerusform>
                <numerusform>%n recommandations</numerusform>
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

Elle a %n sauvegarde, la plus récente du %2. Restaurer la plus récente qui est intacte ? Le fichier dans son état actuel est conservé dans le dossier des sauvegardes.</numerusform>
                <numerusform>%1

Elle a %n sauvegardes, la plus récente du %2. Restaurer la plus récente qui est intacte ? Le fichier dans son état actuel est conservé dans le dossier des sauvegardes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Vérification de %1…</translation>
        </message>
        <message>
            <source>Encryption change finished</source>
            <translation>Changement de chiffrement terminé</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <source>Restoring %1 from its newest sound backup…</source>
            <translation>Restauration de %1 à partir de sa sauvegarde intacte la plus récente…</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>Base de données restaurée</translation>
        </message>
        <message>
            <source>%1 was restored from %2 (%3, %4).</source>
            <translation>%1 a été restaurée à partir de %2 (%3, %4).</translation>
        </message>
        <message>
            <source>no database can be made at %1: %2</source>
            <translation>aucune base de données ne peut être créée à l'emplacement %1 : %2</translation>
        </message>
        <message>
            <source>it was opened to be read</source>
            <translation>elle a été ouverte pour être lue</translation>
        </message>
        <message>
            <source>%1 is opened read-only (%2): nothing can be changed in it.</source>
            <translation>%1 est ouverte en lecture seule (%2) : rien ne peut y être modifié.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Ouverte en lecture seule</translation>
        </message>
        <message>
            <source>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</source>
            <translation>%1

Vous pouvez lire, rechercher, exporter et rédiger des rapports. Pour la modifier, copiez-la dans un dossier accessible en écriture et ouvrez la copie.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (lecture seule)</translation>
        </message>
        <message>
            <source>%1 could not be opened.</source>
            <translation>%1 n'a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurer à partir de la sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>Adoption at the Council</source>
            <translation>Adoption par le Conseil</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Rapport à mi-parcours</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochain examen</translation>
        </message>
        <message>
            <source>Plan due</source>
            <translation>Échéance du plan</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Overdue (plan due)</source>
            <translation>En retard (échéance du plan)</translation>
        </message>
        <message>
            <source>Overdue (due)</source>
            <translation>En retard (échéance)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineWords</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>dans %n mois</numerusform>
                <numerusform>dans %n mois</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (estimated): %2, %3 (%4)</source>
            <translation>%1 (estimation) : %2, %3 (%4)</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation>%1 : %2, %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considérée comme mise en œuvre)</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Thèmes d'UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Thèmes du HCDH</translation>
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
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentImportFlow</name>
        <message>
            <source>Note: %1</source>
            <translation>Remarque : %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 rows</source>
            <translation>%1 : %2, lignes : %3</translation>
        </message>
        <message>
            <source>Recommendations: %1 created, %2 updated, %3 unchanged</source>
            <translation>Recommandations : créées %1, mises à jour %2, inchangées %3</translation>
        </message>
        <message>
            <source>Skipped: %1 rows (%2)</source>
            <translation>Ignorées : %1 lignes (%2)</translation>
        </message>
        <message>
            <source>Bad row skipped: %1</source>
            <translation>Ligne erronée ignorée : %1</translation>
        </message>
        <message>
            <source>%1: UPR Tracker export</source>
            <translation>%1 : export d'UPR Tracker</translation>
        </message>
        <message>
            <source>%1: %2 created, %3 unchanged</source>
            <translation>%1 : créés %2, inchangés %3</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problème : %1</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1 : %2 %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
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
            <translation>Réponses : créées %1, mises à jour %2, inchangées %3</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <comment>the recommendations concerned, then the problem</comment>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>To review: %1</source>
            <translation>À examiner : %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message>
            <source>%1: not imported (no kind chosen)</source>
            <translation>%1 : non importé (aucun type choisi)</translation>
        </message>
        <message>
            <source>%1: not imported (no state chosen)</source>
            <translation>%1 : non importé (aucun État choisi)</translation>
        </message>
        <message>
            <source>%1: not imported (no cycle chosen)</source>
            <translation>%1 : non importé (aucun cycle choisi)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 does not say which review it belongs to.
Choose the cycle:</source>
            <translation>%1 n'indique pas à quel examen il appartient.
Choisissez le cycle :</translation>
        </message>
        <message>
            <source>%1.
Choose the kind of document:</source>
            <translation>%1.
Choisissez le type de document :</translation>
        </message>
        <message>
            <source>%1.
Choose the State:</source>
            <translation>%1.
Choisissez l'État :</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>Quel type ?</translation>
        </message>
        <message>
            <source>Which state?</source>
            <translation>Quel État ?</translation>
        </message>
        <message>
            <source>Which cycle?</source>
            <translation>Quel cycle ?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>%n document importé : %1 nouvelles recommandations.</numerusform>
                <numerusform>%n documents importés : %1 nouvelles recommandations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to review: the recommendations concerned are marked “needs review”.</source>
            <translation>
                <numerusform>%n point à examiner : les recommandations concernées sont marquées « à examiner ».</numerusform>
                <numerusform>%n points à examiner : les recommandations concernées sont marquées « à examiner ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</source>
            <translation>
                <numerusform>%n recommandation d'un cycle ultérieur semble reprendre une recommandation du cycle précédent : choisissez Suggérées dans le filtre De nouveau (recommandée de nouveau) pour en décider, puis acceptez ou rejetez chacune dans le panneau de la recommandation.</numerusform>
                <numerusform>%n recommandations d'un cycle ultérieur semblent reprendre une recommandation du cycle précédent : choisissez Suggérées dans le filtre De nouveau (recommandée de nouveau) pour en décider, puis acceptez ou rejetez chacune dans le panneau de la recommandation.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):
%1</source>
            <translation>Non importés (rien n'a été écrit pour ceux-ci) :
%1</translation>
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
        <name>EditCommands</name>
        <message>
            <source>Change %1 of themes</source>
            <translation>Modifier les thèmes de %1</translation>
        </message>
        <message>
            <source>Change %1 of sdgs</source>
            <translation>Modifier les ODD de %1</translation>
        </message>
        <message>
            <source>Change %1 of affected persons</source>
            <translation>Modifier les personnes concernées de %1</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>Modifier %2 de %1</translation>
        </message>
        <message>
            <source>Change the action category of %1</source>
            <translation>Modifier la catégorie d'action de %1</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>Modifier une note</translation>
        </message>
        <message>
            <source>Delete a note</source>
            <translation>Supprimer une note</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Ajouter une évaluation</translation>
        </message>
        <message>
            <source>Edit an assessment</source>
            <translation>Modifier une évaluation</translation>
        </message>
        <message>
            <source>Delete an assessment</source>
            <translation>Supprimer une évaluation</translation>
        </message>
        <message>
            <source>Link %1 recommendations to “%2”</source>
            <translation>Lier des recommandations (%1) à « %2 »</translation>
        </message>
        <message>
            <source>Add recommendation %1</source>
            <translation>Ajouter la recommandation %1</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Ajouter une recommandation</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Modifier la recommandation %1</translation>
        </message>
        <message>
            <source>Edit recommendation</source>
            <translation>Modifier la recommandation</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Changed by someone else just now.</source>
            <translation>Modifié par quelqu'un d'autre à l'instant.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu'un d'autre</translation>
        </message>
        <message>
            <source>&amp;Reload (discard mine)</source>
            <translation>&amp;Recharger (abandonner ma version)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Garder la mienne</translation>
        </message>
        <message>
            <source>Save your version over theirs (the history records that it replaced theirs)</source>
            <translation>Enregistrer votre version à la place de la leur (l'historique des modifications indique qu'elle a remplacé la leur)</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Garder les &amp;deux</translation>
        </message>
        <message>
            <source>Keep their note as it is and save yours as a new note</source>
            <translation>Garder leur note telle quelle et enregistrer la vôtre comme nouvelle note</translation>
        </message>
        <message>
            <source>Their change:</source>
            <translation>Leur modification :</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>La vôtre :</translation>
        </message>
        <message>
            <source>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a modifié cette recommandation après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a supprimé cette recommandation après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a modifié cette note après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a supprimé cette note après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a modifié cette évaluation après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a supprimé cette évaluation après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a modifié cette position après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a supprimé cette position après que vous avez commencé à la modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a modifié cet enregistrement après que vous avez commencé à le modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a supprimé cet enregistrement après que vous avez commencé à le modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a supprimé cet élément (%1) après que vous avez commencé à le modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
        <message>
            <source>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Quelqu'un d'autre a modifié cet élément (%1) après que vous avez commencé à le modifier. Rien de vos modifications n'a encore été enregistré : choisissez ce que vous gardez.</translation>
        </message>
    </context>
    <context>
        <name>EncodingRow</name>
        <message>
            <source>Detect automatically</source>
            <translation>Détecter automatiquement</translation>
        </message>
        <message>
            <source>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</source>
            <translation>Si le texte de l'aperçu semble erroné (lettres ou symboles étranges au milieu des mots), choisissez l'encodage dans lequel le fichier a été enregistré : l'aperçu suit.</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encodage :</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>Lire comme :</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>an encoding, how sure its reading is</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>lecture…</translation>
        </message>
        <message>
            <source>%1, given</source>
            <translation>%1, indiqué</translation>
        </message>
        <message>
            <source>not known (the file could not be read)</source>
            <translation>inconnu (le fichier n'a pas pu être lu)</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between two encodings</comment>
            <translation> ou </translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1, but it may be %2.</source>
            <translation>L'encodage de ce fichier est une supposition : il a été lu en %1, mais il peut s'agir de %2.</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1.</source>
            <translation>L'encodage de ce fichier est une supposition : il a été lu en %1.</translation>
        </message>
        <message>
            <source>A line as read: “%1”</source>
            <translation>Une ligne telle que lue : « %1 »</translation>
        </message>
        <message>
            <source>If letters look wrong, choose the encoding under “Read as”; the preview follows.</source>
            <translation>Si des lettres semblent erronées, choisissez l'encodage sous « Lire comme » ; l'aperçu suit.</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>not stated</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>in each row</source>
            <translation>dans chaque ligne</translation>
        </message>
        <message>
            <source>as exported</source>
            <translation>tel qu'exporté</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>Export d'UPR Tracker</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Table of %1 columns, of no known format</source>
            <translation>Tableau de colonnes (%1), de format inconnu</translation>
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
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>The preview appears once the kind is chosen.</source>
            <translation>L'aperçu apparaît une fois le type choisi.</translation>
        </message>
        <message>
            <source>The preview appears once the State is chosen.</source>
            <translation>L'aperçu apparaît une fois l'État choisi.</translation>
        </message>
        <message>
            <source>The preview appears once the cycle is chosen.</source>
            <translation>L'aperçu apparaît une fois le cycle choisi.</translation>
        </message>
        <message>
            <source>The preview appears once the columns are mapped.</source>
            <translation>L'aperçu apparaît une fois les colonnes mises en correspondance.</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>Pas d'aperçu.</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>Ce que ferait l'importation</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>Ce qui a été importé</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>points à examiner</translation>
        </message>
        <message>
            <source>rows that cannot be imported</source>
            <translation>lignes impossibles à importer</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>Lignes écartées : %1 (%2)</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Colonnes non importées : %1</translation>
        </message>
        <message>
            <source>Nothing to note.</source>
            <translation>Rien à signaler.</translation>
        </message>
        <message>
            <source>Positions (%1)</source>
            <translation>Positions (%1)</translation>
        </message>
        <message>
            <source>Points to review (%1)</source>
            <translation>Points à examiner (%1)</translation>
        </message>
        <message>
            <source>Rows to fix (%1)</source>
            <translation>Lignes à corriger (%1)</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>Remarques (%1)</translation>
        </message>
        <message>
            <source>Choose the kind under “Read it as” to preview it.</source>
            <translation>Choisissez le type sous « Le lire comme » pour en voir l'aperçu.</translation>
        </message>
        <message>
            <source>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</source>
            <translation>Le type le plus probable est choisi sous « Le lire comme » : vérifiez-le, puis affichez l'aperçu avec ces choix (ou choisissez un autre type).</translation>
        </message>
        <message>
            <source>Choose the State under “Read it as” to preview it.</source>
            <translation>Choisissez l'État sous « Le lire comme » pour en voir l'aperçu.</translation>
        </message>
        <message>
            <source>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</source>
            <translation>L'État le plus probable est choisi sous « Le lire comme » : vérifiez-le, puis affichez l'aperçu avec ces choix (ou choisissez un autre État).</translation>
        </message>
        <message>
            <source>Choose the cycle under “Read it as” to preview it.</source>
            <translation>Choisissez le cycle sous « Le lire comme » pour en voir l'aperçu.</translation>
        </message>
        <message>
            <source>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</source>
            <translation>Le cycle le plus probable est choisi sous « Le lire comme » : vérifiez-le, puis affichez l'aperçu avec ces choix (ou choisissez un autre cycle).</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>Le fichier n'a pas pu être écrit ou lu : %1.

Fichier : %2

Rien n'a été écrit à moitié : choisissez un autre dossier ou libérez de l'espace, puis réessayez.</translation>
        </message>
        <message>
            <source>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>Le fichier n'a pas pu être écrit ou lu : %1.

Rien n'a été écrit à moitié : choisissez un autre dossier ou libérez de l'espace, puis réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data was not changed by the failed step.</source>
            <translation>Une erreur inattendue s'est produite. Vos données n'ont pas été modifiées par l'étape qui a échoué.</translation>
        </message>
        <message>
            <source>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</source>
            <translation>Les détails ont été écrits dans le journal :
%1

Pour le signaler, copiez les informations de débogage et envoyez-les en disant ce que vous faisiez.</translation>
        </message>
        <message>
            <source>To report it, copy the debug information and send it with what you were doing.</source>
            <translation>Pour le signaler, copiez les informations de débogage et envoyez-les en disant ce que vous faisiez.</translation>
        </message>
        <message>
            <source>Copy debug info</source>
            <translation>Copier les informations de débogage</translation>
        </message>
    </context>
    <context>
        <name>EventDateField</name>
        <message>
            <source>Event on</source>
            <translation>Événement le</translation>
        </message>
        <message>
            <source>The day of what the note records (a meeting, a testimony), if it is not today</source>
            <translation>Le jour de ce que la note consigne (une réunion, un témoignage), si ce n'est pas aujourd'hui</translation>
        </message>
    </context>
    <context>
        <name>FileSize</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 Ko</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>Afrique</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Asie-Pacifique</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Aucune position</translation>
        </message>
        <message>
            <source>The State's current position</source>
            <translation>La position actuelle de l'État</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évaluée</translation>
        </message>
        <message>
            <source>Combined implementation level</source>
            <translation>Niveau combiné de mise en œuvre</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Cycle %1</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>Cycle de l'EPU</translation>
        </message>
        <message>
            <source>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</source>
            <translation>Un terme de n'importe quel vocabulaire : thèmes d'UPR Info, thèmes du HCDH, ODD, personnes concernées</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Objectif de développement durable</translation>
        </message>
        <message>
            <source>A State that made the recommendation</source>
            <translation>Un État auteur de la recommandation</translation>
        </message>
        <message>
            <source>Regional group of a recommending State</source>
            <translation>Groupe régional d'un État auteur de la recommandation</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>UPR Info action category</source>
            <translation>Catégorie d'action d'UPR Info</translation>
        </message>
        <message>
            <source>Confirmed link</source>
            <translation>Lien confirmé</translation>
        </message>
        <message>
            <source>Suggested, to decide</source>
            <translation>Suggéré, à trancher</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Non liée</translation>
        </message>
        <message>
            <source>Recommended again: linked to the same recommendation in another cycle</source>
            <translation>Recommandée à nouveau : liée à la même recommandation d'un autre cycle</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Considered implemented</source>
            <translation>Considérée comme mise en œuvre</translation>
        </message>
        <message>
            <source>Has milestones</source>
            <translation>Avec étapes</translation>
        </message>
        <message>
            <source>Has notes</source>
            <translation>Avec notes</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Position</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>&amp;Mise en œuvre</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>C&amp;ycle</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hème</translation>
        </message>
        <message>
            <source>SD&amp;G</source>
            <translation>O&amp;DD</translation>
        </message>
        <message>
            <source>Recommended &amp;by</source>
            <translation>Recommandée pa&amp;r</translation>
        </message>
        <message>
            <source>Gro&amp;up</source>
            <translation>&amp;Groupe</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <source>Agai&amp;n</source>
            <translation>À &amp;nouveau</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import documents and datasets</source>
            <translation>Importer des documents et des jeux de données</translation>
        </message>
        <message>
            <source>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</source>
            <translation>Déposez sur cette fenêtre des documents de l'ONU (rapports du Groupe de travail, additifs, matrices du HCDH) ou des tableaux (UPR Info, UHRI, les vôtres), ou ajoutez-les. Rien n'est écrit tant que vous n'avez pas choisi Importer.</translation>
        </message>
        <message>
            <source>Drop files here

or choose “Add files…”</source>
            <translation>Déposez des fichiers ici

ou choisissez « Ajouter des fichiers… »</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Add a file to see what it is and what importing it would do.</source>
            <translation>Ajoutez un fichier pour voir ce qu'il est et ce que ferait son importation.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Détecté</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>État :</translation>
        </message>
        <message>
            <source>Cycle:</source>
            <translation>Cycle :</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Session :</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>Cote :</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Le lire comme</translation>
        </message>
        <message>
            <source>As the document says</source>
            <translation>Comme l'indique le document</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Cycle %1 (%2)</translation>
        </message>
        <message>
            <source>Change what was detected if the document is misread; the preview follows.</source>
            <translation>Modifiez ce qui a été détecté si le document est mal lu ; l'aperçu suit.</translation>
        </message>
        <message>
            <source>Preview with these choices</source>
            <translation>Aperçu avec ces choix</translation>
        </message>
        <message>
            <source>Skip the rows that cannot be imported and import the others</source>
            <translation>Ignorer les lignes impossibles à importer et importer les autres</translation>
        </message>
        <message>
            <source>recommendations to create</source>
            <translation>recommandations à créer</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>à mettre à jour</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>déjà présentes</translation>
        </message>
        <message>
            <source>positions to record</source>
            <translation>positions à enregistrer</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>points à examiner</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Points to review</source>
            <translation>Points à examiner</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>Ce que ferait l'importation</translation>
        </message>
        <message>
            <source>Loading States…</source>
            <translation>Chargement des États…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name and its ISO code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>Previewing %1…</source>
            <translation>Aperçu de %1…</translation>
        </message>
        <message>
            <source>The preview was cancelled: change an option to preview it again.</source>
            <translation>L'aperçu a été annulé : modifiez une option pour le relancer.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Say which column holds the recommendation's text.</source>
            <translation>Indiquez quelle colonne contient le texte de la recommandation.</translation>
        </message>
        <message>
            <source>Saving the mapping…</source>
            <translation>Enregistrement de la correspondance…</translation>
        </message>
        <message>
            <source>Mapping saved as “%1”.</source>
            <translation>Correspondance enregistrée sous « %1 ».</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing of this file was written.</source>
            <translation>L'importation a été annulée : rien de ce fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>%n fichier importé : %1 nouvelles recommandations.</numerusform>
                <numerusform>%n fichiers importés : %1 nouvelles recommandations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):

%1</source>
            <translation>Non importés (rien n'a été écrit pour ceux-ci) :

%1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>Importer %n fichier</numerusform>
                <numerusform>Importer %n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected error: %1: %2</source>
            <translation>Erreur inattendue : %1 : %2</translation>
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
            <translation>%1. Chacune de celles restées sans réponse reste inchangée, marquée comme étant à examiner, et figure sous Problèmes à examiner.</translation>
        </message>
    </context>
    <context>
        <name>ImportEntries</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</source>
            <translation>Tout ce que lit UPR Tracker (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>Documents de l'ONU (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>Jeux de données (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>Exports d'UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Detect from the document</source>
            <translation>Détecter d'après le document</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Rapport du Groupe de travail</translation>
        </message>
        <message>
            <source>Addendum (the State's positions)</source>
            <translation>Additif (positions de l'État)</translation>
        </message>
        <message>
            <source>OHCHR matrix</source>
            <translation>Matrice du HCDH</translation>
        </message>
        <message>
            <source>UPR Info database export</source>
            <translation>Export de la base de données d'UPR Info</translation>
        </message>
        <message>
            <source>UHRI export</source>
            <translation>Export de l'UHRI</translation>
        </message>
        <message>
            <source>Table with mapped columns</source>
            <translation>Tableau aux colonnes mises en correspondance</translation>
        </message>
        <message>
            <source>UPR Tracker table export</source>
            <translation>Tableau exporté d'UPR Tracker</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Texte de la recommandation</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>État examiné</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Session du Groupe de travail</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Label (e.g. 97.12)</source>
            <translation>Numéro (p. ex. 97.12)</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>États auteurs de la recommandation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Catégorie d'action</translation>
        </message>
        <message>
            <source>Themes (UPR Info issues)</source>
            <translation>Thèmes (questions d'UPR Info)</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Thèmes du HCDH</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Cote du document</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>Date de publication</translation>
        </message>
        <message>
            <source>OHCHR annotation id</source>
            <translation>Identifiant d'annotation du HCDH</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importée)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Prêt à importer</translation>
        </message>
        <message>
            <source>Choose the kind</source>
            <translation>Choisissez le type</translation>
        </message>
        <message>
            <source>Choose the State</source>
            <translation>Choisissez l'État</translation>
        </message>
        <message>
            <source>Choose the cycle</source>
            <translation>Choisissez le cycle</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>Indiquez ce que contient chaque colonne</translation>
        </message>
        <message>
            <source>Preview cancelled</source>
            <translation>Aperçu annulé</translation>
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation>Impossible à importer</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>%1 · encoding guessed</source>
            <translation>%1 · encodage supposé</translation>
        </message>
        <message>
            <source>%1 · %2, cycle %3</source>
            <translation>%1 · %2, cycle %3</translation>
        </message>
        <message>
            <source>%1 · %2 rows</source>
            <translation>%1 · lignes : %2</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>Export d'UPR Tracker</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Deciding sentence</source>
            <translation>Phrase décisive</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Fiabilité</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Incertaine</translation>
        </message>
        <message>
            <source>Stated by the list's heading</source>
            <translation>Indiquée par l'intitulé de la liste</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>a confidence in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 · to check</source>
            <translation>%1 · à vérifier</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Ce qui a été trouvé</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>what is wrong (the value found)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>colonne %1 : %2</translation>
        </message>
        <message>
            <source>Row that cannot be imported</source>
            <translation>Ligne impossible à importer</translation>
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
        <name>LinkMilestoneDialog</name>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Already linked</source>
            <translation>Déjà liées</translation>
        </message>
        <message>
            <source>Link to a milestone</source>
            <translation>Lier à une étape</translation>
        </message>
        <message numerus="yes">
            <source>Link %n recommendation(s) to a milestone</source>
            <translation>
                <numerusform>Lier %n recommandation à une étape</numerusform>
                <numerusform>Lier %n recommandations à une étape</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose one of the milestones of %1, or record a new one. All %n recommendation(s) are linked to it at once.</source>
            <translation>
                <numerusform>Choisissez l'une des étapes de %1, ou enregistrez-en une nouvelle. La %n recommandation y est liée.</numerusform>
                <numerusform>Choisissez l'une des étapes de %1, ou enregistrez-en une nouvelle. Les %n recommandations y sont toutes liées à la fois.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of the milestones of %1, or record a new one.</source>
            <translation>Choisissez l'une des étapes de %1, ou enregistrez-en une nouvelle.</translation>
        </message>
        <message>
            <source>Search the milestones: title, description, date, source…</source>
            <translation>Rechercher dans les étapes : titre, description, date, source…</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lier</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>Nouvelle étape…</translation>
        </message>
        <message>
            <source>Record a new milestone of %1 and link the recommendations to it</source>
            <translation>Enregistrer une nouvelle étape de %1 et y lier les recommandations</translation>
        </message>
        <message>
            <source>%1 has no milestones yet.
Record the first with “New milestone…”.</source>
            <translation>%1 n'a pas encore d'étape.
Enregistrez la première avec « Nouvelle étape… ».</translation>
        </message>
        <message>
            <source>all</source>
            <comment>all the recommendations are linked already</comment>
            <translation>toutes</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the recommendation is linked already</comment>
            <translation>oui</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>how many of the recommendations are linked already</comment>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>the milestone</source>
            <translation>l'étape</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Liaison en cours…</translation>
        </message>
    </context>
    <context>
        <name>LinkRecommendationDialog</name>
        <message>
            <source>Link to a recommendation of another cycle</source>
            <translation>Lier à une recommandation d'un autre cycle</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</source>
            <translation>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt; : %4</translation>
        </message>
        <message>
            <source>Search by label or words…</source>
            <translation>Rechercher par numéro ou par mots…</translation>
        </message>
        <message>
            <source>cycle %1, %2: %3</source>
            <translation>cycle %1, %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>ListDetailScreen</name>
        <message>
            <source>Show resolved</source>
            <translation>Afficher les éléments résolus</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>%1 is locked</source>
            <translation>%1 est verrouillée</translation>
        </message>
        <message>
            <source>Type the database's passphrase to go on.</source>
            <translation>Saisissez la phrase secrète de la base de données pour continuer.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</source>
            <translation>Une base de données d'équipe sur un serveur : sa restauration (pg_restore) et sa protection (rôles, TLS, disque du serveur) relèvent de son administrateur. Fichier ▸ Sauvegarder maintenant en enregistre une copie (pg_dump).</translation>
        </message>
        <message>
            <source>UPR Tracker — %1 (team)</source>
            <translation>UPR Tracker — %1 (équipe)</translation>
        </message>
        <message>
            <source>UPR Tracker — %1</source>
            <translation>UPR Tracker — %1</translation>
        </message>
        <message>
            <source>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</source>
            <translation>Rechercher dans tout le texte : mots, « une expression », préfixe*, -exclure   (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>&amp;Recommandations</translation>
        </message>
        <message>
            <source>Milestones and &amp;plans</source>
            <translation>Étapes et &amp;plans</translation>
        </message>
        <message>
            <source>Problems to re&amp;view</source>
            <translation>Problèmes à e&amp;xaminer</translation>
        </message>
        <message>
            <source>Con&amp;flicts</source>
            <translation>Con&amp;flits</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nouvelle base de données…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>Ouvrir une base d'équi&amp;pe…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Import documents or datasets…</source>
            <translation>&amp;Importer des documents ou des jeux de données…</translation>
        </message>
        <message>
            <source>&amp;Export the recommendations shown…</source>
            <translation>&amp;Exporter les recommandations affichées…</translation>
        </message>
        <message>
            <source>Briefing &amp;report…</source>
            <translation>Rapport d'in&amp;formation…</translation>
        </message>
        <message>
            <source>&amp;Copy database to…</source>
            <translation>&amp;Copier la base de données vers…</translation>
        </message>
        <message>
            <source>&amp;Send changes to a colleague…</source>
            <translation>En&amp;voyer les modifications à un collègue…</translation>
        </message>
        <message>
            <source>Recei&amp;ve changes…</source>
            <translation>Recevoir des &amp;modifications…</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;key…</source>
            <translation>Enregistrer la clé de cet ordi&amp;nateur…</translation>
        </message>
        <message>
            <source>Trust a colleague's ke&amp;y…</source>
            <translation>Faire confiance à la clé d'un co&amp;llègue…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>Res&amp;taurer depuis une sauvegarde…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;New note on this recommendation</source>
            <translation>&amp;Nouvelle note sur cette recommandation</translation>
        </message>
        <message>
            <source>Your &amp;name in the audit trail…</source>
            <translation>&amp;Votre nom dans l'historique des modifications…</translation>
        </message>
        <message>
            <source>&amp;Link selected to a milestone…</source>
            <translation>&amp;Lier la sélection à une étape…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>&amp;Next recommendation</source>
            <translation>Recommandation &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Previous recommendation</source>
            <translation>Recommandation &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Clear filters and search</source>
            <translation>&amp;Effacer les filtres et la recherche</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>Enre&amp;gistrer cette recherche…</translation>
        </message>
        <message>
            <source>Show &amp;filters</source>
            <translation>Afficher les &amp;filtres</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Milestones and plans</source>
            <translation>É&amp;tapes et plans</translation>
        </message>
        <message>
            <source>&amp;Problems to review</source>
            <translation>&amp;Problèmes à examiner</translation>
        </message>
        <message>
            <source>&amp;Conflicts between databases</source>
            <translation>&amp;Conflits entre bases de données</translation>
        </message>
        <message>
            <source>&amp;Vocabularies (themes, SDGs, affected persons)…</source>
            <translation>&amp;Vocabulaires (thèmes, ODD, personnes concernées)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Ouvrir le dossier du &amp;journal</translation>
        </message>
        <message>
            <source>&amp;About UPR Tracker</source>
            <translation>À &amp;propos d'UPR Tracker</translation>
        </message>
        <message>
            <source>Save this search</source>
            <translation>Enregistrer cette recherche</translation>
        </message>
        <message>
            <source>Name of the search:</source>
            <translation>Nom de la recherche :</translation>
        </message>
        <message>
            <source>Saved the search “%1”.</source>
            <translation>Recherche « %1 » enregistrée.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Select the recommendations to link first.</source>
            <translation>Sélectionnez d'abord les recommandations à lier.</translation>
        </message>
        <message>
            <source>Select recommendations of one State: a milestone belongs to one State.</source>
            <translation>Sélectionnez les recommandations d'un seul État : une étape appartient à un seul État.</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1 (équipe)</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(aucun pour l'instant)</translation>
        </message>
        <message>
            <source>Open an UPR Tracker database</source>
            <translation>Ouvrir une base de données UPR Tracker</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>Bases de données UPR Tracker (*.sqlite3 *.db *.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>New UPR Tracker database</source>
            <translation>Nouvelle base de données UPR Tracker</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nouvelle base de données</translation>
        </message>
        <message>
            <source>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</source>
            <translation>%1 existe déjà, et une nouvelle base de données n’écrase jamais un fichier.

Choisissez un autre nom, ou ouvrez ce fichier avec Fichier ▸ Ouvrir une base de données…</translation>
        </message>
        <message>
            <source>Con&amp;flicts (%1)</source>
            <translation>Con&amp;flits (%1)</translation>
        </message>
        <message>
            <source>Your changes are now recorded as made by %1.</source>
            <translation>Vos modifications sont désormais enregistrées au nom de %1.</translation>
        </message>
        <message>
            <source>Report saved to %1.</source>
            <translation>Rapport enregistré dans %1.</translation>
        </message>
        <message>
            <source>About UPR Tracker</source>
            <translation>À propos d'UPR Tracker</translation>
        </message>
        <message>
            <source>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Assurer le suivi des recommandations de l'Examen périodique universel de l'ONU : positions, étapes, notes et évaluations de la mise en œuvre, hors ligne.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message numerus="yes">
            <source>Merge %n term(s)</source>
            <translation>
                <numerusform>Fusionner %n terme</numerusform>
                <numerusform>Fusionner %n termes</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep this term; the others are merged into it:</source>
            <translation>Conserver ce terme ; les autres y sont fusionnés :</translation>
        </message>
        <message numerus="yes">
            <source>%1 [%2] — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 [%2] — %n recommandation</numerusform>
                <numerusform>%1 [%2] — %n recommandations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n recommandation</numerusform>
                <numerusform>%1 — %n recommandations</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message numerus="yes">
            <source>The %n recommendation(s) tagged “%1” will be tagged “%2” instead.</source>
            <translation>
                <numerusform>La %n recommandation étiquetée « %1 » sera étiquetée « %2 » à la place.</numerusform>
                <numerusform>Les %n recommandations étiquetées « %1 » seront étiquetées « %2 » à la place.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged “%1”.</source>
            <translation>Aucune recommandation n'est étiquetée « %1 ».</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <comment>how many recommendations from a term</comment>
            <translation>%1 de « %2 »</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) will move to “%1” (%2).</source>
            <translation>
                <numerusform>%n recommandation passera à « %1 » (%2).</numerusform>
                <numerusform>%n recommandations passeront à « %1 » (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged %1.</source>
            <translation>Aucune recommandation n'est étiquetée %1.</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as a former name of “%2”.</source>
            <translation>%1 quittera la liste et restera trouvable comme ancien nom de « %2 ».</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as former names of “%2”.</source>
            <translation>%1 quitteront la liste et resteront trouvables comme anciens noms de « %2 ».</translation>
        </message>
        <message>
            <source>%1 %2 A merge cannot be undone.</source>
            <comment>what the merge moves, what leaves the list</comment>
            <translation>%1 %2 Une fusion ne peut pas être annulée.</translation>
        </message>
    </context>
    <context>
        <name>MidTermReport</name>
        <message>
            <source>Milestones</source>
            <translation>Étapes de mise en œuvre</translation>
        </message>
        <message>
            <source>Mid-term implementation report: %1</source>
            <translation>Rapport à mi-parcours sur la mise en œuvre : %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level and by the State's position</source>
            <translation>Recommandations selon le niveau combiné de mise en œuvre et la position de l'État</translation>
        </message>
        <message>
            <source>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</source>
            <translation>Le niveau combiné suit la méthode d'UPR Info : la dernière évaluation de chaque source vaut 0 (non mise en œuvre), 0,5 (partiellement) ou 1 (pleinement) ; une moyenne inférieure à 0,33 signifie « non mise en œuvre », inférieure à 0,66 « partiellement mise en œuvre », sinon « pleinement mise en œuvre ». Chaque recommandation ci-dessous indique sa moyenne (%1).</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Recommendations assessed</source>
            <translation>Recommandations évaluées</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Assessments by source</source>
            <translation>Évaluations par source</translation>
        </message>
        <message>
            <source>No source has assessed the implementation of these recommendations yet.</source>
            <translation>Aucune source n'a encore évalué la mise en œuvre de ces recommandations.</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>barème d'UPR Info : non 0, partiellement 0,5, pleinement 1 ; pleinement ≥ 0,66, partiellement ≥ 0,33, sinon non</translation>
        </message>
        <message>
            <source>%1 to %2; %3</source>
            <translation>de %1 à %2 ; %3</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1 of 1 from %n source(s) (%2).</source>
            <translation>
                <numerusform>Moyenne de %1 sur 1 (sources : %n) (%2).</numerusform>
                <numerusform>Moyenne de %1 sur 1 (sources : %n) (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>fully</source>
            <translation>pleinement</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>partiellement</translation>
        </message>
        <message>
            <source>not</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Evidence or comment</source>
            <translation>Éléments de preuve ou commentaire</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>Recommandation %1</translation>
        </message>
        <message>
            <source>an unrecorded State</source>
            <translation>un État non enregistré</translation>
        </message>
        <message>
            <source>Recommended by %1.</source>
            <translation>Recommandation formulée par : %1.</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>Aucune évaluation pour l'instant.</translation>
        </message>
        <message>
            <source>Combined level: %1.</source>
            <translation>Niveau combiné : %1.</translation>
        </message>
        <message>
            <source>Milestones: %1.</source>
            <translation>Étapes de mise en œuvre : %1.</translation>
        </message>
        <message>
            <source>Position of the State: %1 (%2).</source>
            <translation>Position de l'État : %1 (%2).</translation>
        </message>
        <message>
            <source>Position of the State: %1.</source>
            <translation>Position de l'État : %1.</translation>
        </message>
        <message>
            <source>The State's response: “%1”</source>
            <translation>Réponse de l'État : « %1 »</translation>
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
            <translation>Aucune étape pour l'instant</translation>
        </message>
        <message>
            <source>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</source>
            <translation>Les étapes sont les événements datés de la mise en œuvre : une loi adoptée, un plan d'action et ses points, un moratoire, une ratification, une visite, un recul. Enregistrez-en une avec &lt;b&gt;Nouvelle étape…&lt;/b&gt;, avec sa source, puis liez-la aux recommandations qu'elle concerne (dans le tableau des recommandations : &lt;i&gt;Lier à une étape…&lt;/i&gt;).</translation>
        </message>
        <message>
            <source>No milestone matches the filters.</source>
            <translation>Aucune étape ne correspond aux filtres.</translation>
        </message>
        <message>
            <source>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</source>
            <translation>Sélectionnez une étape dans la liste ou sur la frise chronologique pour voir sa description, sa source et les recommandations qu'elle concerne.</translation>
        </message>
        <message>
            <source>due %1</source>
            <comment>a milestone is due on a day</comment>
            <translation>échéance : %1</translation>
        </message>
        <message>
            <source>a plan</source>
            <translation>un plan</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <comment>an item number of a plan</comment>
            <translation>Point %1 de %2</translation>
        </message>
        <message>
            <source>An item of %1</source>
            <comment>of a plan</comment>
            <translation>Un point de %1</translation>
        </message>
        <message>
            <source>Items of the plan (%1)</source>
            <translation>Points du plan (%1)</translation>
        </message>
        <message>
            <source>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</source>
            <translation>Aucun pour l'instant : ajoutez-les avec &lt;b&gt;Nouveau point…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Fichier joint</translation>
        </message>
        <message>
            <source>Linked recommendations (%1)</source>
            <translation>Recommandations liées (%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</source>
            <translation>Liée à aucune recommandation pour l'instant. Sélectionnez des recommandations dans le tableau et choisissez &lt;i&gt;Lier à une étape…&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>New milestone</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message>
            <source>Type a State's name or code</source>
            <translation>Saisissez le nom ou le code d'un État</translation>
        </message>
        <message>
            <source>e.g. Refugees Act</source>
            <translation>p. ex. Loi sur les réfugiés</translation>
        </message>
        <message>
            <source>2009, 2009-07 or 2009-07-10</source>
            <translation>2009, 2009-07 ou 2009-07-10</translation>
        </message>
        <message>
            <source>2012, 2012-06 or 2012-06-30</source>
            <translation>2012, 2012-06 ou 2012-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (a deadline the dashboard reminds of)</source>
            <translation>AAAA-MM-JJ (une échéance que le tableau de bord rappelle)</translation>
        </message>
        <message>
            <source>e.g. 3.2</source>
            <translation>p. ex. 3.2</translation>
        </message>
        <message>
            <source>e.g. 12.3.4</source>
            <translation>p. ex. 12.3.4</translation>
        </message>
        <message>
            <source>Item no.</source>
            <translation>Point nº</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two; quote the source if you can.</source>
            <translation>Ce qui s'est passé, en une phrase ou deux ; citez la source si possible.</translation>
        </message>
        <message>
            <source>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</source>
            <translation>p. ex. A/HRC/14/10/Add.1, par. 12 ; Journal officiel nº 152</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>T&amp;itre :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>E&amp;nds (a plan):</source>
            <translation>&amp;Fin (d'un plan) :</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;Plan :</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription :</translation>
        </message>
        <message>
            <source>Source &amp;citation:</source>
            <translation>&amp;Référence de la source :</translation>
        </message>
        <message>
            <source>Source &amp;address:</source>
            <translation>&amp;Adresse de la source :</translation>
        </message>
        <message>
            <source>Attached &amp;file:</source>
            <translation>&amp;Fichier joint :</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name (its code)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Modifier l'étape</translation>
        </message>
        <message>
            <source>A plan with items cannot itself be an item of a plan.</source>
            <translation>Un plan qui a des points ne peut pas être lui-même un point d'un plan.</translation>
        </message>
        <message>
            <source>This plan has items, so it stays a plan.</source>
            <translation>Ce plan a des points : il reste donc un plan.</translation>
        </message>
        <message>
            <source>Not an item of a plan</source>
            <translation>Pas un point d'un plan</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a plan's title (its date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit plan item</source>
            <translation>Modifier le point du plan</translation>
        </message>
        <message>
            <source>New plan item</source>
            <translation>Nouveau point du plan</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>what the dialog does — of which State</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Non datée</translation>
        </message>
        <message>
            <source>= %1  (the year only)</source>
            <translation>= %1  (l'année seulement)</translation>
        </message>
        <message>
            <source>= %1  (the month only)</source>
            <translation>= %1  (le mois seulement)</translation>
        </message>
        <message>
            <source>= %1</source>
            <translation>= %1</translation>
        </message>
        <message>
            <source>Write the day as YYYY-MM-DD (or leave it empty).</source>
            <translation>Écrivez le jour sous la forme AAAA-MM-JJ (ou laissez le champ vide).</translation>
        </message>
        <message>
            <source>Attach a file as evidence</source>
            <translation>Joindre un fichier comme preuve</translation>
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
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a file's name (its size)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Kept inside the database</source>
            <translation>Conservé dans la base de données</translation>
        </message>
        <message>
            <source>No file (a copy is kept inside the database; up to %1 MB)</source>
            <translation>Aucun fichier (une copie est conservée dans la base de données ; %1 Mo au plus)</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Remplacer…</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Choisissez l'État dans la liste.</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>Une étape doit avoir un titre.</translation>
        </message>
        <message>
            <source>Write the full address, starting with https:// (or leave it empty).</source>
            <translation>Écrivez l'adresse complète, commençant par https:// (ou laissez le champ vide).</translation>
        </message>
        <message>
            <source>Saving the milestone…</source>
            <translation>Enregistrement de l'étape…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
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
        <name>MilestoneTableModel</name>
        <message>
            <source>known to the day</source>
            <translation>connue au jour près</translation>
        </message>
        <message>
            <source>known to the month</source>
            <translation>connue au mois près</translation>
        </message>
        <message>
            <source>known to the year</source>
            <translation>connue à l'année près</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Non datée</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Liées</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>Quand cela s'est produit, aussi précisément que connu</translation>
        </message>
        <message>
            <source>What kind of event it is</source>
            <translation>Le type d'événement</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Where the evidence is</source>
            <translation>Où se trouve la preuve</translation>
        </message>
        <message>
            <source>How many recommendations it concerns</source>
            <translation>Le nombre de recommandations concernées</translation>
        </message>
        <message>
            <source>No date recorded</source>
            <translation>Aucune date enregistrée</translation>
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
Pièce jointe : %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s): %1</source>
            <translation>
                <numerusform>Liée à %n recommandation : %1</numerusform>
                <numerusform>Liée à %n recommandations : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>Liée à %n recommandation</numerusform>
                <numerusform>Liée à %n recommandations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestoneTimeline</name>
        <message>
            <source>No dated milestones to draw.</source>
            <translation>Aucune étape datée à représenter.</translation>
        </message>
        <message>
            <source>No milestones to show. Record one with “New milestone…”.</source>
            <translation>Aucune étape à afficher. Enregistrez-en une avec « Nouvelle étape… ».</translation>
        </message>
        <message numerus="yes">
            <source>%n undated, not drawn</source>
            <translation>
                <numerusform>%n non datée, non représentée</numerusform>
                <numerusform>%n non datées, non représentées</numerusform>
            </translation>
        </message>
        <message>
            <source>a bar spans a date known only to the month or year</source>
            <translation>une barre couvre une date connue seulement au mois ou à l'année</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>non datée</translation>
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
                <numerusform>Liée à %n recommandation</numerusform>
                <numerusform>Liée à %n recommandations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>The milestones of one State; beside each, how many it has</source>
            <translation>Les étapes d'un État ; à côté de chacun, leur nombre</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Title, description, source or label contains…</source>
            <translation>Le titre, la description, la source ou le numéro contient…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>État :</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>De :</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>à :</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Show all the milestones of the State again</source>
            <translation>Afficher de nouveau toutes les étapes de l'État</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>Nouvelle étape…</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>Nouveau point…</translation>
        </message>
        <message>
            <source>Add an item to the selected plan of action</source>
            <translation>Ajouter un point au plan d'action sélectionné</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Ouvrir la pièce jointe</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>no limit on the year</comment>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Years; “Any” leaves that end open</source>
            <translation>Années ; « Toutes » laisse cette borne ouverte</translation>
        </message>
        <message>
            <source>Reading the milestones…</source>
            <translation>Lecture des étapes…</translation>
        </message>
        <message numerus="yes">
            <source>All States (%n milestone(s))</source>
            <translation>
                <numerusform>Tous les États (%n étape)</numerusform>
                <numerusform>Tous les États (%n étapes)</numerusform>
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
                <numerusform>%n étape</numerusform>
                <numerusform>%n étapes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s)</source>
            <translation>
                <numerusform>%1 sur %n étape</numerusform>
                <numerusform>%1 sur %n étapes</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an item to “%1”</source>
            <translation>Ajouter un point à « %1 »</translation>
        </message>
        <message>
            <source>Select a plan of action (or one of its items) to add an item to it</source>
            <translation>Sélectionnez un plan d'action (ou l'un de ses points) pour lui ajouter un point</translation>
        </message>
        <message>
            <source>Delete the milestone “%1”?</source>
            <translation>Supprimer l'étape « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <source>Delete the plan “%1” and its %n item(s)?</source>
            <translation>
                <numerusform>Supprimer le plan « %1 » et son %n point ?</numerusform>
                <numerusform>Supprimer le plan « %1 » et ses %n points ?</numerusform>
            </translation>
        </message>
        <message>
            <source>The 1 linked recommendation stays; only the link goes.</source>
            <translation>La recommandation liée est conservée ; seul le lien disparaît.</translation>
        </message>
        <message numerus="yes">
            <source>The %n linked recommendations stay; only the link goes.</source>
            <translation>
                <numerusform>La %n recommandation liée est conservée ; seul le lien disparaît.</numerusform>
                <numerusform>Les %n recommandations liées sont conservées ; seul le lien disparaît.</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file kept in the database is deleted too.</source>
            <translation>Le fichier joint conservé dans la base de données est également supprimé.</translation>
        </message>
        <message>
            <source>Deleting the milestone…</source>
            <translation>Suppression de l'étape…</translation>
        </message>
        <message>
            <source>Opening the attached file…</source>
            <translation>Ouverture du fichier joint…</translation>
        </message>
        <message>
            <source>No application opened %1. A copy was saved at:
%2</source>
            <translation>Aucune application n'a ouvert %1. Une copie a été enregistrée ici :
%2</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>All recommendations (%1)</source>
            <translation>Toutes les recommandations (%1)</translation>
        </message>
        <message>
            <source>States</source>
            <translation>États</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Plans of action</source>
            <translation>Plans d'action</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>Recherches enregistrées</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3, %4 pending)</source>
            <translation>Cycle %1, session %2 (%3, %4 en attente)</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3)</source>
            <translation>Cycle %1, session %2 (%3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2, %3 pending)</source>
            <translation>Cycle %1 (%2, %3 en attente)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Cycle %1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>NoteHeading</name>
        <message>
            <source>event %1, written %2</source>
            <translation>événement du %1, rédigée le %2</translation>
        </message>
        <message>
            <source>[confidential, kept on this laptop]</source>
            <translation>[confidentiel, conservé sur cet ordinateur]</translation>
        </message>
        <message>
            <source>[confidential]</source>
            <translation>[confidentiel]</translation>
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
            <translation>La copie ouverte échappe à la protection de la base de données chiffrée tant qu'elle est ouverte ; elle est supprimée lorsque la fenêtre se verrouille ou se ferme.</translation>
        </message>
        <message>
            <source>no folder to open the attachment in: the temporary folder cannot be written</source>
            <translation>aucun dossier où ouvrir la pièce jointe : le dossier temporaire n'est pas accessible en écriture</translation>
        </message>
    </context>
    <context>
        <name>OthersChanges</name>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</source>
            <translation>Modifié entre-temps par %1 : ce que vous saisissez est conservé, et l'enregistrer affichera les deux versions. &lt;a href='%2'&gt;Recharger&lt;/a&gt; pour abandonner la vôtre.</translation>
        </message>
        <message>
            <source>Changes by %1 are shown.</source>
            <translation>Les modifications de %1 sont affichées.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>That passphrase does not open it. Try again.</source>
            <translation>Cette phrase secrète ne l'ouvre pas. Réessayez.</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Encore une fois :</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</source>
            <translation>
                <numerusform>Au moins %n caractère ; quelques mots sans rapport entre eux en font une phrase solide. Sans elle, les données ne peuvent pas être récupérées : conservez-la en lieu sûr.</numerusform>
                <numerusform>Au moins %n caractères ; quelques mots sans rapport entre eux en font une phrase solide. Sans elle, les données ne peuvent pas être récupérées : conservez-la en lieu sûr.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Saisissez la phrase secrète.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>Trop courte : utilisez au moins %n caractère.</numerusform>
                <numerusform>Trop courte : utilisez au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>Base de données chiffrée</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type its passphrase to open it.
%2</source>
            <translation>%1 est chiffrée. Saisissez sa phrase secrète pour l'ouvrir.
%2</translation>
        </message>
        <message>
            <source>Encrypt the report?</source>
            <translation>Chiffrer le rapport ?</translation>
        </message>
        <message>
            <source>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>Cette base de données est chiffrée ; le rapport ne le sera pas, sauf si vous le chiffrez aussi. Placer le rapport dans une archive ZIP chiffrée (AES-256, ouverte par 7-Zip et WinZip avec sa propre phrase secrète) ?</translation>
        </message>
        <message>
            <source>Passphrase of the report</source>
            <translation>Phrase secrète du rapport</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the report. Better not the database's own.</source>
            <translation>La phrase secrète à donner à la personne qui ouvrira le rapport. De préférence pas celle de la base de données.</translation>
        </message>
        <message>
            <source>Encrypt the export?</source>
            <translation>Chiffrer l'exportation ?</translation>
        </message>
        <message>
            <source>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>Cette base de données est chiffrée ; l'exportation ne le sera pas, sauf si vous la chiffrez aussi. Placer l'exportation dans une archive ZIP chiffrée (AES-256, ouverte par 7-Zip et WinZip avec sa propre phrase secrète) ?</translation>
        </message>
        <message>
            <source>Passphrase of the export</source>
            <translation>Phrase secrète de l'exportation</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the export. Better not the database's own.</source>
            <translation>La phrase secrète à donner à la personne qui ouvrira l'exportation. De préférence pas celle de la base de données.</translation>
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
        <name>ProblemDialogs</name>
        <message>
            <source>Supported, considered already implemented</source>
            <translation>Appuyée, considérée comme déjà mise en œuvre</translation>
        </message>
        <message>
            <source>Pending (will be examined)</source>
            <translation>En attente (sera examinée)</translation>
        </message>
        <message>
            <source>states no single position</source>
            <translation>n'exprime pas une position unique</translation>
        </message>
        <message>
            <source>As its words say: %1</source>
            <translation>Selon ses termes : %1</translation>
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
            <translation>Ligne %1 · %2</translation>
        </message>
        <message>
            <source>Resolved · %1</source>
            <translation>Résolu · %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemsView</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Problems to review</source>
            <translation>Problèmes à examiner</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Tous les examens</translation>
        </message>
        <message>
            <source>in</source>
            <comment>problems to review in a review</comment>
            <translation>dans</translation>
        </message>
        <message>
            <source>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</source>
            <translation>Aucun problème à examiner.

Ce qu'une importation n'a pas pu lire avec certitude figure ici, à côté du texte du document.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Texte source</translation>
        </message>
        <message>
            <source>Accept as read</source>
            <translation>Accepter tel que lu</translation>
        </message>
        <message>
            <source>The import read it right: resolve the problem.</source>
            <translation>L'importation l'a bien lu : résoudre le problème.</translation>
        </message>
        <message>
            <source>Correct position…</source>
            <translation>Corriger la position…</translation>
        </message>
        <message>
            <source>Assign to recommendations…</source>
            <translation>Attribuer à des recommandations…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Scinder…</translation>
        </message>
        <message>
            <source>Mark resolved with a note…</source>
            <translation>Marquer comme résolu avec une note…</translation>
        </message>
        <message>
            <source>Choose a problem to see it beside the document's text.</source>
            <translation>Choisissez un problème pour le voir à côté du texte du document.</translation>
        </message>
        <message>
            <source>Reading the problems to review…</source>
            <translation>Lecture des problèmes à examiner…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 ouverts, %2 résolus</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 ouverts</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>Cet examen</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>Recommendations: %1</source>
            <translation>Recommandations : %1</translation>
        </message>
        <message>
            <source>Recommendations: none named (the text lost its numbers)</source>
            <translation>Recommandations : aucune nommée (le texte a perdu ses numéros)</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>Résolu : %1</translation>
        </message>
        <message>
            <source>Recorded: nothing yet; the text awaits its recommendations.</source>
            <translation>Enregistré : rien pour l'instant ; le texte attend ses recommandations.</translation>
        </message>
        <message>
            <source>Recorded from this document: no position.</source>
            <translation>Enregistré à partir de ce document : aucune position.</translation>
        </message>
        <message>
            <source>no position (unclear)</source>
            <translation>aucune position (incertaine)</translation>
        </message>
        <message>
            <source>%1: %2 — “%3”</source>
            <translation>%1 : %2 — « %3 »</translation>
        </message>
        <message>
            <source>Recorded from this document:
%1</source>
            <translation>Enregistré à partir de ce document :
%1</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem: the document answers the other recommendations but not these.</source>
            <translation>Aucune ligne du document ne concerne ce problème : le document répond aux autres recommandations mais pas à celles-ci.</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem.</source>
            <translation>Aucune ligne du document ne concerne ce problème.</translation>
        </message>
        <message>
            <source>The text of this document was not kept (it was read from its tables).</source>
            <translation>Le texte de ce document n'a pas été conservé (il a été lu à partir de ses tableaux).</translation>
        </message>
        <message>
            <source>Source text, lines %1–%2 of %3</source>
            <translation>Texte source, lignes %1 à %2 de %3</translation>
        </message>
        <message>
            <source>Accepted as read.</source>
            <translation>Accepté tel que lu.</translation>
        </message>
        <message>
            <source>Position corrected.</source>
            <translation>Position corrigée.</translation>
        </message>
        <message>
            <source>Reading the review's labels…</source>
            <translation>Lecture des numéros de l'examen…</translation>
        </message>
        <message>
            <source>Text assigned.</source>
            <translation>Texte attribué.</translation>
        </message>
        <message>
            <source>Text split in two answers.</source>
            <translation>Texte scindé en deux réponses.</translation>
        </message>
        <message>
            <source>Marked resolved.</source>
            <translation>Marqué comme résolu.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation>Recevoir des modifications</translation>
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation>Applique à cette base de données le lot de modifications d'un collègue. Rien n'est appliqué d'un lot endommagé, falsifié ou venant de l'extérieur de l'équipe ; les désaccords sont conservés comme conflits, que vous trancherez.</translation>
        </message>
        <message>
            <source>Bundle file:</source>
            <translation>Fichier de lot :</translation>
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation>vide pour un lot écrit pour la clé de cet ordinateur portable</translation>
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation>Phrase secrète de l'équipe :</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation>Un lot de modifications</translation>
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation>Choisissez le fichier de lot à appliquer.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (considérée comme mise en œuvre)</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Nouvelle recommandation</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Modifier la recommandation %1</translation>
        </message>
        <message>
            <source>e.g. 97.12</source>
            <translation>p. ex. 97.12</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>La recommandation, telle que le rapport la formule</translation>
        </message>
        <message>
            <source>Filter States…</source>
            <translation>Filtrer les États…</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>Filtrer les thèmes…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Non classée</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>an action category's number — its name</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>para. %1</source>
            <translation>par. %1</translation>
        </message>
        <message>
            <source>Unchanged (%1, %2)</source>
            <translation>Inchangée (%1, %2)</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>Inchangée (%1)</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>Pas encore de position</translation>
        </message>
        <message>
            <source>the document that states it, e.g. A/HRC/59/5/Add.1</source>
            <translation>le document qui l'indique, p. ex. A/HRC/59/5/Add.1</translation>
        </message>
        <message>
            <source>para.</source>
            <comment>short for paragraph</comment>
            <translation>par.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Catégorie d'action</translation>
        </message>
        <message>
            <source>from</source>
            <comment>a position from a document</comment>
            <translation>selon</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by&lt;/b&gt;</source>
            <translation>&lt;b&gt;Recommandée par&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Themes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Thèmes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Position: choose the position that document states, or clear the document.</source>
            <translation>Position : choisissez la position indiquée par ce document, ou effacez le document.</translation>
        </message>
        <message>
            <source>Review: add the review first (Edit ▸ New review…).</source>
            <translation>Examen : ajoutez d'abord l'examen (Édition ▸ Nouvel examen…).</translation>
        </message>
        <message>
            <source>label</source>
            <translation>numéro</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>recommending states</source>
            <translation>États auteurs de la recommandation</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>catégorie d'action</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>thèmes</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a field: the value typed</comment>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanel</name>
        <message>
            <source>%1 created</source>
            <translation>%1 : création</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1 : modification</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1 : suppression</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1 : fusion</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(sans numéro)</translation>
        </message>
        <message>
            <source>Text not imported yet</source>
            <translation>Texte pas encore importé</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Recommandée par :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Source :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Position:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Position :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Implementation:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Mise en œuvre :&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>%1, cycle %2: recommendation %3</source>
            <translation>%1, cycle %2 : recommandation %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</source>
            <translation>&lt;b&gt;À vérifier&lt;/b&gt; (voir l'historique des positions et les problèmes d'importation).</translation>
        </message>
        <message>
            <source>Position history</source>
            <translation>Historique des positions</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>non datée</translation>
        </message>
        <message>
            <source>(needs review: %1)</source>
            <translation>(à vérifier : %1)</translation>
        </message>
        <message>
            <source>Themes and other terms</source>
            <translation>Thèmes et autres termes</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;%1 :&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>Edit &amp;themes…</source>
            <translation>Modifier les &amp;thèmes…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Non catégorisée</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;UPR Info issues:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Thèmes d'UPR Info :&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action category:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Catégorie d'action :&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit recommendation…</source>
            <translation>Modifier la recommandation…</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>&amp;Recommandation</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>&amp;Mise en œuvre</translation>
        </message>
        <message>
            <source>&amp;Link to a milestone…</source>
            <translation>&amp;Lier à une étape…</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>É&amp;tapes</translation>
        </message>
        <message>
            <source>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</source>
            <translation>Rédigez une note de suivi : une réunion, un suivi, un témoignage… (Ctrl+Entrée pour enregistrer)</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Étiquettes, séparées par des virgules</translation>
        </message>
        <message>
            <source>Shared with: users or roles (viewer, editor, admin), separated by commas</source>
            <translation>Partagée avec : utilisateurs ou rôles (viewer, editor, admin), séparés par des virgules</translation>
        </message>
        <message>
            <source>Kept on this laptop</source>
            <translation>Conservée sur cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Enregistrer la note</translation>
        </message>
        <message>
            <source>&amp;Edit selected</source>
            <translation>&amp;Modifier la sélection</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>&amp;Supprimer la sélection</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
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
            <translation>la recommandation</translation>
        </message>
        <message>
            <source>A team server's database is not a laptop's: its notes are the team's</source>
            <translation>La base de données d'un serveur d'équipe n'est pas celle d'un ordinateur portable : ses notes appartiennent à l'équipe</translation>
        </message>
        <message>
            <source>Never sent to the team server nor to a colleague: the note stays in this database</source>
            <translation>Jamais envoyée au serveur de l'équipe ni à un collègue : la note reste dans cette base de données</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Enregistrer les modifications</translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recommandée par</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Trouvée dans</translation>
        </message>
        <message>
            <source>its text</source>
            <translation>son texte</translation>
        </message>
        <message>
            <source>a response</source>
            <translation>une réponse</translation>
        </message>
        <message>
            <source>a milestone</source>
            <translation>une étape</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>une note</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>dans %1</translation>
        </message>
        <message>
            <source>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</source>
            <translation>En conflit : modifiée différemment dans deux bases de données — voir Outils ▸ Conflits (Ctrl+4)</translation>
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
        <name>RelatedRecommendationsView</name>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</source>
            <translation>&lt;b&gt;Recommandée à nouveau&lt;/b&gt; : la même recommandation dans d'autres cycles (double-cliquez sur l'une d'elles pour l'ouvrir)</translation>
        </message>
        <message>
            <source>Link to a recommendation of another cycle…</source>
            <translation>Lier à une recommandation d'un autre cycle…</translation>
        </message>
        <message>
            <source>Remove the link</source>
            <translation>Supprimer le lien</translation>
        </message>
        <message>
            <source>Suggest links for this State</source>
            <translation>Suggérer des liens pour cet État</translation>
        </message>
        <message>
            <source>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</source>
            <translation>Les textes de cycles consécutifs suffisamment semblables (note de %1 sur 100 ou plus) sont suggérés ; une personne accepte ou rejette chacun d'eux.</translation>
        </message>
        <message>
            <source>this one</source>
            <translation>celle-ci</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmé</translation>
        </message>
        <message>
            <source>confirmed (through another)</source>
            <translation>confirmé (par une autre)</translation>
        </message>
        <message>
            <source>suggested, score %1</source>
            <translation>suggéré, note %1</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>suggéré</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>%1: confirm that this is the same recommendation made again</source>
            <translation>%1 : confirmer qu'il s'agit de la même recommandation formulée à nouveau</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <source>not the same recommendation: it will not be suggested again</source>
            <translation>pas la même recommandation : elle ne sera plus suggérée</translation>
        </message>
        <message>
            <source>Saving the link…</source>
            <translation>Enregistrement du lien…</translation>
        </message>
        <message>
            <source>Suggestion accepted: recommended again (confirmed).</source>
            <translation>Suggestion acceptée : recommandée à nouveau (confirmé).</translation>
        </message>
        <message>
            <source>Suggestion rejected: this pair will not be suggested again.</source>
            <translation>Suggestion rejetée : cette paire ne sera plus suggérée.</translation>
        </message>
        <message>
            <source>Link removed.</source>
            <translation>Lien supprimé.</translation>
        </message>
        <message>
            <source>Linked: recommended again (confirmed).</source>
            <translation>Liée : recommandée à nouveau (confirmé).</translation>
        </message>
        <message numerus="yes">
            <source>%n new suggestion(s) for %1 (%2 pairs already linked or decided).</source>
            <translation>
                <numerusform>%n nouvelle suggestion pour %1 (%2 paires déjà liées ou tranchées).</numerusform>
                <numerusform>%n nouvelles suggestions pour %1 (%2 paires déjà liées ou tranchées).</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting recommendations made again (%1)…</source>
            <translation>Suggestion des recommandations formulées à nouveau (%1)…</translation>
        </message>
    </context>
    <context>
        <name>RenameTermDialog</name>
        <message>
            <source>Rename “%1”</source>
            <translation>Renommer « %1 »</translation>
        </message>
        <message numerus="yes">
            <source>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.</source>
            <translation>
                <numerusform>L'ancien nom « %1 » reste trouvable : il devient un ancien nom du terme, de sorte que les importations et les recherches qui l'utilisent trouvent toujours le terme. La %n recommandation étiquetée avec lui le garde sous le nouveau nom.</numerusform>
                <numerusform>L'ancien nom « %1 » reste trouvable : il devient un ancien nom du terme, de sorte que les importations et les recherches qui l'utilisent trouvent toujours le terme. Les %n recommandations étiquetées avec lui le gardent sous le nouveau nom.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;Nouveau nom :</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
    </context>
    <context>
        <name>ReportDates</name>
        <message>
            <source>until %1</source>
            <translation>jusqu'à %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Country brief (one review)</source>
            <translation>Note d'information par pays (un examen)</translation>
        </message>
        <message>
            <source>Thematic brief (a theme or a search, across States and cycles)</source>
            <translation>Note thématique (un thème ou une recherche, tous États et cycles confondus)</translation>
        </message>
        <message>
            <source>Mid-term implementation report (one review)</source>
            <translation>Rapport à mi-parcours sur la mise en œuvre (un examen)</translation>
        </message>
        <message>
            <source>Milestones timeline (a review or a plan of action)</source>
            <translation>Chronologie des étapes de mise en œuvre (un examen ou un plan d'action)</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Briefing report</source>
            <translation>Rapport d'information</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport :</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>&amp;Cycle :</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>or words to search for, instead of a theme</source>
            <translation>ou des mots à rechercher, au lieu d'un thème</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>Reche&amp;rche :</translation>
        </message>
        <message>
            <source>&amp;Plan of action:</source>
            <translation>&amp;Plan d'action :</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Sections :</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Include confidential notes (the cover will say so)</source>
            <translation>Inclure les notes confidentielles (la page de couverture le signalera)</translation>
        </message>
        <message>
            <source>Use suggested themes where none is confirmed (marked †)</source>
            <translation>Utiliser les thèmes suggérés là où aucun n'est confirmé (marqués †)</translation>
        </message>
        <message>
            <source>your organisation, named on the cover</source>
            <translation>votre organisation, nommée sur la page de couverture</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Aperçu</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Choose what the report covers, then Preview to see its pages.</source>
            <translation>Choisissez ce que couvre le rapport, puis cliquez sur Aperçu pour en voir les pages.</translation>
        </message>
        <message>
            <source>Any State</source>
            <translation>Tous les États</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Any cycle</source>
            <translation>Tous les cycles</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Cycle %1</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Préparation de l'aperçu…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
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
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Écriture de %1…</translation>
        </message>
        <message>
            <source>Saved to %1. It includes confidential notes.</source>
            <translation>Enregistré dans %1. Il contient des notes confidentielles.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</source>
            <translation>La base de données ne contient encore aucune recommandation de l'examen de %1 au cours du cycle %2 : importez le rapport du Groupe de travail pour remplir ce rapport.</translation>
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
            <translation>Examen périodique universel, cycle %1 (%2)</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1</source>
            <translation>Examen périodique universel, cycle %1</translation>
        </message>
        <message>
            <source>%1, Working Group session %2</source>
            <translation>%1, %2e session du Groupe de travail</translation>
        </message>
        <message>
            <source>%1, reviewed on %2</source>
            <translation>%1, examen du %2</translation>
        </message>
        <message>
            <source>%1 · UPR cycle %2 · %3</source>
            <translation>%1 · EPU, cycle %2 · %3</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>votre organisation</translation>
        </message>
        <message numerus="yes">
            <source>Contains %n confidential note(s): do not share outside %1.</source>
            <translation>
                <numerusform>Notes confidentielles : %n. Ne pas diffuser en dehors de %1.</numerusform>
                <numerusform>Notes confidentielles : %n. Ne pas diffuser en dehors de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIEL</translation>
        </message>
    </context>
    <context>
        <name>ReportProgress</name>
        <message>
            <source>Finding the review</source>
            <translation>Recherche de l'examen</translation>
        </message>
        <message>
            <source>Reading the recommendations</source>
            <translation>Lecture des recommandations</translation>
        </message>
        <message>
            <source>Composing the brief</source>
            <translation>Rédaction de la note</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>Rapport écrit</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Écriture du rapport</translation>
        </message>
        <message>
            <source>Reading the recommendations and their assessments</source>
            <translation>Lecture des recommandations et de leurs évaluations</translation>
        </message>
        <message>
            <source>Composing the report</source>
            <translation>Rédaction du rapport</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>Écriture de la page %1 sur %2</translation>
        </message>
        <message>
            <source>Report composed</source>
            <translation>Rapport rédigé</translation>
        </message>
        <message>
            <source>Laying out the report</source>
            <translation>Mise en page du rapport</translation>
        </message>
        <message>
            <source>Finding the theme</source>
            <translation>Recherche du thème</translation>
        </message>
        <message>
            <source>Finding the review or the plan</source>
            <translation>Recherche de l'examen ou du plan</translation>
        </message>
        <message>
            <source>Reading the plan and its items</source>
            <translation>Lecture du plan et de ses éléments</translation>
        </message>
        <message>
            <source>Reading the milestones</source>
            <translation>Lecture des étapes de mise en œuvre</translation>
        </message>
        <message>
            <source>Composing the timeline</source>
            <translation>Rédaction de la chronologie</translation>
        </message>
    </context>
    <context>
        <name>ReportSection</name>
        <message>
            <source>Summary: counts by position, implementation and theme</source>
            <translation>Résumé : nombres par position, mise en œuvre et thème</translation>
        </message>
        <message>
            <source>Charts of positions and implementation</source>
            <translation>Graphiques des positions et de la mise en œuvre</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Recommandations par thème</translation>
        </message>
        <message>
            <source>Summary: counts by cycle and by State</source>
            <translation>Résumé : nombres par cycle et par État</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Recommandations réitérées d'un cycle à l'autre</translation>
        </message>
        <message>
            <source>Recommendations by cycle</source>
            <translation>Recommandations par cycle</translation>
        </message>
        <message>
            <source>Summary: implementation by position and by source</source>
            <translation>Résumé : mise en œuvre par position et par source</translation>
        </message>
        <message>
            <source>Recommendations with their assessments</source>
            <translation>Recommandations et leurs évaluations</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Étapes de mise en œuvre</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
    </context>
    <context>
        <name>ReportTemplate</name>
        <message>
            <source>Country brief</source>
            <translation>Note d'information par pays</translation>
        </message>
        <message>
            <source>Thematic brief</source>
            <translation>Note thématique</translation>
        </message>
        <message>
            <source>Mid-term implementation report</source>
            <translation>Rapport à mi-parcours sur la mise en œuvre</translation>
        </message>
        <message>
            <source>Milestones timeline</source>
            <translation>Chronologie des étapes de mise en œuvre</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>No position yet</source>
            <translation>Pas encore de position</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>Sans thème</translation>
        </message>
        <message>
            <source>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</source>
            <translation>Les thèmes marqués %1 sont suggérés par UPR Tracker lorsqu'une personne ne les a pas confirmés.</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Thèmes d'UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Thèmes du HCDH</translation>
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
            <source>%1 (considered implemented)</source>
            <translation>%1 (considérée comme mise en œuvre)</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évaluée</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(sans numéro)</translation>
        </message>
        <message>
            <source>National report</source>
            <translation>Rapport national</translation>
        </message>
        <message>
            <source>UN compilation</source>
            <translation>Compilation de l'ONU</translation>
        </message>
        <message>
            <source>Summary of stakeholders' submissions</source>
            <translation>Résumé des communications des parties prenantes</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Rapport du Groupe de travail</translation>
        </message>
        <message>
            <source>The State's reply (addendum)</source>
            <translation>Réponses de l'État examiné (additif)</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>no symbol</source>
            <translation>sans cote</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1 : %2, %3</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Position and implementation</source>
            <translation>Position et mise en œuvre</translation>
        </message>
        <message>
            <source>Latest milestone and note</source>
            <translation>Dernière étape et dernière note</translation>
        </message>
        <message>
            <source>Recommended by %1</source>
            <translation>Recommandation formulée par : %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note : %1</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>États auteurs de la recommandation</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Mise en œuvre</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Non datée</translation>
        </message>
        <message>
            <source>Event %1, written %2</source>
            <translation>Événement du %1, rédigée le %2</translation>
        </message>
        <message>
            <source>Confidential — %1, %2: %3</source>
            <translation>Confidentiel — %1, %2 : %3</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>ResolveNoteDialog</name>
        <message>
            <source>Mark resolved</source>
            <translation>Marquer comme résolu</translation>
        </message>
        <message>
            <source>How it was resolved: checked against the printed document, left as it is because…</source>
            <translation>Comment il a été résolu : vérifié sur le document imprimé, laissé tel quel parce que…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a problem's title: its message</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Write how the problem was resolved.</source>
            <translation>Indiquez comment le problème a été résolu.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBars</name>
        <message>
            <source>No position</source>
            <translation>Sans position</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évaluée</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n recommandation</numerusform>
                <numerusform>%1 — %n recommandations</numerusform>
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
Positions : %2
Mise en œuvre : %3
Cliquez pour les afficher.</translation>
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
        <name>ReviewDatesDialog</name>
        <message>
            <source>&amp;Adoption at the Council:</source>
            <translation>&amp;Adoption par le Conseil :</translation>
        </message>
        <message>
            <source>&amp;Mid-term report:</source>
            <translation>Rapport à &amp;mi-parcours :</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>Examen &amp;suivant :</translation>
        </message>
        <message>
            <source>estimated from the calendar of sessions</source>
            <translation>estimée d'après le calendrier des sessions</translation>
        </message>
        <message>
            <source>Dates of the review — %1</source>
            <translation>Dates de l'examen — %1</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <comment>how a date is typed: year, month, day</comment>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Remarque : %1</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>the format of a date in a sentence</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, session %2 du Groupe de travail, tenue le %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, session %2 du Groupe de travail</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, held %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, tenu le %2</translation>
        </message>
        <message>
            <source>Saving the dates…</source>
            <translation>Enregistrement des dates…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>Nouvel examen</translation>
        </message>
        <message>
            <source>Known:</source>
            <translation>Connu :</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>État examiné</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Session du Groupe de travail</translation>
        </message>
        <message>
            <source>Day of the review</source>
            <translation>Jour de l'examen</translation>
        </message>
        <message>
            <source>State: “%1” is not in the list; choose one.</source>
            <translation>État : « %1 » ne figure pas dans la liste ; choisissez-en un.</translation>
        </message>
        <message>
            <source>State: choose the State under review.</source>
            <translation>État : choisissez l'État examiné.</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation>Envoyer les modifications à un collègue</translation>
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation>Écrit les modifications de cette base de données dans un fichier chiffré signé par cet ordinateur portable, à apporter à un collègue (sur une clé USB). Les notes confidentielles conservées sur cet ordinateur restent ici.</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Écrire dans :</translation>
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation>Tout (pour n'importe quel membre de l'équipe)</translation>
        </message>
        <message>
            <source>What %1 may lack</source>
            <translation>Ce qui peut manquer à %1</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Modifications :</translation>
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation>La phrase secrète des lots de l'équipe</translation>
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation>Les clés des collègues</translation>
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation>Chiffrer avec :</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Encore une fois :</translation>
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation>Les fichiers de clé des collègues (upr-tracker bundle key) ; sans fichier, la clé du collègue choisi connue ici</translation>
        </message>
        <message>
            <source>Add a key file…</source>
            <translation>Ajouter un fichier de clé…</translation>
        </message>
        <message>
            <source>Key files:</source>
            <translation>Fichiers de clé :</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Écrire</translation>
        </message>
        <message>
            <source>Write the changes to</source>
            <translation>Écrire les modifications dans</translation>
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation>Fichiers de clé des collègues</translation>
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation>Choisissez le fichier dans lequel écrire les modifications.</translation>
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation>Saisissez la phrase secrète des lots de l'équipe (deux fois).</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation>Ajoutez le fichier de clé de chaque collègue destinataire des modifications (il l'écrit avec : upr-tracker bundle key), ou choisissez un collègue dont la clé est connue ici.</translation>
        </message>
    </context>
    <context>
        <name>SplitTextDialog</name>
        <message>
            <source>Split the text</source>
            <translation>Scinder le texte</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Scinder</translation>
        </message>
        <message>
            <source>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</source>
            <translation>Un même texte répond à deux groupes de recommandations. Cliquez sur la ligne où commence la seconde réponse, puis indiquez à quelles recommandations répond chaque partie.</translation>
        </message>
        <message>
            <source>First part answers</source>
            <translation>La première partie répond à</translation>
        </message>
        <message>
            <source>Second part answers</source>
            <translation>La seconde partie répond à</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Position :</translation>
        </message>
        <message>
            <source>Choose a line after the first one: the second part begins there.</source>
            <translation>Choisissez une ligne après la première : la seconde partie commence là.</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3: “%4”</source>
            <translation>Lignes %1 à %2, ses termes : %3 : « %4 »</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3</source>
            <translation>Lignes %1 à %2, ses termes : %3</translation>
        </message>
        <message>
            <source>Tick the recommendations each part answers.</source>
            <translation>Cochez les recommandations auxquelles répond chaque partie.</translation>
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
            <translation>%1 suggéré, fiabilité %2 : ce n'est pas encore une valeur tant qu'une personne ne l'a pas acceptée</translation>
        </message>
        <message>
            <source>Accept: %1 becomes the recommendation's %2</source>
            <translation>Accepter : %1 devient la valeur « %2 » de la recommandation</translation>
        </message>
        <message>
            <source>Accept the suggestion %1</source>
            <translation>Accepter la suggestion %1</translation>
        </message>
        <message>
            <source>Reject: %1 will not be suggested again for this recommendation</source>
            <translation>Rejeter : %1 ne sera plus suggéré pour cette recommandation</translation>
        </message>
        <message>
            <source>Reject the suggestion %1</source>
            <translation>Rejeter la suggestion %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChips</name>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Suggéré :&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</source>
            <translation>Suggéré par l'application d'après le texte, pour qu'une personne l'accepte (✓) ou le rejette (✗) ; une valeur donnée par une personne ou un document n'est jamais remplacée</translation>
        </message>
        <message>
            <source>Accepting the suggestion…</source>
            <translation>Acceptation de la suggestion…</translation>
        </message>
        <message>
            <source>Rejecting the suggestion…</source>
            <translation>Rejet de la suggestion…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTableModel</name>
        <message>
            <source>Label</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Suggested value</source>
            <translation>Valeur suggérée</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Fiabilité</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Action category</source>
            <translation>Catégorie d'action</translation>
        </message>
        <message>
            <source>UPR Info issue</source>
            <translation>Thème d'UPR Info</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SDG %1</source>
            <translation>ODD %1</translation>
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
            <translation>Fiabilité au-dessus de, en pourcentage</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Action categories</source>
            <translation>Catégories d'action</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Thèmes d'UPR Info</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Examen :</translation>
        </message>
        <message>
            <source>Confidence &amp;above:</source>
            <translation>&amp;Fiabilité au-dessus de :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>✓ &amp;Accept selected</source>
            <translation>✓ &amp;Accepter la sélection</translation>
        </message>
        <message>
            <source>The selected suggestions become values of their recommendations, accepted by you</source>
            <translation>Les suggestions sélectionnées deviennent des valeurs de leurs recommandations, acceptées par vous</translation>
        </message>
        <message>
            <source>✗ R&amp;eject selected</source>
            <translation>✗ R&amp;ejeter la sélection</translation>
        </message>
        <message>
            <source>The selected suggestions are not suggested again</source>
            <translation>Les suggestions sélectionnées ne seront plus suggérées</translation>
        </message>
        <message>
            <source>Accept a&amp;ll shown…</source>
            <translation>Accepter &amp;tout ce qui est affiché…</translation>
        </message>
        <message>
            <source>Every suggestion the filters show, not only the rows on screen (you are told how many first)</source>
            <translation>Toutes les suggestions que montrent les filtres, pas seulement les lignes à l'écran (leur nombre vous est indiqué d'abord)</translation>
        </message>
        <message>
            <source>&amp;Suggest categories and themes…</source>
            <translation>&amp;Suggérer catégories et thèmes…</translation>
        </message>
        <message numerus="yes">
            <source>%1, cycle %2 (%n pending)</source>
            <translation>
                <numerusform>%1, cycle %2 (%n en attente)</numerusform>
                <numerusform>%1, cycle %2 (%n en attente)</numerusform>
            </translation>
        </message>
        <message>
            <source>No review has suggestions</source>
            <translation>Aucun examen n'a de suggestions</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) shown</source>
            <translation>
                <numerusform>%n suggestion affichée</numerusform>
                <numerusform>%n suggestions affichées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n suggestion acceptée.</numerusform>
                <numerusform>%n suggestions acceptées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) rejected: they will not be suggested again.</source>
            <translation>
                <numerusform>%n suggestion rejetée : elle ne sera plus suggérée.</numerusform>
                <numerusform>%n suggestions rejetées : elles ne seront plus suggérées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be: %1</source>
            <translation>
                <numerusform>%n n'a pas pu l'être : %1</numerusform>
                <numerusform>%n n'ont pas pu l'être : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the decisions…</source>
            <translation>Enregistrement des décisions…</translation>
        </message>
        <message>
            <source>Accept all shown</source>
            <translation>Accepter tout ce qui est affiché</translation>
        </message>
        <message numerus="yes">
            <source>Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</source>
            <translation>
                <numerusform>Accepter la suggestion affichée (%n) ? Elle devient une valeur de sa recommandation, acceptée par vous (le journal des modifications l'indique).</numerusform>
                <numerusform>Accepter les %n suggestions affichées ? Chacune devient une valeur de sa recommandation, acceptée par vous (le journal des modifications l'indique).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepting the suggestions…</source>
            <translation>Acceptation des suggestions…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</source>
            <translation>
                <numerusform>%n suggestion enregistrée pour %1 recommandations examinées (%2 valeurs données par une personne ou un document laissées telles quelles).</numerusform>
                <numerusform>%n suggestions enregistrées pour %1 recommandations examinées (%2 valeurs données par une personne ou un document laissées telles quelles).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</source>
            <translation>La base de données ouverte est celle du serveur de l'équipe : c'est avec elle que les ordinateurs portables se synchronisent, il n'y a donc rien à synchroniser ici.</translation>
        </message>
        <message numerus="yes">
            <source>Synced %1: %2 out, %3 in, %n conflict(s)</source>
            <translation>
                <numerusform>Synchronisée à %1 : %2 envoyées, %3 reçues, %n conflit</numerusform>
                <numerusform>Synchronisée à %1 : %2 envoyées, %3 reçues, %n conflits</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Pas encore synchronisée</translation>
        </message>
        <message>
            <source>the server asks for a password (File ▸ Sync now)</source>
            <translation>le serveur demande un mot de passe (Fichier ▸ Synchroniser maintenant)</translation>
        </message>
        <message>
            <source>the server refused the password (File ▸ Sync now)</source>
            <translation>le serveur a refusé le mot de passe (Fichier ▸ Synchroniser maintenant)</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>serveur injoignable</translation>
        </message>
        <message>
            <source>an unexpected error (%1; see the log)</source>
            <translation>une erreur inattendue (%1 ; voir le journal)</translation>
        </message>
    </context>
    <context>
        <name>TableCounts</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommandation</numerusform>
                <numerusform>%n recommandations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)…</source>
            <translation>
                <numerusform>%n recommandation…</numerusform>
                <numerusform>%n recommandations…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n appuyée</numerusform>
                <numerusform>%n appuyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n notée</numerusform>
                <numerusform>%n notées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partially</source>
            <translation>
                <numerusform>%n partiellement appuyée</numerusform>
                <numerusform>%n partiellement appuyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n à vérifier</numerusform>
                <numerusform>%n à vérifier</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Working…</source>
            <translation>Traitement en cours…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>TLS si le serveur le propose (prefer)</translation>
        </message>
        <message>
            <source>TLS always, certificate not checked (require)</source>
            <translation>TLS toujours, certificat non vérifié (require)</translation>
        </message>
        <message>
            <source>TLS always, the server's certificate and name checked (verify-full)</source>
            <translation>TLS toujours, certificat et nom du serveur vérifiés (verify-full)</translation>
        </message>
        <message>
            <source>no TLS (disable): only on a network you trust</source>
            <translation>pas de TLS (disable) : uniquement sur un réseau de confiance</translation>
        </message>
        <message>
            <source>The server asks for the password of %1: type it above.</source>
            <translation>Le serveur demande le mot de passe de %1 : saisissez-le ci-dessus.</translation>
        </message>
        <message>
            <source>The server refused the password of %1 (or does not know this user). Type it again.</source>
            <translation>Le serveur a refusé le mot de passe de %1 (ou ne connaît pas cet utilisateur). Saisissez-le à nouveau.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2: %3</source>
            <translation>%1 n'a pas pu être ouvert : %2 : %3</translation>
        </message>
        <message>
            <source>Open a team database</source>
            <translation>Ouvrir une base de données d'équipe</translation>
        </message>
        <message>
            <source>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</source>
            <translation>Une base de données que votre équipe partage sur un serveur PostgreSQL. Vos modifications sont enregistrées sous le nom d'utilisateur du serveur. Le mot de passe n'est pas mémorisé (~/.pgpass ou PGPASSWORD peuvent le conserver à la place).</translation>
        </message>
        <message>
            <source>Recent servers:</source>
            <translation>Serveurs récents :</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>(from ~/.pgpass or PGPASSWORD if empty)</source>
            <translation>(depuis ~/.pgpass ou PGPASSWORD si vide)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>&amp;TLS :</translation>
        </message>
        <message>
            <source>Give the server's name or address (the host).</source>
            <translation>Indiquez le nom ou l'adresse du serveur (l'hôte).</translation>
        </message>
        <message>
            <source>Give the database's name (often upr).</source>
            <translation>Indiquez le nom de la base de données (souvent upr).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
    </context>
    <context>
        <name>TermTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>Anciens noms</translation>
        </message>
        <message>
            <source>The term as it is shown everywhere</source>
            <translation>Le terme tel qu'il est affiché partout</translation>
        </message>
        <message>
            <source>The term's code, if it has one (the SDG number, the OHCHR theme code)</source>
            <translation>Le code du terme, s'il en a un (le numéro de l'ODD, le code du thème du HCDH)</translation>
        </message>
        <message>
            <source>How many recommendations are tagged with the term</source>
            <translation>Le nombre de recommandations étiquetées avec ce terme</translation>
        </message>
        <message>
            <source>Names the term had before a rename or a merge: imports and searches still find the term by them</source>
            <translation>Les noms qu'avait le terme avant un renommage ou une fusion : les importations et les recherches trouvent toujours le terme par ces noms</translation>
        </message>
        <message>
            <source>Shown as “%1” in this language</source>
            <translation>Affiché « %1 » dans cette langue</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) tagged “%1”</source>
            <translation>
                <numerusform>%n recommandation étiquetée « %1 »</numerusform>
                <numerusform>%n recommandations étiquetées « %1 »</numerusform>
            </translation>
        </message>
        <message>
            <source>Also found as:
%1</source>
            <translation>Également trouvé sous :
%1</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>UPR Info issues</source>
            <translation>Thèmes d'UPR Info</translation>
        </message>
        <message>
            <source>Filter the issues…</source>
            <translation>Filtrer les thèmes…</translation>
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
            <translation>Aucune recommandation %1 (%2) ne figure dans la base de données.</translation>
        </message>
        <message>
            <source>No recommendation %1 is in the database.</source>
            <translation>Aucune recommandation %1 ne figure dans la base de données.</translation>
        </message>
        <message>
            <source>Universal Periodic Review recommendations %1: %2</source>
            <translation>Recommandations de l'Examen périodique universel %1 : %2</translation>
        </message>
        <message>
            <source>all States, all cycles</source>
            <translation>tous les États, tous les cycles</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>EPU, cycle %1</translation>
        </message>
        <message>
            <source>Thematic brief: %1</source>
            <translation>Note thématique : %1</translation>
        </message>
        <message>
            <source>on %1 whose text matches “%2”</source>
            <translation>sur le thème « %1 » dont le texte correspond à « %2 »</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>sur le thème « %1 »</translation>
        </message>
        <message>
            <source>whose text matches “%1”</source>
            <translation>dont le texte correspond à « %1 »</translation>
        </message>
        <message numerus="yes">
            <source>%n State(s)</source>
            <translation>
                <numerusform>États : %n</numerusform>
                <numerusform>États : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>cycles %1 and %2</source>
            <translation>cycles %1 et %2</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>%1 to %2, in %3.</source>
            <translation>%1 ; %2 ; %3.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>States reviewed</source>
            <translation>États examinés</translation>
        </message>
        <message>
            <source>By cycle: the States that received such recommendations, and the State's positions</source>
            <translation>Par cycle : les États ayant reçu ces recommandations, et la position de l'État</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>By State under review</source>
            <translation>Par État examiné</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Recommandations réitérées d'un cycle à l'autre</translation>
        </message>
        <message>
            <source>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</source>
            <translation>Recommandations qui en réitèrent une de cette note : liées comme réitérées (antérieure → ultérieure), ou formulées de la même manière à l'intention du même État au cours d'un autre cycle. Une réitération qui ne porte pas elle-même le thème ou ne correspond pas à la recherche est signalée « hors de cette note ».</translation>
        </message>
        <message>
            <source>None of these recommendations was made again in another cycle, as far as the links and the wording show.</source>
            <translation>Aucune de ces recommandations n'a été réitérée au cours d'un autre cycle, pour autant que les liens et la formulation permettent d'en juger.</translation>
        </message>
        <message>
            <source>linked and same wording</source>
            <translation>liées, même formulation</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>liées</translation>
        </message>
        <message>
            <source>same wording</source>
            <translation>même formulation</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1 : %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (outside this brief)</source>
            <translation>%1 (hors de cette note)</translation>
        </message>
        <message>
            <source>Recommended before in %1.</source>
            <translation>Déjà recommandée : %1.</translation>
        </message>
        <message>
            <source>Recommended again in %1.</source>
            <translation>Recommandée de nouveau : %1.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two labels</comment>
            <translation> et </translation>
        </message>
        <message>
            <source>cycle %1 as %2</source>
            <translation>cycle %1, n° %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>TimelineReport</name>
        <message>
            <source>Milestones timeline: %1</source>
            <translation>Chronologie des étapes de mise en œuvre : %1</translation>
        </message>
        <message>
            <source>Plan of action of %1, %2, with its items</source>
            <translation>Plan d'action de %1, %2, avec ses éléments</translation>
        </message>
        <message>
            <source>Plan of action of %1, with its items</source>
            <translation>Plan d'action de %1, avec ses éléments</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</source>
            <translation>Les étapes de mise en œuvre liées à au moins une recommandation de cet examen, et chaque plan d'action parmi elles avec tous ses éléments.</translation>
        </message>
        <message numerus="yes">
            <source>%n other milestone(s) of %1 are not linked to it and not shown.</source>
            <translation>
                <numerusform>Autres étapes de %1 non liées à cet examen et non présentées : %n.</numerusform>
                <numerusform>Autres étapes de %1 non liées à cet examen et non présentées : %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestone is linked to a recommendation of this review yet.</source>
            <translation>Aucune étape de mise en œuvre n'est encore liée à une recommandation de cet examen.</translation>
        </message>
        <message>
            <source>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</source>
            <translation>L'état découle des dates : prévue (datée après ce rapport), jusqu'au ou terminée (étape assortie d'une date de fin).</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Échéance : %1</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Terminée : %1</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>Jusqu'à %1</translation>
        </message>
        <message>
            <source>%1; due %2</source>
            <translation>%1 ; échéance : %2</translation>
        </message>
        <message>
            <source>cycle %1: %2</source>
            <translation>cycle %1 : %2</translation>
        </message>
        <message>
            <source>%1 cycle %2: %3</source>
            <translation>%1, cycle %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Annulé : %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Rétabli : %1</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>UPR Tracker user guide</source>
            <translation>Guide de l'utilisateur d'UPR Tracker</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;Sommaire</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Chercher dans le guide</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Occurrence &amp;suivante</translation>
        </message>
        <message>
            <source>This guide is written in English, and names the menus and buttons as they are in English.</source>
            <translation>Ce guide est rédigé en anglais et nomme les menus et les boutons tels qu'ils sont en anglais.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
    </context>
    <context>
        <name>VocabulariesDialog</name>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
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
        <message>
            <source>“%1”</source>
            <comment>a term's name in quotes</comment>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two of a list of terms</comment>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the terms of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Vocabularies</source>
            <translation>Vocabulaires</translation>
        </message>
        <message>
            <source>&amp;Vocabulary:</source>
            <translation>&amp;Vocabulaire :</translation>
        </message>
        <message>
            <source>Name, code or former name  (Ctrl+F)</source>
            <translation>Nom, code ou ancien nom  (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtrer :</translation>
        </message>
        <message>
            <source>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</source>
            <translation>Les termes étiquettent les recommandations. Renommez un terme pour corriger son orthographe ; fusionnez les doublons dans le terme conservé. Les termes ne sont jamais supprimés : la fusion est la façon d'en faire disparaître un, et ses noms restent trouvables comme anciens noms.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>Add a term to this vocabulary</source>
            <translation>Ajouter un terme à ce vocabulaire</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</source>
            <translation>Renommer le terme sélectionné (F2, ou Entrée dans la liste) ; son ancien nom reste trouvable comme ancien nom</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <source>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</source>
            <translation>Fusionner les termes sélectionnés (sélectionnez-en deux ou plus avec Ctrl ou Maj) dans celui qui est conservé</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n term(s)</source>
            <translation>
                <numerusform>%1 sur %n terme</numerusform>
                <numerusform>%1 sur %n termes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n terme</numerusform>
                <numerusform>%n termes</numerusform>
            </translation>
        </message>
        <message>
            <source>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</source>
            <translation>Aucun terme de %1 ne correspond à « %2 ».
Appuyez sur Échap pour effacer le filtre, ou ajoutez le terme avec Ajouter… (Alt+A).</translation>
        </message>
        <message>
            <source>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</source>
            <translation>Il n'y a pas encore de thèmes du HCDH.
L'importation d'une matrice du HCDH apporte ses thèmes codés ; vous pouvez aussi en ajouter un avec Ajouter… (Alt+A).</translation>
        </message>
        <message>
            <source>%1 has no terms yet.
Add one with Add… (Alt+A).</source>
            <translation>%1 n'a pas encore de termes.
Ajoutez-en un avec Ajouter… (Alt+A).</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>« %1 » ajouté.</translation>
        </message>
        <message>
            <source>A close term exists</source>
            <translation>Un terme proche existe</translation>
        </message>
        <message>
            <source>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</source>
            <translation>Ajouter quand même « %1 », comme terme distinct ? S'il signifie la même chose, annulez et utilisez plutôt le terme existant.</translation>
        </message>
        <message>
            <source>&amp;Add anyway</source>
            <translation>&amp;Ajouter quand même</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”; “%1” stays findable as a former name.</source>
            <translation>« %1 » renommé en « %2 » ; « %1 » reste trouvable comme ancien nom.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”.</source>
            <translation>« %1 » renommé en « %2 ».</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n term(s) into “%1”.</source>
            <translation>
                <numerusform>%n terme fusionné dans « %1 ».</numerusform>
                <numerusform>%n termes fusionnés dans « %1 ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
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
        <name>WindowBackups</name>
        <message>
            <source>⚠ Backup failed</source>
            <translation>⚠ Échec de la sauvegarde</translation>
        </message>
        <message>
            <source>Backed up automatically to %1.</source>
            <translation>Sauvegarde automatique dans %1.</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then back it up.</source>
            <translation>%1 est verrouillée : déverrouillez-la avec sa phrase secrète, puis sauvegardez-la.</translation>
        </message>
        <message>
            <source>Backing up %1…</source>
            <translation>Sauvegarde de %1…</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3).</source>
            <translation>%1 sauvegardée dans %2 (dans %3).</translation>
        </message>
        <message>
            <source>Back up the team database to</source>
            <translation>Sauvegarder la base de données d'équipe dans</translation>
        </message>
        <message>
            <source>pg_dump backups (*.dump)</source>
            <translation>Sauvegardes pg_dump (*.dump)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</source>
            <translation>%1 sauvegardée dans %2 (dans %3 ; upr-tracker restore --db URL --from FILE la restaure). Avertissement : %4.</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</source>
            <translation>%1 sauvegardée dans %2 (dans %3 ; upr-tracker restore --db URL --from FILE la restaure).</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>Sauvegarde incomplète</translation>
        </message>
        <message>
            <source>Backing up the team database…</source>
            <translation>Sauvegarde de la base de données d'équipe…</translation>
        </message>
        <message>
            <source>Backups of a team database</source>
            <translation>Sauvegardes d'une base de données d'équipe</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then restore.</source>
            <translation>%1 est verrouillée : déverrouillez-la avec sa phrase secrète, puis restaurez.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurer à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</source>
            <translation>Restaurer %1 à partir de la sauvegarde du %2 (%3) ?

Cela remplace la base de données dans son état actuel. L'état actuel est d'abord sauvegardé (comme « avant une restauration », dans %4), pour que vous puissiez y revenir.</translation>
        </message>
        <message>
            <source>Restoring %1 from the backup of %2…</source>
            <translation>Restauration de %1 à partir de la sauvegarde du %2…</translation>
        </message>
        <message>
            <source>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</source>
            <translation>La restauration n'a pas commencé : un autre travail est encore en cours (une importation, une exportation ou un rapport). Rien n'a été modifié. Réessayez lorsqu'il sera terminé.</translation>
        </message>
        <message>
            <source>

The database as it was is kept in %1: restore that backup to go back to it.</source>
            <translation>

La base de données telle qu'elle était est conservée dans %1 : restaurez cette sauvegarde pour y revenir.</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2: %3, %4.</source>
            <translation>%1 restaurée à partir de la sauvegarde du %2 : %3, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommandation</numerusform>
                <numerusform>%n recommandations</numerusform>
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
            <translation>Restaurée</translation>
        </message>
        <message>
            <source>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</source>
            <translation>La restauration a échoué : %1

%2 n'a pas non plus pu être rouverte : %3

Ouvrez-la avec Fichier ▸ Ouvrir une base de données…, ou restaurez une autre sauvegarde.</translation>
        </message>
    </context>
    <context>
        <name>WindowDashboard</name>
        <message>
            <source>Dash&amp;board</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;Dates de l'examen…</translation>
        </message>
    </context>
    <context>
        <name>WindowEncryption</name>
        <message>
            <source>&amp;Lock the database</source>
            <translation>&amp;Verrouiller la base de données</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>&amp;Chiffrement</translation>
        </message>
        <message>
            <source>&amp;Encrypt this database…</source>
            <translation>&amp;Chiffrer cette base de données…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>C&amp;hanger la phrase secrète…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>&amp;Supprimer le chiffrement…</translation>
        </message>
        <message>
            <source>&amp;Lock after a time without use…</source>
            <translation>&amp;Verrouiller après un temps d'inactivité…</translation>
        </message>
        <message>
            <source>Encrypt the database</source>
            <translation>Chiffrer la base de données</translation>
        </message>
        <message>
            <source>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</source>
            <translation>%1 et ses sauvegardes seront chiffrées : sans la phrase secrète, personne ne pourra les lire, vous compris.</translation>
        </message>
        <message>
            <source>Encrypting %1…</source>
            <translation>Chiffrement de %1…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</source>
            <translation>La base de données et ses sauvegardes ne s'ouvriront plus qu'avec la nouvelle phrase secrète. (La même phrase secrète à nouveau ne change que les sauvegardes qu'un changement précédent n'a pas pu modifier.)</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <source>Remove the encryption</source>
            <translation>Supprimer le chiffrement</translation>
        </message>
        <message>
            <source>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</source>
            <translation>%1 et ses sauvegardes seront lisibles par toute personne qui a les fichiers. Supprimer le chiffrement ?</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>Suppression du chiffrement…</translation>
        </message>
        <message>
            <source>%1 (once the work under way is done)</source>
            <translation>%1 (une fois le travail en cours terminé)</translation>
        </message>
        <message numerus="yes">
            <source>%1 is encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 est chiffrée, ainsi que %n sauvegarde.</numerusform>
                <numerusform>%1 est chiffrée, ainsi que %n sauvegardes.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is encrypted.</source>
            <translation>%1 est chiffrée.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is no longer encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 n'est plus chiffrée, ni %n sauvegarde.</numerusform>
                <numerusform>%1 n'est plus chiffrée, ni %n sauvegardes.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer encrypted.</source>
            <translation>%1 n'est plus chiffrée.</translation>
        </message>
        <message>
            <source>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 est chiffrée, mais ces sauvegardes n'ont pas pu être modifiées et sont restées telles quelles :

%2

Une fois la cause corrigée, Outils ▸ Chiffrement ▸ Changer la phrase secrète… avec la même phrase secrète les modifie aussi.</translation>
        </message>
        <message>
            <source>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 n'est plus chiffrée, mais ces sauvegardes n'ont pas pu être modifiées et sont restées telles quelles :

%2

Une fois la cause corrigée, Outils ▸ Chiffrement ▸ Changer la phrase secrète… avec la même phrase secrète les modifie aussi.</translation>
        </message>
        <message>
            <source>Some backups are as they were</source>
            <translation>Certaines sauvegardes sont restées telles quelles</translation>
        </message>
        <message>
            <source>Lock after a time without use</source>
            <translation>Verrouiller après un temps d'inactivité</translation>
        </message>
        <message>
            <source>Lock an encrypted database after this many minutes without use (0: never):</source>
            <translation>Verrouiller une base de données chiffrée après ce nombre de minutes d'inactivité (0 : jamais) :</translation>
        </message>
    </context>
    <context>
        <name>WindowImportExport</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</source>
            <translation>Tout ce que lit UPR Tracker (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>Documents de l'ONU (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.xlsx *.xls)</source>
            <translation>Jeux de données (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>Exports d'UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import documents and datasets</source>
            <translation>Importer des documents et des jeux de données</translation>
        </message>
        <message>
            <source>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</source>
            <translation>Importé. Certains points sont à examiner : Outils ▸ Problèmes à examiner (Ctrl+3).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Tableau CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for another UPR Tracker (*.json)</source>
            <translation>JSON, tout, pour un autre UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>Export the recommendations shown</source>
            <translation>Exporter les recommandations affichées</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2. It is encrypted.</source>
            <translation>Recommandations exportées : %1, dans %2. Le fichier est chiffré.</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2.</source>
            <translation>Recommandations exportées : %1, dans %2.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Exportation vers %1…</translation>
        </message>
    </context>
    <context>
        <name>WindowManualEntry</name>
        <message>
            <source>New re&amp;view…</source>
            <translation>Nouvel e&amp;xamen…</translation>
        </message>
        <message>
            <source>New &amp;recommendation…</source>
            <translation>Nouvelle &amp;recommandation…</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Modifier la recommandation…</translation>
        </message>
        <message>
            <source>There is no review yet: add one first (Edit ▸ New review…).</source>
            <translation>Il n'y a encore aucun examen : ajoutez-en d'abord un (Édition ▸ Nouvel examen…).</translation>
        </message>
        <message>
            <source>Choose the recommendation to edit first.</source>
            <translation>Choisissez d'abord la recommandation à modifier.</translation>
        </message>
        <message>
            <source>Position recorded</source>
            <translation>Position enregistrée</translation>
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
            <translation>Suggérer catégories et &amp;thèmes…</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</source>
            <translation>Suggérer des catégories d'action, des thèmes d'UPR Info et des ODD là où les recommandations n'en ont pas</translation>
        </message>
        <message>
            <source>Su&amp;ggestions (%1)</source>
            <translation>Su&amp;ggestions (%1)</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</source>
            <translation>Suggérer des catégories d'action, des thèmes d'UPR Info et des ODD là où les recommandations n'en ont pas : pour %1, cycle %2, ou pour tous les examens ? Les valeurs données par une personne ou un document restent telles quelles.</translation>
        </message>
        <message>
            <source>Suggest categories and themes</source>
            <translation>Suggérer catégories et thèmes</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>Cet examen</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Tous les examens</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (%1, cycle %2)…</source>
            <translation>Suggestion des catégories et thèmes (%1, cycle %2)…</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (all reviews)…</source>
            <translation>Suggestion des catégories et thèmes (tous les examens)…</translation>
        </message>
        <message>
            <source>Suggesting was cancelled: the suggestions stay as they were.</source>
            <translation>Les suggestions ont été annulées : elles restent telles qu'elles étaient.</translation>
        </message>
    </context>
    <context>
        <name>WindowSync</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ynchroniser maintenant</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Synchroniser &amp;automatiquement</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>Serveur de l'équipe : %1</translation>
        </message>
        <message>
            <source>File ▸ Sync now to choose the team server</source>
            <translation>Fichier ▸ Synchroniser maintenant pour choisir le serveur de l'équipe</translation>
        </message>
        <message>
            <source>the team server</source>
            <translation>le serveur de l'équipe</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>Synchronisation avec %1…</translation>
        </message>
        <message>
            <source>Sync cancelled %1</source>
            <translation>Synchronisation annulée à %1</translation>
        </message>
        <message>
            <source>Sync failed %1: %2</source>
            <translation>Échec de la synchronisation à %1 : %2</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Échec de la synchronisation : %1</translation>
        </message>
        <message>
            <source>Sync with the team server</source>
            <translation>Synchroniser avec le serveur de l'équipe</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchroniser</translation>
        </message>
    </context>
    <context>
        <name>WindowTableQuery</name>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>%1+ recommendations…</source>
            <translation>%1+ recommandations…</translation>
        </message>
        <message>
            <source>No recommendation matches “%1”.</source>
            <translation>Aucune recommandation ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</source>
            <translation>Aucune recommandation ne passe ces filtres. Affichage ▸ Effacer les filtres et la recherche (Ctrl+Maj+X).</translation>
        </message>
        <message>
            <source>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</source>
            <translation>Cette base de données ne contient encore aucune recommandation.
Importez un rapport du Groupe de travail, un additif, une matrice du HCDH ou un export d'UPR Info : Fichier ▸ Importer des documents ou des jeux de données… (Ctrl+I).</translation>
        </message>
        <message>
            <source>Nothing to show here yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>_DelayedProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>_LabelChecklist</name>
        <message>
            <source>Filter labels (e.g. 97.1)</source>
            <translation>Filtrer les numéros (p. ex. 97.1)</translation>
        </message>
    </context>
</TS>
