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
    <name>Accessibility</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>المزيد من أزرار شريط الأدوات</translation>
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
        <source>P&amp;revious Image</source>
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
    <name>AnalysedCase</name>
    <message>
        <source>Case #{id}</source>
        <translation>الحالة رقم {id}</translation>
    </message>
    <message>
        <source>New case (not yet recorded)</source>
        <translation>حالة جديدة (لم تُسجَّل بعد)</translation>
    </message>
    <message>
        <source>{case} — {file}: {decision}</source>
        <translation>{case} — {file}: {decision}</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Analysis not possible: {reason}</source>
        <translation>التحليل غير ممكن: {reason}</translation>
    </message>
    <message>
        <source>Analysis failed: not enough memory</source>
        <translation>فشل التحليل: الذاكرة غير كافية</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error} ({reason})</source>
        <translation>فشل التحليل: خطأ غير متوقع {error} ({reason})</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error}</source>
        <translation>فشل التحليل: خطأ غير متوقع {error}</translation>
    </message>
    <message>
        <source>Model attention for {label}, relative to this image</source>
        <translation>انتباه النموذج لـ {label}، نسبةً إلى هذه الصورة</translation>
    </message>
    <message>
        <source>Cannot open: {reason}</source>
        <extracomment>Where a failed analysis stopped: the file could not be decoded, the model could not be used, or an unexpected error (``reason`` then already says so). Metadata keys a report or export may use besides the report&apos;s :data:`PATIENT_FIELDS`. Patient/study keys an analysis keeps from the image&apos;s metadata (for records, reports and exports).</extracomment>
        <translation>تعذّر الفتح: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <extracomment>Delay between showing an image and preparing its analysis in the background (well under the time a reader takes to press Analyse; long enough for the first paint and for flicking through thumbnails).</extracomment>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>AI device</source>
        <translation>جهاز الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>AI device: {device}</source>
        <translation>جهاز الذكاء الاصطناعي: {device}</translation>
    </message>
    <message>
        <source>Models are loaded on the first analysis</source>
        <translation>تُحمَّل النماذج عند أول تحليل</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
    <message>
        <source>Press Analyse ({key}) to run the AI on this image.</source>
        <translation>اضغط «تحليل» ({key}) لتشغيل الذكاء الاصطناعي على هذه الصورة.</translation>
    </message>
    <message>
        <source>The result was for frame {frame}. Press Analyse ({key}) for this frame.</source>
        <translation>كانت النتيجة للإطار {frame}. اضغط «تحليل» ({key}) لهذا الإطار.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW — {decision}</source>
        <translation>يحتاج إلى مراجعة — {decision}</translation>
    </message>
    <message>
        <source>Not analysed: {reason}</source>
        <translation>لم تُحلَّل: {reason}</translation>
    </message>
    <message>
        <source>AI: {provider}</source>
        <translation>الذكاء الاصطناعي: {provider}</translation>
    </message>
    <message>
        <source>Analysis runs on {provider} (setting: {device})</source>
        <translation>يعمل التحليل على {provider} (الإعداد: {device})</translation>
    </message>
    <message>
        <source>Result stored by the batch run for {file} (not re-run).</source>
        <translation>نتيجة محفوظة من التحليل الدفعي للملف {file} (لم يُعَد تشغيله).</translation>
    </message>
    <message>
        <source>Analyse folder</source>
        <translation>تحليل مجلد</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Auto — chosen by the input gate</source>
        <translation>تلقائي — يختاره فحص المدخلات</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>جارٍ التحليل</translation>
    </message>
    <message>
        <source>Analyse automatically on open</source>
        <translation>التحليل تلقائيًا عند الفتح</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Open an image, then press Analyse ({key}).</source>
        <translation>افتح صورة، ثم اضغط «تحليل» ({key}).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>{model} (unavailable)</source>
        <translation>{model} (غير متاح)</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>نطاق الاستخدام</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>فحص المدخلات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>حُلِّلت</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>لم تُحلَّل</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <extracomment>Rows that need review: dark text on amber whatever the theme (contrast checked by the tests).</extracomment>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch triage</source>
        <translation>الفرز الدفعي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Needs review only</source>
        <translation>ما يحتاج إلى مراجعة فقط</translation>
    </message>
    <message>
        <source>Outside validated use only</source>
        <translation>ما هو خارج الاستخدام المعتمد فقط</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>تقدّم الدفعة</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>نتائج الدفعة</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>حالة الدفعة</translation>
    </message>
    <message>
        <source>Filter: file, patient, decision, status…</source>
        <translation>تصفية: الملف، المريض، القرار، الحالة…</translation>
    </message>
    <message>
        <source>Filter the results</source>
        <translation>تصفية النتائج</translation>
    </message>
    <message>
        <source>&lt;b&gt;{folder}&lt;/b&gt; — model: {model}</source>
        <translation>&lt;b&gt;{folder}&lt;/b&gt; — النموذج: {model}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>جارٍ البحث عن الصور…</translation>
    </message>
    <message>
        <source>Cancelling — waiting for the images that are running…</source>
        <translation>جارٍ الإلغاء — في انتظار الصور قيد التحليل…</translation>
    </message>
    <message>
        <source>Analysing {number} of {total}…</source>
        <translation>جارٍ تحليل {number} من {total}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>لم يُعثر على صور مدعومة في ذلك المجلد.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} images, {review} need review.</source>
        <translation>أُلغي: {done} من {total} صورة، {review} تحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <source>Done: {done} of {total} images, {review} need review.</source>
        <translation>اكتمل: {done} من {total} صورة، {review} تحتاج إلى مراجعة.</translation>
    </message>
    <message>
        <source>Batch stopped: {reason}</source>
        <translation>توقّفت الدفعة: {reason}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>صُدِّر {count} صفًّا إلى {path}</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>The case history failed: unexpected {error} ({detail})</source>
        <translation>فشل سجل الحالات: {error} غير متوقَّع ({detail})</translation>
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
    <name>ConfidenceBars</name>
    <message>
        <source>threshold {value}</source>
        <extracomment>Bar colours, fixed so that their contrast holds on any theme: each fill is ≥ 3:1 against the track.</extracomment>
        <translation>العتبة {value}</translation>
    </message>
    <message>
        <source>min. confidence {value}</source>
        <translation>الحد الأدنى للثقة {value}</translation>
    </message>
    <message>
        <source>{label} {percent} %</source>
        <translation>{label} {percent} %</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>الاحتمالات</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>لا توجد نتيجة</translation>
    </message>
    <message>
        <source>review band {low}–{high}</source>
        <translation>نطاق المراجعة {low}–{high}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>أقل من {high}</translation>
    </message>
    <message>
        <source>{band}: needs review   │ {caption}</source>
        <translation>{band}: يحتاج إلى مراجعة   │ {caption}</translation>
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
    <name>Decision</name>
    <message>
        <source>{outside}. {decision}</source>
        <translation>{outside}. {decision}</translation>
    </message>
    <message>
        <source>{positive} suspected — {p}, above the operating threshold {threshold}</source>
        <translation>يُشتبه في {positive} — {p}، أعلى من عتبة التشغيل {threshold}</translation>
    </message>
    <message>
        <source>{negative} — {positive} {p}, below the operating threshold {threshold}</source>
        <translation>{negative} — {positive} {p}، أدنى من عتبة التشغيل {threshold}</translation>
    </message>
    <message>
        <source>Needs review: {decision} (uncertain band {low}–{high})</source>
        <translation>يحتاج إلى مراجعة: {decision} (نطاق عدم اليقين {low}–{high})</translation>
    </message>
    <message>
        <source>{label} — {p}, the most likely of {count} classes</source>
        <translation>{label} — {p}، الأرجح بين {count} فئات</translation>
    </message>
    <message>
        <source>also plausible: {labels}</source>
        <translation>محتمل أيضًا: {labels}</translation>
    </message>
    <message>
        <source>not clearly supported</source>
        <translation>غير مدعوم بوضوح</translation>
    </message>
    <message>
        <source>Needs review: {decision}; {why}</source>
        <translation>يحتاج إلى مراجعة: {decision}؛ {why}</translation>
    </message>
    <message>
        <source>Needs review: {decision}; confidence below {cutoff}</source>
        <translation>يحتاج إلى مراجعة: {decision}؛ الثقة أقل من {cutoff}</translation>
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
    <name>Export</name>
    <message>
        <source>AI assistance — not a diagnosis</source>
        <translation>مساعدة بالذكاء الاصطناعي — وليست تشخيصًا</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Input check took this for “{kind}”; scored at the user&apos;s request</source>
        <translation>اعتبرها فحص المدخلات «{kind}»؛ حُلِّلت بطلب من المستخدم</translation>
    </message>
    <message>
        <source>Model {model} v{version}</source>
        <translation>النموذج {model} v{version}</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>No file was recorded for this case.</source>
        <translation>لم يُسجَّل أي ملف لهذه الحالة.</translation>
    </message>
    <message>
        <source>The file is no longer there: {path}</source>
        <translation>لم يعد الملف موجودًا: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}): {path}</source>
        <translation>تتعذّر قراءة الملف ({reason}): {path}</translation>
    </message>
    <message>
        <source>Re-opened the file; no checksum was recorded to compare it with.</source>
        <translation>أُعيد فتح الملف؛ لم يُسجَّل مجموع تحقّق لمقارنته.</translation>
    </message>
    <message>
        <source>⚠ The file has CHANGED since it was analysed (sha256 differs): the image on screen may not be the one this result belongs to.</source>
        <translation>⚠ تغيّر الملف منذ تحليله (اختلاف sha256): قد لا تكون الصورة المعروضة هي صورة هذه النتيجة.</translation>
    </message>
    <message>
        <source>Re-opened the file; it is unchanged since the analysis (sha256 matches).</source>
        <translation>أُعيد فتح الملف؛ لم يتغيّر منذ التحليل (تطابق sha256).</translation>
    </message>
    <message>
        <source>Review: &lt;b&gt;{agreement}&lt;/b&gt; by {reviewer} {when}</source>
        <translation>المراجعة: &lt;b&gt;{agreement}&lt;/b&gt; بواسطة {reviewer} {when}</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case #{id}&lt;/b&gt; · {time} · patient {patient} · study {study}</source>
        <translation>&lt;b&gt;الحالة رقم {id}&lt;/b&gt; · {time} · المريض {patient} · الدراسة {study}</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}</source>
        <translation>النموذج {model} {version} · sha256 {sha} · {provider}</translation>
    </message>
    <message>
        <source>Stored result, not re-run; the heatmap is not stored.</source>
        <translation>نتيجة محفوظة، لم يُعَد تشغيلها؛ الخريطة الحرارية غير محفوظة.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>{model} ({kind})</source>
        <translation>{model} ({kind})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>the input gate model is not installed</source>
        <translation>نموذج فحص المدخلات غير مثبّت</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}). ScanLens has models for: {models}.</source>
        <translation>تبدو هذه الصورة {kind} ({score}). لدى ScanLens نماذج لـ: {models}.</translation>
    </message>
    <message>
        <source>The input gate is unsure what this image is (best guess {kind}, {score} &lt; {cutoff}); {model} was not applied.</source>
        <translation>فحص المدخلات غير متأكد من نوع هذه الصورة (أفضل تخمين: {kind}، {score} &lt; {cutoff})؛ لم يُطبَّق {model}.</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}), but {model} is for {model_kind}.</source>
        <translation>تبدو هذه الصورة {kind} ({score})، لكن {model} مخصّص لـ {model_kind}.</translation>
    </message>
    <message>
        <source>no model called &apos;{model}&apos;; installed: {models}</source>
        <translation>لا يوجد نموذج باسم &apos;{model}&apos;؛ المثبّتة: {models}</translation>
    </message>
