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
