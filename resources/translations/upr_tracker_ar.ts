<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>&lt;p&gt;UPR Tracker is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;It includes libraries and fonts under their own licences (among them Qt, under the LGPL-3.0): see the third-party notices.&lt;/p&gt;</source>
            <translation>&lt;p&gt;UPR Tracker برنامج حر: يمكنك إعادة توزيعه وتعديله وفق شروط رخصة جنو العمومية العامة، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق. ويُقدَّم دون أي ضمان.&lt;/p&gt;&lt;p&gt;ويتضمن مكتبات وخطوطًا خاضعة لتراخيصها الخاصة (ومنها Qt بموجب LGPL-3.0): انظر إشعارات الأطراف الثالثة.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>إشعارات الأطراف الثالثة</translation>
        </message>
        <message>
            <source>Third-party notices…</source>
            <translation>إشعارات الأطراف الثالثة…</translation>
        </message>
    </context>
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
        <name>App</name>
        <message>
            <source>Preparing the demo database…</source>
            <translation>جارٍ إعداد قاعدة البيانات التجريبية…</translation>
        </message>
        <message>
            <source>The database could not be opened.

%1</source>
            <translation>تعذّر فتح قاعدة البيانات.

%1</translation>
        </message>
        <message>
            <source>%1 could not be opened.

%2</source>
            <translation>تعذّر فتح %1.

%2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Edit the assessment</source>
            <translation>تعديل التقييم</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>إضافة تقييم</translation>
        </message>
        <message>
            <source>e.g. the NGO coalition, the Ombudsman, CEDAW</source>
            <translation>مثلاً: ائتلاف المنظمات غير الحكومية، أمين المظالم، اللجنة المعنية بالقضاء على التمييز ضد المرأة</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>مؤرَّخ</translation>
        </message>
        <message>
            <source>What shows it: a law, a report, a case…</source>
            <translation>ما يثبت ذلك: قانون، تقرير، قضية…</translation>
        </message>
        <message>
            <source>By whose account</source>
            <translation>وفقاً لمن</translation>
        </message>
        <message>
            <source>Name of the source</source>
            <translation>اسم المصدر</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
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
        <name>AssessmentsPage</name>
        <message>
            <source>By</source>
            <translation>وفقاً لـ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>&amp;Add an assessment…</source>
            <translation>إضافة تقييم…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>حذف</translation>
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
            <translation>تقدير UPR Info: لم تُنفَّذ 0، جزئياً 0.5، بالكامل 1؛ بالكامل ≥ 0.66، جزئياً ≥ 0.33، وإلا لم تُنفَّذ</translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)</source>
            <translation>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدر (من %3 إلى %4؛ %5)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدر (من %3 إلى %4؛ %5)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدرين (من %3 إلى %4؛ %5)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصادر (من %3 إلى %4؛ %5)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدراً (من %3 إلى %4؛ %5)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدر (من %3 إلى %4؛ %5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: mean %2 of 1 from %n source(s) (%3)</source>
            <translation>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدر (%3)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدر (%3)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدرين (%3)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصادر (%3)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدراً (%3)</numerusform>
                <numerusform>%1: المتوسط %2 من 1 استناداً إلى %n مصدر (%3)</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; not assessed yet</source>
            <translation>&lt;b&gt;المستوى المجمَّع:&lt;/b&gt; لم يُقيَّم بعد</translation>
        </message>
        <message>
            <source>&lt;b&gt;Combined level:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;المستوى المجمَّع:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&amp;Edit the assessment…</source>
            <translation>تعديل التقييم…</translation>
        </message>
        <message>
            <source>&amp;Delete the assessment</source>
            <translation>حذف التقييم</translation>
        </message>
    </context>
    <context>
        <name>AssignTextDialog</name>
        <message>
            <source>Assign the text to recommendations</source>
            <translation>إسناد النص إلى توصيات</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>إسناد</translation>
        </message>
        <message>
            <source>line </source>
            <translation>السطر </translation>
        </message>
        <message>
            <source>The text from line %1 of %2 lost its recommendation numbers. Tick the recommendations it answers.</source>
            <translation>فقد النص ابتداءً من السطر %1 من %2 أرقام توصياته. حدِّد التوصيات التي يردّ عليها.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>It ends at</source>
            <translation>ينتهي عند</translation>
        </message>
        <message>
            <source>It answers</source>
            <translation>يردّ على</translation>
        </message>
        <message>
            <source>Unanswered in this document: %1</source>
            <translation>بلا رد في هذه الوثيقة: %1</translation>
        </message>
        <message>
            <source>Tick these</source>
            <translation>تحديد هذه</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>الموقف:</translation>
        </message>
        <message>
            <source>Its words: %1 (“%2”)</source>
            <translation>عباراته: %1 (”%2“)</translation>
        </message>
        <message>
            <source>Its words: %1</source>
            <translation>عباراته: %1</translation>
        </message>
        <message>
            <source>Tick the recommendations the text answers.</source>
            <translation>حدِّد التوصيات التي يردّ عليها النص.</translation>
        </message>
    </context>
    <context>
        <name>AuthorName</name>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Your name is recorded with every change you make, so that colleagues can see who changed what (the audit trail). The command line records your changes under it too.

Your name or initials:</source>
            <translation>يُسجَّل اسمك مع كل تغيير تجريه، ليرى زملاؤك من غيّر ماذا (سجل التغييرات). ويسجّل سطر الأوامر تغييراتك باسمك أيضاً.

اسمك أو الأحرف الأولى منه:</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file you choose. It is restored into a new, empty database with: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).</source>
            <translation>تُنسخ قاعدة بيانات الفريق الموجودة على خادم نسخاً احتياطياً باستخدام pg_dump: يكتب الأمر ملف ▸ نسخ احتياطي الآن نسخةً في ملف تختاره. وتُستعاد في قاعدة بيانات جديدة فارغة بالأمر: upr-tracker restore --db postgresql://USER@HOST:PORT/DATABASE --from FILE (أو يستعيدها مدير الخادم باستخدام pg_restore).</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>مجدولة</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>يدوية</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>قبل ترقية</translation>
        </message>
        <message>
            <source>Before a restore (unreadable file)</source>
            <translation>قبل استعادة (ملف غير قابل للقراءة)</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>قبل استعادة</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: the disk is full. The database itself is unchanged. Free some space on it, then choose File ▸ Back up now.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية من %1 في %2: القرص ممتلئ. لم تتغير قاعدة البيانات نفسها. أفرِغ بعض المساحة على القرص، ثم اختر ملف ▸ نسخ احتياطي الآن.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: that folder cannot be written to. The database itself is unchanged. Make the folder writable (or move the database), then choose File ▸ Back up now.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية من %1 في %2: لا يمكن الكتابة في ذلك المجلد. لم تتغير قاعدة البيانات نفسها. اجعل المجلد قابلاً للكتابة (أو انقل قاعدة البيانات)، ثم اختر ملف ▸ نسخ احتياطي الآن.</translation>
        </message>
        <message>
            <source>The backup of %1 could not be written to %2: %3. The database itself is unchanged. Check the folder, then choose File ▸ Back up now.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية من %1 في %2: %3. لم تتغير قاعدة البيانات نفسها. تحقّق من المجلد، ثم اختر ملف ▸ نسخ احتياطي الآن.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 ميغابايت</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 كيلوبايت</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Reading the backup folder…</source>
            <translation>جارٍ قراءة مجلد النسخ الاحتياطية…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>استعادة…</translation>
        </message>
        <message>
            <source>Back up automatically while UPR Tracker is open, every</source>
            <translation>النسخ الاحتياطي تلقائياً أثناء فتح UPR Tracker، كل</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> ساعة</translation>
        </message>
        <message>
            <source>(only if something changed)</source>
            <translation>(فقط إذا تغيّر شيء)</translation>
        </message>
        <message>
            <source>Keep the last</source>
            <translation>الاحتفاظ بآخر</translation>
        </message>
        <message>
            <source>scheduled backups.</source>
            <translation>نسخة احتياطية مجدولة.</translation>
        </message>
        <message>
            <source>Backups taken with Back up now, and those taken before an upgrade or a restore, are never removed automatically.</source>
            <translation>النسخ الاحتياطية المأخوذة بالأمر «نسخ احتياطي الآن»، وتلك المأخوذة قبل ترقية أو استعادة، لا تُحذف تلقائياً أبداً.</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>النسخ الاحتياطية التلقائية</translation>
        </message>
        <message>
            <source>Backups of %1: choose the one to put back.</source>
            <translation>النسخ الاحتياطية من %1: اختر النسخة التي تريد استعادتها.</translation>
        </message>
        <message>
            <source>Backups of %1</source>
            <translation>النسخ الاحتياطية من %1</translation>
        </message>
        <message>
            <source>Kept in %1</source>
            <translation>محفوظة في %1</translation>
        </message>
        <message>
            <source>No backups yet: Back up now takes the first one.</source>
            <translation>لا توجد نسخ احتياطية بعد: يأخذ الأمر «نسخ احتياطي الآن» أول نسخة.</translation>
        </message>
    </context>
    <context>
        <name>BundleDialogs</name>
        <message>
            <source>UPR Tracker bundles (*.uprbundle);;All files (*)</source>
            <translation>حزم UPR Tracker (*.uprbundle);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>UPR Tracker keys (*.uprkey);;All files (*)</source>
            <translation>مفاتيح UPR Tracker (*.uprkey);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>A team database on a server exchanges changes with laptops by sync (File ▸ Sync now), not by bundle files.</source>
            <translation>تتبادل قاعدة بيانات الفريق الموجودة على خادم التغييرات مع الحواسيب المحمولة عن طريق المزامنة (ملف ▸ مزامنة الآن)، لا عن طريق ملفات الحزم.</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 كيلوبايت</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 ميغابايت</translation>
        </message>
        <message numerus="yes">
            <source>%n changed record(s)</source>
            <translation>
                <numerusform>%n سجل مُغيَّر</numerusform>
                <numerusform>%n سجل مُغيَّر</numerusform>
                <numerusform>%n سجلان مُغيَّران</numerusform>
                <numerusform>%n سجلات مُغيَّرة</numerusform>
                <numerusform>%n سجلاً مُغيَّراً</numerusform>
                <numerusform>%n سجل مُغيَّر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here yet: see the log).</source>
            <translation>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجل، و%3 في الانتظار (غير ممكن هنا بعد: راجع السجل).</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجل، و%3 في الانتظار (غير ممكن هنا بعد: راجع السجل).</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجلان، و%3 في الانتظار (غير ممكن هنا بعد: راجع السجل).</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّرت %n سجلات، و%3 في الانتظار (غير ممكن هنا بعد: راجع السجل).</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجلاً، و%3 في الانتظار (غير ممكن هنا بعد: راجع السجل).</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجل، و%3 في الانتظار (غير ممكن هنا بعد: راجع السجل).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %1 from %2: %n record(s) changed.</source>
            <translation>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجل.</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجل.</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجلان.</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّرت %n سجلات.</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجلاً.</numerusform>
                <numerusform>طُبِّق %1 من %2: تغيّر %n سجل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) await your decision.</source>
            <translation>
                <numerusform>%n تعارض ينتظر قرارك.</numerusform>
                <numerusform>%n تعارض ينتظر قرارك.</numerusform>
                <numerusform>%n تعارضان ينتظران قرارك.</numerusform>
                <numerusform>%n تعارضات تنتظر قرارك.</numerusform>
                <numerusform>%n تعارضاً ينتظر قرارك.</numerusform>
                <numerusform>%n تعارض ينتظر قرارك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote %1 for %2: %3, %4.</source>
            <translation>كُتب %1 لـ %2: %3، %4.</translation>
        </message>
        <message>
            <source>Wrote %1: %2, %3.</source>
            <translation>كُتب %1: %2، %3.</translation>
        </message>
        <message>
            <source>Changes written</source>
            <translation>كُتبت التغييرات</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>جارٍ كتابة التغييرات…</translation>
        </message>
        <message>
            <source>Changes received</source>
            <translation>استُلمت التغييرات</translation>
        </message>
        <message>
            <source>Nothing was applied from %1.</source>
            <translation>لم يُطبَّق أي شيء من %1.</translation>
        </message>
        <message>
            <source>Applying the changes…</source>
            <translation>جارٍ تطبيق التغييرات…</translation>
        </message>
        <message>
            <source>Save this laptop's key</source>
            <translation>حفظ مفتاح هذا الحاسوب المحمول</translation>
        </message>
        <message>
            <source>Saved the key of %1 to %2 (fingerprint %3). Give it to your colleagues; compare the fingerprint with them when they trust it.</source>
            <translation>حُفظ مفتاح %1 في %2 (البصمة %3). سلّمه إلى زملائك؛ وقارن البصمة معهم عندما يعتمدونه.</translation>
        </message>
        <message>
            <source>Key saved</source>
            <translation>حُفظ المفتاح</translation>
        </message>
        <message>
            <source>A colleague's key file</source>
            <translation>ملف مفتاح أحد الزملاء</translation>
        </message>
        <message>
            <source>Trusted %1 (fingerprint %2).</source>
            <translation>اعتُمد %1 (البصمة %2).</translation>
        </message>
        <message>
            <source>Colleague trusted</source>
            <translation>اعتُمد الزميل</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingPanel</name>
        <message>
            <source>Columns of this table</source>
            <translation>أعمدة هذا الجدول</translation>
        </message>
        <message>
            <source>This table is not a UPR Info or UHRI export. Say which column holds what: the recommendation's text is required, the rest is imported when given.</source>
            <translation>هذا الجدول ليس ملفاً مُصدَّراً من UPR Info ولا من UHRI. بيِّن ما يحتويه كل عمود: نص التوصية مطلوب، ويُستورد الباقي إن وُجد.</translation>
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
            <translation>حفظ المطابقة باسم…</translation>
        </message>
        <message>
            <source>Preview with these columns</source>
            <translation>معاينة بهذه الأعمدة</translation>
        </message>
        <message>
            <source>Saved mappings:</source>
            <translation>المطابقات المحفوظة:</translation>
        </message>
        <message>
            <source>Choose a saved mapping…</source>
            <translation>اختر مطابقة محفوظة…</translation>
        </message>
        <message>
            <source>None saved yet</source>
            <translation>لا توجد مطابقة محفوظة بعد</translation>
        </message>
        <message>
            <source>Save the column mapping</source>
            <translation>حفظ مطابقة الأعمدة</translation>
        </message>
        <message>
            <source>Name of the mapping (to use it again for tables like this one):</source>
            <translation>اسم المطابقة (لاستخدامها مجدداً مع جداول مماثلة):</translation>
        </message>
    </context>
    <context>
        <name>CombineDialog</name>
        <message>
            <source>Combine: %1</source>
            <translation>دمج: %1</translation>
        </message>
        <message>
            <source>The value to keep:</source>
            <translation>القيمة المراد الاحتفاظ بها:</translation>
        </message>
        <message>
            <source>Write the value to keep (every version is here to start from):</source>
            <translation>اكتب القيمة المراد الاحتفاظ بها (جميع النسخ موجودة هنا لتبدأ منها):</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>الاحتفاظ بهذه القيمة</translation>
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
        <name>ConflictListModel</name>
        <message numerus="yes">
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n نسخة</numerusform>
                <numerusform>%n نسخة</numerusform>
                <numerusform>%n نسختان</numerusform>
                <numerusform>%n نسخ</numerusform>
                <numerusform>%n نسخةً</numerusform>
                <numerusform>%n نسخة</numerusform>
            </translation>
        </message>
        <message>
            <source>Resolved by %1 · %2</source>
            <translation>حلّه %1 · %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>(confidential note: not readable here)</source>
            <translation>(ملاحظة سرية: لا يمكن قراءتها هنا)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>This database is open to be read only here: conflicts are resolved by an editor.</source>
            <translation>قاعدة البيانات هذه مفتوحة هنا للقراءة فقط: يحلّ التعارضاتِ محرّرٌ.</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <source>Conflicts between databases</source>
            <translation>التعارضات بين قواعد البيانات</translation>
        </message>
        <message>
            <source>No conflicts.

When two databases (laptops, the team server) changed the same field differently before they synced, both versions are kept and listed here for you to choose.</source>
            <translation>لا توجد تعارضات.

عندما تغيّر قاعدتا بيانات (حواسيب محمولة، خادم الفريق) الحقل نفسه بطريقتين مختلفتين قبل مزامنتهما، يُحتفظ بالنسختين وتُعرضان هنا لتختار بينهما.</translation>
        </message>
        <message>
            <source>Combine…</source>
            <translation>دمج…</translation>
        </message>
        <message>
            <source>Show the recommendation</source>
            <translation>عرض التوصية</translation>
        </message>
        <message>
            <source>Choose a conflict to see its versions side by side.</source>
            <translation>اختر تعارضاً لترى نسخه جنباً إلى جنب.</translation>
        </message>
        <message>
            <source>Reading the conflicts…</source>
            <translation>جارٍ قراءة التعارضات…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>%1 مفتوحة، %2 محلولة</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 مفتوحة</translation>
        </message>
        <message>
            <source>Version %1 (in the record now)</source>
            <translation>النسخة %1 (الموجودة في السجل الآن)</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>النسخة %1</translation>
        </message>
        <message>
            <source>By %1 · database: %2
%3</source>
            <translation>بواسطة %1 · قاعدة البيانات: %2