</context>
<context>
    <name>HeatmapControls</name>
    <message>
        <source>Show over the image ({key})</source>
        <extracomment>The CAM is a 6x6 map upsampled bicubically: 256 px is as smooth on screen (Qt scales it smoothly) as 512 px, at a quarter of the colour-mapping work.</extracomment>
        <translation>العرض فوق الصورة ({key})</translation>
    </message>
    <message>
        <source>Show over the image</source>
        <translation>العرض فوق الصورة</translation>
    </message>
    <message>
        <source>Show the heatmap over the image</source>
        <translation>عرض الخريطة الحرارية فوق الصورة</translation>
    </message>
    <message>
        <source>Where the model looked, coloured over the image</source>
        <translation>المواضع التي ركّز عليها النموذج، ملوّنة فوق الصورة</translation>
    </message>
    <message>
        <source>Heatmap class</source>
        <translation>فئة الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>ألوان الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>عتامة الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>العتامة:</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>the chosen class</source>
        <translation>الفئة المختارة</translation>
    </message>
    <message>
        <source>low → high attention for {label}</source>
        <translation>انتباه منخفض → مرتفع لـ {label}</translation>
    </message>
    <message>
        <source>Colours are relative to this image&apos;s own range of attention; how likely each label is is shown by the bars, not the colours.</source>
        <translation>الألوان نسبية إلى نطاق الانتباه الخاص بهذه الصورة؛ أما احتمال كل تصنيف فتُظهره الأشرطة لا الألوان.</translation>
    </message>
    <message>
        <source>Heatmap colour scale</source>
        <translation>مقياس ألوان الخريطة الحرارية</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>Case history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Checking the file of case #{id}…</source>
        <translation>جارٍ التحقق من ملف الحالة رقم {id}…</translation>
    </message>
    <message>
        <source>Could not check the file: {reason}</source>
        <translation>تعذّر التحقق من الملف: {reason}</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>جارٍ التحقق من سجل التدقيق…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>معرّف المريض</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>How a recorded agreement (stored in English: &quot;agree&quot;, &quot;disagree&quot;) is shown.</extracomment>
        <translation>موافق</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>غير موافق</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>روجِعت</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>دون تنبيه</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>خارج الاستخدام المعتمد</translation>
    </message>
    <message>
        <source>Audit trail OK: {count} entries verified.</source>
        <translation>سجل التدقيق سليم: تم التحقق من {count} إدخالًا.</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>الإدخال {id}</translation>
    </message>
    <message>
        <source>case #{id}</source>
        <translation>الحالة رقم {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>AUDIT FAILED at {place}: {reason}. Entries before it are still trustworthy.</source>
        <translation>فشل التدقيق عند {place}: {reason}. الإدخالات السابقة له لا تزال موثوقة.</translation>
    </message>
    <message>
        <source>exact ID</source>
        <translation>المعرّف بالضبط</translation>
    </message>
    <message>
        <source>file, model, decision, reviewer, comment…</source>
        <translation>الملف، النموذج، القرار، المراجِع، التعليق…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Opened case</source>
        <translation>الحالة المفتوحة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>معرّف المريض:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>القرار:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>المراجعة:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source> (the newest {limit})</source>
        <translation> (أحدث {limit})</translation>
    </message>
    <message>
        <source> — double-click one to open it</source>
        <translation> — انقر نقرًا مزدوجًا على حالة لفتحها</translation>
    </message>
    <message>
        <source>{count} case(s){more}{hint}</source>
        <translation>عدد الحالات: {count}{more}{hint}</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>Cannot open {file}: {reason}</source>
        <translation>يتعذّر فتح {file}: {reason}</translation>
    </message>
    <message>
        <source>not enough memory to decode it</source>
        <translation>لا توجد ذاكرة كافية لفك ترميزه</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} غير متوقَّع ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} غير متوقَّع</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files or a folder here</source>
        <translation>افتح ملف DICOM أو صورة (Ctrl+O)، أو أفلت الملفات أو مجلدًا هنا</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Row {row}  Col {col}</source>
        <extracomment>Screen pixels of right-drag that sweep the whole data range.</extracomment>
        <translation>الصف {row}  العمود {col}</translation>
    </message>
    <message>
        <source>Stored {value}</source>
        <translation>المخزَّن {value}</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>القيمة {value}</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>رقم الإطار</translation>
    </message>
    <message>
        <source>of {count} frames</source>
        <translation>من {count} إطارًا</translation>
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
    <name>MetadataTable</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>مفكّك الترميز</translation>
    </message>
    <message>
        <source>Size (rows×cols)</source>
        <translation>الحجم (صفوف×أعمدة)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>الإطارات</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>ملوّنة</translation>
    </message>
    <message>
        <source>Pixel type</source>
        <translation>نوع البكسل</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Inverted by default</source>
        <translation>معكوسة افتراضيًا</translation>
    </message>
    <message>
        <source>VOI LUT applied</source>
        <translation>طُبِّق VOI LUT</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Pixel statistics</source>
        <translation>إحصاءات البكسلات</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Min</source>
        <extracomment>Names of ``pixel_stats``&apos; keys.</extracomment>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Image information</source>
        <translation>معلومات الصورة</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>معكوسة</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>النوعية</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>test A (held out)</source>
        <translation>الاختبار A (بيانات محجوزة)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>غير مقيس</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} إذا كان p ≥ {threshold}</translation>
    </message>
    <message>
        <source>most likely label (argmax)</source>
        <translation>التصنيف الأرجح (argmax)</translation>
    </message>
    <message>
        <source>top probability below {value}</source>
        <translation>أعلى احتمال أقل من {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>seed {seed}, {augment} augmentation</source>
        <translation>البذرة {seed}، زيادة بيانات {augment}</translation>
    </message>
    <message>
        <source>{count} networks averaged ({members})</source>
        <translation>متوسط {count} شبكات ({members})</translation>
    </message>
    <message>
        <source>weights stored as float16, computed in float32</source>
        <translation>الأوزان مخزَّنة بصيغة float16 والحساب بصيغة float32</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>درجة الحرارة {value}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <source>For images of</source>
        <translation>لصور من نوع</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>نقطة التشغيل</translation>
    </message>
    <message>
        <source>Needs review when</source>
        <translation>يحتاج إلى مراجعة عندما</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>لم يُذكر شيء</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>الاستخدام المقصود</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
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
        <source>Execution providers</source>
        <translation>مزوّدو التنفيذ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>قيد الاستخدام:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>النماذج المثبَّتة</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <source>available</source>
        <translation>متاح</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>not analysed</source>
        <translation>لم يُحلَّل</translation>
    </message>
    <message>
        <source>not in the report or exports: {path}: {reason}</source>
        <translation>غير مُدرج في التقرير أو الملفات المُصدَّرة: {path}: {reason}</translation>
    </message>
    <message>
        <source>no report or export written: no image was analysed</source>
        <translation>لم يُكتب أي تقرير أو تصدير: لم تُحلَّل أي صورة</translation>
    </message>
    <message>
        <source>warning: {path} was not recorded in the case history: {error}</source>
        <translation>تحذير: لم يُسجَّل {path} في سجل الحالات: {error}</translation>
    </message>
    <message>
        <source>{path} will not be exported: {error}</source>
        <translation>لن يُصدَّر {path}: {error}</translation>
    </message>
    <message>
        <source>the report was not written: {error}</source>
        <translation>لم يُكتب التقرير: {error}</translation>
    </message>
    <message>
        <source>wrote report {path}</source>
        <translation>كُتب التقرير: {path}</translation>
    </message>
    <message>
        <source>DICOM export failed: {error}</source>
        <translation>فشل تصدير DICOM: {error}</translation>
    </message>
    <message>
        <source>warning: DICOM export: {note}</source>
        <translation>تحذير: تصدير DICOM: {note}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>كُتب: {path}</translation>
    </message>
</context>
<context>
    <name>PacsFeature</name>
    <message>
        <source>Send to PACS</source>
        <translation>إرسال إلى PACS</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>&amp;PACS</source>
        <translation>&amp;PACS</translation>
    </message>
    <message>
        <source>&amp;PACS Nodes…</source>
        <translation>&amp;عُقد PACS…</translation>
    </message>
    <message>
        <source>&amp;Search and Retrieve…</source>
        <translation>&amp;بحث واسترجاع…</translation>
    </message>
    <message>
        <source>Se&amp;nd to PACS</source>
        <translation>إر&amp;سال إلى PACS</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Results Now</source>
        <translation>إرسال النتائج المنتظِرة &amp;الآن</translation>
    </message>
    <message>
        <source>There is no analysis on screen to send: analyse an image first.</source>
        <translation>لا يوجد تحليل معروض لإرساله: حلّل صورة أولًا.</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}: {reason}</translation>
    </message>
    <message>
        <source>Sending to {node}…</source>
        <translation>جارٍ الإرسال إلى {node}…</translation>
    </message>
    <message>
        <source>{action} failed: {reason}</source>
        <translation>فشل «{action}»: {reason}</translation>
    </message>
    <message>
        <source>{node} could not be reached; the results wait in the outbox and will be sent again automatically ({reason})</source>
        <translation>تعذّر الوصول إلى {node}؛ تنتظر النتائج في صندوق الصادر وستُرسَل مجددًا تلقائيًا ({reason})</translation>
    </message>
    <message>
        <source>Results sent to {node}</source>
        <translation>أُرسلت النتائج إلى {node}</translation>
    </message>
