<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.</source>
        <translation>مساعد أشعة يعمل دون اتصال بالإنترنت. ليس جهازًا طبيًا: يجب أن يؤكد قارئ مؤهل كل نتيجة.</translation>
    </message>
    <message>
        <source>(cannot read {name}: {reason})</source>
        <translation>(تعذّرت قراءة {name}: {reason})</translation>
    </message>
    <message>
        <source>{package} ships no license file; its metadata says: {license}</source>
        <translation>لا يتضمن {package} ملف ترخيص؛ تذكر بياناته الوصفية: {license}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>برمجيات الجهات الخارجية</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>نسخ تفاصيل الإصدار</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>مرخّص بموجب Apache-2.0.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>sha256 (card)</source>
        <translation>sha256 (البطاقة)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Installed models (the file hash is checked before each model is loaded):</source>
        <translation>النماذج المثبّتة (يُتحقَّق من بصمة الملف قبل تحميل كل نموذج):</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>غير متاح: {reason}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>models: {ids}</source>
        <translation>النماذج: {ids}</translation>
    </message>
    <message>
        <source>No model with a training data citation is installed.</source>
        <translation>لا يوجد نموذج مثبّت يذكر مصدر بيانات تدريبه.</translation>
    </message>
    <message>
        <source>Data sets the models were trained on</source>
        <translation>مجموعات البيانات التي دُرّبت عليها النماذج</translation>
    </message>
    <message>
        <source>Bundled fonts, images and test files</source>
        <translation>الخطوط والصور وملفات الاختبار المرفقة</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open File(s)…</source>
        <translation>&amp;فتح ملفات…</translation>
    </message>
    <message>
        <source>Open DICOM or image files</source>
        <translation>فتح ملفات DICOM أو ملفات صور</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>فتح &amp;مجلد…</translation>
    </message>
    <message>
        <source>Browse the images in a folder</source>
        <translation>تصفّح الصور في مجلد</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>الصورة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Next image in the strip</source>
        <translation>الصورة التالية في الشريط</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>الصورة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Previous image in the strip</source>
        <translation>الصورة السابقة في الشريط</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>عرض الصورة كاملة داخل النافذة</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>بكسل واحد من الصورة لكل بكسل من الشاشة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>تدوير لليسا&amp;ر</translation>
    </message>
    <message>
        <source>Rotate 90° counter-clockwise</source>
        <translation>تدوير 90° عكس اتجاه عقارب الساعة</translation>
    </message>
    <message>
        <source>⟲ Rotate</source>
        <translation>⟲ تدوير</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>تدوير لليمي&amp;ن</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>تدوير 90° في اتجاه عقارب الساعة</translation>
    </message>
    <message>
        <source>⟳ Rotate</source>
        <translation>⟳ تدوير</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontal</source>
        <translation>قلب &amp;أفقي</translation>
    </message>
    <message>
        <source>Mirror left ↔ right</source>
        <translation>عكس اليسار ↔ اليمين</translation>
    </message>
    <message>
        <source>↔ Flip</source>
        <translation>↔ قلب</translation>
    </message>
    <message>
        <source>Flip &amp;Vertical</source>
        <translation>قلب &amp;عمودي</translation>
    </message>
    <message>
        <source>Mirror top ↕ bottom</source>
        <translation>عكس الأعلى ↕ الأسفل</translation>
    </message>
    <message>
        <source>↕ Flip</source>
        <translation>↕ قلب</translation>
    </message>
    <message>
        <source>R&amp;eset View</source>
        <translation>إعادة &amp;ضبط العرض</translation>
    </message>
    <message>
        <source>Reset window, inversion, rotation and zoom</source>
        <translation>إعادة ضبط النافذة والعكس والتدوير والتكبير</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة ضبط</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>م&amp;لء الشاشة</translation>
    </message>
    <message>
        <source>&amp;Auto Window</source>
        <translation>نافذة &amp;تلقائية</translation>
    </message>
    <message>
        <source>Window from the image histogram (0.5–99.5 %)</source>
        <translation>نافذة مستخلصة من المدرّج التكراري للصورة (0.5–99.5 %)</translation>
    </message>
    <message>
        <source>Auto W/L</source>
        <translation>نافذة تلقائية</translation>
    </message>
    <message>
        <source>&amp;Default Window</source>
        <translation>النافذة ال&amp;افتراضية</translation>
    </message>
    <message>
        <source>The file&apos;s own window, else the full range</source>
        <translation>نافذة الملف نفسه، وإلا النطاق الكامل</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;عكس</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>عكس مستويات الرمادي</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>عكس</translation>
    </message>
    <message>
        <source>Next F&amp;rame</source>
        <translation>الإطار ال&amp;تالي</translation>
    </message>
    <message>
        <source>Previous Fra&amp;me</source>
        <translation>الإطار ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;About ScanLens</source>
        <translation>&amp;حول ScanLens</translation>
    </message>
    <message>
        <source>&amp;Analyse Image</source>
        <translation>&amp;تحليل الصورة</translation>
    </message>
    <message>
        <source>Run the AI analysis on the image on screen</source>
        <translation>تشغيل تحليل الذكاء الاصطناعي على الصورة المعروضة</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>إظهار &amp;خريطة الحرارة</translation>
    </message>
    <message>
        <source>Show where the model looked</source>
        <translation>إظهار المواضع التي ركّز عليها النموذج</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>خريطة الحرارة</translation>
    </message>
    <message>
        <source>Analyse F&amp;older…</source>
        <translation>تحليل م&amp;جلد…</translation>
    </message>
    <message>
        <source>Triage every image in a folder (batch)</source>
        <translation>فرز كل الصور في مجلد (دفعة)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>ال&amp;نماذج…</translation>
    </message>
    <message>
        <source>Installed AI models, their cards and execution devices</source>
        <translation>نماذج الذكاء الاصطناعي المثبّتة وبطاقاتها وأجهزة التنفيذ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Execution device, automatic analysis, models folder</source>
        <translation>جهاز التنفيذ، التحليل التلقائي، مجلد النماذج</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>&amp;تصدير التقرير (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report of the result on screen</source>
        <translation>حفظ تقرير PDF للنتيجة المعروضة</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;طباعة التقرير…</translation>
    </message>
    <message>
        <source>Print the report of the result on screen</source>
        <translation>طباعة تقرير النتيجة المعروضة</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>معاينة التقرير المطبوع</translation>
    </message>
    <message>
        <source>Export to PACS Fol&amp;der (DICOM)…</source>
        <translation>تصدير إلى مجلد &amp;PACS (DICOM)…</translation>
    </message>
    <message>
        <source>Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder</source>
        <translation>حفظ النتيجة بصيغة DICOM Secondary Capture مع PDF مُضمَّن في مجلد</translation>
    </message>
    <message>
        <source>Case &amp;History</source>
        <translation>&amp;سجل الحالات</translation>
    </message>
    <message>
        <source>Past cases, their reviews and the audit trail</source>
        <translation>الحالات السابقة ومراجعاتها وسجل التدقيق</translation>
    </message>
    <message>
        <source>Report Se&amp;ttings…</source>
        <translation>إعدادات ال&amp;تقرير…</translation>
    </message>
    <message>
        <source>Reviewer name, clinic name and logo, page size</source>
        <translation>اسم المراجع، اسم العيادة وشعارها، حجم الصفحة</translation>
    </message>
    <message>
        <source>&amp;Language and Text Size…</source>
        <translation>ال&amp;لغة وحجم النص…</translation>
    </message>
    <message>
        <source>Interface language (after a restart) and text size</source>
        <translation>لغة الواجهة (بعد إعادة التشغيل) وحجم النص</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>ال&amp;لوحات</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;صورة</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;تحليل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>CliAnalyze</name>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>{file}: not analysed: {reason}</source>
        <translation>{file}: لم يُحلَّل: {reason}</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>لم يُعثر على ملفات صور</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>{path}: audit log intact, {entries} entries; head {head}</source>
        <translation>{path}: سجل التدقيق سليم، عدد الإدخالات {entries}؛ الرأس {head}</translation>
    </message>
    <message>
        <source>Keep the head hash elsewhere to detect later truncation of the newest entries.</source>
        <translation>احتفظ ببصمة الرأس في مكان آخر لاكتشاف أي اقتطاع لاحق لأحدث الإدخالات.</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>إدخال التدقيق {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>الحالة {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>{path}: AUDIT FAILED at {place}: {reason}</source>
        <translation>{path}: فشل التدقيق عند {place}: {reason}</translation>
    </message>
    <message>
        <source>Entries before that point are still trustworthy; later ones are not.</source>
        <translation>الإدخالات السابقة لهذه النقطة لا تزال موثوقة؛ أما اللاحقة فليست كذلك.</translation>
    </message>
</context>
<context>
    <name>CliCaseHistory</name>
    <message>
        <source>there is no case history at {path}</source>
        <translation>لا يوجد سجل حالات في {path}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>commands from {module} are unavailable: {error}</source>
        <translation>أوامر {module} غير متاحة: {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>تمت المقاطعة</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>خطأ غير متوقع: {error}</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or ISO date-time</source>
        <translation>{text} ليس تاريخًا (YYYY-MM-DD) ولا تاريخًا ووقتًا بصيغة ISO</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>عدد الحالات: {count}</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>ملونة</translation>
    </message>
    <message>
        <source>monochrome</source>
        <translation>أحادية اللون</translation>
    </message>
    <message>
        <source>{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}</source>
        <translation>{format} عبر {decoder}: عدد الإطارات {frames}، {columns}x{rows} {kind}</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name}), inverted</source>
        <translation>النافذة: المركز {center} العرض {width} ({name})، معكوسة</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name})</source>
        <translation>النافذة: المركز {center} العرض {width} ({name})</translation>
    </message>
    <message>
        <source>pixels: min {min} max {max} mean {mean}</source>
        <translation>البكسلات: الأدنى {min} الأقصى {max} المتوسط {mean}</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>اسم المريض</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>معرّف المريض</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>نوع التصوير</translation>
    </message>
    <message>
        <source>study date</source>
        <translation>تاريخ الدراسة</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>المنطقة التشريحية</translation>
    </message>
    <message>
        <source>transfer syntax</source>
        <translation>صيغة النقل</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <source>UNAVAILABLE: {reason}</source>
        <translation>غير متاح: {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>جاهز</translation>
    </message>
</context>
<context>
    <name>CliPacs</name>
    <message>
        <source>replaced {node}</source>
        <translation>استُبدل: {node}</translation>
    </message>
    <message>
        <source>added {node}</source>
        <translation>أُضيف: {node}</translation>
    </message>
    <message>
        <source>removed {node}</source>
        <translation>أُزيل: {node}</translation>
    </message>
    <message>
        <source>{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})</source>
        <translation>{name}: نجح C-ECHO خلال {ms} ms ({ae}@{host}:{port})</translation>
    </message>
    <message>
        <source>1 study found</source>
        <translation>عُثر على دراسة واحدة</translation>
    </message>
    <message>
        <source>{count} studies found</source>
        <translation>عدد الدراسات التي عُثر عليها: {count}</translation>
    </message>
    <message>
        <source>retrieved {count} instance(s) of {study} into {folder}</source>
        <translation>استُرجع عدد {count} من مثيلات {study} إلى {folder}</translation>
    </message>
    <message>
        <source>{count} refused or failed</source>
        <translation>{count} مرفوضة أو فاشلة</translation>
    </message>
    <message>
        <source>{path}: already in the outbox for {node}</source>
        <translation>{path}: موجود بالفعل في صندوق الصادر لـ {node}</translation>
    </message>
    <message>
        <source>tries {count}</source>
        <translation>المحاولات {count}</translation>
    </message>
    <message>
        <source>still waiting: {uid} for {node}: {error}</source>
        <translation>لا يزال في الانتظار: {uid} لـ {node}: {error}</translation>
    </message>