%3</translation>
        </message>
        <message>
            <source>at an unknown time</source>
            <translation>في وقت غير معروف</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>الاحتفاظ بهذه</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
        <message>
            <source>Resolved by %1 on %2.</source>
            <translation>حلّه %1 في %2.</translation>
        </message>
        <message>
            <source>Resolved by %1.</source>
            <translation>حلّه %1.</translation>
        </message>
        <message>
            <source>The record is not in this database (deleted here, or not received yet).</source>
            <translation>السجل غير موجود في قاعدة البيانات هذه (حُذف هنا، أو لم يُستلم بعد).</translation>
        </message>
        <message>
            <source>A confidential note you may not read here: resolve it where it can be read.</source>
            <translation>ملاحظة سرية لا يحق لك قراءتها هنا: احلل التعارض حيث يمكن قراءتها.</translation>
        </message>
        <message>
            <source>Changed differently on two databases before they synced. Until you choose, the record holds the latest version; keep one, or combine them.</source>
            <translation>غُيّر بطريقتين مختلفتين في قاعدتي بيانات قبل مزامنتهما. وإلى أن تختار، يحتفظ السجل بأحدث نسخة؛ احتفظ بإحداهما أو ادمجهما.</translation>
        </message>
        <message>
            <source>Kept version %1 (%2, %3).</source>
            <translation>احتُفظ بالنسخة %1 (%2، %3).</translation>
        </message>
        <message>
            <source>Combined value kept.</source>
            <translation>احتُفظ بالقيمة المدمجة.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseDialog</name>
        <message>
            <source>Copy database to…</source>
            <translation>نسخ قاعدة البيانات إلى…</translation>
        </message>
        <message>
            <source>Copies everything in %1 (history, audit trail, notes, attachments, saved searches) into a new file or a team server's database, then checks the copy.</source>
            <translation>ينسخ كل ما في %1 (السجل التاريخي، وسجل التغييرات، والملاحظات، والمرفقات، وعمليات البحث المحفوظة) إلى ملف جديد أو إلى قاعدة بيانات على خادم الفريق، ثم يتحقق من النسخة.</translation>
        </message>
        <message>
            <source>a file, or postgresql://user@host:5432/database</source>
            <translation>ملف، أو postgresql://user@host:5432/database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>Copy to:</source>
            <translation>النسخ إلى:</translation>
        </message>
        <message>
            <source>a file: leave empty for no encryption</source>
            <translation>ملف: اتركها فارغة لعدم التشفير</translation>
        </message>
        <message>
            <source>Encrypt with passphrase:</source>
            <translation>التشفير بعبارة المرور:</translation>
        </message>
        <message>
            <source>a server: if ~/.pgpass or PGPASSWORD does not give it</source>
            <translation>خادم: إذا لم يوفّرها ‎~/.pgpass أو PGPASSWORD</translation>
        </message>
        <message>
            <source>Server password:</source>
            <translation>كلمة مرور الخادم:</translation>
        </message>
        <message>
            <source>Add to what the target already holds (records already there are skipped)</source>
            <translation>الإضافة إلى ما يحتويه الهدف (تُتخطّى السجلات الموجودة فيه)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy the database to</source>
            <translation>نسخ قاعدة البيانات إلى</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.sqlite)</source>
            <translation>قواعد بيانات UPR Tracker (*.sqlite3 *.sqlite)</translation>
        </message>
        <message>
            <source>Say where to copy the database: a file, or a server's address.</source>
            <translation>حدّد مكان نسخ قاعدة البيانات: ملف، أو عنوان خادم.</translation>
        </message>
        <message>
            <source>A server's database is not encrypted with a passphrase: leave the passphrase empty (the server's own access rules protect it).</source>
            <translation>لا تُشفَّر قاعدة البيانات على الخادم بعبارة مرور: اترك عبارة المرور فارغة (تحميها قواعد الوصول الخاصة بالخادم).</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the JSON exports of both sides are the same.</source>
            <translation>
                <numerusform>نُسخت %1 إلى %2: %n صف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها، وملفات JSON المصدَّرة من الجانبين متطابقة.</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها، وملفات JSON المصدَّرة من الجانبين متطابقة.</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صفّان في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها، وملفات JSON المصدَّرة من الجانبين متطابقة.</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صفوف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها، وملفات JSON المصدَّرة من الجانبين متطابقة.</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صفاً في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها، وملفات JSON المصدَّرة من الجانبين متطابقة.</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها، وملفات JSON المصدَّرة من الجانبين متطابقة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the exports were not compared (merged into other data).</source>
            <translation>
                <numerusform>نُسخت %1 إلى %2: %n صف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها؛ ولم تُقارَن الملفات المصدَّرة (دُمجت في بيانات أخرى).</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها؛ ولم تُقارَن الملفات المصدَّرة (دُمجت في بيانات أخرى).</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صفّان في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها؛ ولم تُقارَن الملفات المصدَّرة (دُمجت في بيانات أخرى).</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صفوف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها؛ ولم تُقارَن الملفات المصدَّرة (دُمجت في بيانات أخرى).</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صفاً في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها؛ ولم تُقارَن الملفات المصدَّرة (دُمجت في بيانات أخرى).</numerusform>
                <numerusform>نُسخت %1 إلى %2: %n صف في %3 ث. يحتوي كل جدول على الصفوف التي ينبغي أن يحتويها؛ ولم تُقارَن الملفات المصدَّرة (دُمجت في بيانات أخرى).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were already there and were skipped.</source>
            <translation>
                <numerusform>%n سجل كان موجوداً بالفعل فتُخطّي.</numerusform>
                <numerusform>%n سجل كان موجوداً بالفعل فتُخطّي.</numerusform>
                <numerusform>%n سجلان كانا موجودين بالفعل فتُخطّيا.</numerusform>
                <numerusform>%n سجلات كانت موجودة بالفعل فتُخطّيت.</numerusform>
                <numerusform>%n سجلاً كانت موجودة بالفعل فتُخطّيت.</numerusform>
                <numerusform>%n سجل كانت موجودة بالفعل فتُخطّيت.</numerusform>
            </translation>
        </message>
        <message>
            <source>Database copied</source>
            <translation>نُسخت قاعدة البيانات</translation>
        </message>
        <message>
            <source>Copying the database…</source>
            <translation>جارٍ نسخ قاعدة البيانات…</translation>
        </message>
    </context>
    <context>
        <name>CorrectPositionDialog</name>
        <message>
            <source>Correct the position</source>
            <translation>تصحيح الموقف</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>تصحيح</translation>
        </message>
        <message>
            <source>%1 in %2: record the position the State gives, as you read it in the document.</source>
            <translation>%1 في %2: سجِّل الموقف الذي تعلنه الدولة كما تقرؤه في الوثيقة.</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>الموقف:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>لـ:</translation>
        </message>
        <message>
            <source>Tick the recommendations to correct.</source>
            <translation>حدِّد التوصيات المراد تصحيحها.</translation>
        </message>
    </context>
    <context>
        <name>CountryBrief</name>
        <message>
            <source>Country brief: %1</source>
            <translation>موجز قطري: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>عدد التوصيات: %n</numerusform>
                <numerusform>عدد التوصيات: %n</numerusform>
                <numerusform>عدد التوصيات: %n</numerusform>
                <numerusform>عدد التوصيات: %n</numerusform>
                <numerusform>عدد التوصيات: %n</numerusform>
                <numerusform>عدد التوصيات: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>موجز</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Recommendations by the State's current position</source>
            <translation>التوصيات حسب الموقف الحالي للدولة</translation>
        </message>
        <message>
            <source>The State considers %1 of them already implemented or in the process of implementation.</source>
            <translation>ترى الدولة أن %1 منها قد نُفِّذت بالفعل أو أنها قيد التنفيذ.</translation>
        </message>
        <message>
            <source>The position of %1 of them is still to be verified against the source document.</source>
            <translation>لا يزال يتعين التحقق من الموقف بشأن %1 منها بالرجوع إلى الوثيقة المصدر.</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level</source>
            <translation>التوصيات حسب المستوى المجمَّع للتنفيذ</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Recommendations by theme (a recommendation with several themes counts under each)</source>
            <translation>التوصيات حسب الموضوع (تُحسب التوصية المتعلقة بعدة مواضيع تحت كل منها)</translation>
        </message>
        <message>
            <source>Recommendations by theme (OHCHR themes; a recommendation with several themes counts under each)</source>
            <translation>التوصيات حسب الموضوع (مواضيع المفوضية السامية لحقوق الإنسان؛ تُحسب التوصية المتعلقة بعدة مواضيع تحت كل منها)</translation>
        </message>
        <message>
            <source>Recommendations by affected persons (a recommendation with several counts under each)</source>
            <translation>التوصيات حسب الأشخاص المتأثرين (تُحسب التوصية المتعلقة بعدة فئات تحت كل منها)</translation>
        </message>
        <message>
            <source>Recommendations by %1 (a recommendation with several counts under each)</source>
            <translation>التوصيات حسب %1 (تُحسب التوصية المتعلقة بعدة بنود تحت كل منها)</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>الرسوم البيانية</translation>
        </message>
        <message>
            <source>Recommendations by position</source>
            <translation>التوصيات حسب الموقف</translation>
        </message>
        <message>
            <source>Recommendations by implementation level</source>
            <translation>التوصيات حسب مستوى التنفيذ</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>لا توجد بيانات</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (تابع)</translation>
        </message>
        <message>
            <source>The themes are the %1, the vocabulary that classifies most of these recommendations; each line names its other terms (%2).</source>
            <translation>المواضيع هي مواضيع تصنيف «%1»، وهو التصنيف الذي يشمل معظم هذه التوصيات؛ ويذكر كل سطر مصطلحاته الأخرى (%2).</translation>
        </message>
        <message>
            <source>The themes are the %1.</source>
            <translation>المواضيع هي مواضيع تصنيف «%1».</translation>
        </message>
        <message numerus="yes">
            <source>A recommendation with several themes is listed under each of them (%n of the %1 recommendations have more than one). Recommendations without a theme are listed under “%2”.</source>
            <translation>
                <numerusform>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها (عدد هذه التوصيات: %n من أصل %1). وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</numerusform>
                <numerusform>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها (عدد هذه التوصيات: %n من أصل %1). وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</numerusform>
                <numerusform>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها (عدد هذه التوصيات: %n من أصل %1). وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</numerusform>
                <numerusform>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها (عدد هذه التوصيات: %n من أصل %1). وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</numerusform>
                <numerusform>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها (عدد هذه التوصيات: %n من أصل %1). وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</numerusform>
                <numerusform>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها (عدد هذه التوصيات: %n من أصل %1). وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</numerusform>
            </translation>
        </message>
        <message>
            <source>A recommendation with several themes is listed under each of them. Recommendations without a theme are listed under “%2”.</source>
            <translation>تُدرج التوصية المتعلقة بعدة مواضيع تحت كل منها. وتُدرج التوصيات التي ليس لها موضوع تحت «%2».</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes included).</source>
            <translation>يذكر كل سطر أحدث مَعلم من معالم التنفيذ المرتبطة بالتوصية وأحدث ملاحظة متابعة (بما في ذلك الملاحظات السرية).</translation>
        </message>
        <message>
            <source>Each line gives the latest milestone linked to the recommendation and the latest follow-up note (confidential notes are not included in this brief).</source>
            <translation>يذكر كل سطر أحدث مَعلم من معالم التنفيذ المرتبطة بالتوصية وأحدث ملاحظة متابعة (لا يتضمن هذا الموجز الملاحظات السرية).</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>التوصيات حسب الموضوع</translation>
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
        <name>DatabaseOpening</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصيتان</numerusform>
                <numerusform>%n توصيات</numerusform>
                <numerusform>%n توصيةً</numerusform>
                <numerusform>%n توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظتان</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظةً</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

It has %n backup(s), the newest from %2. Restore the newest one that is sound? The file as it is now is kept in the backup folder.</source>
            <translation>
                <numerusform>%1

لها %n نسخة احتياطية، أحدثها من %2. هل تستعيد أحدث نسخة سليمة؟ يُحتفظ بالملف بحالته الراهنة في مجلد النسخ الاحتياطية.</numerusform>
                <numerusform>%1

لها %n نسخة احتياطية، أحدثها من %2. هل تستعيد أحدث نسخة سليمة؟ يُحتفظ بالملف بحالته الراهنة في مجلد النسخ الاحتياطية.</numerusform>
                <numerusform>%1

لها %n نسختان احتياطيتان، أحدثهما من %2. هل تستعيد أحدث نسخة سليمة؟ يُحتفظ بالملف بحالته الراهنة في مجلد النسخ الاحتياطية.</numerusform>
                <numerusform>%1

لها %n نسخ احتياطية، أحدثها من %2. هل تستعيد أحدث نسخة سليمة؟ يُحتفظ بالملف بحالته الراهنة في مجلد النسخ الاحتياطية.</numerusform>
                <numerusform>%1

لها %n نسخةً احتياطية، أحدثها من %2. هل تستعيد أحدث نسخة سليمة؟ يُحتفظ بالملف بحالته الراهنة في مجلد النسخ الاحتياطية.</numerusform>
                <numerusform>%1

لها %n نسخة احتياطية، أحدثها من %2. هل تستعيد أحدث نسخة سليمة؟ يُحتفظ بالملف بحالته الراهنة في مجلد النسخ الاحتياطية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>جارٍ التحقق من %1…</translation>
        </message>
        <message>
            <source>Encryption change finished</source>
            <translation>اكتمل تغيير التشفير</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>جارٍ فتح %1…</translation>
        </message>
        <message>
            <source>Restoring %1 from its newest sound backup…</source>
            <translation>جارٍ استعادة %1 من أحدث نسخة احتياطية سليمة منها…</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>استُعيدت قاعدة البيانات</translation>
        </message>
        <message>
            <source>%1 was restored from %2 (%3, %4).</source>
            <translation>استُعيدت %1 من %2 (%3، %4).</translation>
        </message>
        <message>
            <source>no database can be made at %1: %2</source>
            <translation>لا يمكن إنشاء قاعدة بيانات في %1: %2</translation>
        </message>
        <message>
            <source>it was opened to be read</source>
            <translation>فُتحت للقراءة</translation>
        </message>
        <message>
            <source>%1 is opened read-only (%2): nothing can be changed in it.</source>
            <translation>%1 مفتوحة للقراءة فقط (%2): لا يمكن تغيير أي شيء فيها.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>مفتوحة للقراءة فقط</translation>
        </message>
        <message>
            <source>%1

You can read, search, export and write reports. To change it, copy it to a folder that can be written and open the copy.</source>
            <translation>%1

يمكنك القراءة والبحث والتصدير وكتابة التقارير. ولتغييرها، انسخها إلى مجلد تمكن الكتابة فيه وافتح النسخة.</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1 (للقراءة فقط)</translation>
        </message>
        <message>
            <source>%1 could not be opened.</source>
            <translation>تعذّر فتح %1.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>الاستعادة من النسخة الاحتياطية</translation>
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
        <name>Display</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (تُعتبر منفَّذة)</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>مواضيع UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>مواضيع المفوضية السامية لحقوق الإنسان</translation>
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
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentImportFlow</name>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 rows</source>
            <translation>%1: %2، عدد الصفوف: %3</translation>
        </message>
        <message>
            <source>Recommendations: %1 created, %2 updated, %3 unchanged</source>
            <translation>التوصيات: أُنشئ %1، وحُدِّث %2، ولم يتغيّر %3</translation>
        </message>
        <message>
            <source>Skipped: %1 rows (%2)</source>
            <translation>الصفوف المتجاوَزة: %1 (%2)</translation>
        </message>
        <message>
            <source>Bad row skipped: %1</source>
            <translation>صف خاطئ متجاوَز: %1</translation>
        </message>
        <message>
            <source>%1: UPR Tracker export</source>
            <translation>%1: ملف مُصدَّر من UPR Tracker</translation>
        </message>
        <message>
            <source>%1: %2 created, %3 unchanged</source>
            <translation>%1: أُنشئ %2، ولم يتغيّر %3</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>مشكلة: %1</translation>
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
            <translation>%1، الجولة %2، الدورة %3</translation>
        </message>
        <message>
            <source>%1, cycle %2</source>
            <translation>%1، الجولة %2</translation>
        </message>
        <message>
            <source>Responses: %1 created, %2 updated, %3 unchanged</source>
            <translation>الردود: أُنشئ %1، وحُدِّث %2، ولم يتغيّر %3</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <comment>the recommendations concerned, then the problem</comment>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>السطر %1: %2</translation>
        </message>
        <message>
            <source>To review: %1</source>
            <translation>للمراجعة: %1</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد %1…</translation>
        </message>
        <message>
            <source>%1: not imported (no kind chosen)</source>
            <translation>%1: لم يُستورد (لم يُختر النوع)</translation>
        </message>
        <message>
            <source>%1: not imported (no state chosen)</source>
            <translation>%1: لم يُستورد (لم تُختر الدولة)</translation>
        </message>
        <message>
            <source>%1: not imported (no cycle chosen)</source>
            <translation>%1: لم يُستورد (لم تُختر الجولة)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 does not say which review it belongs to.
Choose the cycle:</source>
            <translation>لا يبيّن %1 الاستعراض الذي ينتمي إليه.
اختر الجولة:</translation>
        </message>
        <message>
            <source>%1.
Choose the kind of document:</source>
            <translation>%1.
اختر نوع الوثيقة:</translation>
        </message>
        <message>
            <source>%1.
Choose the State:</source>
            <translation>%1.
اختر الدولة:</translation>
        </message>
        <message>
            <source>Which kind?</source>
            <translation>أي نوع؟</translation>
        </message>
        <message>
            <source>Which state?</source>
            <translation>أي دولة؟</translation>
        </message>
        <message>
            <source>Which cycle?</source>
            <translation>أي جولة؟</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>لم يُستورد أي مستند (%n): توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد مستند واحد (%n): توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد مستندان (%n): توصيات جديدة: %1.</numerusform>
                <numerusform>استُوردت %n مستندات: توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد %n مستنداً: توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد %n مستند: توصيات جديدة: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to review: the recommendations concerned are marked “needs review”.</source>
            <translation>
                <numerusform>لا توجد نقاط للمراجعة (%n): التوصيات المعنية موسومة بعبارة ”تحتاج إلى مراجعة“.</numerusform>
                <numerusform>نقطة واحدة للمراجعة (%n): التوصيات المعنية موسومة بعبارة ”تحتاج إلى مراجعة“.</numerusform>
                <numerusform>نقطتان للمراجعة (%n): التوصيات المعنية موسومة بعبارة ”تحتاج إلى مراجعة“.</numerusform>
                <numerusform>%n نقاط للمراجعة: التوصيات المعنية موسومة بعبارة ”تحتاج إلى مراجعة“.</numerusform>
                <numerusform>%n نقطة للمراجعة: التوصيات المعنية موسومة بعبارة ”تحتاج إلى مراجعة“.</numerusform>
                <numerusform>%n نقطة للمراجعة: التوصيات المعنية موسومة بعبارة ”تحتاج إلى مراجعة“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) of a later cycle seem to repeat one of the cycle before: choose Suggested, to decide in the Again (recommended again) filter, and accept or reject each in the recommendation's panel.</source>
            <translation>
                <numerusform>لا توجد توصيات (%n) من جولة لاحقة يبدو أنها تكرر توصية من الجولة السابقة.</numerusform>
                <numerusform>توصية واحدة (%n) من جولة لاحقة يبدو أنها تكرر توصية من الجولة السابقة: اختر ”مقترحة“ في عامل التصفية ”مجدداً“ (أُوصي بها مجدداً) لتقرر، ثم اقبل كل واحدة أو ارفضها في لوحة التوصية.</numerusform>
                <numerusform>توصيتان (%n) من جولة لاحقة يبدو أنهما تكرران توصيتين من الجولة السابقة: اختر ”مقترحة“ في عامل التصفية ”مجدداً“ (أُوصي بها مجدداً) لتقرر، ثم اقبل كل واحدة أو ارفضها في لوحة التوصية.</numerusform>
                <numerusform>%n توصيات من جولة لاحقة يبدو أنها تكرر توصيات من الجولة السابقة: اختر ”مقترحة“ في عامل التصفية ”مجدداً“ (أُوصي بها مجدداً) لتقرر، ثم اقبل كل واحدة أو ارفضها في لوحة التوصية.</numerusform>
                <numerusform>%n توصية من جولة لاحقة يبدو أنها تكرر توصيات من الجولة السابقة: اختر ”مقترحة“ في عامل التصفية ”مجدداً“ (أُوصي بها مجدداً) لتقرر، ثم اقبل كل واحدة أو ارفضها في لوحة التوصية.</numerusform>
                <numerusform>%n توصية من جولة لاحقة يبدو أنها تكرر توصيات من الجولة السابقة: اختر ”مقترحة“ في عامل التصفية ”مجدداً“ (أُوصي بها مجدداً) لتقرر، ثم اقبل كل واحدة أو ارفضها في لوحة التوصية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):
