<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</source>
            <translation>&lt;p&gt;UPR Tracker — свободная программа: вы можете распространять и изменять её на условиях Стандартной общественной лицензии GNU версии 3 или (по вашему выбору) любой более поздней версии. Она предоставляется без каких-либо гарантий.&lt;/p&gt;&lt;p&gt;Она включает библиотеки и шрифты под их собственными лицензиями (в том числе Qt под LGPL-3.0): см. уведомления о сторонних компонентах.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>Уведомления о сторонних компонентах</translation>
        </message>
        <message>
            <source>Third-party notices…</source>
            <translation>Уведомления о сторонних компонентах…</translation>
        </message>
    </context>
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>Минимальные действия</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>Продолжение действий</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>Рассмотрение действий</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>Общие действия</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>Конкретные действия</translation>
        </message>
    </context>
    <context>
        <name>AddTermDialog</name>
        <message>
            <source>Add a term to %1</source>
            <translation>Добавить термин в словарь «%1»</translation>
        </message>
        <message>
            <source>optional (an SDG number, an OHCHR code such as A12)</source>
            <translation>необязательно (номер ЦУР, код УВКПЧ, например A12)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Код:</translation>
        </message>
        <message>
            <source>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</source>
            <translation>Название, близкое к существующему термину, сначала отклоняется, чтобы по ошибке не добавить почти дубликаты («Смертная Казнь» рядом со «Смертная казнь»).</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>Подготовка демонстрационной базы данных…</translation>
        </message>
        <message>
            <source>The database could not be opened.

%1</source>
            <translation>Не удалось открыть базу данных.

%1</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>Не удалось открыть %1.

%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit the assessment</source>
            <translation>Изменить оценку</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Добавить оценку</translation>
        </message>
        <message>
            <source>e.g. the NGO coalition, the Ombudsman, CEDAW</source>
            <translation>напр. коалиция НПО, омбудсмен, КЛДЖ</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>С датой</translation>
        </message>
        <message>
            <source>What shows it: a law, a report, a case…</source>
            <translation>Чем подтверждается: закон, доклад, дело…</translation>
        </message>
        <message>
            <source>By whose account</source>
            <translation>По чьим данным</translation>
        </message>
        <message>
            <source>Name of the source</source>
            <translation>Название источника</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>Государство</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>НПО</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>Орган ООН</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другой источник</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsPage</name>
        <message>
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>&amp;Add an assessment…</source>
            <translation>&amp;Добавить оценку…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>not</source>
            <translation>не выполнена</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>частично</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>полностью</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>Шкала UPR Info: не выполнена 0, частично 0,5, полностью 1; полностью ≥ 0,66, частично ≥ 0,33, иначе не выполнена</translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)</source>
            <translation>
                <numerusform>%1: среднее %2 из 1 по данным %n источника (от «%3» до «%4»; %5)</numerusform>
                <numerusform>%1: среднее %2 из 1 по данным %n источников (от «%3» до «%4»; %5)</numerusform>
                <numerusform>%1: среднее %2 из 1 по данным %n источников (от «%3» до «%4»; %5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3)</source>
            <translation>
                <numerusform>%1: среднее %2 из 1 по данным %n источника (%3)</numerusform>
                <numerusform>%1: среднее %2 из 1 по данным %n источников (%3)</numerusform>
                <numerusform>%1: среднее %2 из 1 по данным %n источников (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</source>
            <translation>&lt;b&gt;Совокупный уровень:&lt;/b&gt; ещё не оценён</translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Совокупный уровень:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&amp;Edit the assessment…</source>
            <translation>&amp;Изменить оценку…</translation>
        </message>
        <message>
            <source>&amp;Delete the assessment</source>
            <translation>&amp;Удалить оценку</translation>
        </message>
    </context>
    <context>
        <name>AssignTextDialog</name>
        <message>
            <source>Assign the text to recommendations</source>
            <translation>Отнести текст к рекомендациям</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Отнести</translation>
        </message>
        <message>
            <source>line </source>
            <translation>строка </translation>
        </message>
        <message>
            <source>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</source>
            <translation>Текст со строки %1 документа %2 утратил номера рекомендаций. Отметьте рекомендации, на которые он отвечает.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>It ends at</source>
            <translation>Заканчивается на</translation>
        </message>
        <message>
            <source>It answers</source>
            <translation>Отвечает на</translation>
        </message>
        <message>
            <source>Unanswered in this document: %1</source>
            <translation>Без ответа в этом документе: %1</translation>
        </message>
        <message>
            <source>Tick these</source>
            <translation>Отметить их</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Позиция:</translation>
        </message>
        <message>
            <source>Its words: %1 (“%2”)</source>
            <translation>Его формулировка: %1 («%2»)</translation>
        </message>
        <message>
            <source>Its words: %1</source>
            <translation>Его формулировка: %1</translation>
        </message>
        <message>
            <source>Tick the recommendations the text answers.</source>
            <translation>Отметьте рекомендации, на которые отвечает текст.</translation>
        </message>
    </context>
    <context>
        <name>AuthorName</name>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</source>
            <translation>Ваше имя записывается с каждым вашим изменением, чтобы коллеги видели, кто что изменил (журнал изменений). Командная строка тоже записывает ваши изменения под этим именем.

Ваше имя или инициалы:</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</source>
            <translation>Командная база данных на сервере копируется с помощью pg_dump: Файл ▸ Создать резервную копию сейчас записывает копию в выбранный вами файл. Она восстанавливается в новую пустую базу данных командой: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (или администратором сервера с помощью pg_restore).</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>По расписанию</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Вручную</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Перед обновлением</translation>
        </message>
        <message>
            <source>Before a restore (unreadable file)</source>
            <translation>Перед восстановлением (файл не читается)</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Перед восстановлением</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</source>
            <translation>Не удалось записать резервную копию %1 в %2: диск заполнен. Сама база данных не изменилась. Освободите место на диске, затем выберите Файл ▸ Создать резервную копию сейчас.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</source>
            <translation>Не удалось записать резервную копию %1 в %2: в эту папку нельзя записывать. Сама база данных не изменилась. Разрешите запись в папку (или переместите базу данных), затем выберите Файл ▸ Создать резервную копию сейчас.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</source>
            <translation>Не удалось записать резервную копию %1 в %2: %3. Сама база данных не изменилась. Проверьте папку, затем выберите Файл ▸ Создать резервную копию сейчас.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 КБ</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Создана</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Reading the backup folder…</source>
            <translation>Чтение папки резервных копий…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Создать резервную копию сейчас</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Восстановить…</translation>
        </message>
        <message>
            <source>Back up automatically while UPR Tracker is open, every</source>
            <translation>Создавать резервные копии автоматически, пока UPR Tracker открыт, каждые</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> ч</translation>
        </message>
        <message>
            <source>(only if something changed)</source>
            <translation>(только если что-то изменилось)</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>Хранить последние</translation>
        </message>
        <message>
            <source>scheduled backups.</source>
            <translation>резервных копий по расписанию.</translation>
        </message>
        <message>
            <source>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</source>
            <translation>Резервные копии, созданные командой «Создать резервную копию сейчас», а также перед обновлением или восстановлением, никогда не удаляются автоматически.</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Автоматические резервные копии</translation>
        </message>
        <message>
            <source>Backups of %1: choose the one to put back.</source>
            <translation>Резервные копии %1: выберите ту, которую нужно восстановить.</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>Резервные копии %1</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>Хранятся в %1</translation>
        </message>
        <message>
            <source>No backups yet: Back up now takes the first one.</source>
            <translation>Резервных копий пока нет: команда «Создать резервную копию сейчас» создаст первую.</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>UPR Tracker bundles (*.uprbundle);;All files (*)</source>
            <translation>Пакеты UPR Tracker (*.uprbundle);;Все файлы (*)</translation>
        </message>
        <message>
            <source>UPR Tracker keys (*.uprkey);;All files (*)</source>
            <translation>Ключи UPR Tracker (*.uprkey);;Все файлы (*)</translation>
        </message>
        <message>
            <source>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</source>
            <translation>Командная база данных на сервере обменивается изменениями с ноутбуками через синхронизацию (Файл ▸ Синхронизировать сейчас), а не через файлы пакетов.</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 КБ</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
        <message numerus="yes">
            <source>%n changed record(s)</source>
            <translation>
                <numerusform>%n изменённая запись</numerusform>
                <numerusform>%n изменённые записи</numerusform>
                <numerusform>%n изменённых записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here yet: see the log).</source>
            <translation>
                <numerusform>Применён файл %1 от %2: изменена %n запись, %3 ожидают (здесь пока невозможно: см. журнал).</numerusform>
                <numerusform>Применён файл %1 от %2: изменены %n записи, %3 ожидают (здесь пока невозможно: см. журнал).</numerusform>
                <numerusform>Применён файл %1 от %2: изменено %n записей, %3 ожидают (здесь пока невозможно: см. журнал).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed.</source>
            <translation>
                <numerusform>Применён файл %1 от %2: изменена %n запись.</numerusform>
                <numerusform>Применён файл %1 от %2: изменены %n записи.</numerusform>
                <numerusform>Применён файл %1 от %2: изменено %n записей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) await your decision.</source>
            <translation>
                <numerusform>%n конфликт ожидает вашего решения.</numerusform>
                <numerusform>%n конфликта ожидают вашего решения.</numerusform>
                <numerusform>%n конфликтов ожидают вашего решения.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1 for %2: %3, %4.</source>
            <translation>Записан файл %1 для %2: %3, %4.</translation>
        </message>
        <message>
            <source>Wrote %1: %2, %3.</source>
            <translation>Записан файл %1: %2, %3.</translation>
        </message>
        <message>
            <source>Changes written</source>
            <translation>Изменения записаны</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Запись изменений…</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>Изменения получены</translation>
        </message>
        <message>
            <source>Nothing was applied from %1.</source>
            <translation>Из %1 ничего не применено.</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>Применение изменений…</translation>
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation>Сохранить ключ этого ноутбука</translation>
        </message>
        <message>
            <source>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</source>
            <translation>Ключ %1 сохранён в %2 (отпечаток %3). Передайте его коллегам; сверьте с ними отпечаток, когда они будут добавлять его в доверенные.</translation>
        </message>
        <message>
            <source>Key saved</source>
            <translation>Ключ сохранён</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>Файл ключа коллеги</translation>
        </message>
        <message>
            <source>Trusted %1 (fingerprint %2).</source>
            <translation>%1 добавлен в доверенные (отпечаток %2).</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>Коллега добавлен в доверенные</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPanel</name>
        <message>
            <source>Columns of this table</source>
            <translation>Столбцы этой таблицы</translation>
        </message>
        <message>
            <source>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</source>
            <translation>Эта таблица не является выгрузкой UPR Info или UHRI. Укажите, что содержится в каждом столбце: текст рекомендации обязателен, остальное импортируется, если указано.</translation>
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
            <translation>Сохранить сопоставление как…</translation>
        </message>
        <message>
            <source>Preview with these columns</source>
            <translation>Предпросмотр с этими столбцами</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>Сохранённые сопоставления:</translation>
        </message>
        <message>
            <source>Choose a saved mapping…</source>
            <translation>Выберите сохранённое сопоставление…</translation>
        </message>
        <message>
            <source>None saved yet</source>
            <translation>Пока нет сохранённых</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>Сохранить сопоставление столбцов</translation>
        </message>
        <message>
            <source>Name of the mapping (to use it again for tables like this one):</source>
            <translation>Название сопоставления (чтобы использовать его для подобных таблиц):</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine: %1</source>
            <translation>Объединить: %1</translation>
        </message>
        <message>
            <source>The value to keep:</source>
            <translation>Значение, которое нужно сохранить:</translation>
        </message>
        <message>
            <source>Write the value to keep (every version is here to start from):</source>
            <translation>Напишите значение, которое нужно сохранить (все версии приведены здесь как отправная точка):</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Сохранить это значение</translation>
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
            <translation>среднее %1 из 1 по одному источнику (%2)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>среднее %1 из 1, число источников: %2 (%3)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>среднее %1 из 1, число источников: %2 (от «%3» до «%4»; %5)</translation>
        </message>
        <message>
            <source>not</source>
            <translation>не выполнена</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>частично</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>полностью</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>шкала UPR Info: не выполнена 0, частично 0,5, полностью 1; полностью ≥ 0,66, частично ≥ 0,33, иначе не выполнена</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n версия</numerusform>
                <numerusform>%n версии</numerusform>
                <numerusform>%n версий</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolved by %1 · %2</source>
            <translation>Решено: %1 · %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>кто-то</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(confidential note: not readable here)</source>
            <translation>(конфиденциальная заметка: здесь недоступна для чтения)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>This database is open to be read only here: conflicts are resolved by an editor.</source>
            <translation>Эта база данных открыта здесь только для чтения: конфликты разрешает редактор.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Конфликты</translation>
        </message>
        <message>
            <source>Conflicts between databases</source>
            <translation>Конфликты между базами данных</translation>
        </message>
        <message>
            <source>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</source>
            <translation>Конфликтов нет.

Если две базы данных (ноутбуки, сервер команды) по-разному изменили одно и то же поле до синхронизации, обе версии сохраняются и перечисляются здесь, чтобы вы выбрали.</translation>
        </message>
        <message>
            <source>Combine…</source>
            <translation>Объединить…</translation>
        </message>
        <message>
            <source>Show the recommendation</source>
            <translation>Показать рекомендацию</translation>
        </message>
        <message>
            <source>Choose a conflict to see its versions side by side.</source>
            <translation>Выберите конфликт, чтобы увидеть его версии рядом.</translation>
        </message>
        <message>
            <source>Reading the conflicts…</source>
            <translation>Чтение конфликтов…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>открыто: %1, решено: %2</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>открыто: %1</translation>
        </message>
        <message>
            <source>Version %1 (in the record now)</source>
            <translation>Версия %1 (сейчас в записи)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Версия %1</translation>
        </message>
        <message>
            <source>By %1 · database: %2
%3</source>
            <translation>Автор: %1 · база данных: %2
