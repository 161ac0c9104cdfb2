// What makes a posting AI-evaluator work (rating, ranking, reviewing or writing data for AI
// models) rather than ML engineering, data science, teaching or an ordinary writer/nurse job.
// Positive weights pull towards "evaluator", negative ones away. Pairs fire when a verb-like term
// and an object-like term meet in one sentence, which is how postings under generic titles
// ("Senior Financial Analyst") describe grading model outputs.
import { z } from 'zod';

const words = z.array(z.string().min(1));

export const evaluatorSignalSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    label: z.string().min(1),
    weight: z.number().min(-10).max(10),
    scope: z.enum(['title', 'text']).default('text'),
    /** phrase: any of `phrases`. pair: a `left` and a `right` term within `window` tokens in one sentence, and a `context` term in that sentence when given. */
    kind: z.enum(['phrase', 'pair']),
    phrases: words.default([]),
    caseSensitive: words.default([]),
    /** Stem words ("evaluating" finds "evaluate"); off for names. */
    stem: z.boolean().default(true),
    left: words.default([]),
    right: words.default([]),
    context: words.default([]),
    window: z.number().int().min(1).max(30).default(8),
    /**
     * A pair whose right term comes first does not count when one of these words stands between
     * the two: "investing in large language models to improve translation" uses the model, it does
     * not improve it.
     */
    objectFirstUnless: words.default([]),
    /**
     * Names the rater's own work (rating, labelling, writing prompts and answers, red-teaming): the
     * body shows rater work with it, whatever the title says.
     */
    raterTask: z.boolean().default(false),
    /**
     * A title signal that counts only when the posting's employer is named by the phrases of the
     * signal with this id. Its examples are written "Title @ Employer".
     */
    employer: z.string().optional(),
    /**
     * The sentence it fires in says nothing about the job (an employer's notice that it uses AI tools
     * to review applications): other text signals found only in such sentences do not count.
     */
    masksSentence: z.boolean().default(false),
    examples: z.object({ positive: z.array(z.string().min(1)).min(1), negative: z.array(z.string().min(1)).min(1) }),
  })
  .strict();

export type EvaluatorSignal = z.output<typeof evaluatorSignalSchema>;

const AI_OBJECTS = ['AI', 'A.I.', 'artificial intelligence', 'LLM', 'LLMs', 'large language model', 'language model', 'language models', 'AI model', 'AI models', 'AI systems', 'generative AI', 'GenAI', 'gen AI', 'chatbot', 'chatbots', 'AI assistant', 'AI assistants', 'GPT', 'ChatGPT', 'machine learning models', 'AI-generated', 'model-generated', 'frontier models', 'foundation models', 'AI agents', 'AI tools', 'conversational AI', 'conversational assistant', 'conversational assistants', 'AI labs', 'AI lab', 'frontier labs', 'AI agent', 'AI agents', 'agentic', 'Gemini', 'Claude', 'Llama', 'Grok', 'Copilot',
  // Machine translation is model output too: "evaluate English-to-German machine translations".
  'machine translation', 'machine translations', 'machine-translated', 'translation engine', 'translation engines', 'MT output'];
const OUTPUTS = ['response', 'responses', 'output', 'outputs', 'completion', 'completions', 'answer', 'answers', 'reply', 'replies', 'AI-generated', 'model-generated', 'generated content', 'generated text', 'generated code', 'transcript', 'transcripts', 'stories', 'essays', 'summaries', 'translations', 'conversation', 'conversations', 'dialogue', 'dialogues', 'reasoning', 'prompt', 'prompts'];
const EVAL_VERBS = ['evaluate', 'evaluating', 'evaluation', 'evaluations', 'rate', 'rating', 'ratings', 'rank', 'ranking', 'review', 'reviewing', 'grade', 'grading', 'assess', 'assessing', 'judge', 'judging', 'compare', 'comparing', 'critique', 'critiquing', 'score', 'scoring', 'annotate', 'annotating', 'label', 'labeling', 'labelling', 'fact-check', 'fact-checking', 'verify', 'verifying', 'correct', 'correcting', 'rewrite', 'rewriting', 'edit', 'editing', 'audit', 'test', 'testing', 'stump', 'check', 'checking', 'provide feedback', 'give feedback', 'monitor', 'monitoring', 'classify', 'classifying', 'categorize', 'categorise', 'flag', 'flagging', 'moderate', 'write', 'writing', 'craft', 'crafting', 'create', 'creating'];

/** What search raters rate results for; shared with the search-relevance task pair (task-pairs.ts). */
export const SEARCH_QUERY_WORDS = ['search query', 'search queries', 'search result', 'search results', 'query', 'queries'];