%1</source>
            <translation>لم تُستورد (لم يُكتب شيء منها):
%1</translation>
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
        <name>EditCommands</name>
        <message>
            <source>Change %1 of themes</source>
            <translation>تغيير مواضيع %1</translation>
        </message>
        <message>
            <source>Change %1 of sdgs</source>
            <translation>تغيير أهداف التنمية المستدامة لـ %1</translation>
        </message>
        <message>
            <source>Change %1 of affected persons</source>
            <translation>تغيير الأشخاص المتأثرين لـ %1</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>تغيير %2 لـ %1</translation>
        </message>
        <message>
            <source>Change the action category of %1</source>
            <translation>تغيير فئة الإجراء لـ %1</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <source>Edit a note</source>
            <translation>تعديل ملاحظة</translation>
        </message>
        <message>
            <source>Delete a note</source>
            <translation>حذف ملاحظة</translation>
        </message>
        <message>
            <source>Add an assessment</source>
            <translation>إضافة تقييم</translation>
        </message>
        <message>
            <source>Edit an assessment</source>
            <translation>تعديل تقييم</translation>
        </message>
        <message>
            <source>Delete an assessment</source>
            <translation>حذف تقييم</translation>
        </message>
        <message>
            <source>Link %1 recommendations to “%2”</source>
            <translation>ربط توصيات (%1) بـ ”%2“</translation>
        </message>
        <message>
            <source>Add recommendation %1</source>
            <translation>إضافة التوصية %1</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>إضافة توصية</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>تعديل التوصية %1</translation>
        </message>
        <message>
            <source>Edit recommendation</source>
            <translation>تعديل التوصية</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Changed by someone else just now.</source>
            <translation>عدّله شخص آخر للتو.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>عدّله شخص آخر</translation>
        </message>
        <message>
            <source>&amp;Reload (discard mine)</source>
            <translation>إعادة التحميل (تجاهل نسختي)</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>الإبقاء على نسختي</translation>
        </message>
        <message>
            <source>Save your version over theirs (the history records that it replaced theirs)</source>
            <translation>حفظ نسختك بدلاً من نسختهم (يسجّل سجل التغييرات أنها حلّت محل نسختهم)</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>الإبقاء على الاثنتين</translation>
        </message>
        <message>
            <source>Keep their note as it is and save yours as a new note</source>
            <translation>الإبقاء على ملاحظتهم كما هي وحفظ ملاحظتك كملاحظة جديدة</translation>
        </message>
        <message>
            <source>Their change:</source>
            <translation>تعديلهم:</translation>
        </message>
        <message>
            <source>Yours:</source>
            <translation>تعديلك:</translation>
        </message>
        <message>
            <source>Someone else changed this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>عدّل شخص آخر هذه التوصية بعد أن بدأت تعديلها. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else deleted this recommendation after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>حذف شخص آخر هذه التوصية بعد أن بدأت تعديلها. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else changed this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>عدّل شخص آخر هذه الملاحظة بعد أن بدأت تعديلها. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else deleted this note after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>حذف شخص آخر هذه الملاحظة بعد أن بدأت تعديلها. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else changed this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>عدّل شخص آخر هذا التقييم بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else deleted this assessment after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>حذف شخص آخر هذا التقييم بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else changed this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>عدّل شخص آخر هذا الموقف بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else deleted this position after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>حذف شخص آخر هذا الموقف بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else changed this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>عدّل شخص آخر هذا السجل بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else deleted this record after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>حذف شخص آخر هذا السجل بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>حذف شخص آخر هذا العنصر (%1) بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
        <message>
            <source>Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: choose what to keep.</source>
            <translation>عدّل شخص آخر هذا العنصر (%1) بعد أن بدأت تعديله. لم يُحفظ شيء مما أدخلته بعد: اختر ما تريد الإبقاء عليه.</translation>
        </message>
    </context>
    <context>
        <name>EncodingRow</name>
        <message>
            <source>Detect automatically</source>
            <translation>الكشف تلقائياً</translation>
        </message>
        <message>
            <source>If the preview's text looks wrong (odd letters or symbols inside words), choose the encoding the file was saved in: the preview follows.</source>
            <translation>إذا بدا نص المعاينة خاطئاً (حروف أو رموز غريبة داخل الكلمات)، فاختر الترميز الذي حُفظ به الملف: تتبعه المعاينة.</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>الترميز:</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>القراءة بترميز:</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>an encoding, how sure its reading is</comment>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>%1, given</source>
            <translation>%1، محدَّد</translation>
        </message>
        <message>
            <source>not known (the file could not be read)</source>
            <translation>غير معروف (تعذّرت قراءة الملف)</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between two encodings</comment>
            <translation> أو </translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1, but it may be %2.</source>
            <translation>ترميز هذا الملف تخمين: قُرئ بترميز %1، لكنه قد يكون %2.</translation>
        </message>
        <message>
            <source>The encoding of this file is a guess: it was read as %1.</source>
            <translation>ترميز هذا الملف تخمين: قُرئ بترميز %1.</translation>
        </message>
        <message>
            <source>A line as read: “%1”</source>
            <translation>سطر كما قُرئ: ”%1“</translation>
        </message>
        <message>
            <source>If letters look wrong, choose the encoding under “Read as”; the preview follows.</source>
            <translation>إذا بدت الحروف خاطئة، فاختر الترميز من ”القراءة بترميز“؛ تتبعه المعاينة.</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>not stated</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>in each row</source>
            <translation>في كل صف</translation>
        </message>
        <message>
            <source>as exported</source>
            <translation>كما صُدِّر</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>ملف مُصدَّر من UPR Tracker</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>Table of %1 columns, of no known format</source>
            <translation>جدول بتنسيق غير معروف، عدد أعمدته: %1</translation>
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
            <translation>جارٍ قراءة الملف…</translation>
        </message>
        <message>
            <source>The preview appears once the kind is chosen.</source>
            <translation>تظهر المعاينة بعد اختيار النوع.</translation>
        </message>
        <message>
            <source>The preview appears once the State is chosen.</source>
            <translation>تظهر المعاينة بعد اختيار الدولة.</translation>
        </message>
        <message>
            <source>The preview appears once the cycle is chosen.</source>
            <translation>تظهر المعاينة بعد اختيار الجولة.</translation>
        </message>
        <message>
            <source>The preview appears once the columns are mapped.</source>
            <translation>تظهر المعاينة بعد مطابقة الأعمدة.</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>لا توجد معاينة.</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>ما سيفعله الاستيراد</translation>
        </message>
        <message>
            <source>What was imported</source>
            <translation>ما استُورد</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>نقاط للمراجعة</translation>
        </message>
        <message>
            <source>rows that cannot be imported</source>
            <translation>صفوف يتعذّر استيرادها</translation>
        </message>
        <message>
            <source>%1 rows left out: %2</source>
            <translation>صفوف مستبعدة: %1 (%2)</translation>
        </message>
        <message>
            <source>Columns not imported: %1</source>
            <translation>أعمدة لم تُستورد: %1</translation>
        </message>
        <message>
            <source>Nothing to note.</source>
            <translation>لا شيء يُذكر.</translation>
        </message>
        <message>
            <source>Positions (%1)</source>
            <translation>المواقف (%1)</translation>
        </message>
        <message>
            <source>Points to review (%1)</source>
            <translation>نقاط للمراجعة (%1)</translation>
        </message>
        <message>
            <source>Rows to fix (%1)</source>
            <translation>صفوف يلزم تصحيحها (%1)</translation>
        </message>
        <message>
            <source>Notes (%1)</source>
            <translation>ملاحظات (%1)</translation>
        </message>
        <message>
            <source>Choose the kind under “Read it as” to preview it.</source>
            <translation>اختر النوع من ”قراءته على أنه“ لمعاينته.</translation>
        </message>
        <message>
            <source>The likeliest kind is chosen under “Read it as”: check it, then preview with these choices (or choose another kind).</source>
            <translation>اختير النوع الأرجح في ”قراءته على أنه“: تحقّق منه، ثم عايِن بهذه الخيارات (أو اختر نوعاً آخر).</translation>
        </message>
        <message>
            <source>Choose the State under “Read it as” to preview it.</source>
            <translation>اختر الدولة من ”قراءته على أنه“ لمعاينته.</translation>
        </message>
        <message>
            <source>The likeliest State is chosen under “Read it as”: check it, then preview with these choices (or choose another State).</source>
            <translation>اختيرت الدولة الأرجح في ”قراءته على أنه“: تحقّق منها، ثم عايِن بهذه الخيارات (أو اختر دولة أخرى).</translation>
        </message>
        <message>
            <source>Choose the cycle under “Read it as” to preview it.</source>
            <translation>اختر الجولة من ”قراءته على أنه“ لمعاينته.</translation>
        </message>
        <message>
            <source>The likeliest cycle is chosen under “Read it as”: check it, then preview with these choices (or choose another cycle).</source>
            <translation>اختيرت الجولة الأرجح في ”قراءته على أنه“: تحقّق منها، ثم عايِن بهذه الخيارات (أو اختر جولة أخرى).</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>The file could not be written or read: %1.

File: %2

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>تعذّرت كتابة الملف أو قراءته: %1.

الملف: %2

لم يُكتب أي شيء كتابةً ناقصة: اختر مجلداً آخر أو أفرِغ بعض المساحة، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The file could not be written or read: %1.

Nothing was half-written: choose another folder or free some space, then try again.</source>
            <translation>تعذّرت كتابة الملف أو قراءته: %1.

لم يُكتب أي شيء كتابةً ناقصة: اختر مجلداً آخر أو أفرِغ بعض المساحة، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Something went wrong that should not have. Your data was not changed by the failed step.</source>
            <translation>حدث خطأ ما كان ينبغي أن يحدث. لم تتغير بياناتك بسبب الخطوة التي أخفقت.</translation>
        </message>
        <message>
            <source>The details were written to the log:
%1

To report it, copy the debug information and send it with what you were doing.</source>
            <translation>كُتبت التفاصيل في السجل:
%1

للإبلاغ عن المشكلة، انسخ معلومات التصحيح وأرسلها مع وصف ما كنت تفعله.</translation>
        </message>
        <message>
            <source>To report it, copy the debug information and send it with what you were doing.</source>
            <translation>للإبلاغ عن المشكلة، انسخ معلومات التصحيح وأرسلها مع وصف ما كنت تفعله.</translation>
        </message>
        <message>
            <source>Copy debug info</source>
            <translation>نسخ معلومات التصحيح</translation>
        </message>
    </context>
    <context>
        <name>EventDateField</name>
        <message>
            <source>Event on</source>
            <translation>الحدث في</translation>
        </message>
        <message>
            <source>The day of what the note records (a meeting, a testimony), if it is not today</source>
            <translation>يوم ما تسجله الملاحظة (اجتماع، شهادة)، إن لم يكن اليوم</translation>
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
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Africa</source>
            <translation>أفريقيا</translation>
        </message>
        <message>
            <source>Asia-Pacific</source>
            <translation>آسيا والمحيط الهادئ</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>لا موقف</translation>
        </message>
        <message>
            <source>The State's current position</source>
            <translation>الموقف الحالي للدولة</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم تُقيَّم</translation>
        </message>
        <message>
            <source>Combined implementation level</source>
            <translation>المستوى المجمَّع للتنفيذ</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>الجولة %1</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>جولة الاستعراض الدوري الشامل</translation>
        </message>
        <message>
            <source>A term of any vocabulary: UPR Info issues, OHCHR themes, SDGs, affected persons</source>
            <translation>مصطلح من أي مفردات: مواضيع UPR Info، مواضيع المفوضية، أهداف التنمية المستدامة، الأشخاص المتأثرون</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>هدف التنمية المستدامة</translation>
        </message>
        <message>
            <source>A State that made the recommendation</source>
            <translation>دولة قدَّمت التوصية</translation>
        </message>
        <message>
            <source>Regional group of a recommending State</source>
            <translation>المجموعة الإقليمية للدولة المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>UPR Info action category</source>
            <translation>فئة الإجراء وفق UPR Info</translation>
        </message>
        <message>
            <source>Confirmed link</source>
            <translation>ربط مؤكَّد</translation>
        </message>
        <message>
            <source>Suggested, to decide</source>
            <translation>مقترح، بانتظار القرار</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>غير مرتبطة</translation>
        </message>
        <message>
            <source>Recommended again: linked to the same recommendation in another cycle</source>
            <translation>توصية مكرَّرة: مرتبطة بالتوصية نفسها في جولة أخرى</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>تحتاج إلى مراجعة</translation>
        </message>
        <message>
            <source>Considered implemented</source>
            <translation>تُعتبر منفَّذة</translation>
        </message>
        <message>
            <source>Has milestones</source>
            <translation>لها معالم</translation>
        </message>
        <message>
            <source>Has notes</source>
            <translation>لها ملاحظات</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>C&amp;ycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>SD&amp;G</source>
            <translation>هدف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Recommended &amp;by</source>
            <translation>قدَّمتها</translation>
        </message>
        <message>
            <source>Gro&amp;up</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Agai&amp;n</source>
            <translation>مكرَّرة</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import documents and datasets</source>
            <translation>استيراد الوثائق ومجموعات البيانات</translation>
        </message>
        <message>
            <source>Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables (UPR Info, UHRI, your own) on this window, or add them. Nothing is written until you choose Import.</source>
            <translation>أفلت على هذه النافذة وثائق الأمم المتحدة (تقارير الفريق العامل، والإضافات، ومصفوفات المفوضية السامية لحقوق الإنسان) أو جداول (UPR Info، وUHRI، وجداولك الخاصة)، أو أضفها. لا يُكتب شيء قبل أن تختار ”استيراد“.</translation>
        </message>
        <message>
            <source>Drop files here

or choose “Add files…”</source>
            <translation>أفلت الملفات هنا

أو اختر ”إضافة ملفات…“</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>إضافة ملفات…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Add a file to see what it is and what importing it would do.</source>
            <translation>أضف ملفاً لترى ماهيته وما سيفعله استيراده.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>ما اكتُشف</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>الدولة:</translation>
        </message>
        <message>
            <source>Cycle:</source>
            <translation>الجولة:</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>الدورة:</translation>
        </message>
        <message>
            <source>Symbol:</source>
            <translation>الرمز:</translation>
        </message>
        <message>
            <source>Read it as</source>
            <translation>قراءته على أنه</translation>
        </message>
        <message>
            <source>As the document says</source>
            <translation>كما تذكر الوثيقة</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>الجولة %1 (%2)</translation>
        </message>
        <message>
            <source>Change what was detected if the document is misread; the preview follows.</source>
            <translation>غيِّر ما اكتُشف إذا أُسيئت قراءة الوثيقة؛ تتبعه المعاينة.</translation>
        </message>
        <message>
            <source>Preview with these choices</source>
            <translation>معاينة بهذه الخيارات</translation>
        </message>
        <message>
            <source>Skip the rows that cannot be imported and import the others</source>
            <translation>تجاوز الصفوف التي يتعذّر استيرادها واستيراد الباقي</translation>
        </message>
        <message>
            <source>recommendations to create</source>
            <translation>توصيات ستُنشأ</translation>
        </message>
        <message>
            <source>to update</source>
            <translation>ستُحدَّث</translation>
        </message>
        <message>
            <source>already there</source>
            <translation>موجودة أصلاً</translation>
        </message>
        <message>
            <source>positions to record</source>
            <translation>مواقف ستُسجَّل</translation>
        </message>
        <message>
            <source>points to review</source>
            <translation>نقاط للمراجعة</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>المواقف</translation>
        </message>
        <message>
            <source>Points to review</source>
            <translation>نقاط للمراجعة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>What importing it would do</source>
            <translation>ما سيفعله الاستيراد</translation>
        </message>
        <message>
            <source>Loading States…</source>
            <translation>جارٍ تحميل الدول…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a State's name and its ISO code</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>جارٍ قراءة %1…</translation>
        </message>
        <message>
            <source>Previewing %1…</source>
            <translation>جارٍ معاينة %1…</translation>
        </message>
        <message>
            <source>The preview was cancelled: change an option to preview it again.</source>
            <translation>أُلغيت المعاينة: غيِّر أحد الخيارات لمعاينته مجدداً.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>Say which column holds the recommendation's text.</source>
            <translation>بيِّن العمود الذي يحتوي على نص التوصية.</translation>
        </message>
        <message>
            <source>Saving the mapping…</source>
            <translation>جارٍ حفظ المطابقة…</translation>
        </message>
        <message>
            <source>Mapping saved as “%1”.</source>
            <translation>حُفظت المطابقة باسم ”%1“.</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>جارٍ استيراد %1…</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing of this file was written.</source>
            <translation>أُلغي الاستيراد: لم يُكتب شيء من هذا الملف.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a file's name: what went wrong</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported: %1 new recommendations.</source>
            <translation>
                <numerusform>لم يُستورد أي ملف (%n): توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد ملف واحد (%n): توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد ملفان (%n): توصيات جديدة: %1.</numerusform>
                <numerusform>استُوردت %n ملفات: توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد %n ملفاً: توصيات جديدة: %1.</numerusform>
                <numerusform>استُورد %n ملف: توصيات جديدة: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported (nothing was written for these):

%1</source>
            <translation>لم تُستورد (لم يُكتب شيء منها):

