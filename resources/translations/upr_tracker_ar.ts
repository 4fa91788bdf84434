<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>ActionCategory</name>
        <message>
            <source>Minimal action</source>
            <translation>إجراء أدنى</translation>
        </message>
        <message>
            <source>Continuing action</source>
            <translation>إجراء مستمر</translation>
        </message>
        <message>
            <source>Considering action</source>
            <translation>النظر في اتخاذ إجراء</translation>
        </message>
        <message>
            <source>General action</source>
            <translation>إجراء عام</translation>
        </message>
        <message>
            <source>Specific action</source>
            <translation>إجراء محدد</translation>
        </message>
    </context>
    <context>
        <name>AssessmentSource</name>
        <message>
            <source>State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>منظمة غير حكومية</translation>
        </message>
        <message>
            <source>UN body</source>
            <translation>هيئة تابعة للأمم المتحدة</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>مصدر آخر</translation>
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
            <translation>المتوسط %1 من ١ من مصدر واحد (%2)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3)</source>
            <translation>المتوسط %1 من ١، عدد المصادر: %2 (%3)</translation>
        </message>
        <message>
            <source>mean %1 of 1 from %2 sources (%3 to %4; %5)</source>
            <translation>المتوسط %1 من ١، عدد المصادر: %2 (من «%3» إلى «%4»؛ %5)</translation>
        </message>
        <message>
            <source>not</source>
            <translation>لم تُنفَّذ</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>جزئياً</translation>
        </message>
        <message>
            <source>fully</source>
            <translation>بالكامل</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>تقدير UPR Info: لم تُنفَّذ ٠، جزئياً ٠٫٥، بالكامل ١؛ بالكامل ≥ ٠٫٦٦، جزئياً ≥ ٠٫٣٣، وفيما عدا ذلك لم تُنفَّذ</translation>
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
            <translation>التقرير الوطني</translation>
        </message>
        <message>
            <source>Compilation</source>
            <translation>تجميع</translation>
        </message>
        <message>
            <source>Stakeholder summary</source>
            <translation>موجز الورقات المقدمة من أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Working group report</source>
            <translation>تقرير الفريق العامل</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Database export</source>
            <translation>بيانات مصدَّرة من قاعدة بيانات</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
    </context>
    <context>
        <name>ImplementationLevel</name>
        <message>
            <source>Not implemented</source>
            <translation>لم تُنفَّذ</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>نُفِّذت جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>نُفِّذت بالكامل</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>System's language (%1)</source>
            <translation>لغة النظام (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The window will speak %1 from the next start of UPR Tracker.</source>
            <translation>ستظهر النافذة باللغة %1 عند التشغيل التالي لـ UPR Tracker.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneKind</name>
        <message>
            <source>Law</source>
            <translation>قانون</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>سياسة عامة</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>خطة</translation>
        </message>
        <message>
            <source>Plan item</source>
            <translation>بند من الخطة</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>مؤسسة</translation>
        </message>
        <message>
            <source>Ratification</source>
            <translation>تصديق</translation>
        </message>
        <message>
            <source>Moratorium</source>
            <translation>وقف اختياري</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>زيارة</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>قرار قضائي</translation>
        </message>
        <message>
            <source>Setback</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
    </context>
    <context>
        <name>Position</name>
        <message>
            <source>Supported</source>
            <translation>مؤيَّدة</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>أُحيط بها علماً</translation>
        </message>
        <message>
            <source>Partially supported</source>
            <translation>مؤيَّدة جزئياً</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد النظر</translation>
        </message>
    </context>
    <context>
        <name>PositionWording</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (تُعتبر منفَّذة بالفعل)</translation>
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
            <translation>أفريقيا</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>آسيا والمحيط الهادئ</translation>
        </message>
        <message>
            <source>EEG</source>
            <translation>أوروبا الشرقية</translation>
        </message>
        <message>
            <source>GRULAC</source>
            <translation>أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
        </message>
        <message>
            <source>WEOG</source>
            <translation>أوروبا الغربية ودول أخرى</translation>
        </message>
    </context>
    <context>
        <name>ReviewDate</name>
        <message>
            <source>adoption at the Council</source>
            <translation>الاعتماد في المجلس</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>تقرير منتصف المدة</translation>
        </message>
        <message>
            <source>next review</source>
            <translation>الاستعراض التالي</translation>
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
            <translation>الأطفال</translation>
        </message>
        <message>
            <source>Children in street situations</source>
            <translation>الأطفال في حالات الشوارع</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>المجتمع المدني</translation>
        </message>
        <message>
            <source>Disappeared persons</source>
            <translation>الأشخاص المختفون</translation>
        </message>
        <message>
            <source>Educational staff</source>
            <translation>العاملون في مجال التعليم</translation>
        </message>
        <message>
            <source>General</source>
            <translation>مسائل عامة</translation>
        </message>
        <message>
            <source>Girls</source>
            <translation>الفتيات</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>المدافعون عن حقوق الإنسان</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>الشعوب الأصلية</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>المشردون داخلياً</translation>
        </message>
        <message>
            <source>Judges, lawyers and prosecutors</source>
            <translation>القضاة والمحامون والمدعون العامون</translation>
        </message>
        <message>
            <source>Law enforcement / police officials</source>
            <translation>الموظفون المكلفون بإنفاذ القوانين / الشرطة</translation>
        </message>
        <message>
            <source>Lesbian, gay, bisexual, transgender and intersex persons</source>
            <translation>المثليات والمثليون ومزدوجو الميل الجنسي ومغايرو الهوية الجنسانية وحاملو صفات الجنسين</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>وسائط الإعلام</translation>
        </message>
        <message>
            <source>Medical staff</source>
            <translation>العاملون في المجال الطبي</translation>
        </message>
        <message>
            <source>Members of marginalized and/or disadvantaged groups</source>
            <translation>أفراد الفئات المهمشة و/أو المحرومة</translation>
        </message>
        <message>
            <source>Mercenaries</source>
            <translation>المرتزقة</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>المهاجرون</translation>
        </message>
        <message>
            <source>Military staff</source>
            <translation>العسكريون</translation>
        </message>
        <message>
            <source>Minorities / racial, ethnic, linguistic, religious or descent-based groups</source>
            <translation>الأقليات / الجماعات العرقية أو الإثنية أو اللغوية أو الدينية أو القائمة على النسب</translation>
        </message>
        <message>
            <source>Non-citizens</source>
            <translation>غير المواطنين</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>كبار السن</translation>
        </message>
        <message>
            <source>Persons affected by armed conflict</source>
            <translation>الأشخاص المتضررون من النزاعات المسلحة</translation>
        </message>
        <message>
            <source>Persons deprived of their liberty</source>
            <translation>الأشخاص المحرومون من حريتهم</translation>
        </message>
        <message>
            <source>Persons living in poverty</source>
            <translation>الأشخاص الذين يعيشون في فقر</translation>
        </message>
        <message>
            <source>Persons living in rural areas</source>
            <translation>الأشخاص الذين يعيشون في المناطق الريفية</translation>
        </message>
        <message>
            <source>Persons living with HIV/AIDS</source>
            <translation>الأشخاص المصابون بفيروس نقص المناعة البشرية/الإيدز</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>الأشخاص ذوو الإعاقة</translation>
        </message>
        <message>
            <source>Prison officials</source>
            <translation>موظفو السجون</translation>
        </message>
        <message>
            <source>Private security</source>
            <translation>الأمن الخاص</translation>
        </message>
        <message>
            <source>Public officials</source>
            <translation>الموظفون العموميون</translation>
        </message>
        <message>
            <source>Refugees &amp; asylum-seekers</source>
            <translation>اللاجئون وملتمسو اللجوء</translation>
        </message>
        <message>
            <source>Rural women</source>
            <translation>المرأة الريفية</translation>
        </message>
        <message>
            <source>Social workers</source>
            <translation>الأخصائيون الاجتماعيون</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>عديمو الجنسية</translation>
        </message>
        <message>
            <source>Women &amp; girls</source>
            <translation>النساء والفتيات</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>الشباب</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:sdgs</name>
        <message>
            <source>No poverty</source>
            <translation>القضاء على الفقر</translation>
        </message>
        <message>
            <source>Zero hunger</source>
            <translation>القضاء التام على الجوع</translation>
        </message>
        <message>
            <source>Good health and well-being</source>
            <translation>الصحة الجيدة والرفاه</translation>
        </message>
        <message>
            <source>Quality education</source>
            <translation>التعليم الجيد</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>المساواة بين الجنسين</translation>
        </message>
        <message>
            <source>Clean water and sanitation</source>
            <translation>المياه النظيفة والنظافة الصحية</translation>
        </message>
        <message>
            <source>Affordable and clean energy</source>
            <translation>طاقة نظيفة وبأسعار معقولة</translation>
        </message>
        <message>
            <source>Decent work and economic growth</source>
            <translation>العمل اللائق ونمو الاقتصاد</translation>
        </message>
        <message>
            <source>Industry, innovation and infrastructure</source>
            <translation>الصناعة والابتكار والهياكل الأساسية</translation>
        </message>
        <message>
            <source>Reduced inequalities</source>
            <translation>الحد من أوجه عدم المساواة</translation>
        </message>
        <message>
            <source>Sustainable cities and communities</source>
            <translation>مدن ومجتمعات محلية مستدامة</translation>
        </message>
        <message>
            <source>Responsible consumption and production</source>
            <translation>الاستهلاك والإنتاج المسؤولان</translation>
        </message>
        <message>
            <source>Climate action</source>
            <translation>العمل المناخي</translation>
        </message>
        <message>
            <source>Life below water</source>
            <translation>الحياة تحت الماء</translation>
        </message>
        <message>
            <source>Life on land</source>
            <translation>الحياة في البر</translation>
        </message>
        <message>
            <source>Peace, justice and strong institutions</source>
            <translation>السلام والعدل والمؤسسات القوية</translation>
        </message>
        <message>
            <source>Partnerships for the goals</source>
            <translation>عقد الشراكات لتحقيق الأهداف</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary:themes</name>
        <message>
            <source>Asylum-seekers - refugees</source>
            <translation>ملتمسو اللجوء - اللاجئون</translation>
        </message>
        <message>
            <source>CP rights - general</source>
            <translation>الحقوق المدنية والسياسية - مسائل عامة</translation>
        </message>
        <message>
            <source>Civil society</source>
            <translation>المجتمع المدني</translation>
        </message>
        <message>
            <source>Corruption</source>
            <translation>الفساد</translation>
        </message>
        <message>
            <source>Counter-terrorism</source>
            <translation>مكافحة الإرهاب</translation>
        </message>
        <message>
            <source>Death penalty</source>
            <translation>عقوبة الإعدام</translation>
        </message>
        <message>
            <source>Detention</source>
            <translation>الاحتجاز</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>التنمية</translation>
        </message>
        <message>
            <source>Disabilities</source>
            <translation>الإعاقة</translation>
        </message>
        <message>
            <source>ESC rights - general</source>
            <translation>الحقوق الاقتصادية والاجتماعية والثقافية - مسائل عامة</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>الانتخابات</translation>
        </message>
        <message>
            <source>Enforced disappearances</source>
            <translation>الاختفاء القسري</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>البيئة</translation>
        </message>
        <message>
            <source>Extrajudicial executions</source>
            <translation>الإعدام خارج نطاق القضاء</translation>
        </message>
        <message>
            <source>Freedom of association and peaceful assembly</source>
            <translation>حرية تكوين الجمعيات والتجمع السلمي</translation>
        </message>
        <message>
            <source>Freedom of movement</source>
            <translation>حرية التنقل</translation>
        </message>
        <message>
            <source>Freedom of opinion and expression</source>
            <translation>حرية الرأي والتعبير</translation>
        </message>
        <message>
            <source>Freedom of religion and belief</source>
            <translation>حرية الدين أو المعتقد</translation>
        </message>
        <message>
            <source>Freedom of the press</source>
            <translation>حرية الصحافة</translation>
        </message>
        <message>
            <source>General</source>
            <translation>مسائل عامة</translation>
        </message>
        <message>
            <source>HIV - Aids</source>
            <translation>فيروس نقص المناعة البشرية - الإيدز</translation>
        </message>
        <message>
            <source>Human rights defenders</source>
            <translation>المدافعون عن حقوق الإنسان</translation>
        </message>
        <message>
            <source>Human rights education and training</source>
            <translation>التثقيف والتدريب في مجال حقوق الإنسان</translation>
        </message>
        <message>
            <source>Human rights violations by state agents</source>
            <translation>انتهاكات حقوق الإنسان على أيدي موظفي الدولة</translation>
        </message>
        <message>
            <source>Impunity</source>
            <translation>الإفلات من العقاب</translation>
        </message>
        <message>
            <source>Indigenous peoples</source>
            <translation>الشعوب الأصلية</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>المشردون داخلياً</translation>
        </message>
        <message>
            <source>International humanitarian law</source>
            <translation>القانون الإنساني الدولي</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>الصكوك الدولية</translation>
        </message>
        <message>
            <source>Justice</source>
            <translation>العدالة</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>العمل</translation>
        </message>
        <message>
            <source>Migrants</source>
            <translation>المهاجرون</translation>
        </message>
        <message>
            <source>Minorities</source>
            <translation>الأقليات</translation>
        </message>
        <message>
            <source>NHRI</source>
            <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
        </message>
        <message>
            <source>National plan of action</source>
            <translation>خطة العمل الوطنية</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>Poverty</source>
            <translation>الفقر</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>الأمن العام</translation>
        </message>
        <message>
            <source>Racial discrimination</source>
            <translation>التمييز العنصري</translation>
        </message>
        <message>
            <source>Right to education</source>
            <translation>الحق في التعليم</translation>
        </message>
        <message>
            <source>Right to food</source>
            <translation>الحق في الغذاء</translation>
        </message>
        <message>
            <source>Right to health</source>
            <translation>الحق في الصحة</translation>
        </message>
        <message>
            <source>Right to housing</source>
            <translation>الحق في السكن</translation>
        </message>
        <message>
            <source>Right to land</source>
            <translation>الحق في الأرض</translation>
        </message>
        <message>
            <source>Right to water</source>
            <translation>الحق في المياه</translation>
        </message>
        <message>
            <source>Rights of the Child</source>
            <translation>حقوق الطفل</translation>
        </message>
        <message>
            <source>Sexual Orientation and Gender Identity</source>
            <translation>الميل الجنسي والهوية الجنسانية</translation>
        </message>
        <message>
            <source>Special procedures</source>
            <translation>الإجراءات الخاصة</translation>
        </message>
        <message>
            <source>Technical assistance and cooperation</source>
            <translation>المساعدة التقنية والتعاون</translation>
        </message>
        <message>
            <source>Torture and other CID treatment</source>
            <translation>التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>الاتجار بالأشخاص</translation>
        </message>
        <message>
            <source>Treaty bodies</source>
            <translation>هيئات المعاهدات</translation>
        </message>
        <message>
            <source>UPR process</source>
            <translation>عملية الاستعراض الدوري الشامل</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>حقوق المرأة</translation>
        </message>
    </context>
    <context>
        <name>VocabularyName</name>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>مواضيع UPR Info</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>الأشخاص المتأثرون</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>مواضيع المفوضية السامية لحقوق الإنسان</translation>
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
            <translation>المفوضية</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>هدف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>الأشخاص المتأثرون</translation>
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