// AI evaluation and annotation work in other languages: postings for raters in other languages
// are often written in those languages, titles included.
const OTHER_LANGUAGE_PHRASES = [
  // Spanish
  'entrenador de IA', 'entrenadora de IA', 'entrenamiento de IA', 'entrenar modelos de IA', 'evaluador de IA', 'evaluadora de IA',
  'evaluar respuestas', 'evaluación de respuestas', 'calificar respuestas', 'respuestas generadas por IA', 'anotación de datos',
  'etiquetado de datos', 'anotador de datos', 'modelos de lenguaje', 'respuestas de IA', 'evaluador de respuestas', 'evaluadora de respuestas',
  // Portuguese
  'treinador de IA', 'treinamento de IA', 'avaliador de IA', 'avaliar respostas', 'avaliação de respostas', 'respostas geradas por IA',
  'anotação de dados', 'rotulagem de dados', 'modelos de linguagem',
  // French
  'entraîneur IA', "formateur d'IA", 'évaluateur IA', "évaluateur d'IA", 'évaluer les réponses', 'évaluation des réponses',
  'réponses générées par IA', "réponses générées par l'IA", 'annotation de données', 'étiquetage de données', 'modèles de langage',
  'réponses IA', "réponses de l'IA", "réponses d'IA", 'évaluateur de réponses', 'évaluatrice de réponses', 'annotateur de données', 'annotatrice de données',
  // German
  'KI-Trainer', 'KI-Trainerin', 'KI-Training', 'KI-Bewerter', 'KI-Antworten', 'Antworten bewerten', 'Bewertung von KI',
  'KI-Trainingsdaten', 'Trainingsdaten für KI', 'Datenannotation', 'Datenannotierung', 'Datenkennzeichnung', 'Sprachmodelle', 'Sprachmodellen',
  // Italian
  'valutatore IA', "valutatore di IA", 'valutare le risposte', 'annotazione dei dati', 'etichettatura dei dati', 'modelli linguistici',
  'valutatore di risposte', 'valutatrice di risposte', 'risposte IA', "risposte dell'IA", 'annotatore di dati',
  // Japanese, Chinese
  'AIトレーナー', 'AI評価', 'データアノテーション', 'アノテーション作業', 'データラベリング', 'AIの回答', '生成AIの評価',
  '数据标注', '数据标记', '数据标签', '标注员', 'AI训练师', '人工智能训练', '模型评测', '模型评估', '大模型评测', '评测标注', 'AI训练',
  '數據標註', '數據標注', '資料標註', '資料標注', '標註員', '標注員', 'AI訓練師', '人工智慧訓練', '人工智能訓練', '模型評測', '模型評估',
  '大模型評測', '評測標注', '評測標註', 'AI訓練',
  // Kinds of labeling work named in Chinese titles (point clouds, images, speech, text, video).
  '点云标注', '图像标注', '图片标注', '语音标注', '文本标注', '视频标注', '3D标注',
  '點雲標註', '點雲標注', '圖像標註', '影像標註', '語音標註', '文本標註', '影片標註',
  // Frame-by-frame and point-cloud work for driving data ("点云连续帧标注"), and the annotator's trade name.
  '帧标注', '幀標註', '幀標注', '连续帧', '連續幀', '标注师', '標註師', '標注師', '标注项目', '標註項目',
  // Setting tasks ("出题") for an AI or an AI agent to attempt, then reviewing how it did.
  'AI 出题', 'AI Agent 出题', 'AI Agent 任务设计', 'AI Agent 任務設計',
  // Korean
  '데이터 라벨링', '데이터 어노테이션', 'AI 트레이너', 'AI 평가', 'AI 학습 데이터', '인공지능 학습',
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
  // Indonesian, Malay
  'pelatih AI', 'anotasi data', 'pelabelan data', 'model bahasa', 'menilai respons', 'mengevaluasi respons', 'respons AI',
];