</context>
<context>
    <name>PacsNodesDialog</name>
    <message>
        <source>PACS Nodes</source>
        <translation>عُقد PACS</translation>
    </message>
    <message>
        <source>PACS nodes</source>
        <translation>عُقد PACS</translation>
    </message>
    <message>
        <source>Use DICOM TLS</source>
        <translation>استخدام DICOM TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Receive from the network (the nodes above may send images to us)</source>
        <translation>الاستقبال من الشبكة (يمكن للعُقد أعلاه إرسال الصور إلينا)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>PACS AE title:</source>
        <translation>عنوان AE لـ PACS:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>المضيف:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Our AE title:</source>
        <translation>عنوان AE الخاص بنا:</translation>
    </message>
    <message>
        <source>Save node</source>
        <translation>حفظ العقدة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Listen on port:</source>
        <translation>الاستماع على المنفذ:</translation>
    </message>
    <message>
        <source>Saved {node}</source>
        <translation>حُفظت العقدة {node}</translation>
    </message>
    <message>
        <source>Removed {node}</source>
        <translation>أُزيلت العقدة {node}</translation>
    </message>
    <message>
        <source>Testing {node}…</source>
        <translation>جارٍ اختبار {node}…</translation>
    </message>
    <message>
        <source>Connection OK: C-ECHO in {ms} ms</source>
        <translation>الاتصال سليم: C-ECHO خلال {ms} ms</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>فشل الاتصال: {reason}</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>معرّف المريض</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>YYYYMMDD أو YYYYMMDD-YYYYMMDD</translation>
    </message>
    <message>
        <source>Doe* (wildcards * and ?)</source>
        <translation>Doe* (أحرف البدل * و ?)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Studies found</source>
        <translation>الدراسات التي عُثر عليها</translation>
    </message>
    <message>
        <source>Retrieve progress</source>
        <translation>تقدّم الاسترجاع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>صندوق الصادر: فارغ</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>الاستقبال متوقف</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS:</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>معرّف المريض:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>تاريخ الدراسة:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>No PACS configured: add one in PACS → PACS Nodes…</source>
        <translation>لم يُضبط أي PACS: أضف واحدًا من PACS ← عُقد PACS…</translation>
    </message>
    <message>
        <source>Searching {node}…</source>
        <translation>جارٍ البحث في {node}…</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <source>Studies found: {count}. Double-click one to retrieve and open it.</source>
        <translation>الدراسات التي عُثر عليها: {count}. انقر نقرًا مزدوجًا على دراسة لاسترجاعها وفتحها.</translation>
    </message>
    <message>
        <source>Retrieving {study}…</source>
        <translation>جارٍ استرجاع {study}…</translation>
    </message>
    <message>
        <source>Retrieve failed: {reason}</source>
        <translation>فشل الاسترجاع: {reason}</translation>
    </message>
    <message>
        <source> ({count} could not be retrieved)</source>
        <translation> (تعذّر استرجاع {count})</translation>
    </message>
    <message>
        <source>Cancelled after {count} image(s){failed}.</source>
        <translation>أُلغي بعد {count} صورة{failed}.</translation>
    </message>
    <message>
        <source>Retrieved {count} image(s){failed}.</source>
        <translation>استُرجعت {count} صورة{failed}.</translation>
    </message>
    <message>
        <source>Outbox: everything sent</source>
        <translation>صندوق الصادر: أُرسل كل شيء</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting, {failed} failed{reason}</source>
        <translation>صندوق الصادر: {waiting} قيد الانتظار، {failed} فشلت{reason}</translation>
    </message>