</context>
<context>
    <name>CliReceive</name>
    <message>
        <source>{path}: not analysed: {reason}</source>
        <translation>{path}: لم يُحلَّل: {reason}</translation>
    </message>
    <message>
        <source>{path}: {decision} (case {case})</source>
        <translation>{path}: {decision} (الحالة {case})</translation>
    </message>
    <message>
        <source>{path}: {decision} — not recorded in the case history: {error}</source>
        <translation>{path}: {decision} — لم يُسجَّل في سجل الحالات: {error}</translation>
    </message>
    <message>
        <source>listening as {ae} on {address}:{port}, storing into {folder}</source>
        <translation>الاستماع باسم {ae} على {address}:{port}، والحفظ في {folder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>received {path} from {ae}@{host}</source>
        <translation>استُلم {path} من {ae}@{host}</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <source>the window width must be a positive number</source>
        <translation>يجب أن يكون عرض النافذة عددًا موجبًا</translation>
    </message>
    <message>
        <source>frame {frame} does not exist (the image has {count} frame(s))</source>
        <translation>الإطار {frame} غير موجود (عدد إطارات الصورة {count})</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>تعذّرت كتابة {path}: {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({width}x{height})</source>
        <translation>كُتب {path} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>CliSelfTest</name>
    <message>
        <source>{app} {version} self-test ({install})</source>
        <translation>{app} {version} اختبار ذاتي ({install})</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{app} hit {count} unexpected errors (latest: {error}).</source>
        <translation>واجه {app} عددًا من الأخطاء غير المتوقعة: {count} (آخرها: {error}).</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} — خطأ غير متوقع</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.</source>
        <translation>واجه {app} خطأً غير متوقع ({error}). يستمر البرنامج في العمل، لكن ربما لم يكتمل الإجراء الأخير.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>كُتبت التفاصيل في {path}</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>كبير (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>أكبر (150 %)</translation>
    </message>
    <message>
        <source>Language and Text Size</source>
        <translation>اللغة وحجم النص</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>ستُستخدم اللغة الجديدة عند تشغيل ScanLens في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Unknown language &apos;{code}&apos;. ScanLens speaks: {codes} (or &apos;system&apos;).</source>
        <translation>لغة غير معروفة &apos;{code}&apos;. يدعم ScanLens اللغات: {codes} (أو &apos;system&apos;).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Window &amp;Presets</source>
        <translation>إعدادات النافذة ال&amp;مسبقة</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ال&amp;ملفات الأخيرة</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>معلومات الصورة</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files here.</source>
        <translation>افتح ملف DICOM أو ملف صورة (Ctrl+O)، أو أفلت الملفات هنا.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>التكبير {percent}%</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>Looking for images in {folder}…</source>
        <translation>جارٍ البحث عن صور في {folder}…</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>فتح صور</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح مجلد</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>ستُستخدم اللغة الجديدة عند تشغيل ScanLens في المرة القادمة.</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {frames} frames, {decoder}</source>
        <translation>{name}: {cols}×{rows}، عدد الإطارات {frames}، {decoder}</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {decoder}</source>
        <translation>{name}: {cols}×{rows}، {decoder}</translation>
    </message>
    <message>
        <source>No window (colour)</source>
        <translation>بلا نافذة (ملونة)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>لم يُعثر على صور مدعومة في هذا المجلد.</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>عدد الصور: {count}</translation>
    </message>
    <message>
        <source>C {center}  W {width}</source>
        <translation>المركز {center}  العرض {width}</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>مسح الملفات الحديثة</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>The logo file does not exist.</source>
        <translation>ملف الشعار غير موجود.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image that can be read.</source>
        <translation>الشعار ليس صورة PNG أو JPEG قابلة للقراءة.</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>إعدادات التقرير</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Example</source>
        <translation>مثال: د. أ. مثال</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>يُطبع في ترويسة كل صفحة</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>اسم ال&amp;مراجع:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>اسم ال&amp;عيادة:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>&amp;شعار العيادة:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;حجم الصفحة:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>شعار العيادة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic — a GPU when one is usable, else the CPU</source>
        <translation>تلقائي — وحدة GPU عند توفرها، وإلا وحدة CPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU فقط</translation>
    </message>
    <message>
        <source>GPU (falls back to the CPU, with a note, when none is usable)</source>
        <translation>GPU (يعود إلى CPU مع ملاحظة عند عدم توفر أي وحدة)</translation>
    </message>
    <message>
        <source>Analysis Settings</source>
        <translation>إعدادات التحليل</translation>
    </message>
    <message>
        <source>Analyse &amp;automatically when an image is opened</source>
        <translation>التحليل &amp;تلقائيًا عند فتح صورة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>Execution &amp;device:</source>
        <translation>&amp;جهاز التنفيذ:</translation>
    </message>
    <message>
        <source>Your &amp;models folder:</source>
        <translation>مجلد ال&amp;نماذج الخاص بك:</translation>
    </message>
    <message>
        <source>Model packs (&lt;id&gt;.onnx with its &lt;id&gt;.json card) in this folder are offered next to the shipped models. Changing the device or folder reloads the models on the next analysis.</source>
        <translation>تُعرض حزم النماذج (&lt;id&gt;.onnx مع بطاقتها &lt;id&gt;.json) الموجودة في هذا المجلد إلى جانب النماذج المرفقة. يؤدي تغيير الجهاز أو المجلد إلى إعادة تحميل النماذج عند التحليل التالي.</translation>
    </message>
    <message>
        <source>Folder with model packs</source>
        <translation>مجلد حزم النماذج</translation>
    </message>
</context>
</TS>
