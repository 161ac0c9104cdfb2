// AI evaluation and annotation work in other languages: postings for raters in other languages
// are often written in those languages, titles included.
import type { EvaluatorSignalInput } from './schema.ts';

const OTHER_LANGUAGE_PHRASES = [
  // Spanish
  'entrenador de IA', 'entrenadora de IA', 'entrenamiento de IA', 'entrenar modelos de IA', 'evaluador de IA', 'evaluadora de IA',
  'evaluar respuestas', 'evaluación de respuestas', 'calificar respuestas', 'respuestas generadas por IA', 'anotación de datos',
  'etiquetado de datos', 'anotador de datos', 'modelos de lenguaje', 'respuestas de IA', 'evaluador de respuestas', 'evaluadora de respuestas',
  'respuestas de la IA', 'respuestas de un chatbot', 'etiquetado de imágenes', 'anotación de imágenes',
  // Portuguese
  'treinador de IA', 'treinamento de IA', 'avaliador de IA', 'avaliar respostas', 'avaliação de respostas', 'respostas geradas por IA',
  'anotação de dados', 'rotulagem de dados', 'modelos de linguagem', 'respostas da IA', 'rotulagem de imagens', 'anotação de imagens',
  // French
  'entraîneur IA', "formateur d'IA", 'évaluateur IA', "évaluateur d'IA", 'évaluer les réponses', 'évaluation des réponses',
  'réponses générées par IA', "réponses générées par l'IA", 'annotation de données', 'étiquetage de données', 'modèles de langage',
  'réponses IA', "réponses de l'IA", "réponses d'IA", 'évaluateur de réponses', 'évaluatrice de réponses', 'annotateur de données', 'annotatrice de données',
  "annotation d'images", "étiquetage d'images",
  // German
  'KI-Trainer', 'KI-Trainerin', 'KI-Training', 'KI-Bewerter', 'KI-Antworten', 'Antworten bewerten', 'Bewertung von KI',
  'KI-Trainingsdaten', 'Trainingsdaten für KI', 'Datenannotation', 'Datenannotierung', 'Datenkennzeichnung', 'Sprachmodelle', 'Sprachmodellen',
  'Antworten der KI', 'Antworten von KI', 'KI-generierte Antworten', 'KI-generierten Antworten', 'KI-generierte Inhalte', 'KI-generierten Inhalte',
  'Daten labeln', 'Datenlabeling', 'Daten-Labeling', 'Bildannotation', 'Bildannotierung', 'Annotation von Bildern', 'Annotation von Daten',
  // Italian
  'valutatore IA', "valutatore di IA", 'valutare le risposte', 'annotazione dei dati', 'etichettatura dei dati', 'modelli linguistici',
  'valutatore di risposte', 'valutatrice di risposte', 'risposte IA', "risposte dell'IA", 'annotatore di dati',
  // Map and search evaluators, as the search-rating programmes' local ads name them ("In qualità di valutatore di mappe").
  'valutatore di mappe', 'valutatori di mappe', 'valutatrice di mappe', 'valutatore dei motori di ricerca', 'evaluador de mapas', 'evaluadores de mapas', 'evaluadora de mapas',
  'evaluador de motores de búsqueda', 'avaliador de mapas', 'avaliadores de mapas', 'avaliador de mecanismos de pesquisa', 'évaluateur de cartes', 'évaluateurs de cartes',
  'évaluatrice de cartes', 'évaluateur de moteurs de recherche', 'Kartenbewerter', 'Kartenbewerterin', 'Suchmaschinenbewerter', 'Suchmaschinen-Bewerter',
  // Japanese, Chinese
  'AIトレーナー', 'AI評価', 'データアノテーション', 'アノテーション作業', 'データラベリング', 'AIの回答', '生成AIの評価',
  // The annotator, and the labelled data crowd tasks make ("教師データ作成", "AI学習用データ").
  'アノテーター', '教師データ作成', '教師データの作成', 'AI学習用データ', '学習用データ作成', '学習用データの作成', '生成AIの回答',
  // "アノテーション手順書" (the annotation manual a crowd task sends): annotation in Japanese is data labelling.
  'アノテーション',
  // A crowd task that names the AI it feeds ("…を理解できるAIを作ろうとしています。そのためのお仕事です": we are
  // building an AI that understands …; this task is for it), or the model answers it labels ("生成AIの対話応答").
  'AIを作ろう', 'AIを作るため', 'AIの学習データ', 'AIを学習させ', 'AIの精度向上', 'AIの応答', '生成AIの応答', 'AIの対話応答',
  // Speech and conversation data recorded for AI ("AI音声開発用の日本語会話データ収録": Japanese conversation
  // data recorded for AI voice development), the crowd boards' recording gigs.
  'AI開発用', 'AI音声開発', 'AI学習用', '音声データ収録', '会話データ収録',
  // Not 模型评估 ("model evaluation"): researchers and ML engineers do that (two such postings in
  // the labelled sets, no rater's); 模型评测 is the raters' word.
  '数据标注', '数据标记', '数据标签', '标注员', 'AI训练师', '人工智能训练', '模型评测', '大模型评测', '评测标注', 'AI训练',
  '數據標註', '數據標注', '資料標註', '資料標注', '標註員', '標注員', 'AI訓練師', '人工智慧訓練', '人工智能訓練', '模型評測',
  '大模型評測', '評測標注', '評測標註', 'AI訓練',
  // Model output named as such: "對AI生成視頻進行全流程評估" (evaluate AI-generated videos end to end).
  'AI生成视频', 'AI生成視頻', 'AI生成内容', 'AI生成內容', 'AI生成结果', 'AI生成結果', 'AI生成图片', 'AI生成圖片',
  // Annotated data and the model's answers, the other way round ("标注数据的准确性", "针对模型生成的回答"), and LLM data projects.
  '标注数据', '標注數據', '標註數據', '模型生成的回答', '模型的回答', '模型回答', '大模型数据', '大模型數據',
  // Kinds of labeling work named in Chinese titles (point clouds, images, speech, text, video).
  '点云标注', '图像标注', '图片标注', '语音标注', '文本标注', '视频标注', '3D标注',
  '點雲標註', '點雲標注', '圖像標註', '影像標註', '語音標註', '文本標註', '影片標註',
  // Frame-by-frame and point-cloud work for driving data ("点云连续帧标注"), and the annotator's trade name.
  '帧标注', '幀標註', '幀標注', '连续帧', '連續幀', '标注师', '標註師', '標注師', '标注项目', '標註項目',
  // Setting tasks ("出题") for an AI or an AI agent to attempt, then reviewing how it did.
  'AI 出题', 'AI Agent 出题', 'AI Agent 任务设计', 'AI Agent 任務設計',
  // Evaluating model output, and scoring prompt-response pairs ("模型输出评估", "对提示-反应对进行评分").
  '模型输出评估', '模型輸出評估', '提示-反应对', '提示-响应对', '提示-回答对', '提示-反應對', '提示-響應對', '提示-回答對',
  // Korean
  '데이터 라벨링', '데이터 어노테이션', 'AI 트레이너', 'AI 평가', 'AI 학습 데이터', '인공지능 학습',
  // Crowd workers on the national AI-dataset projects ("인공지능(AI) 데이터셋 구축 사업", "크라우드 워커 모집").
  '크라우드 워커', '크라우드워커', 'AI 데이터셋 구축', '인공지능 데이터셋', '데이터 라벨러',
  // Dutch
  'AI-beoordelaar', 'antwoorden beoordelen', 'antwoorden van AI', 'antwoorden van AI-modellen', 'AI-antwoorden', 'AI-modellen trainen',
  'AI-modellen te trainen', 'taalmodellen', 'data-annotatie', 'gegevensannotatie', 'data labelen',
  // Polish
  'trener AI', 'trenerka AI', 'oceniać odpowiedzi', 'ocena odpowiedzi', 'odpowiedzi generowane przez AI', 'modele językowe', 'modeli językowych',
  'adnotacja danych', 'etykietowanie danych',
  // Turkish
  'yapay zeka eğitmeni', 'yapay zekâ eğitmeni', 'veri etiketleme', 'dil modelleri', 'yanıtları değerlendirmek', 'yanıtları değerlendirme',
  // Swedish, Danish, Norwegian
  'AI-tränare', 'AI-træner', 'AI-trener', 'AI-svar', 'annotering av data', 'märkning av data', 'språkmodeller', 'sprogmodeller',
  // Russian, Ukrainian: "асессор" is the Russian trade name of search and AI raters; "разметка данных" is data labelling.
  'асессор', 'асессора', 'асессоры', 'асессоров', 'асессором', 'асессорам', 'разметчик', 'разметчика', 'разметчики', 'разметчиков', 'разметчиком', 'разметчица',
  'разметка данных', 'разметки данных', 'разметку данных', 'разметкой данных', 'AI-тренер', 'AI-тренером', 'AI-тренера', 'AI-тренеры', 'AI-тренеров', 'AI-тренерам', 'ИИ-тренер', 'ИИ-тренера', 'ИИ-тренеры', 'ИИ-тренеров', 'тренер ИИ', 'тренер нейросетей',
  'ответы нейросети', 'ответов нейросети', 'ответы нейросетей', 'ответов нейросетей', 'ответы ИИ', 'ответов ИИ',
  // "Они оценивают ответы моделей": the trainers rate the model's answers.
  'оценивают ответы моделей', 'оценивать ответы моделей', 'оценка ответов моделей', 'ответы языковых моделей', 'ответов языковых моделей',
  'оценка поисковой выдачи', 'оценки поисковой выдачи', 'оценку поисковой выдачи',
  // The media-search rater programme's template in Russian and Ukrainian ("tasks through a web-based
  // evaluation tool … relevance of online content"; "Media Search Analyst", "Online Data Analyst").
  'инструмент веб-оценки', 'инструмента веб-оценки', 'инструментом веб-оценки', 'актуальности онлайн-контента', 'аналитик по поиску СМИ', 'аналитика по поиску СМИ', 'онлайн-аналитик данных',
  'інструмент веб-оцінки', 'інструмента веб-оцінки', 'актуальності онлайн-контенту', 'аналітик з пошуку ЗМІ',
  // The same template in Spanish, Portuguese, French, German and Italian.
  'herramienta de evaluación basada en la web', 'relevancia del contenido en línea', 'ferramenta de avaliação baseada na web', 'relevância do conteúdo online',
  "outil d'évaluation basé sur le Web", 'pertinence du contenu en ligne', 'webbasiertes Bewertungstool', 'webbasierten Bewertungstool', 'Relevanz von Online-Inhalten',
  'strumento di valutazione basato sul web', 'pertinenza dei contenuti online',
  'асесор', 'асесори', 'асесорів', 'розмітка даних', 'розмітки даних', 'розмітку даних', 'розмітник', 'розмітники', 'відповіді ШІ', 'відповідей ШІ', 'AI-тренер',
  // Vietnamese, Hindi, Arabic, Hebrew, Greek
  'gán nhãn dữ liệu', 'đánh giá phản hồi của AI', 'डेटा लेबलिंग', 'डेटा एनोटेशन', 'एआई ट्रेनर', 'एआई प्रशिक्षक',
  'وسم البيانات', 'توسيم البيانات', 'تعليق البيانات', 'مدرب ذكاء اصطناعي', 'مدرب الذكاء الاصطناعي', 'תיוג נתונים', 'תיוג דאטה', 'מאמן AI', 'מאמני AI',
  'επισημείωση δεδομένων', 'σχολιασμός δεδομένων', 'αξιολογητής AI', 'εκπαιδευτής AI',
  // Romanian, Czech, Slovak, Hungarian, Finnish
  'adnotare date', 'adnotarea datelor', 'etichetarea datelor', 'anotace dat', 'anotácia dát', 'AI trenér',
  'adatannotáció', 'adatcímkézés', 'AI tréner', 'datan annotointi', 'datan merkintä', 'tekoälykouluttaja', 'tekoälyn kouluttaja',
  // Indonesian, Malay
  'pelatih AI', 'anotasi data', 'pelabelan data', 'model bahasa', 'menilai respons', 'mengevaluasi respons', 'respons AI',
];

