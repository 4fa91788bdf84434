<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <name>MainWindow</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
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
