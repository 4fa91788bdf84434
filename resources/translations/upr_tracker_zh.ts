<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>最低限度行动</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>持续行动</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>考虑行动</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>一般行动</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>具体行动</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>非政府组织</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>联合国机构</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>CombinedAssessment</name>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>mean %1 of 1 from 1 source (%2)</source>
            <translation>平均值 %1（满分 1），来自 1 个来源（%2）</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>平均值 %1（满分 1），来自 %2 个来源（%3）</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>平均值 %1（满分 1），来自 %2 个来源（从“%3”到“%4”；%5）</translation>
        </message>
        <message>
            <source>not</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>全面落实</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>UPR Info 评分：未落实 0，部分落实 0.5，全面落实 1；≥ 0.66 为全面落实，≥ 0.33 为部分落实，否则为未落实</translation>
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
            <translation>国家报告</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>汇编</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>利益攸关方提交材料的概述</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>工作组的报告</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>增编</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>数据库导出</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>ImplementationLevel</name>
        <message>
            <source>Not implemented</source>
            <translation>未落实</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>部分落实</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>已全面落实</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>系统语言(%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>下次启动 UPR Tracker 时，窗口将使用%1。</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>法律</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>计划事项</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Moratorium</source>
            <translation>暂停执行</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>访问</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>法院判决</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>倒退</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>注意到</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>部分支持</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待定</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1（视为已落实）</translation>
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
            <translation>非洲</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>亚洲-太平洋</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>东欧</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>拉丁美洲和加勒比</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>西欧和其他国家</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>理事会通过</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>中期报告</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>下一次审议</translation>
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
            <translation>儿童</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>街头儿童</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>民间社会</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>失踪者</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>教育工作者</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般问题</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>女童</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>人权维护者</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>土著人民</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>境内流离失所者</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>法官、律师和检察官</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>执法人员/警察</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>男女同性恋、双性恋、跨性别者和间性者</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>医务人员</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>边缘化和(或)处境不利群体成员</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>雇佣军</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>移民</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>军事人员</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>少数群体/种族、族裔、语言、宗教或基于世系的群体</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>非公民</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>老年人</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>受武装冲突影响者</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>被剥夺自由者</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>生活贫困者</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>农村地区居民</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>艾滋病毒感染者/艾滋病患者</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>残疾人</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>监狱工作人员</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>私营保安</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>公职人员</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>难民和寻求庇护者</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>农村妇女</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>社会工作者</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>无国籍人</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>妇女和女童</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>青年</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>无贫穷</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>零饥饿</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>良好健康与福祉</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>优质教育</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>性别平等</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>清洁饮水和卫生设施</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>经济适用的清洁能源</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>体面工作和经济增长</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>产业、创新和基础设施</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>减少不平等</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>可持续城市和社区</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>负责任消费和生产</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>气候行动</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>水下生物</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>陆地生物</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>和平、正义与强大机构</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>促进目标实现的伙伴关系</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>寻求庇护者 - 难民</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>公民权利和政治权利 - 一般问题</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>民间社会</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>腐败</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>反恐</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>死刑</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>拘留</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>发展</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>残疾</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>经济、社会及文化权利 - 一般问题</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>选举</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>强迫失踪</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>环境</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>法外处决</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>结社和和平集会自由</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>迁徙自由</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>见解和言论自由</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>宗教或信仰自由</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>新闻自由</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般问题</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>艾滋病毒 - 艾滋病</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>人权维护者</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>人权教育和培训</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>国家工作人员侵犯人权</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>有罪不罚</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>土著人民</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>境内流离失所者</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>国际人道主义法</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>国际文书</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>司法</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>劳工</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>移民</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>少数群体</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>国家人权机构</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>国家行动计划</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>贫困</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>公共安全</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>种族歧视</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>受教育权</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>食物权</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>健康权</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>住房权</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>土地权</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>饮用水权</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>儿童权利</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>性取向和性别认同</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>特别程序</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>技术援助与合作</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>酷刑和其他残忍、不人道或有辱人格的待遇或处罚</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>贩运人口</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>条约机构</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>普遍定期审议进程</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>妇女权利</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>UPR Info 议题</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>人权高专办专题</translation>
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
            <translation>人权高专办</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>受影响者</translation>
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
