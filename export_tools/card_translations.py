# SPDX-License-Identifier: Apache-2.0
"""Translations of the model cards' human-readable text: labels, kind names, intended use and limitations.

Each text keeps the English it translates (``"en"``), so a card whose English changed (a retrain rewrites
the chest card's limitations) is matched by text, not position: a limitation with no translation of its
current English is reported by ``python -m export_tools card-text`` (export_tools/card_text.py) and stays
English in that language (desktop_app.i18n.card_text reads the result). To update after a change, copy the
card's new English into ``"en"`` and translate it; numbers follow each language's conventions (decimal comma
and ``87 %`` in French, Latin digits in Arabic, as desktop_app.i18n.formats). Portuguese is Brazilian.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("fr", "es", "pt", "ar")
P = "\u202f%"  # French: narrow no-break space before the percent sign

_GATE_LABELS = {
    "chest_xray": {"fr": "radiographie thoracique", "es": "radiografía de tórax", "pt": "radiografia de tórax",
                   "ar": "أشعة سينية للصدر"},
    "brain_mri": {"fr": "IRM cérébrale", "es": "RM cerebral", "pt": "RM cerebral", "ar": "رنين مغناطيسي للدماغ"},
    "abdomen_ct": {"fr": "scanner abdominal", "es": "TC abdominal", "pt": "TC abdominal", "ar": "مقطعي محوسب للبطن"},
    "chest_ct": {"fr": "scanner thoracique", "es": "TC de tórax", "pt": "TC de tórax", "ar": "مقطعي محوسب للصدر"},
    "head_ct": {"fr": "scanner crânien", "es": "TC craneal", "pt": "TC de crânio", "ar": "مقطعي محوسب للرأس"},
    "breast_mri": {"fr": "IRM mammaire", "es": "RM de mama", "pt": "RM mamária", "ar": "رنين مغناطيسي للثدي"},
    "hand_xray": {"fr": "radiographie de la main", "es": "radiografía de mano", "pt": "radiografia da mão",
                  "ar": "أشعة سينية لليد"},
    "other": {"fr": "autre", "es": "otra", "pt": "outra", "ar": "أخرى"},
}

#: How the gate names a kind of image in a sentence ("This looks like a chest X-ray").
_GATE_KIND_NAMES = {
    "chest_xray": {"fr": "une radiographie thoracique", "es": "una radiografía de tórax",
                   "pt": "uma radiografia de tórax", "ar": "صورة أشعة سينية للصدر"},
    "brain_mri": {"fr": "une IRM cérébrale", "es": "una RM cerebral", "pt": "uma RM cerebral",
                  "ar": "صورة رنين مغناطيسي للدماغ"},
    "abdomen_ct": {"fr": "un scanner abdominal", "es": "una TC abdominal", "pt": "uma TC abdominal",
                   "ar": "صورة مقطعية محوسبة للبطن"},
    "chest_ct": {"fr": "un scanner thoracique", "es": "una TC de tórax", "pt": "uma TC de tórax",
                 "ar": "صورة مقطعية محوسبة للصدر"},
    "head_ct": {"fr": "un scanner crânien", "es": "una TC craneal", "pt": "uma TC de crânio",
                "ar": "صورة مقطعية محوسبة للرأس"},
    "breast_mri": {"fr": "une IRM mammaire", "es": "una RM de mama", "pt": "uma RM mamária",
                   "ar": "صورة رنين مغناطيسي للثدي"},
    "hand_xray": {"fr": "une radiographie de la main", "es": "una radiografía de mano",
                  "pt": "uma radiografia da mão", "ar": "صورة أشعة سينية لليد"},
    "other": {"fr": "autre chose qu'une image médicale prise en charge (photo, document, capture d'écran…)",
              "es": "algo distinto de una imagen médica compatible (foto, documento, captura de pantalla…)",
              "pt": "algo que não é uma imagem médica suportada (foto, documento, captura de tela…)",
              "ar": "شيئًا غير صورة طبية مدعومة (صورة فوتوغرافية، مستند، لقطة شاشة…)"},
}

CARD_TEXT: dict[str, dict[str, Any]] = {
    "chest_xray_pneumonia": {
        "labels": {
            "NORMAL": {"fr": "NORMAL", "es": "NORMAL", "pt": "NORMAL", "ar": "طبيعي"},
            "PNEUMONIA": {"fr": "PNEUMONIE", "es": "NEUMONÍA", "pt": "PNEUMONIA", "ar": "التهاب رئوي"},
        },
        "intended_use": {
            "en": "Assist a radiologist reading a frontal (AP/PA) chest radiograph of a child by flagging possible "
                  "pneumonia and showing where the model looked. Not a diagnosis.",
            "fr": "Aider un radiologue qui lit une radiographie thoracique de face (AP/PA) d'un enfant en signalant "
                  "une pneumonie possible et en montrant où le modèle a regardé. Ce n'est pas un diagnostic.",
            "es": "Ayudar a un radiólogo que lee una radiografía de tórax frontal (AP/PA) de un niño señalando una "
                  "posible neumonía y mostrando dónde miró el modelo. No es un diagnóstico.",
            "pt": "Ajudar um radiologista a ler uma radiografia de tórax frontal (AP/PA) de uma criança, sinalizando "
                  "uma possível pneumonia e mostrando onde o modelo olhou. Não é um diagnóstico.",
            "ar": "مساعدة أخصائي الأشعة عند قراءة صورة أشعة أمامية للصدر (AP/PA) لطفل، بالإشارة إلى احتمال وجود "
                  "التهاب رئوي وبيان المواضع التي نظر إليها النموذج. ليست تشخيصًا.",
        },
        "limitations": [
            {
                "en": "Trained on pediatric AP chest films (age 1-5) from one hospital in Guangzhou. On 83 adult "
                      "frontal films from two other hospitals (chest_shift_dev) 94 % were flagged as unlike the "
                      "training images and 96 % needed review; none was wrong without a flag. Adult films are "
                      "outside validated use: an age in the DICOM header or typed for a PNG/JPEG says so, and the"
                      " shift check usually does.",
                "fr": "Entraîné sur des radiographies thoraciques AP pédiatriques (1 à 5 ans) d'un seul hôpital "
                      "de Canton. Sur 83 radiographies de face d'adultes de deux autres hôpitaux "
                      f"(chest_shift_dev), 94{P} ont été signalées comme différentes des images d'entraînement et "
                      f"96{P} nécessitaient une relecture ; aucune n'était fausse sans signalement. Les "
                      "radiographies d'adultes sont hors usage validé : un âge dans l'en-tête DICOM ou saisi pour"
                      " un PNG/JPEG l'indique, et le contrôle d'écart le fait généralement.",
                "es": "Entrenado con radiografías de tórax AP pediátricas (1 a 5 años) de un solo hospital de "
                      "Cantón. En 83 radiografías frontales de adultos de otros dos hospitales (chest_shift_dev),"
                      " el 94 % se marcó como distinto de las imágenes de entrenamiento y el 96 % requirió "
                      "revisión; ninguna fue errónea sin marca. Las radiografías de adultos están fuera del uso "
                      "validado: lo indica una edad en la cabecera DICOM o introducida para un PNG/JPEG, y "
                      "normalmente también el control de desviación.",
                "pt": "Treinado com radiografias de tórax AP pediátricas (1 a 5 anos) de um único hospital de "
                      "Cantão. Em 83 radiografias frontais de adultos de dois outros hospitais (chest_shift_dev),"
                      " 94 % foram sinalizadas como diferentes das imagens de treinamento e 96 % requereram "
                      "revisão; nenhuma estava errada sem sinalização. As radiografias de adultos estão fora do "
                      "uso validado: uma idade no cabeçalho DICOM ou introduzida para um PNG/JPEG o indica, e o "
                      "controle de desvio geralmente também.",
                "ar": "دُرِّب على صور أشعة صدر أمامية-خلفية (AP) لأطفال (من 1 إلى 5 سنوات) من مستشفى واحد في "
                      "قوانغتشو. من بين 83 صورة أمامية لبالغين من مستشفيين آخرين (chest_shift_dev) عُلِّمت 94% "
                      "على أنها مختلفة عن صور التدريب واحتاجت 96% إلى مراجعة؛ ولم تكن أي منها خاطئة دون تنبيه. "
                      "صور البالغين خارج الاستخدام المعتمد: يدل على ذلك العمر في ترويسة DICOM أو العمر المُدخل "
                      "لصورة PNG/JPEG، وعادةً ما يدل عليه فحص الانحراف أيضًا.",
            },
            {
                "en": "The official test period differs from training and is much harder than validation: on "
                      "test_a (312) AUC 0.988, accuracy 0.942; the review band and shift check flag 22 % and the "
                      "unflagged calls are 98.1 % correct (validation: 24 % flagged, 99.0 %). test_a helped "
                      "calibrate the review band, so its figures are cross-fitted (band from validation and one "
                      "half, measured on the other half).",
                "fr": "La période du test officiel diffère de l'entraînement et est bien plus difficile que la "
                      "validation : sur test_a (312), AUC 0,988, exactitude 0,942 ; la bande de relecture et le "
                      f"contrôle d'écart signalent 22{P} et les résultats non signalés sont exacts à 98,1{P} "
                      f"(validation : 24{P} signalés, 99,0{P}). test_a a servi à calibrer la bande de relecture, ses"
                      " chiffres sont donc croisés (bande issue de la validation et d'une moitié, mesurée sur "
                      "l'autre moitié).",
                "es": "El periodo de la prueba oficial difiere del de entrenamiento y es mucho más difícil que la"
                      " validación: en test_a (312), AUC 0,988, exactitud 0,942; la banda de revisión y el "
                      "control de desviación marcan el 22 % y los resultados no marcados son correctos en un 98,1"
                      " % (validación: 24 % marcados, 99,0 %). test_a ayudó a calibrar la banda de revisión, así "
                      "que sus cifras son cruzadas (banda calibrada con la validación y una mitad, medida en la "
                      "otra mitad).",
                "pt": "O período do teste oficial difere do de treinamento e é muito mais difícil do que a "
                      "validação: em test_a (312), AUC 0,988, acurácia 0,942; a faixa de revisão e o controle de "
                      "desvio sinalizam 22 % e os resultados não sinalizados estão 98,1 % corretos (validação: 24"
                      " % sinalizados, 99,0 %). test_a ajudou a calibrar a faixa de revisão, por isso seus "
                      "valores são cruzados (faixa calibrada com a validação e uma metade, medida na outra "
                      "metade).",
                "ar": "تختلف فترة الاختبار الرسمي عن فترة التدريب وهي أصعب بكثير من التحقق: على test_a (312) AUC "
                      "0.988 والدقة 0.942؛ يُعلِّم نطاق المراجعة وفحص الانحراف 22%، والنتائج غير المُعلَّمة صحيحة"
                      " بنسبة 98.1% (التحقق: 24% مُعلَّمة، 99.0%). أسهمت test_a في معايرة نطاق المراجعة، لذا "
                      "أرقامها متقاطعة (نطاق من التحقق ونصف العينة، مقيس على النصف الآخر).",
            },
            {
                "en": "A score can move between encodings of the same film (8-bit PNG, 8/12/16-bit DICOM, "
                      "MONOCHROME1, RLE; 40 test_a films near the operating threshold, 6 encodings each): by up "
                      "to 0.030 (median 0.005) for films stored at full resolution (1024 px), by up to 0.051 "
                      "(median 0.009) at the data set's 224 px, where a 12-bit film's sub-grey detail is noise at"
                      " the scale the network sees. Such scores fall inside the review band (0.19-0.99), which "
                      "flags them: none of the 40 changed its call or its review flag between encodings.",
                "fr": "Un score peut varier entre deux encodages du même cliché (PNG 8 bits, DICOM 8/12/16 bits, "
                      "MONOCHROME1, RLE ; 40 clichés de test_a proches du seuil de décision, 6 encodages chacun) "
                      ": jusqu'à 0,030 (médiane 0,005) pour des clichés stockés en pleine résolution (1024 px), "
                      "jusqu'à 0,051 (médiane 0,009) aux 224 px du jeu de données, où le détail sous le niveau de"
                      " gris d'un cliché 12 bits est du bruit à l'échelle que voit le réseau. Ces scores tombent "
                      "dans la bande de relecture (0,19–0,99), qui les signale : aucun des 40 n'a changé de "
                      "décision ni de signalement d'un encodage à l'autre.",
                "es": "Una puntuación puede variar entre codificaciones de la misma placa (PNG de 8 bits, DICOM "
                      "de 8/12/16 bits, MONOCHROME1, RLE; 40 placas de test_a cerca del umbral operativo, 6 "
                      "codificaciones cada una): hasta 0,030 (mediana 0,005) en placas guardadas a resolución "
                      "completa (1024 px), hasta 0,051 (mediana 0,009) a los 224 px del conjunto de datos, donde "
                      "el detalle por debajo de un nivel de gris de una placa de 12 bits es ruido a la escala que"
                      " ve la red. Esas puntuaciones caen dentro de la banda de revisión (0,19–0,99), que las "
                      "marca: ninguna de las 40 cambió de decisión ni de marca de revisión entre codificaciones.",
                "pt": "Uma pontuação pode variar entre codificações da mesma radiografia (PNG de 8 bits, DICOM de"
                      " 8/12/16 bits, MONOCHROME1, RLE; 40 radiografias de test_a perto do limiar operacional, 6 "
                      "codificações cada): até 0,030 (mediana 0,005) em radiografias guardadas em resolução "
                      "completa (1024 px), até 0,051 (mediana 0,009) nos 224 px do conjunto de dados, onde o "
                      "detalhe abaixo de um nível de cinza de uma radiografia de 12 bits é ruído na escala que a "
                      "rede vê. Essas pontuações caem dentro da faixa de revisão (0,19–0,99), que as sinaliza: "
                      "nenhuma das 40 mudou de decisão nem de sinalização de revisão entre codificações.",
                "ar": "قد تتغير الدرجة بين ترميزات مختلفة للصورة نفسها (PNG بعمق 8 بت، وDICOM بعمق 8/12/16 بت، "
                      "وMONOCHROME1، وRLE؛ 40 صورة من test_a قرب عتبة التشغيل، 6 ترميزات لكل منها): بما يصل إلى "
                      "0.030 (الوسيط 0.005) للصور المخزنة بدقتها الكاملة (1024 بكسل)، وبما يصل إلى 0.051 (الوسيط "
                      "0.009) بدقة 224 بكسل لمجموعة البيانات، حيث تكون التفاصيل الأدق من مستوى رمادي واحد في صورة"
                      " 12 بت ضجيجًا بالمقياس الذي تراه الشبكة. تقع هذه الدرجات داخل نطاق المراجعة (0.19–0.99) "
                      "الذي يُعلِّمها: لم تتغير نتيجة أي من الصور الأربعين ولا علامة مراجعتها بين الترميزات.",
            },
            {
                "en": "Lateral views, localizers and other modalities are outside validated use when the DICOM "
                      "header says so; a PNG/JPEG carries no view, so a lateral film stored as PNG relies on the "
                      "input gate.",
                "fr": "Les incidences de profil, les images de repérage et les autres modalités sont hors usage "
                      "validé quand l'en-tête DICOM l'indique ; un PNG/JPEG ne porte pas d'incidence, si bien qu'un "
                      "cliché de profil enregistré en PNG dépend du contrôle d'entrée.",
                "es": "Las proyecciones laterales, las imágenes de localización y otras modalidades están fuera del "
                      "uso validado cuando la cabecera DICOM lo indica; un PNG/JPEG no indica la proyección, así que "
                      "una placa lateral guardada como PNG depende del control de entrada.",
                "pt": "As incidências laterais, as imagens de localização e outras modalidades estão fora do uso "
                      "validado quando o cabeçalho DICOM o indica; um PNG/JPEG não indica a incidência, pelo que uma "
                      "radiografia lateral guardada como PNG depende do controle de entrada.",
                "ar": "الإسقاطات الجانبية وصور تحديد الموقع وأنواع التصوير الأخرى خارج الاستخدام المعتمد عندما "
                      "تذكر ذلك ترويسة DICOM؛ لا تحمل صورة PNG/JPEG معلومات الإسقاط، لذا تعتمد صورة جانبية محفوظة "
                      "بصيغة PNG على فحص المدخلات.",
            },
            {
                "en": "Does not tell bacterial from viral pneumonia and does not detect other findings.",
                "fr": "Ne distingue pas une pneumonie bactérienne d'une pneumonie virale et ne détecte pas d'autres "
                      "anomalies.",
                "es": "No distingue la neumonía bacteriana de la vírica y no detecta otros hallazgos.",
                "pt": "Não distingue a pneumonia bacteriana da viral e não detecta outros achados.",
                "ar": "لا يميّز الالتهاب الرئوي الجرثومي من الفيروسي ولا يكشف عن موجودات أخرى.",
            },
        ],
    },
    "brain_mri_tumor": {
        "labels": {
            "glioma": {"fr": "gliome", "es": "glioma", "pt": "glioma", "ar": "ورم دبقي"},
            "meningioma": {"fr": "méningiome", "es": "meningioma", "pt": "meningioma", "ar": "ورم سحائي"},
            "notumor": {"fr": "pas de tumeur", "es": "sin tumor", "pt": "sem tumor", "ar": "لا ورم"},
            "pituitary": {"fr": "tumeur hypophysaire", "es": "tumor hipofisario", "pt": "tumor hipofisário",
                          "ar": "ورم نخامي"},
        },
        "intended_use": {
            "en": "Assist a radiologist reading a single 2-D brain MRI slice by suggesting glioma, meningioma, "
                  "pituitary tumour or no tumour. Not a diagnosis.",
            "fr": "Aider un radiologue qui lit une coupe 2D d'IRM cérébrale en suggérant gliome, méningiome, "
                  "tumeur hypophysaire ou absence de tumeur. Ce n'est pas un diagnostic.",
            "es": "Ayudar a un radiólogo que lee un único corte 2D de RM cerebral sugiriendo glioma, meningioma, "
                  "tumor hipofisario o ausencia de tumor. No es un diagnóstico.",
            "pt": "Ajudar um radiologista a ler um único corte 2D de RM cerebral, sugerindo glioma, meningioma, "
                  "tumor hipofisário ou ausência de tumor. Não é um diagnóstico.",
            "ar": "مساعدة أخصائي الأشعة عند قراءة مقطع واحد ثنائي الأبعاد من تصوير الدماغ بالرنين المغناطيسي "
                  "باقتراح ورم دبقي أو ورم سحائي أو ورم نخامي أو عدم وجود ورم. ليست تشخيصًا.",
        },
        "limitations": [
            {
                "en": "Trained on single JPEG slices from one Kaggle collection, mostly T1 post-contrast with the "
                      "skull; not validated on a clinic's own scanner or on full DICOM series.",
                "fr": "Entraîné sur des coupes JPEG isolées d'une seule collection Kaggle, surtout en T1 après "
                      "injection avec la boîte crânienne ; non validé sur l'appareil propre d'une clinique ni sur des "
                      "séries DICOM complètes.",
                "es": "Entrenado con cortes JPEG aislados de una sola colección de Kaggle, sobre todo T1 poscontraste "
                      "con el cráneo; no validado en el equipo propio de una clínica ni en series DICOM completas.",
                "pt": "Treinado com cortes JPEG isolados de uma única coleção do Kaggle, sobretudo T1 pós-contraste "
                      "com o crânio; não validado no equipamento próprio de uma clínica nem em séries DICOM "
                      "completas.",
                "ar": "دُرِّب على مقاطع JPEG منفردة من مجموعة واحدة على Kaggle، معظمها T1 بعد حقن مادة التباين مع "
                      "الجمجمة؛ لم يُعتمد على جهاز العيادة الخاص ولا على سلاسل DICOM كاملة.",
            },
            {
                "en": "Other collections fail: on TCGA-LGG glioma slices (brain_shift_dev, 57 patients; they "
                      "show the skull) it named glioma on 9 % of 105 FLAIR slices (96 % flagged, 4 wrong without a "
                      "flag) and on 63 % of 89 T1 post-contrast slices (64 % flagged, 3 wrong without a flag). "
                      "FLAIR, diffusion and other non-T1 sequences are outside validated use when the DICOM header "
                      "names them; a PNG/JPEG slice of them is not reliably recognised.",
                "fr": "D'autres collections échouent : sur des coupes de gliome TCGA-LGG (brain_shift_dev, "
                      f"57 patients ; la boîte crânienne y est visible), il a reconnu un gliome sur 9{P} de 105 "
                      f"coupes FLAIR (96{P} signalées, 4 fausses sans signalement) et sur 63{P} de 89 coupes T1 "
                      f"après injection (64{P} signalées, 3 fausses sans signalement). Les séquences FLAIR, de "
                      "diffusion et autres que T1 sont hors usage validé quand l'en-tête DICOM les nomme ; une coupe "
                      "PNG/JPEG de ces séquences n'est pas reconnue de façon fiable.",
                "es": "Otras colecciones fallan: en cortes de glioma TCGA-LGG (brain_shift_dev, 57 pacientes; "
                      "muestran el cráneo) indicó glioma en el 9 % de 105 cortes FLAIR (96 % marcados, 4 erróneos "
                      "sin marca) y en el 63 % de 89 cortes T1 poscontraste (64 % marcados, 3 erróneos sin marca). "
                      "Las secuencias FLAIR, de difusión y otras distintas de T1 están fuera del uso validado cuando "
                      "la cabecera DICOM las nombra; un corte PNG/JPEG de ellas no se reconoce de forma fiable.",
                "pt": "Outras coleções falham: em cortes de glioma TCGA-LGG (brain_shift_dev, 57 pacientes; "
                      "mostram o crânio) indicou glioma em 9 % de 105 cortes FLAIR (96 % sinalizados, 4 errados sem "
                      "sinalização) e em 63 % de 89 cortes T1 pós-contraste (64 % sinalizados, 3 errados sem "
                      "sinalização). As sequências FLAIR, de difusão e outras que não T1 estão fora do uso validado "
                      "quando o cabeçalho DICOM as nomeia; um corte PNG/JPEG destas não é reconhecido de forma "
                      "confiável.",
                "ar": "يفشل مع مجموعات أخرى: على مقاطع ورم دبقي من TCGA-LGG (brain_shift_dev، 57 مريضًا؛ تظهر "
                      "فيها الجمجمة) سمّى ورمًا دبقيًا في 9% من 105 مقاطع FLAIR (عُلِّمت 96%، و4 خاطئة دون تنبيه) وفي "
                      "63% من 89 مقطع T1 بعد التباين (عُلِّمت 64%، و3 خاطئة دون تنبيه). تسلسلات FLAIR والانتشار "
                      "وغيرها من غير T1 خارج الاستخدام المعتمد عندما تسمّيها ترويسة DICOM؛ ولا يُتعرَّف على مقطع "
                      "PNG/JPEG منها بشكل موثوق.",
            },
            {
                "en": "Every tumour slice it learned from is T1 post-contrast, while most of its no-tumour slices "
                      "are T2 or FLAIR, so it may take the sequence for a cue. A tumour named on a slice unlike its "
                      "training tumour slices, and 'no tumour' on a markedly asymmetric slice, are outside validated "
                      "use (together about 3 % of validation slices); a small or midline tumour on a T2 or FLAIR "
                      "slice called 'no tumour' can still be missed.",
                "fr": "Toutes les coupes tumorales qu'il a apprises sont en T1 après injection, alors que la plupart "
                      "de ses coupes sans tumeur sont en T2 ou FLAIR : il peut prendre la séquence pour un indice. "
                      "Une tumeur indiquée sur une coupe différente de ses coupes tumorales d'apprentissage, et un "
                      "« sans tumeur » sur une coupe nettement asymétrique, sont hors usage validé (ensemble environ "
                      f"3{P} des coupes de validation) ; une tumeur petite ou médiane sur une coupe T2 ou FLAIR "
                      "classée « sans tumeur » peut encore être manquée.",
                "es": "Todos los cortes con tumor que aprendió son T1 poscontraste, mientras que la mayoría de sus "
                      "cortes sin tumor son T2 o FLAIR, así que puede tomar la secuencia como pista. Un tumor "
                      "indicado en un corte distinto de sus cortes tumorales de entrenamiento, y un «sin tumor» en un "
                      "corte claramente asimétrico, están fuera del uso validado (juntos, cerca del 3 % de los cortes "
                      "de validación); un tumor pequeño o de línea media en un corte T2 o FLAIR clasificado «sin "
                      "tumor» aún puede pasarse por alto.",
                "pt": "Todos os cortes com tumor que aprendeu são T1 pós-contraste, enquanto a maioria dos seus "
                      "cortes sem tumor é T2 ou FLAIR, por isso pode tomar a sequência como pista. Um tumor indicado "
                      "num corte diferente dos seus cortes tumorais de treino, e um «sem tumor» num corte claramente "
                      "assimétrico, estão fora do uso validado (juntos, cerca de 3 % dos cortes de validação); um "
                      "tumor pequeno ou de linha média num corte T2 ou FLAIR classificado «sem tumor» ainda pode "
                      "passar despercebido.",
                "ar": "كل مقاطع الأورام التي تعلّم منها من نوع T1 بعد التباين، بينما معظم مقاطعه الخالية من الأورام "
                      "من نوع T2 أو FLAIR، لذا قد يتخذ التسلسل دليلًا. الورم المُسمّى على مقطع لا يشبه مقاطع الأورام "
                      "التي تدرّب عليها، و«لا ورم» على مقطع غير متناظر بوضوح، خارج الاستخدام المعتمد (معًا نحو 3% من "
                      "مقاطع التحقق)؛ وقد يفوت ورم صغير أو في خط الوسط على مقطع T2 أو FLAIR صُنّف «لا ورم».",
            },
            {
                "en": "Skull-stripped slices are outside validated use: a check of the head's outline in the pixels "
                      "flags them. Measured only on synthetic skull-stripped versions of validation slices (it flags "
                      "63 % of them, and 1 % of the real validation slices); no real skull-stripped slice was at "
                      "hand to measure it on, so an unflagged slice may still be skull-stripped.",
                "fr": "Les coupes sans boîte crânienne (skull-stripped) sont hors usage validé : un contrôle du "
                      "contour de la tête dans les pixels les signale. Mesuré seulement sur des versions sans boîte "
                      f"crânienne fabriquées à partir de coupes de validation (il en signale 63{P}, et 1{P} des "
                      "vraies coupes de validation) ; aucune vraie coupe sans boîte crânienne n'était disponible pour "
                      "le mesurer, une coupe non signalée peut donc en être une.",
                "es": "Los cortes sin cráneo (skull-stripped) están fuera del uso validado: una comprobación del "
                      "contorno de la cabeza en los píxeles los marca. Medido solo en versiones sin cráneo generadas "
                      "a partir de cortes de validación (marca el 63 % de ellas y el 1 % de los cortes de validación "
                      "reales); no se disponía de cortes reales sin cráneo para medirlo, así que un corte sin marca "
                      "aún puede estar sin cráneo.",
                "pt": "Os cortes sem crânio (skull-stripped) estão fora do uso validado: uma verificação do contorno "
                      "da cabeça nos píxeis sinaliza-os. Medido apenas em versões sem crânio geradas a partir de "
                      "cortes de validação (sinaliza 63 % delas e 1 % dos cortes de validação reais); não havia "
                      "cortes reais sem crânio para o medir, por isso um corte não sinalizado ainda pode estar sem "
                      "crânio.",
                "ar": "المقاطع منزوعة الجمجمة خارج الاستخدام المعتمد: فحص لمحيط الرأس في البكسلات ينبّه إليها. "
                      "قيس فقط على نسخ منزوعة الجمجمة مصنوعة من مقاطع التحقق (ينبّه إلى 63% منها، وإلى 1% من مقاطع "
                      "التحقق الحقيقية)؛ لم تتوفر مقاطع حقيقية منزوعة الجمجمة لقياسه، لذا قد يكون مقطع غير منبَّه "
                      "عليه منزوع الجمجمة.",
            },
            {
                "en": "Sees one slice at a time: a tumour outside the slice is invisible to it.",
                "fr": "Ne voit qu'une coupe à la fois : une tumeur hors de la coupe lui est invisible.",
                "es": "Ve un corte cada vez: un tumor fuera del corte le resulta invisible.",
                "pt": "Vê um corte de cada vez: um tumor fora do corte é invisível para ele.",
                "ar": "يرى مقطعًا واحدًا في كل مرة: الورم الواقع خارج المقطع غير مرئي له.",
            },
            {
                "en": "Only the four classes above; other lesions (metastases, stroke, haemorrhage) are not "
                      "recognised.",
                "fr": "Uniquement les quatre classes ci-dessus ; les autres lésions (métastases, AVC, hémorragie) ne "
                      "sont pas reconnues.",
                "es": "Solo las cuatro clases anteriores; no reconoce otras lesiones (metástasis, ictus, hemorragia).",
                "pt": "Apenas as quatro classes acima; outras lesões (metástases, AVC, hemorragia) não são "
                      "reconhecidas.",
                "ar": "الفئات الأربع المذكورة فقط؛ لا يتعرّف على الآفات الأخرى (النقائل، السكتة الدماغية، النزف).",
            },
        ],
    },
    "input_gate": {
        "labels": _GATE_LABELS,
        "kind_names": _GATE_KIND_NAMES,
        "intended_use": {
            "en": "Decide what kind of image was opened before any diagnostic model scores it, so that a model is "
                  "only applied to the kind of image it was trained on.",
            "fr": "Déterminer le type d'image ouverte avant qu'un modèle diagnostique ne l'analyse, afin qu'un "
                  "modèle ne soit appliqué qu'au type d'image sur lequel il a été entraîné.",
            "es": "Determinar qué tipo de imagen se abrió antes de que un modelo diagnóstico la puntúe, para que cada "
                  "modelo solo se aplique al tipo de imagen con el que se entrenó.",
            "pt": "Determinar que tipo de imagem foi aberta antes de um modelo de diagnóstico a pontuar, para que "
                  "cada modelo só seja aplicado ao tipo de imagem com que foi treinado.",
            "ar": "تحديد نوع الصورة المفتوحة قبل أن يقيّمها أي نموذج تشخيصي، كي لا يُطبَّق النموذج إلا على نوع "
                  "الصور الذي دُرِّب عليه.",
        },
        "limitations": [
            {
                "en": "Refuses other anatomy and modality as far as its real examples reach: 940 real "
                      "full-resolution images from 26 sources (ultrasound, abdominal/pelvic/cardiac CT and reformats, "
                      "abdominal MR, neck CT, NM bone scan, child pelvis films, CT projections standing in for scouts "
                      "and abdominal films, phantoms). On 13 held-out sources (112 images) it refused 110 of 111 that "
                      "must be refused and accepted the one adult chest film; a shoulder MR (NEMA MR2) was still "
                      "accepted as brain MRI (0.99).",
                "fr": "Refuse les autres anatomies et modalités dans la mesure de ses exemples réels : 940 images "
                      "réelles en pleine résolution issues de 26 sources (échographie, scanner abdominal, pelvien et "
                      "cardiaque et reconstructions, IRM abdominale, scanner cervical, scintigraphie osseuse, clichés "
                      "du bassin d'enfant, projections de scanner tenant lieu de topogrammes et de clichés "
                      "abdominaux, fantômes). Sur 13 sources tenues à l'écart (112 images), il a refusé 110 des 111 "
                      "à refuser et accepté l'unique radiographie thoracique d'adulte ; une IRM d'épaule (NEMA MR2) "
                      "a tout de même été acceptée comme IRM cérébrale (0,99).",
                "es": "Rechaza otras anatomías y modalidades hasta donde llegan sus ejemplos reales: 940 imágenes "
                      "reales a resolución completa de 26 fuentes (ecografía, TC abdominal, pélvica y cardiaca y "
                      "reconstrucciones, RM abdominal, TC de cuello, gammagrafía ósea, radiografías de pelvis "
                      "infantil, proyecciones de TC en lugar de topogramas y radiografías abdominales, maniquíes). En "
                      "13 fuentes reservadas (112 imágenes) rechazó 110 de las 111 que debía rechazar y aceptó la "
                      "única radiografía de tórax de adulto; una RM de hombro (NEMA MR2) se aceptó aun así como RM "
                      "cerebral (0,99).",
                "pt": "Recusa outras anatomias e modalidades até onde chegam os seus exemplos reais: 940 imagens "
                      "reais em resolução total de 26 fontes (ecografia, TC abdominal, pélvica e cardíaca e "
                      "reconstruções, RM abdominal, TC do pescoço, cintigrafia óssea, radiografias da bacia de "
                      "crianças, projeções de TC em lugar de topogramas e radiografias abdominais, simuladores). Em 13 "
                      "fontes reservadas (112 imagens) recusou 110 das 111 que devia recusar e aceitou a única "
                      "radiografia de tórax de adulto; uma RM do ombro (NEMA MR2) foi mesmo assim aceita como RM "
                      "cerebral (0,99).",
                "ar": "يرفض التشريحات وأنواع التصوير الأخرى بقدر ما تغطيه أمثلته الحقيقية: 940 صورة حقيقية بدقة "
                      "كاملة من 26 مصدرًا (الموجات فوق الصوتية، التصوير المقطعي للبطن والحوض والقلب وإعادة بنائه، "
                      "الرنين المغناطيسي للبطن، التصوير المقطعي للرقبة، المسح العظمي بالطب النووي، صور حوض الأطفال، "
                      "إسقاطات مقطعية بدلًا من صور الاستطلاع وصور البطن، مجسّمات). على 13 مصدرًا محجوزًا (112 صورة) "
                      "رفض 110 من 111 يجب رفضها وقبل صورة الصدر الوحيدة لبالغ؛ ومع ذلك قُبل رنين مغناطيسي للكتف "
                      "(NEMA MR2) على أنه رنين للدماغ (0.99).",
            },
            {
                "en": "No musculoskeletal MR, spine/knee/extremity films, real lateral chest films or real CT scouts "
                      "were available to train on: such images may still pass as brain MRI or chest X-ray. Use DICOM "
                      "Modality, BodyPartExamined and ImageType (the population check) as the second opinion.",
                "fr": "Aucune IRM ostéo-articulaire, aucun cliché du rachis, du genou ou des extrémités, aucune vraie "
                      "radiographie thoracique de profil ni aucun vrai topogramme de scanner n'était disponible pour "
                      "l'entraînement : de telles images peuvent encore passer pour une IRM cérébrale ou une "
                      "radiographie thoracique. Utilisez Modality, BodyPartExamined et ImageType du DICOM (le "
                      "contrôle de population) comme second avis.",
                "es": "No hubo RM musculoesqueléticas, radiografías de columna, rodilla o extremidades, radiografías "
                      "laterales de tórax reales ni topogramas de TC reales para entrenar: esas imágenes aún pueden "
                      "pasar por RM cerebral o radiografía de tórax. Use Modality, BodyPartExamined e ImageType de "
                      "DICOM (el control de población) como segunda opinión.",
                "pt": "Não havia RM musculoesqueléticas, radiografias da coluna, joelho ou extremidades, radiografias "
                      "laterais de tórax reais nem topogramas de TC reais para treinar: essas imagens ainda podem "
                      "passar por RM cerebral ou radiografia de tórax. Use Modality, BodyPartExamined e ImageType do "
                      "DICOM (o controle de população) como segunda opinião.",
                "ar": "لم تتوفر للتدريب صور رنين مغناطيسي عضلية هيكلية ولا صور أشعة للعمود الفقري أو الركبة أو "
                      "الأطراف ولا صور صدر جانبية حقيقية ولا صور استطلاع مقطعية حقيقية: قد تمرّ مثل هذه الصور على "
                      "أنها رنين للدماغ أو أشعة للصدر. استخدم حقول DICOM ‏Modality وBodyPartExamined وImageType "
                      "(فحص الفئة السكانية) رأيًا ثانيًا.",
            },
            {
                "en": "Acceptance measured on small team-internal sets: adult chest films of other hospitals 83/83 "
                      "(actualmed 44/44, figure1 39/39) and TCGA-LGG brain slices 194/194 (FLAIR 105/105, T1c "
                      "89/89); acceptance says nothing about whether the diagnostic model is valid for them.",
                "fr": "Acceptation mesurée sur de petits jeux internes à l'équipe : radiographies thoraciques "
                      "d'adultes d'autres hôpitaux 83/83 (actualmed 44/44, figure1 39/39) et coupes cérébrales "
                      "TCGA-LGG 194/194 (FLAIR 105/105, T1c 89/89) ; l'acceptation ne dit rien de la validité du "
                      "modèle diagnostique pour ces images.",
                "es": "Aceptación medida en pequeños conjuntos internos del equipo: radiografías de tórax de adultos "
                      "de otros hospitales 83/83 (actualmed 44/44, figure1 39/39) y cortes cerebrales TCGA-LGG "
                      "194/194 (FLAIR 105/105, T1c 89/89); la aceptación no dice nada sobre si el modelo diagnóstico "
                      "es válido para ellas.",
                "pt": "Aceitação medida em pequenos conjuntos internos da equipe: radiografias de tórax de adultos de "
                      "outros hospitais 83/83 (actualmed 44/44, figure1 39/39) e cortes cerebrais TCGA-LGG 194/194 "
                      "(FLAIR 105/105, T1c 89/89); a aceitação nada diz sobre se o modelo de diagnóstico é válido "
                      "para elas.",
                "ar": "قيس القبول على مجموعات داخلية صغيرة لدى الفريق: صور صدر لبالغين من مستشفيات أخرى 83/83 "
                      "(actualmed 44/44، figure1 39/39) ومقاطع دماغ TCGA-LGG ‏194/194 (FLAIR 105/105، T1c 89/89)؛ "
                      "والقبول لا يعني شيئًا عن صلاحية النموذج التشخيصي لها.",
            },
            {
                "en": "Works on a 64x64 thumbnail: it judges the kind of image, never its content.",
                "fr": "Travaille sur une vignette de 64x64 : il juge le type d'image, jamais son contenu.",
                "es": "Trabaja sobre una miniatura de 64x64: juzga el tipo de imagen, nunca su contenido.",
                "pt": "Trabalha sobre uma miniatura de 64x64: avalia o tipo de imagem, nunca o seu conteúdo.",
                "ar": "يعمل على صورة مصغّرة بحجم 64x64: يحكم على نوع الصورة لا على محتواها أبدًا.",
            },
        ],
    },
}
