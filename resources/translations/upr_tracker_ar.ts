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
        <name>AddTermDialog</name>
        <message>
            <source>Add a term to %1</source>
            <translation>إضافة مصطلح إلى %1</translation>
        </message>
        <message>
            <source>optional (an SDG number, an OHCHR code such as A12)</source>
            <translation>اختياري (رقم هدف من أهداف التنمية المستدامة، أو رمز المفوضية مثل A12)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;الاسم:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>ال&amp;رمز:</translation>
        </message>
        <message>
            <source>A name close to an existing term is refused first, so that near-duplicates (“Death Penalty” beside “Death penalty”) are not added by mistake.</source>
            <translation>يُرفض أولاً الاسم القريب من مصطلح موجود، كي لا تُضاف مصادفةً مصطلحات شبه مكررة («عقوبة الإعدام» بجانب «عقوبة الاعدام»).</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
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
انقر لفتحه.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> أسابيع</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;تحديث</translation>
        </message>
        <message>
            <source>Remind me of deadlines</source>
            <translation>ذكّرني بالمواعيد النهائية قبل</translation>
        </message>
        <message>
            <source>ahead.   Changes since</source>
            <translation>من حلولها.   التغييرات منذ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Of</source>
            <comment>what a deadline is of</comment>
            <translation>يخص</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>الاستعراض</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>recommendations without a position</comment>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>للمراجعة</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>المشكلات</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>ما الذي تغيّر</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;تواريخ الاستعراض…</translation>
        </message>
        <message>
            <source>Edit the dates of the review of the selected deadline or pending review</source>
            <translation>تعديل تواريخ الاستعراض الخاص بالموعد النهائي المحدد أو بالاستعراض قيد النظر المحدد</translation>
        </message>
        <message>
            <source>Upcoming deadlines</source>
            <translation>المواعيد النهائية المقبلة</translation>
        </message>
        <message>
            <source>Reviews with answers pending</source>
            <translation>استعراضات لا تزال ردودها قيد النظر</translation>
        </message>
        <message>
            <source>Recommendations to review</source>
            <translation>توصيات تحتاج إلى مراجعة</translation>
        </message>
        <message>
            <source>Recommendations by position (upper bar) and implementation (lower bar)</source>
            <translation>التوصيات حسب الموقف (الشريط العلوي) والتنفيذ (الشريط السفلي)</translation>
        </message>
        <message>
            <source>The dashboard could not be read: %1</source>
            <translation>تعذّرت قراءة لوحة المعلومات: %1</translation>
        </message>
        <message>
            <source>%1 (estimated)</source>
            <translation>%1 (تقديري)</translation>
        </message>
        <message>
            <source>Derived from the calendar of sessions: Review dates… gives the real one</source>
            <translation>مستنتج من جدول الدورات: يتيح «تواريخ الاستعراض…» إدخال التاريخ الفعلي</translation>
        </message>
        <message>
            <source>No deadline ahead</source>
            <translation>لا توجد مواعيد نهائية مقبلة</translation>
        </message>
        <message>
            <source>%1, %2 (Tools ▸ Problems to review).</source>
            <comment>how many recommendations flagged, problems open</comment>
            <translation>%1، %2 (أدوات ▸ مشكلات تحتاج إلى مراجعة).</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) flagged for review</source>
            <translation>
                <numerusform>%n توصية معلَّمة للمراجعة</numerusform>
                <numerusform>%n توصية معلَّمة للمراجعة</numerusform>
                <numerusform>%n توصيتان معلَّمتان للمراجعة</numerusform>
                <numerusform>%n توصيات معلَّمة للمراجعة</numerusform>
                <numerusform>%n توصية معلَّمة للمراجعة</numerusform>
                <numerusform>%n توصية معلَّمة للمراجعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import problem(s) open</source>
            <translation>
                <numerusform>%n مشكلة استيراد مفتوحة</numerusform>
                <numerusform>%n مشكلة استيراد مفتوحة</numerusform>
                <numerusform>%n مشكلتا استيراد مفتوحتان</numerusform>
                <numerusform>%n مشكلات استيراد مفتوحة</numerusform>
                <numerusform>%n مشكلة استيراد مفتوحة</numerusform>
                <numerusform>%n مشكلة استيراد مفتوحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more: see Upcoming deadlines below</source>
            <translation>
                <numerusform>… و%n أخرى: انظر «المواعيد النهائية المقبلة» أدناه</numerusform>
                <numerusform>… و%n أخرى: انظر «المواعيد النهائية المقبلة» أدناه</numerusform>
                <numerusform>… و%n أخريان: انظر «المواعيد النهائية المقبلة» أدناه</numerusform>
                <numerusform>… و%n أخرى: انظر «المواعيد النهائية المقبلة» أدناه</numerusform>
                <numerusform>… و%n أخرى: انظر «المواعيد النهائية المقبلة» أدناه</numerusform>
                <numerusform>… و%n أخرى: انظر «المواعيد النهائية المقبلة» أدناه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Within %n week(s):</source>
            <translation>
                <numerusform>خلال %n أسبوع:</numerusform>
                <numerusform>خلال %n أسبوع:</numerusform>
                <numerusform>خلال %n أسبوعين:</numerusform>
                <numerusform>خلال %n أسابيع:</numerusform>
                <numerusform>خلال %n أسبوعاً:</numerusform>
                <numerusform>خلال %n أسبوع:</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMMM yyyy HH:mm</source>
            <comment>date format: a day with the month's name, and the time</comment>
            <translation>d MMMM yyyy HH:mm</translation>
        </message>
        <message>
            <source>What changed since %1 (%2)</source>
            <translation>التغييرات منذ %1 (%2)</translation>
        </message>
        <message>
            <source>Recommendation: %1</source>
            <translation>توصية: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>مَعلم: %1</translation>
        </message>
        <message>
            <source>Review: %1</source>
            <translation>استعراض: %1</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>when, who: what changed</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>Nothing changed since then.</source>
            <translation>لم يتغير شيء منذ ذلك الحين.</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <source>Adoption at the Council</source>
            <translation>الاعتماد في المجلس</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>تقرير منتصف المدة</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>الاستعراض المقبل</translation>
        </message>
        <message>
            <source>Plan due</source>
            <translation>موعد استحقاق الخطة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>موعد الاستحقاق</translation>
        </message>
        <message>
            <source>Overdue (plan due)</source>
            <translation>متأخر (موعد استحقاق الخطة)</translation>
        </message>
        <message>
            <source>Overdue (due)</source>
            <translation>متأخر (موعد الاستحقاق)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineWords</name>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>منذ %n يوم</numerusform>
                <numerusform>منذ %n يوم</numerusform>
                <numerusform>منذ %n يومين</numerusform>
                <numerusform>منذ %n أيام</numerusform>
                <numerusform>منذ %n يوماً</numerusform>
                <numerusform>منذ %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>بعد %n يوم</numerusform>
                <numerusform>بعد %n يوم</numerusform>
                <numerusform>بعد %n يومين</numerusform>
                <numerusform>بعد %n أيام</numerusform>
                <numerusform>بعد %n يوماً</numerusform>
                <numerusform>بعد %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n month(s)</source>
            <translation>
                <numerusform>بعد %n شهر</numerusform>
                <numerusform>بعد %n شهر</numerusform>
                <numerusform>بعد %n شهرين</numerusform>
                <numerusform>بعد %n أشهر</numerusform>
                <numerusform>بعد %n شهراً</numerusform>
                <numerusform>بعد %n شهر</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (estimated): %2, %3 (%4)</source>
            <translation>%1 (تقديري): %2، %3 (%4)</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation>%1: %2، %3 (%4)</translation>
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
        <name>FileSize</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n بايت</numerusform>
                <numerusform>%n بايت</numerusform>
                <numerusform>%n بايت</numerusform>
                <numerusform>%n بايت</numerusform>
                <numerusform>%n بايت</numerusform>
                <numerusform>%n بايت</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 ك.ب</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 م.ب</translation>
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
        <name>LinkMilestoneDialog</name>
        <message>
            <source>Milestone</source>
            <translation>المَعلم</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Already linked</source>
            <translation>مرتبطة بالفعل</translation>
        </message>
        <message>
            <source>Link to a milestone</source>
            <translation>ربط بمَعلم</translation>
        </message>
        <message numerus="yes">
            <source>Link %n recommendation(s) to a milestone</source>
            <translation>
                <numerusform>ربط %n توصية بمَعلم</numerusform>
                <numerusform>ربط %n توصية بمَعلم</numerusform>
                <numerusform>ربط %n توصيتين بمَعلم</numerusform>
                <numerusform>ربط %n توصيات بمَعلم</numerusform>
                <numerusform>ربط %n توصية بمَعلم</numerusform>
                <numerusform>ربط %n توصية بمَعلم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose one of the milestones of %1, or record a new one. All %n recommendation(s) are linked to it at once.</source>
            <translation>
                <numerusform>اختر أحد معالم %1 أو سجّل مَعلماً جديداً. تُربط به التوصيات الـ %n كلها دفعة واحدة.</numerusform>
                <numerusform>اختر أحد معالم %1 أو سجّل مَعلماً جديداً. تُربط به التوصية (%n).</numerusform>
                <numerusform>اختر أحد معالم %1 أو سجّل مَعلماً جديداً. تُربط به التوصيتان (%n) معاً.</numerusform>
                <numerusform>اختر أحد معالم %1 أو سجّل مَعلماً جديداً. تُربط به التوصيات الـ %n كلها دفعة واحدة.</numerusform>
                <numerusform>اختر أحد معالم %1 أو سجّل مَعلماً جديداً. تُربط به التوصيات الـ %n كلها دفعة واحدة.</numerusform>
                <numerusform>اختر أحد معالم %1 أو سجّل مَعلماً جديداً. تُربط به التوصيات الـ %n كلها دفعة واحدة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of the milestones of %1, or record a new one.</source>
            <translation>اختر أحد معالم %1 أو سجّل مَعلماً جديداً.</translation>
        </message>
        <message>
            <source>Search the milestones: title, description, date, source…</source>
            <translation>البحث في المعالم: العنوان، الوصف، التاريخ، المصدر…</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>ربط</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>مَعلم جديد…</translation>
        </message>
        <message>
            <source>Record a new milestone of %1 and link the recommendations to it</source>
            <translation>تسجيل مَعلم جديد لـ %1 وربط التوصيات به</translation>
        </message>
        <message>
            <source>%1 has no milestones yet.