export const evaluatorSignalInputs: z.input<typeof evaluatorSignalSchema>[] = [
  {
    id: 'rlhf',
    raterTask: true,
    label: 'RLHF / human feedback for models',
    weight: 6,
    kind: 'phrase',
    phrases: ['reinforcement learning from human feedback', 'RLAIF', 'human feedback', 'preference data', 'preference ranking', 'reward model', 'reward models'],
    caseSensitive: ['RLHF'],
    examples: { positive: ['You will provide RLHF ratings on model answers.', 'Collect human feedback to improve chatbot behaviour.'], negative: ['We value feedback from our customers.'] },
  },
  {
    id: 'evaluate-ai-output',
    raterTask: true,
    label: 'Evaluating or writing AI model outputs',
    weight: 6,
    kind: 'pair',
    left: EVAL_VERBS,
    right: OUTPUTS,
    context: AI_OBJECTS,
    window: 10,
    examples: {
      positive: ['Review and rate responses generated by large language models.', 'Compare two AI responses and choose the better one.', 'Grade the reasoning of model-generated solutions to finance questions.', 'Apply rubrics to assess response quality in the Gemini chat.'],
      negative: ['Review customer responses to our survey.', 'Evaluate vendor proposals and answers to RFPs.'],
    },
  },
  {
    id: 'train-ai',
    label: 'Training or improving AI models',
    weight: 5,
    kind: 'pair',
    left: ['train', 'training', 'trains', 'improve', 'improving', 'shape', 'shaping', 'refine', 'refining', 'enhance', 'enhancing', 'fine-tune', 'help build', 'make smarter', 'contribute'],
    right: AI_OBJECTS,
    // Tight: "training sessions on generative AI" is teaching people, not models.
    window: 2,
    // "Generative AI can improve productivity": the AI improves something, nobody improves it.
    objectFirstUnless: ['to', 'can', 'could', 'will', 'may', 'might', 'would', 'helps', 'help'],
    examples: {
      positive: ['Help train AI models to reason like a financial analyst.', 'Your expertise will improve our LLMs.', 'Experience in LLM training is a plus.'],
      negative: ['Train new staff on the point of sale system.', 'Improve our onboarding for customers.', 'We invest in large language models to improve translation quality.', 'An intern with generative AI to contribute to fraud projects.', 'Find where generative AI can improve productivity.'],
    },
  },
  {
    id: 'ai-trainer-title',
    label: 'AI trainer / rater / annotator title',
    weight: 5,
    scope: 'title',
    kind: 'phrase',
    phrases: ['AI trainer', 'AI training', 'AI tutor', 'AI rater', 'AI evaluator', 'AI reviewer', 'AI annotator', 'AI data', 'data trainer', 'AI writer', 'AI writing', 'AI content', 'AI model evaluator', 'LLM trainer', 'LLM evaluator', 'model evaluator', 'data annotator', 'data annotation', 'data labeler', 'data labeller', 'data labeling', 'data labelling', 'annotator', 'annotators', 'rater', 'raters', 'search engine evaluator', 'search evaluator', 'relevance evaluator', 'maps evaluator', 'map evaluator', 'internet analyst', 'online data analyst', 'ads assessor', 'ad assessor', 'ads rater', 'search relevance', 'video labeling', 'image labeling', 'video annotation', 'image annotation', 'language data', 'translation evaluator', 'translation evaluation', 'quality judge', 'quality rater', 'search quality', 'ads quality', 'ads evaluator', 'internet assessor', 'personalized internet assessor', 'human data', 'prompt writer', 'response evaluator', 'response rater', 'writing evaluator', 'content rater', 'AI red teamer', 'AI red teaming', 'LLM red teamer', 'RLHF', 'AI safety', 'AI quality', 'AI specialist', 'AI consultant', 'AI expert', 'freelance AI', 'AI content evaluator', 'AI language', 'AI math', 'AI coding'],
    examples: { positive: ['Freelance AI Trainer (Finance)', 'Spanish Language Rater', 'AI Red Teamer (Contract)'], negative: ['Machine Learning Engineer', 'Registered Nurse', 'Senior Security Engineer - Red Team'] },
  },
  {
    // On an AI-training platform's own listing, a contributor's title ("Legal Expert", "Sentiment
    // Evaluator", "Generalist") is the rating work itself: the platforms' staff are engineers,
    // managers, recruiters, analysts and specialists. Across the labelled sets every such posting
    // is evaluator work; it carries cards and cut-off pages whose text says little.
    id: 'contributor-title-at-vendor',
    label: "Contributor's title at an AI-training platform",
    weight: 5,
    scope: 'title',
    kind: 'phrase',
    // Unstemmed: "Evaluation Engineer" and "Review Manager" are staff.
    stem: false,
    phrases: ['expert', 'experts', 'evaluator', 'evaluators', 'generalist', 'generalists', 'tutor', 'tutors', 'trainer', 'trainers', 'reviewer', 'reviewers', 'judge', 'judges', 'labeler', 'labelers', 'labeller', 'labellers', 'transcriber', 'transcribers', 'contributor', 'contributors',
      // Recording and collecting data for a model is contributor work too ("Data Collector - Florence").
      'data collector', 'data collectors', 'recorder', 'recorders', 'participant', 'participants',
      // "Compliance Officer for AI Research", "Chinese Writer for AI Models", "Software Engineer - AI
      // Training": a profession lent to the platform's AI projects.
      'for AI research', 'for AI projects', 'for AI models', 'for AI training', 'AI training', 'assessor', 'assessors',
      'labeling', 'labelling', 'crowd worker', 'crowd workers', 'crowdworker', 'crowdworkers',
      // The same titles in Spanish, Portuguese, French and German listings.
      'evaluador', 'evaluadora', 'avaliador', 'avaliadora', 'évaluateur', 'évaluatrice', 'anotador', 'anotadora', 'annotateur', 'annotatrice', 'experto', 'experta', 'gravador', 'gravadora', 'grabador', 'grabadora', 'Bewerter', 'Bewerterin'],
    employer: 'ai-training-vendor',
    examples: {
      positive: ['Legal Expert @ Mercor', 'Indonesian Conversation Sentiment Evaluator @ Welocalize', 'Biology Generalist @ Outlier', 'Data Collector - Florence @ Appen', 'Gravador(a) de Vídeos em Casa @ micro1', 'Compliance Officer for AI Research @ Mercor', 'Chinese Writer for AI Models @ Outlier', 'Local Assessor - Dutch @ TELUS Digital'],
      negative: ['Legal Expert @ Baker McKenzie', 'Senior Software Engineer @ Mercor', 'Model Evaluation Engineer @ Scale AI'],
    },
  },
  {
    // The role named in the body: scraped pages often cut the title off, or run it into the text
    // ("Data Scientist (Masters) — AI Data Trainer").
    id: 'ai-trainer-role-text',
    label: 'AI trainer, rater or annotator role named in the text',
    weight: 4,
    kind: 'phrase',
    // Unstemmed: "AI evaluation" is a field of research, "AI evaluator" the role.
    stem: false,
    phrases: ['AI trainer', 'AI trainers', 'AI data trainer', 'AI data trainers', 'AI tutor', 'AI tutors', 'AI rater', 'AI raters', 'AI evaluator', 'AI evaluators', 'LLM trainer', 'LLM trainers', 'AI model evaluator', 'AI annotator', 'AI annotators', 'AI training specialist', 'AI training specialists'],
    examples: { positive: ['Data Scientist (Masters) — AI Data Trainer', 'Join as an AI tutor for chemistry.'], negative: ['Train your staff on our AI tools.'] },
  },
  {
    id: 'evaluating-ai-title',
    label: 'Title: evaluating or training AI',
    weight: 5,
    scope: 'title',
    kind: 'pair',
    left: ['evaluating', 'evaluation', 'evaluator', 'evaluators', 'rating', 'rater', 'raters', 'reviewing', 'reviewer', 'reviewers', 'grading', 'grader', 'annotating', 'labeling', 'labelling', 'training', 'trainer', 'trainers', 'tutor', 'tutors', 'fact-checking', 'fact checking', 'fact-checker', 'fact-checkers',
      // "Red Teaming Specialist - Generative AI".
      'red teaming', 'red-teaming', 'red teamer', 'red teamers', 'red-teamer'],
    right: [...AI_OBJECTS, 'AI research agent', 'AI agent', 'model outputs', 'model responses'],
    window: 4,
    examples: {
      positive: ['Physicists: Evaluating Evidence for an AI Agent', 'Reviewer of Chatbot Answers (Legal)', 'Legal Experts: Grading LLM Answers', 'History Expert for AI Fact-Checking', 'Red Teaming Specialist - Generative AI'],
      negative: ['AI Platform Engineer', 'Training Coordinator, Sales Academy', 'Senior Reviewer, Tax', 'Fact-Checker, Investigations Desk'],
    },
  },
  {
    id: 'ai-evaluation-work',
    label: 'Evaluation tasks for AI labs',
    weight: 4,
    kind: 'phrase',
    phrases: ['agent evaluations', 'model evaluations', 'AI evaluations', 'LLM evaluations', 'model evaluation', 'AI model evaluation', 'LLM evaluation', 'evals', 'grades agent performance', 'benchmark tasks', 'evaluation tasks', 'deterministic rubric', 'rubric-based evaluation', 'verifiable ground truth', 'response evaluation', 'model response evaluation', 'evaluating generated content', 'evaluate generated content', 'human rating', 'human ratings', 'prompt-based evaluations', 'prompt based evaluations', 'artificial intelligence evaluation', 'evaluating AI capabilities', 'evaluate AI capabilities', 'rubric ratings', 'leading AI labs', 'top AI labs', 'frontier AI labs', 'frontier labs', 'AI research labs',
      // How rating work compares two answers: "compare paired outputs", "side-by-side evaluations".
      'paired outputs', 'paired responses', 'pairwise comparison', 'pairwise comparisons', 'pairwise evaluation', 'pairwise evaluations', 'pairwise ranking', 'side-by-side comparison', 'side-by-side comparisons', 'side-by-side evaluation', 'side-by-side evaluations', 'side-by-side rating', 'side-by-side ratings', 'prompts and responses'],
    examples: { positive: ['Build evaluation tasks for leading AI labs.', 'Conduct small-scale in-house human rating on new releases.', 'Reviewers compare paired outputs and label edge cases.'], negative: ['Annual performance evaluations for staff.', 'Compare quarterly outputs across plants.'] },
  },
  {
    id: 'annotation',
    raterTask: true,
    label: 'Data annotation or labeling for AI',
    weight: 4,
    kind: 'phrase',
    phrases: ['data annotation', 'data labeling', 'data labelling', 'annotation tasks', 'annotation projects', 'labeling tasks', 'labelling tasks', 'image annotation', 'video annotation', 'text annotation', 'audio annotation', 'bounding box', 'bounding boxes', 'polygon annotation', 'semantic segmentation', 'keypoint annotation', 'training data', 'ground truth data', 'annotation guidelines', 'labeling guidelines', 'annotate images', 'annotate data', 'label images', 'label data', 'tagging images', 'data tagging', 'lidar annotation', 'tagging the data', 'labeling the data', 'labelling the data', 'label the data', 'tag the data'],
    examples: { positive: ['Draw bounding boxes around vehicles in street images.', 'Create high-quality training data for machine learning.'], negative: ['Label the boxes in the warehouse before shipping.'] },
  },
  {
    id: 'prompt-and-response-writing',
    raterTask: true,
    label: 'Writing prompts or ideal responses for models',
    weight: 4,
    kind: 'phrase',
    phrases: ['prompt writing', 'adversarial prompts', 'challenging prompts', 'prompt-response pairs', 'prompt response pairs', 'golden responses', 'ideal responses', 'gold standard responses', 'supervised fine-tuning', 'SFT data', 'stump the model', 'stump AI', 'model responses', 'model outputs', 'model output', 'AI responses', 'AI-generated responses', 'AI outputs', 'chatbot responses', 'LLM outputs', 'LLM responses',
      // "run the model's solutions and rate them", "write reference solutions".
      "model's responses", "model's answers", "model's outputs", "model's solutions", 'model solutions', 'reference solutions', 'reference answers'],
    examples: { positive: ['Write challenging prompts that stump the model.', 'Draft golden responses for training.'], negative: ['Write prompts for the school newsletter writing contest.'] },
  },
  {
    // "Design PhD-level chemistry problems that current AI models fail": writing problems to stump the model.
    id: 'stump-the-model',
    raterTask: true,
    label: 'Writing problems the model fails',
    weight: 4,
    kind: 'pair',
    stem: false,
    left: ['fail', 'fails', 'stump', 'stumps', 'trip up', 'trips up'],
    right: ['AI models', 'AI model', 'the model', 'LLMs', 'LLM', 'AI systems', 'frontier models', 'chatbots'],
    window: 3,
    examples: {
      positive: ['Design PhD-level chemistry problems that current AI models fail, and write reference solutions.', 'Write questions that stump frontier models.'],
      negative: ['Study why AI projects fail in large companies.', 'Our pipeline retries when a job fails.'],
    },
  },
  {
    id: 'red-teaming',
    label: 'AI safety testing / red-teaming',
    weight: 5,
    kind: 'phrase',
    // Unstemmed: "red team" (a group of people) must not match "red teaming".
    stem: false,
    phrases: ['red team the model', 'red-team the model', 'jailbreak', 'jailbreaks', 'jailbreaking', 'harmful outputs', 'AI red teaming', 'AI red-teaming', 'LLM red teaming', 'LLM red-teaming'],
    examples: { positive: ['Red team the model to find harmful outputs.', 'Write jailbreaks that get past the safety filter.'], negative: ['Our red team of designers meets weekly.'] },
  },
  {
    id: 'red-teaming-ai',
    raterTask: true,
    label: 'AI safety testing / red-teaming',
    weight: 5,
    kind: 'pair',
    // Red teaming, adversarial testing and safety evaluation are also security and product-safety work:
    // they count when the same sentence is about AI models.
    stem: false,
    left: ['red teaming', 'red-teaming', 'red teamer', 'red teamers', 'adversarial testing', 'safety evaluation', 'safety evaluations', 'adversarial prompts'],
    right: [...AI_OBJECTS, 'chat model', 'chat models', 'model outputs', 'model responses'],
    window: 12,
    examples: {
      positive: ['Red teaming of chat models to find harmful outputs.', 'Adversarial testing of large language models in Spanish.'],
      negative: ['Lead red teaming engagements that mimic real attackers against our network.', 'Safety evaluation of playground equipment.'],
    },
  },
  {
    id: 'search-ads-rating',
    raterTask: true,
    label: 'Search, ads or social-media rating',
    weight: 5,
    kind: 'phrase',
    phrases: ['search engine evaluator', 'search engine evaluation', 'search quality rater', 'search quality rating', 'search relevance', 'relevance rating', 'rate search results', 'rating search results', 'evaluate search results', 'ads quality', 'ad relevance', 'ads relevance', 'internet assessor', 'web search evaluator', 'social media evaluator', 'map quality', 'maps evaluator', 'rater guidelines', 'rating guidelines', 'evaluation guidelines', 'relevance evaluator', 'relevance evaluation', 'rate the relevance', 'rating the relevance', 'evaluate the relevance', 'evaluating the relevance', 'search evaluator', 'personalized search', 'certified raters', 'ads rating', 'ad rating', 'ads rater', 'ads raters', 'ads evaluation', 'ad evaluation',
      // The search-rater programmes' own wording ("help improve search results for one of the world's largest search engines").
      'improve search results', 'improving search results', "world's largest search engines", "world's largest search engine"],
    examples: { positive: ['Evaluate search results for relevance using rater guidelines.', 'Join one of the largest ads rating programs.'], negative: ['Optimise our website for search engines.'] },
  },
  {
    id: 'search-result-rating',
    raterTask: true,
    label: 'Rating search results for a query',
    weight: 5,
    kind: 'pair',
    // Search raters rarely say "rater": they "view results for a search query and rate how satisfying each
    // result is". The context word (intent, relevance, satisfying...) keeps SEO work out.
    left: ['rate', 'rating', 'ratings', 'evaluate', 'evaluating', 'judge', 'judging', 'assess', 'assessing', 'score', 'scoring', 'grade', 'grading', 'validate', 'validating', 'vet', 'vetting'],
    right: SEARCH_QUERY_WORDS,
    context: ['satisfying', 'satisfaction', 'user intent', 'user\'s intent', 'intent', 'relevance', 'relevant', 'needs met', 'helpfulness', 'user needs', 'user\'s needs', 'search needs'],
    window: 12,
    examples: {
      positive: ['Participants view results for a search query and rate how satisfying each result is.', 'Judge how relevant each result is to the query and the user intent.', 'Vetters validate search queries for accuracy and relevance.'],
      negative: ['Track keyword rankings and evaluate search results for our clients\' SEO.', 'Rate the results of the quarterly survey.'],
    },
  },
  {
    id: 'rater-workforce',
    label: 'Working with human raters, judges or annotators',
    weight: 3,
    kind: 'phrase',
    // How label-quality work is described: other raters' disagreements, golden sets, judges' tasks.
    // Not "inter-rater reliability" (clinical research) or "multi-rater" (360-degree feedback).
    // Not "human raters", "inter-annotator agreement" or "golden set" either: the engineers and
    // researchers who run evaluations write those too.
    stem: false,
    phrases: ['in-house judges', 'external judges', 'label disagreements', 'labeling disagreements', 'annotator error', 'annotator errors', 'pre-label', 'pre-labels', 'pre-labeling', 'pre-labelling', 'rater disagreements', 'adjudication cases', 'edge-case adjudications'],
    examples: {
      positive: ['Resolve label disagreements from multi-rater overlap.', 'Perform quality checks of tasks done by external judges.'],
      negative: ['Our judges panel awards the best startup pitch.', 'Collect multi-rater feedback for annual reviews.', 'Work with human raters to build evaluation pipelines.'],
    },
  },
  {
    id: 'speech-output-rating',
    raterTask: true,
    label: 'Rating generated speech or audio',
    weight: 5,
    kind: 'pair',
    left: ['rate', 'rating', 'ratings', 'evaluate', 'evaluating', 'judge', 'judging', 'score', 'scoring', 'listen', 'listening', 'compare', 'comparing', 'assess', 'assessing'],
    right: ['synthesized speech', 'synthesised speech', 'synthetic speech', 'computer generated speech', 'computer-generated speech', 'generated speech', 'generated audio', 'text-to-speech', 'TTS', 'voice clones', 'naturalness', 'mean opinion score'],
    window: 10,
    examples: {
      positive: ['Listen to short clips of synthesized speech and rate their naturalness from 1 to 5.', 'Compare two text-to-speech voices and judge which sounds more human.'],
      negative: ['Build our text-to-speech pipeline in PyTorch.', 'Rate the audio quality of our podcast episodes.'],
    },
  },
  {
    id: 'expert-for-ai',
    label: 'Domain experts wanted for AI work',
    weight: 4,
    kind: 'pair',
    left: ['expert', 'experts', 'expertise', 'specialist', 'specialists', 'professionals', 'subject matter expert', 'subject-matter experts', 'SME', 'SMEs', 'domain knowledge', 'contributors', 'freelancers', 'contractors'],
    right: AI_OBJECTS,
    window: 12,
    examples: { positive: ['We are looking for finance experts to help evaluate AI.', 'Contractors will work on projects for leading AI labs.'], negative: ['Our experts help clients file taxes.'] },
  },
  {
    id: 'ai-training-vendor',
    label: 'Known AI-training platform',
    weight: 2,
    kind: 'phrase',
    stem: false,
    phrases: ['DataAnnotation', 'Data Annotation Tech', 'Mercor', 'micro1', 'Surge AI', 'SurgeHQ', 'Scale AI', 'Remotasks', 'Appen', 'TELUS Digital', 'TELUS International AI', 'Toloka', 'Alignerr', 'Invisible Technologies', 'Handshake AI', 'OneForma', 'RWS TrainAI', 'TrainAI', 'Labelbox', 'Mindrift', 'Abaka', 'OpenTrain', 'Clickworker', 'Welocalize', 'Lionbridge', 'DataForce', 'iMerit', 'Awign', 'Soul AI', 'Crowdgen', 'Stellar AI', 'xAI', 'SME Careers'],
    // Names that are also ordinary words count only capitalised: "scoring outlier responses" names no vendor.
    caseSensitive: ['Outlier', 'OUTLIER', 'Prolific', 'Snorkel', 'Turing', 'Sama', 'Cogito'],
    examples: { positive: ['Outlier is hiring experts across many fields.'], negative: ['An outlying result was removed.', 'Flag outlier responses for a second reader.'] },
  },
  {
    id: 'gig-task-format',
    label: 'Task-based, flexible remote format',
    weight: 1,
    kind: 'phrase',
    phrases: ['per task', 'task-based', 'tasks available', 'project-based', 'flexible hours', 'flexible schedule', 'set your own hours', 'work on your own schedule', 'own schedule', 'asynchronous', 'async', 'freelance', 'independent contractor', 'paid weekly', 'paid per hour', 'as many tasks', 'work when you want'],
    examples: { positive: ['Flexible hours, paid per task.'], negative: ['Fixed shifts Monday to Friday at the office.'] },
  },
  {
    id: 'ai-mentioned',
    label: 'AI models are the subject',
    weight: 1,
    kind: 'phrase',
    phrases: ['large language models', 'large language model', 'generative AI', 'AI models', 'AI model', 'AI systems', 'frontier AI', 'frontier models', 'AI labs', 'leading AI', 'chatbots', 'LLMs', 'LLM', 'GenAI'],
    examples: { positive: ['Work with large language models every day.'], negative: ['Work with spreadsheets every day.'] },
  },
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
        '負責大模型評測標註工作，為模型回答評分。',
        '负责数据标注与模型评测。',
        '데이터 라벨링 및 AI 평가 업무를 담당합니다.',
        'Je gaat antwoorden van AI-modellen beoordelen volgens richtlijnen.',
        'Będziesz oceniać odpowiedzi generowane przez AI.',
        'Anda akan menilai respons AI dan melakukan anotasi data.',
      ],
      negative: ['Buscamos profesores de español para nuestra academia.', 'Wir suchen eine Pflegekraft für die Station.'],
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
    examples: {
      positive: ['Você vai ajudar no treinamento de sistemas de IA de última geração.', 'Aider nos clients à améliorer leurs modèles d’Intelligence Artificielle.', 'Sie helfen, KI-Modelle zu trainieren.', 'Gå med i vårt team för att hjälpa till att träna AI-chatbotar.'],
      negative: ['Buscamos entrenadores de fútbol para nuestra academia.', 'Wir verbessern unsere Prozesse jeden Tag.'],
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
  {
    // "We may use artificial intelligence (AI) tools to support parts of the hiring process, such as
    // reviewing applications ... or assessing responses": the employer's hiring notice, which more
    // and more postings carry, reads like rater work to the pairs above.
    id: 'ai-in-hiring-notice',
    label: 'Notice that the employer uses AI tools in hiring',
    weight: 0,
    kind: 'pair',
    masksSentence: true,
    left: ['AI tools', 'AI tool', 'artificial intelligence', 'AI', 'AI-powered tools', 'AI technology', 'AI technologies', 'automated tools', 'automated decision-making', 'AI-assisted'],
    right: ['hiring process', 'recruitment process', 'recruiting process', 'hiring decisions', 'selection process', 'application process', 'reviewing applications', 'screening applications', 'analyzing resumes', 'application materials', 'your application', 'candidacy', 'recruitment team', 'hiring team'],
    window: 14,
    examples: {
      positive: ['We may use artificial intelligence (AI) tools to support parts of the hiring process, such as reviewing applications or assessing responses.'],
      negative: ['Rate AI responses and explain your ratings.'],
    },
  },
  // Counter-signals: building models, teaching people, clinical care, newsroom work.
  {
    id: 'ml-engineering',
    label: 'Building or deploying ML systems (engineering, not evaluation)',
    weight: -4,
    kind: 'phrase',
    // Unstemmed: Porter folds "publications" into "public".
    stem: false,
    phrases: ['deploy models', 'deploying models', 'deployed models', 'deploy to production', 'production systems', 'retrieval pipelines', 'RAG pipelines', 'LLM-powered', 'LLM applications', 'build LLM', 'deploying models', 'model deployment', 'production ML', 'production machine learning', 'MLOps', 'ML pipelines', 'machine learning pipelines', 'data pipelines', 'training pipelines', 'inference', 'model architecture', 'model architectures', 'distributed training', 'feature engineering', 'PyTorch', 'TensorFlow', 'JAX', 'Kubernetes', 'microservices', 'CI/CD', 'scalable systems', 'build machine learning models', 'develop machine learning models', 'design and implement', 'backend services', 'ETL', 'Spark', 'Airflow', 'model training infrastructure', 'fine-tuning pipelines', 'recommendation systems', 'computer vision models', 'speech recognition models', 'A/B testing', 'statistical modeling', 'predictive models', 'deep learning frameworks', 'research papers', 'publications', 'state-of-the-art', 'AI engineers', 'ML engineers', 'machine learning engineers', 'agent orchestration', 'ship to production',
      // How model researchers name the training methods they build, where raters say "rank responses".
      'preference optimization', 'preference optimisation', 'DPO', 'distillation', 'reward modeling', 'reward modelling', 'post-training pipeline', 'post-training pipelines', 'post-training stack',
      // "Experience with training large models (e.g., supervised fine-tuning, RLHF)": the engineer runs the training.
      'training large models', 'training large language models', 'large-scale training', 'pre-training', 'pretraining'],
    examples: { positive: ['Deploy models to production with Kubernetes and MLOps tooling.'], negative: ['Rate the answers of a chatbot.'] },
  },
  {
    id: 'engineering-title',
    label: 'Engineering, science or product title',
    weight: -4,
    scope: 'title',
    kind: 'phrase',
    // Unstemmed: Porter makes "engineers" and "engine" one word ("Search Engine Evaluators"). Plurals are listed.
    stem: false,
    phrases: ['engineer', 'machine learning engineers', 'ML engineers', 'AI engineers', 'data scientists', 'research scientists', 'software engineers', 'software developers', 'product managers', 'engineering managers', 'backend engineers', 'frontend engineers', 'QA engineers', 'web developers', 'product designers', 'UX designers',
      'machine learning engineer', 'ML engineer', 'AI engineer', 'data scientist', 'research scientist', 'applied scientist', 'research engineer', 'data engineer', 'MLOps', 'software engineer', 'software developer', 'product manager', 'solutions architect', 'engineering manager', 'platform engineer', 'backend engineer', 'full stack', 'devops', 'analytics engineer', 'principal scientist', 'head of', 'director', 'engineers', 'founding engineer', 'UI engineer', 'frontend engineer', 'front-end engineer', 'mobile engineer', 'QA engineer', 'web developer', 'conversation designer', 'product designer', 'UX designer', 'content designer', 'UX writer', 'evaluation engineer', 'evals engineer', 'member of technical staff'],
    examples: { positive: ['Senior Machine Learning Engineer', 'AI Conversation Designer, Support'], negative: ['AI Trainer - Physics'] },
  },
  {
    // Selling or fitting an AI product to customers is not rating its output, however often the
    // posting says "generative AI".
    id: 'sales-title',
    label: 'Sales or solutions title',
    weight: -4,
    scope: 'title',
    kind: 'phrase',
    phrases: ['solutions consultant', 'solution consultant', 'solutions engineer', 'sales engineer', 'sales engineers', 'account executive', 'account manager', 'customer success', 'pre-sales', 'presales', 'business development', 'sales manager', 'sales representative'],
    examples: { positive: ['Sr. AI Solutions Consultant (Remote)', 'Enterprise Account Executive, GenAI'], negative: ['AI Trainer - Sales Tax Expert'] },
  },
  {
    // An AI-training platform's own staff: its recruiters, support, design, marketing and legal people.
    // Their listings open with the platform's description of rater work, which is not their job.
    id: 'staff-function-title',
    label: 'Staff function title (recruiting, support, marketing, legal, data analysis)',
    weight: -3,
    scope: 'title',
    kind: 'phrase',
    stem: false,
    phrases: ['recruiter', 'recruiters', 'recruiting', 'talent acquisition', 'talent operations', 'talent partner', 'sourcer', 'people operations', 'people partner', 'human resources', 'executive assistant', 'office manager', 'support specialist', 'customer support', 'technical support', 'help desk', 'onboarding specialist', 'marketing', 'growth', 'communications', 'public relations', 'security', 'legal counsel', 'general counsel', 'counsel', 'payroll', 'business operations', 'operations associate', 'IT support', 'community manager', 'community support',
      // "Gen AI Data Analyst": an analyst who works on data with AI, not a rater (the "AI data" of a rater title).
      'AI data analyst', 'AI data analysts', 'AI data scientist', 'AI data scientists', 'AI data engineer', 'AI data engineers'],
    examples: { positive: ['Technical Recruiter', 'AI Trainer Onboarding and Support Specialist', 'Legal Counsel', 'Gen AI Data Analyst (Hybrid)'], negative: ['Legal Expert - AI Trainer', 'Finance Expert', 'AI Data Specialist - German', 'Online Data Analyst'] },
  },
  {
    id: 'research-role',
    label: 'Leading research (not rating)',
    weight: -3,
    kind: 'phrase',
    phrases: ['lead research', 'research agenda', 'research directions', 'publication record', 'first-author', 'first author publications', 'NeurIPS', 'ICML', 'ICLR', 'novel architectures', 'novel methods', 'state of the art research', 'novel techniques', 'publishing papers', 'publish papers', 'research community'],
    examples: { positive: ['Lead research on new reward model architectures and publish at NeurIPS.'], negative: ['Rate chatbot answers about physics; a PhD is a plus.'] },
  },
  {
    id: 'teaching-people',
    label: 'Teaching or training people',
    weight: -4,
    kind: 'phrase',
    // Not "participants": data platforms recruit study participants, and Porter folds it into "participate".
    // Not bare "students": AI-rating calls invite "scholars, students and community members" too.
    phrases: ['your students', 'teach students', 'teaching students', 'tutor students', 'tutoring students', 'student learning', 'student success', 'student outcomes', 'students learn', 'student responses', 'student work', 'student essays', 'student writing', 'student answers', 'student progress', 'classroom', 'lesson plans', 'lesson planning', 'learners', 'pupils', 'instructor', 'instructors', 'instructor-led', 'curriculum', 'training sessions', 'deliver training', 'deliver courses', 'course delivery', 'workshops', 'trainees', 'teaching assistant', 'parents', 'syllabus', 'bootcamp', 'cohort'],
    examples: { positive: ['Deliver instructor-led training sessions to learners.', 'Teach the GenAI curriculum as an adjunct instructor.'], negative: ['Rate math answers written by an AI.', 'Participate in projects that rate chatbot answers.'] },
  },
  {
    id: 'managing-annotators',
    label: 'Running an annotation team (not doing the work)',
    // Hold-outs keep showing annotation coordinators, leads and project managers whose postings are
    // full of annotation words; the verbs say they manage the people who label ("organizing and
    // managing internal and external annotation teams"). Across every labelled set only negatives
    // say it. Exact forms: stemmed, "lead" would also take "leading AI labs".
    weight: -4,
    kind: 'pair',
    stem: false,
    left: ['manage', 'manages', 'managing', 'lead', 'oversee', 'oversees', 'overseeing', 'supervise', 'supervises', 'supervising', 'organize', 'organizing', 'organise', 'organising', 'mentor', 'mentoring', 'coordinate', 'coordinating'],
    right: ['annotators', 'labelers', 'labellers', 'annotation teams', 'annotation team', 'annotation projects', 'annotation programs', 'annotation programmes', 'labeling teams', 'labeling projects', 'labeling programs', 'labelling teams', 'labelling projects', 'annotator teams', 'rater teams'],
    window: 4,
    examples: {
      positive: ['Manage a team of annotators and track their productivity.', 'Lead data annotation projects from scoping to delivery.', 'Organizing and managing internal and external annotation teams and vendors.'],
      negative: ['Join a team of annotators labeling street images.', 'Work on annotation projects for leading AI labs.', 'Manage your time well across several annotation projects.'],
    },
  },
  {
    id: 'annotation-operations',
    label: 'Annotation operations, vendors or workforce',
    // The words of running annotation as a business, not of doing it.
    weight: -3,
    kind: 'phrase',
    phrases: ['annotation operations', 'labeling operations', 'labelling operations', 'annotator performance', 'annotator productivity', 'annotation workforce', 'labeling workforce', 'annotation vendors', 'labeling vendors'],
    examples: { positive: ['Own annotation operations and annotation vendors.'], negative: ['Annotate images for a vision model.'] },
  },
  {
    id: 'individual-contributor',
    label: 'Says the role does the work itself',
    // "Lead Data Annotation Analyst ... an individual contributor role": "lead" is seniority there.
    weight: 3,
    kind: 'phrase',
    phrases: ['individual contributor', 'individual-contributor', 'hands-on annotation', 'hands-on labeling', 'hands-on labelling'],
    examples: { positive: ['This individual contributor role performs complex annotation tasks.'], negative: ['You will lead a team of contributors.'] },
  },
  {
    id: 'management-title',
    label: 'Managing or leading the work (title)',
    // Managers and leads run annotation or evaluation teams; they do not rate or label themselves.
    weight: -4,
    scope: 'title',
    kind: 'phrase',
    phrases: ['manager', 'managers', 'lead', 'team lead', 'team leader', 'supervisor', 'coordinator'],
    examples: { positive: ['Data Annotation Program Manager', 'Annotation Operations Lead'], negative: ['AI Trainer - Chemistry', 'Senior Data Annotator'] },
  },
  {
    id: 'teaching-title',
    label: 'Teaching title',
    // The title is the plainest statement of a teaching job; its body about AI is the subject taught.
    weight: -6,
    scope: 'title',
    kind: 'phrase',
    phrases: ['instructor', 'lecturer', 'teacher', 'professor', 'teaching fellow', 'adjunct', 'curriculum developer', 'course developer', 'instructional designer',
      // Training employees: "AI Trainer - Corporate Upskilling".
      'upskilling', 'reskilling', 'corporate training', 'corporate trainer', 'learning and development', 'learning & development', 'L&D', 'bootcamp', 'workshops',
      // The same in German, French, Spanish and Italian titles ("KI-Trainer für Unternehmen (Workshops)").
      'Schulung', 'Schulungen', 'Weiterbildung', 'Dozent', 'Dozentin', 'Lehrer', 'Lehrerin', 'formateur', 'formatrice', 'professeur', 'profesor', 'profesora', 'docente', 'insegnante'],
    examples: { positive: ['Lead Instructor: Generative AI', 'Adjunct Lecturer in Data Science', 'AI Trainer - Corporate Upskilling'], negative: ['AI Tutor - Chemistry', 'AI Trainer (Finance)'] },
  },
  {
    id: 'clinical-care',
    label: 'Hands-on patient care',
    weight: -3,
    kind: 'phrase',
    phrases: ['patient care', 'bedside', 'ward', 'inpatient', 'outpatient clinic', 'clinical placements', 'caseload', 'home visits', 'nursing care', 'patients and families', 'on-call rota', 'shift pattern', 'night shifts', 'NHS', 'band 5', 'band 6', 'band 7'],
    examples: { positive: ['Provide bedside nursing care on a busy ward.'], negative: ['Review AI answers to medical questions.'] },
  },
  {
    // Search marketers "evaluate search results" too: for their clients' rankings, not for a search engine.
    id: 'search-marketing',
    label: 'Search-engine marketing or SEO work',
    weight: -4,
    kind: 'phrase',
    stem: false,
    // Not "SEO": search-rater postings list "a background in SEO" among what helps.
    phrases: ['search engine marketing', 'paid search', 'PPC', 'pay-per-click', 'keyword research', 'Google Ads campaigns', 'paid media', 'organic traffic', 'SEO campaigns', 'SEO strategy', 'SEO strategies'],
    examples: { positive: ["Manage paid search campaigns and evaluate search results for our clients' keywords."], negative: ['Rate search results for relevance to the query.'] },
  },
  {
    // Bringing AI tools into a business ("evaluate and test AI productivity tools such as Microsoft
    // Copilot", "document AI use cases", "user acceptance testing") is adoption work, not rating model output.
    id: 'ai-adoption',
    label: 'Adopting AI tools in a business',
    weight: -4,
    kind: 'phrase',
    stem: false,
    phrases: ['AI use cases', 'AI use case', 'AI adoption', 'adoption of AI', 'AI productivity tools', 'user acceptance testing', 'UAT', 'business requirements', 'business stakeholders', 'change management', 'AI enablement', 'AI transformation'],
    examples: { positive: ['Evaluate and test AI productivity tools such as Microsoft Copilot, and document AI use cases with business stakeholders.'], negative: ['Rate chatbot answers for accuracy.'] },
  },
  {
    id: 'newsroom-publishing',
    label: 'Newsroom, publishing or content-marketing work',
    weight: -2,
    kind: 'phrase',
    phrases: ['newsroom', 'our readers', 'editorial calendar', 'publication schedule', 'press releases', 'investigative reporting', 'breaking news', 'SEO content', 'content marketing', 'social media channels', 'brand voice', 'our journalists', 'reporters', 'editor-in-chief', 'manuscripts', 'systematic reviews', 'clinical coding'],
    examples: { positive: ['Edit stories for the newsroom on deadline.'], negative: ['Evaluate AI-written essays for tone.'] },
  },
];

export const evaluatorSignals: EvaluatorSignal[] = evaluatorSignalInputs.map((input) => {
  const parsed = evaluatorSignalSchema.safeParse(input);
  if (!parsed.success) throw new Error(`evaluator signal "${input.id}" is invalid: ${parsed.error.message}`);
  const { employer, scope } = parsed.data;
  if (employer !== undefined && (scope !== 'title' || !evaluatorSignalInputs.some((s) => s.id === employer && s.kind === 'phrase'))) {
    throw new Error(`evaluator signal "${input.id}": employer "${employer}" must name a phrase signal, on a title signal`);
  }
  return parsed.data;
});