export const otherLanguagesSignals: EvaluatorSignalInput[] = [
  {
    id: 'evaluator-work-other-languages',
    raterTask: true,
    label: 'AI evaluation or annotation work, described in another language',
    weight: 6,
    kind: 'phrase',
    phrases: OTHER_LANGUAGE_PHRASES,
    examples: {
      positive: [
        'Buscamos evaluadores para calificar respuestas de modelos de lenguaje en español.',
        'Vaga remota: avaliador de IA para avaliar respostas em português.',
        'Nous recrutons des annotateurs pour l’annotation de données et évaluer les réponses des modèles.',
        'Als KI-Trainer bewerten Sie KI-Antworten auf Deutsch.',
        'In qualità di valutatore di mappe, verificherete che i nomi delle aziende siano corretti.',
        '負責大模型評測標註工作，為模型回答評分。',
        '负责数据标注与模型评测。',
        '针对模型生成的回答进行改写，保证标注数据的准确性。',
        '使用评估模板对提示-反应对进行评分，并完成模型输出评估。',
        '데이터 라벨링 및 AI 평가 업무를 담당합니다.',
        'Je gaat antwoorden van AI-modellen beoordelen volgens richtlijnen.',
        'Będziesz oceniać odpowiedzi generowane przez AI.',
        'Anda akan menilai respons AI dan melakukan anotasi data.',
        'Ищем асессоров для оценки ответов нейросети.',
        '在宅でできる教師データ作成のお仕事です。',
        'AI音声開発用の日本語会話データ収録にご協力いただける方を募集します。',
        'アノテーション手順書を読み、対話の破綻の種類を判定してください。',
        '因果関係を理解できるAIを作ろうとしています。そのためのお仕事です。',
        'Bạn sẽ gán nhãn dữ liệu để huấn luyện AI.',
      ],
      negative: ['Buscamos profesores de español para nuestra academia.', 'Wir suchen eine Pflegekraft für die Station.', 'Ищем бухгалтера в офис в Москве.', '在宅でできるデータ入力のお仕事です。', 'ナレーションの音声収録をお願いします。'],
    },
  },
  {
    // "ajudar no treinamento de sistemas de IA", "améliorer leurs modèles d'Intelligence Artificielle":
    // train-ai in the languages whose postings we see; a pair, as word order varies.
    id: 'train-ai-other-languages',
    label: 'Training or improving AI models, described in another language',
    weight: 5,
    kind: 'pair',
    left: ['treinamento', 'treinar', 'treinando', 'entrenamiento', 'entrenar', 'entrenando', 'entraînement', 'entraîner', 'trainieren', 'addestramento', 'addestrare', 'melhorar', 'mejorar', 'améliorer', 'verbessern', 'migliorare', 'trainen', 'verbeteren',
      // Swedish, Danish, Norwegian: "hjälpa till att träna AI-chatbotar".
      'träna', 'tränar', 'förbättra', 'förbättrar', 'træne', 'forbedre', 'trene'],
    // "AI" as Scandinavian postings write it; English "train AI" is train-ai's.
    right: ['IA', 'KI', 'AI', 'inteligência artificial', 'inteligencia artificial', 'intelligence artificielle', 'künstliche Intelligenz', 'künstlichen Intelligenz', 'intelligenza artificiale', 'kunstmatige intelligentie', 'artificiell intelligens', 'kunstig intelligens'],
    caseSensitive: ['IA', 'KI', 'AI'],
    window: 4,
    // "Aplicar inteligência artificial para melhorar a eficiência": the AI improves something, nobody improves it (as train-ai reads "AI to improve").
    objectFirstUnless: ['para', 'pour', 'um', 'per', 'que', 'pode', 'puede', 'peut', 'kann', 'può', 'om', 'för', 'til'],
    examples: {
      positive: ['Você vai ajudar no treinamento de sistemas de IA de última geração.', 'Aider nos clients à améliorer leurs modèles d’Intelligence Artificielle.', 'Sie helfen, KI-Modelle zu trainieren.', 'Gå med i vårt team för att hjälpa till att träna AI-chatbotar.'],
      negative: ['Buscamos entrenadores de fútbol para nuestra academia.', 'Wir verbessern unsere Prozesse jeden Tag.', 'Aplicar inteligência artificial para melhorar a eficiência da empresa.'],
    },
  },
  {
    id: 'evaluator-title-other-languages',
    label: 'Title: AI evaluation or annotation work in another language',
    weight: 5,
    scope: 'title',
    kind: 'phrase',
    phrases: OTHER_LANGUAGE_PHRASES,
    examples: { positive: ['大模型评测数据标注（兼职）', 'Evaluador de IA - Español'], negative: ['Profesor de español', 'Softwareentwickler (m/w/d)'] },
  },
];