%3</translation>
        </message>
        <message>
            <source>at an unknown time</source>
            <translation>время неизвестно</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Оставить эту</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>кто-то</translation>
        </message>
        <message>
            <source>Resolved by %1 on %2.</source>
            <translation>Решено: %1, %2.</translation>
        </message>
        <message>
            <source>Resolved by %1.</source>
            <translation>Решено: %1.</translation>
        </message>
        <message>
            <source>The record is not in this database (deleted here, or not received yet).</source>
            <translation>Этой записи нет в базе данных (удалена здесь или ещё не получена).</translation>
        </message>
        <message>
            <source>A confidential note you may not read here: resolve it where it can be read.</source>
            <translation>Конфиденциальная заметка, которую здесь нельзя прочитать: разрешите конфликт там, где её можно прочитать.</translation>
        </message>
        <message>
            <source>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</source>
            <translation>Изменено по-разному в двух базах данных до синхронизации. Пока вы не выберете, в записи хранится последняя версия; оставьте одну или объедините их.</translation>
        </message>
        <message>
            <source>Kept version %1 (%2, %3).</source>
            <translation>Оставлена версия %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Combined value kept.</source>
            <translation>Объединённое значение сохранено.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>Копировать базу данных в…</translation>
        </message>
        <message>
            <source>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>Копирует всё содержимое %1 (историю, журнал изменений, заметки, вложения, сохранённые поиски) в новый файл или в базу данных на сервере команды, затем проверяет копию.</translation>
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation>файл или postgresql://user@host:5432/database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>Копировать в:</translation>
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation>файл: оставьте пустым, чтобы не шифровать</translation>
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation>Зашифровать парольной фразой:</translation>
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation>сервер: если его не дают ~/.pgpass или PGPASSWORD</translation>
        </message>
        <message>
            <source>Server password:</source>
            <translation>Пароль сервера:</translation>
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation>Добавить к тому, что уже есть в месте назначения (уже имеющиеся записи пропускаются)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy the database to</source>
            <translation>Копировать базу данных в</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation>Базы данных UPR Tracker (*.sqlite3 *.sqlite)</translation>
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation>Укажите, куда копировать базу данных: файл или адрес сервера.</translation>
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation>База данных на сервере не шифруется парольной фразой: оставьте парольную фразу пустой (базу защищают правила доступа самого сервера).</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</source>
            <translation>
                <numerusform>%1 скопирована в %2: %n строка за %3 с. Во всех таблицах нужное число строк, а JSON-экспорты обеих сторон совпадают.</numerusform>
                <numerusform>%1 скопирована в %2: %n строки за %3 с. Во всех таблицах нужное число строк, а JSON-экспорты обеих сторон совпадают.</numerusform>
                <numerusform>%1 скопирована в %2: %n строк за %3 с. Во всех таблицах нужное число строк, а JSON-экспорты обеих сторон совпадают.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</source>
            <translation>
                <numerusform>%1 скопирована в %2: %n строка за %3 с. Во всех таблицах нужное число строк; экспорты не сравнивались (данные объединены с другими).</numerusform>
                <numerusform>%1 скопирована в %2: %n строки за %3 с. Во всех таблицах нужное число строк; экспорты не сравнивались (данные объединены с другими).</numerusform>
                <numerusform>%1 скопирована в %2: %n строк за %3 с. Во всех таблицах нужное число строк; экспорты не сравнивались (данные объединены с другими).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were already there and were skipped.</source>
            <translation>
                <numerusform>%n запись уже была и пропущена.</numerusform>
                <numerusform>%n записи уже были и пропущены.</numerusform>
                <numerusform>%n записей уже были и пропущены.</numerusform>
            </translation>
        </message>
        <message>
            <source>Database copied</source>
            <translation>База данных скопирована</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>Копирование базы данных…</translation>
        </message>
    </context>
    <context>
        <name>CorrectPositionDialog</name>
        <message>
            <source>Correct the position</source>
            <translation>Исправить позицию</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Исправить</translation>
        </message>
        <message>
            <source>%1 in %2: record the position the State gives, as you read it in the document.</source>
            <translation>%1 в %2: запишите позицию государства так, как вы её читаете в документе.</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Позиция:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Для:</translation>
        </message>
        <message>
            <source>Tick the recommendations to correct.</source>
            <translation>Отметьте рекомендации, которые нужно исправить.</translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message>
            <source>Country brief: %1</source>
            <translation>Справка по стране: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>Рекомендаций: %n</numerusform>
                <numerusform>Рекомендаций: %n</numerusform>
                <numerusform>Рекомендаций: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Recommendations by the State's current position</source>
            <translation>Рекомендации в разбивке по текущей позиции государства</translation>
        </message>
        <message>
            <source>The State considers %1 of them already implemented or in the process of implementation.</source>
            <translation>Государство считает, что %1 из них уже выполнены или находятся в процессе выполнения.</translation>
        </message>
        <message>
            <source>The position of %1 of them is still to be verified against the source document.</source>
            <translation>Позицию по %1 из них ещё предстоит сверить с исходным документом.</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Осуществление</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level</source>
            <translation>Рекомендации в разбивке по сводному уровню выполнения</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Recommendations by theme (a recommendation with several themes counts under each)</source>
            <translation>Рекомендации в разбивке по темам (рекомендация, относящаяся к нескольким темам, учитывается в каждой из них)</translation>
        </message>
        <message>
            <source>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</source>
            <translation>Рекомендации в разбивке по темам (темы УВКПЧ; рекомендация, относящаяся к нескольким темам, учитывается в каждой из них)</translation>
        </message>
        <message>
            <source>Recommendations by affected persons (a recommendation with several counts under each)</source>
            <translation>Рекомендации в разбивке по затрагиваемым лицам (рекомендация, относящаяся к нескольким категориям, учитывается в каждой из них)</translation>
        </message>
        <message>
            <source>Recommendations by %1 (a recommendation with several counts under each)</source>
            <translation>Рекомендации в разбивке: %1 (рекомендация, относящаяся к нескольким позициям, учитывается в каждой из них)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Диаграммы</translation>
        </message>
        <message>
            <source>Recommendations by position</source>
            <translation>Рекомендации в разбивке по позициям</translation>
        </message>
        <message>
            <source>Recommendations by implementation level</source>
            <translation>Рекомендации в разбивке по уровню выполнения</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Нет данных</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (продолжение)</translation>
        </message>
        <message>
            <source>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</source>
            <translation>Темы взяты из классификации «%1», охватывающей большинство этих рекомендаций; в каждой строке указаны другие её термины (%2).</translation>
        </message>
        <message>
            <source>The themes are the %1.</source>
            <translation>Темы взяты из классификации «%1».</translation>
        </message>
        <message numerus="yes">
            <source>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</source>
            <translation>
                <numerusform>Рекомендация, относящаяся к нескольким темам, приводится под каждой из них (таких рекомендаций: %n из %1). Рекомендации без темы приводятся в разделе «%2».</numerusform>
                <numerusform>Рекомендация, относящаяся к нескольким темам, приводится под каждой из них (таких рекомендаций: %n из %1). Рекомендации без темы приводятся в разделе «%2».</numerusform>
                <numerusform>Рекомендация, относящаяся к нескольким темам, приводится под каждой из них (таких рекомендаций: %n из %1). Рекомендации без темы приводятся в разделе «%2».</numerusform>
            </translation>
        </message>
        <message>
            <source>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</source>
            <translation>Рекомендация, относящаяся к нескольким темам, приводится под каждой из них. Рекомендации без темы приводятся в разделе «%2».</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</source>
            <translation>В каждой строке указаны последний этап осуществления, связанный с рекомендацией, и последняя заметка о последующей деятельности (включая конфиденциальные заметки).</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</source>
            <translation>В каждой строке указаны последний этап осуществления, связанный с рекомендацией, и последняя заметка о последующей деятельности (конфиденциальные заметки в эту справку не включены).</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Рекомендации в разбивке по темам</translation>
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
            <translation>d MMMM yyyy 'г.'</translation>
        </message>
        <message>
            <source>%1
Click to open it.</source>
            <translation>%1
Щелкните, чтобы открыть.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> нед.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>Remind me of deadlines</source>
            <translation>Напоминать о сроках</translation>
        </message>
        <message>
            <source>ahead.   Changes since</source>
            <translation>вперед.   Изменения с</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Of</source>
            <comment>what a deadline is of</comment>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>recommendations without a position</comment>
            <translation>Ожидают</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>На проверку</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;Даты обзора…</translation>
        </message>
        <message>
            <source>Edit the dates of the review of the selected deadline or pending review</source>
            <translation>Изменить даты обзора, к которому относится выбранный срок или ожидающий обзор</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>Предстоящие сроки</translation>
        </message>
        <message>
            <source>Reviews with answers pending</source>
            <translation>Обзоры с ожидаемыми ответами</translation>
        </message>
        <message>
            <source>Recommendations to review</source>
            <translation>Рекомендации на проверку</translation>
        </message>
        <message>
            <source>Recommendations by position (upper bar) and implementation (lower bar)</source>
            <translation>Рекомендации по позиции (верхняя полоса) и осуществлению (нижняя полоса)</translation>
        </message>
        <message>
            <source>The dashboard could not be read: %1</source>
            <translation>Не удалось прочитать панель: %1</translation>
        </message>
        <message>
            <source>%1 (estimated)</source>
            <translation>%1 (оценочно)</translation>
        </message>
        <message>
            <source>Derived from the calendar of sessions: Review dates… gives the real one</source>
            <translation>Выведено из графика сессий: реальную дату можно указать в «Даты обзора…»</translation>
        </message>
        <message>
            <source>No deadline ahead</source>
            <translation>Предстоящих сроков нет</translation>
        </message>
        <message>
            <source>%1, %2 (Tools ▸ Problems to review).</source>
            <comment>how many recommendations flagged, problems open</comment>
            <translation>%1, %2 (Сервис ▸ Проблемы для проверки).</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) flagged for review</source>
            <translation>
                <numerusform>%n рекомендация отмечена для проверки</numerusform>
                <numerusform>%n рекомендации отмечены для проверки</numerusform>
                <numerusform>%n рекомендаций отмечено для проверки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import problem(s) open</source>
            <translation>
                <numerusform>%n открытая проблема импорта</numerusform>
                <numerusform>%n открытые проблемы импорта</numerusform>
                <numerusform>%n открытых проблем импорта</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: see Upcoming deadlines below</source>
            <translation>
                <numerusform>… и еще %n: см. «Предстоящие сроки» ниже</numerusform>
                <numerusform>… и еще %n: см. «Предстоящие сроки» ниже</numerusform>
                <numerusform>… и еще %n: см. «Предстоящие сроки» ниже</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Within %n week(s):</source>
            <translation>
                <numerusform>В течение %n недели:</numerusform>
                <numerusform>В течение %n недель:</numerusform>
                <numerusform>В течение %n недель:</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM yyyy HH:mm</source>
            <comment>date format: a day with the month's name, and the time</comment>
            <translation>d MMMM yyyy 'г.' HH:mm</translation>
        </message>
        <message>
            <source>What changed since %1 (%2)</source>
            <translation>Изменения с %1 (%2)</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>Рекомендация: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Этап: %1</translation>
        </message>
        <message>
            <source>Review: %1</source>
            <translation>Обзор: %1</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>when, who: what changed</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>Nothing changed since then.</source>
            <translation>С тех пор ничего не изменилось.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n рекомендация</numerusform>
                <numerusform>%n рекомендации</numerusform>
                <numerusform>%n рекомендаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

It has %n backup(s), the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</source>
            <translation>
                <numerusform>%1

У неё %n резервная копия, самая новая от %2. Восстановить самую новую исправную? Файл в нынешнем виде сохраняется в папке резервных копий.</numerusform>
                <numerusform>%1

У неё %n резервные копии, самая новая от %2. Восстановить самую новую исправную? Файл в нынешнем виде сохраняется в папке резервных копий.</numerusform>
                <numerusform>%1

У неё %n резервных копий, самая новая от %2. Восстановить самую новую исправную? Файл в нынешнем виде сохраняется в папке резервных копий.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Проверка %1…</translation>
        </message>
        <message>
            <source>Encryption change finished</source>
            <translation>Изменение шифрования завершено</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Открытие %1…</translation>
        </message>
        <message>
            <source>Restoring %1 from its newest sound backup…</source>
            <translation>Восстановление %1 из самой новой исправной резервной копии…</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>База данных восстановлена</translation>
        </message>
        <message>
            <source>%1 was restored from %2 (%3, %4).</source>
            <translation>%1 восстановлена из %2 (%3, %4).</translation>
        </message>
        <message>
            <source>no database can be made at %1: %2</source>
            <translation>невозможно создать базу данных в %1: %2</translation>
        </message>
        <message>
            <source>it was opened to be read</source>
            <translation>она открыта для чтения</translation>
        </message>
        <message>
            <source>%1 is opened read-only (%2): nothing can be changed in it.</source>
            <translation>%1 открыта только для чтения (%2): в ней ничего нельзя изменить.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Открыта только для чтения</translation>
        </message>
        <message>
            <source>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</source>
            <translation>%1

Можно читать, искать, экспортировать и составлять отчёты. Чтобы изменить её, скопируйте её в папку с правом записи и откройте копию.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (только чтение)</translation>
        </message>
        <message>
            <source>%1 could not be opened.</source>
            <translation>Не удалось открыть %1.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>Adoption at the Council</source>
            <translation>Утверждение Советом</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Среднесрочный доклад</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Следующий обзор</translation>
        </message>
        <message>
            <source>Plan due</source>
            <translation>Срок плана</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Overdue (plan due)</source>
            <translation>Просрочено (срок плана)</translation>
        </message>
        <message>
            <source>Overdue (due)</source>
            <translation>Просрочено (срок)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineWords</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>через %n день</numerusform>
                <numerusform>через %n дня</numerusform>
                <numerusform>через %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>через %n месяц</numerusform>
                <numerusform>через %n месяца</numerusform>
                <numerusform>через %n месяцев</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (estimated): %2, %3 (%4)</source>
            <translation>%1 (оценочно): %2, %3 (%4)</translation>
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
            <translation>%1 (считается выполненной)</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Темы UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Темы УВКПЧ</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Цели в области устойчивого развития</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>OHCHR</source>
            <translation>УВКПЧ</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ЦУР</translation>
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
            <translation>Примечание: %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 rows</source>
            <translation>%1: %2, строк: %3</translation>
        </message>
        <message>
            <source>Recommendations: %1 created, %2 updated, %3 unchanged</source>
            <translation>Рекомендации: создано — %1, обновлено — %2, без изменений — %3</translation>
        </message>
        <message>
            <source>Skipped: %1 rows (%2)</source>
            <translation>Пропущено строк: %1 (%2)</translation>
        </message>
        <message>
            <source>Bad row skipped: %1</source>
            <translation>Пропущена ошибочная строка: %1</translation>
        </message>
        <message>
            <source>%1: UPR Tracker export</source>
            <translation>%1: выгрузка UPR Tracker</translation>
        </message>
        <message>
            <source>%1: %2 created, %3 unchanged</source>
            <translation>%1: создано — %2, без изменений — %3</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Проблема: %1</translation>
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
            <translation>%1, цикл %2, сессия %3</translation>
        </message>
        <message>
            <source>%1, cycle %2</source>
            <translation>%1, цикл %2</translation>
        </message>
        <message>
            <source>Responses: %1 created, %2 updated, %3 unchanged</source>
            <translation>Ответы: создано — %1, обновлено — %2, без изменений — %3</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <comment>the recommendations concerned, then the problem</comment>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>строка %1: %2</translation>
        </message>
        <message>
            <source>To review: %1</source>
            <translation>Для проверки: %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Импорт %1…</translation>
        </message>
        <message>
            <source>%1: not imported (no kind chosen)</source>
            <translation>%1: не импортирован (тип не выбран)</translation>
        </message>
        <message>
            <source>%1: not imported (no state chosen)</source>
            <translation>%1: не импортирован (государство не выбрано)</translation>
        </message>
        <message>
            <source>%1: not imported (no cycle chosen)</source>
            <translation>%1: не импортирован (цикл не выбран)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 does not say which review it belongs to.
Choose the cycle:</source>
            <translation>В %1 не указано, к какому обзору он относится.
Выберите цикл:</translation>
        </message>
        <message>
            <source>%1.
Choose the kind of document:</source>
            <translation>%1.
Выберите тип документа:</translation>
        </message>
        <message>
            <source>%1.
Choose the State:</source>
            <translation>%1.
Выберите государство:</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>Какой тип?</translation>
        </message>
        <message>
            <source>Which state?</source>
            <translation>Какое государство?</translation>
        </message>
        <message>
            <source>Which cycle?</source>
            <translation>Какой цикл?</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>Импортирован %n документ: новых рекомендаций — %1.</numerusform>
                <numerusform>Импортировано %n документа: новых рекомендаций — %1.</numerusform>
                <numerusform>Импортировано %n документов: новых рекомендаций — %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to review: the recommendations concerned are marked “needs review”.</source>
            <translation>
                <numerusform>%n пункт для проверки: соответствующие рекомендации помечены «требует проверки».</numerusform>
                <numerusform>%n пункта для проверки: соответствующие рекомендации помечены «требует проверки».</numerusform>
                <numerusform>%n пунктов для проверки: соответствующие рекомендации помечены «требует проверки».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</source>
            <translation>
                <numerusform>%n рекомендация более позднего цикла, по-видимому, повторяет рекомендацию предыдущего цикла: выберите «Предложенные» в фильтре «Повторно» (рекомендована повторно), чтобы принять решение, и примите или отклоните каждую на панели рекомендации.</numerusform>
                <numerusform>%n рекомендации более позднего цикла, по-видимому, повторяют рекомендации предыдущего цикла: выберите «Предложенные» в фильтре «Повторно» (рекомендована повторно), чтобы принять решение, и примите или отклоните каждую на панели рекомендации.</numerusform>
                <numerusform>%n рекомендаций более позднего цикла, по-видимому, повторяют рекомендации предыдущего цикла: выберите «Предложенные» в фильтре «Повторно» (рекомендована повторно), чтобы принять решение, и примите или отклоните каждую на панели рекомендации.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):
%1</source>
            <translation>Не импортированы (по ним ничего не записано):