</context>
<context>
    <name>PatientFactsBox</name>
    <message>
        <source>Patient (this image has no DICOM header)</source>
        <translation>المريض (لا تحتوي هذه الصورة على ترويسة DICOM)</translation>
    </message>
    <message>
        <source>e.g. 4Y, 18M, 10W, 45</source>
        <translation>مثلًا 4Y، 18M، 10W، 45</translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation>عمر المريض</translation>
    </message>
    <message>
        <source>Years, or with Y, M, W or D for years, months, weeks or days</source>
        <translation>بالسنوات، أو مع Y أو M أو W أو D للسنوات أو الأشهر أو الأسابيع أو الأيام</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>وضعية التصوير</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>العمر:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>الوضعية:</translation>
    </message>
    <message>
        <source>MR sequence:</source>
        <translation>تسلسل الرنين المغناطيسي:</translation>
    </message>
    <message>
        <source>T1 post-contrast</source>
        <translation>T1 بعد حقن مادة التباين</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>تسلسل الرنين المغناطيسي</translation>
    </message>
    <message>
        <source>The MR sequence of this slice, chosen or typed (e.g. FLAIR); blank if unknown</source>
        <translation>تسلسل الرنين المغناطيسي لهذا المقطع، مختارًا أو مكتوبًا (مثل FLAIR)؛ اتركه فارغًا إن كان غير معروف</translation>
    </message>
