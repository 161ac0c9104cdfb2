// Context that adds weight but names no rater task alone: experts wanted for AI, AI-training vendors,
// gig task formats, AI mentioned at all.
import type { EvaluatorSignalInput } from './schema.ts';
import { AI_OBJECTS } from './vocabulary.ts';

export const contextSignals: EvaluatorSignalInput[] = [
  {
    id: 'expert-for-ai',
    label: 'Domain experts wanted for AI work',
    weight: 4,
    supporting: true,
    kind: 'pair',
    left: ['expert', 'experts', 'expertise', 'specialist', 'specialists', 'professionals', 'subject matter expert', 'subject-matter experts', 'SME', 'SMEs', 'domain knowledge', 'contributors', 'freelancers', 'contractors'],
    right: AI_OBJECTS,
    window: 12,
    // Not "Mixture-of-Experts" (a model architecture), nor "an individual contributor role" (a staff job that is not a manager's).
    leftGuards: { forbidNear: ['mixture', 'mixtures', 'individual'], window: 2 },
    examples: { positive: ['We are looking for finance experts to help evaluate AI.', 'Contractors will work on projects for leading AI labs.'], negative: ['Our experts help clients file taxes.', 'Research areas: foundation models at scale, Mixture-of-Experts, distributed training.', 'This is an individual contributor role at the intersection of genAI evaluation and AI engineering.'] },
  },
  {
    id: 'ai-training-vendor',
    label: 'Known AI-training platform',
    weight: 2,
    kind: 'phrase',
    stem: false,
    phrases: ['DataAnnotation', 'Data Annotation Tech', 'Mercor', 'micro1', 'Surge AI', 'SurgeHQ', 'Scale AI', 'Remotasks', 'Appen', 'TELUS Digital', 'TELUS International AI', 'Toloka', 'Alignerr', 'Invisible Technologies', 'Handshake AI', 'OneForma', 'RWS TrainAI', 'TrainAI', 'Labelbox', 'Mindrift', 'Abaka', 'OpenTrain', 'Clickworker', 'Welocalize', 'Lionbridge', 'DataForce', 'iMerit', 'Awign', 'Soul AI', 'Crowdgen', 'Stellar AI', 'xAI', 'SME Careers', 'AfterQuery', 'Deccan AI', 'Sapien', 'Shaip', 'Datacurve', 'Crossing Hurdles', 'Perle', 'Keymakr', 'Welo Data', 'Innodata', 'AuraOne', 'Objectways', 'Rex.zone'],
    // Names that are also ordinary words count only capitalised: "scoring outlier responses" names no vendor.
    caseSensitive: ['Outlier', 'OUTLIER', 'Prolific', 'Snorkel', 'Turing', 'Sama', 'Cogito'],
    // The Alan Turing Institute (a research institute) and the Turing test are not the vendor Turing.
    phraseGuards: [
      { notPrecededBy: ['Alan'], notFollowedBy: ['Institute', 'test', 'Award', 'machine', 'complete'], appliesTo: ['Turing'] },
      // "A large-scale AI enablement program" names no vendor.
      { notPrecededBy: ['large', 'small', 'full', 'enterprise', 'massive', 'global', 'mid'], appliesTo: ['Scale AI'] },
    ],
    examples: { positive: ['Outlier is hiring experts across many fields.', 'Turing is hiring coding experts for AI projects.'], negative: ['An outlying result was removed.', 'Flag outlier responses for a second reader.', 'The Alan Turing Institute is the national institute for data science.', 'A partner running a large-scale AI enablement program.', 'Can the model pass a Turing test?'] },
  },
  {
    id: 'gig-task-format',
    label: 'Task-based, flexible remote format',
    weight: 1,
    kind: 'phrase',
    phrases: ['per task', 'task-based', 'tasks available', 'project-based', 'flexible hours', 'flexible schedule', 'set your own hours', 'work on your own schedule', 'own schedule', 'asynchronous', 'async', 'freelance', 'independent contractor', 'paid weekly', 'paid per hour', 'as many tasks', 'work when you want', 'remote contract work', 'contract work'],
    examples: { positive: ['Flexible hours, paid per task.'], negative: ['Fixed shifts Monday to Friday at the office.'] },
  },
  {
    id: 'ai-mentioned',
    label: 'AI models are the subject',
    weight: 1,
    kind: 'phrase',
    phrases: ['large language models', 'large language model', 'generative AI', 'AI models', 'AI model', 'AI systems', 'AI system', 'artificial intelligence', 'frontier AI', 'frontier models', 'AI labs', 'leading AI', 'chatbots', 'LLMs', 'LLM', 'GenAI'],
    examples: { positive: ['Work with large language models every day.'], negative: ['Work with spreadsheets every day.'] },
  },
];