Record the first with “New milestone…”.</source>
            <translation>ليس لـ %1 أي معالم بعد.
سجّل أولها باستخدام «مَعلم جديد…».</translation>
        </message>
        <message>
            <source>all</source>
            <comment>all the recommendations are linked already</comment>
            <translation>كلها</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the recommendation is linked already</comment>
            <translation>نعم</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>how many of the recommendations are linked already</comment>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>the milestone</source>
            <translation>المَعلم</translation>
        </message>
        <message>
            <source>Linking…</source>
            <translation>جارٍ الربط…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
    </context>
    <context>
        <name>MergeTermsDialog</name>
        <message numerus="yes">
            <source>Merge %n term(s)</source>
            <translation>
                <numerusform>دمج %n مصطلح</numerusform>
                <numerusform>دمج %n مصطلح</numerusform>
                <numerusform>دمج %n مصطلحين</numerusform>
                <numerusform>دمج %n مصطلحات</numerusform>
                <numerusform>دمج %n مصطلحاً</numerusform>
                <numerusform>دمج %n مصطلح</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep this term; the others are merged into it:</source>
            <translation>الإبقاء على هذا المصطلح؛ وتُدمج فيه المصطلحات الأخرى:</translation>
        </message>
        <message numerus="yes">
            <source>%1 [%2] — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 [%2] — %n توصية</numerusform>
                <numerusform>%1 [%2] — %n توصية</numerusform>
                <numerusform>%1 [%2] — %n توصيتان</numerusform>
                <numerusform>%1 [%2] — %n توصيات</numerusform>
                <numerusform>%1 [%2] — %n توصية</numerusform>
                <numerusform>%1 [%2] — %n توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n توصية</numerusform>
                <numerusform>%1 — %n توصية</numerusform>
                <numerusform>%1 — %n توصيتان</numerusform>
                <numerusform>%1 — %n توصيات</numerusform>
                <numerusform>%1 — %n توصية</numerusform>
                <numerusform>%1 — %n توصية</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;دمج</translation>
        </message>
        <message numerus="yes">
            <source>The %n recommendation(s) tagged “%1” will be tagged “%2” instead.</source>
            <translation>
                <numerusform>ستُوسم التوصيات الـ %n الموسومة «%1» بـ «%2» بدلاً منه.</numerusform>
                <numerusform>ستُوسم التوصية (%n) الموسومة «%1» بـ «%2» بدلاً منه.</numerusform>
                <numerusform>ستُوسم التوصيتان (%n) الموسومتان «%1» بـ «%2» بدلاً منه.</numerusform>
                <numerusform>ستُوسم التوصيات الـ %n الموسومة «%1» بـ «%2» بدلاً منه.</numerusform>
                <numerusform>ستُوسم التوصيات الـ %n الموسومة «%1» بـ «%2» بدلاً منه.</numerusform>
                <numerusform>ستُوسم التوصيات الـ %n الموسومة «%1» بـ «%2» بدلاً منه.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged “%1”.</source>
            <translation>لا توجد توصية موسومة «%1».</translation>
        </message>
        <message>
            <source>%1 from “%2”</source>
            <comment>how many recommendations from a term</comment>
            <translation>%1 من «%2»</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) will move to “%1” (%2).</source>
            <translation>
                <numerusform>ستنتقل %n توصية إلى «%1» (%2).</numerusform>
                <numerusform>ستنتقل %n توصية إلى «%1» (%2).</numerusform>
                <numerusform>ستنتقل %n توصيتان إلى «%1» (%2).</numerusform>
                <numerusform>ستنتقل %n توصيات إلى «%1» (%2).</numerusform>
                <numerusform>ستنتقل %n توصية إلى «%1» (%2).</numerusform>
                <numerusform>ستنتقل %n توصية إلى «%1» (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendation is tagged %1.</source>
            <translation>لا توجد توصية موسومة %1.</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as a former name of “%2”.</source>
            <translation>سيخرج %1 من القائمة ويبقى قابلاً للعثور عليه بوصفه اسماً سابقاً لـ «%2».</translation>
        </message>
        <message>
            <source>%1 will leave the list and stay findable as former names of “%2”.</source>
            <translation>ستخرج %1 من القائمة وتبقى قابلة للعثور عليها بوصفها أسماءً سابقة لـ «%2».</translation>
        </message>
        <message>
            <source>%1 %2 A merge cannot be undone.</source>
            <comment>what the merge moves, what leaves the list</comment>
            <translation>%1 %2 لا يمكن التراجع عن الدمج.</translation>
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
            <translation>لا توجد معالم بعد</translation>
        </message>
        <message>
            <source>Milestones are the dated events of implementation: a law adopted, a plan of action and its items, a moratorium, a ratification, a visit, a setback. Record one with &lt;b&gt;New milestone…&lt;/b&gt;, with its source, then link it to the recommendations it concerns (in the recommendations table: &lt;i&gt;Link to milestone…&lt;/i&gt;).</source>
            <translation>المعالم هي أحداث التنفيذ المؤرَّخة: قانون اعتُمد، خطة عمل وبنودها، وقف اختياري، تصديق، زيارة، انتكاسة. سجّل واحداً باستخدام &lt;b&gt;مَعلم جديد…&lt;/b&gt; مع مصدره، ثم اربطه بالتوصيات التي يخصها (في جدول التوصيات: &lt;i&gt;ربط بمَعلم…&lt;/i&gt;).</translation>
        </message>
        <message>
            <source>No milestone matches the filters.</source>
            <translation>لا يوجد مَعلم يطابق عوامل التصفية.</translation>
        </message>
        <message>
            <source>Select a milestone in the list or on the timeline to see its description, source and the recommendations it concerns.</source>
            <translation>اختر مَعلماً في القائمة أو على الخط الزمني لعرض وصفه ومصدره والتوصيات التي يخصها.</translation>
        </message>
        <message>
            <source>due %1</source>
            <comment>a milestone is due on a day</comment>
            <translation>يُستحق في %1</translation>
        </message>
        <message>
            <source>a plan</source>
            <translation>خطة</translation>
        </message>
        <message>
            <source>Item %1 of %2</source>
            <comment>an item number of a plan</comment>
            <translation>البند %1 من %2</translation>
        </message>
        <message>
            <source>An item of %1</source>
            <comment>of a plan</comment>
            <translation>بند من %1</translation>
        </message>
        <message>
            <source>Items of the plan (%1)</source>
            <translation>بنود الخطة (%1)</translation>
        </message>
        <message>
            <source>None yet: add them with &lt;b&gt;New item…&lt;/b&gt;.</source>
            <translation>لا توجد بعد: أضفها باستخدام &lt;b&gt;بند جديد…&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>الملف المرفق</translation>
        </message>
        <message>
            <source>Linked recommendations (%1)</source>
            <translation>التوصيات المرتبطة (%1)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Not linked to any recommendation yet. Select recommendations in the table and choose &lt;i&gt;Link to milestone…&lt;/i&gt;</source>
            <translation>غير مرتبط بأي توصية بعد. اختر توصيات في الجدول ثم اختر &lt;i&gt;ربط بمَعلم…&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <source>New milestone</source>
            <translation>مَعلم جديد</translation>
        </message>
        <message>
            <source>Type a State's name or code</source>
            <translation>اكتب اسم الدولة أو رمزها</translation>
        </message>
        <message>
            <source>e.g. Refugees Act</source>
            <translation>مثلاً: قانون اللاجئين</translation>
        </message>
        <message>
            <source>2009, 2009-07 or 2009-07-10</source>
            <translation>2009 أو 2009-07 أو 2009-07-10</translation>
        </message>
        <message>
            <source>2012, 2012-06 or 2012-06-30</source>
            <translation>2012 أو 2012-06 أو 2012-06-30</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (a deadline the dashboard reminds of)</source>
            <translation>YYYY-MM-DD (موعد نهائي تذكّر به لوحة المعلومات)</translation>
        </message>
        <message>
            <source>e.g. 3.2</source>
            <translation>مثلاً: 3.2</translation>
        </message>
        <message>
            <source>e.g. 12.3.4</source>
            <translation>مثلاً: 12.3.4</translation>
        </message>
        <message>
            <source>Item no.</source>
            <translation>البند رقم</translation>
        </message>
        <message>
            <source>What happened, in a sentence or two; quote the source if you can.</source>
            <translation>ما الذي حدث، في جملة أو جملتين؛ واقتبس من المصدر إن أمكن.</translation>
        </message>
        <message>
            <source>e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152</source>
            <translation>مثلاً: A/HRC/14/10/Add.1، الفقرة 12؛ الجريدة الرسمية رقم 152</translation>
        </message>
        <message>
            <source>https://…</source>
            <translation>https://…</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>اختيار ملف…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;الدولة:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;النوع:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;العنوان:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;التاريخ:</translation>
        </message>
        <message>
            <source>E&amp;nds (a plan):</source>
            <translation>&amp;ينتهي (خطة):</translation>
        </message>
        <message>
            <source>D&amp;ue on:</source>
            <translation>&amp;موعد الاستحقاق:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;الخطة:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>ال&amp;وصف:</translation>
        </message>
        <message>
            <source>Source &amp;citation:</source>
            <translation>&amp;الإحالة إلى المصدر:</translation>
        </message>
        <message>
            <source>Source &amp;address:</source>
            <translation>&amp;عنوان المصدر:</translation>
        </message>
        <message>
            <source>Attached &amp;file:</source>
            <translation>&amp;الملف المرفق:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name (its code)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>تعديل المَعلم</translation>
        </message>
        <message>
            <source>A plan with items cannot itself be an item of a plan.</source>
            <translation>لا يمكن لخطة لها بنود أن تكون هي نفسها بنداً في خطة.</translation>
        </message>
        <message>
            <source>This plan has items, so it stays a plan.</source>
            <translation>لهذه الخطة بنود، لذا تبقى خطة.</translation>
        </message>
        <message>
            <source>Not an item of a plan</source>
            <translation>ليس بنداً في خطة</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a plan's title (its date)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Edit plan item</source>
            <translation>تعديل بند الخطة</translation>
        </message>
        <message>
            <source>New plan item</source>
            <translation>بند خطة جديد</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>what the dialog does — of which State</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>غير مؤرَّخ</translation>
        </message>
        <message>
            <source>= %1  (the year only)</source>
            <translation>= %1  (السنة فقط)</translation>
        </message>
        <message>
            <source>= %1  (the month only)</source>
            <translation>= %1  (الشهر فقط)</translation>
        </message>
        <message>
            <source>= %1</source>
            <translation>= %1</translation>
        </message>
        <message>
            <source>Write the day as YYYY-MM-DD (or leave it empty).</source>
            <translation>اكتب اليوم بالصيغة YYYY-MM-DD (أو اتركه فارغاً).</translation>
        </message>
        <message>
            <source>Attach a file as evidence</source>
            <translation>إرفاق ملف كدليل</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</source>
            <translation>مستندات (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>صور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a file's name (its size)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Kept inside the database</source>
            <translation>محفوظ داخل قاعدة البيانات</translation>
        </message>
        <message>
            <source>No file (a copy is kept inside the database; up to %1 MB)</source>
            <translation>لا يوجد ملف (تُحفظ نسخة داخل قاعدة البيانات؛ حتى %1 م.ب)</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>استبدال…</translation>
        </message>
        <message>
            <source>Choose the State from the list.</source>
            <translation>اختر الدولة من القائمة.</translation>
        </message>
        <message>
            <source>A milestone needs a title.</source>
            <translation>يجب أن يكون للمَعلم عنوان.</translation>
        </message>
        <message>
            <source>Write the full address, starting with https:// (or leave it empty).</source>
            <translation>اكتب العنوان كاملاً بدءاً بـ https:// (أو اتركه فارغاً).</translation>
        </message>
        <message>
            <source>Saving the milestone…</source>
            <translation>جارٍ حفظ المَعلم…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
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
        <name>MilestoneTableModel</name>
        <message>
            <source>known to the day</source>
            <translation>معروف باليوم</translation>
        </message>
        <message>
            <source>known to the month</source>
            <translation>معروف بالشهر</translation>
        </message>
        <message>
            <source>known to the year</source>
            <translation>معروف بالسنة</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>غير مؤرَّخ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>المَعلم</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>المرتبطة</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>متى حدث، بأقصى دقة معروفة</translation>
        </message>
        <message>
            <source>What kind of event it is</source>
            <translation>نوع الحدث</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما الذي حدث</translation>
        </message>
        <message>
            <source>Where the evidence is</source>
            <translation>أين يوجد الدليل</translation>
        </message>
        <message>
            <source>How many recommendations it concerns</source>
            <translation>عدد التوصيات التي يخصها</translation>
        </message>
        <message>
            <source>No date recorded</source>
            <translation>لم يُسجَّل تاريخ</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>a date, how precisely it is known</comment>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>%1
Attached: %2</source>
            <translation>%1
المرفق: %2</translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s): %1</source>
            <translation>
                <numerusform>مرتبط بـ %n توصية: %1</numerusform>
                <numerusform>مرتبط بـ %n توصية: %1</numerusform>
                <numerusform>مرتبط بـ %n توصيتين: %1</numerusform>
                <numerusform>مرتبط بـ %n توصيات: %1</numerusform>
                <numerusform>مرتبط بـ %n توصية: %1</numerusform>
                <numerusform>مرتبط بـ %n توصية: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Linked to %n recommendation(s)</source>
            <translation>
                <numerusform>مرتبط بـ %n توصية</numerusform>
                <numerusform>مرتبط بـ %n توصية</numerusform>
                <numerusform>مرتبط بـ %n توصيتين</numerusform>
                <numerusform>مرتبط بـ %n توصيات</numerusform>
                <numerusform>مرتبط بـ %n توصية</numerusform>
                <numerusform>مرتبط بـ %n توصية</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestoneTimeline</name>
        <message>
            <source>No dated milestones to draw.</source>
            <translation>لا توجد معالم مؤرَّخة لرسمها.</translation>
        </message>
        <message>
            <source>No milestones to show. Record one with “New milestone…”.</source>
            <translation>لا توجد معالم لعرضها. سجّل واحداً باستخدام «مَعلم جديد…».</translation>
        </message>
        <message numerus="yes">
            <source>%n undated, not drawn</source>
            <translation>
                <numerusform>%n غير مؤرَّخ، لم يُرسم</numerusform>
                <numerusform>%n غير مؤرَّخ، لم يُرسم</numerusform>
                <numerusform>%n غير مؤرَّخين، لم يُرسما</numerusform>
                <numerusform>%n غير مؤرَّخة، لم تُرسم</numerusform>
                <numerusform>%n غير مؤرَّخ، لم تُرسم</numerusform>
                <numerusform>%n غير مؤرَّخ، لم تُرسم</numerusform>
            </translation>
        </message>
        <message>
            <source>a bar spans a date known only to the month or year</source>
            <translation>يمتد الشريط على تاريخ لا يُعرف منه إلا الشهر أو السنة</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>غير مؤرَّخ</translation>
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
                <numerusform>مرتبط بـ %n توصية</numerusform>
                <numerusform>مرتبط بـ %n توصية</numerusform>
                <numerusform>مرتبط بـ %n توصيتين</numerusform>
                <numerusform>مرتبط بـ %n توصيات</numerusform>
                <numerusform>مرتبط بـ %n توصية</numerusform>
                <numerusform>مرتبط بـ %n توصية</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MilestonesView</name>
        <message>
            <source>The milestones of one State; beside each, how many it has</source>
            <translation>معالم دولة واحدة؛ وبجانب كل دولة عدد معالمها</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>Title, description, source or label contains…</source>
            <translation>العنوان أو الوصف أو المصدر أو الرقم يتضمن…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>الدولة:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>من:</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>إلى:</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Show all the milestones of the State again</source>
            <translation>عرض كل معالم الدولة مجدداً</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>حذف المَعلم</translation>
        </message>
        <message>
            <source>New milestone…</source>
            <translation>مَعلم جديد…</translation>
        </message>
        <message>
            <source>New item…</source>
            <translation>بند جديد…</translation>
        </message>
        <message>
            <source>Add an item to the selected plan of action</source>
            <translation>إضافة بند إلى خطة العمل المحددة</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>فتح المرفق</translation>
        </message>
        <message>
            <source>Any</source>
            <comment>no limit on the year</comment>
            <translation>أي سنة</translation>
        </message>
        <message>
            <source>Years; “Any” leaves that end open</source>
            <translation>السنوات؛ «أي سنة» تترك ذلك الطرف مفتوحاً</translation>
        </message>
        <message>
            <source>Reading the milestones…</source>
            <translation>جارٍ قراءة المعالم…</translation>
        </message>
        <message numerus="yes">
            <source>All States (%n milestone(s))</source>
            <translation>
                <numerusform>كل الدول (%n مَعلم)</numerusform>
                <numerusform>كل الدول (%n مَعلم)</numerusform>
                <numerusform>كل الدول (%n مَعلمان)</numerusform>
                <numerusform>كل الدول (%n معالم)</numerusform>
                <numerusform>كل الدول (%n مَعلماً)</numerusform>
                <numerusform>كل الدول (%n مَعلم)</numerusform>
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
                <numerusform>%n مَعلم</numerusform>
                <numerusform>%n مَعلم</numerusform>
                <numerusform>%n مَعلمان</numerusform>
                <numerusform>%n معالم</numerusform>
                <numerusform>%n مَعلماً</numerusform>
                <numerusform>%n مَعلم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n milestone(s)</source>
            <translation>
                <numerusform>%1 من %n مَعلم</numerusform>
                <numerusform>%1 من %n مَعلم</numerusform>
                <numerusform>%1 من %n مَعلمين</numerusform>
                <numerusform>%1 من %n معالم</numerusform>
                <numerusform>%1 من %n مَعلماً</numerusform>
                <numerusform>%1 من %n مَعلم</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an item to “%1”</source>
            <translation>إضافة بند إلى «%1»</translation>
        </message>
        <message>
            <source>Select a plan of action (or one of its items) to add an item to it</source>
            <translation>اختر خطة عمل (أو أحد بنودها) لإضافة بند إليها</translation>
        </message>
        <message>
            <source>Delete the milestone “%1”?</source>
            <translation>هل تريد حذف المَعلم «%1»؟</translation>
        </message>
        <message numerus="yes">
            <source>Delete the plan “%1” and its %n item(s)?</source>
            <translation>
                <numerusform>هل تريد حذف الخطة «%1» وبنودها الـ %n؟</numerusform>
                <numerusform>هل تريد حذف الخطة «%1» وبندها (%n)؟</numerusform>
                <numerusform>هل تريد حذف الخطة «%1» وبنديها (%n)؟</numerusform>
                <numerusform>هل تريد حذف الخطة «%1» وبنودها الـ %n؟</numerusform>
                <numerusform>هل تريد حذف الخطة «%1» وبنودها الـ %n؟</numerusform>
                <numerusform>هل تريد حذف الخطة «%1» وبنودها الـ %n؟</numerusform>
            </translation>
        </message>
        <message>
            <source>The 1 linked recommendation stays; only the link goes.</source>
            <translation>تبقى التوصية المرتبطة؛ ولا يُحذف إلا الربط.</translation>
        </message>
        <message numerus="yes">
            <source>The %n linked recommendations stay; only the link goes.</source>
            <translation>
                <numerusform>تبقى التوصيات المرتبطة الـ %n؛ ولا يُحذف إلا الربط.</numerusform>
                <numerusform>تبقى التوصية المرتبطة (%n)؛ ولا يُحذف إلا الربط.</numerusform>
                <numerusform>تبقى التوصيتان المرتبطتان (%n)؛ ولا يُحذف إلا الربط.</numerusform>
                <numerusform>تبقى التوصيات المرتبطة الـ %n؛ ولا يُحذف إلا الربط.</numerusform>
                <numerusform>تبقى التوصيات المرتبطة الـ %n؛ ولا يُحذف إلا الربط.</numerusform>
                <numerusform>تبقى التوصيات المرتبطة الـ %n؛ ولا يُحذف إلا الربط.</numerusform>
            </translation>
        </message>
        <message>
            <source>The attached file kept in the database is deleted too.</source>
            <translation>ويُحذف أيضاً الملف المرفق المحفوظ في قاعدة البيانات.</translation>
        </message>
        <message>
            <source>Deleting the milestone…</source>
            <translation>جارٍ حذف المَعلم…</translation>
        </message>
        <message>
            <source>Opening the attached file…</source>
            <translation>جارٍ فتح الملف المرفق…</translation>
        </message>
        <message>
            <source>No application opened %1. A copy was saved at:
%2</source>
            <translation>لم يفتح أي تطبيق %1. حُفظت نسخة في:
%2</translation>
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
        <name>RenameTermDialog</name>
        <message>
            <source>Rename “%1”</source>
            <translation>إعادة تسمية «%1»</translation>
        </message>
        <message numerus="yes">
            <source>The old name “%1” stays findable: it becomes a former name of the term, so imports and searches that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.</source>
            <translation>
                <numerusform>يبقى الاسم القديم «%1» قابلاً للعثور عليه: إذ يصبح اسماً سابقاً للمصطلح، فتظل عمليات الاستيراد والبحث التي تستخدمه تعثر على المصطلح. وتحتفظ التوصيات الـ %n الموسومة به بالوسم تحت الاسم الجديد.</numerusform>
                <numerusform>يبقى الاسم القديم «%1» قابلاً للعثور عليه: إذ يصبح اسماً سابقاً للمصطلح، فتظل عمليات الاستيراد والبحث التي تستخدمه تعثر على المصطلح. وتحتفظ التوصية (%n) الموسومة به بالوسم تحت الاسم الجديد.</numerusform>
                <numerusform>يبقى الاسم القديم «%1» قابلاً للعثور عليه: إذ يصبح اسماً سابقاً للمصطلح، فتظل عمليات الاستيراد والبحث التي تستخدمه تعثر على المصطلح. وتحتفظ التوصيتان (%n) الموسومتان به بالوسم تحت الاسم الجديد.</numerusform>
                <numerusform>يبقى الاسم القديم «%1» قابلاً للعثور عليه: إذ يصبح اسماً سابقاً للمصطلح، فتظل عمليات الاستيراد والبحث التي تستخدمه تعثر على المصطلح. وتحتفظ التوصيات الـ %n الموسومة به بالوسم تحت الاسم الجديد.</numerusform>
                <numerusform>يبقى الاسم القديم «%1» قابلاً للعثور عليه: إذ يصبح اسماً سابقاً للمصطلح، فتظل عمليات الاستيراد والبحث التي تستخدمه تعثر على المصطلح. وتحتفظ التوصيات الـ %n الموسومة به بالوسم تحت الاسم الجديد.</numerusform>
                <numerusform>يبقى الاسم القديم «%1» قابلاً للعثور عليه: إذ يصبح اسماً سابقاً للمصطلح، فتظل عمليات الاستيراد والبحث التي تستخدمه تعثر على المصطلح. وتحتفظ التوصيات الـ %n الموسومة به بالوسم تحت الاسم الجديد.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>الاسم ال&amp;جديد:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>إعادة تسمية</translation>
        </message>
    </context>
    <context>
        <name>ReviewBars</name>
        <message>
            <source>No position</source>
            <translation>بلا موقف</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم تُقيَّم</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n recommendation(s)</source>
            <translation>
                <numerusform>%1 — %n توصية</numerusform>
                <numerusform>%1 — %n توصية</numerusform>
                <numerusform>%1 — %n توصيتان</numerusform>
                <numerusform>%1 — %n توصيات</numerusform>
                <numerusform>%1 — %n توصية</numerusform>
                <numerusform>%1 — %n توصية</numerusform>
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
المواقف: %2
التنفيذ: %3
انقر لعرضها.</translation>
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
        <name>TermTableModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Former names</source>
            <translation>الأسماء السابقة</translation>
        </message>
        <message>
            <source>The term as it is shown everywhere</source>
            <translation>المصطلح كما يُعرض في كل مكان</translation>
        </message>
        <message>
            <source>The term's code, if it has one (the SDG number, the OHCHR theme code)</source>
            <translation>رمز المصطلح، إن وُجد (رقم هدف التنمية المستدامة، رمز موضوع المفوضية)</translation>
        </message>
        <message>
            <source>How many recommendations are tagged with the term</source>
            <translation>عدد التوصيات الموسومة بهذا المصطلح</translation>
        </message>
        <message>
            <source>Names the term had before a rename or a merge: imports and searches still find the term by them</source>
            <translation>الأسماء التي كانت للمصطلح قبل إعادة تسميته أو دمجه: تظل عمليات الاستيراد والبحث تعثر على المصطلح بها</translation>
        </message>
        <message>
            <source>Shown as “%1” in this language</source>
            <translation>يُعرض بصيغة «%1» في هذه اللغة</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) tagged “%1”</source>
            <translation>
                <numerusform>%n توصية موسومة «%1»</numerusform>
                <numerusform>%n توصية موسومة «%1»</numerusform>
                <numerusform>%n توصيتان موسومتان «%1»</numerusform>
                <numerusform>%n توصيات موسومة «%1»</numerusform>
                <numerusform>%n توصية موسومة «%1»</numerusform>
                <numerusform>%n توصية موسومة «%1»</numerusform>
            </translation>
        </message>
        <message>
            <source>Also found as:
%1</source>
            <translation>يُعثر عليه أيضاً باسم:
%1</translation>
        </message>
    </context>
    <context>
        <name>VocabulariesDialog</name>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
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
            <translation>مواضيع المفوضية</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a term's name in quotes</comment>
            <translation>«%1»</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <comment>the last two of a list of terms</comment>
            <translation>%1 و%2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the terms of a list</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>Vocabularies</source>
            <translation>قوائم المصطلحات</translation>
        </message>
        <message>
            <source>&amp;Vocabulary:</source>
            <translation>&amp;قائمة المصطلحات:</translation>
        </message>
        <message>
            <source>Name, code or former name  (Ctrl+F)</source>
            <translation>الاسم أو الرمز أو الاسم السابق  (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;تصفية:</translation>
        </message>
        <message>
            <source>Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the term that stays. Terms are never deleted: merging is how one goes away, and its names stay findable as former names.</source>
            <translation>تُستخدم المصطلحات لوسم التوصيات. أعد تسمية مصطلح لتصحيح إملائه؛ وادمج المصطلحات المكررة في المصطلح الذي يبقى. لا تُحذف المصطلحات أبداً: فالدمج هو سبيل إزالة أحدها، وتبقى أسماؤه قابلة للعثور عليها بوصفها أسماءً سابقة.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;إضافة…</translation>
        </message>
        <message>
            <source>Add a term to this vocabulary</source>
            <translation>إضافة مصطلح إلى هذه القائمة</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>إعادة ال&amp;تسمية…</translation>
        </message>
        <message>
            <source>Rename the selected term (F2, or Enter in the list); its old name stays findable as a former name</source>
            <translation>إعادة تسمية المصطلح المحدد (F2، أو Enter في القائمة)؛ ويبقى اسمه القديم قابلاً للعثور عليه بوصفه اسماً سابقاً</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;دمج…</translation>
        </message>
        <message>
            <source>Merge the selected terms (select two or more with Ctrl or Shift) into the one that stays</source>
            <translation>دمج المصطلحات المحددة (حدد اثنين أو أكثر بـ Ctrl أو Shift) في المصطلح الذي يبقى</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n term(s)</source>
            <translation>
                <numerusform>%1 من %n مصطلح</numerusform>
                <numerusform>%1 من %n مصطلح</numerusform>
                <numerusform>%1 من %n مصطلحين</numerusform>
                <numerusform>%1 من %n مصطلحات</numerusform>
                <numerusform>%1 من %n مصطلحاً</numerusform>
                <numerusform>%1 من %n مصطلح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n مصطلح</numerusform>
                <numerusform>%n مصطلح</numerusform>
                <numerusform>%n مصطلحان</numerusform>
                <numerusform>%n مصطلحات</numerusform>
                <numerusform>%n مصطلحاً</numerusform>
                <numerusform>%n مصطلح</numerusform>
            </translation>
        </message>
        <message>
            <source>No term of %1 matches “%2”.
Press Esc to clear the filter, or add the term with Add… (Alt+A).</source>
            <translation>لا يوجد مصطلح في %1 يطابق «%2».
اضغط Esc لمسح عامل التصفية، أو أضف المصطلح باستخدام إضافة… (Alt+A).</translation>
        </message>
        <message>
            <source>There are no OHCHR themes yet.
Importing an OHCHR matrix brings its coded themes; you can also add one with Add… (Alt+A).</source>
            <translation>لا توجد مواضيع للمفوضية بعد.
يؤدي استيراد مصفوفة المفوضية إلى جلب مواضيعها المرمَّزة؛ ويمكنك أيضاً إضافة موضوع باستخدام إضافة… (Alt+A).</translation>
        </message>
        <message>
            <source>%1 has no terms yet.
Add one with Add… (Alt+A).</source>
            <translation>ليس في %1 أي مصطلحات بعد.
أضف مصطلحاً باستخدام إضافة… (Alt+A).</translation>
        </message>
        <message>
            <source>Added “%1”.</source>
            <translation>أُضيف «%1».</translation>
        </message>
        <message>
            <source>A close term exists</source>
            <translation>يوجد مصطلح قريب</translation>
        </message>
        <message>
            <source>Add “%1” anyway, as a term of its own? If it means the same thing, cancel and use the existing term instead.</source>
            <translation>هل تريد إضافة «%1» على أي حال بوصفه مصطلحاً مستقلاً؟ إن كان يعني الشيء نفسه، فألغِ واستخدم المصطلح الموجود بدلاً منه.</translation>
        </message>
        <message>
            <source>&amp;Add anyway</source>
            <translation>إ&amp;ضافة على أي حال</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”; “%1” stays findable as a former name.</source>
            <translation>أُعيدت تسمية «%1» إلى «%2»؛ ويبقى «%1» قابلاً للعثور عليه بوصفه اسماً سابقاً.</translation>
        </message>
        <message>
            <source>Renamed “%1” to “%2”.</source>
            <translation>أُعيدت تسمية «%1» إلى «%2».</translation>
        </message>
        <message numerus="yes">
            <source>Merged %n term(s) into “%1”.</source>
            <translation>
                <numerusform>دُمج %n مصطلح في «%1».</numerusform>
                <numerusform>دُمج %n مصطلح في «%1».</numerusform>
                <numerusform>دُمج %n مصطلحان في «%1».</numerusform>
                <numerusform>دُمجت %n مصطلحات في «%1».</numerusform>
                <numerusform>دُمج %n مصطلحاً في «%1».</numerusform>
                <numerusform>دُمج %n مصطلح في «%1».</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
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
        <name>WindowDashboard</name>
        <message>
            <source>Dash&amp;board</source>
            <translation>&amp;لوحة المعلومات</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;لوحة المعلومات</translation>
        </message>
        <message>
            <source>Review &amp;dates…</source>
            <translation>&amp;تواريخ الاستعراض…</translation>
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