%1</translation>
        </message>
        <message numerus="yes">
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>استيراد %n ملف</numerusform>
                <numerusform>استيراد ملف واحد (%n)</numerusform>
                <numerusform>استيراد ملفين (%n)</numerusform>
                <numerusform>استيراد %n ملفات</numerusform>
                <numerusform>استيراد %n ملفاً</numerusform>
                <numerusform>استيراد %n ملف</numerusform>
            </translation>
        </message>
        <message>
            <source>Unexpected error: %1: %2</source>
            <translation>خطأ غير متوقع: %1: %2</translation>
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
            <translation>%1. تبقى كل توصية لم يُرد عليها كما كانت، موسومة بأنها تحتاج إلى مراجعة، وتُدرج تحت ”مشكلات تحتاج إلى مراجعة“.</translation>
        </message>
    </context>
    <context>
        <name>ImportEntries</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</source>
            <translation>كل ما يقرؤه UPR Tracker (*.txt *.pdf *.docx *.csv *.tsv *.xlsx *.xlsm *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>وثائق الأمم المتحدة (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.xlsx *.xlsm *.xls)</source>
            <translation>مجموعات البيانات (*.csv *.tsv *.xlsx *.xlsm *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>ملفات مُصدَّرة من UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Detect from the document</source>
            <translation>الكشف من الوثيقة</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>تقرير الفريق العامل</translation>
        </message>
        <message>
            <source>Addendum (the State's positions)</source>
            <translation>إضافة (مواقف الدولة)</translation>
        </message>
        <message>
            <source>OHCHR matrix</source>
            <translation>مصفوفة المفوضية السامية لحقوق الإنسان</translation>
        </message>
        <message>
            <source>UPR Info database export</source>
            <translation>ملف مُصدَّر من قاعدة بيانات UPR Info</translation>
        </message>
        <message>
            <source>UHRI export</source>
            <translation>ملف مُصدَّر من UHRI</translation>
        </message>
        <message>
            <source>Table with mapped columns</source>
            <translation>جدول بأعمدة مطابَقة</translation>
        </message>
        <message>
            <source>UPR Tracker table export</source>
            <translation>جدول مُصدَّر من UPR Tracker</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>نص التوصية</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>الدولة موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>دورة الفريق العامل</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Label (e.g. 97.12)</source>
            <translation>الرقم (مثلاً 97.12)</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>الدول المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>Themes (UPR Info issues)</source>
            <translation>المواضيع (قضايا UPR Info)</translation>
        </message>
        <message>
            <source>SDGs</source>
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
        <message>
            <source>Document symbol</source>
            <translation>رمز الوثيقة</translation>
        </message>
        <message>
            <source>Publication date</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>OHCHR annotation id</source>
            <translation>معرِّف شرح المفوضية السامية لحقوق الإنسان</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(لا يُستورد)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>جاهز للاستيراد</translation>
        </message>
        <message>
            <source>Choose the kind</source>
            <translation>اختر النوع</translation>
        </message>
        <message>
            <source>Choose the State</source>
            <translation>اختر الدولة</translation>
        </message>
        <message>
            <source>Choose the cycle</source>
            <translation>اختر الجولة</translation>
        </message>
        <message>
            <source>Say which column holds what</source>
            <translation>بيِّن ما يحتويه كل عمود</translation>
        </message>
        <message>
            <source>Preview cancelled</source>
            <translation>أُلغيت المعاينة</translation>
        </message>
        <message>
            <source>Cannot be imported</source>
            <translation>يتعذّر استيراده</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>استُورد</translation>
        </message>
        <message>
            <source>%1 · encoding guessed</source>
            <translation>%1 · ترميز مُخمَّن</translation>
        </message>
        <message>
            <source>%1 · %2, cycle %3</source>
            <translation>%1 · %2، الجولة %3</translation>
        </message>
        <message>
            <source>%1 · %2 rows</source>
            <translation>%1 · عدد الصفوف: %2</translation>
        </message>
        <message>
            <source>UPR Tracker export</source>
            <translation>ملف مُصدَّر من UPR Tracker</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Deciding sentence</source>
            <translation>الجملة الحاسمة</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>درجة الثقة</translation>
        </message>
        <message>
            <source>Unclear</source>
            <translation>غير واضح</translation>
        </message>
        <message>
            <source>Stated by the list's heading</source>
            <translation>مذكور في عنوان القائمة</translation>
        </message>
        <message>
            <source>%1%</source>
            <comment>a confidence in percent</comment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 · to check</source>
            <translation>%1 · للتحقق</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>ما وُجد</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>what is wrong (the value found)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>العمود %1: %2</translation>
        </message>
        <message>
            <source>Row that cannot be imported</source>
            <translation>صف يتعذّر استيراده</translation>
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
        <name>LinkRecommendationDialog</name>
        <message>
            <source>Link to a recommendation of another cycle</source>
            <translation>الربط بتوصية من جولة أخرى</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1, cycle %2, %3&lt;/b&gt;: %4</source>
            <translation>&lt;b&gt;%1، الجولة %2، %3&lt;/b&gt;: %4</translation>
        </message>
        <message>
            <source>Search by label or words…</source>
            <translation>البحث بالرقم أو بالكلمات…</translation>
        </message>
        <message>
            <source>cycle %1, %2: %3</source>
            <translation>الجولة %1، %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ListDetailScreen</name>
        <message>
            <source>Show resolved</source>
            <translation>إظهار ما تمت تسويته</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>%1 is locked</source>
            <translation>%1 مقفلة</translation>
        </message>
        <message>
            <source>Type the database's passphrase to go on.</source>
            <translation>اكتب عبارة مرور قاعدة البيانات للمتابعة.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>إلغاء القفل</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A team database on a server: restoring it (pg_restore) and its protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now saves a copy of it (pg_dump).</source>
            <translation>قاعدة بيانات الفريق على خادم: استعادتها (pg_restore) وحمايتها (الأدوار، TLS، قرص الخادم) من مسؤولية مديرها. يحفظ الأمر ملف ▸ إنشاء نسخة احتياطية الآن نسخةً منها (pg_dump).</translation>
        </message>
        <message>
            <source>UPR Tracker — %1 (team)</source>
            <translation>UPR Tracker — %1 (الفريق)</translation>
        </message>
        <message>
            <source>UPR Tracker — %1</source>
            <translation>UPR Tracker — %1</translation>
        </message>
        <message>
            <source>Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)</source>
            <translation>البحث في النص كله: كلمات، "عبارة"، بادئة*، -استبعاد   (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>&amp;Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Milestones and &amp;plans</source>
            <translation>المعالم والخطط</translation>
        </message>
        <message>
            <source>Problems to re&amp;view</source>
            <translation>مشكلات تحتاج إلى مراجعة</translation>
        </message>
        <message>
            <source>Con&amp;flicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>قاعدة بيانات جديدة…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>فتح قاعدة بيانات…</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>فتح قاعدة بيانات الفريق…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>فتح الأخيرة</translation>
        </message>
        <message>
            <source>&amp;Import documents or datasets…</source>
            <translation>استيراد وثائق أو مجموعات بيانات…</translation>
        </message>
        <message>
            <source>&amp;Export the recommendations shown…</source>
            <translation>تصدير التوصيات المعروضة…</translation>
        </message>
        <message>
            <source>Briefing &amp;report…</source>
            <translation>تقرير إحاطة…</translation>
        </message>
        <message>
            <source>&amp;Copy database to…</source>
            <translation>نسخ قاعدة البيانات إلى…</translation>
        </message>
        <message>
            <source>&amp;Send changes to a colleague…</source>
            <translation>إرسال التغييرات إلى زميل…</translation>
        </message>
        <message>
            <source>Recei&amp;ve changes…</source>
            <translation>استلام التغييرات…</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;key…</source>
            <translation>حفظ مفتاح هذا الحاسوب المحمول…</translation>
        </message>
        <message>
            <source>Trust a colleague's ke&amp;y…</source>
            <translation>الوثوق بمفتاح زميل…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>إنشاء نسخة احتياطية الآن</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>الاستعادة من نسخة احتياطية…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير</translation>
        </message>
        <message>
            <source>&amp;New note on this recommendation</source>
            <translation>ملاحظة جديدة بشأن هذه التوصية</translation>
        </message>
        <message>
            <source>Your &amp;name in the audit trail…</source>
            <translation>اسمك في سجل التغييرات…</translation>
        </message>
        <message>
            <source>&amp;Link selected to a milestone…</source>
            <translation>ربط المحدد بمَعلم…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>&amp;Next recommendation</source>
            <translation>التوصية التالية</translation>
        </message>
        <message>
            <source>&amp;Previous recommendation</source>
            <translation>التوصية السابقة</translation>
        </message>
        <message>
            <source>&amp;Clear filters and search</source>
            <translation>مسح عوامل التصفية والبحث</translation>
        </message>
        <message>
            <source>&amp;Save this search…</source>
            <translation>حفظ هذا البحث…</translation>
        </message>
        <message>
            <source>Show &amp;filters</source>
            <translation>إظهار عوامل التصفية</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>أدوات</translation>
        </message>
        <message>
            <source>&amp;Milestones and plans</source>
            <translation>المعالم والخطط</translation>
        </message>
        <message>
            <source>&amp;Problems to review</source>
            <translation>مشكلات تحتاج إلى مراجعة</translation>
        </message>
        <message>
            <source>&amp;Conflicts between databases</source>
            <translation>التعارضات بين قواعد البيانات</translation>
        </message>
        <message>
            <source>&amp;Vocabularies (themes, SDGs, affected persons)…</source>
            <translation>المفردات (المواضيع، أهداف التنمية المستدامة، الأشخاص المتأثرون)…</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>النسخ الاحتياطية…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>فتح مجلد السجل</translation>
        </message>
        <message>
            <source>&amp;About UPR Tracker</source>
            <translation>حول UPR Tracker</translation>
        </message>
        <message>
            <source>Save this search</source>
            <translation>حفظ هذا البحث</translation>
        </message>
        <message>
            <source>Name of the search:</source>
            <translation>اسم البحث:</translation>
        </message>
        <message>
            <source>Saved the search “%1”.</source>
            <translation>تم حفظ البحث "%1".</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>ملاحظة جديدة</translation>
        </message>
        <message>
            <source>Select the recommendations to link first.</source>
            <translation>حدِّد أولاً التوصيات المراد ربطها.</translation>
        </message>
        <message>
            <source>Select recommendations of one State: a milestone belongs to one State.</source>
            <translation>حدِّد توصيات دولة واحدة: المَعلم يخص دولة واحدة.</translation>
        </message>
        <message>
            <source>%1 (team)</source>
            <translation>%1 (الفريق)</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(لا شيء بعد)</translation>
        </message>
        <message>
            <source>Open an UPR Tracker database</source>
            <translation>فتح قاعدة بيانات UPR Tracker</translation>
        </message>
        <message>
            <source>UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>قواعد بيانات UPR Tracker (*.sqlite3 *.db *.sqlite);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>New UPR Tracker database</source>
            <translation>قاعدة بيانات UPR Tracker جديدة</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>قاعدة بيانات جديدة</translation>
        </message>
        <message>
            <source>%1 already exists, and a new database is never written over a file.

Choose another name, or open that file with File ▸ Open database…</source>
            <translation>%1 موجود بالفعل، ولا تُكتب قاعدة بيانات جديدة فوق ملف أبدًا.

اختر اسمًا آخر، أو افتح ذلك الملف من ملف ▸ فتح قاعدة بيانات…</translation>
        </message>
        <message>
            <source>Con&amp;flicts (%1)</source>
            <translation>التعارضات (%1)</translation>
        </message>
        <message>
            <source>Your changes are now recorded as made by %1.</source>
            <translation>تُسجَّل تغييراتك الآن باسم %1.</translation>
        </message>
        <message>
            <source>Report saved to %1.</source>
            <translation>تم حفظ التقرير في %1.</translation>
        </message>
        <message>
            <source>About UPR Tracker</source>
            <translation>حول UPR Tracker</translation>
        </message>
        <message>
            <source>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN Universal Periodic Review: positions, milestones, notes and assessments of implementation, offline.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;UPR Tracker %1&lt;/h3&gt;&lt;p&gt;متابعة توصيات الاستعراض الدوري الشامل للأمم المتحدة: المواقف والمعالم والملاحظات وتقييمات التنفيذ، دون اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>تم الإلغاء.</translation>
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
        <name>MidTermReport</name>
        <message>
            <source>Milestones</source>
            <translation>معالم التنفيذ</translation>
        </message>
        <message>
            <source>Mid-term implementation report: %1</source>
            <translation>تقرير منتصف المدة عن التنفيذ: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>موجز</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>Recommendations by combined implementation level and by the State's position</source>
            <translation>التوصيات حسب المستوى المجمَّع للتنفيذ وموقف الدولة</translation>
        </message>
        <message>
            <source>The combined level follows UPR Info's method: each source's latest assessment scores 0 (not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below 0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1).</source>
            <translation>يتبع المستوى المجمَّع منهجية UPR Info: يُعطى آخر تقييم لكل مصدر 0 (لم تُنفَّذ) أو 0.5 (جزئياً) أو 1 (بالكامل)؛ ويعني المتوسط الأدنى من 0.33 أنها لم تُنفَّذ، والأدنى من 0.66 أنها نُفِّذت جزئياً، وإلا فإنها نُفِّذت بالكامل. وتذكر كل توصية أدناه متوسطها (%1).</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Recommendations assessed</source>
            <translation>التوصيات التي جرى تقييمها</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <source>Assessments by source</source>
            <translation>التقييمات حسب المصدر</translation>
        </message>
        <message>
            <source>No source has assessed the implementation of these recommendations yet.</source>
            <translation>لم يقيِّم أي مصدر بعد تنفيذ هذه التوصيات.</translation>
        </message>
        <message>
            <source>UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not</source>
            <translation>تقييم UPR Info: لم تُنفَّذ 0، جزئياً 0.5، بالكامل 1؛ بالكامل ≥ 0.66، جزئياً ≥ 0.33، وإلا لم تُنفَّذ</translation>
        </message>
        <message>
            <source>%1 to %2; %3</source>
            <translation>من %1 إلى %2؛ %3</translation>
        </message>
        <message numerus="yes">
            <source>Mean %1 of 1 from %n source(s) (%2).</source>
            <translation>
                <numerusform>المتوسط %1 من 1 (عدد المصادر: %n) (%2).</numerusform>
                <numerusform>المتوسط %1 من 1 (عدد المصادر: %n) (%2).</numerusform>
                <numerusform>المتوسط %1 من 1 (عدد المصادر: %n) (%2).</numerusform>
                <numerusform>المتوسط %1 من 1 (عدد المصادر: %n) (%2).</numerusform>
                <numerusform>المتوسط %1 من 1 (عدد المصادر: %n) (%2).</numerusform>
                <numerusform>المتوسط %1 من 1 (عدد المصادر: %n) (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>fully</source>
            <translation>بالكامل</translation>
        </message>
        <message>
            <source>partially</source>
            <translation>جزئياً</translation>
        </message>
        <message>
            <source>not</source>
            <translation>لم تُنفَّذ</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Evidence or comment</source>
            <translation>الأدلة أو التعليق</translation>
        </message>
        <message>
            <source>Recommendation %1</source>
            <translation>التوصية %1</translation>
        </message>
        <message>
            <source>an unrecorded State</source>
            <translation>دولة غير مسجلة</translation>
        </message>
        <message>
            <source>Recommended by %1.</source>
            <translation>الدولة المقدِّمة للتوصية: %1.</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>لا يوجد تقييم بعد.</translation>
        </message>
        <message>
            <source>Combined level: %1.</source>
            <translation>المستوى المجمَّع: %1.</translation>
        </message>
        <message>
            <source>Milestones: %1.</source>
            <translation>معالم التنفيذ: %1.</translation>
        </message>
        <message>
            <source>Position of the State: %1 (%2).</source>
            <translation>موقف الدولة: %1 (%2).</translation>
        </message>
        <message>
            <source>Position of the State: %1.</source>
            <translation>موقف الدولة: %1.</translation>
        </message>
        <message>
            <source>The State's response: “%1”</source>
            <translation>رد الدولة: «%1»</translation>
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
        <name>NavigatorModel</name>
        <message>
            <source>All recommendations (%1)</source>
            <translation>جميع التوصيات (%1)</translation>
        </message>
        <message>
            <source>States</source>
            <translation>الدول</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Plans of action</source>
            <translation>خطط العمل</translation>
        </message>
        <message>
            <source>Saved searches</source>
            <translation>عمليات البحث المحفوظة</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3, %4 pending)</source>
            <translation>الجولة %1، الدورة %2 (%3، قيد النظر: %4)</translation>
        </message>
        <message>
            <source>Cycle %1, session %2 (%3)</source>
            <translation>الجولة %1، الدورة %2 (%3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2, %3 pending)</source>
            <translation>الجولة %1 (%2، قيد النظر: %3)</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>الجولة %1 (%2)</translation>
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
            <translation>الحدث %1، كُتبت في %2</translation>
        </message>
        <message>
            <source>[confidential, kept on this laptop]</source>
            <translation>[سري، محفوظ على هذا الحاسوب المحمول]</translation>
        </message>
        <message>
            <source>[confidential]</source>
            <translation>[سري]</translation>
        </message>
        <message>
            <source>%1, %2%3%4</source>
            <translation>%1، %2%3%4</translation>
        </message>
    </context>
    <context>
        <name>OpenedAttachments</name>
        <message>
            <source>The opened copy is outside the encrypted database's protection while it is open; it is removed when the window locks or closes.</source>
            <translation>تكون النسخة المفتوحة خارج حماية قاعدة البيانات المشفّرة ما دامت مفتوحة؛ وتُحذف عند قفل النافذة أو إغلاقها.</translation>
        </message>
        <message>
            <source>no folder to open the attachment in: the temporary folder cannot be written</source>
            <translation>لا يوجد مجلد لفتح المرفق فيه: لا يمكن الكتابة في المجلد المؤقت</translation>
        </message>
    </context>
    <context>
        <name>OthersChanges</name>
        <message>
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
        <message>
            <source>Changed by %1 meanwhile: what you are typing is kept, and saving it will show both versions. &lt;a href='%2'&gt;Reload&lt;/a&gt; to discard yours.</source>
            <translation>غيّره %1 في هذه الأثناء: يُحتفظ بما تكتبه، وسيُظهر حفظه النسختين كلتيهما. &lt;a href='%2'&gt;أعد التحميل&lt;/a&gt; لتتخلى عن نسختك.</translation>
        </message>
        <message>
            <source>Changes by %1 are shown.</source>
            <translation>تُعرض تغييرات %1.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>That passphrase does not open it. Try again.</source>
            <translation>عبارة المرور هذه لا تفتحها. حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>New passphrase:</source>
            <translation>عبارة المرور الجديدة:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>عبارة المرور:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>أعد كتابتها:</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters; a few unrelated words make a strong one. Without it the data cannot be recovered: keep it somewhere safe.</source>
            <translation>
                <numerusform>%n حرف على الأقل؛ وبضع كلمات لا رابط بينها تصنع عبارة قوية. ومن دونها لا يمكن استرداد البيانات: احفظها في مكان آمن.</numerusform>
                <numerusform>%n حرف على الأقل؛ وبضع كلمات لا رابط بينها تصنع عبارة قوية. ومن دونها لا يمكن استرداد البيانات: احفظها في مكان آمن.</numerusform>
                <numerusform>%n حرفان على الأقل؛ وبضع كلمات لا رابط بينها تصنع عبارة قوية. ومن دونها لا يمكن استرداد البيانات: احفظها في مكان آمن.</numerusform>
                <numerusform>%n أحرف على الأقل؛ وبضع كلمات لا رابط بينها تصنع عبارة قوية. ومن دونها لا يمكن استرداد البيانات: احفظها في مكان آمن.</numerusform>
                <numerusform>%n حرفاً على الأقل؛ وبضع كلمات لا رابط بينها تصنع عبارة قوية. ومن دونها لا يمكن استرداد البيانات: احفظها في مكان آمن.</numerusform>
                <numerusform>%n حرف على الأقل؛ وبضع كلمات لا رابط بينها تصنع عبارة قوية. ومن دونها لا يمكن استرداد البيانات: احفظها في مكان آمن.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>اكتب عبارة المرور.</translation>
        </message>
        <message numerus="yes">
            <source>Too short: use at least %n characters.</source>
            <translation>
                <numerusform>قصيرة جداً: استخدم %n حرف على الأقل.</numerusform>
                <numerusform>قصيرة جداً: استخدم %n حرف على الأقل.</numerusform>
                <numerusform>قصيرة جداً: استخدم %n حرفين على الأقل.</numerusform>
                <numerusform>قصيرة جداً: استخدم %n أحرف على الأقل.</numerusform>
                <numerusform>قصيرة جداً: استخدم %n حرفاً على الأقل.</numerusform>
                <numerusform>قصيرة جداً: استخدم %n حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور مختلفتان.</translation>
        </message>
        <message>
            <source>Encrypted database</source>
            <translation>قاعدة بيانات مشفّرة</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type its passphrase to open it.
%2</source>
            <translation>%1 مشفّرة. اكتب عبارة مرورها لفتحها.
%2</translation>
        </message>
        <message>
            <source>Encrypt the report?</source>
            <translation>هل تريد تشفير التقرير؟</translation>
        </message>
        <message>
            <source>This database is encrypted; the report will not be unless you encrypt it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>قاعدة البيانات هذه مشفّرة؛ ولن يكون التقرير مشفّراً ما لم تشفّره أيضاً. هل تضع التقرير في أرشيف ZIP مشفّر (AES-256، يُفتح بـ 7-Zip وWinZip بعبارة مرور خاصة به)؟</translation>
        </message>
        <message>
            <source>Passphrase of the report</source>
            <translation>عبارة مرور التقرير</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the report. Better not the database's own.</source>
            <translation>عبارة المرور التي ستعطيها لمن سيفتح التقرير. ويُفضَّل ألا تكون عبارة مرور قاعدة البيانات نفسها.</translation>
        </message>
        <message>
            <source>Encrypt the export?</source>
            <translation>هل تريد تشفير الملف المصدَّر؟</translation>
        </message>
        <message>
            <source>This database is encrypted; the export will not be unless you encrypt it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?</source>
            <translation>قاعدة البيانات هذه مشفّرة؛ ولن يكون الملف المصدَّر مشفّراً ما لم تشفّره أيضاً. هل تضع الملف المصدَّر في أرشيف ZIP مشفّر (AES-256، يُفتح بـ 7-Zip وWinZip بعبارة مرور خاصة به)؟</translation>
        </message>
        <message>
            <source>Passphrase of the export</source>
            <translation>عبارة مرور الملف المصدَّر</translation>
        </message>
        <message>
            <source>The passphrase to give whoever will open the export. Better not the database's own.</source>
            <translation>عبارة المرور التي ستعطيها لمن سيفتح الملف المصدَّر. ويُفضَّل ألا تكون عبارة مرور قاعدة البيانات نفسها.</translation>
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
        <name>ProblemDialogs</name>
        <message>
            <source>Supported, considered already implemented</source>
            <translation>مؤيَّدة، وتُعدّ منفَّذة بالفعل</translation>
        </message>
        <message>
            <source>Pending (will be examined)</source>
            <translation>قيد النظر (ستُدرس)</translation>
        </message>
        <message>
            <source>states no single position</source>
            <translation>لا يعلن موقفاً واحداً</translation>
        </message>
        <message>
            <source>As its words say: %1</source>
            <translation>كما تقول عباراته: %1</translation>
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
            <translation>السطر %1 · %2</translation>
        </message>
        <message>
            <source>Resolved · %1</source>
            <translation>تمت تسويتها · %1</translation>
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
            <translation>مشكلات تحتاج إلى مراجعة</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>كل الاستعراضات</translation>
        </message>
        <message>
            <source>in</source>
            <comment>problems to review in a review</comment>
            <translation>في</translation>
        </message>
        <message>
            <source>No problems to review.

What an import could not read with certainty is listed here, beside the document's text.</source>
            <translation>لا توجد مشكلات تحتاج إلى مراجعة.

يُدرج هنا، بجانب نص الوثيقة، ما لم يتمكن الاستيراد من قراءته بيقين.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>النص المصدر</translation>
        </message>
        <message>
            <source>Accept as read</source>
            <translation>القبول كما قُرئ</translation>
        </message>
        <message>
            <source>The import read it right: resolve the problem.</source>
            <translation>قرأه الاستيراد قراءة صحيحة: تسوية المشكلة.</translation>
        </message>
        <message>
            <source>Correct position…</source>
            <translation>تصحيح الموقف…</translation>
        </message>
        <message>
            <source>Assign to recommendations…</source>
            <translation>إسناد إلى توصيات…</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>تقسيم…</translation>
        </message>
        <message>
            <source>Mark resolved with a note…</source>
            <translation>وسمها بأنها تمت تسويتها مع ملاحظة…</translation>
        </message>
        <message>
            <source>Choose a problem to see it beside the document's text.</source>
            <translation>اختر مشكلة لتراها بجانب نص الوثيقة.</translation>
        </message>
        <message>
            <source>Reading the problems to review…</source>
            <translation>جارٍ قراءة المشكلات التي تحتاج إلى مراجعة…</translation>
        </message>
        <message>
            <source>%1 open, %2 resolved</source>
            <translation>مفتوحة: %1، تمت تسويتها: %2</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>مفتوحة: %1</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>هذا الاستعراض</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>السطر %1</translation>
        </message>
        <message>
            <source>Recommendations: %1</source>
            <translation>التوصيات: %1</translation>
        </message>
        <message>
            <source>Recommendations: none named (the text lost its numbers)</source>
            <translation>التوصيات: لم تُذكر أي توصية (فقد النص أرقامه)</translation>
        </message>
        <message>
            <source>Resolved: %1</source>
            <translation>تمت التسوية: %1</translation>
        </message>
        <message>
            <source>Recorded: nothing yet; the text awaits its recommendations.</source>
            <translation>المسجَّل: لا شيء بعد؛ النص ينتظر توصياته.</translation>
        </message>
        <message>
            <source>Recorded from this document: no position.</source>
            <translation>المسجَّل من هذه الوثيقة: لا يوجد موقف.</translation>
        </message>
        <message>
            <source>no position (unclear)</source>
            <translation>لا يوجد موقف (غير واضح)</translation>
        </message>
        <message>
            <source>%1: %2 — “%3”</source>
            <translation>%1: %2 — ”%3“</translation>
        </message>
        <message>
            <source>Recorded from this document:
%1</source>
            <translation>المسجَّل من هذه الوثيقة:
%1</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem: the document answers the other recommendations but not these.</source>
            <translation>لا يتعلق أي سطر من الوثيقة بهذه المشكلة: تردّ الوثيقة على التوصيات الأخرى لا على هذه.</translation>
        </message>
        <message>
            <source>No line of the document concerns this problem.</source>
            <translation>لا يتعلق أي سطر من الوثيقة بهذه المشكلة.</translation>
        </message>
        <message>
            <source>The text of this document was not kept (it was read from its tables).</source>
            <translation>لم يُحتفظ بنص هذه الوثيقة (قُرئت من جداولها).</translation>
        </message>
        <message>
            <source>Source text, lines %1–%2 of %3</source>
            <translation>النص المصدر، الأسطر %1–%2 من %3</translation>
        </message>
        <message>
            <source>Accepted as read.</source>
            <translation>قُبل كما قُرئ.</translation>
        </message>
        <message>
            <source>Position corrected.</source>
            <translation>صُحِّح الموقف.</translation>
        </message>
        <message>
            <source>Reading the review's labels…</source>
            <translation>جارٍ قراءة أرقام الاستعراض…</translation>
        </message>
        <message>
            <source>Text assigned.</source>
            <translation>أُسند النص.</translation>
        </message>
        <message>
            <source>Text split in two answers.</source>
            <translation>قُسِّم النص إلى ردّين.</translation>
        </message>
        <message>
            <source>Marked resolved.</source>
            <translation>وُسمت بأنها تمت تسويتها.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveChangesDialog</name>
        <message>
            <source>Receive changes</source>
            <translation>استلام التغييرات</translation>
        </message>
        <message>
            <source>Applies a colleague's bundle of changes to this database. Nothing is applied from a bundle that is damaged, forged or from outside the team; disagreements are kept as conflicts for you to decide.</source>
            <translation>يطبّق حزمة تغييرات أحد الزملاء على قاعدة البيانات هذه. لا يُطبَّق أي شيء من حزمة تالفة أو مزوّرة أو من خارج الفريق؛ ويُحتفظ بالاختلافات بوصفها تعارضات لتبتّ فيها.</translation>
        </message>
        <message>
            <source>Bundle file:</source>
            <translation>ملف الحزمة:</translation>
        </message>
        <message>
            <source>empty for a bundle written for this laptop's key</source>
            <translation>اتركها فارغة لحزمة مكتوبة لمفتاح هذا الحاسوب المحمول</translation>
        </message>
        <message>
            <source>Team's passphrase:</source>
            <translation>عبارة مرور الفريق:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <source>A bundle of changes</source>
            <translation>حزمة تغييرات</translation>
        </message>
        <message>
            <source>Choose the bundle file to apply.</source>
            <translation>اختر ملف الحزمة المراد تطبيقه.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationEditor</name>
        <message>
            <source>%1 (considered implemented)</source>
            <translation>%1 (تُعدّ منفَّذة)</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>توصية جديدة</translation>
        </message>
        <message>
            <source>Edit recommendation %1</source>
            <translation>تعديل التوصية %1</translation>
        </message>
        <message>
            <source>e.g. 97.12</source>
            <translation>مثلاً 97.12</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>التوصية كما يصوغها التقرير</translation>
        </message>
        <message>
            <source>Filter States…</source>
            <translation>تصفية الدول…</translation>
        </message>
        <message>
            <source>Filter themes…</source>
            <translation>تصفية المواضيع…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>غير مصنَّفة</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <comment>an action category's number — its name</comment>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>لا يوجد بعد</translation>
        </message>
        <message>
            <source>para. %1</source>
            <translation>الفقرة %1</translation>
        </message>
        <message>
            <source>Unchanged (%1, %2)</source>
            <translation>دون تغيير (%1، %2)</translation>
        </message>
        <message>
            <source>Unchanged (%1)</source>
            <translation>دون تغيير (%1)</translation>
        </message>
        <message>
            <source>No position yet</source>
            <translation>لا يوجد موقف بعد</translation>
        </message>
        <message>
            <source>the document that states it, e.g. A/HRC/59/5/Add.1</source>
            <translation>الوثيقة التي تذكره، مثلاً A/HRC/59/5/Add.1</translation>
        </message>
        <message>
            <source>para.</source>
            <comment>short for paragraph</comment>
            <translation>الفقرة</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>الاستعراض</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>from</source>
            <comment>a position from a document</comment>
            <translation>من</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by&lt;/b&gt;</source>
            <translation>&lt;b&gt;أوصت بها&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Themes&lt;/b&gt;</source>
            <translation>&lt;b&gt;المواضيع&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Position: choose the position that document states, or clear the document.</source>
            <translation>الموقف: اختر الموقف الذي تذكره تلك الوثيقة، أو امسح الوثيقة.</translation>
        </message>
        <message>
            <source>Review: add the review first (Edit ▸ New review…).</source>
            <translation>الاستعراض: أضف الاستعراض أولاً (تحرير ▸ استعراض جديد…).</translation>
        </message>
        <message>
            <source>label</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>recommending states</source>
            <translation>الدول المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>المواضيع</translation>
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
            <translation>%1: إنشاء</translation>
        </message>
        <message>
            <source>%1 changed</source>
            <translation>%1: تغيير</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1: حذف</translation>
        </message>
        <message>
            <source>%1 merged</source>
            <translation>%1: دمج</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(بلا رقم)</translation>
        </message>
        <message>
            <source>Text not imported yet</source>
            <translation>لم يُستورد النص بعد</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended by:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;الدول المقدِّمة للتوصية:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;المصدر:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Position:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;الموقف:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Implementation:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;التنفيذ:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>%1, cycle %2: recommendation %3</source>
            <translation>%1، الجولة %2: التوصية %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;Needs review&lt;/b&gt; (see the position history and the import problems).</source>
            <translation>&lt;b&gt;تحتاج إلى مراجعة&lt;/b&gt; (انظر سجل المواقف ومشكلات الاستيراد).</translation>
        </message>
        <message>
            <source>Position history</source>
            <translation>سجل المواقف</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>غير مؤرَّخ</translation>
        </message>
        <message>
            <source>(needs review: %1)</source>
            <translation>(تحتاج إلى مراجعة: %1)</translation>
        </message>
        <message>
            <source>Themes and other terms</source>
            <translation>المواضيع والمصطلحات الأخرى</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
            <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
        </message>
        <message>
            <source>Edit &amp;themes…</source>
            <translation>تعديل المواضيع…</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>غير مصنَّفة</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;UPR Info issues:&lt;/b&gt;</source>
            <translation>&lt;b&gt;مواضيع UPR Info:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Action category:&lt;/b&gt;</source>
            <translation>&lt;b&gt;فئة الإجراء:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Edit recommendation…</source>
            <translation>تعديل التوصية…</translation>
        </message>
        <message>
            <source>&amp;Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>&amp;Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>&amp;Link to a milestone…</source>
            <translation>الربط بمَعلم…</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>المعالم</translation>
        </message>
        <message>
            <source>Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)</source>
            <translation>اكتب ملاحظة متابعة: اجتماع، رصد، شهادة… (Ctrl+Enter للحفظ)</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>سري</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>الوسوم، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Shared with: users or roles (viewer, editor, admin), separated by commas</source>
            <translation>مشتركة مع: مستخدمين أو أدوار (viewer، editor، admin)، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Kept on this laptop</source>
            <translation>محفوظة على هذا الحاسوب المحمول</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>حفظ الملاحظة</translation>
        </message>
        <message>
            <source>&amp;Edit selected</source>
            <translation>تعديل المحدد</translation>
        </message>
        <message>
            <source>&amp;Delete selected</source>
            <translation>حذف المحدد</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <source>After</source>
            <translation>بعد</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>&amp;Notes (%1)</source>
            <translation>الملاحظات (%1)</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>A team server's database is not a laptop's: its notes are the team's</source>
            <translation>قاعدة بيانات خادم الفريق ليست قاعدة بيانات حاسوب محمول: ملاحظاتها ملك للفريق</translation>
        </message>
        <message>
            <source>Never sent to the team server nor to a colleague: the note stays in this database</source>
            <translation>لا تُرسل أبداً إلى خادم الفريق ولا إلى زميل: تبقى الملاحظة في قاعدة البيانات هذه</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message>
            <source>State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>قدَّمتها</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>آخر نشاط</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>وُجدت في</translation>
        </message>
        <message>
            <source>its text</source>
            <translation>نصها</translation>
        </message>
        <message>
            <source>a response</source>
            <translation>رد</translation>
        </message>
        <message>
            <source>a milestone</source>
            <translation>مَعلم</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>في %1</translation>
        </message>
        <message>
            <source>In conflict: changed differently on two databases — see Tools ▸ Conflicts (Ctrl+4)</source>
            <translation>تعارض: عُدِّلت بشكل مختلف في قاعدتي بيانات — انظر أدوات ▸ التعارضات (Ctrl+4)</translation>
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
        <name>RelatedRecommendationsView</name>
        <message>
            <source>Cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>الربط</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended again&lt;/b&gt;: the same recommendation in other cycles (double-click one to open it)</source>
            <translation>&lt;b&gt;توصية مكرَّرة&lt;/b&gt;: التوصية نفسها في جولات أخرى (انقر نقراً مزدوجاً لفتحها)</translation>
        </message>
        <message>
            <source>Link to a recommendation of another cycle…</source>
            <translation>الربط بتوصية من جولة أخرى…</translation>
        </message>
        <message>
            <source>Remove the link</source>
            <translation>إزالة الربط</translation>
        </message>
        <message>
            <source>Suggest links for this State</source>
            <translation>اقتراح روابط لهذه الدولة</translation>
        </message>
        <message>
            <source>Texts of consecutive cycles alike enough (score %1 of 100 or more) are suggested; a person accepts or rejects each.</source>
            <translation>تُقترح نصوص الجولات المتتالية المتشابهة بما يكفي (درجة %1 من 100 أو أكثر)؛ ويقبل شخصٌ كل اقتراح أو يرفضه.</translation>
        </message>
        <message>
            <source>this one</source>
            <translation>هذه</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>مؤكَّد</translation>
        </message>
        <message>
            <source>confirmed (through another)</source>
            <translation>مؤكَّد (عبر توصية أخرى)</translation>
        </message>
        <message>
            <source>suggested, score %1</source>
            <translation>مقترح، الدرجة %1</translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>مقترح</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>قبول</translation>
        </message>
        <message>
            <source>%1: confirm that this is the same recommendation made again</source>
            <translation>%1: تأكيد أن هذه هي التوصية نفسها مقدَّمة مجدداً</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>not the same recommendation: it will not be suggested again</source>
            <translation>ليست التوصية نفسها: لن تُقترح مرة أخرى</translation>
        </message>
        <message>
            <source>Saving the link…</source>
            <translation>جارٍ حفظ الربط…</translation>
        </message>
        <message>
            <source>Suggestion accepted: recommended again (confirmed).</source>
            <translation>قُبل الاقتراح: توصية مكرَّرة (مؤكَّد).</translation>
        </message>
        <message>
            <source>Suggestion rejected: this pair will not be suggested again.</source>
            <translation>رُفض الاقتراح: لن يُقترح هذا الزوج مرة أخرى.</translation>
        </message>
        <message>
            <source>Link removed.</source>
            <translation>أُزيل الربط.</translation>
        </message>
        <message>
            <source>Linked: recommended again (confirmed).</source>
            <translation>تم الربط: توصية مكرَّرة (مؤكَّد).</translation>
        </message>
        <message numerus="yes">
            <source>%n new suggestion(s) for %1 (%2 pairs already linked or decided).</source>
            <translation>
                <numerusform>%n اقتراح جديد لـ %1 (%2 من الأزواج مرتبطة أو محسومة بالفعل).</numerusform>
                <numerusform>%n اقتراح جديد لـ %1 (%2 من الأزواج مرتبطة أو محسومة بالفعل).</numerusform>
                <numerusform>%n اقتراحان جديدان لـ %1 (%2 من الأزواج مرتبطة أو محسومة بالفعل).</numerusform>
                <numerusform>%n اقتراحات جديدة لـ %1 (%2 من الأزواج مرتبطة أو محسومة بالفعل).</numerusform>
                <numerusform>%n اقتراحاً جديداً لـ %1 (%2 من الأزواج مرتبطة أو محسومة بالفعل).</numerusform>
                <numerusform>%n اقتراح جديد لـ %1 (%2 من الأزواج مرتبطة أو محسومة بالفعل).</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggesting recommendations made again (%1)…</source>
            <translation>جارٍ اقتراح التوصيات المكرَّرة (%1)…</translation>
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
        <name>ReportDates</name>
        <message>
            <source>until %1</source>
            <translation>حتى %1</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Country brief (one review)</source>
            <translation>موجز قطري (استعراض واحد)</translation>
        </message>
        <message>
            <source>Thematic brief (a theme or a search, across States and cycles)</source>
            <translation>موجز مواضيعي (موضوع أو بحث، عبر الدول والجولات)</translation>
        </message>
        <message>
            <source>Mid-term implementation report (one review)</source>
            <translation>تقرير منتصف المدة عن التنفيذ (استعراض واحد)</translation>
        </message>
        <message>
            <source>Milestones timeline (a review or a plan of action)</source>
            <translation>الجدول الزمني لمعالم التنفيذ (استعراض أو خطة عمل)</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Briefing report</source>
            <translation>تقرير إحاطة</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>التقرير:</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>الدولة:</translation>
        </message>
        <message>
            <source>&amp;Cycle:</source>
            <translation>الجولة:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>الموضوع:</translation>
        </message>
        <message>
            <source>or words to search for, instead of a theme</source>
            <translation>أو كلمات للبحث عنها بدلاً من موضوع</translation>
        </message>
        <message>
            <source>Searc&amp;h:</source>
            <translation>البحث:</translation>
        </message>
        <message>
            <source>&amp;Plan of action:</source>
            <translation>خطة العمل:</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>الأقسام:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>الصيغة:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <source>Include confidential notes (the cover will say so)</source>
            <translation>تضمين الملاحظات السرية (ستشير صفحة الغلاف إلى ذلك)</translation>
        </message>
        <message>
            <source>Use suggested themes where none is confirmed (marked †)</source>
            <translation>استخدام المواضيع المقترحة حيث لا يوجد موضوع مؤكد (معلَّمة بالعلامة †)</translation>
        </message>
        <message>
            <source>your organisation, named on the cover</source>
            <translation>منظمتكم، ويُذكر اسمها على صفحة الغلاف</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>المنظمة:</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>حفظ…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Choose what the report covers, then Preview to see its pages.</source>
            <translation>اختر ما يشمله التقرير، ثم انقر على «معاينة» لرؤية صفحاته.</translation>
        </message>
        <message>
            <source>Any State</source>
            <translation>جميع الدول</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Any cycle</source>
            <translation>جميع الجولات</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>الجولة %1</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>جارٍ إعداد المعاينة…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s).</source>
            <translation>
                <numerusform>%n صفحة.</numerusform>
                <numerusform>صفحة واحدة (%n).</numerusform>
                <numerusform>صفحتان (%n).</numerusform>
                <numerusform>%n صفحات.</numerusform>
                <numerusform>%n صفحة.</numerusform>
                <numerusform>%n صفحة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>حفظ التقرير</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>جارٍ كتابة %1…</translation>
        </message>
        <message>
            <source>Saved to %1. It includes confidential notes.</source>
            <translation>حُفظ في %1. ويتضمن ملاحظات سرية.</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>حُفظ في %1.</translation>
        </message>
    </context>
    <context>
        <name>ReportFrame</name>
        <message>
            <source>The database holds no recommendation of %1's review in cycle %2 yet: import the Working Group report to fill this report.</source>
            <translation>لا تتضمن قاعدة البيانات بعد أي توصية من استعراض %1 في الجولة %2: استورد تقرير الفريق العامل لملء هذا التقرير.</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>الجولة %1 (%2)</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>الجولة %1</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1 (%2)</source>
            <translation>الاستعراض الدوري الشامل، الجولة %1 (%2)</translation>
        </message>
        <message>
            <source>Universal Periodic Review, cycle %1</source>
            <translation>الاستعراض الدوري الشامل، الجولة %1</translation>
        </message>
        <message>
            <source>%1, Working Group session %2</source>
            <translation>%1، الدورة %2 للفريق العامل</translation>
        </message>
        <message>
            <source>%1, reviewed on %2</source>
            <translation>%1، جرى الاستعراض في %2</translation>
        </message>
        <message>
            <source>%1 · UPR cycle %2 · %3</source>
            <translation>%1 · الاستعراض الدوري الشامل، الجولة %2 · %3</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>منظمتكم</translation>
        </message>
        <message numerus="yes">
            <source>Contains %n confidential note(s): do not share outside %1.</source>
            <translation>
                <numerusform>عدد الملاحظات السرية: %n. لا يُتداول خارج %1.</numerusform>
                <numerusform>عدد الملاحظات السرية: %n. لا يُتداول خارج %1.</numerusform>
                <numerusform>عدد الملاحظات السرية: %n. لا يُتداول خارج %1.</numerusform>
                <numerusform>عدد الملاحظات السرية: %n. لا يُتداول خارج %1.</numerusform>
                <numerusform>عدد الملاحظات السرية: %n. لا يُتداول خارج %1.</numerusform>
                <numerusform>عدد الملاحظات السرية: %n. لا يُتداول خارج %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>سري</translation>
        </message>
    </context>
    <context>
        <name>ReportProgress</name>
        <message>
            <source>Finding the review</source>
            <translation>جارٍ البحث عن الاستعراض</translation>
        </message>
        <message>
            <source>Reading the recommendations</source>
            <translation>جارٍ قراءة التوصيات</translation>
        </message>
        <message>
            <source>Composing the brief</source>
            <translation>جارٍ إعداد الموجز</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>كُتب التقرير</translation>
        </message>
        <message>
            <source>Writing the report</source>
            <translation>جارٍ كتابة التقرير</translation>
        </message>
        <message>
            <source>Reading the recommendations and their assessments</source>
            <translation>جارٍ قراءة التوصيات وتقييماتها</translation>
        </message>
        <message>
            <source>Composing the report</source>
            <translation>جارٍ إعداد التقرير</translation>
        </message>
        <message>
            <source>Writing page %1 of %2</source>
            <translation>جارٍ كتابة الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Report composed</source>
            <translation>أُعِدّ التقرير</translation>
        </message>
        <message>
            <source>Laying out the report</source>
            <translation>جارٍ تنسيق التقرير</translation>
        </message>
        <message>
            <source>Finding the theme</source>
            <translation>جارٍ البحث عن الموضوع</translation>
        </message>
        <message>
            <source>Finding the review or the plan</source>
            <translation>جارٍ البحث عن الاستعراض أو الخطة</translation>
        </message>
        <message>
            <source>Reading the plan and its items</source>
            <translation>جارٍ قراءة الخطة وبنودها</translation>
        </message>
        <message>
            <source>Reading the milestones</source>
            <translation>جارٍ قراءة المعالم</translation>
        </message>
        <message>
            <source>Composing the timeline</source>
            <translation>جارٍ إعداد الجدول الزمني</translation>
        </message>
    </context>
    <context>
        <name>ReportSection</name>
        <message>
            <source>Summary: counts by position, implementation and theme</source>
            <translation>موجز: الأعداد حسب الموقف والتنفيذ والموضوع</translation>
        </message>
        <message>
            <source>Charts of positions and implementation</source>
            <translation>رسوم بيانية للمواقف والتنفيذ</translation>
        </message>
        <message>
            <source>Recommendations by theme</source>
            <translation>التوصيات حسب الموضوع</translation>
        </message>
        <message>
            <source>Summary: counts by cycle and by State</source>
            <translation>موجز: الأعداد حسب الجولة والدولة</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>التوصيات المكرَّرة من جولة إلى أخرى</translation>
        </message>
        <message>
            <source>Recommendations by cycle</source>
            <translation>التوصيات حسب الجولة</translation>
        </message>
        <message>
            <source>Summary: implementation by position and by source</source>
            <translation>موجز: التنفيذ حسب الموقف والمصدر</translation>
        </message>
        <message>
            <source>Recommendations with their assessments</source>
            <translation>التوصيات وتقييماتها</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>معالم التنفيذ</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
    </context>
    <context>
        <name>ReportTemplate</name>
        <message>
            <source>Country brief</source>
            <translation>موجز قطري</translation>
        </message>
        <message>
            <source>Thematic brief</source>
            <translation>موجز مواضيعي</translation>
        </message>
        <message>
            <source>Mid-term implementation report</source>
            <translation>تقرير منتصف المدة عن التنفيذ</translation>
        </message>
        <message>
            <source>Milestones timeline</source>
            <translation>الجدول الزمني لمعالم التنفيذ</translation>
        </message>
    </context>
    <context>
        <name>ReportWording</name>
        <message>
            <source>No position yet</source>
            <translation>لا يوجد موقف بعد</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>بلا موضوع</translation>
        </message>
        <message>
            <source>Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them.</source>
            <translation>المواضيع المعلَّمة بالعلامة %1 يقترحها UPR Tracker حيث لم يؤكدها أي شخص.</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>مواضيع UPR Info</translation>
        </message>
        <message>
            <source>OHCHR themes</source>
            <translation>مواضيع المفوضية السامية لحقوق الإنسان</translation>
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
            <source>%1 (considered implemented)</source>
            <translation>%1 (تُعتبر منفَّذة)</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم تُقيَّم</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(بلا رقم)</translation>
        </message>
        <message>
            <source>National report</source>
            <translation>التقرير الوطني</translation>
        </message>
        <message>
            <source>UN compilation</source>
            <translation>تجميع الأمم المتحدة</translation>
        </message>
        <message>
            <source>Summary of stakeholders' submissions</source>
            <translation>موجز الورقات المقدمة من أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Working Group report</source>
            <translation>تقرير الفريق العامل</translation>
        </message>
        <message>
            <source>The State's reply (addendum)</source>
            <translation>ردود الدولة موضوع الاستعراض (إضافة)</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>وثيقة</translation>
        </message>
        <message>
            <source>no symbol</source>
            <translation>بلا رمز</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2، %3</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Position and implementation</source>
            <translation>الموقف والتنفيذ</translation>
        </message>
        <message>
            <source>Latest milestone and note</source>
            <translation>أحدث مَعلم وأحدث ملاحظة</translation>
        </message>
        <message>
            <source>Recommended by %1</source>
            <translation>الدولة المقدِّمة للتوصية: %1</translation>
        </message>
        <message>
            <source>Milestone: %1</source>
            <translation>المَعلم: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>الدول المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>التنفيذ</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <source>Event %1, written %2</source>
            <translation>الحدث في %1، كُتبت في %2</translation>
        </message>
        <message>
            <source>Confidential — %1, %2: %3</source>
            <translation>سري — %1، %2: %3</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1، %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ResolveNoteDialog</name>
        <message>
            <source>Mark resolved</source>
            <translation>وسمها بأنها تمت تسويتها</translation>
        </message>
        <message>
            <source>How it was resolved: checked against the printed document, left as it is because…</source>
            <translation>كيف سُوّيت: روجعت على الوثيقة المطبوعة، تُركت كما هي لأن…</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a problem's title: its message</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Write how the problem was resolved.</source>
            <translation>اكتب كيف سُوّيت المشكلة.</translation>
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
        <name>ReviewDatesDialog</name>
        <message>
            <source>&amp;Adoption at the Council:</source>
            <translation>الاعتماد في المجلس:</translation>
        </message>
        <message>
            <source>&amp;Mid-term report:</source>
            <translation>تقرير منتصف المدة:</translation>
        </message>
        <message>
            <source>&amp;Next review:</source>
            <translation>الاستعراض التالي:</translation>
        </message>
        <message>
            <source>estimated from the calendar of sessions</source>
            <translation>مقدَّر من جدول الدورات</translation>
        </message>
        <message>
            <source>Dates of the review — %1</source>
            <translation>تواريخ الاستعراض — %1</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <comment>how a date is typed: year, month, day</comment>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>the format of a date in a sentence</comment>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2, held %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;، الدورة %2 للفريق العامل، المعقودة في %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, Working Group session %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;، الدورة %2 للفريق العامل</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, held %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;، المعقود في %2</translation>
        </message>
        <message>
            <source>Saving the dates…</source>
            <translation>جارٍ حفظ التواريخ…</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>New review</source>
            <translation>استعراض جديد</translation>
        </message>
        <message>
            <source>Known:</source>
            <translation>معروف:</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>الدولة موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Working Group session</source>
            <translation>دورة الفريق العامل</translation>
        </message>
        <message>
            <source>Day of the review</source>
            <translation>يوم الاستعراض</translation>
        </message>
        <message>
            <source>State: “%1” is not in the list; choose one.</source>
            <translation>الدولة: ”%1“ ليست في القائمة؛ اختر واحدة.</translation>
        </message>
        <message>
            <source>State: choose the State under review.</source>
            <translation>الدولة: اختر الدولة موضوع الاستعراض.</translation>
        </message>
    </context>
    <context>
        <name>SendChangesDialog</name>
        <message>
            <source>Send changes to a colleague</source>
            <translation>إرسال التغييرات إلى زميل</translation>
        </message>
        <message>
            <source>Writes the changes of this database into an encrypted file signed by this laptop, to carry to a colleague (a USB stick). Confidential notes kept on this laptop stay here.</source>
            <translation>يكتب تغييرات قاعدة البيانات هذه في ملف مشفّر موقَّع من هذا الحاسوب المحمول، لنقله إلى زميل (على ذاكرة USB). تبقى الملاحظات السرية المحفوظة على هذا الحاسوب هنا.</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>الكتابة في:</translation>
        </message>
        <message>
            <source>Everything (for anyone of the team)</source>
            <translation>كل شيء (لأي عضو في الفريق)</translation>
        </message>
        <message>
            <source>What %1 may lack</source>
            <translation>ما قد ينقص %1</translation>
        </message>
        <message>
            <source>Changes:</source>
            <translation>التغييرات:</translation>
        </message>
        <message>
            <source>The team's bundle passphrase</source>
            <translation>عبارة مرور الحزم الخاصة بالفريق</translation>
        </message>
        <message>
            <source>Colleagues' keys</source>
            <translation>مفاتيح الزملاء</translation>
        </message>
        <message>
            <source>Encrypt with:</source>
            <translation>التشفير باستخدام:</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>عبارة المرور:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>أعد كتابتها:</translation>
        </message>
        <message>
            <source>Colleagues' key files (upr-tracker bundle key); with none, the chosen colleague's key known here</source>
            <translation>ملفات مفاتيح الزملاء (upr-tracker bundle key)؛ وإن لم يوجد أي منها، فمفتاح الزميل المختار المعروف هنا</translation>
        </message>
        <message>
            <source>Add a key file…</source>
            <translation>إضافة ملف مفتاح…</translation>
        </message>
        <message>
            <source>Key files:</source>
            <translation>ملفات المفاتيح:</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>كتابة</translation>
        </message>
        <message>
            <source>Write the changes to</source>
            <translation>كتابة التغييرات في</translation>
        </message>
        <message>
            <source>Colleagues' key files</source>
            <translation>ملفات مفاتيح الزملاء</translation>
        </message>
        <message>
            <source>Choose the file to write the changes to.</source>
            <translation>اختر الملف الذي ستُكتب فيه التغييرات.</translation>
        </message>
        <message>
            <source>Type the team's bundle passphrase (twice).</source>
            <translation>اكتب عبارة مرور الحزم الخاصة بالفريق (مرتين).</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور مختلفتان.</translation>
        </message>
        <message>
            <source>Add the key file of each colleague the changes are for (they write it with: upr-tracker bundle key), or choose a colleague whose key is known here.</source>
            <translation>أضف ملف المفتاح لكل زميل موجَّهة إليه التغييرات (يكتبه الزميل بالأمر: upr-tracker bundle key)، أو اختر زميلاً مفتاحه معروف هنا.</translation>
        </message>
    </context>
    <context>
        <name>SplitTextDialog</name>
        <message>
            <source>Split the text</source>
            <translation>تقسيم النص</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>تقسيم</translation>
        </message>
        <message>
            <source>One text answers two groups of recommendations. Click the line where the second answer begins, then say which recommendations each part answers.</source>
            <translation>نص واحد يردّ على مجموعتين من التوصيات. انقر السطر الذي يبدأ عنده الرد الثاني، ثم بيِّن التوصيات التي يردّ عليها كل جزء.</translation>
        </message>
        <message>
            <source>First part answers</source>
            <translation>الجزء الأول يردّ على</translation>
        </message>
        <message>
            <source>Second part answers</source>
            <translation>الجزء الثاني يردّ على</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>الموقف:</translation>
        </message>
        <message>
            <source>Choose a line after the first one: the second part begins there.</source>
            <translation>اختر سطراً بعد السطر الأول: يبدأ الجزء الثاني عنده.</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3: “%4”</source>
            <translation>الأسطر %1–%2، عباراتها: %3: ”%4“</translation>
        </message>
        <message>
            <source>Lines %1–%2, its words: %3</source>
            <translation>الأسطر %1–%2، عباراتها: %3</translation>
        </message>
        <message>
            <source>Tick the recommendations each part answers.</source>
            <translation>حدِّد التوصيات التي يردّ عليها كل جزء.</translation>
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
            <translation>%1 مقترح، درجة الثقة %2: ليس قيمةً بعد حتى يقبله شخص</translation>
        </message>
        <message>
            <source>Accept: %1 becomes the recommendation's %2</source>
            <translation>قبول: يصبح %1 قيمة «%2» للتوصية</translation>
        </message>
        <message>
            <source>Accept the suggestion %1</source>
            <translation>قبول الاقتراح %1</translation>
        </message>
        <message>
            <source>Reject: %1 will not be suggested again for this recommendation</source>
            <translation>رفض: لن يُقترح %1 مرة أخرى لهذه التوصية</translation>
        </message>
        <message>
            <source>Reject the suggestion %1</source>
            <translation>رفض الاقتراح %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionChips</name>
        <message>
            <source>&lt;b&gt;Suggested:&lt;/b&gt;</source>
            <translation>&lt;b&gt;مقترح:&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Suggested by the app from the text, for a person to accept (✓) or reject (✗); a value set by a person or a document is never replaced</source>
            <translation>يقترحه التطبيق انطلاقًا من النص، ليقبله شخص (✓) أو يرفضه (✗)؛ ولا تُستبدل أبدًا قيمة حدّدها شخص أو وثيقة</translation>
        </message>
        <message>
            <source>Accepting the suggestion…</source>
            <translation>جارٍ قبول الاقتراح…</translation>
        </message>
        <message>
            <source>Rejecting the suggestion…</source>
            <translation>جارٍ رفض الاقتراح…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionTableModel</name>
        <message>
            <source>Label</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Suggested value</source>
            <translation>القيمة المقترحة</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>درجة الثقة</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>UPR Info issue</source>
            <translation>موضوع UPR Info</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>هدف التنمية المستدامة</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SDG %1</source>
            <translation>الهدف %1</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1٪</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsView</name>
        <message>
            <source>%</source>
            <comment>a percent after a number</comment>
            <translation>٪</translation>
        </message>
        <message>
            <source>Confidence above, in percent</source>
            <translation>درجة الثقة أعلى من، بالنسبة المئوية</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>Action categories</source>
            <translation>فئات الإجراء</translation>
        </message>
        <message>
            <source>UPR Info issues</source>
            <translation>مواضيع UPR Info</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>الا&amp;ستعراض:</translation>
        </message>
        <message>
            <source>Confidence &amp;above:</source>
            <translation>درجة الثقة &amp;أعلى من:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>ال&amp;نوع:</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>الاقتراحات</translation>
        </message>
        <message>
            <source>✓ &amp;Accept selected</source>
            <translation>✓ &amp;قبول المحدد</translation>
        </message>
        <message>
            <source>The selected suggestions become values of their recommendations, accepted by you</source>
            <translation>تصبح الاقتراحات المحددة قيمًا لتوصياتها، مقبولة منك</translation>
        </message>
        <message>
            <source>✗ R&amp;eject selected</source>
            <translation>✗ ر&amp;فض المحدد</translation>
        </message>
        <message>
            <source>The selected suggestions are not suggested again</source>
            <translation>لن تُقترح الاقتراحات المحددة مرة أخرى</translation>
        </message>
        <message>
            <source>Accept a&amp;ll shown…</source>
            <translation>قبول &amp;كل المعروض…</translation>
        </message>
        <message>
            <source>Every suggestion the filters show, not only the rows on screen (you are told how many first)</source>
            <translation>كل الاقتراحات التي تُظهرها المرشحات، لا الصفوف الظاهرة على الشاشة وحدها (يُذكر لك عددها أولًا)</translation>
        </message>
        <message>
            <source>&amp;Suggest categories and themes…</source>
            <translation>ا&amp;قتراح الفئات والمواضيع…</translation>
        </message>
        <message numerus="yes">
            <source>%1, cycle %2 (%n pending)</source>
            <translation>
                <numerusform>%1، الجولة %2 (لا شيء معلّق)</numerusform>
                <numerusform>%1، الجولة %2 (اقتراح واحد معلّق)</numerusform>
                <numerusform>%1، الجولة %2 (اقتراحان معلّقان)</numerusform>
                <numerusform>%1، الجولة %2 (%n اقتراحات معلّقة)</numerusform>
                <numerusform>%1، الجولة %2 (%n اقتراحًا معلّقًا)</numerusform>
                <numerusform>%1، الجولة %2 (%n اقتراح معلّق)</numerusform>
            </translation>
        </message>
        <message>
            <source>No review has suggestions</source>
            <translation>لا يوجد استعراض فيه اقتراحات</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) shown</source>
            <translation>
                <numerusform>لا اقتراحات معروضة</numerusform>
                <numerusform>اقتراح واحد معروض</numerusform>
                <numerusform>اقتراحان معروضان</numerusform>
                <numerusform>%n اقتراحات معروضة</numerusform>
                <numerusform>%n اقتراحًا معروضًا</numerusform>
                <numerusform>%n اقتراح معروض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>لم يُقبل أي اقتراح.</numerusform>
                <numerusform>قُبل اقتراح واحد.</numerusform>
                <numerusform>قُبل اقتراحان.</numerusform>
                <numerusform>قُبلت %n اقتراحات.</numerusform>
                <numerusform>قُبل %n اقتراحًا.</numerusform>
                <numerusform>قُبل %n اقتراح.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) rejected: they will not be suggested again.</source>
            <translation>
                <numerusform>لم يُرفض أي اقتراح.</numerusform>
                <numerusform>رُفض اقتراح واحد: لن يُقترح مرة أخرى.</numerusform>
                <numerusform>رُفض اقتراحان: لن يُقترحا مرة أخرى.</numerusform>
                <numerusform>رُفضت %n اقتراحات: لن تُقترح مرة أخرى.</numerusform>
                <numerusform>رُفض %n اقتراحًا: لن تُقترح مرة أخرى.</numerusform>
                <numerusform>رُفض %n اقتراح: لن تُقترح مرة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be: %1</source>
            <translation>
                <numerusform>لم يتعذّر شيء: %1</numerusform>
                <numerusform>تعذّر واحد: %1</numerusform>
                <numerusform>تعذّر اثنان: %1</numerusform>
                <numerusform>تعذّرت %n: %1</numerusform>
                <numerusform>تعذّر %n: %1</numerusform>
                <numerusform>تعذّر %n: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving the decisions…</source>
            <translation>جارٍ حفظ القرارات…</translation>
        </message>
        <message>
            <source>Accept all shown</source>
            <translation>قبول كل المعروض</translation>
        </message>
        <message numerus="yes">
            <source>Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, accepted by you (the audit trail says so).</source>
            <translation>
                <numerusform>لا اقتراحات معروضة لقبولها.</numerusform>
                <numerusform>قبول الاقتراح المعروض؟ يصبح قيمةً لتوصيته، مقبولة منك (ويذكر ذلك سجل التغييرات).</numerusform>
                <numerusform>قبول الاقتراحين المعروضين؟ يصبح كلٌّ منهما قيمةً لتوصيته، مقبولة منك (ويذكر ذلك سجل التغييرات).</numerusform>
                <numerusform>قبول الاقتراحات المعروضة وعددها %n؟ يصبح كلٌّ منها قيمةً لتوصيته، مقبولة منك (ويذكر ذلك سجل التغييرات).</numerusform>
                <numerusform>قبول %n اقتراحًا معروضًا؟ يصبح كلٌّ منها قيمةً لتوصيته، مقبولة منك (ويذكر ذلك سجل التغييرات).</numerusform>
                <numerusform>قبول %n اقتراح معروض؟ يصبح كلٌّ منها قيمةً لتوصيته، مقبولة منك (ويذكر ذلك سجل التغييرات).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepting the suggestions…</source>
            <translation>جارٍ قبول الاقتراحات…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a person or a document left alone).</source>
            <translation>
                <numerusform>لم يُحفظ أي اقتراح لـ %1 توصية جرى فحصها (تُركت %2 قيمة حدّدها شخص أو وثيقة كما هي).</numerusform>
                <numerusform>حُفظ اقتراح واحد لـ %1 توصية جرى فحصها (تُركت %2 قيمة حدّدها شخص أو وثيقة كما هي).</numerusform>
                <numerusform>حُفظ اقتراحان لـ %1 توصية جرى فحصها (تُركت %2 قيمة حدّدها شخص أو وثيقة كما هي).</numerusform>
                <numerusform>حُفظت %n اقتراحات لـ %1 توصية جرى فحصها (تُركت %2 قيمة حدّدها شخص أو وثيقة كما هي).</numerusform>
                <numerusform>حُفظ %n اقتراحًا لـ %1 توصية جرى فحصها (تُركت %2 قيمة حدّدها شخص أو وثيقة كما هي).</numerusform>
                <numerusform>حُفظ %n اقتراح لـ %1 توصية جرى فحصها (تُركت %2 قيمة حدّدها شخص أو وثيقة كما هي).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>The open database is the team server's own: it is what laptops sync with, so there is nothing to sync here.</source>
            <translation>قاعدة البيانات المفتوحة هي قاعدة بيانات خادم الفريق نفسه: وهي التي تتزامن معها الحواسيب المحمولة، فلا شيء للمزامنة هنا.</translation>
        </message>
        <message numerus="yes">
            <source>Synced %1: %2 out, %3 in, %n conflict(s)</source>
            <translation>
                <numerusform>زُومنت في %1: %2 صادرة، %3 واردة، %n تعارض</numerusform>
                <numerusform>زُومنت في %1: %2 صادرة، %3 واردة، %n تعارض</numerusform>
                <numerusform>زُومنت في %1: %2 صادرة، %3 واردة، %n تعارضان</numerusform>
                <numerusform>زُومنت في %1: %2 صادرة، %3 واردة، %n تعارضات</numerusform>
                <numerusform>زُومنت في %1: %2 صادرة، %3 واردة، %n تعارضاً</numerusform>
                <numerusform>زُومنت في %1: %2 صادرة، %3 واردة، %n تعارض</numerusform>
            </translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>لم تُزامَن بعد</translation>
        </message>
        <message>
            <source>the server asks for a password (File ▸ Sync now)</source>
            <translation>يطلب الخادم كلمة مرور (ملف ▸ مزامنة الآن)</translation>
        </message>
        <message>
            <source>the server refused the password (File ▸ Sync now)</source>
            <translation>رفض الخادم كلمة المرور (ملف ▸ مزامنة الآن)</translation>
        </message>
        <message>
            <source>server unreachable</source>
            <translation>تعذّر الوصول إلى الخادم</translation>
        </message>
        <message>
            <source>an unexpected error (%1; see the log)</source>
            <translation>خطأ غير متوقع (%1؛ راجع السجل)</translation>
        </message>
    </context>
    <context>
        <name>TableCounts</name>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصيتان</numerusform>
                <numerusform>%n توصيات</numerusform>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)…</source>
            <translation>
                <numerusform>%n توصية…</numerusform>
                <numerusform>%n توصية…</numerusform>
                <numerusform>%n توصيتان…</numerusform>
                <numerusform>%n توصيات…</numerusform>
                <numerusform>%n توصية…</numerusform>
                <numerusform>%n توصية…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>مؤيَّدة: %n</numerusform>
                <numerusform>مؤيَّدة: %n</numerusform>
                <numerusform>مؤيَّدة: %n</numerusform>
                <numerusform>مؤيَّدة: %n</numerusform>
                <numerusform>مؤيَّدة: %n</numerusform>
                <numerusform>مؤيَّدة: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>أُحيط بها علماً: %n</numerusform>
                <numerusform>أُحيط بها علماً: %n</numerusform>
                <numerusform>أُحيط بها علماً: %n</numerusform>
                <numerusform>أُحيط بها علماً: %n</numerusform>
                <numerusform>أُحيط بها علماً: %n</numerusform>
                <numerusform>أُحيط بها علماً: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n partially</source>
            <translation>
                <numerusform>مؤيَّدة جزئياً: %n</numerusform>
                <numerusform>مؤيَّدة جزئياً: %n</numerusform>
                <numerusform>مؤيَّدة جزئياً: %n</numerusform>
                <numerusform>مؤيَّدة جزئياً: %n</numerusform>
                <numerusform>مؤيَّدة جزئياً: %n</numerusform>
                <numerusform>مؤيَّدة جزئياً: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pending</source>
            <translation>
                <numerusform>قيد النظر: %n</numerusform>
                <numerusform>قيد النظر: %n</numerusform>
                <numerusform>قيد النظر: %n</numerusform>
                <numerusform>قيد النظر: %n</numerusform>
                <numerusform>قيد النظر: %n</numerusform>
                <numerusform>قيد النظر: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>تحتاج إلى مراجعة: %n</numerusform>
                <numerusform>تحتاج إلى مراجعة: %n</numerusform>
                <numerusform>تحتاج إلى مراجعة: %n</numerusform>
                <numerusform>تحتاج إلى مراجعة: %n</numerusform>
                <numerusform>تحتاج إلى مراجعة: %n</numerusform>
                <numerusform>تحتاج إلى مراجعة: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Working…</source>
            <translation>جارٍ العمل…</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>TLS if the server offers it (prefer)</source>
            <translation>TLS إذا عرضه الخادم (prefer)</translation>
        </message>
        <message>
            <source>TLS always, certificate not checked (require)</source>
            <translation>TLS دائماً، دون التحقق من الشهادة (require)</translation>
        </message>
        <message>
            <source>TLS always, the server's certificate and name checked (verify-full)</source>
            <translation>TLS دائماً، مع التحقق من شهادة الخادم واسمه (verify-full)</translation>
        </message>
        <message>
            <source>no TLS (disable): only on a network you trust</source>
            <translation>دون TLS (disable): فقط على شبكة تثق بها</translation>
        </message>
        <message>
            <source>The server asks for the password of %1: type it above.</source>
            <translation>يطلب الخادم كلمة مرور %1: اكتبها أعلاه.</translation>
        </message>
        <message>
            <source>The server refused the password of %1 (or does not know this user). Type it again.</source>
            <translation>رفض الخادم كلمة مرور %1 (أو لا يعرف هذا المستخدم). اكتبها مرة أخرى.</translation>
        </message>
        <message>
            <source>%1 could not be opened: %2: %3</source>
            <translation>تعذّر فتح %1: %2: %3</translation>
        </message>
        <message>
            <source>Open a team database</source>
            <translation>فتح قاعدة بيانات فريق</translation>
        </message>
        <message>
            <source>A database your team shares on a PostgreSQL server. Your changes are recorded under the server's user name. The password is not remembered (~/.pgpass or PGPASSWORD can hold it instead).</source>
            <translation>قاعدة بيانات يتشاركها فريقك على خادم PostgreSQL. تُسجَّل تغييراتك باسم المستخدم على الخادم. لا تُحفظ كلمة المرور (يمكن أن يحفظها ‎~/.pgpass أو PGPASSWORD بدلاً من ذلك).</translation>
        </message>
        <message>
            <source>Recent servers:</source>
            <translation>الخوادم الأخيرة:</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>(from ~/.pgpass or PGPASSWORD if empty)</source>
            <translation>(من ‎~/.pgpass أو PGPASSWORD إذا تُركت فارغة)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>الخادم:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>المنفذ:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>قاعدة البيانات:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>المستخدم:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>كلمة المرور:</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>TLS:</translation>
        </message>
        <message>
            <source>Give the server's name or address (the host).</source>
            <translation>أدخل اسم الخادم أو عنوانه (المضيف).</translation>
        </message>
        <message>
            <source>Give the database's name (often upr).</source>
            <translation>أدخل اسم قاعدة البيانات (غالباً upr).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>جارٍ الاتصال بـ %1…</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>جارٍ فتح %1…</translation>
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
        <name>TermsDialog</name>
        <message>
            <source>UPR Info issues</source>
            <translation>مواضيع UPR Info</translation>
        </message>
        <message>
            <source>Filter the issues…</source>
            <translation>تصفية المواضيع…</translation>
        </message>
    </context>
    <context>
        <name>ThematicBrief</name>
        <message>
            <source>cycle %1</source>
            <translation>الجولة %1</translation>
        </message>
        <message>
            <source>No recommendation %1 (%2) is in the database.</source>
            <translation>لا توجد في قاعدة البيانات أي توصية %1 (%2).</translation>
        </message>
        <message>
            <source>No recommendation %1 is in the database.</source>
            <translation>لا توجد في قاعدة البيانات أي توصية %1.</translation>
        </message>
        <message>
            <source>Universal Periodic Review recommendations %1: %2</source>
            <translation>توصيات الاستعراض الدوري الشامل %1: %2</translation>
        </message>
        <message>
            <source>all States, all cycles</source>
            <translation>جميع الدول، جميع الجولات</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>الاستعراض الدوري الشامل، الجولة %1</translation>
        </message>
        <message>
            <source>Thematic brief: %1</source>
            <translation>موجز مواضيعي: %1</translation>
        </message>
        <message>
            <source>on %1 whose text matches “%2”</source>
            <translation>بشأن «%1» التي يطابق نصها «%2»</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>بشأن «%1»</translation>
        </message>
        <message>
            <source>whose text matches “%1”</source>
            <translation>التي يطابق نصها «%1»</translation>
        </message>
        <message numerus="yes">
            <source>%n State(s)</source>
            <translation>
                <numerusform>عدد الدول: %n</numerusform>
                <numerusform>عدد الدول: %n</numerusform>
                <numerusform>عدد الدول: %n</numerusform>
                <numerusform>عدد الدول: %n</numerusform>
                <numerusform>عدد الدول: %n</numerusform>
                <numerusform>عدد الدول: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>cycles %1 and %2</source>
            <translation>الجولتان %1 و%2</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>موجز</translation>
        </message>
        <message>
            <source>%1 to %2, in %3.</source>
            <translation>%1؛ %2؛ %3.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>States reviewed</source>
            <translation>الدول موضوع الاستعراض</translation>
        </message>
        <message>
            <source>By cycle: the States that received such recommendations, and the State's positions</source>
            <translation>حسب الجولة: الدول التي تلقت هذه التوصيات، ومواقف الدولة</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>By State under review</source>
            <translation>حسب الدولة موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Recommended again from cycle to cycle</source>
            <translation>التوصيات المكرَّرة من جولة إلى أخرى</translation>
        </message>
        <message>
            <source>Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or worded the same to the same State in another cycle. A repetition that does not itself carry the theme or match the search is marked “outside this brief”.</source>
            <translation>توصيات تكرر إحدى توصيات هذا الموجز: مرتبطة بوصفها مكرَّرة (السابقة ← اللاحقة)، أو صيغت بالعبارات نفسها للدولة نفسها في جولة أخرى. ويُشار إلى التكرار الذي لا يحمل هو نفسه الموضوع أو لا يطابق البحث بعبارة «خارج هذا الموجز».</translation>
        </message>
        <message>
            <source>None of these recommendations was made again in another cycle, as far as the links and the wording show.</source>
            <translation>لم تُكرَّر أي من هذه التوصيات في جولة أخرى، بحسب ما تُظهره الروابط والصياغة.</translation>
        </message>
        <message>
            <source>linked and same wording</source>
            <translation>مرتبطة، وبالصياغة نفسها</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>مرتبطة</translation>
        </message>
        <message>
            <source>same wording</source>
            <translation>بالصياغة نفسها</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1 (outside this brief)</source>
            <translation>%1 (خارج هذا الموجز)</translation>
        </message>
        <message>
            <source>Recommended before in %1.</source>
            <translation>سبقت التوصية بها: %1.</translation>
        </message>
        <message>
            <source>Recommended again in %1.</source>
            <translation>تكررت التوصية بها: %1.</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two labels</comment>
            <translation> و</translation>
        </message>
        <message>
            <source>cycle %1 as %2</source>
            <translation>الجولة %1، الرقم %2</translation>
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
            <translation>الجدول الزمني لمعالم التنفيذ: %1</translation>
        </message>
        <message>
            <source>Plan of action of %1, %2, with its items</source>
            <translation>خطة عمل %1، %2، مع بنودها</translation>
        </message>
        <message>
            <source>Plan of action of %1, with its items</source>
            <translation>خطة عمل %1، مع بنودها</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <source>The milestones linked to at least one recommendation of this review, and each plan of action among them with all its items.</source>
            <translation>معالم التنفيذ المرتبطة بتوصية واحدة على الأقل من توصيات هذا الاستعراض، وكل خطة عمل من بينها مع جميع بنودها.</translation>
        </message>
        <message numerus="yes">
            <source>%n other milestone(s) of %1 are not linked to it and not shown.</source>
            <translation>
                <numerusform>عدد المعالم الأخرى لـ%1 غير المرتبطة بهذا الاستعراض وغير المعروضة: %n.</numerusform>
                <numerusform>عدد المعالم الأخرى لـ%1 غير المرتبطة بهذا الاستعراض وغير المعروضة: %n.</numerusform>
                <numerusform>عدد المعالم الأخرى لـ%1 غير المرتبطة بهذا الاستعراض وغير المعروضة: %n.</numerusform>
                <numerusform>عدد المعالم الأخرى لـ%1 غير المرتبطة بهذا الاستعراض وغير المعروضة: %n.</numerusform>
                <numerusform>عدد المعالم الأخرى لـ%1 غير المرتبطة بهذا الاستعراض وغير المعروضة: %n.</numerusform>
                <numerusform>عدد المعالم الأخرى لـ%1 غير المرتبطة بهذا الاستعراض وغير المعروضة: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>No milestone is linked to a recommendation of this review yet.</source>
            <translation>لا يوجد بعد أي مَعلم مرتبط بتوصية من توصيات هذا الاستعراض.</translation>
        </message>
        <message>
            <source>The status follows from the dates: planned (dated after this report), until or ended (a milestone with an end date).</source>
            <translation>تُستمد الحالة من التواريخ: مقرَّر (مؤرخ بعد هذا التقرير)، أو حتى، أو انتهى (مَعلم له تاريخ انتهاء).</translation>
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
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>مقرَّر</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>الموعد المحدد: %1</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>انتهى في %1</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>حتى %1</translation>
        </message>
        <message>
            <source>%1; due %2</source>
            <translation>%1؛ الموعد المحدد: %2</translation>
        </message>
        <message>
            <source>cycle %1: %2</source>
            <translation>الجولة %1: %2</translation>
        </message>
        <message>
            <source>%1 cycle %2: %3</source>
            <translation>%1، الجولة %2: %3</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>تراجع: %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>إعادة: %1</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>تم التراجع: %1</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>أُعيد: %1</translation>
        </message>
    </context>
    <context>
        <name>UserGuideWindow</name>
        <message>
            <source>UPR Tracker user guide</source>
            <translation>دليل مستخدم UPR Tracker</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;تقدم</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>ال&amp;محتويات</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>البحث في الدليل</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>البحث عن ال&amp;تالي</translation>
        </message>
        <message>
            <source>This guide is written in English, and names the menus and buttons as they are in English.</source>
            <translation>هذا الدليل مكتوب باللغة الإنكليزية، ويذكر القوائم والأزرار بأسمائها في الواجهة الإنكليزية.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>غير موجود</translation>
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
        <name>WindowBackups</name>
        <message>
            <source>⚠ Backup failed</source>
            <translation>⚠ أخفق النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>Backed up automatically to %1.</source>
            <translation>نُسخ احتياطياً تلقائياً إلى %1.</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then back it up.</source>
            <translation>%1 مقفلة: ألغِ قفلها بعبارة مرورها، ثم انسخها احتياطياً.</translation>
        </message>
        <message>
            <source>Backing up %1…</source>
            <translation>جارٍ النسخ الاحتياطي لـ %1…</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3).</source>
            <translation>نُسخت %1 احتياطياً إلى %2 (في %3).</translation>
        </message>
        <message>
            <source>Back up the team database to</source>
            <translation>النسخ الاحتياطي لقاعدة بيانات الفريق إلى</translation>
        </message>
        <message>
            <source>pg_dump backups (*.dump)</source>
            <translation>نسخ pg_dump الاحتياطية (*.dump)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). Warning: %4.</source>
            <translation>نُسخت %1 احتياطياً إلى %2 (في %3؛ ويستعيدها الأمر upr-tracker restore --db URL --from FILE). تحذير: %4.</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back).</source>
            <translation>نُسخت %1 احتياطياً إلى %2 (في %3؛ ويستعيدها الأمر upr-tracker restore --db URL --from FILE).</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>النسخة الاحتياطية غير مكتملة</translation>
        </message>
        <message>
            <source>Backing up the team database…</source>
            <translation>جارٍ النسخ الاحتياطي لقاعدة بيانات الفريق…</translation>
        </message>
        <message>
            <source>Backups of a team database</source>
            <translation>النسخ الاحتياطية لقاعدة بيانات فريق</translation>
        </message>
        <message>
            <source>%1 is locked: unlock it with its passphrase, then restore.</source>
            <translation>%1 مقفلة: ألغِ قفلها بعبارة مرورها، ثم استعِدها.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Restore %1 from the backup of %2 (%3)?

