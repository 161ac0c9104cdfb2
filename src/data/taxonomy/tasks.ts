// AI-training task types: what an evaluator is asked to do. Bare "rating" is avoided on purpose:
// it stems to "rate", which every pay line contains ("hourly rate").
import type { TaxonomyEntryInput } from '../schema.ts';

export const tasks: TaxonomyEntryInput[] = [
  {
    id: 'model-evaluation', label: 'AI model evaluation', category: 'task',
    aliases: ['model evaluation', 'LLM evaluation', 'AI evaluation', 'AI evaluator', 'AI evaluators', 'model evaluator', 'evaluate model outputs', 'evaluate AI responses', 'evaluating AI responses', 'evaluate AI-generated responses', 'response evaluation', 'output evaluation', 'AI response evaluation', 'AI rater', 'AI raters', 'AI trainer', 'AI trainers', 'AI training', 'AI tutor', 'model outputs review',
      'evaluate LLM responses', 'evaluate LLM outputs', 'evaluate LLM-generated responses', 'evaluate LLM-generated outputs', 'evaluate AI outputs', 'evaluate AI model outputs', 'evaluate AI-generated outputs', 'evaluate AI-generated content', 'evaluate AI-generated text', 'evaluate AI-generated answers',
      'evaluate model responses', 'evaluate model outputs', 'evaluate model-generated responses', 'rate AI responses', 'rate AI-generated responses', 'rating AI-generated outputs', 'assess AI-generated responses', 'assess model responses', 'assess AI-generated text responses',
      // In Spanish, Portuguese, French, German, Italian, Dutch, Polish, Chinese, Japanese and Korean postings.
      'evaluar respuestas', 'evaluación de respuestas', 'evaluador de IA', 'evaluadora de IA', 'entrenador de IA', 'entrenadora de IA', 'avaliar respostas', 'avaliação de respostas',
      'avaliador de IA', 'treinador de IA', 'évaluer les réponses', 'évaluation des réponses', "évaluateur d'IA", 'évaluateur IA', 'Antworten bewerten', 'KI-Antworten bewerten', 'KI-Bewerter',
      'KI-Trainer', 'KI-Trainerin', 'valutare le risposte', 'valutatore IA', 'antwoorden beoordelen', 'AI-beoordelaar', 'oceniać odpowiedzi', 'ocena odpowiedzi', '模型评测', '模型評測', 'AI評価', 'AI 평가'],
    examples: {
      positive: ['Join us as an AI evaluator for a new project.', 'You will evaluate AI responses for accuracy.', 'Remote AI trainer roles for experts.', 'You will evaluate LLM outputs for tone and accuracy.', 'Rate AI responses against a scoring guide.'],
      negative: ['Evaluate the patient before surgery.'],
    },
  },
  {
    id: 'pairwise-comparison', label: 'Pairwise comparison', category: 'task',
    aliases: ['pairwise', 'pairwise ranking', 'side-by-side', 'side by side comparison', 'SxS', 'compare two responses', 'comparing two responses', 'compare two AI responses', 'compare two answers', 'comparing two AI answers', 'head-to-head comparison', 'choose the better response', 'pick the better response', 'two model-generated responses', 'two AI-generated responses', 'A/B tasks', 'A/B/X', 'comparative evaluations', 'comparative evaluation', 'compare responses', 'comparing responses',
      'comparar dos respuestas', 'comparar respuestas', 'comparar duas respostas', 'comparer deux réponses', 'zwei Antworten vergleichen', 'comparare due risposte', 'twee antwoorden vergelijken'],
    // "working side-by-side with stakeholders": an idiom.
    guards: { notFollowedBy: ['with'], appliesTo: ['side-by-side'] },
    examples: {
      positive: ['Compare two responses and choose the better one.', 'Side-by-side evaluation of model answers.', 'Run SxS tasks daily.'],
      negative: ['Compare your pay with the market rate.'],
    },
  },
  {
    id: 'preference-ranking', label: 'Preference ranking', category: 'task',
    aliases: ['preference data', 'preference labeling', 'preference judgments', 'rank responses', 'ranking responses', 'rank the responses', 'response ranking', 'rank model outputs', 'stack rank', 'stack ranking', 'preference annotator', 'preference annotators', 'preference annotation', 'rank model-generated text', 'rank model-generated responses', 'human would prefer', 'users would prefer'],
    examples: {
      positive: ['Rank responses from best to worst.', 'Create preference data for model training.', 'Decide which answer a human would prefer.'],
      negative: ['Rankings of the top universities.'],
    },
  },
  {
    id: 'rlhf', label: 'RLHF rating', category: 'task',
    aliases: ['RLHF', 'reinforcement learning from human feedback', 'reinforcement learning with human feedback', 'human feedback', 'RLHF rater', 'RLHF rating', 'RLAIF', 'reward model', 'reward modeling', 'DPO data'],
    examples: {
      positive: ['RLHF experience is a plus.', 'Provide human feedback on model responses.', 'Reinforcement learning from human feedback projects.'],
      negative: ['Feedback from customers is reviewed weekly.'],
    },
  },
  {
    id: 'prompt-response-review', label: 'Prompt-response review', category: 'task',
    aliases: ['prompt response review', 'prompt-response pairs', 'prompt and response', 'review model responses', 'reviewing model responses', 'review AI responses', 'reviewing AI responses', 'review AI outputs', 'reviewing AI-generated content', 'AI content reviewer', 'AI content review'],
    examples: {
      positive: ['Prompt response review for a chatbot project.', 'Reviewing AI responses for instruction following.'],
      negative: ['Responses to your application arrive within a week.'],
    },
  },
  {
    id: 'instruction-following-evaluation', label: 'Instruction-following evaluation', category: 'task',
    aliases: ['instruction following', 'instruction-following', 'follows the instructions', 'followed the prompt', 'prompt adherence', 'constraint checking'],
    examples: {
      positive: ['Judge instruction following on each reply.', 'Check prompt adherence and tone.'],
      negative: ['Please read these instructions.'],
    },
  },
  {
    id: 'fact-checking', label: 'Fact-checking', category: 'task',
    aliases: ['fact checking', 'fact check', 'fact-check', 'fact checker', 'fact-checker', 'fact checkers', 'factuality', 'factual accuracy', 'verify claims', 'verifying claims', 'claim verification', 'AI fact checker'],
    examples: {
      positive: ['Fact-checking of model claims.', 'Fact checkers with newsroom experience.', 'Verify claims against reliable sources.'],
      negative: ['Check your email for the invite.'],
    },
  },
  {
    id: 'hallucination-detection', label: 'Hallucination detection', category: 'task',
    aliases: ['hallucination', 'hallucinations', 'hallucinated', 'detect hallucinations', 'spotting hallucinations', 'unsupported claims'],
    examples: {
      positive: ['Spot hallucinations in model answers.', 'Flag unsupported claims and hallucinated citations.'],
      negative: ['Claims must be supported by evidence.'],
    },
  },
  {
    id: 'domain-expert-review', label: 'Domain expert review', category: 'task',
    aliases: ['expert review', 'expert reviewer', 'expert reviewers', 'domain expert', 'domain experts', 'subject matter expert', 'subject matter experts', 'subject-matter expert', 'SME', 'SMEs', 'SME review', 'expert AI training', 'specialist review'],
    // "SME Careers" is a staffing company's name; SME lending means small firms.
    // "Work with SMEs and stakeholders": colleagues to consult, not the review asked of the applicant.
    guards: { notFollowedBy: ['careers', 'career', 'lending', 'loans', 'banking', 'clients', 'sector', 'market', 'segment', 'customers', 'finance'], notPrecededBy: ['with', 'from', 'across', 'between', 'internal', 'other'], appliesTo: ['SME', 'SMEs'] },
    examples: {
      positive: ['Subject matter experts in finance wanted.', 'Domain expert review of legal answers.', 'We need SMEs in chemistry.'],
      negative: ['No experience needed; anyone can join.', 'You would be engaged through SME Careers, our staffing partner.', 'Work autonomously and with SMEs and stakeholders.'],
    },
  },
  {
    id: 'data-annotation', label: 'Data annotation', category: 'task',
    aliases: ['annotation', 'annotator', 'annotators', 'data labeling', 'data labelling', 'labeling', 'labelling', 'data labeler', 'data tagging', 'tagging data', 'AI data annotation', 'annotation tasks', 'annotate', 'label data', 'labeling tasks',
      'anotación de datos', 'etiquetado de datos', 'anotador de datos', 'anotação de dados', 'rotulagem de dados', 'annotation de données', 'étiquetage de données', 'annotateur',
      'annotateurs', 'Datenannotation', 'Datenannotierung', 'Datenkennzeichnung', 'annotazione dei dati', 'etichettatura dei dati', 'data-annotatie', 'adnotacja danych',
      'etykietowanie danych', 'veri etiketleme', 'anotasi data', 'pelabelan data', '数据标注', '數據標註', '資料標註', 'データアノテーション', '데이터 라벨링'],
    // Bare "labeling" (and "labels", which stems with it) is also drug and packaging labeling or
    // shipping labels.
    guards: {
      notPrecededBy: ['global', 'product', 'printed', 'print', 'packaging', 'container', 'regional', 'strategic', 'shipping', 'drug', 'food', 'nutrition', 'nutritional', 'commercial', 'regulatory', 'engineer', 'critical', 'industry', 'component'],
      notFollowedBy: ['operations', 'artwork', 'components', 'component', 'submissions', 'strategy', 'readability', 'documents', 'mockups', 'trends', 'team', 'services', 'implementation', 'requirements'],
      forbidNear: ['packaging', 'printed', 'artwork', 'pharmaceutical', 'drug', 'leaflets', 'shipping', 'shipment', 'shipments', 'mockups'],
      window: 5,
      appliesTo: ['labeling', 'labelling'],
    },
    examples: {
      positive: ['Data annotation for machine learning.', 'Annotators who follow guidelines carefully.', 'Data labeling tasks are paid per task.', 'Labeling images for a vision model.'],
      negative: ['Review the feedback from your mentor.', 'Own product labeling and packaging artwork for new drugs.', 'Print shipping labels for each parcel.'],
    },
  },
  {
    id: 'text-annotation', label: 'Text annotation', category: 'task',
    aliases: ['text labeling', 'text classification', 'intent classification', 'intent labeling', 'sentiment analysis', 'sentiment labeling', 'named entity recognition', 'NER', 'entity tagging', 'entity annotation', 'span annotation', 'annotate text', 'label text', 'labeling text', 'text annotation'],
    implies: ['data-annotation'],
    examples: {
      positive: ['Text classification and sentiment labeling.', 'Named entity recognition annotation.'],
      negative: ['Write a short essay.'],
    },
  },
  {
    id: 'image-annotation', label: 'Image annotation', category: 'task',
    aliases: ['image labeling', 'image labelling', 'image tagging', 'image classification', 'photo annotation', 'image annotator', 'annotate images', 'annotating images', 'label images', 'labeling images', 'evaluate images', 'image annotation'],
    implies: ['data-annotation'],
    examples: {
      positive: ['Image annotation for retail products.', 'Image labeling with a web tool.'],
      negative: ['Upload an image of your ID.'],
    },
  },
  {
    id: 'video-annotation', label: 'Video annotation', category: 'task',
    aliases: ['video labeling', 'video labelling', 'video tagging', 'object tracking', 'action recognition labeling', 'frame-by-frame annotation', 'annotate videos', 'annotate video', 'label videos', 'video annotation'],
    implies: ['data-annotation'],
    examples: {
      positive: ['Video annotation and object tracking.', 'Frame-by-frame annotation of sports clips.'],
      negative: ['Record a short video introduction.'],
    },
  },
  {
    id: 'audio-annotation', label: 'Audio & speech annotation', category: 'task',
    aliases: ['audio annotation', 'audio labeling', 'audio labelling', 'speech annotation', 'speech labeling', 'audio tagging', 'speaker diarization', 'audio classification', 'annotate audio', 'label audio'],
    implies: ['data-annotation'],
    examples: {
      positive: ['Audio annotation of call recordings.', 'Speaker diarization and speech labeling.'],
      negative: ['A quiet place with good audio for calls.'],
    },
  },
  {
    id: 'bounding-boxes', label: 'Bounding boxes', category: 'task',
    aliases: ['bounding box', 'bbox', 'bounding-box annotation', 'box annotation', 'draw boxes'],
    implies: ['image-annotation'],
    examples: {
      positive: ['Draw bounding boxes around vehicles.', 'Bounding box annotation experience.'],
      negative: ['Check the box to agree to the terms.'],
    },
  },
  {
    id: 'segmentation', label: 'Image segmentation', category: 'task',
    aliases: ['semantic segmentation', 'instance segmentation', 'polygon annotation', 'polygon labeling', 'pixel-level annotation', 'masks annotation', 'segmentation masks'],
    implies: ['image-annotation'],
    examples: {
      positive: ['Semantic segmentation of street scenes.', 'Polygon annotation with pixel accuracy.'],
      negative: ['Customer segments differ by region.'],
    },
  },
  {
    id: 'keypoint-annotation', label: 'Keypoint & pose annotation', category: 'task',
    aliases: ['keypoint annotation', 'keypoints', 'landmark annotation', 'pose annotation', 'pose estimation labeling', 'skeleton annotation', 'key points annotation', 'keypoint labeling'],
    implies: ['image-annotation'],
    examples: {
      positive: ['Keypoint annotation for hands.', 'Pose annotation of athletes.'],
      negative: ['Key points of the answer.'],
    },
  },
  {
    id: 'lidar-annotation', label: 'LiDAR & 3D annotation', category: 'task',
    aliases: ['LiDAR', 'lidar annotation', '3D point cloud', 'point cloud annotation', '3D cuboids', 'cuboid annotation', 'sensor fusion labeling'],
    implies: ['data-annotation'],
    examples: {
      positive: ['LiDAR point cloud annotation.', 'Draw 3D cuboids around cars.'],
      negative: ['A 3D printer is not required.'],
    },
  },
  {
    id: 'writing-evaluation', label: 'Writing evaluation', category: 'task',
    aliases: ['AI writing evaluation', 'AI writing evaluator', 'writing evaluator', 'writing quality evaluation', 'evaluate writing quality', 'rate writing quality', 'essay evaluation', 'writing assessment'],
    examples: {
      positive: ['Remote AI writing evaluator roles.', 'Evaluate writing quality for tone and clarity.'],
      negative: ['Write a cover letter.'],
    },
  },
  {
    id: 'prompt-writing', label: 'Prompt writing', category: 'task',
    aliases: ['write prompts', 'writing prompts', 'prompt writer', 'prompt writers', 'prompt creation', 'create prompts', 'creating prompts', 'prompt authoring', 'prompt generation', 'craft prompts', 'crafting prompts', 'challenging prompts', 'stump the model', 'stump the AI', 'refine prompts', 'refining prompts', 'write and refine prompts', 'author prompts', 'authoring prompts', 'design prompts', 'designing prompts', 'precise prompts'],
    examples: {
      positive: ['Write prompts that challenge the model.', 'Prompt creation for a coding project.', 'Craft prompts that stump the model.', 'Write and refine prompts that steer the assistant.'],
      negative: ['Respond promptly to messages.'],
    },
  },
  {
    id: 'prompt-engineering', label: 'Prompt engineering', category: 'task',
    aliases: ['prompt engineer', 'prompt engineers', 'prompt design', 'few-shot prompting', 'system prompts', 'prompt optimization'],
    examples: {
      positive: ['Prompt engineering experience is a plus.', 'Prompt engineers for data generation.'],
      negative: ['Prompt payment every week.'],
    },
  },
  {
    id: 'red-teaming', label: 'Red-teaming', category: 'task',
    aliases: ['red teaming', 'red team', 'red teamer', 'red-teamer', 'adversarial testing', 'adversarial prompting', 'jailbreak', 'jailbreaks', 'jailbreaking', 'prompt injection', 'attack the model', 'break the model', 'adversarial prompts'],
    examples: {
      positive: ['Red teaming of a frontier model.', 'Adversarial testing and jailbreak attempts.', 'Try to break the model with tricky inputs.'],
      negative: ['Join our teams in red and blue.'],
    },
  },
  {
    id: 'safety-evaluation', label: 'Safety evaluation', category: 'task',
    aliases: ['AI safety', 'safety evaluation', 'safety evaluations', 'safety testing', 'safety review', 'harmful content evaluation', 'harmlessness', 'model safety', 'safety annotation', 'responsible AI', 'trust and safety evaluation', 'sensitive topics',
      'safety labeling', 'safety labelling', 'safety labels', 'safety policies', 'safety policy', 'safety guidelines', 'safety risks', 'for safety'],
    // Workplace safety rules and "for safety" in a lab are not model safety: these count only near
    // words about AI output.
    guards: {
      requireNear: ['ai', 'model', 'models', 'llm', 'llms', 'content', 'responses', 'response', 'outputs', 'output', 'generated', 'prompts', 'prompt', 'chatbot', 'harmful', 'harm', 'moderation', 'aligned', 'alignment'],
      forbidNear: ['workplace', 'occupational', 'osha', 'food', 'patient', 'fire', 'laboratory', 'vehicle', 'driving', 'ppe', 'equipment'],
      window: 6,
      appliesTo: ['safety policies', 'safety policy', 'safety guidelines', 'safety risks', 'for safety', 'safety labels'],
    },
    examples: {
      positive: ['AI safety evaluation of sensitive topics.', 'Model safety and harmlessness reviews.', 'Check that model outputs follow the safety policies.', 'Review generated text for safety and accuracy.'],
      negative: ['Wear safety glasses in the lab.', 'Follow workplace safety policies at all times.', 'Gloves are required for safety when handling samples.'],
    },
  },
  {
    id: 'rubric-design', label: 'Rubric design', category: 'task',
    aliases: ['rubric writing', 'rubric creation', 'rubric development', 'write rubrics', 'writing rubrics', 'create rubrics', 'creating rubrics', 'design rubrics', 'rubric author', 'evaluation criteria design', 'grading criteria',
      'task-specific rubrics', 'custom rubrics', 'refine rubrics', 'author rubrics', 'authoring rubrics', 'build rubrics', 'develop rubrics', 'draft rubrics', 'design scoring rubrics', 'rubric design'],
    examples: {
      positive: ['Write rubrics for expert tasks.', 'Rubric development for medical prompts.', 'Draft task-specific rubrics for each problem.'],
      negative: ['Follow the rubric on every task.'],
    },
  },
  {
    id: 'rubric-scoring', label: 'Rubric-based scoring', category: 'task',
    aliases: ['rubric scoring', 'rubric-based', 'rubric based evaluation', 'score responses', 'scoring responses', 'rate responses', 'rating responses', 'rate model responses', 'Likert scale', 'Likert ratings', 'score helpfulness', 'grade responses', 'grading responses', 'grading rubrics', 'scoring rubrics', 'assessment rubrics', 'evaluation rubrics', 'grading rubric', 'evaluation rubric'],
    examples: {
      positive: ['Rubric-based scoring of answers.', 'Rate responses on a Likert scale.'],
      negative: ['Rubric creation for new tasks.'],
    },
  },
  {
    id: 'search-relevance', label: 'Search relevance rating', category: 'task',
    aliases: ['search engine evaluator', 'search engine evaluation', 'search quality rater', 'search quality rating', 'search relevance', 'relevance rating', 'relevance judgments', 'web search evaluation', 'internet assessor', 'internet rater', 'personalized internet assessor', 'query relevance', 'search evaluator', 'search results', 'search relevancy', 'query and result', 'results for a search query'],
    // Bare "search results" only when someone rates or judges them.
    guards: { requireNear: ['evaluate', 'evaluating', 'evaluation', 'rate', 'rating', 'ratings', 'relevance', 'relevant', 'assess', 'judge', 'quality'], window: 4, appliesTo: ['search results'] },
    examples: {
      positive: ['Search engine evaluator, part-time remote.', 'Relevance rating of search results.', 'Evaluating online video search results for a client.'],
      negative: ['Search our job board for roles.', 'Our page shows up high in search results.'],
    },
  },
  {
    id: 'ads-rating', label: 'Ads quality rating', category: 'task',
    aliases: ['ads quality rater', 'ads rater', 'ads evaluator', 'ads quality rating', 'ad relevance', 'ads assessment', 'ad quality evaluation'],
    examples: {
      positive: ['Ads quality rater for a search company.', 'Judge ad relevance for queries.'],
      negative: ['Ad copywriters welcome.'],
    },
  },
  {
    id: 'maps-evaluation', label: 'Maps & local search evaluation', category: 'task',
    aliases: ['map evaluator', 'maps evaluator', 'map quality rater', 'maps quality', 'local search evaluation', 'point of interest verification', 'POI verification'],
    examples: {
      positive: ['Map evaluator for your local area.', 'POI verification tasks.'],
      negative: ['A roadmap for the project.'],
    },
  },
  {
    id: 'coding-evaluation', label: 'Coding evaluation', category: 'task',
    aliases: ['code evaluation', 'coding evaluation', 'evaluate code', 'evaluating code', 'evaluate AI-generated code', 'review AI-generated code', 'code quality evaluation', 'programming assessment', 'coding assessment', 'coding tasks', 'coding AI evaluation', 'grade code', 'code correctness'],
    examples: {
      positive: ['Evaluate AI-generated code for correctness.', 'Coding evaluation in Python.', 'Coding tasks for engineers.'],
      negative: ['Enter the code sent to your phone.'],
    },
  },
  {
    id: 'code-solution-writing', label: 'Code solution writing', category: 'task',
    aliases: ['write code solutions', 'writing code solutions', 'reference solutions', 'write unit tests for model', 'coding problems', 'create coding problems', 'competitive programming problems', 'code generation data'],
    examples: {
      positive: ['Create coding problems and reference solutions.', 'Write code solutions to hard puzzles.'],
      negative: ['Problems with payment are handled by support.'],
    },
  },
  {
    id: 'transcription', label: 'Transcription', category: 'task', stem: false,
    aliases: ['transcribe', 'transcribing', 'transcriber', 'transcribers', 'transcriptionist', 'audio transcription', 'speech transcription', 'verbatim transcription', 'medical transcription', 'captioning', 'closed captioning', 'audio typist', 'audio typing', 'audio typists'],
    examples: {
      positive: ['Audio transcription in English.', 'Transcribe short recordings.'],
      negative: ['Send us your academic transcript.'],
    },
  },
  {
    id: 'translation-evaluation', label: 'Translation evaluation & localization QA', category: 'task', stem: false,
    aliases: ['translation evaluation', 'translation quality', 'translation review', 'translation QA', 'localization QA', 'localization testing', 'linguistic QA', 'LQA', 'post-editing', 'machine translation post-editing', 'MTPE', 'MT evaluation', 'translation evaluations', 'translation reviews', 'evaluating translations', 'review translations', 'reviewing translations',
      'translation evaluator', 'translation evaluators', 'translation rater', 'translation raters', 'AI translation', 'AI translations', 'evaluating AI translations', 'machine-translated', 'machine translated', 'machine translation evaluation', 'machine translation quality', 'MQM', 'localization evaluator', 'localization evaluators', 'localization evaluation'],
    examples: {
      positive: ['Translation evaluation for Spanish outputs.', 'Machine translation post-editing projects.', 'Localization QA for an app.', 'Mark errors in machine-translated text with MQM categories.', 'Hiring a localization evaluator for Korean.'],
      negative: ['Professional translators wanted.'],
    },
  },
  {
    id: 'content-moderation', label: 'Content moderation', category: 'task',
    aliases: ['content moderator', 'content moderators', 'content review', 'content reviewer', 'trust and safety', 'trust & safety', 'policy enforcement', 'moderation queue',
      'violates terms of service', 'violating content', 'content safety', 'policy-violating content', 'community guidelines violations', 'moderate content', 'moderating content', 'content removal'],
    // "Content review" of lesson material, or an "AI content reviewer" checking answers for
    // accuracy, is not moderation.
    guards: {
      forbidNear: ['ai', 'medical', 'clinical', 'curriculum', 'instructional', 'educational', 'llm', 'trainer', 'process', 'lesson', 'lessons'],
      window: 3,
      appliesTo: ['content review', 'content reviewer'],
    },
    examples: {
      positive: ['Content moderators for a social app.', 'Trust and safety experience.', 'Background in trust & safety operations.', 'Remove posts that violate terms of service.', 'Content safety specialist for a social network.'],
      negative: ['Moderate pay for simple tasks.', 'Join our fast content review process for lesson plans.', 'Hiring an AI health content reviewer for answer accuracy.'],
    },
  },
  {
    id: 'sft-writing', label: 'SFT data writing (golden answers)', category: 'task',
    aliases: ['SFT', 'supervised fine-tuning', 'supervised fine tuning', 'fine-tuning data', 'golden answers', 'golden answer', 'gold standard answers', 'gold-standard responses', 'ideal responses', 'ideal response', 'model answers writing', 'demonstration data', 'write ideal responses', 'rewrite responses', 'rewriting responses', 'reference answers', 'reference answer', 'reference responses', 'ground-truth answers', 'ground truth answers', 'ground-truth responses', 'golden reference solutions', 'gold-standard answers'],
    examples: {
      positive: ['Write golden answers for finance prompts.', 'Supervised fine-tuning data creation.', 'Write ideal responses from scratch.', 'Draft expert reference answers for each case.'],
      negative: ['Answers are due by Friday.'],
    },
  },
  {
    id: 'reasoning-review', label: 'Chain-of-thought & reasoning review', category: 'task',
    aliases: ['chain of thought', 'chain-of-thought', 'reasoning traces', 'reasoning steps', 'step-by-step reasoning', 'reasoning review', 'evaluate reasoning', 'check each step', 'process supervision'],
    // As written: folded and stemmed, "CoT" would also be "COTS" (commercial off-the-shelf) and "cots".
    caseSensitive: ['CoT', 'COT'],
    examples: {
      positive: ['Review chain-of-thought reasoning for errors.', 'Check each step of the reasoning traces.', 'Grade CoT traces.'],
      negative: ['Reason with your team about pay.', 'Research COTS AI tools.'],
    },
  },
  {
    id: 'benchmark-creation', label: 'Model benchmarking & eval creation', category: 'task',
    aliases: ['benchmark', 'benchmarks', 'benchmarking', 'benchmark creation', 'eval creation', 'evals', 'evaluation datasets', 'evaluation suite', 'test set creation', 'hard questions for AI'],
    // Following or meeting a benchmark (a quality or pay bar) is not building one.
    guards: {
      notPrecededBy: ['quality', 'performance', 'industry', 'salary', 'pay', 'market', 'productivity', 'accuracy'],
      forbidNear: ['following', 'follow', 'meet', 'meeting', 'against', 'exceed', 'exceeding', 'defined'],
      window: 4,
      appliesTo: ['benchmark', 'benchmarks', 'benchmarking'],
    },
    examples: {
      positive: ['Build benchmarks that frontier models fail.', 'Create evals for agent tasks.'],
      negative: ['Pay is set well above the market.', 'Work must meet our quality benchmarks.', 'Label items by following the taxonomy, benchmarks and guide.'],
    },
  },
  {
    id: 'question-writing', label: 'Expert question writing', category: 'task',
    aliases: ['question writing', 'write questions', 'writing questions', 'question writer', 'item writing', 'item writer', 'problem writing', 'write problems', 'exam questions', 'STEM problems', 'graduate-level questions', 'PhD-level questions'],
    examples: {
      positive: ['Write questions that stump experts.', 'Item writing for exam questions.'],
      negative: ['Questions about pay go to support.'],
    },
  },
  {
    id: 'conversation-writing', label: 'Conversation & dialogue writing', category: 'task',
    aliases: ['multi-turn conversations', 'multi-turn conversation', 'multi-turn', 'dialogue writing', 'dialog writing', 'conversation writing', 'write conversations', 'role-play conversations', 'roleplay', 'persona writing', 'chat with the model', 'novel conversations', 'diverse conversations', 'original conversations', 'realistic conversations', 'create conversations'],
    examples: {
      positive: ['Write multi-turn conversations with the assistant.', 'Role-play conversations in a customer scenario.', 'Invent original conversations on everyday topics.'],
      negative: ['Conversational English is enough.'],
    },
  },
  {
    id: 'summarization-evaluation', label: 'Summarization evaluation', category: 'task',
    // Unstemmed: "summarize customer issues into notes" is writing, not judging summaries.
    stem: false,
    aliases: ['summarization', 'summarisation', 'summary evaluation', 'summary evaluations', 'evaluate summaries', 'evaluating summaries', 'summary quality', 'write summaries', 'writing summaries'],
    examples: {
      positive: ['Summarization evaluation for news articles.', 'Evaluate summaries for faithfulness.', 'Evaluating summaries written by a chatbot.'],
      negative: ['In summary, pay is weekly.', 'Summarize technical customer issues into case notes.'],
    },
  },
  {
    id: 'agent-evaluation', label: 'Agent & tool-use evaluation', category: 'task',
    aliases: ['agent evaluation', 'agentic tasks', 'agentic evaluation', 'AI agents', 'agent trajectories', 'agent trajectory', 'tool use evaluation', 'tool-use', 'computer use tasks', 'browser agent', 'function calling', 'agentic coding', 'agentic models', 'agentic model', 'model trajectories', 'trajectories', 'trajectory'],
    guards: [
      {
        // A bare "trajectory" is a model's run only near model or grading words ("career trajectory" is not).
        requireNear: ['model', 'models', 'agent', 'agents', 'agentic', 'tool', 'tools', 'llm', 'ai', 'coding', 'grading', 'grade', 'ranking', 'rank', 'review', 'reviewing', 'evaluate', 'evaluating', 'generated'],
        notPrecededBy: ['career', 'growth', 'flight', 'ballistic', 'learning', 'patient', 'disease', 'salary', 'professional'],
        window: 4,
        appliesTo: ['trajectories', 'trajectory'],
      },
      {
        // Engineers build AI agents and function calling; the task is judging or training them.
        requireNear: ['evaluate', 'evaluating', 'evaluation', 'evaluations', 'evals', 'rate', 'rating', 'ratings', 'review', 'reviewing', 'grade', 'grading', 'rank', 'ranking', 'test', 'testing', 'annotate', 'annotating', 'annotation', 'label', 'labeling', 'labelling', 'judge', 'judging', 'assess', 'assessing', 'score', 'scoring', 'trajectories', 'trajectory', 'feedback', 'train', 'training', 'prompts', 'responses', 'outputs'],
        window: 8,
        appliesTo: ['AI agents', 'function calling', 'tool-use', 'agentic models', 'agentic model', 'agentic coding'],
      },
    ],
    examples: {
      positive: ['Evaluate agent trajectories step by step.', 'Agentic tasks with tool use.', 'Rank and grade the generated trajectories.', 'Write and grade training data for agentic coding models.', 'Review how AI agents use tools and rate each step.'],
      negative: ['Agencies and recruiters need not apply.', 'We support your career trajectory with mentoring.', 'Build AI agents with function calling for our customer support product.'],
    },
  },
  {
    id: 'multimodal-evaluation', label: 'Multimodal & image-generation evaluation', category: 'task',
    aliases: ['multimodal', 'multi-modal', 'image generation evaluation', 'text-to-image', 'rate generated images', 'evaluate generated images', 'video generation evaluation', 'vision-language'],
    // "Multimodal models: understanding of integrating and processing images" is a model builder's
    // knowledge; the task is rating or labelling multimodal work.
    guards: {
      requireNear: ['evaluate', 'evaluation', 'evaluating', 'rate', 'rating', 'review', 'reviewing', 'annotate', 'annotation', 'label', 'labeling', 'labelling', 'tasks', 'projects', 'outputs', 'responses', 'prompts', 'data', 'dataset', 'datasets'],
      window: 6,
      appliesTo: ['multimodal', 'multi-modal', 'vision-language'],
    },
    examples: {
      positive: ['Multimodal evaluation of image answers.', 'Rate generated images for prompt fidelity.', 'Work on multimodal projects that pair images with text.'],
      negative: ['Image of your ID is required.', 'Multimodal models: understanding of integrating and processing images and text.'],
    },
  },
  {
    id: 'speech-evaluation', label: 'Speech & voice evaluation', category: 'task',
    aliases: ['TTS evaluation', 'text-to-speech evaluation', 'voice quality rating', 'speech quality', 'voice assistant evaluation', 'audio evaluation', 'prosody'],
    examples: {
      positive: ['Text-to-speech evaluation for naturalness.', 'Voice assistant evaluation in French.'],
      negative: ['Speak up in team meetings.'],
    },
  },
  {
    id: 'data-collection', label: 'Data collection (audio, image, video)', category: 'task',
    aliases: ['data collection', 'voice recording', 'voice recordings', 'speech data collection', 'record your voice', 'audio recording tasks', 'photo collection', 'selfie collection', 'video recording tasks'],
    examples: {
      positive: ['Voice recording tasks in your native language.', 'Speech data collection project.'],
      negative: ['We never collect payment details.'],
    },
  },
  {
    id: 'data-entry', label: 'Data entry', category: 'task',
    aliases: ['data entry clerk', 'data processing', 'typing tasks', 'copy typing', 'form filling', 'entering data', 'inputting data', 'data inputting', '数据录入', '資料輸入', 'データ入力'],
    // "Data processing" is also pipeline engineering ("machine learning, data processing, and
    // system design") and a GDPR term ("personal data processing").
    guards: {
      // "Creating plausible input data" for a model's tasks is no typing job.
      notPrecededBy: ['personal', 'distributed', 'scalable', 'large-scale', 'batch', 'real-time', 'streaming', 'plausible', 'synthetic', 'realistic', 'sample', 'test'],
      forbidNear: ['pipeline', 'pipelines', 'etl', 'spark', 'machine', 'engineering', 'engineers', 'infrastructure', 'gdpr', 'privacy', 'controller', 'processor'],
      window: 6,
      appliesTo: ['data processing', 'inputting data'],
    },
    examples: {
      positive: ['Simple data entry from home.', 'Data entry clerk, part-time.', 'Data processing and filing for the front office.'],
      negative: ['Enter your email to apply.', 'Interest in machine learning, data processing, and system design.'],
    },
  },
  {
    id: 'data-cleaning', label: 'Data cleaning & curation', category: 'task',
    aliases: ['data cleaning', 'data cleansing', 'data curation', 'dataset curation', 'data validation', 'deduplication', 'data quality checks'],
    examples: {
      positive: ['Data cleaning and curation for training sets.', 'Run data quality checks on tables.'],
      negative: ['Clean your workspace before calls.'],
    },
  },
  {
    id: 'web-research-tasks', label: 'Web research tasks', category: 'task',
    aliases: ['web research', 'online research', 'internet research', 'research tasks', 'desk research', 'information retrieval tasks'],
    examples: {
      positive: ['Online research tasks to verify answers.', 'Internet research on local businesses.'],
      negative: ['Researchers in biology welcome.'],
    },
  },
  {
    id: 'quality-review', label: 'Annotation QA & auditing', category: 'task',
    aliases: ['quality assurance', 'QA review', 'QA reviewer', 'quality reviewer', 'quality review', 'review annotations', 'reviewing annotations', 'audit annotations', 'second-pass review', 'reviewer tier', 'consensus review', 'quality control'],
    // Equipment QA, ISO governance and localisation QA are quality assurance too, but not of labels or AI output.
    guards: {
      requireNear: ['annotation', 'annotations', 'annotator', 'annotators', 'label', 'labels', 'labeling', 'labelling', 'data', 'dataset', 'datasets', 'tasks', 'task', 'ai', 'model', 'models', 'ratings', 'raters', 'responses', 'outputs', 'transcripts', 'transcription', 'translation', 'translations', 'translated', 'classification', 'misclassified', 'misclassifications', 'rubric', 'rubrics', 'guidelines', 'evaluation', 'evaluations'],
      window: 12,
      appliesTo: ['quality assurance', 'quality control', 'quality review'],
    },
    examples: {
      positive: ['QA reviewers check the work of annotators.', 'Quality assurance on labeled data.'],
      negative: ['Run quality assurance checks on lab equipment.', 'Quality matters more than speed.'],
    },
  },
  {
    id: 'math-reasoning-tasks', label: 'Math problem solving & verification', category: 'task',
    aliases: ['math problems', 'math problem solving', 'solve math problems', 'verify math solutions', 'proof checking', 'proof verification', 'competition problems', 'step-by-step solutions'],
    examples: {
      positive: ['Solve math problems and verify solutions.', 'Proof verification for graduate topics.'],
      negative: ['There are no problems with payment.'],
    },
  },
  {
    id: 'user-testing', label: 'User & usability testing', category: 'task',
    aliases: ['user testing', 'app testing', 'website testing', 'beta testing', 'product testing', 'crowd testing', 'crowdtesting', 'test websites'],
    examples: {
      positive: ['Paid user testing of new apps.', 'Beta testing and crowd testing tasks.'],
      negative: ['Testers of model safety are wanted.'],
    },
  },
  {
    id: 'survey-tasks', label: 'Surveys & micro-tasks', category: 'task',
    caseSensitive: ['HITs'],
    aliases: ['micro-tasks', 'microtasks', 'micro tasks', 'paid surveys', 'online surveys', 'crowdwork', 'crowd work', 'crowdsourcing'],
    examples: {
      positive: ['Complete microtasks and paid surveys.', 'Crowdsourcing platform with HITs.'],
      negative: ['Large projects with long tasks.'],
    },
  },
  {
    id: 'tutoring-evaluation', label: 'AI tutoring & explanation evaluation', category: 'task',
    aliases: ['explanation quality', 'pedagogical quality', 'evaluate explanations', 'evaluating explanations', 'age-appropriate', 'student feedback evaluation', 'educational content review'],
    examples: {
      positive: ['Judge explanation quality for students.', 'Check whether answers are age-appropriate.'],
      negative: ['Explain your availability.'],
    },
  },
  {
    id: 'citation-review', label: 'Citation & source review', category: 'task',
    aliases: ['citation checking', 'citation review', 'check citations', 'checking citations', 'verify citations', 'verifying citations', 'source attribution', 'grounding evaluation', 'attribution evaluation', 'unsupported citations', 'citation accuracy', 'citation quality', 'citation verification', 'evaluate citations', 'evaluating citations', 'citation evaluation'],
    examples: {
      positive: ['Citation checking for legal answers.', 'Verify citations and source attribution.', 'A study of citation accuracy in research assistants.'],
      negative: ['Cite your sources in APA style.'],
    },
  },
];
