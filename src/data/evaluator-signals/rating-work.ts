// How raters rate: model-output words, rubrics, justified ratings, judging and testing models, red
// teaming, search and ads rating, rater workforces, speech output.
import type { EvaluatorSignalInput } from './schema.ts';
import { AI_OBJECTS, SEARCH_QUERY_WORDS } from './vocabulary.ts';

export const ratingWorkSignals: EvaluatorSignalInput[] = [
  {
    // "Model outputs", "LLM responses": the words of rating work, but ML engineers who build
    // evaluations say them as often; a rater posting also says what is done with them (evaluate-ai-output).
    id: 'model-output-words',
    raterTask: true,
    label: 'Speaks of AI model outputs',
    weight: 2,
    kind: 'phrase',
    phrases: ['model responses', 'model outputs', 'model output', 'AI responses', 'AI outputs', 'chatbot responses', 'LLM outputs', 'LLM responses', "model's responses", "model's answers", "model's outputs"],
    examples: { positive: ['Compare model outputs side by side.'], negative: ['Compare the outputs of two production lines.'] },
  },
  {
    // "Evaluate responses against detailed QA rubrics", "score model responses using structured
    // rubrics": rating answers by a rubric is the rater's method, whether or not the sentence says AI.
    id: 'rubric-rating',
    raterTask: true,
    label: 'Rating responses against a rubric',
    weight: 4,
    kind: 'pair',
    left: ['rubric', 'rubrics'],
    right: ['response', 'responses', 'answer', 'answers', 'output', 'outputs', 'completions'],
    window: 6,
    examples: {
      positive: ['Evaluate responses against detailed QA rubrics and write short rationales.', 'Score and rank answers using structured rubrics.'],
      negative: ['Design grading rubrics for the new statistics course.', 'Respond to customer emails within one business day.'],
    },
  },
  {
    // Raters give a reason for each score: "justify your ratings", "rationales for rankings",
    // "provide clear justifications for your evaluations". Across the labelled sets only rater
    // postings say it (6 of 6).
    id: 'justify-ratings',
    raterTask: true,
    label: 'Justifying each rating or ranking',
    weight: 4,
    kind: 'pair',
    stem: false,
    // Not "explain": "explain our credit ratings to customers".
    left: ['justify', 'justifying', 'justification', 'justifications', 'rationale', 'rationales'],
    right: ['rating', 'ratings', 'rankings', 'evaluations', 'judgments', 'judgements', 'scores', 'preferences'],
    window: 4,
    examples: {
      positive: ['Write a one-line justification for each rating.', 'Provide clear justifications for your evaluations.', 'Add short rationales for your rankings.'],
      negative: ['Explain our credit ratings to new customers.', 'Justify the budget to the finance team.'],
    },
  },
  {
    // "Evaluate how a medical AI assistant handles patient questions": the rater judges the model's
    // behaviour, and the sentence names no output word.
    id: 'judge-ai-behaviour',
    raterTask: true,
    label: 'Judging how an AI model behaves',
    weight: 5,
    kind: 'pair',
    stem: false,
    left: ['evaluate how', 'assess how', 'judge how', 'rate how', 'review how', 'test how', 'check how', 'evaluate whether', 'assess whether', 'judge whether'],
    right: ['AI assistant', 'AI assistants', 'AI model', 'AI models', 'the model', 'the AI', 'chatbot', 'chatbots', 'LLM', 'LLMs', 'language model', 'language models', 'AI system', 'AI systems', 'AI agent', 'AI agents'],
    window: 4,
    objectFirstUnless: ['to', 'can', 'could', 'will', 'may', 'might', 'would', 'helps', 'help'],
    examples: {
      positive: ['Evaluate how a medical AI assistant handles patient questions.', 'Judge whether the model followed the instructions.'],
      negative: ['Assess how AI tools can improve our workflows.', 'Evaluate how customers use our products.'],
    },
  },
  {
    // "Create domain-specific problems to rigorously test AI models", "expert evaluations of AI models":
    // the model itself is what the expert tests or critiques. Engineers "evaluate model performance"
    // and "benchmark models", which this does not read.
    id: 'test-ai-models',
    raterTask: true,
    label: 'Testing or critiquing AI models',
    weight: 4,
    kind: 'pair',
    stem: false,
    left: ['test', 'tests', 'testing', 'stress-test', 'stress-testing', 'critique', 'critiques', 'critiquing', 'probe', 'probing', 'challenge', 'challenging', 'evaluations of', 'critiques of'],
    right: ['AI models', 'AI model', 'LLMs', 'LLM', 'frontier models', 'frontier AI models', 'language models', 'large language models', 'generative AI models', 'AI chatbots', 'chatbots', 'AI systems', 'AI assistants'],
    window: 2,
    objectFirstUnless: ['to', 'can', 'could', 'will', 'may', 'might', 'would', 'that', 'which'],
    examples: {
      positive: ['Create challenging problems to rigorously test AI models in your field.', 'Provide expert critiques of frontier models.', 'Write prompts that stress-test large language models.'],
      negative: ['Test the AI features of our mobile app.', 'AI models that test software automatically.', 'Build evaluation pipelines and benchmark LLMs.'],
    },
  },
  {
    // "Design PhD-level chemistry problems that current AI models fail": writing problems to stump the model.
    id: 'stump-the-model',
    raterTask: true,
    label: 'Writing problems the model fails',
    weight: 4,
    kind: 'pair',
    stem: false,
    // "Try to \"break\" the model": quote marks stand between the words of a phrase, not of a pair.
    left: ['fail', 'fails', 'stump', 'stumps', 'trip up', 'trips up', 'cannot solve', "can't solve", 'fail to solve', 'fails to solve', 'get wrong', 'gets wrong', 'answer incorrectly', 'break', 'breaking'],
    right: ['AI models', 'AI model', 'the model', 'LLMs', 'LLM', 'AI systems', 'frontier models', 'chatbots', 'the AI model'],
    window: 3,
    // "Circuit-break logic, PostgreSQL, LLM post-processing": an engineer's stack list.
    leftGuards: { notPrecededBy: ['circuit'], notFollowedBy: ['logic'] },
    examples: {
      positive: ['Design PhD-level chemistry problems that current AI models fail, and write reference solutions.', 'Write questions that stump frontier models.', 'Write competition problems that AI models cannot solve.', 'You will try to "break" the model and document where it goes wrong.'],
      negative: ['Study why AI projects fail in large companies.', 'Our pipeline retries when a job fails.', 'Break the data model into smaller services.', 'Take a break from the AI hype at our offsite.', 'Stack: RabbitMQ workers with custom retry/dead-letter/circuit-break logic, PostgreSQL, LLM post-processing.'],
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
    // "Simulated attacks on AI systems", "security testing of generative AI models": the red team's work named plainly.
    left: ['red teaming', 'red-teaming', 'red teamer', 'red teamers', 'adversarial testing', 'safety evaluation', 'safety evaluations', 'adversarial prompts', 'security testing', 'simulated attacks', 'adversarial attacks', 'prompt injection', 'prompt injections'],
    right: [...AI_OBJECTS, 'chat model', 'chat models', 'model outputs', 'model responses'],
    window: 12,
    examples: {
      positive: ['Red teaming of chat models to find harmful outputs.', 'Adversarial testing of large language models in Spanish.', 'Run simulated attacks on AI systems to find weaknesses.'],
      negative: ['Lead red teaming engagements that mimic real attackers against our network.', 'Safety evaluation of playground equipment.', 'Own security testing of our payment APIs and web apps.'],
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
      'improve search results', 'improving search results', "world's largest search engines", "world's largest search engine",
      // The media and app-store search programmes: "complete tasks through a web-based evaluation tool to improve the
      // overall quality and relevance of online content".
      'web evaluation tool', 'web-based evaluation tool', 'relevance of online content', 'relevance assessment', 'relevance assessments',
      // Maps evaluation: "enhancing the content and quality of digital maps", "review mapping data for digital mapping applications".
      'digital maps', 'digital mapping applications', 'review mapping data', 'reviewing mapping data',
      // The image and video search programmes: "helping determine the relevance of search results".
      'relevance of search results', 'relevance of the search results', 'search engine relevance', 'relevance of search engine results', 'relevance of the search engine results',
      // In-house search evaluation teams: "complete assessment of search quality", "evaluation of search engine results".
      'assessment of search quality', 'search quality assessment', 'search quality assessments', 'evaluation of search engine results', 'evaluation of search results'],
    examples: { positive: ['Evaluate search results for relevance using rater guidelines.', 'Join one of the largest ads rating programs.', 'As a judge you help determine the relevance of search results for images.'], negative: ['Optimise our website for search engines.'] },
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
      positive: ['Participants view results for a search query and rate how satisfying each result is.', 'Judge how relevant each result is to the query and the user intent.', 'Vetters validate search queries for accuracy and relevance.', 'Grade every search engine result on how relevant it is to the words typed in.'],
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
];