%1</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>National report</source>
            <translation>Национальный доклад</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>Подборка</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>Резюме материалов заинтересованных сторон</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>Доклад Рабочей группы</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Добавление</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>Выгрузка из базы данных</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>EditCommands</name>
        <message>
            <source>Change %1 of themes</source>
            <translation>Изменить темы %1</translation>
        </message>
        <message>
            <source>Change %1 of sdgs</source>
            <translation>Изменить ЦУР %1</translation>
        </message>
        <message>
            <source>Change %1 of affected persons</source>
            <translation>Изменить затрагиваемых лиц %1</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>Изменить %2 для %1</translation>
        </message>
        <message>
            <source>Change the action category of %1</source>
            <translation>Изменить категорию действий %1</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <source>Delete a note</source>
            <translation>Удалить заметку</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>Добавить оценку</translation>
        </message>
        <message>
            <source>Edit an assessment</source>
            <translation>Изменить оценку</translation>
        </message>
        <message>
            <source>Delete an assessment</source>
            <translation>Удалить оценку</translation>
        </message>
        <message>
            <source>Link %1 recommendations to “%2”</source>
            <translation>Связать рекомендации (%1) с «%2»</translation>
        </message>
        <message>
            <source>Add recommendation %1</source>
            <translation>Добавить рекомендацию %1</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Добавить рекомендацию</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Изменить рекомендацию %1</translation>
        </message>
        <message>
            <source>Edit recommendation</source>
            <translation>Изменить рекомендацию</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Changed by someone else just now.</source>
            <translation>Только что изменено другим пользователем.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Изменено другим пользователем</translation>
        </message>
        <message>
            <source>&amp;Reload (discard mine)</source>
            <translation>&amp;Перезагрузить (отбросить мои)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Оставить мои</translation>
        </message>
        <message>
            <source>Save your version over theirs (the history records that it replaced theirs)</source>
            <translation>Сохранить вашу версию вместо их версии (журнал изменений отметит, что она заменила их версию)</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Оставить &amp;обе</translation>
        </message>
        <message>
            <source>Keep their note as it is and save yours as a new note</source>
            <translation>Оставить их заметку как есть и сохранить вашу как новую</translation>
        </message>
        <message>
            <source>Their change:</source>
            <translation>Их изменение:</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>Ваше:</translation>
        </message>
        <message>
            <source>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь изменил эту рекомендацию после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь удалил эту рекомендацию после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь изменил эту заметку после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь удалил эту заметку после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь изменил эту оценку после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь удалил эту оценку после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь изменил эту позицию после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь удалил эту позицию после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь изменил эту запись после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь удалил эту запись после того, как вы начали её редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь удалил этот элемент (%1) после того, как вы начали его редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
        <message>
            <source>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>Другой пользователь изменил этот элемент (%1) после того, как вы начали его редактировать. Ваши изменения ещё не сохранены: выберите, что оставить.</translation>
        </message>
    </context>
    <context>
        <name>EncodingRow</name>
        <message>
            <source>Detect automatically</source>
            <translation>Определить автоматически</translation>
        </message>
        <message>
            <source>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</source>
            <translation>Если текст предпросмотра выглядит неправильно (странные буквы или символы внутри слов), выберите кодировку, в которой был сохранён файл: предпросмотр обновится.</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>Читать как:</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>an encoding, how sure its reading is</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>чтение…</translation>
        </message>
        <message>
            <source>%1, given</source>
            <translation>%1, задана</translation>
        </message>
        <message>
            <source>not known (the file could not be read)</source>
            <translation>неизвестна (файл не удалось прочитать)</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between two encodings</comment>
            <translation> или </translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1, but it may be %2.</source>
            <translation>Кодировка этого файла определена предположительно: он прочитан как %1, но это может быть %2.</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1.</source>
            <translation>Кодировка этого файла определена предположительно: он прочитан как %1.</translation>
        </message>
        <message>
            <source>A line as read: “%1”</source>
            <translation>Строка в прочитанном виде: «%1»</translation>
        </message>
        <message>
            <source>If letters look wrong, choose the encoding under “Read as”; the preview follows.</source>
            <translation>Если буквы выглядят неправильно, выберите кодировку в поле «Читать как»; предпросмотр обновится.</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>not stated</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>in each row</source>
            <translation>в каждой строке</translation>
        </message>
        <message>
            <source>as exported</source>
            <translation>как при выгрузке</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>Выгрузка UPR Tracker</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>Table of %1 columns, of no known format</source>
            <translation>Таблица неизвестного формата, столбцов: %1</translation>
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
            <translation>Чтение файла…</translation>
        </message>
        <message>
            <source>The preview appears once the kind is chosen.</source>
            <translation>Предпросмотр появится после выбора типа.</translation>
        </message>
        <message>
            <source>The preview appears once the State is chosen.</source>
            <translation>Предпросмотр появится после выбора государства.</translation>
        </message>
        <message>
            <source>The preview appears once the cycle is chosen.</source>
            <translation>Предпросмотр появится после выбора цикла.</translation>
        </message>
        <message>
            <source>The preview appears once the columns are mapped.</source>
            <translation>Предпросмотр появится после сопоставления столбцов.</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>Предпросмотра нет.</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>Что сделает импорт</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>Что было импортировано</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>пунктов для проверки</translation>
        </message>
        <message>
            <source>rows that cannot be imported</source>
            <translation>строк, которые нельзя импортировать</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>Строк не включено: %1 (%2)</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>Неимпортированные столбцы: %1</translation>
        </message>
        <message>
            <source>Nothing to note.</source>
            <translation>Замечаний нет.</translation>
        </message>
        <message>
            <source>Positions (%1)</source>
            <translation>Позиции (%1)</translation>
        </message>
        <message>
            <source>Points to review (%1)</source>
            <translation>Пункты для проверки (%1)</translation>
        </message>
        <message>
            <source>Rows to fix (%1)</source>
            <translation>Строки для исправления (%1)</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>Примечания (%1)</translation>
        </message>
        <message>
            <source>Choose the kind under “Read it as” to preview it.</source>
            <translation>Выберите тип в разделе «Читать как», чтобы увидеть предпросмотр.</translation>
        </message>
        <message>
            <source>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</source>
            <translation>В разделе «Читать как» выбран наиболее вероятный тип: проверьте его и посмотрите предпросмотр с этим выбором (или выберите другой тип).</translation>
        </message>
        <message>
            <source>Choose the State under “Read it as” to preview it.</source>
            <translation>Выберите государство в разделе «Читать как», чтобы увидеть предпросмотр.</translation>
        </message>
        <message>
            <source>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</source>
            <translation>В разделе «Читать как» выбрано наиболее вероятное государство: проверьте его и посмотрите предпросмотр с этим выбором (или выберите другое государство).</translation>
        </message>
        <message>
            <source>Choose the cycle under “Read it as” to preview it.</source>
            <translation>Выберите цикл в разделе «Читать как», чтобы увидеть предпросмотр.</translation>
        </message>
        <message>
            <source>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</source>
            <translation>В разделе «Читать как» выбран наиболее вероятный цикл: проверьте его и посмотрите предпросмотр с этим выбором (или выберите другой цикл).</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>Не удалось записать или прочитать файл: %1.

Файл: %2

Ничего не записано наполовину: выберите другую папку или освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>Не удалось записать или прочитать файл: %1.

Ничего не записано наполовину: выберите другую папку или освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data was not changed by the failed step.</source>
            <translation>Произошла непредвиденная ошибка. Неудавшийся шаг не изменил ваши данные.</translation>
        </message>
        <message>
            <source>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</source>
            <translation>Подробности записаны в журнал:
%1

Чтобы сообщить об ошибке, скопируйте отладочные сведения и отправьте их, описав, что вы делали.</translation>
        </message>
        <message>
            <source>To report it, copy the debug information and send it with what you were doing.</source>
            <translation>Чтобы сообщить об ошибке, скопируйте отладочные сведения и отправьте их, описав, что вы делали.</translation>
        </message>
        <message>
            <source>Copy debug info</source>
            <translation>Скопировать отладочные сведения</translation>
        </message>
    </context>
    <context>
        <name>EventDateField</name>
        <message>
            <source>Event on</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>The day of what the note records (a meeting, a testimony), if it is not today</source>
            <translation>День события, которое фиксирует заметка (встреча, свидетельство), если это не сегодня</translation>
        </message>
    </context>
    <context>
        <name>FileSize</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 КБ</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 МБ</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation>Любой</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>Африка</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Азиатско-Тихоокеанский регион</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Нет позиции</translation>
        </message>
        <message>
            <source>The State's current position</source>
            <translation>Текущая позиция государства</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Не оценена</translation>
        </message>
        <message>
            <source>Combined implementation level</source>
            <translation>Совокупный уровень осуществления</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Цикл %1</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>Цикл УПО</translation>
        </message>
        <message>
            <source>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</source>
            <translation>Термин любого словаря: темы UPR Info, темы УВКПЧ, ЦУР, затрагиваемые лица</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Цель в области устойчивого развития</translation>
        </message>
        <message>
            <source>A State that made the recommendation</source>
            <translation>Государство, вынесшее рекомендацию</translation>
        </message>
        <message>
            <source>Regional group of a recommending State</source>
            <translation>Региональная группа государства, вынесшего рекомендацию</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>UPR Info action category</source>
            <translation>Категория действий UPR Info</translation>
        </message>
        <message>
            <source>Confirmed link</source>
            <translation>Подтверждённая связь</translation>
        </message>
        <message>
            <source>Suggested, to decide</source>
            <translation>Предложена, требует решения</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Не связана</translation>
        </message>
        <message>
            <source>Recommended again: linked to the same recommendation in another cycle</source>
            <translation>Повторная рекомендация: связана с той же рекомендацией другого цикла</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Требует проверки</translation>
        </message>
        <message>
            <source>Considered implemented</source>
            <translation>Считается выполненной</translation>
        </message>
        <message>
            <source>Has milestones</source>
            <translation>Есть этапы</translation>
        </message>
        <message>
            <source>Has notes</source>
            <translation>Есть заметки</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Позиция</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>&amp;Осуществление</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>&amp;Цикл</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>SD&amp;G</source>
            <translation>Ц&amp;УР</translation>
        </message>
        <message>
            <source>Recommended &amp;by</source>
            <translation>&amp;Рекомендовано</translation>
        </message>
        <message>
            <source>Gro&amp;up</source>
            <translation>&amp;Группа</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Действия</translation>
        </message>
        <message>
            <source>Agai&amp;n</source>
            <translation>По&amp;вторно</translation>
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
            <translation>Не выполнена</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Выполнена частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Выполнена полностью</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import documents and datasets</source>
            <translation>Импорт документов и наборов данных</translation>
        </message>
        <message>
            <source>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</source>
            <translation>Перетащите в это окно документы ООН (доклады Рабочей группы, добавления, матрицы УВКПЧ) или таблицы (UPR Info, UHRI, ваши собственные) либо добавьте их. Ничего не записывается, пока вы не выберете «Импорт».</translation>
        </message>
        <message>
            <source>Drop files here

or choose “Add files…”</source>
            <translation>Перетащите файлы сюда

или выберите «Добавить файлы…»</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>Add a file to see what it is and what importing it would do.</source>
            <translation>Добавьте файл, чтобы увидеть, что это за файл и что сделает его импорт.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Обнаружено</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Государство:</translation>
        </message>
        <message>
            <source>Cycle:</source>
            <translation>Цикл:</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Сессия:</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>Условное обозначение:</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>Читать как</translation>
        </message>
        <message>
            <source>As the document says</source>
            <translation>Как указано в документе</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Цикл %1 (%2)</translation>
        </message>
        <message>
            <source>Change what was detected if the document is misread; the preview follows.</source>
            <translation>Измените обнаруженное, если документ прочитан неверно; предпросмотр обновится.</translation>
        </message>
        <message>
            <source>Preview with these choices</source>
            <translation>Предпросмотр с этим выбором</translation>
        </message>
        <message>
            <source>Skip the rows that cannot be imported and import the others</source>
            <translation>Пропустить строки, которые нельзя импортировать, и импортировать остальные</translation>
        </message>
        <message>
            <source>recommendations to create</source>
            <translation>рекомендаций будет создано</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>будет обновлено</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>уже есть</translation>
        </message>
        <message>
            <source>positions to record</source>
            <translation>позиций будет записано</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>пунктов для проверки</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Позиции</translation>
        </message>
        <message>
            <source>Points to review</source>
            <translation>Пункты для проверки</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>Что сделает импорт</translation>
        </message>
        <message>
            <source>Loading States…</source>
            <translation>Загрузка государств…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name and its ISO code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Чтение %1…</translation>
        </message>
        <message>
            <source>Previewing %1…</source>
            <translation>Предпросмотр %1…</translation>
        </message>
        <message>
            <source>The preview was cancelled: change an option to preview it again.</source>
            <translation>Предпросмотр отменён: измените параметр, чтобы повторить его.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>Say which column holds the recommendation's text.</source>
            <translation>Укажите, в каком столбце находится текст рекомендации.</translation>
        </message>
        <message>
            <source>Saving the mapping…</source>
            <translation>Сохранение сопоставления…</translation>
        </message>
        <message>
            <source>Mapping saved as “%1”.</source>
            <translation>Сопоставление сохранено как «%1».</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Импорт %1…</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing of this file was written.</source>
            <translation>Импорт отменён: ничего из этого файла не записано.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>Импортирован %n файл: новых рекомендаций — %1.</numerusform>
                <numerusform>Импортировано %n файла: новых рекомендаций — %1.</numerusform>
                <numerusform>Импортировано %n файлов: новых рекомендаций — %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):

%1</source>
            <translation>Не импортированы (по ним ничего не записано):