</context>
<context>
    <name>PresetCombo</name>
    <message>
        <source>Window presets (right-drag on the image to adjust)</source>
        <translation>إعدادات النافذة المسبقة (اسحب بالزر الأيمن على الصورة للضبط)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>إعداد النافذة المسبق</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>The report PDF could not be read for printing ({reason})</source>
        <translation>تعذّرت قراءة ملف PDF للتقرير لطباعته ({reason})</translation>
    </message>
    <message>
        <source>QtPdf is not installed (PySide6-Addons)</source>
        <translation>QtPdf غير مثبَّت (PySide6-Addons)</translation>
    </message>
    <message>
        <source>Printing needs a PDF renderer: {qtpdf}, and pypdfium2 is not installed</source>
        <translation>تحتاج الطباعة إلى محرّك عرض PDF: {qtpdf}، وpypdfium2 غير مثبَّت</translation>
    </message>
    <message>
        <source>The report PDF has no pages</source>
        <translation>ملف PDF للتقرير لا يحتوي على صفحات</translation>
    </message>
    <message>
        <source>The printer could not be started (is it available?)</source>
        <translation>تعذّر تشغيل الطابعة (هل هي متاحة؟)</translation>
    </message>
    <message>
        <source>The printer refused page {number}</source>
        <translation>رفضت الطابعة الصفحة {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveController</name>
    <message>
        <source>Receive from the network: {reason}</source>
        <translation>الاستقبال من الشبكة: {reason}</translation>
    </message>
    <message>
        <source>Receiving as {ae_title} on port {port}</source>
        <translation>الاستقبال باسم {ae_title} على المنفذ {port}</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>الاستقبال متوقف</translation>
    </message>
</context>
<context>
    <name>ReceivedList</name>
    <message>
        <source>{what} from {sender}</source>
        <translation>{what} من {sender}</translation>
    </message>
    <message>
        <source>Received studies</source>
        <translation>الدراسات المستلَمة</translation>
    </message>
    <message>
        <source>{study} · {count} image(s)</source>
        <translation>{study} · عدد الصور: {count}</translation>
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
    <name>RecordsFeature</name>
    <message>
        <source>Review</source>
        <extracomment>Actions that need a finished analysis on screen.</extracomment>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Case history: {message}</source>
        <translation>سجل الحالات: {message}</translation>
    </message>
    <message>
        <source>The analysis was not recorded in the case history: {message}</source>
        <translation>لم يُسجَّل التحليل في سجل الحالات: {message}</translation>
    </message>
    <message>
        <source>{problem} Saving a review will try again.</source>
        <translation>{problem} سيُعاد المحاولة عند حفظ مراجعة.</translation>
    </message>
    <message>
        <source>Review saved to case #{id}.</source>
        <translation>حُفظت المراجعة في الحالة رقم {id}.</translation>
    </message>
    <message>
        <source>Review saved to the case history.</source>
        <translation>حُفظت المراجعة في سجل الحالات.</translation>
    </message>
    <message>
        <source>The review was NOT saved: {message}</source>
        <translation>لم تُحفَظ المراجعة: {message}</translation>
    </message>
    <message>
        <source>{problem} Your review is kept here; press Save review to try again.</source>
        <translation>{problem} مراجعتك محفوظة هنا؛ اضغط «حفظ المراجعة» للمحاولة مجددًا.</translation>
    </message>
</context>
<context>
    <name>RefusalView</name>
    <message>
        <source>No diagnostic models are installed.</source>
        <translation>لا توجد نماذج تشخيصية مثبَّتة.</translation>
    </message>
    <message>
        <source>for {kind}</source>
        <translation>لـ {kind}</translation>
    </message>
    <message>
        <source>input kind not stated</source>
        <translation>نوع صورة الإدخال غير مذكور</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>غير متاح: {reason}</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>النماذج المثبَّتة:</translation>
    </message>
    <message>
        <source>Not analysed — the input gate stopped this image</source>
        <translation>لم تُحلَّل — أوقف فحص المدخلات هذه الصورة</translation>
    </message>
    <message>
        <source>Model to analyse with anyway</source>
        <translation>النموذج المستخدَم للتحليل رغم ذلك</translation>
    </message>
    <message>
        <source>The result of a model on a kind of image it was not trained for is not validated; it will be marked as overridden.</source>
        <translation>نتيجة النموذج على نوع صور لم يُدرَّب عليه غير معتمدة؛ وستُوسَم بأنها تجاوزت الفحص.</translation>
    </message>
    <message>
        <source>The input gate says this looks like &lt;b&gt;{kind}&lt;/b&gt; (probability {score}).</source>
        <translation>يرى فحص المدخلات أن هذه الصورة تبدو &lt;b&gt;{kind}&lt;/b&gt; (الاحتمال {score}).</translation>
    </message>
    <message>
        <source>The input gate could not run.</source>
        <translation>تعذّر تشغيل فحص المدخلات.</translation>
    </message>
    <message>
        <source>Analyse anyway with {model}</source>
        <translation>التحليل رغم ذلك باستخدام {model}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{value} (low)</source>
        <extracomment>Longest side, in pixels, of an image embedded in the PDF (about 300 dpi at the size it is shown).</extracomment>
        <translation>{value} (منخفض)</translation>
    </message>
    <message>
        <source>(high) {value}</source>
        <translation>(مرتفع) {value}</translation>
    </message>
    <message>
        <source>{label} · colour map: {name}</source>
        <translation>{label} · خريطة الألوان: {name}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>red line: operating threshold {threshold} for {label}</source>
        <translation>الخط الأحمر: عتبة التشغيل {threshold} لـ {label}</translation>
    </message>
    <message>
        <source>operating point: the label with the highest probability</source>
        <translation>نقطة التشغيل: الفئة ذات الاحتمال الأعلى</translation>
    </message>
    <message>
        <source>shaded: review band {low}–{high}</source>
        <translation>المظلّل: نطاق المراجعة {low}–{high}</translation>
    </message>
    <message>
        <source>dark bar: the model&apos;s result</source>
        <translation>الشريط الداكن: نتيجة النموذج</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>مُجهَّل الهوية</translation>
    </message>
    <message>
        <source>Patient name</source>
        <extracomment>Patient/study keys the report shows, in order, with their labels (English; shown translated). Keys follow ``LoadedImage.metadata``.</extracomment>
        <translation>اسم المريض</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>رقم المريض</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>نوع التصوير</translation>
    </message>
    <message>
        <source>View</source>
        <translation>الإسقاط</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>الجزء التشريحي</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>تسلسل الرنين المغناطيسي</translation>
    </message>
    <message>
        <source>Image {index}</source>
        <extracomment>Removed when de-identifying, after the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile (action Z/X/U for these attributes). Sex and study date are kept, as the profile&apos;s &quot;Retain Patient Characteristics&quot; and &quot;Retain Longitudinal Temporal Information (Full Dates)&quot; options allow, because reading the result needs them. The source file name is hidden too: file names often carry the patient&apos;s name or ID.</extracomment>
        <translation>الصورة {index}</translation>
    </message>
    <message>
        <source>AI-assisted image analysis report</source>
        <translation>تقرير تحليل الصور بمساعدة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>أُنشئ في {time}</translation>
    </message>
    <message>
        <source>De-identified report</source>
        <translation>تقرير مُجهَّل الهوية</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>الصفحة {page} من {total}</translation>
    </message>
    <message>
        <source>Analysis of {name}</source>
        <translation>تحليل {name}</translation>
    </message>
    <message>
        <source>image {index} of {total}</source>
        <translation>الصورة {index} من {total}</translation>
    </message>
    <message>
        <source>Probability per label</source>
        <translation>الاحتمال لكل فئة</translation>
    </message>
    <message>
        <source>OUTSIDE VALIDATED USE</source>
        <translation>خارج الاستخدام المعتمد</translation>
    </message>
    <message>
        <source>This image is outside what the model was validated for; its result may be wrong even when it looks certain. A clinician must review this image before the result is used.</source>
        <translation>هذه الصورة خارج ما اعتُمد النموذج له؛ قد تكون نتيجتها خاطئة حتى لو بدت مؤكدة. يجب أن يراجع طبيب هذه الصورة قبل استخدام النتيجة.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>A clinician must review this image before the result is used.</source>
        <translation>يجب أن يراجع طبيب هذه الصورة قبل استخدام النتيجة.</translation>
    </message>
    <message>
        <source>AI RESULT</source>
        <translation>نتيجة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Inside the model&apos;s validated use and not flagged as uncertain. A clinician still makes the diagnosis.</source>
        <translation>ضمن الاستخدام المعتمد للنموذج ولم يُعلَّم كغير مؤكد. يبقى التشخيص من اختصاص الطبيب.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it; it was scored anyway at the user&apos;s request.</source>
        <translation>اعتبر فحص المدخلات هذه الصورة «{kind}» ورفضها؛ وقد حُلِّلت رغم ذلك بطلب من المستخدم.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it.</source>
        <translation>اعتبر فحص المدخلات هذه الصورة «{kind}» ورفضها.</translation>
    </message>
    <message>
        <source>Image as analysed. No heatmap overlay for this image.</source>
        <translation>الصورة كما حُلِّلت. لا توجد خريطة حرارية لهذه الصورة.</translation>
    </message>
    <message>
        <source>Heatmap overlay: where the model looked — not a lesion outline</source>
        <translation>الخريطة الحرارية: حيث نظر النموذج — وليست حدود آفة</translation>
    </message>
    <message>
        <source>Image as analysed</source>
        <translation>الصورة كما حُلِّلت</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Model sha256</source>
        <translation>sha256 للنموذج</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>مزوّد التنفيذ</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>نقطة التشغيل</translation>
    </message>
    <message>
        <source>Input check (gate)</source>
        <translation>فحص المدخلات</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} إذا كان p ≥ {threshold}</translation>
    </message>
    <message>
        <source>highest probability (argmax)</source>
        <translation>الاحتمال الأعلى (argmax)</translation>
    </message>
    <message>
        <source>review if {low}–{high}</source>
        <translation>مراجعة إذا {low}–{high}</translation>
    </message>
    <message>
        <source>review if top p &lt; {cutoff}</source>
        <translation>مراجعة إذا كان أعلى p &lt; {cutoff}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>No input check was run</source>
        <translation>لم يُجرَ أي فحص للمدخلات</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>refused by the gate — scored anyway at the user&apos;s request (override)</source>
        <translation>رفضها الفحص — وحُلِّلت رغم ذلك بطلب من المستخدم (تجاوز)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>نوع الصورة</translation>
    </message>
    <message>
        <source>Gate score</source>
        <translation>درجة الفحص</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Agrees with the AI result</source>
        <translation>يوافق على نتيجة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Disagrees with the AI result</source>
        <translation>لا يوافق على نتيجة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مُسجَّل</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion</source>
        <translation>رأي المراجع</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>تاريخ إنشاء التقرير</translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation>مراجعة الطبيب</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>{count} images analysed</source>
        <translation>عدد الصور المُحلَّلة: {count}</translation>
    </message>
    <message>
        <source>{count} need review</source>
        <translation>تحتاج إلى مراجعة: {count}</translation>
    </message>
    <message>
        <source>generated {time}</source>
        <translation>أُنشئ في {time}</translation>
    </message>
    <message>
        <source>Probability is the model&apos;s probability of the result shown. Each image has its own page after this one.</source>
        <translation>الاحتمال هو احتمال النموذج للنتيجة المعروضة. لكل صورة صفحتها الخاصة بعد هذه الصفحة.</translation>
    </message>
    <message>
        <source>Summary of analysed images</source>
        <translation>ملخص الصور المُحلَّلة</translation>
    </message>
    <message>
        <source>reviewer agrees</source>
        <translation>المراجع موافق</translation>
    </message>
    <message>
        <source>reviewer disagrees</source>
        <translation>المراجع غير موافق</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis.</source>
        <translation>مساعدة بالذكاء الاصطناعي، وليست تشخيصًا.</translation>
    </message>
    <message>
        <source>The result, probabilities and heatmap in this report were produced by a machine-learning model and can be wrong. They support, and do not replace, the judgement of a qualified clinician, who makes the diagnosis. Do not use this report as the sole basis for a diagnosis or treatment decision.</source>
        <translation>أنتج النتيجةَ والاحتمالاتِ والخريطةَ الحرارية في هذا التقرير نموذجُ تعلّم آلي، وقد تكون خاطئة. وهي تدعم حكم الطبيب المؤهل الذي يضع التشخيص ولا تحلّ محله. لا تستخدم هذا التقرير أساسًا وحيدًا لتشخيص أو لقرار علاجي.</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis</source>
        <translation>مساعدة بالذكاء الاصطناعي، وليست تشخيصًا</translation>
    </message>
    <message>
        <source>Not stated in the model card.</source>
        <translation>غير مذكور في بطاقة النموذج.</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>الاستخدام المقصود:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>القيود:</translation>
    </message>
    <message>
        <source>not stated in the model card.</source>
        <translation>غير مذكورة في بطاقة النموذج.</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>بيانات التدريب:</translation>
    </message>
    <message>
        <source>ScanLens AI-assisted image analysis report</source>
        <translation>تقرير ScanLens لتحليل الصور بمساعدة الذكاء الاصطناعي</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>فشل «{what}»: {reason}</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} غير متوقَّع ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} غير متوقَّع</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Patient name</source>
        <extracomment>(metadata key, label, choices or None for free text) of the fields typed for a non-DICOM image.</extracomment>
        <translation>اسم المريض</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>معرّف المريض</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>تاريخ الدراسة</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>View</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>تسلسل الرنين المغناطيسي</translation>
    </message>
    <message>
        <source>{text} is not a valid date (YYYY-MM-DD)</source>
        <translation>{text} ليس تاريخًا صالحًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>De-identify (remove the patient&apos;s name, ID, birth date and file name)</source>
        <translation>إزالة الهوية (حذف اسم المريض ومعرّفه وتاريخ ميلاده واسم الملف)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>From the DICOM header.</source>
        <translation>مأخوذ من ترويسة DICOM.</translation>
    </message>
    <message>
        <source>This image has no DICOM header: type the patient and study details (all optional).</source>
        <translation>لا تحتوي هذه الصورة على ترويسة DICOM: اكتب بيانات المريض والدراسة (كلها اختيارية).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Export Report (PDF)…</source>
        <translation>تصدير التقرير (PDF)…</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>طباعة التقرير…</translation>
    </message>
    <message>
        <source>Export to PACS Folder (DICOM)…</source>
        <translation>تصدير إلى مجلد PACS (DICOM)…</translation>
    </message>
    <message>
        <source>There is no analysis on screen to report: analyse an image first.</source>
        <translation>لا يوجد تحليل معروض لإعداد التقرير: حلّل صورة أولًا.</translation>
    </message>
    <message>
        <source>{what}…</source>
        <translation>{what}…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>تقرير PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>حُفظ التقرير: {path}</translation>
    </message>
    <message>
        <source>Prepare the report for printing</source>
        <translation>تجهيز التقرير للطباعة</translation>
    </message>
    <message>
        <source>ScanLens report</source>
        <translation>تقرير ScanLens</translation>
    </message>
    <message>
        <source>Print failed: {reason}</source>
        <translation>فشلت الطباعة: {reason}</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>أُرسلت {count} صفحة إلى الطابعة.</translation>
    </message>
    <message>
        <source>Print Preview — ScanLens report</source>
        <translation>معاينة الطباعة — تقرير ScanLens</translation>
    </message>
    <message>
        <source>Export to PACS folder</source>
        <translation>تصدير إلى مجلد PACS</translation>
    </message>
    <message>
        <source>DICOM export</source>
        <translation>تصدير DICOM</translation>
    </message>
    <message>
        <source>Exported {count} DICOM file(s) to {folder}</source>
        <translation>صُدِّر {count} ملف DICOM إلى {folder}</translation>
    </message>
    <message>
        <source>{message}. Warning: {warnings}</source>
        <translation>{message}. تحذير: {warnings}</translation>
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
    <name>ResultView</name>
    <message>
        <source>⚠ NEEDS REVIEW — the model is uncertain. This is not a confident answer.</source>
        <translation>⚠ يحتاج إلى مراجعة — النموذج غير متيقّن. هذه ليست إجابة موثوقة.</translation>
    </message>
    <message>
        <source>Input gate: not run</source>
        <extracomment>Amber: an uncertain result. Deep red: a result outside the model&apos;s validated use. Text drawn straight on the panel (the window colour): an overridden input gate.</extracomment>
        <translation>فحص المدخلات: لم يُشغَّل</translation>
    </message>
    <message>
        <source>looks like {kind} ({score})</source>
        <translation>تبدو {kind} ({score})</translation>
    </message>
    <message>
        <source>⚠ Input gate overridden by user — the gate says this {looks}; the model was not validated on it.</source>
        <translation>⚠ تجاوز المستخدم فحص المدخلات — يرى الفحص أن هذه الصورة {looks}؛ ولم يُعتمد النموذج على هذا النوع.</translation>
    </message>
    <message>
        <source>Input gate: {looks} — matches the model</source>
        <translation>فحص المدخلات: {looks} — تطابق النموذج</translation>
    </message>
    <message>
        <source>Input gate: {looks} — not accepted</source>
        <translation>فحص المدخلات: {looks} — غير مقبولة</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}{timing}</source>
        <translation>النموذج {model} {version} · sha256 {sha} · {provider}{timing}</translation>
    </message>
    <message>
        <source>⚠ OUTSIDE VALIDATED USE — {reasons}. The result may be wrong even if it looks certain.</source>
        <translation>⚠ خارج الاستخدام المعتمد — {reasons}. قد تكون النتيجة خاطئة حتى لو بدت مؤكدة.</translation>
    </message>
    <message>
        <source>Decision support only: confirm with a qualified reader.</source>
        <translation>للمساعدة في القرار فقط: يجب التأكيد من قارئ مؤهَّل.</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>خارج الاستخدام المعتمد</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>No analysed case: analyse an image, or open a case from the case history.</source>
        <translation>لا توجد حالة محلَّلة: حلّل صورة، أو افتح حالة من سجل الحالات.</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>اسمك (يُحفظ)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>غير موافق</translation>
    </message>
    <message>
        <source>Your opinion of the AI result</source>
        <translation>رأيك في نتيجة الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>تعليق (اختياري)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>تعليق المراجعة</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>حفظ المراجعة</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>المراجِع:</translation>
    </message>
    <message>
        <source>AI result:</source>
        <translation>نتيجة الذكاء الاصطناعي:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Type your name to save a review</source>
        <translation>اكتب اسمك لحفظ مراجعة</translation>
    </message>
    <message>
        <source>Record this review in the case history (audited)</source>
        <translation>تسجيل هذه المراجعة في سجل الحالات (مع التدقيق)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>{name} &apos;{value}&apos; not usable</source>
        <extracomment>unit as written (DICOM AS uses D/W/M/Y; people write more) -&gt; years per unit; no unit means years.</extracomment>
        <translation>{name} &apos;{value}&apos; غير صالح للاستخدام</translation>
    </message>
    <message>
        <source>{birth} does not fit {date}</source>
        <translation>{birth} لا يتوافق مع {date}</translation>
    </message>
    <message>
        <source>{birth} without a study date</source>
        <translation>{birth} بدون تاريخ الفحص</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} شهر</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} يوم</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} سنة</translation>
    </message>
    <message>
        <source>typed {view}</source>
        <extracomment>Localizer / scout images, named in ImageType (LOCALIZER) or by vendors in the series description: Siemens &quot;Topogram&quot;, &quot;localizer&quot;, &quot;AAHead_Scout&quot;; Philips &quot;Surview&quot;, &quot;Survey&quot;; GE &quot;3-Plane Loc&quot;, &quot;Tri-Pilot&quot;; Toshiba &quot;Scanogram&quot;. A skeletal survey is a radiographic study, not a localizer. metadata keys of the free text that may name a sequence, a view or a localizer, with their DICOM names. ... and those that may name the body part when BodyPartExamined is empty (many devices leave it so). Words that name a body part in such text (normalised; DICOM CID 4031 terms and common abbreviations). Words that are also other things are left out: FACE (SURFACE coil), CERVICAL/THORACIC/LUMBAR (spine or organ), LAT/AP (views).</extracomment>
        <translation>مُدخل يدويًا {view}</translation>
    </message>
    <message>
        <source>modality unknown</source>
        <extracomment>Words a BodyPartExamined may carry besides the body part (&quot;CHEST PA&quot;, &quot;PORT CHEST&quot;, &quot;CHEST_2_VIEWS&quot;).</extracomment>
        <translation>نوع التصوير غير معروف</translation>
    </message>
    <message>
        <source>modality unknown ({modality})</source>
        <translation>نوع التصوير غير معروف ({modality})</translation>
    </message>
    <message>
        <source>modality {modality} — validated {validated}</source>
        <translation>نوع التصوير {modality} — المعتمد: {validated}</translation>
    </message>
    <message>
        <source>body part unknown</source>
        <translation>الجزء التشريحي غير معروف</translation>
    </message>
    <message>
        <source>body part unknown ({part})</source>
        <translation>الجزء التشريحي غير معروف ({part})</translation>
    </message>
    <message>
        <source>body part {part} — validated {validated}</source>
        <translation>الجزء التشريحي {part} — المعتمد: {validated}</translation>
    </message>
    <message>
        <source>localizer image ({evidence})</source>
        <translation>صورة تحديد الموقع ({evidence})</translation>
    </message>
    <message>
        <source>view unknown</source>
        <translation>الإسقاط غير معروف</translation>
    </message>
    <message>
        <source>lateral view ({evidence})</source>
        <translation>إسقاط جانبي ({evidence})</translation>
    </message>
    <message>
        <source>decubitus view ({evidence})</source>
        <translation>إسقاط استلقائي ({evidence})</translation>
    </message>
    <message>
        <source>oblique view ({evidence})</source>
        <translation>إسقاط مائل ({evidence})</translation>
    </message>
    <message>
        <source>view not {validated} ({evidence})</source>
        <translation>إسقاط غير {validated} ({evidence})</translation>
    </message>
    <message>
        <source>sequence unknown</source>
        <translation>التسلسل غير معروف</translation>
    </message>
    <message>
        <source>sequence {names} — validated {validated}</source>
        <translation>التسلسل {names} — المعتمد: {validated}</translation>
    </message>
    <message>
        <source>age unknown ({note})</source>
        <translation>العمر غير معروف ({note})</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>age {age} — validated {range}</source>
        <translation>العمر {age} — المعتمد: {range}</translation>
    </message>
    <message>
        <source>Outside validated use: {reasons}</source>
        <translation>خارج الاستخدام المعتمد: {reasons}</translation>
    </message>
    <message>
        <source>unlike the images this model was trained on (shift {score} &gt; {threshold})</source>
        <translation>مختلفة عن الصور التي دُرِّب عليها هذا النموذج (انحراف {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} named on an image unlike this model&apos;s training images of it (score {score} &gt; {threshold})</source>
        <translation>{finding} مُسمّى على صورة لا تشبه صور تدريب هذا النموذج لهذه الحالة (الدرجة {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>skull not checked (no head outline found)</source>
        <translation>لم يُفحص وجود الجمجمة (لم يُعثر على حدود الرأس)</translation>
    </message>
    <message>
        <source>the model is uncertain about this image</source>
        <translation>النموذج غير متأكد بشأن هذه الصورة</translation>
    </message>
    <message>
        <source>Not checked: {unknowns}</source>
        <translation>لم يُتحقَّق منه: {unknowns}</translation>
    </message>
    <message>
        <source>skull-stripped slice (validated on slices with the skull; score {score} &lt; {threshold})</source>
        <translation>مقطع منزوع الجمجمة (النموذج معتمد على مقاطع تظهر فيها الجمجمة؛ الدرجة {score} &lt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} called on a markedly asymmetric slice (asymmetry {score} &gt; {threshold}): a tumour may be missed</source>
        <translation>{finding} مُسمّى على مقطع غير متناظر بوضوح (عدم التناظر {score} &gt; {threshold}): قد يفوت ورم</translation>
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
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Alt with the underlined letter opens a menu, Escape closes a dialog.</source>
        <translation>ينقل Tab وShift+Tab بين عناصر التحكم، ويضغط Space أو Enter الزر المحدَّد، ويفتح Alt مع الحرف المسطَّر قائمة، ويغلق Esc مربع الحوار.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>عرض جميع اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>StoredCase</name>
    <message>
        <source>no file</source>
        <translation>لا يوجد ملف</translation>
    </message>
    <message>
        <source>Case #{id} (from the history) — {file}: {decision}</source>
        <translation>الحالة رقم {id} (من السجل) — {file}: {decision}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>The images of the folder; arrow keys or Page Up/Down move between them</source>
        <translation>صور المجلد؛ تنقّل بينها بمفاتيح الأسهم أو Page Up/Down</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Soft tissue</source>
        <extracomment>Common CT windows (center, width in HU), offered when the image is in Hounsfield units. Their names are shown translated (window_controls.window_name); the file&apos;s own presets keep their names.</extracomment>
        <translation>الأنسجة الرخوة</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>الرئة</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>العظم</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>الدماغ</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>المنصِّف</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>الكبد</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>Full range</source>
        <extracomment>The imaging core&apos;s own window names (desktop_app.imaging.render), translated where shown.</extracomment>
        <translation>النطاق الكامل</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
</context>
</TS>