This replaces the database as it is now. The current state is backed up first (as “before a restore”, in %4), so you can go back to it.</source>
            <translation>هل تريد استعادة %1 من النسخة الاحتياطية المأخوذة في %2 (%3)؟

سيحلّ هذا محلّ قاعدة البيانات بحالتها الراهنة. وتُنسخ الحالة الراهنة احتياطياً أولاً (بوصفها «قبل استعادة»، في %4)، لتتمكن من العودة إليها.</translation>
        </message>
        <message>
            <source>Restoring %1 from the backup of %2…</source>
            <translation>جارٍ استعادة %1 من النسخة الاحتياطية المأخوذة في %2…</translation>
        </message>
        <message>
            <source>The restore did not start: other work is still running (an import, an export or a report). Nothing was changed. Try again when it has finished.</source>
            <translation>لم تبدأ الاستعادة: لا يزال عمل آخر جارياً (استيراد أو تصدير أو تقرير). لم يتغير شيء. حاول مرة أخرى عندما ينتهي.</translation>
        </message>
        <message>
            <source>

The database as it was is kept in %1: restore that backup to go back to it.</source>
            <translation>

قاعدة البيانات بحالتها السابقة محفوظة في %1: استعِد تلك النسخة الاحتياطية للعودة إليها.</translation>
        </message>
        <message>
            <source>Restored %1 from the backup of %2: %3, %4.</source>
            <translation>استُعيدت %1 من النسخة الاحتياطية المأخوذة في %2: %3، %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصيتان</numerusform>
                <numerusform>%n توصيات</numerusform>
                <numerusform>%n توصيةً</numerusform>
                <numerusform>%n توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظتان</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظةً</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>تمت الاستعادة</translation>
        </message>
        <message>
            <source>The restore failed: %1