%1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>Импортировать %n файл</numerusform>
                <numerusform>Импортировать %n файла</numerusform>
                <numerusform>Импортировать %n файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected error: %1: %2</source>
            <translation>Непредвиденная ошибка: %1: %2</translation>
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
            <translation>%1. Каждая оставшаяся без ответа рекомендация остаётся как была, помечается как требующая проверки и указывается в разделе «Проблемы для проверки».</translation>
        </message>
    </context>
    <context>
        <name>ImportEntries</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</source>
            <translation>Всё, что читает UPR Tracker (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>Документы ООН (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>Наборы данных (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>Выгрузки UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Detect from the document</source>
            <translation>Определить по документу</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Доклад Рабочей группы</translation>
        </message>
        <message>
            <source>Addendum (the State's positions)</source>
            <translation>Добавление (позиции государства)</translation>
        </message>
        <message>
            <source>OHCHR matrix</source>
            <translation>Матрица УВКПЧ</translation>
        </message>
        <message>
            <source>UPR Info database export</source>
            <translation>Выгрузка базы данных UPR Info</translation>
        </message>
        <message>
            <source>UHRI export</source>
            <translation>Выгрузка UHRI</translation>
        </message>
        <message>
            <source>Table with mapped columns</source>
            <translation>Таблица с сопоставленными столбцами</translation>
        </message>
        <message>
            <source>UPR Tracker table export</source>
            <translation>Таблица, выгруженная из UPR Tracker</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Текст рекомендации</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Государство - объект обзора</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Сессия Рабочей группы</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Label (e.g. 97.12)</source>
            <translation>Номер (например, 97.12)</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Государства, вынесшие рекомендацию</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Категория действий</translation>
        </message>
        <message>
            <source>Themes (UPR Info issues)</source>
            <translation>Темы (вопросы UPR Info)</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Темы УВКПЧ</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Условное обозначение документа</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <source>OHCHR annotation id</source>
            <translation>Идентификатор аннотации УВКПЧ</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(не импортируется)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Готов к импорту</translation>
        </message>
        <message>
            <source>Choose the kind</source>
            <translation>Выберите тип</translation>
        </message>
        <message>
            <source>Choose the State</source>
            <translation>Выберите государство</translation>
        </message>
        <message>
            <source>Choose the cycle</source>
            <translation>Выберите цикл</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>Укажите, что содержится в каждом столбце</translation>
        </message>
        <message>
            <source>Preview cancelled</source>
            <translation>Предпросмотр отменён</translation>
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation>Невозможно импортировать</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортирован</translation>
        </message>
        <message>
            <source>%1 · encoding guessed</source>
            <translation>%1 · кодировка предположительная</translation>
        </message>
        <message>
            <source>%1 · %2, cycle %3</source>
            <translation>%1 · %2, цикл %3</translation>
        </message>
        <message>
            <source>%1 · %2 rows</source>
            <translation>%1 · строк: %2</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>Выгрузка UPR Tracker</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Deciding sentence</source>
            <translation>Определяющая фраза</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>Неясно</translation>
        </message>
        <message>
            <source>Stated by the list's heading</source>
            <translation>Указана в заголовке списка</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>a confidence in percent</comment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 · to check</source>
            <translation>%1 · проверить</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Что обнаружено</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>what is wrong (the value found)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>столбец %1: %2</translation>
        </message>
        <message>
            <source>Row that cannot be imported</source>
            <translation>Строка, которую нельзя импортировать</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>Язык системы (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>Окно будет на языке «%1» при следующем запуске UPR Tracker.</translation>
        </message>
    </context>
    <context>
        <name>LinkMilestoneDialog</name>
        <message>
            <source>Milestone</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Already linked</source>
            <translation>Уже связаны</translation>
        </message>
        <message>
            <source>Link to a milestone</source>
            <translation>Связать с этапом</translation>
        </message>
        <message numerus="yes">
            <source>Link %n recommendation(s) to a milestone</source>
            <translation>
                <numerusform>Связать %n рекомендацию с этапом</numerusform>
                <numerusform>Связать %n рекомендации с этапом</numerusform>
                <numerusform>Связать %n рекомендаций с этапом</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose one of the milestones of %1, or record a new one. All %n recommendation(s) are linked to it at once.</source>
            <translation>
                <numerusform>Выберите один из этапов государства %1 или добавьте новый. С ним будет связана %n рекомендация.</numerusform>
                <numerusform>Выберите один из этапов государства %1 или добавьте новый. С ним будут связаны сразу все %n рекомендации.</numerusform>
                <numerusform>Выберите один из этапов государства %1 или добавьте новый. С ним будут связаны сразу все %n рекомендаций.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of the milestones of %1, or record a new one.</source>
            <translation>Выберите один из этапов государства %1 или добавьте новый.</translation>
        </message>
        <message>
            <source>Search the milestones: title, description, date, source…</source>
            <translation>Поиск по этапам: название, описание, дата, источник…</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Связать</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>Новый этап…</translation>
        </message>
        <message>
            <source>Record a new milestone of %1 and link the recommendations to it</source>
            <translation>Добавить новый этап государства %1 и связать с ним рекомендации</translation>
        </message>
        <message>
            <source>%1 has no milestones yet.
Record the first with “New milestone…”.</source>
            <translation>У государства %1 пока нет этапов.
Добавьте первый кнопкой «Новый этап…».</translation>
        </message>
        <message>
            <source>all</source>
            <comment>all the recommendations are linked already</comment>
            <translation>все</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the recommendation is linked already</comment>
            <translation>да</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>how many of the recommendations are linked already</comment>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>the milestone</source>
            <translation>этап</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>Связывание…</translation>
        </message>
    </context>
    <context>
        <name>LinkRecommendationDialog</name>
        <message>
            <source>Link to a recommendation of another cycle</source>
            <translation>Связать с рекомендацией другого цикла</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</source>
            <translation>&lt;b&gt;%1, цикл %2, %3&lt;/b&gt;: %4</translation>
        </message>
        <message>
            <source>Search by label or words…</source>
            <translation>Поиск по номеру или словам…</translation>
        </message>
        <message>
            <source>cycle %1, %2: %3</source>
            <translation>цикл %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ListDetailScreen</name>
        <message>
            <source>Show resolved</source>
            <translation>Показать решённые</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>%1 is locked</source>
            <translation>%1 заблокирована</translation>
        </message>
        <message>
            <source>Type the database's passphrase to go on.</source>
            <translation>Введите парольную фразу базы данных, чтобы продолжить.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</source>
            <translation>База данных команды на сервере: её восстановление (pg_restore) и защита (роли, TLS, диск сервера) — задача её администратора. Файл ▸ Создать резервную копию сейчас сохраняет её копию (pg_dump).</translation>
        </message>
        <message>
            <source>UPR Tracker — %1 (team)</source>
            <translation>UPR Tracker — %1 (команда)</translation>
        </message>
        <message>
            <source>UPR Tracker — %1</source>
            <translation>UPR Tracker — %1</translation>
        </message>
        <message>
            <source>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</source>
            <translation>Поиск по всему тексту: слова, «фраза», префикс*, -исключить   (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>&amp;Рекомендации</translation>
        </message>
        <message>
            <source>Milestones and &amp;plans</source>
            <translation>Этапы и &amp;планы</translation>
        </message>
        <message>
            <source>Problems to re&amp;view</source>
            <translation>Проблемы для про&amp;верки</translation>
        </message>
        <message>
            <source>Con&amp;flicts</source>
            <translation>Кон&amp;фликты</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Новая база данных…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>Открыть базу данных ко&amp;манды…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Открыть &amp;недавние</translation>
        </message>
        <message>
            <source>&amp;Import documents or datasets…</source>
            <translation>&amp;Импортировать документы или наборы данных…</translation>
        </message>
        <message>
            <source>&amp;Export the recommendations shown…</source>
            <translation>&amp;Экспортировать показанные рекомендации…</translation>
        </message>
        <message>
            <source>Briefing &amp;report…</source>
            <translation>Информационный &amp;доклад…</translation>
        </message>
        <message>
            <source>&amp;Copy database to…</source>
            <translation>&amp;Копировать базу данных в…</translation>
        </message>
        <message>
            <source>&amp;Send changes to a colleague…</source>
            <translation>Отп&amp;равить изменения коллеге…</translation>
        </message>
        <message>
            <source>Recei&amp;ve changes…</source>
            <translation>По&amp;лучить изменения…</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;key…</source>
            <translation>Сохранить кл&amp;юч этого ноутбука…</translation>
        </message>
        <message>
            <source>Trust a colleague's ke&amp;y…</source>
            <translation>Доверять клю&amp;чу коллеги…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Создать резервную копию сейчас</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;New note on this recommendation</source>
            <translation>&amp;Новая заметка к этой рекомендации</translation>
        </message>
        <message>
            <source>Your &amp;name in the audit trail…</source>
            <translation>Ваше &amp;имя в журнале изменений…</translation>
        </message>
        <message>
            <source>&amp;Link selected to a milestone…</source>
            <translation>&amp;Связать выбранные с этапом…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>&amp;Next recommendation</source>
            <translation>&amp;Следующая рекомендация</translation>
        </message>
        <message>
            <source>&amp;Previous recommendation</source>
            <translation>&amp;Предыдущая рекомендация</translation>
        </message>
        <message>
            <source>&amp;Clear filters and search</source>
            <translation>С&amp;бросить фильтры и поиск</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>Сохранить &amp;этот поиск…</translation>
        </message>
        <message>
            <source>Show &amp;filters</source>
            <translation>Показать &amp;фильтры</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Сервис</translation>
        </message>
        <message>
            <source>&amp;Milestones and plans</source>
            <translation>&amp;Этапы и планы</translation>
        </message>
        <message>
            <source>&amp;Problems to review</source>
            <translation>&amp;Проблемы для проверки</translation>
        </message>
        <message>
            <source>&amp;Conflicts between databases</source>
            <translation>&amp;Конфликты между базами данных</translation>
        </message>
        <message>
            <source>&amp;Vocabularies (themes, SDGs, affected persons)…</source>
            <translation>&amp;Словари (темы, ЦУР, затрагиваемые лица)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Р&amp;езервные копии…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Спр&amp;авка</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Руководство пользователя</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Открыть папку &amp;журнала</translation>
        </message>
        <message>
            <source>&amp;About UPR Tracker</source>
            <translation>&amp;О программе UPR Tracker</translation>
        </message>
        <message>
            <source>Save this search</source>
            <translation>Сохранить этот поиск</translation>
        </message>
        <message>
            <source>Name of the search:</source>
            <translation>Название поиска:</translation>
        </message>
        <message>
            <source>Saved the search “%1”.</source>
            <translation>Поиск «%1» сохранён.</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Новая заметка</translation>
        </message>
        <message>
            <source>Select the recommendations to link first.</source>
            <translation>Сначала выберите рекомендации для связывания.</translation>
        </message>
        <message>
            <source>Select recommendations of one State: a milestone belongs to one State.</source>
            <translation>Выберите рекомендации одного государства: этап относится к одному государству.</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1 (команда)</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(пока нет)</translation>
        </message>
        <message>
            <source>Open an UPR Tracker database</source>
            <translation>Открыть базу данных UPR Tracker</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>Базы данных UPR Tracker (*.sqlite3 *.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>New UPR Tracker database</source>
            <translation>Новая база данных UPR Tracker</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</source>
            <translation>%1 уже существует, а новая база данных никогда не записывается поверх файла.

Выберите другое имя или откройте этот файл через Файл ▸ Открыть базу данных…</translation>
        </message>
        <message>
            <source>Con&amp;flicts (%1)</source>
            <translation>Кон&amp;фликты (%1)</translation>
        </message>
        <message>
            <source>Your changes are now recorded as made by %1.</source>
            <translation>Ваши изменения теперь записываются от имени %1.</translation>
        </message>
        <message>
            <source>Report saved to %1.</source>
            <translation>Доклад сохранён в %1.</translation>
        </message>
        <message>
            <source>About UPR Tracker</source>
            <translation>О программе UPR Tracker</translation>
        </message>
        <message>
            <source>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Отслеживание рекомендаций универсального периодического обзора ООН: позиции, этапы, заметки и оценки осуществления, без подключения к сети.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message numerus="yes">
            <source>Merge %n term(s)</source>
            <translation>
                <numerusform>Объединить %n термин</numerusform>
                <numerusform>Объединить %n термина</numerusform>
                <numerusform>Объединить %n терминов</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep this term; the others are merged into it:</source>
            <translation>Оставить этот термин; остальные объединяются с ним:</translation>
        </message>
        <message numerus="yes">
            <source>%1 [%2] — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 [%2] — %n рекомендация</numerusform>
                <numerusform>%1 [%2] — %n рекомендации</numerusform>
                <numerusform>%1 [%2] — %n рекомендаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n рекомендация</numerusform>
                <numerusform>%1 — %n рекомендации</numerusform>
                <numerusform>%1 — %n рекомендаций</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
        <message numerus="yes">
            <source>The %n recommendation(s) tagged “%1” will be tagged “%2” instead.</source>
            <translation>
                <numerusform>%n рекомендация с тегом «%1» получит вместо него тег «%2».</numerusform>
                <numerusform>%n рекомендации с тегом «%1» получат вместо него тег «%2».</numerusform>
                <numerusform>%n рекомендаций с тегом «%1» получат вместо него тег «%2».</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged “%1”.</source>
            <translation>Ни одна рекомендация не имеет тега «%1».</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <comment>how many recommendations from a term</comment>
            <translation>%1 из «%2»</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) will move to “%1” (%2).</source>
            <translation>
                <numerusform>%n рекомендация перейдет к «%1» (%2).</numerusform>
                <numerusform>%n рекомендации перейдут к «%1» (%2).</numerusform>
                <numerusform>%n рекомендаций перейдут к «%1» (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged %1.</source>
            <translation>Ни одна рекомендация не имеет тегов %1.</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as a former name of “%2”.</source>
            <translation>%1 исчезнет из списка, но его можно будет найти как прежнее название «%2».</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as former names of “%2”.</source>
            <translation>%1 исчезнут из списка, но их можно будет найти как прежние названия «%2».</translation>
        </message>
        <message>
            <source>%1 %2 A merge cannot be undone.</source>
            <comment>what the merge moves, what leaves the list</comment>
            <translation>%1 %2 Объединение нельзя отменить.</translation>
        </message>
    </context>
    <context>
        <name>MidTermReport</name>
        <message>
            <source>Milestones</source>
            <translation>Этапы осуществления</translation>
        </message>
        <message>
            <source>Mid-term implementation report: %1</source>
            <translation>Среднесрочный доклад об осуществлении: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Осуществление</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level and by the State's position</source>
            <translation>Рекомендации в разбивке по сводному уровню выполнения и позиции государства</translation>
        </message>
        <message>
            <source>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</source>
            <translation>Сводный уровень определяется по методике UPR Info: последняя оценка каждого источника даёт 0 (не выполнена), 0,5 (частично) или 1 (полностью); среднее ниже 0,33 означает «не выполнена», ниже 0,66 — «выполнена частично», в остальных случаях — «выполнена полностью». Для каждой рекомендации ниже указано её среднее значение (%1).</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Recommendations assessed</source>
            <translation>Оценённые рекомендации</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Assessments by source</source>
            <translation>Оценки в разбивке по источникам</translation>
        </message>
        <message>
            <source>No source has assessed the implementation of these recommendations yet.</source>
            <translation>Ни один источник ещё не оценил выполнение этих рекомендаций.</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>шкала UPR Info: не выполнена — 0, частично — 0,5, полностью — 1; полностью ≥ 0,66, частично ≥ 0,33, иначе не выполнена</translation>
        </message>
        <message>
            <source>%1 to %2; %3</source>
            <translation>от «%1» до «%2»; %3</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1 of 1 from %n source(s) (%2).</source>
            <translation>
                <numerusform>Среднее %1 из 1 (источников: %n) (%2).</numerusform>
                <numerusform>Среднее %1 из 1 (источников: %n) (%2).</numerusform>
                <numerusform>Среднее %1 из 1 (источников: %n) (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>fully</source>
            <translation>полностью</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>частично</translation>
        </message>
        <message>
            <source>not</source>
            <translation>не выполнена</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Evidence or comment</source>
            <translation>Подтверждение или комментарий</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>Рекомендация %1</translation>
        </message>
        <message>
            <source>an unrecorded State</source>
            <translation>незарегистрированное государство</translation>
        </message>
        <message>
            <source>Recommended by %1.</source>
            <translation>Рекомендацию вынесли: %1.</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>Оценок пока нет.</translation>
        </message>
        <message>
            <source>Combined level: %1.</source>
            <translation>Сводный уровень: %1.</translation>
        </message>
        <message>
            <source>Milestones: %1.</source>
            <translation>Этапы осуществления: %1.</translation>
        </message>
        <message>
            <source>Position of the State: %1 (%2).</source>
            <translation>Позиция государства: %1 (%2).</translation>
        </message>
        <message>
            <source>Position of the State: %1.</source>
            <translation>Позиция государства: %1.</translation>
        </message>
        <message>
            <source>The State's response: “%1”</source>
            <translation>Ответ государства: «%1»</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDetail</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date format: a day with the month's name</comment>
            <translation>d MMMM yyyy 'г.'</translation>
        </message>
        <message>
            <source>No milestones yet</source>
            <translation>Этапов пока нет</translation>
        </message>
        <message>
            <source>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</source>
            <translation>Этапы — это датированные события осуществления: принятый закон, план действий и его пункты, мораторий, ратификация, визит, шаг назад. Добавьте этап кнопкой &lt;b&gt;Новый этап…&lt;/b&gt;, указав источник, затем свяжите его с рекомендациями, которых он касается (в таблице рекомендаций: &lt;i&gt;Связать с этапом…&lt;/i&gt;).</translation>
        </message>
        <message>
            <source>No milestone matches the filters.</source>
            <translation>Ни один этап не соответствует фильтрам.</translation>
        </message>
        <message>
            <source>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</source>
            <translation>Выберите этап в списке или на временной шкале, чтобы увидеть его описание, источник и рекомендации, которых он касается.</translation>
        </message>
        <message>
            <source>due %1</source>
            <comment>a milestone is due on a day</comment>
            <translation>срок: %1</translation>
        </message>
        <message>
            <source>a plan</source>
            <translation>плана</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <comment>an item number of a plan</comment>
            <translation>Пункт %1 плана %2</translation>
        </message>
        <message>
            <source>An item of %1</source>
            <comment>of a plan</comment>
            <translation>Пункт плана %1</translation>
        </message>
        <message>
            <source>Items of the plan (%1)</source>
            <translation>Пункты плана (%1)</translation>
        </message>
        <message>
            <source>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</source>
            <translation>Пока нет: добавьте их кнопкой &lt;b&gt;Новый пункт…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Вложенный файл</translation>
        </message>
        <message>
            <source>Linked recommendations (%1)</source>
            <translation>Связанные рекомендации (%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</source>
            <translation>Пока не связан ни с одной рекомендацией. Выберите рекомендации в таблице и выберите &lt;i&gt;Связать с этапом…&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>New milestone</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <source>Type a State's name or code</source>
            <translation>Введите название или код государства</translation>
        </message>
        <message>
            <source>e.g. Refugees Act</source>
            <translation>например, Закон о беженцах</translation>
        </message>
        <message>
            <source>2009, 2009-07 or 2009-07-10</source>
            <translation>2009, 2009-07 или 2009-07-10</translation>
        </message>
        <message>
            <source>2012, 2012-06 or 2012-06-30</source>
            <translation>2012, 2012-06 или 2012-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (a deadline the dashboard reminds of)</source>
            <translation>ГГГГ-ММ-ДД (срок, о котором напоминает панель)</translation>
        </message>
        <message>
            <source>e.g. 3.2</source>
            <translation>например, 3.2</translation>
        </message>
        <message>
            <source>e.g. 12.3.4</source>
            <translation>например, 12.3.4</translation>
        </message>
        <message>
            <source>Item no.</source>
            <translation>Пункт №</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two; quote the source if you can.</source>
            <translation>Что произошло, в одном-двух предложениях; по возможности процитируйте источник.</translation>
        </message>
        <message>
            <source>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</source>
            <translation>например, A/HRC/14/10/Add.1, п. 12; Официальный вестник № 152</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Государство:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>E&amp;nds (a plan):</source>
            <translation>&amp;Окончание (плана):</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>&amp;Срок:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;План:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>&amp;Описание:</translation>
        </message>
        <message>
            <source>Source &amp;citation:</source>
            <translation>&amp;Ссылка на источник:</translation>
        </message>
        <message>
            <source>Source &amp;address:</source>
            <translation>&amp;Адрес источника:</translation>
        </message>
        <message>
            <source>Attached &amp;file:</source>
            <translation>&amp;Вложенный файл:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name (its code)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Изменить этап</translation>
        </message>
        <message>
            <source>A plan with items cannot itself be an item of a plan.</source>
            <translation>План, у которого есть пункты, сам не может быть пунктом плана.</translation>
        </message>
        <message>
            <source>This plan has items, so it stays a plan.</source>
            <translation>У этого плана есть пункты, поэтому он остается планом.</translation>
        </message>
        <message>
            <source>Not an item of a plan</source>
            <translation>Не пункт плана</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a plan's title (its date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit plan item</source>
            <translation>Изменить пункт плана</translation>
        </message>
        <message>
            <source>New plan item</source>
            <translation>Новый пункт плана</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>what the dialog does — of which State</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <source>= %1  (the year only)</source>
            <translation>= %1  (только год)</translation>
        </message>
        <message>
            <source>= %1  (the month only)</source>
            <translation>= %1  (только месяц)</translation>
        </message>
        <message>
            <source>= %1</source>
            <translation>= %1</translation>
        </message>
        <message>
            <source>Write the day as YYYY-MM-DD (or leave it empty).</source>
            <translation>Укажите день в формате ГГГГ-ММ-ДД (или оставьте поле пустым).</translation>
        </message>
        <message>
            <source>Attach a file as evidence</source>
            <translation>Приложить файл в качестве подтверждения</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</source>
            <translation>Документы (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a file's name (its size)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Kept inside the database</source>
            <translation>Хранится в базе данных</translation>
        </message>
        <message>
            <source>No file (a copy is kept inside the database; up to %1 MB)</source>
            <translation>Файла нет (копия хранится в базе данных; до %1 МБ)</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Заменить…</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>Выберите государство из списка.</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>У этапа должно быть название.</translation>
        </message>
        <message>
            <source>Write the full address, starting with https:// (or leave it empty).</source>
            <translation>Укажите полный адрес, начиная с https:// (или оставьте поле пустым).</translation>
        </message>
        <message>
            <source>Saving the milestone…</source>
            <translation>Сохранение этапа…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>Закон</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Политика</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>Пункт плана</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>Ратификация</translation>
        </message>
        <message>
            <source>Moratorium</source>
            <translation>Мораторий</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Посещение</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Судебное решение</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>Регресс</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>MilestoneTableModel</name>
        <message>
            <source>known to the day</source>
            <translation>известна с точностью до дня</translation>
        </message>
        <message>
            <source>known to the month</source>
            <translation>известна с точностью до месяца</translation>
        </message>
        <message>
            <source>known to the year</source>
            <translation>известна с точностью до года</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Связано</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>Когда это произошло, с известной точностью</translation>
        </message>
        <message>
            <source>What kind of event it is</source>
            <translation>Вид события</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <source>Where the evidence is</source>
            <translation>Где находится подтверждение</translation>
        </message>
        <message>
            <source>How many recommendations it concerns</source>
            <translation>Сколько рекомендаций это касается</translation>
        </message>
        <message>
            <source>No date recorded</source>
            <translation>Дата не указана</translation>
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
Вложение: %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s): %1</source>
            <translation>
                <numerusform>Связан с %n рекомендацией: %1</numerusform>
                <numerusform>Связан с %n рекомендациями: %1</numerusform>
                <numerusform>Связан с %n рекомендациями: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>Связан с %n рекомендацией</numerusform>
                <numerusform>Связан с %n рекомендациями</numerusform>
                <numerusform>Связан с %n рекомендациями</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestoneTimeline</name>
        <message>
            <source>No dated milestones to draw.</source>
            <translation>Нет датированных этапов для отображения.</translation>
        </message>
        <message>
            <source>No milestones to show. Record one with “New milestone…”.</source>
            <translation>Нет этапов для показа. Добавьте этап кнопкой «Новый этап…».</translation>
        </message>
        <message numerus="yes">
            <source>%n undated, not drawn</source>
            <translation>
                <numerusform>%n без даты, не показан</numerusform>
                <numerusform>%n без даты, не показаны</numerusform>
                <numerusform>%n без даты, не показаны</numerusform>
            </translation>
        </message>
        <message>
            <source>a bar spans a date known only to the month or year</source>
            <translation>полоса охватывает дату, известную лишь до месяца или года</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>без даты</translation>
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
                <numerusform>Связан с %n рекомендацией</numerusform>
                <numerusform>Связан с %n рекомендациями</numerusform>
                <numerusform>Связан с %n рекомендациями</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>The milestones of one State; beside each, how many it has</source>
            <translation>Этапы одного государства; рядом с каждым — их число</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <source>Title, description, source or label contains…</source>
            <translation>Название, описание, источник или номер содержит…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Государство:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>С:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>по:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Show all the milestones of the State again</source>
            <translation>Снова показать все этапы государства</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>Удалить этап</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>Новый этап…</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>Новый пункт…</translation>
        </message>
        <message>
            <source>Add an item to the selected plan of action</source>
            <translation>Добавить пункт в выбранный план действий</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Открыть вложение</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>no limit on the year</comment>
            <translation>Любой</translation>
        </message>
        <message>
            <source>Years; “Any” leaves that end open</source>
            <translation>Годы; «Любой» оставляет эту границу открытой</translation>
        </message>
        <message>
            <source>Reading the milestones…</source>
            <translation>Чтение этапов…</translation>
        </message>
        <message numerus="yes">
            <source>All States (%n milestone(s))</source>
            <translation>
                <numerusform>Все государства (%n этап)</numerusform>
                <numerusform>Все государства (%n этапа)</numerusform>
                <numerusform>Все государства (%n этапов)</numerusform>
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
                <numerusform>%n этап</numerusform>
                <numerusform>%n этапа</numerusform>
                <numerusform>%n этапов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s)</source>
            <translation>
                <numerusform>%1 из %n этапа</numerusform>
                <numerusform>%1 из %n этапов</numerusform>
                <numerusform>%1 из %n этапов</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an item to “%1”</source>
            <translation>Добавить пункт в «%1»</translation>
        </message>
        <message>
            <source>Select a plan of action (or one of its items) to add an item to it</source>
            <translation>Выберите план действий (или один из его пунктов), чтобы добавить в него пункт</translation>
        </message>
        <message>
            <source>Delete the milestone “%1”?</source>
            <translation>Удалить этап «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>Delete the plan “%1” and its %n item(s)?</source>
            <translation>
                <numerusform>Удалить план «%1» и его %n пункт?</numerusform>
                <numerusform>Удалить план «%1» и его %n пункта?</numerusform>
                <numerusform>Удалить план «%1» и его %n пунктов?</numerusform>
            </translation>
        </message>
        <message>
            <source>The 1 linked recommendation stays; only the link goes.</source>
            <translation>Связанная рекомендация сохраняется; удаляется только связь.</translation>
        </message>
        <message numerus="yes">
            <source>The %n linked recommendations stay; only the link goes.</source>
            <translation>
                <numerusform>%n связанная рекомендация сохраняется; удаляется только связь.</numerusform>
                <numerusform>%n связанные рекомендации сохраняются; удаляется только связь.</numerusform>
                <numerusform>%n связанных рекомендаций сохраняются; удаляется только связь.</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file kept in the database is deleted too.</source>
            <translation>Вложенный файл, хранящийся в базе данных, тоже удаляется.</translation>
        </message>
        <message>
            <source>Deleting the milestone…</source>
            <translation>Удаление этапа…</translation>
        </message>
        <message>
            <source>Opening the attached file…</source>
            <translation>Открытие вложенного файла…</translation>
        </message>
        <message>
            <source>No application opened %1. A copy was saved at:
%2</source>
            <translation>Ни одно приложение не открыло %1. Копия сохранена здесь:
%2</translation>
        </message>
    </context>
    <context>
        <name>NavigatorModel</name>
        <message>
            <source>All recommendations (%1)</source>
            <translation>Все рекомендации (%1)</translation>
        </message>
        <message>
            <source>States</source>
            <translation>Государства</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Plans of action</source>
            <translation>Планы действий</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>Сохранённые поиски</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3, %4 pending)</source>
            <translation>Цикл %1, сессия %2 (%3, ожидается: %4)</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3)</source>
            <translation>Цикл %1, сессия %2 (%3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2, %3 pending)</source>
            <translation>Цикл %1 (%2, ожидается: %3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Цикл %1 (%2)</translation>
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
            <translation>событие %1, написано %2</translation>
        </message>
        <message>
            <source>[confidential, kept on this laptop]</source>
            <translation>[конфиденциально, хранится на этом ноутбуке]</translation>
        </message>
        <message>
            <source>[confidential]</source>
            <translation>[конфиденциально]</translation>
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
            <translation>Открытая копия находится вне защиты зашифрованной базы данных, пока она открыта; она удаляется, когда окно блокируется или закрывается.</translation>
        </message>
        <message>
            <source>no folder to open the attachment in: the temporary folder cannot be written</source>
            <translation>нет папки, в которой можно открыть вложение: во временную папку нельзя записывать</translation>
        </message>
    </context>
    <context>
        <name>OthersChanges</name>
        <message>
            <source>someone</source>
            <translation>кто-то</translation>
        </message>
        <message>
            <source>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</source>
            <translation>Тем временем изменено пользователем %1: то, что вы вводите, сохраняется, а при сохранении будут показаны обе версии. &lt;a href='%2'&gt;Перезагрузить&lt;/a&gt;, чтобы отказаться от своей версии.</translation>
        </message>
        <message>
            <source>Changes by %1 are shown.</source>
            <translation>Показаны изменения пользователя %1.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>That passphrase does not open it. Try again.</source>
            <translation>Эта парольная фраза не подходит. Попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>Новая парольная фраза:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</source>
            <translation>
                <numerusform>Не менее %n символа; несколько не связанных между собой слов дают надёжную фразу. Без неё данные не восстановить: храните её в надёжном месте.</numerusform>
                <numerusform>Не менее %n символов; несколько не связанных между собой слов дают надёжную фразу. Без неё данные не восстановить: храните её в надёжном месте.</numerusform>
                <numerusform>Не менее %n символов; несколько не связанных между собой слов дают надёжную фразу. Без неё данные не восстановить: храните её в надёжном месте.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>Слишком короткая: используйте не менее %n символа.</numerusform>
                <numerusform>Слишком короткая: используйте не менее %n символов.</numerusform>
                <numerusform>Слишком короткая: используйте не менее %n символов.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>Зашифрованная база данных</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type its passphrase to open it.
%2</source>
            <translation>%1 зашифрована. Введите её парольную фразу, чтобы открыть.
%2</translation>
        </message>
        <message>
            <source>Encrypt the report?</source>
            <translation>Зашифровать отчёт?</translation>
        </message>
        <message>
            <source>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>Эта база данных зашифрована; отчёт не будет зашифрован, если вы не зашифруете и его. Поместить отчёт в зашифрованный ZIP-архив (AES-256, открывается в 7-Zip и WinZip собственной парольной фразой)?</translation>
        </message>
        <message>
            <source>Passphrase of the report</source>
            <translation>Парольная фраза отчёта</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the report. Better not the database's own.</source>
            <translation>Парольная фраза, которую нужно передать тому, кто будет открывать отчёт. Лучше не ту, что у базы данных.</translation>
        </message>
        <message>
            <source>Encrypt the export?</source>
            <translation>Зашифровать экспорт?</translation>
        </message>
        <message>
            <source>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>Эта база данных зашифрована; экспорт не будет зашифрован, если вы не зашифруете и его. Поместить экспорт в зашифрованный ZIP-архив (AES-256, открывается в 7-Zip и WinZip собственной парольной фразой)?</translation>
        </message>
        <message>
            <source>Passphrase of the export</source>
            <translation>Парольная фраза экспорта</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the export. Better not the database's own.</source>
            <translation>Парольная фраза, которую нужно передать тому, кто будет открывать экспорт. Лучше не ту, что у базы данных.</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>Поддержана</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Принята к сведению</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>Поддержана частично</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ожидается</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (считается уже выполненной)</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialogs</name>
        <message>
            <source>Supported, considered already implemented</source>
            <translation>Поддержана, считается уже выполненной</translation>
        </message>
        <message>
            <source>Pending (will be examined)</source>
            <translation>Ожидается (будет рассмотрена)</translation>
        </message>
        <message>
            <source>states no single position</source>
            <translation>не выражает единой позиции</translation>
        </message>
        <message>
            <source>As its words say: %1</source>
            <translation>Согласно формулировке: %1</translation>
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
            <translation>Строка %1 · %2</translation>
        </message>
        <message>
            <source>Resolved · %1</source>
            <translation>Решено · %1</translation>
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
            <translation>Проблемы для проверки</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Все обзоры</translation>
        </message>
        <message>
            <source>in</source>
            <comment>problems to review in a review</comment>
            <translation>в</translation>
        </message>
        <message>
            <source>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</source>
            <translation>Проблем для проверки нет.

Здесь, рядом с текстом документа, перечисляется то, что при импорте не удалось прочитать с уверенностью.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Исходный текст</translation>
        </message>
        <message>
            <source>Accept as read</source>
            <translation>Принять как прочитано</translation>
        </message>
        <message>
            <source>The import read it right: resolve the problem.</source>
            <translation>Импорт прочитал верно: закрыть проблему.</translation>
        </message>
        <message>
            <source>Correct position…</source>
            <translation>Исправить позицию…</translation>
        </message>
        <message>
            <source>Assign to recommendations…</source>
            <translation>Отнести к рекомендациям…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Разделить…</translation>
        </message>
        <message>
            <source>Mark resolved with a note…</source>
            <translation>Отметить как решённую с заметкой…</translation>
        </message>
        <message>
            <source>Choose a problem to see it beside the document's text.</source>
            <translation>Выберите проблему, чтобы увидеть её рядом с текстом документа.</translation>
        </message>
        <message>
            <source>Reading the problems to review…</source>
            <translation>Чтение проблем для проверки…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>открыто: %1, решено: %2</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>открыто: %1</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>Этот обзор</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>строка %1</translation>
        </message>
        <message>
            <source>Recommendations: %1</source>
            <translation>Рекомендации: %1</translation>
        </message>
        <message>
            <source>Recommendations: none named (the text lost its numbers)</source>
            <translation>Рекомендации: не названы (текст утратил номера)</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>Решено: %1</translation>
        </message>
        <message>
            <source>Recorded: nothing yet; the text awaits its recommendations.</source>
            <translation>Записано: пока ничего; текст ожидает своих рекомендаций.</translation>
        </message>
        <message>
            <source>Recorded from this document: no position.</source>
            <translation>Записано по этому документу: позиции нет.</translation>
        </message>
        <message>
            <source>no position (unclear)</source>
            <translation>позиции нет (неясно)</translation>
        </message>
        <message>
            <source>%1: %2 — “%3”</source>
            <translation>%1: %2 — «%3»</translation>
        </message>
        <message>
            <source>Recorded from this document:
%1</source>
            <translation>Записано по этому документу:
%1</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem: the document answers the other recommendations but not these.</source>
            <translation>Ни одна строка документа не относится к этой проблеме: документ отвечает на другие рекомендации, но не на эти.</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem.</source>
            <translation>Ни одна строка документа не относится к этой проблеме.</translation>
        </message>
        <message>
            <source>The text of this document was not kept (it was read from its tables).</source>
            <translation>Текст этого документа не сохранён (он был прочитан из его таблиц).</translation>
        </message>
        <message>
            <source>Source text, lines %1–%2 of %3</source>
            <translation>Исходный текст, строки %1–%2 документа %3</translation>
        </message>
        <message>
            <source>Accepted as read.</source>
            <translation>Принято как прочитано.</translation>
        </message>
        <message>
            <source>Position corrected.</source>
            <translation>Позиция исправлена.</translation>
        </message>
        <message>
            <source>Reading the review's labels…</source>
            <translation>Чтение номеров рекомендаций обзора…</translation>
        </message>
        <message>
            <source>Text assigned.</source>
            <translation>Текст отнесён.</translation>
        </message>
        <message>
            <source>Text split in two answers.</source>
            <translation>Текст разделён на два ответа.</translation>
        </message>
        <message>
            <source>Marked resolved.</source>
            <translation>Отмечено как решённое.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation>Получить изменения</translation>
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation>Применяет к этой базе данных пакет изменений коллеги. Из повреждённого, поддельного или полученного не от команды пакета ничего не применяется; расхождения сохраняются как конфликты, которые решаете вы.</translation>
        </message>
        <message>
            <source>Bundle file:</source>
            <translation>Файл пакета:</translation>
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation>пусто для пакета, записанного для ключа этого ноутбука</translation>
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation>Парольная фраза команды:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation>Пакет изменений</translation>
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation>Выберите файл пакета для применения.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (считается выполненной)</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Новая рекомендация</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>Изменить рекомендацию %1</translation>
        </message>
        <message>
            <source>e.g. 97.12</source>
            <translation>например, 97.12</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>Рекомендация в формулировке доклада</translation>
        </message>
        <message>
            <source>Filter States…</source>
            <translation>Фильтр государств…</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>Фильтр тем…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Без категории</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>an action category's number — its name</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>пока нет</translation>
        </message>
        <message>
            <source>para. %1</source>
            <translation>п. %1</translation>
        </message>
        <message>
            <source>Unchanged (%1, %2)</source>
            <translation>Без изменений (%1, %2)</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>Без изменений (%1)</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>Позиции пока нет</translation>
        </message>
        <message>
            <source>the document that states it, e.g. A/HRC/59/5/Add.1</source>
            <translation>документ, в котором она указана, например A/HRC/59/5/Add.1</translation>
        </message>
        <message>
            <source>para.</source>
            <comment>short for paragraph</comment>
            <translation>п.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Категория действий</translation>
        </message>
        <message>
            <source>from</source>
            <comment>a position from a document</comment>
            <translation>по</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by&lt;/b&gt;</source>
            <translation>&lt;b&gt;Рекомендована&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Themes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Темы&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Position: choose the position that document states, or clear the document.</source>
            <translation>Позиция: выберите позицию, указанную в этом документе, или очистите поле документа.</translation>
        </message>
        <message>
            <source>Review: add the review first (Edit ▸ New review…).</source>
            <translation>Обзор: сначала добавьте обзор (Правка ▸ Новый обзор…).</translation>
        </message>
        <message>
            <source>label</source>
            <translation>номер</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>recommending states</source>
            <translation>государства, вынесшие рекомендацию</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>категория действий</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>темы</translation>
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
            <translation>%1: создание</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1: изменение</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1: удаление</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1: объединение</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(без номера)</translation>
        </message>
        <message>
            <source>Text not imported yet</source>
            <translation>Текст ещё не импортирован</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Рекомендовано:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Источник:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Position:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Позиция:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Implementation:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Осуществление:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>%1, cycle %2: recommendation %3</source>
            <translation>%1, цикл %2: рекомендация %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</source>
            <translation>&lt;b&gt;Требует проверки&lt;/b&gt; (см. историю позиций и проблемы импорта).</translation>
        </message>
        <message>
            <source>Position history</source>
            <translation>История позиций</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>без даты</translation>
        </message>
        <message>
            <source>(needs review: %1)</source>
            <translation>(требует проверки: %1)</translation>
        </message>
        <message>
            <source>Themes and other terms</source>
            <translation>Темы и другие термины</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>Edit &amp;themes…</source>
            <translation>Изменить &amp;темы…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Без категории</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;UPR Info issues:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Темы UPR Info:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action category:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Категория действий:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit recommendation…</source>
            <translation>Изменить рекомендацию…</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>&amp;Рекомендация</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>&amp;Осуществление</translation>
        </message>
        <message>
            <source>&amp;Link to a milestone…</source>
            <translation>&amp;Связать с этапом…</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>&amp;Этапы</translation>
        </message>
        <message>
            <source>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</source>
            <translation>Напишите заметку о последующей деятельности: встреча, мониторинг, свидетельство… (Ctrl+Enter — сохранить)</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Конфиденциально</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Метки через запятую</translation>
        </message>
        <message>
            <source>Shared with: users or roles (viewer, editor, admin), separated by commas</source>
            <translation>Доступна: пользователям или ролям (viewer, editor, admin) через запятую</translation>
        </message>
        <message>
            <source>Kept on this laptop</source>
            <translation>Хранится на этом ноутбуке</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Сохранить заметку</translation>
        </message>
        <message>
            <source>&amp;Edit selected</source>
            <translation>&amp;Изменить выбранную</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>&amp;Удалить выбранную</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Журнал</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Notes (%1)</source>
            <translation>&amp;Заметки (%1)</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>рекомендация</translation>
        </message>
        <message>
            <source>A team server's database is not a laptop's: its notes are the team's</source>
            <translation>База данных сервера команды — не база ноутбука: её заметки принадлежат команде</translation>
        </message>
        <message>
            <source>Never sent to the team server nor to a colleague: the note stays in this database</source>
            <translation>Никогда не отправляется на сервер команды или коллеге: заметка остаётся в этой базе данных</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Сохранить изменения</translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message>
            <source>State</source>
            <translation>Государство</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Рекомендовано</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Осуществление</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Последнее действие</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Найдено в</translation>
        </message>
        <message>
            <source>its text</source>
            <translation>её тексте</translation>
        </message>
        <message>
            <source>a response</source>
            <translation>ответе</translation>
        </message>
        <message>
            <source>a milestone</source>
            <translation>этапе</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>заметке</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>в %1</translation>
        </message>
        <message>
            <source>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</source>
            <translation>Конфликт: изменена по-разному в двух базах данных — см. Сервис ▸ Конфликты (Ctrl+4)</translation>
        </message>
    </context>
    <context>
        <name>RegionalGroup</name>
        <message>
            <source>Africa</source>
            <translation>Африка</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>Азия и Тихий океан</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>Восточная Европа</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>Латинская Америка и Карибский бассейн</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>Западная Европа и другие государства</translation>
        </message>
    </context>
    <context>
        <name>RelatedRecommendationsView</name>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Осуществление</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</source>
            <translation>&lt;b&gt;Повторные рекомендации&lt;/b&gt;: та же рекомендация в других циклах (дважды щёлкните, чтобы открыть)</translation>
        </message>
        <message>
            <source>Link to a recommendation of another cycle…</source>
            <translation>Связать с рекомендацией другого цикла…</translation>
        </message>
        <message>
            <source>Remove the link</source>
            <translation>Удалить связь</translation>
        </message>
        <message>
            <source>Suggest links for this State</source>
            <translation>Предложить связи для этого государства</translation>
        </message>
        <message>
            <source>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</source>
            <translation>Предлагаются достаточно похожие тексты последовательных циклов (оценка %1 из 100 или выше); каждое предложение принимает или отклоняет человек.</translation>
        </message>
        <message>
            <source>this one</source>
            <translation>эта</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>подтверждена</translation>
        </message>
        <message>
            <source>confirmed (through another)</source>
            <translation>подтверждена (через другую)</translation>
        </message>
        <message>
            <source>suggested, score %1</source>
            <translation>предложена, оценка %1</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>предложена</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>%1: confirm that this is the same recommendation made again</source>
            <translation>%1: подтвердить, что это та же рекомендация, вынесенная повторно</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>not the same recommendation: it will not be suggested again</source>
            <translation>не та же рекомендация: больше не будет предлагаться</translation>
        </message>
        <message>
            <source>Saving the link…</source>
            <translation>Сохранение связи…</translation>
        </message>
        <message>
            <source>Suggestion accepted: recommended again (confirmed).</source>
            <translation>Предложение принято: повторная рекомендация (подтверждена).</translation>
        </message>
        <message>
            <source>Suggestion rejected: this pair will not be suggested again.</source>
            <translation>Предложение отклонено: эта пара больше не будет предлагаться.</translation>
        </message>
        <message>
            <source>Link removed.</source>
            <translation>Связь удалена.</translation>
        </message>
        <message>
            <source>Linked: recommended again (confirmed).</source>
            <translation>Связано: повторная рекомендация (подтверждена).</translation>
        </message>
        <message numerus="yes">
            <source>%n new suggestion(s) for %1 (%2 pairs already linked or decided).</source>
            <translation>
                <numerusform>%n новое предложение для %1 (пар, уже связанных или решённых: %2).</numerusform>
                <numerusform>%n новых предложения для %1 (пар, уже связанных или решённых: %2).</numerusform>
                <numerusform>%n новых предложений для %1 (пар, уже связанных или решённых: %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting recommendations made again (%1)…</source>
            <translation>Поиск повторных рекомендаций (%1)…</translation>
        </message>
    </context>
    <context>
        <name>RenameTermDialog</name>
        <message>
            <source>Rename “%1”</source>
            <translation>Переименовать «%1»</translation>
        </message>
        <message numerus="yes">
            <source>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.</source>
            <translation>
                <numerusform>Прежнее название «%1» можно будет найти: оно становится прежним названием термина, поэтому импорт и поиск по нему по-прежнему находят термин. %n рекомендация с этим тегом сохраняет его под новым названием.</numerusform>
                <numerusform>Прежнее название «%1» можно будет найти: оно становится прежним названием термина, поэтому импорт и поиск по нему по-прежнему находят термин. %n рекомендации с этим тегом сохраняют его под новым названием.</numerusform>
                <numerusform>Прежнее название «%1» можно будет найти: оно становится прежним названием термина, поэтому импорт и поиск по нему по-прежнему находят термин. %n рекомендаций с этим тегом сохраняют его под новым названием.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;Новое название:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
    </context>
    <context>
        <name>ReportDates</name>
        <message>
            <source>until %1</source>
            <translation>до %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Country brief (one review)</source>
            <translation>Справка по стране (один обзор)</translation>
        </message>
        <message>
            <source>Thematic brief (a theme or a search, across States and cycles)</source>
            <translation>Тематическая справка (тема или поиск по всем государствам и циклам)</translation>
        </message>
        <message>
            <source>Mid-term implementation report (one review)</source>
            <translation>Среднесрочный доклад об осуществлении (один обзор)</translation>
        </message>
        <message>
            <source>Milestones timeline (a review or a plan of action)</source>
            <translation>Хронология этапов осуществления (обзор или план действий)</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Briefing report</source>
            <translation>Информационный доклад</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Доклад:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Государство:</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>&amp;Цикл:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Тема:</translation>
        </message>
        <message>
            <source>or words to search for, instead of a theme</source>
            <translation>или слова для поиска вместо темы</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>&amp;Plan of action:</source>
            <translation>П&amp;лан действий:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>Разделы:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Include confidential notes (the cover will say so)</source>
            <translation>Включить конфиденциальные заметки (на титульной странице это будет указано)</translation>
        </message>
        <message>
            <source>Use suggested themes where none is confirmed (marked †)</source>
            <translation>Использовать предложенные темы, где нет подтверждённых (отмечены †)</translation>
        </message>
        <message>
            <source>your organisation, named on the cover</source>
            <translation>ваша организация, указывается на титульной странице</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>П&amp;редварительный просмотр</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Сохранить…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Choose what the report covers, then Preview to see its pages.</source>
            <translation>Выберите, что охватывает доклад, затем нажмите «Предварительный просмотр», чтобы увидеть его страницы.</translation>
        </message>
        <message>
            <source>Any State</source>
            <translation>Все государства</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Any cycle</source>
            <translation>Все циклы</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Цикл %1</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Подготовка предварительного просмотра…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s).</source>
            <translation>
                <numerusform>%n страница.</numerusform>
                <numerusform>%n страницы.</numerusform>
                <numerusform>%n страниц.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Сохранить доклад</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Запись файла %1…</translation>
        </message>
        <message>
            <source>Saved to %1. It includes confidential notes.</source>
            <translation>Сохранено в %1. Содержит конфиденциальные заметки.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</source>
            <translation>В базе данных пока нет ни одной рекомендации обзора по государству %1 в цикле %2: импортируйте доклад Рабочей группы, чтобы заполнить этот доклад.</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Цикл %1 (%2)</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Цикл %1</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1 (%2)</source>
            <translation>Универсальный периодический обзор, цикл %1 (%2)</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1</source>
            <translation>Универсальный периодический обзор, цикл %1</translation>
        </message>
        <message>
            <source>%1, Working Group session %2</source>
            <translation>%1, %2-я сессия Рабочей группы</translation>
        </message>
        <message>
            <source>%1, reviewed on %2</source>
            <translation>%1, обзор состоялся %2</translation>
        </message>
        <message>
            <source>%1 · UPR cycle %2 · %3</source>
            <translation>%1 · УПО, цикл %2 · %3</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>вашей организации</translation>
        </message>
        <message numerus="yes">
            <source>Contains %n confidential note(s): do not share outside %1.</source>
            <translation>
                <numerusform>Конфиденциальных заметок: %n. Не распространять за пределами %1.</numerusform>
                <numerusform>Конфиденциальных заметок: %n. Не распространять за пределами %1.</numerusform>
                <numerusform>Конфиденциальных заметок: %n. Не распространять за пределами %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>КОНФИДЕНЦИАЛЬНО</translation>
        </message>
    </context>
    <context>
        <name>ReportProgress</name>
        <message>
            <source>Finding the review</source>
            <translation>Поиск обзора</translation>
        </message>
        <message>
            <source>Reading the recommendations</source>
            <translation>Чтение рекомендаций</translation>
        </message>
        <message>
            <source>Composing the brief</source>
            <translation>Составление справки</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>Доклад записан</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>Запись доклада</translation>
        </message>
        <message>
            <source>Reading the recommendations and their assessments</source>
            <translation>Чтение рекомендаций и их оценок</translation>
        </message>
        <message>
            <source>Composing the report</source>
            <translation>Составление доклада</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>Запись страницы %1 из %2</translation>
        </message>
        <message>
            <source>Report composed</source>
            <translation>Доклад составлен</translation>
        </message>
        <message>
            <source>Laying out the report</source>
            <translation>Вёрстка доклада</translation>
        </message>
        <message>
            <source>Finding the theme</source>
            <translation>Поиск темы</translation>
        </message>
        <message>
            <source>Finding the review or the plan</source>
            <translation>Поиск обзора или плана</translation>
        </message>
        <message>
            <source>Reading the plan and its items</source>
            <translation>Чтение плана и его пунктов</translation>
        </message>
        <message>
            <source>Reading the milestones</source>
            <translation>Чтение этапов осуществления</translation>
        </message>
        <message>
            <source>Composing the timeline</source>
            <translation>Составление хронологии</translation>
        </message>
    </context>
    <context>
        <name>ReportSection</name>
        <message>
            <source>Summary: counts by position, implementation and theme</source>
            <translation>Резюме: количество по позициям, выполнению и темам</translation>
        </message>
        <message>
            <source>Charts of positions and implementation</source>
            <translation>Диаграммы позиций и выполнения</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>Рекомендации в разбивке по темам</translation>
        </message>
        <message>
            <source>Summary: counts by cycle and by State</source>
            <translation>Резюме: количество по циклам и государствам</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Рекомендации, повторённые из цикла в цикл</translation>
        </message>
        <message>
            <source>Recommendations by cycle</source>
            <translation>Рекомендации по циклам</translation>
        </message>
        <message>
            <source>Summary: implementation by position and by source</source>
            <translation>Резюме: выполнение по позициям и источникам</translation>
        </message>
        <message>
            <source>Recommendations with their assessments</source>
            <translation>Рекомендации и их оценки</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Этапы осуществления</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
    </context>
    <context>
        <name>ReportTemplate</name>
        <message>
            <source>Country brief</source>
            <translation>Справка по стране</translation>
        </message>
        <message>
            <source>Thematic brief</source>
            <translation>Тематическая справка</translation>
        </message>
        <message>
            <source>Mid-term implementation report</source>
            <translation>Среднесрочный доклад об осуществлении</translation>
        </message>
        <message>
            <source>Milestones timeline</source>
            <translation>Хронология этапов осуществления</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>No position yet</source>
            <translation>Позиция ещё не высказана</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>Без темы</translation>
        </message>
        <message>
            <source>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</source>
            <translation>Темы, отмеченные знаком %1, предложены UPR Tracker там, где их не подтвердил человек.</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Темы UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Темы УВКПЧ</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Цели в области устойчивого развития</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (считается выполненной)</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Не оценена</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(без номера)</translation>
        </message>
        <message>
            <source>National report</source>
            <translation>Национальный доклад</translation>
        </message>
        <message>
            <source>UN compilation</source>
            <translation>Подборка ООН</translation>
        </message>
        <message>
            <source>Summary of stakeholders' submissions</source>
            <translation>Резюме материалов заинтересованных сторон</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>Доклад Рабочей группы</translation>
        </message>
        <message>
            <source>The State's reply (addendum)</source>
            <translation>Ответы государства - объекта обзора (добавление)</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>no symbol</source>
            <translation>без условного обозначения</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Position and implementation</source>
            <translation>Позиция и осуществление</translation>
        </message>
        <message>
            <source>Latest milestone and note</source>
            <translation>Последний этап и заметка</translation>
        </message>
        <message>
            <source>Recommended by %1</source>
            <translation>Рекомендацию вынесли: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>Этап: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Заметка: %1</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Государства, вынесшие рекомендацию</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Осуществление</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <source>Event %1, written %2</source>
            <translation>Событие %1, запись от %2</translation>
        </message>
        <message>
            <source>Confidential — %1, %2: %3</source>
            <translation>Конфиденциально — %1, %2: %3</translation>
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
            <translation>Отметить как решённую</translation>
        </message>
        <message>
            <source>How it was resolved: checked against the printed document, left as it is because…</source>
            <translation>Как решено: сверено с печатным документом, оставлено как есть, потому что…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a problem's title: its message</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Write how the problem was resolved.</source>
            <translation>Напишите, как была решена проблема.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBars</name>
        <message>
            <source>No position</source>
            <translation>Без позиции</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Не оценена</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n рекомендация</numerusform>
                <numerusform>%1 — %n рекомендации</numerusform>
                <numerusform>%1 — %n рекомендаций</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a position or level, then how many recommendations have it</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1
Positions: %2
Implementation: %3
Click to show them.</source>
            <translation>%1
Позиции: %2
Осуществление: %3
Щелкните, чтобы показать их.</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>утверждение Советом</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>среднесрочный доклад</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>следующий обзор</translation>
        </message>
    </context>
    <context>
        <name>ReviewDatesDialog</name>
        <message>
            <source>&amp;Adoption at the Council:</source>
            <translation>&amp;Утверждение Советом:</translation>
        </message>
        <message>
            <source>&amp;Mid-term report:</source>
            <translation>&amp;Среднесрочный доклад:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>&amp;Следующий обзор:</translation>
        </message>
        <message>
            <source>estimated from the calendar of sessions</source>
            <translation>оценка по графику сессий</translation>
        </message>
        <message>
            <source>Dates of the review — %1</source>
            <translation>Даты обзора — %1</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <comment>how a date is typed: year, month, day</comment>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Примечание: %1</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>the format of a date in a sentence</comment>
            <translation>d MMMM yyyy 'г.'</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, сессия Рабочей группы %2, состоялась %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, сессия Рабочей группы %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, held %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, состоялся %2</translation>
        </message>
        <message>
            <source>Saving the dates…</source>
            <translation>Сохранение дат…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>Новый обзор</translation>
        </message>
        <message>
            <source>Known:</source>
            <translation>Известен:</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Государство - объект обзора</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>Сессия Рабочей группы</translation>
        </message>
        <message>
            <source>Day of the review</source>
            <translation>День обзора</translation>
        </message>
        <message>
            <source>State: “%1” is not in the list; choose one.</source>
            <translation>Государство: «%1» нет в списке; выберите одно из списка.</translation>
        </message>
        <message>
            <source>State: choose the State under review.</source>
            <translation>Государство: выберите государство - объект обзора.</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation>Отправить изменения коллеге</translation>
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation>Записывает изменения этой базы данных в зашифрованный файл, подписанный этим ноутбуком, чтобы передать его коллеге (на USB-накопителе). Конфиденциальные заметки, хранящиеся на этом ноутбуке, остаются здесь.</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Записать в:</translation>
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation>Всё (для любого члена команды)</translation>
        </message>
        <message>
            <source>What %1 may lack</source>
            <translation>То, чего может не хватать у %1</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>Изменения:</translation>
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation>Парольная фраза команды для пакетов</translation>
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation>Ключи коллег</translation>
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation>Зашифровать с помощью:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation>Файлы ключей коллег (upr-tracker bundle key); если их нет — известный здесь ключ выбранного коллеги</translation>
        </message>
        <message>
            <source>Add a key file…</source>
            <translation>Добавить файл ключа…</translation>
        </message>
        <message>
            <source>Key files:</source>
            <translation>Файлы ключей:</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Записать</translation>
        </message>
        <message>
            <source>Write the changes to</source>
            <translation>Записать изменения в</translation>
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation>Файлы ключей коллег</translation>
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation>Выберите файл, в который записать изменения.</translation>
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation>Введите парольную фразу команды для пакетов (дважды).</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation>Добавьте файл ключа каждого коллеги, которому предназначены изменения (он создаёт его командой: upr-tracker bundle key), или выберите коллегу, чей ключ здесь известен.</translation>
        </message>
    </context>
    <context>
        <name>SplitTextDialog</name>
        <message>
            <source>Split the text</source>
            <translation>Разделить текст</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Разделить</translation>
        </message>
        <message>
            <source>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</source>
            <translation>Один текст отвечает на две группы рекомендаций. Щёлкните строку, с которой начинается второй ответ, затем укажите, на какие рекомендации отвечает каждая часть.</translation>
        </message>
        <message>
            <source>First part answers</source>
            <translation>Первая часть отвечает на</translation>
        </message>
        <message>
            <source>Second part answers</source>
            <translation>Вторая часть отвечает на</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Позиция:</translation>
        </message>
        <message>
            <source>Choose a line after the first one: the second part begins there.</source>
            <translation>Выберите строку после первой: с неё начнётся вторая часть.</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3: “%4”</source>
            <translation>Строки %1–%2, формулировка: %3: «%4»</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3</source>
            <translation>Строки %1–%2, формулировка: %3</translation>
        </message>
        <message>
            <source>Tick the recommendations each part answers.</source>
            <translation>Отметьте рекомендации, на которые отвечает каждая часть.</translation>
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
            <translation>Предложено: %1, достоверность %2. Это ещё не значение, пока его не примет человек</translation>
        </message>
        <message>
            <source>Accept: %1 becomes the recommendation's %2</source>
            <translation>Принять: %1 становится значением «%2» рекомендации</translation>
        </message>
        <message>
            <source>Accept the suggestion %1</source>
            <translation>Принять предложение %1</translation>
        </message>
        <message>
            <source>Reject: %1 will not be suggested again for this recommendation</source>
            <translation>Отклонить: %1 больше не будет предлагаться для этой рекомендации</translation>
        </message>
        <message>
            <source>Reject the suggestion %1</source>
            <translation>Отклонить предложение %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChips</name>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Предложено:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</source>
            <translation>Предложено приложением по тексту; человек принимает (✓) или отклоняет (✗) предложение; значение, заданное человеком или документом, никогда не заменяется</translation>
        </message>
        <message>
            <source>Accepting the suggestion…</source>
            <translation>Принятие предложения…</translation>
        </message>
        <message>
            <source>Rejecting the suggestion…</source>
            <translation>Отклонение предложения…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTableModel</name>
        <message>
            <source>Label</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Suggested value</source>
            <translation>Предложенное значение</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Action category</source>
            <translation>Категория действий</translation>
        </message>
        <message>
            <source>UPR Info issue</source>
            <translation>Тема UPR Info</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SDG %1</source>
            <translation>ЦУР %1</translation>
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
            <translation>Достоверность выше, в процентах</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <source>Action categories</source>
            <translation>Категории действий</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Темы UPR Info</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Обзор:</translation>
        </message>
        <message>
            <source>Confidence &amp;above:</source>
            <translation>&amp;Достоверность выше:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <source>✓ &amp;Accept selected</source>
            <translation>✓ &amp;Принять выбранные</translation>
        </message>
        <message>
            <source>The selected suggestions become values of their recommendations, accepted by you</source>
            <translation>Выбранные предложения становятся значениями своих рекомендаций, принятыми вами</translation>
        </message>
        <message>
            <source>✗ R&amp;eject selected</source>
            <translation>✗ О&amp;тклонить выбранные</translation>
        </message>
        <message>
            <source>The selected suggestions are not suggested again</source>
            <translation>Выбранные предложения больше не будут предлагаться</translation>
        </message>
        <message>
            <source>Accept a&amp;ll shown…</source>
            <translation>Принять &amp;все показанные…</translation>
        </message>
        <message>
            <source>Every suggestion the filters show, not only the rows on screen (you are told how many first)</source>
            <translation>Все предложения, отобранные фильтрами, а не только строки на экране (сначала сообщается, сколько их)</translation>
        </message>
        <message>
            <source>&amp;Suggest categories and themes…</source>
            <translation>&amp;Предложить категории и темы…</translation>
        </message>
        <message numerus="yes">
            <source>%1, cycle %2 (%n pending)</source>
            <translation>
                <numerusform>%1, цикл %2 (%n ожидает)</numerusform>
                <numerusform>%1, цикл %2 (%n ожидают)</numerusform>
                <numerusform>%1, цикл %2 (%n ожидают)</numerusform>
            </translation>
        </message>
        <message>
            <source>No review has suggestions</source>
            <translation>Ни в одном обзоре нет предложений</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) shown</source>
            <translation>
                <numerusform>Показано %n предложение</numerusform>
                <numerusform>Показано %n предложения</numerusform>
                <numerusform>Показано %n предложений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>Принято %n предложение.</numerusform>
                <numerusform>Принято %n предложения.</numerusform>
                <numerusform>Принято %n предложений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) rejected: they will not be suggested again.</source>
            <translation>
                <numerusform>Отклонено %n предложение: оно больше не будет предлагаться.</numerusform>
                <numerusform>Отклонено %n предложения: они больше не будут предлагаться.</numerusform>
                <numerusform>Отклонено %n предложений: они больше не будут предлагаться.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be: %1</source>
            <translation>
                <numerusform>%n не удалось: %1</numerusform>
                <numerusform>%n не удалось: %1</numerusform>
                <numerusform>%n не удалось: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the decisions…</source>
            <translation>Сохранение решений…</translation>
        </message>
        <message>
            <source>Accept all shown</source>
            <translation>Принять все показанные</translation>
        </message>
        <message numerus="yes">
            <source>Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</source>
            <translation>
                <numerusform>Принять %n показанное предложение? Оно станет значением своей рекомендации, принятым вами (это отмечается в журнале изменений).</numerusform>
                <numerusform>Принять %n показанных предложения? Каждое станет значением своей рекомендации, принятым вами (это отмечается в журнале изменений).</numerusform>
                <numerusform>Принять %n показанных предложений? Каждое станет значением своей рекомендации, принятым вами (это отмечается в журнале изменений).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepting the suggestions…</source>
            <translation>Принятие предложений…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</source>
            <translation>
                <numerusform>Сохранено %n предложение для %1 просмотренных рекомендаций (%2 значений, заданных человеком или документом, не изменены).</numerusform>
                <numerusform>Сохранено %n предложения для %1 просмотренных рекомендаций (%2 значений, заданных человеком или документом, не изменены).</numerusform>
                <numerusform>Сохранено %n предложений для %1 просмотренных рекомендаций (%2 значений, заданных человеком или документом, не изменены).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</source>
            <translation>Открытая база данных — это база самого сервера команды: с ней синхронизируются ноутбуки, поэтому здесь синхронизировать нечего.</translation>
        </message>
        <message numerus="yes">
            <source>Synced %1: %2 out, %3 in, %n conflict(s)</source>
            <translation>
                <numerusform>Синхронизировано в %1: отправлено %2, получено %3, %n конфликт</numerusform>
                <numerusform>Синхронизировано в %1: отправлено %2, получено %3, %n конфликта</numerusform>
                <numerusform>Синхронизировано в %1: отправлено %2, получено %3, %n конфликтов</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Ещё не синхронизировано</translation>
        </message>
        <message>
            <source>the server asks for a password (File ▸ Sync now)</source>
            <translation>сервер запрашивает пароль (Файл ▸ Синхронизировать сейчас)</translation>
        </message>
        <message>
            <source>the server refused the password (File ▸ Sync now)</source>
            <translation>сервер отклонил пароль (Файл ▸ Синхронизировать сейчас)</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>сервер недоступен</translation>
        </message>
        <message>
            <source>an unexpected error (%1; see the log)</source>
            <translation>непредвиденная ошибка (%1; см. журнал)</translation>
        </message>
    </context>
    <context>
        <name>TableCounts</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n рекомендация</numerusform>
                <numerusform>%n рекомендации</numerusform>
                <numerusform>%n рекомендаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)…</source>
            <translation>
                <numerusform>%n рекомендация…</numerusform>
                <numerusform>%n рекомендации…</numerusform>
                <numerusform>%n рекомендаций…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>поддержано: %n</numerusform>
                <numerusform>поддержано: %n</numerusform>
                <numerusform>поддержано: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>принято к сведению: %n</numerusform>
                <numerusform>принято к сведению: %n</numerusform>
                <numerusform>принято к сведению: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partially</source>
            <translation>
                <numerusform>поддержано частично: %n</numerusform>
                <numerusform>поддержано частично: %n</numerusform>
                <numerusform>поддержано частично: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>ожидается: %n</numerusform>
                <numerusform>ожидается: %n</numerusform>
                <numerusform>ожидается: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>требуют проверки: %n</numerusform>
                <numerusform>требуют проверки: %n</numerusform>
                <numerusform>требуют проверки: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Working…</source>
            <translation>Выполняется…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>TLS, если сервер его предлагает (prefer)</translation>
        </message>
        <message>
            <source>TLS always, certificate not checked (require)</source>
            <translation>Всегда TLS, сертификат не проверяется (require)</translation>
        </message>
        <message>
            <source>TLS always, the server's certificate and name checked (verify-full)</source>
            <translation>Всегда TLS, сертификат и имя сервера проверяются (verify-full)</translation>
        </message>
        <message>
            <source>no TLS (disable): only on a network you trust</source>
            <translation>без TLS (disable): только в сети, которой вы доверяете</translation>
        </message>
        <message>
            <source>The server asks for the password of %1: type it above.</source>
            <translation>Сервер запрашивает пароль пользователя %1: введите его выше.</translation>
        </message>
        <message>
            <source>The server refused the password of %1 (or does not know this user). Type it again.</source>
            <translation>Сервер отклонил пароль пользователя %1 (или не знает такого пользователя). Введите его ещё раз.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2: %3</source>
            <translation>Не удалось открыть %1: %2: %3</translation>
        </message>
        <message>
            <source>Open a team database</source>
            <translation>Открыть командную базу данных</translation>
        </message>
        <message>
            <source>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</source>
            <translation>База данных, которую ваша команда использует совместно на сервере PostgreSQL. Ваши изменения записываются под именем пользователя сервера. Пароль не запоминается (вместо этого его могут хранить ~/.pgpass или PGPASSWORD).</translation>
        </message>
        <message>
            <source>Recent servers:</source>
            <translation>Недавние серверы:</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>(from ~/.pgpass or PGPASSWORD if empty)</source>
            <translation>(из ~/.pgpass или PGPASSWORD, если пусто)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>П&amp;ароль:</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>&amp;TLS:</translation>
        </message>
        <message>
            <source>Give the server's name or address (the host).</source>
            <translation>Укажите имя или адрес сервера (хост).</translation>
        </message>
        <message>
            <source>Give the database's name (often upr).</source>
            <translation>Укажите имя базы данных (часто upr).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Подключение к %1…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Открытие %1…</translation>
        </message>
    </context>
    <context>
        <name>TermTableModel</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>Прежние названия</translation>
        </message>
        <message>
            <source>The term as it is shown everywhere</source>
            <translation>Термин в том виде, в каком он показывается везде</translation>
        </message>
        <message>
            <source>The term's code, if it has one (the SDG number, the OHCHR theme code)</source>
            <translation>Код термина, если он есть (номер ЦУР, код темы УВКПЧ)</translation>
        </message>
        <message>
            <source>How many recommendations are tagged with the term</source>
            <translation>Сколько рекомендаций имеют этот тег</translation>
        </message>
        <message>
            <source>Names the term had before a rename or a merge: imports and searches still find the term by them</source>
            <translation>Названия термина до переименования или объединения: импорт и поиск по-прежнему находят термин по ним</translation>
        </message>
        <message>
            <source>Shown as “%1” in this language</source>
            <translation>На этом языке показывается как «%1»</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) tagged “%1”</source>
            <translation>
                <numerusform>%n рекомендация с тегом «%1»</numerusform>
                <numerusform>%n рекомендации с тегом «%1»</numerusform>
                <numerusform>%n рекомендаций с тегом «%1»</numerusform>
            </translation>
        </message>
        <message>
            <source>Also found as:
%1</source>
            <translation>Также находится как:
%1</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>UPR Info issues</source>
            <translation>Темы UPR Info</translation>
        </message>
        <message>
            <source>Filter the issues…</source>
            <translation>Фильтр тем…</translation>
        </message>
    </context>
    <context>
        <name>ThematicBrief</name>
        <message>
            <source>cycle %1</source>
            <translation>цикл %1</translation>
        </message>
        <message>
            <source>No recommendation %1 (%2) is in the database.</source>
            <translation>В базе данных нет рекомендаций %1 (%2).</translation>
        </message>
        <message>
            <source>No recommendation %1 is in the database.</source>
            <translation>В базе данных нет рекомендаций %1.</translation>
        </message>
        <message>
            <source>Universal Periodic Review recommendations %1: %2</source>
            <translation>Рекомендации универсального периодического обзора %1: %2</translation>
        </message>
        <message>
            <source>all States, all cycles</source>
            <translation>все государства, все циклы</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>УПО, цикл %1</translation>
        </message>
        <message>
            <source>Thematic brief: %1</source>
            <translation>Тематическая справка: %1</translation>
        </message>
        <message>
            <source>on %1 whose text matches “%2”</source>
            <translation>по теме «%1», текст которых соответствует запросу «%2»</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>по теме «%1»</translation>
        </message>
        <message>
            <source>whose text matches “%1”</source>
            <translation>текст которых соответствует запросу «%1»</translation>
        </message>
        <message numerus="yes">
            <source>%n State(s)</source>
            <translation>
                <numerusform>государств: %n</numerusform>
                <numerusform>государств: %n</numerusform>
                <numerusform>государств: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>cycles %1 and %2</source>
            <translation>циклы %1 и %2</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>%1 to %2, in %3.</source>
            <translation>%1; %2; %3.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>States reviewed</source>
            <translation>Государства - объекты обзора</translation>
        </message>
        <message>
            <source>By cycle: the States that received such recommendations, and the State's positions</source>
            <translation>По циклам: государства, получившие такие рекомендации, и позиции государства</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Государство</translation>
        </message>
        <message>
            <source>By State under review</source>
            <translation>По государствам - объектам обзора</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>Рекомендации, повторённые из цикла в цикл</translation>
        </message>
        <message>
            <source>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</source>
            <translation>Рекомендации, повторяющие одну из рекомендаций этой справки: связанные как повторные (более ранняя → более поздняя) или сформулированные так же в адрес того же государства в другом цикле. Повтор, который сам не относится к теме и не соответствует поиску, помечен «вне этой справки».</translation>
        </message>
        <message>
            <source>None of these recommendations was made again in another cycle, as far as the links and the wording show.</source>
            <translation>Ни одна из этих рекомендаций не была повторена в другом цикле, насколько можно судить по связям и формулировкам.</translation>
        </message>
        <message>
            <source>linked and same wording</source>
            <translation>связаны, одинаковая формулировка</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>связаны</translation>
        </message>
        <message>
            <source>same wording</source>
            <translation>одинаковая формулировка</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (outside this brief)</source>
            <translation>%1 (вне этой справки)</translation>
        </message>
        <message>
            <source>Recommended before in %1.</source>
            <translation>Рекомендовалась ранее: %1.</translation>
        </message>
        <message>
            <source>Recommended again in %1.</source>
            <translation>Рекомендована повторно: %1.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two labels</comment>
            <translation> и </translation>
        </message>
        <message>
            <source>cycle %1 as %2</source>
            <translation>цикл %1, № %2</translation>
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
            <translation>Хронология этапов осуществления: %1</translation>
        </message>
        <message>
            <source>Plan of action of %1, %2, with its items</source>
            <translation>План действий государства %1, %2, с его пунктами</translation>
        </message>
        <message>
            <source>Plan of action of %1, with its items</source>
            <translation>План действий государства %1 с его пунктами</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</source>
            <translation>Этапы осуществления, связанные хотя бы с одной рекомендацией этого обзора, и каждый план действий среди них со всеми его пунктами.</translation>
        </message>
        <message numerus="yes">
            <source>%n other milestone(s) of %1 are not linked to it and not shown.</source>
            <translation>
                <numerusform>Других этапов по государству %1, не связанных с этим обзором и не показанных: %n.</numerusform>
                <numerusform>Других этапов по государству %1, не связанных с этим обзором и не показанных: %n.</numerusform>
                <numerusform>Других этапов по государству %1, не связанных с этим обзором и не показанных: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestone is linked to a recommendation of this review yet.</source>
            <translation>Ни один этап осуществления пока не связан с рекомендацией этого обзора.</translation>
        </message>
        <message>
            <source>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</source>
            <translation>Статус определяется датами: запланирован (дата позже этого доклада), до или завершён (этап с датой окончания).</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланирован</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Срок: %1</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>Завершён: %1</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>До %1</translation>
        </message>
        <message>
            <source>%1; due %2</source>
            <translation>%1; срок: %2</translation>
        </message>
        <message>
            <source>cycle %1: %2</source>
            <translation>цикл %1: %2</translation>
        </message>
        <message>
            <source>%1 cycle %2: %3</source>
            <translation>%1, цикл %2: %3</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Отменить: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Повторить: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Отменено: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Повторено: %1</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>UPR Tracker user guide</source>
            <translation>Руководство пользователя UPR Tracker</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;Содержание</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Найти в руководстве</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <source>This guide is written in English, and names the menus and buttons as they are in English.</source>
            <translation>Это руководство написано на английском языке, и меню и кнопки в нём названы так, как они называются по-английски.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не найдено</translation>
        </message>
    </context>
    <context>
        <name>VocabulariesDialog</name>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Цели в области устойчивого развития</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Темы УВКПЧ</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a term's name in quotes</comment>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two of a list of terms</comment>
            <translation>%1 и %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the terms of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Vocabularies</source>
            <translation>Словари</translation>
        </message>
        <message>
            <source>&amp;Vocabulary:</source>
            <translation>&amp;Словарь:</translation>
        </message>
        <message>
            <source>Name, code or former name  (Ctrl+F)</source>
            <translation>Название, код или прежнее название  (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Фильтр:</translation>
        </message>
        <message>
            <source>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</source>
            <translation>Термины служат тегами рекомендаций. Переименуйте термин, чтобы исправить написание; объедините дубликаты с термином, который остается. Термины никогда не удаляются: термин исчезает только при объединении, а его названия можно найти как прежние.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <source>Add a term to this vocabulary</source>
            <translation>Добавить термин в этот словарь</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Переименовать…</translation>
        </message>
        <message>
            <source>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</source>
            <translation>Переименовать выбранный термин (F2 или Enter в списке); старое название можно будет найти как прежнее</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <source>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</source>
            <translation>Объединить выбранные термины (выберите два или больше с Ctrl или Shift) с тем, который остается</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n term(s)</source>
            <translation>
                <numerusform>%1 из %n термина</numerusform>
                <numerusform>%1 из %n терминов</numerusform>
                <numerusform>%1 из %n терминов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n термин</numerusform>
                <numerusform>%n термина</numerusform>
                <numerusform>%n терминов</numerusform>
            </translation>
        </message>
        <message>
            <source>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</source>
            <translation>Ни один термин словаря «%1» не соответствует «%2».
Нажмите Esc, чтобы сбросить фильтр, или добавьте термин кнопкой «Добавить…» (Alt+A).</translation>
        </message>
        <message>
            <source>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</source>
            <translation>Тем УВКПЧ пока нет.
Импорт матрицы УВКПЧ добавляет ее кодированные темы; можно также добавить тему кнопкой «Добавить…» (Alt+A).</translation>
        </message>
        <message>
            <source>%1 has no terms yet.
Add one with Add… (Alt+A).</source>
            <translation>В словаре «%1» пока нет терминов.
Добавьте термин кнопкой «Добавить…» (Alt+A).</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>Термин «%1» добавлен.</translation>
        </message>
        <message>
            <source>A close term exists</source>
            <translation>Существует похожий термин</translation>
        </message>
        <message>
            <source>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</source>
            <translation>Все равно добавить «%1» как отдельный термин? Если он означает то же самое, отмените и используйте существующий термин.</translation>
        </message>
        <message>
            <source>&amp;Add anyway</source>
            <translation>&amp;Все равно добавить</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”; “%1” stays findable as a former name.</source>
            <translation>«%1» переименован в «%2»; «%1» можно найти как прежнее название.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”.</source>
            <translation>«%1» переименован в «%2».</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n term(s) into “%1”.</source>
            <translation>
                <numerusform>%n термин объединен с «%1».</numerusform>
                <numerusform>%n термина объединены с «%1».</numerusform>
                <numerusform>%n терминов объединены с «%1».</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:affected_persons</name>
        <message>
            <source>Children</source>
            <translation>Дети</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>Дети, находящиеся в уличной ситуации</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Гражданское общество</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>Исчезнувшие лица</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>Работники образования</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общие вопросы</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>Девочки</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Правозащитники</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Коренные народы</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Внутренне перемещенные лица</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>Судьи, адвокаты и прокуроры</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>Сотрудники правоохранительных органов / полиции</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>Лесбиянки, геи, бисексуалы, трансгендеры и интерсексы</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Средства массовой информации</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>Медицинский персонал</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>Члены маргинализированных и/или находящихся в неблагоприятном положении групп</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>Наемники</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Мигранты</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>Военнослужащие</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>Меньшинства / расовые, этнические, языковые, религиозные группы или группы по признаку родового происхождения</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>Неграждане</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Пожилые люди</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>Лица, затронутые вооруженными конфликтами</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>Лица, лишенные свободы</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>Лица, живущие в условиях нищеты</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>Лица, проживающие в сельских районах</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>Лица, живущие с ВИЧ/СПИДом</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Инвалиды</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>Сотрудники пенитенциарных учреждений</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>Частные охранные службы</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>Государственные должностные лица</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>Беженцы и просители убежища</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>Сельские женщины</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>Социальные работники</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Лица без гражданства</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>Женщины и девочки</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Молодежь</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>Ликвидация нищеты</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>Ликвидация голода</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>Хорошее здоровье и благополучие</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>Качественное образование</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Гендерное равенство</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>Чистая вода и санитария</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>Недорогостоящая и чистая энергия</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>Достойная работа и экономический рост</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>Индустриализация, инновации и инфраструктура</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>Уменьшение неравенства</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>Устойчивые города и населенные пункты</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>Ответственное потребление и производство</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>Борьба с изменением климата</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>Сохранение морских экосистем</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>Сохранение экосистем суши</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>Мир, правосудие и эффективные институты</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>Партнерство в интересах устойчивого развития</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>Просители убежища - беженцы</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>Гражданские и политические права - общие вопросы</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>Гражданское общество</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>Коррупция</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>Борьба с терроризмом</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>Смертная казнь</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>Содержание под стражей</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Развитие</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>Инвалидность</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>Экономические, социальные и культурные права - общие вопросы</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Выборы</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>Насильственные исчезновения</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Окружающая среда</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>Внесудебные казни</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>Свобода ассоциации и мирных собраний</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>Свобода передвижения</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>Свобода мнений и их свободное выражение</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>Свобода религии или убеждений</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>Свобода печати</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общие вопросы</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>ВИЧ - СПИД</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>Правозащитники</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>Образование и подготовка в области прав человека</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>Нарушения прав человека представителями государства</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>Безнаказанность</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>Коренные народы</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Внутренне перемещенные лица</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>Международное гуманитарное право</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Международные документы</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>Правосудие</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>Труд</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>Мигранты</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>Меньшинства</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>Национальное правозащитное учреждение</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>Национальный план действий</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>Нищета</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>Общественная безопасность</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>Расовая дискриминация</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>Право на образование</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>Право на питание</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>Право на здоровье</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>Право на жилище</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>Право на землю</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>Право на воду</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>Права ребенка</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>Сексуальная ориентация и гендерная идентичность</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>Специальные процедуры</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>Техническая помощь и сотрудничество</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>Пытки и другие жестокие, бесчеловечные или унижающие достоинство виды обращения и наказания</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Торговля людьми</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>Договорные органы</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>Процесс УПО</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Права женщин</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>Темы UPR Info</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Цели в области устойчивого развития</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>Темы УВКПЧ</translation>
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
            <translation>УВКПЧ</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
    </context>
    <context>
        <name>WindowBackups</name>
        <message>
            <source>⚠ Backup failed</source>
            <translation>⚠ Сбой резервного копирования</translation>
        </message>
        <message>
            <source>Backed up automatically to %1.</source>
            <translation>Автоматическая резервная копия сохранена в %1.</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then back it up.</source>
            <translation>%1 заблокирована: разблокируйте её парольной фразой, затем создайте резервную копию.</translation>
        </message>
        <message>
            <source>Backing up %1…</source>
            <translation>Резервное копирование %1…</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3).</source>
            <translation>Резервная копия %1 сохранена в %2 (в %3).</translation>
        </message>
        <message>
            <source>Back up the team database to</source>
            <translation>Сохранить резервную копию командной базы данных в</translation>
        </message>
        <message>
            <source>pg_dump backups (*.dump)</source>
            <translation>Резервные копии pg_dump (*.dump)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</source>
            <translation>Резервная копия %1 сохранена в %2 (в %3; восстановить её можно командой upr-tracker restore --db URL --from FILE). Предупреждение: %4.</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</source>
            <translation>Резервная копия %1 сохранена в %2 (в %3; восстановить её можно командой upr-tracker restore --db URL --from FILE).</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>Резервная копия неполная</translation>
        </message>
        <message>
            <source>Backing up the team database…</source>
            <translation>Резервное копирование командной базы данных…</translation>
        </message>
        <message>
            <source>Backups of a team database</source>
            <translation>Резервные копии командной базы данных</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then restore.</source>
            <translation>%1 заблокирована: разблокируйте её парольной фразой, затем восстановите.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Восстановить из резервной копии</translation>
        </message>
        <message>
            <source>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</source>
            <translation>Восстановить %1 из резервной копии от %2 (%3)?

База данных в её нынешнем виде будет заменена. Текущее состояние сначала сохраняется в резервной копии («перед восстановлением», в %4), чтобы к нему можно было вернуться.</translation>
        </message>
        <message>
            <source>Restoring %1 from the backup of %2…</source>
            <translation>Восстановление %1 из резервной копии от %2…</translation>
        </message>
        <message>
            <source>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</source>
            <translation>Восстановление не началось: ещё выполняется другая работа (импорт, экспорт или отчёт). Ничего не изменено. Повторите попытку, когда она завершится.</translation>
        </message>
        <message>
            <source>

The database as it was is kept in %1: restore that backup to go back to it.</source>
            <translation>

База данных в прежнем виде сохранена в %1: восстановите эту резервную копию, чтобы вернуться к ней.</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2: %3, %4.</source>
            <translation>%1 восстановлена из резервной копии от %2: %3, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n рекомендация</numerusform>
                <numerusform>%n рекомендации</numerusform>
                <numerusform>%n рекомендаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <source>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</source>
            <translation>Восстановление не удалось: %1

%2 также не удалось открыть снова: %3

Откройте её через Файл ▸ Открыть базу данных… или восстановите другую резервную копию.</translation>
        </message>
    </context>
    <context>
        <name>WindowDashboard</name>
        <message>
            <source>Dash&amp;board</source>
            <translation>&amp;Панель</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Панель</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;Даты обзора…</translation>
        </message>
    </context>
    <context>
        <name>WindowEncryption</name>
        <message>
            <source>&amp;Lock the database</source>
            <translation>&amp;Заблокировать базу данных</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>&amp;Шифрование</translation>
        </message>
        <message>
            <source>&amp;Encrypt this database…</source>
            <translation>&amp;Зашифровать эту базу данных…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>&amp;Сменить парольную фразу…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>&amp;Снять шифрование…</translation>
        </message>
        <message>
            <source>&amp;Lock after a time without use…</source>
            <translation>&amp;Блокировать после простоя…</translation>
        </message>
        <message>
            <source>Encrypt the database</source>
            <translation>Зашифровать базу данных</translation>
        </message>
        <message>
            <source>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</source>
            <translation>%1 и её резервные копии будут зашифрованы: без парольной фразы никто не сможет их прочитать, включая вас.</translation>
        </message>
        <message>
            <source>Encrypting %1…</source>
            <translation>Шифрование %1…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Сменить парольную фразу</translation>
        </message>
        <message>
            <source>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</source>
            <translation>База данных и её резервные копии будут открываться только новой парольной фразой. (Та же парольная фраза повторно изменяет лишь резервные копии, которые не удалось изменить ранее.)</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Смена парольной фразы…</translation>
        </message>
        <message>
            <source>Remove the encryption</source>
            <translation>Снять шифрование</translation>
        </message>
        <message>
            <source>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</source>
            <translation>%1 и её резервные копии сможет прочитать любой, у кого есть файлы. Снять шифрование?</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>Снятие шифрования…</translation>
        </message>
        <message>
            <source>%1 (once the work under way is done)</source>
            <translation>%1 (после завершения текущей работы)</translation>
        </message>
        <message numerus="yes">
            <source>%1 is encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 зашифрована, а вместе с ней %n резервная копия.</numerusform>
                <numerusform>%1 зашифрована, а вместе с ней %n резервные копии.</numerusform>
                <numerusform>%1 зашифрована, а вместе с ней %n резервных копий.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is encrypted.</source>
            <translation>%1 зашифрована.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is no longer encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>%1 больше не зашифрована, как и %n резервная копия.</numerusform>
                <numerusform>%1 больше не зашифрована, как и %n резервные копии.</numerusform>
                <numerusform>%1 больше не зашифрована, как и %n резервных копий.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer encrypted.</source>
            <translation>%1 больше не зашифрована.</translation>
        </message>
        <message>
            <source>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 зашифрована, но эти резервные копии изменить не удалось, и они остались прежними:

%2

Когда причина будет устранена, Сервис ▸ Шифрование ▸ Сменить парольную фразу… с той же парольной фразой изменит и их.</translation>
        </message>
        <message>
            <source>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 больше не зашифрована, но эти резервные копии изменить не удалось, и они остались прежними:

%2

Когда причина будет устранена, Сервис ▸ Шифрование ▸ Сменить парольную фразу… с той же парольной фразой изменит и их.</translation>
        </message>
        <message>
            <source>Some backups are as they were</source>
            <translation>Некоторые резервные копии остались прежними</translation>
        </message>
        <message>
            <source>Lock after a time without use</source>
            <translation>Блокировать после простоя</translation>
        </message>
        <message>
            <source>Lock an encrypted database after this many minutes without use (0: never):</source>
            <translation>Блокировать зашифрованную базу данных после стольких минут простоя (0 — никогда):</translation>
        </message>
    </context>
    <context>
        <name>WindowImportExport</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</source>
            <translation>Всё, что читает UPR Tracker (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>Документы ООН (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.xlsx *.xls)</source>
            <translation>Наборы данных (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>Выгрузки UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Import documents and datasets</source>
            <translation>Импорт документов и наборов данных</translation>
        </message>
        <message>
            <source>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</source>
            <translation>Импорт выполнен. Некоторые пункты требуют проверки: Инструменты ▸ Проблемы для проверки (Ctrl+3).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>Таблица CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for another UPR Tracker (*.json)</source>
            <translation>JSON, всё, для другого UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>Export the recommendations shown</source>
            <translation>Экспортировать показанные рекомендации</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2. It is encrypted.</source>
            <translation>Экспортировано рекомендаций: %1, в %2. Файл зашифрован.</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2.</source>
            <translation>Экспортировано рекомендаций: %1, в %2.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Экспорт в %1…</translation>
        </message>
    </context>
    <context>
        <name>WindowManualEntry</name>
        <message>
            <source>New re&amp;view…</source>
            <translation>Новый о&amp;бзор…</translation>
        </message>
        <message>
            <source>New &amp;recommendation…</source>
            <translation>Новая &amp;рекомендация…</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Изменить рекомендацию…</translation>
        </message>
        <message>
            <source>There is no review yet: add one first (Edit ▸ New review…).</source>
            <translation>Обзоров пока нет: сначала добавьте обзор (Правка ▸ Новый обзор…).</translation>
        </message>
        <message>
            <source>Choose the recommendation to edit first.</source>
            <translation>Сначала выберите рекомендацию для изменения.</translation>
        </message>
        <message>
            <source>Position recorded</source>
            <translation>Позиция записана</translation>
        </message>
    </context>
    <context>
        <name>WindowSuggestions</name>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>П&amp;редложения</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Предложения</translation>
        </message>
        <message>
            <source>Suggest categories and &amp;themes…</source>
            <translation>Предложить категории и &amp;темы…</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</source>
            <translation>Предложить категории действий, темы UPR Info и ЦУР там, где у рекомендаций их нет</translation>
        </message>
        <message>
            <source>Su&amp;ggestions (%1)</source>
            <translation>П&amp;редложения (%1)</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</source>
            <translation>Предложить категории действий, темы UPR Info и ЦУР там, где у рекомендаций их нет: для %1, цикл %2, или для всех обзоров? Значения, заданные человеком или документом, не меняются.</translation>
        </message>
        <message>
            <source>Suggest categories and themes</source>
            <translation>Предложить категории и темы</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>Этот обзор</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>Все обзоры</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (%1, cycle %2)…</source>
            <translation>Подбор категорий и тем (%1, цикл %2)…</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (all reviews)…</source>
            <translation>Подбор категорий и тем (все обзоры)…</translation>
        </message>
        <message>
            <source>Suggesting was cancelled: the suggestions stay as they were.</source>
            <translation>Подбор отменён: предложения остались прежними.</translation>
        </message>
    </context>
    <context>
        <name>WindowSync</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>С&amp;инхронизировать сейчас</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Синхронизировать &amp;автоматически</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>Сервер команды: %1</translation>
        </message>
        <message>
            <source>File ▸ Sync now to choose the team server</source>
            <translation>Файл ▸ Синхронизировать сейчас, чтобы выбрать сервер команды</translation>
        </message>
        <message>
            <source>the team server</source>
            <translation>сервером команды</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>Синхронизация с %1…</translation>
        </message>
        <message>
            <source>Sync cancelled %1</source>
            <translation>Синхронизация отменена в %1</translation>
        </message>
        <message>
            <source>Sync failed %1: %2</source>
            <translation>Сбой синхронизации в %1: %2</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Сбой синхронизации: %1</translation>
        </message>
        <message>
            <source>Sync with the team server</source>
            <translation>Синхронизация с сервером команды</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Синхронизировать</translation>
        </message>
    </context>
    <context>
        <name>WindowTableQuery</name>
        <message>
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>%1+ recommendations…</source>
            <translation>%1+ рекомендаций…</translation>
        </message>
        <message>
            <source>No recommendation matches “%1”.</source>
            <translation>Нет рекомендаций, соответствующих запросу «%1».</translation>
        </message>
        <message>
            <source>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</source>
            <translation>Ни одна рекомендация не проходит эти фильтры. Вид ▸ Сбросить фильтры и поиск (Ctrl+Shift+X).</translation>
        </message>
        <message>
            <source>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</source>
            <translation>В этой базе данных пока нет рекомендаций.
Импортируйте доклад Рабочей группы, добавление, матрицу УВКПЧ или выгрузку UPR Info: Файл ▸ Импортировать документы или наборы данных… (Ctrl+I).</translation>
        </message>
        <message>
            <source>Nothing to show here yet.</source>
            <translation>Здесь пока нечего показать.</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
    </context>
    <context>
        <name>_DelayedProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>_LabelChecklist</name>
        <message>
            <source>Filter labels (e.g. 97.1)</source>
            <translation>Фильтр номеров (например, 97.1)</translation>
        </message>
    </context>
</TS>