%2 could not be opened again either: %3

Open it with File ▸ Open database…, or restore another backup.</source>
            <translation>أخفقت الاستعادة: %1

وتعذّر كذلك فتح %2 مرة أخرى: %3

افتحها بالأمر ملف ▸ فتح قاعدة بيانات…، أو استعِد نسخة احتياطية أخرى.</translation>
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
        <name>WindowEncryption</name>
        <message>
            <source>&amp;Lock the database</source>
            <translation>قفل قاعدة البيانات</translation>
        </message>
        <message>
            <source>&amp;Encryption</source>
            <translation>التشفير</translation>
        </message>
        <message>
            <source>&amp;Encrypt this database…</source>
            <translation>تشفير قاعدة البيانات هذه…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>&amp;Remove the encryption…</source>
            <translation>إزالة التشفير…</translation>
        </message>
        <message>
            <source>&amp;Lock after a time without use…</source>
            <translation>القفل بعد مدة من عدم الاستخدام…</translation>
        </message>
        <message>
            <source>Encrypt the database</source>
            <translation>تشفير قاعدة البيانات</translation>
        </message>
        <message>
            <source>%1 and its backups will be encrypted: without the passphrase no one can read them, you included.</source>
            <translation>ستُشفَّر %1 ونسخها الاحتياطية: من دون عبارة المرور لن يتمكن أحد من قراءتها، بمن في ذلك أنت.</translation>
        </message>
        <message>
            <source>Encrypting %1…</source>
            <translation>جارٍ تشفير %1…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>The database and its backups will open with the new passphrase only. (The same passphrase again changes only backups an earlier change could not.)</source>
            <translation>لن تُفتح قاعدة البيانات ونسخها الاحتياطية إلا بعبارة المرور الجديدة. (إعادة استخدام عبارة المرور نفسها لا تغيّر إلا النسخ الاحتياطية التي تعذّر تغييرها في تغيير سابق.)</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>جارٍ تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Remove the encryption</source>
            <translation>إزالة التشفير</translation>
        </message>
        <message>
            <source>%1 and its backups will be readable by anyone who has the files. Remove the encryption?</source>
            <translation>سيتمكن أي شخص لديه الملفات من قراءة %1 ونسخها الاحتياطية. هل تريد إزالة التشفير؟</translation>
        </message>
        <message>
            <source>Removing the encryption…</source>
            <translation>جارٍ إزالة التشفير…</translation>
        </message>
        <message>
            <source>%1 (once the work under way is done)</source>
            <translation>%1 (بعد انتهاء العمل الجاري)</translation>
        </message>
        <message numerus="yes">
            <source>%1 is encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>شُفِّرت %1، ومعها %n نسخة احتياطية.</numerusform>
                <numerusform>شُفِّرت %1، ومعها %n نسخة احتياطية.</numerusform>
                <numerusform>شُفِّرت %1، ومعها %n نسختان احتياطيتان.</numerusform>
                <numerusform>شُفِّرت %1، ومعها %n نسخ احتياطية.</numerusform>
                <numerusform>شُفِّرت %1، ومعها %n نسخةً احتياطية.</numerusform>
                <numerusform>شُفِّرت %1، ومعها %n نسخة احتياطية.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is encrypted.</source>
            <translation>%1 مشفّرة.</translation>
        </message>
        <message numerus="yes">
            <source>%1 is no longer encrypted, and %n backup(s) with it.</source>
            <translation>
                <numerusform>لم تعد %1 مشفّرة، ولا %n نسخة احتياطية معها.</numerusform>
                <numerusform>لم تعد %1 مشفّرة، ولا %n نسخة احتياطية معها.</numerusform>
                <numerusform>لم تعد %1 مشفّرة، ولا %n نسختان احتياطيتان معها.</numerusform>
                <numerusform>لم تعد %1 مشفّرة، ولا %n نسخ احتياطية معها.</numerusform>
                <numerusform>لم تعد %1 مشفّرة، ولا %n نسخةً احتياطية معها.</numerusform>
                <numerusform>لم تعد %1 مشفّرة، ولا %n نسخة احتياطية معها.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is no longer encrypted.</source>
            <translation>%1 لم تعد مشفّرة.</translation>
        </message>
        <message>
            <source>%1 is encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 مشفّرة، لكن تعذّر تغيير هذه النسخ الاحتياطية وبقيت كما كانت:

%2

بعد معالجة السبب، يغيّرها أيضاً الأمر أدوات ▸ التشفير ▸ تغيير عبارة المرور… بعبارة المرور نفسها.</translation>
        </message>
        <message>
            <source>%1 is no longer encrypted, but these backups could not be changed and are as they were:

%2

Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same passphrase changes them too.</source>
            <translation>%1 لم تعد مشفّرة، لكن تعذّر تغيير هذه النسخ الاحتياطية وبقيت كما كانت:

%2

بعد معالجة السبب، يغيّرها أيضاً الأمر أدوات ▸ التشفير ▸ تغيير عبارة المرور… بعبارة المرور نفسها.</translation>
        </message>
        <message>
            <source>Some backups are as they were</source>
            <translation>بعض النسخ الاحتياطية بقيت كما كانت</translation>
        </message>
        <message>
            <source>Lock after a time without use</source>
            <translation>القفل بعد مدة من عدم الاستخدام</translation>
        </message>
        <message>
            <source>Lock an encrypted database after this many minutes without use (0: never):</source>
            <translation>قفل قاعدة البيانات المشفّرة بعد هذا العدد من الدقائق دون استخدام (0: أبداً):</translation>
        </message>
    </context>
    <context>
        <name>WindowImportExport</name>
        <message>
            <source>Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</source>
            <translation>كل ما يقرؤه UPR Tracker (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json)</translation>
        </message>
        <message>
            <source>UN documents (*.txt *.pdf *.docx)</source>
            <translation>وثائق الأمم المتحدة (*.txt *.pdf *.docx)</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.xlsx *.xls)</source>
            <translation>مجموعات البيانات (*.csv *.xlsx *.xls)</translation>
        </message>
        <message>
            <source>UPR Tracker exports (*.json)</source>
            <translation>ملفات مُصدَّرة من UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Import documents and datasets</source>
            <translation>استيراد الوثائق ومجموعات البيانات</translation>
        </message>
        <message>
            <source>Imported. Some points need review: Tools ▸ Problems to review (Ctrl+3).</source>
            <translation>تم الاستيراد. بعض النقاط تحتاج إلى مراجعة: أدوات ▸ مشكلات تحتاج إلى مراجعة (Ctrl+3).</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>جدول CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON, everything, for another UPR Tracker (*.json)</source>
            <translation>JSON، كل شيء، لنسخة أخرى من UPR Tracker (*.json)</translation>
        </message>
        <message>
            <source>Export the recommendations shown</source>
            <translation>تصدير التوصيات المعروضة</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2. It is encrypted.</source>
            <translation>التوصيات المُصدَّرة: %1، إلى %2. الملف مشفَّر.</translation>
        </message>
        <message>
            <source>%1 recommendations exported to %2.</source>
            <translation>التوصيات المُصدَّرة: %1، إلى %2.</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>جارٍ التصدير إلى %1…</translation>
        </message>
    </context>
    <context>
        <name>WindowManualEntry</name>
        <message>
            <source>New re&amp;view…</source>
            <translation>استعراض جديد…</translation>
        </message>
        <message>
            <source>New &amp;recommendation…</source>
            <translation>توصية جديدة…</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>تعديل التوصية…</translation>
        </message>
        <message>
            <source>There is no review yet: add one first (Edit ▸ New review…).</source>
            <translation>لا يوجد استعراض بعد: أضف استعراضاً أولاً (تحرير ▸ استعراض جديد…).</translation>
        </message>
        <message>
            <source>Choose the recommendation to edit first.</source>
            <translation>اختر أولاً التوصية المراد تعديلها.</translation>
        </message>
        <message>
            <source>Position recorded</source>
            <translation>سُجِّل الموقف</translation>
        </message>
    </context>
    <context>
        <name>WindowSuggestions</name>
        <message>
            <source>Su&amp;ggestions</source>
            <translation>الا&amp;قتراحات</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>ال&amp;اقتراحات</translation>
        </message>
        <message>
            <source>Suggest categories and &amp;themes…</source>
            <translation>اقتراح الفئات و&amp;المواضيع…</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them</source>
            <translation>اقتراح فئات الإجراء ومواضيع UPR Info وأهداف التنمية المستدامة حيث تفتقر إليها التوصيات</translation>
        </message>
        <message>
            <source>Su&amp;ggestions (%1)</source>
            <translation>الا&amp;قتراحات (%1)</translation>
        </message>
        <message>
            <source>Suggest action categories, UPR Info issues and SDGs where recommendations lack them: for %1, cycle %2, or for every review? Values set by a person or a document are left alone.</source>
            <translation>اقتراح فئات الإجراء ومواضيع UPR Info وأهداف التنمية المستدامة حيث تفتقر إليها التوصيات: لـ %1، الجولة %2، أم لكل الاستعراضات؟ تبقى القيم التي حدّدها شخص أو وثيقة كما هي.</translation>
        </message>
        <message>
            <source>Suggest categories and themes</source>
            <translation>اقتراح الفئات والمواضيع</translation>
        </message>
        <message>
            <source>This review</source>
            <translation>هذا الاستعراض</translation>
        </message>
        <message>
            <source>All reviews</source>
            <translation>كل الاستعراضات</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (%1, cycle %2)…</source>
            <translation>جارٍ اقتراح الفئات والمواضيع (%1، الجولة %2)…</translation>
        </message>
        <message>
            <source>Suggesting categories and themes (all reviews)…</source>
            <translation>جارٍ اقتراح الفئات والمواضيع (كل الاستعراضات)…</translation>
        </message>
        <message>
            <source>Suggesting was cancelled: the suggestions stay as they were.</source>
            <translation>أُلغي الاقتراح: تبقى الاقتراحات كما كانت.</translation>
        </message>
    </context>
    <context>
        <name>WindowSync</name>
        <message>
            <source>S&amp;ync now</source>
            <translation>مزامنة الآن</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>المزامنة تلقائياً</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation>خادم الفريق: %1</translation>
        </message>
        <message>
            <source>File ▸ Sync now to choose the team server</source>
            <translation>ملف ▸ مزامنة الآن لاختيار خادم الفريق</translation>
        </message>
        <message>
            <source>the team server</source>
            <translation>خادم الفريق</translation>
        </message>
        <message>
            <source>Syncing with %1…</source>
            <translation>جارٍ المزامنة مع %1…</translation>
        </message>
        <message>
            <source>Sync cancelled %1</source>
            <translation>أُلغيت المزامنة في %1</translation>
        </message>
        <message>
            <source>Sync failed %1: %2</source>
            <translation>أخفقت المزامنة في %1: %2</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>أخفقت المزامنة: %1</translation>
        </message>
        <message>
            <source>Sync with the team server</source>
            <translation>المزامنة مع خادم الفريق</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>مزامنة</translation>
        </message>
    </context>
    <context>
        <name>WindowTableQuery</name>
        <message>
            <source>Searching…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>%1+ recommendations…</source>
            <translation>%1+ توصية…</translation>
        </message>
        <message>
            <source>No recommendation matches “%1”.</source>
            <translation>لا توجد توصية تطابق "%1".</translation>
        </message>
        <message>
            <source>No recommendation passes these filters. View ▸ Clear filters and search (Ctrl+Shift+X).</source>
            <translation>لا توجد توصية تستوفي عوامل التصفية هذه. عرض ▸ مسح عوامل التصفية والبحث (Ctrl+Shift+X).</translation>
        </message>
        <message>
            <source>This database has no recommendations yet.
Import a Working Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import documents or datasets… (Ctrl+I).</source>
            <translation>لا تحتوي قاعدة البيانات هذه على توصيات بعد.
استورد تقرير الفريق العامل أو إضافة أو مصفوفة المفوضية أو ملف تصدير من UPR Info: ملف ▸ استيراد وثائق أو مجموعات بيانات… (Ctrl+I).</translation>
        </message>
        <message>
            <source>Nothing to show here yet.</source>
            <translation>لا شيء لعرضه هنا بعد.</translation>
        </message>
    </context>
    <context>
        <name>_BundleFileDialog</name>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
    </context>
    <context>
        <name>_DelayedProgress</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>_LabelChecklist</name>
        <message>
            <source>Filter labels (e.g. 97.1)</source>
            <translation>تصفية الأرقام (مثلاً 97.1)</translation>
        </message>
    </context>
</TS>
