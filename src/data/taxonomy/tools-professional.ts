// Tools, part 5: professional databases (finance, law, medicine), education platforms,
// annotation platforms and AI assistants. Names that are also plain words ("Epic", "Claude",
// "Canvas") match only capitalised and near a context word. Each product a posting names by
// itself has its own entry; families postings name as such keep an entry the products imply.
import type { TaxonomyEntryInput } from '../schema.ts';

// Crowd-work vendors are also employers and staffing firms ("Join the Appen team", "a subsidiary
// of SuperAnnotate"): their names count as a tool only next to a word about having used them.
const VENDOR_NEAR = ['experience', 'experienced', 'familiarity', 'familiar', 'worked', 'previous', 'previously', 'prior', 'past', 'platforms', 'such', 'like', 'eg', 'tools', 'background', 'using', 'used', 'including'];
const AI_NEAR = ['ai', 'chatgpt', 'gpt', 'gemini', 'claude', 'copilot', 'grok', 'llama', 'mistral', 'anthropic', 'openai', 'model', 'models', 'llm', 'llms', 'assistant', 'assistants', 'chatbot', 'chatbots', 'tools', 'perplexity'];

export const professionalTools: TaxonomyEntryInput[] = [
  // ── Finance data ─────────────────────────────────────────────────────────────────────────
  {
    id: 'bloomberg-terminal', label: 'Bloomberg Terminal', category: 'tool', stem: false,
    aliases: ['Bloomberg', 'Bloomberg Professional'],
    guards: { notFollowedBy: ['news', 'law', 'businessweek', 'reported', 'reports', 'article'], appliesTo: ['Bloomberg'] },
    typicalFor: ['finance', 'investment-management', 'trading', 'investment-banking'],
    examples: { positive: ['Daily use of the Bloomberg Terminal.'], negative: ['Bloomberg News reported on AI jobs.'] },
  },
  {
    id: 'financial-data-platforms', label: 'FactSet & Capital IQ', category: 'tool', stem: false,
    aliases: ['FactSet', 'Capital IQ', 'S&P Capital IQ', 'CapIQ', 'PitchBook', 'Refinitiv', 'Refinitiv Eikon', 'Eikon', 'Morningstar Direct', 'Preqin', 'YCharts'],
    typicalFor: ['finance', 'investment-banking', 'private-equity', 'investment-management'],
    examples: { positive: ['Comps from Capital IQ and FactSet.', 'Deal data in PitchBook.'], negative: ['Facts must be checked.'] },
  },
  {
    id: 'bloomberg-law', label: 'Bloomberg Law', category: 'tool', stem: false,
    aliases: ['Practical Law', 'Fastcase', 'Casetext', 'vLex', 'HeinOnline', 'CoCounsel', 'Harvey AI'],
    typicalFor: ['legal', 'paralegal', 'litigation'],
    examples: { positive: ['Research in Bloomberg Law or Practical Law.'], negative: ['Practical advice for new raters.'] },
  },
  // ── Legal research & practice ────────────────────────────────────────────────────────────
  {
    id: 'westlaw', label: 'Westlaw', category: 'tool', stem: false,
    aliases: ['Westlaw Edge', 'Thomson Reuters Westlaw', 'WestlawNext'],
    typicalFor: ['legal', 'paralegal', 'litigation', 'compliance'],
    examples: { positive: ['Legal research on Westlaw.'], negative: ['West coast hours.'] },
  },
  {
    id: 'lexisnexis', label: 'LexisNexis', category: 'tool', stem: false,
    aliases: ['Lexis', 'Lexis+', 'Lexis Advance', 'Lexis Nexis'],
    typicalFor: ['legal', 'paralegal', 'litigation', 'compliance'],
    examples: { positive: ['Westlaw or LexisNexis access.', 'Case law on Lexis.'], negative: ['Lexical choices matter.'] },
  },
  {
    id: 'ediscovery-tools', label: 'eDiscovery platforms (Relativity)', category: 'tool', stem: false,
    aliases: ['RelativityOne', 'Relativity platform', 'Everlaw', 'Nuix', 'Reveal eDiscovery', 'Logikcull'],
    caseSensitive: ['Relativity'],
    guards: { requireNear: ['ediscovery', 'discovery', 'document', 'documents', 'litigation', 'everlaw', 'platform', 'legal', 'attorneys'], notPrecededBy: ['general', 'special', 'theory', 'of'], window: 8, appliesTo: ['Relativity'] },
    typicalFor: ['ediscovery', 'litigation', 'paralegal'],
    examples: { positive: ['Document review in Relativity or Everlaw.'], negative: ['Relativity and quantum physics questions.'] },
  },
  {
    id: 'legal-practice-software', label: 'Legal practice software', category: 'tool', stem: false,
    aliases: ['Clio', 'iManage', 'NetDocuments', 'PracticePanther', 'MyCase', 'DocuSign CLM'],
    typicalFor: ['legal', 'paralegal'],
    examples: { positive: ['Matter management in Clio or iManage.'], negative: ['Clip art is not allowed.'] },
  },
  // ── Healthcare systems & references ──────────────────────────────────────────────────────
  {
    id: 'epic-ehr', label: 'Epic (EHR)', category: 'tool', stem: false,
    aliases: ['Epic Systems', 'Epic EHR', 'Epic EMR', 'EpicCare', 'Epic Hyperspace', 'Epic certified', 'Epic certification'],
    caseSensitive: ['Epic'],
    guards: {
      requireNear: ['ehr', 'emr', 'ehrs', 'emrs', 'health', 'records', 'record', 'clinical', 'hospital', 'charting', 'cerner', 'nursing', 'nurse', 'nurses', 'medical', 'patient', 'patients', 'meditech', 'certified', 'systems', 'documentation', 'physicians'],
      window: 8,
      appliesTo: ['Epic'],
    },
    typicalFor: ['nursing', 'medicine', 'healthcare', 'clinical-practice', 'health-informatics', 'healthcare-administration'],
    examples: {
      positive: ['Charting experience in Epic or Cerner.', 'Nurses who use Epic daily in the hospital.'],
      negative: ['An epic journey through patient stories.', 'Epic fails make for great training data.'],
    },
  },
  {
    id: 'cerner', label: 'Cerner (Oracle Health)', category: 'tool', stem: false,
    aliases: ['Cerner', 'Oracle Health', 'Cerner Millennium', 'PowerChart'],
    typicalFor: ['nursing', 'medicine', 'healthcare', 'health-informatics'],
    examples: { positive: ['EHR experience with Cerner.'], negative: ['Concern for patient safety.'] },
  },
  {
    id: 'other-ehr', label: 'Other EHR systems', category: 'tool', stem: false,
    aliases: ['EHR', 'EMR', 'electronic health records', 'electronic medical records', 'Meditech', 'athenahealth', 'eClinicalWorks', 'NextGen', 'Allscripts', 'Practice Fusion'],
    typicalFor: ['nursing', 'medicine', 'healthcare', 'healthcare-administration', 'medical-coding'],
    examples: { positive: ['Comfort with any EHR.', 'Electronic health records experience.'], negative: ['Her email address.'] },
  },
  {
    id: 'pubmed', label: 'PubMed', category: 'tool', stem: false,
    aliases: ['MEDLINE', 'PubMed Central', 'PMC database', 'Embase', 'Cochrane Library', 'Cochrane', 'Google Scholar', 'Web of Science', 'Scopus'],
    typicalFor: ['medicine', 'medical-writing', 'public-health', 'academic-research', 'clinical-research', 'biology', 'pharmacy'],
    examples: { positive: ['Literature searches in PubMed and Embase.', 'Find studies on Google Scholar.'], negative: ['Publish medical content.'] },
  },
  {
    id: 'uptodate', label: 'UpToDate', category: 'tool', stem: false,
    aliases: ['Lexicomp', 'Micromedex', 'DynaMed', 'Epocrates', 'Medscape', 'clinical decision support'],
    typicalFor: ['medicine', 'nursing', 'pharmacy', 'clinical-practice'],
    examples: { positive: ['Check answers against UpToDate.', 'Drug data from Lexicomp.'], negative: ['Keep your profile up to date.'] },
  },
  {
    id: 'clinical-trial-systems', label: 'Clinical trial systems', category: 'tool', stem: false,
    aliases: ['Medidata Rave', 'Medidata', 'Veeva Vault', 'Veeva', 'OpenClinica', 'CTMS', 'EDC systems'],
    typicalFor: ['clinical-research', 'pharmacy', 'regulatory-affairs'],
    examples: { positive: ['Data entry in Medidata Rave.'], negative: ['Media inquiries go to PR.'] },
  },
  // ── Education platforms ──────────────────────────────────────────────────────────────────
  {
    id: 'lms-tools', label: 'Learning management systems (LMS)', category: 'tool', stem: false,
    aliases: ['LMS', 'learning management system', 'learning management systems', 'Moodle', 'Brightspace', 'D2L', 'Schoology', 'Google Classroom', 'Canvas LMS', 'Instructure Canvas'],
    // "Canvas" and "Blackboard" are also plain words: capitalised and near an education word only.
    caseSensitive: ['Canvas', 'Blackboard'],
    guards: { requireNear: ['lms', 'moodle', 'blackboard', 'canvas', 'brightspace', 'd2l', 'schoology', 'classroom', 'learning', 'course', 'courses', 'online', 'platforms', 'instructure', 'students', 'teaching', 'gradebook'], window: 6, appliesTo: ['Canvas', 'Blackboard'] },
    typicalFor: ['education', 'teaching', 'higher-education', 'tutoring', 'curriculum-development'],
    examples: {
      positive: ['Comfortable with Canvas or Moodle for online courses.', 'Experience with a learning management system.'],
      negative: ['Paint on canvas in the studio.', 'Write the steps on the Blackboard wall paint.'],
    },
  },
  // ── Annotation platforms ─────────────────────────────────────────────────────────────────
  {
    id: 'label-studio', label: 'Label Studio', category: 'tool', stem: false,
    aliases: ['LabelStudio', 'Heartex'],
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['Annotate in Label Studio.'], negative: ['Label each image.'] },
  },
  {
    id: 'labelbox', label: 'Labelbox', category: 'tool', stem: false,
    aliases: ['Label Box'],
    typicalFor: ['machine-learning', 'data-science'],
    examples: { positive: ['Labelbox experience is a plus.'], negative: ['Check the box next to the label.'] },
  },
  {
    id: 'cvat', label: 'CVAT', category: 'tool', stem: false,
    aliases: ['Computer Vision Annotation Tool'],
    typicalFor: ['computer-vision', 'machine-learning'],
    examples: { positive: ['Draw boxes in CVAT.'], negative: ['Attach your CV.'] },
  },
  {
    id: 'annotation-platforms', label: 'Annotation platforms', category: 'tool', stem: false,
    aliases: ['V7 Darwin', 'V7 Labs', 'Encord', 'Prodigy annotation', 'Dataloop', 'Kili Technology', 'annotation tool', 'annotation tools', 'labeling tool', 'labeling tools', 'labeling platform', 'annotation platform'],
    caseSensitive: ['SuperAnnotate', 'Toloka'],
    guards: { requireNear: VENDOR_NEAR, window: 6, appliesTo: ['SuperAnnotate', 'Toloka'] },
    typicalFor: ['machine-learning', 'computer-vision'],
    examples: {
      positive: ['Experience with SuperAnnotate or Encord.', 'Any annotation platform.', 'Prior work on Toloka is welcome.'],
      negative: ['Annotation guidelines are provided.', 'This team is part of SuperAnnotate, which owns the staffing brand.'],
    },
  },
  {
    id: 'scale-ai-tools', label: 'Scale AI tooling (Remotasks, Outlier)', category: 'tool', stem: false,
    aliases: ['Remotasks', 'Scale Rapid', 'Scale Studio', 'Outlier platform'],
    caseSensitive: ['Scale AI', 'Outlier AI'],
    typicalFor: ['machine-learning'],
    examples: { positive: ['Prior work on Remotasks or Scale AI.'], negative: ['Scale your work at your own pace.'] },
  },
  {
    id: 'mturk', label: 'Amazon Mechanical Turk', category: 'tool', stem: false,
    aliases: ['MTurk', 'Mechanical Turk'],
    caseSensitive: ['Prolific', 'Appen', 'TELUS International AI', 'TELUS International', 'TELUS Digital', 'Clickworker'],
    guards: {
      requireNear: VENDOR_NEAR,
      notPrecededBy: ['a', 'more', 'most', 'very', 'less', 'highly'],
      window: 6,
      appliesTo: ['Prolific', 'Appen', 'TELUS International AI', 'TELUS International', 'TELUS Digital', 'Clickworker'],
    },
    typicalFor: ['academic-research', 'psychology'],
    examples: {
      positive: ['Past work on MTurk or Prolific.', 'Experience as a rater with Appen or TELUS Digital.'],
      negative: ['A highly prolific writer.', 'Join the Appen crowd today as a freelance rater.', 'About TELUS Digital: we power brands.'],
    },
  },
  // ── AI assistants ────────────────────────────────────────────────────────────────────────
  {
    id: 'chatgpt', label: 'ChatGPT', category: 'tool', stem: false,
    aliases: ['Chat GPT', 'GPT-4', 'GPT-4o', 'GPT-5', 'GPT models', 'OpenAI models'],
    // "ChatGPT Jobs" is a job board's name.
    guards: { notFollowedBy: ['jobs', 'job'], appliesTo: ['ChatGPT'] },
    typicalFor: ['writing', 'software-engineering', 'education', 'business'],
    examples: { positive: ['Familiarity with ChatGPT and other assistants.', 'Compare GPT-4 answers.'], negative: ['Chat with our recruiter.', 'Found via the ChatGPT Jobs board.'] },
  },
  {
    id: 'claude', label: 'Claude (Anthropic)', category: 'tool', stem: false,
    aliases: ['Anthropic Claude', 'Claude AI', 'Claude Code', 'Claude Sonnet', 'Claude Opus'],
    caseSensitive: ['Claude'],
    guards: { requireNear: AI_NEAR.filter((w) => w !== 'claude'), window: 8, appliesTo: ['Claude'] },
    typicalFor: ['writing', 'software-engineering', 'education', 'business'],
    examples: { positive: ['Use ChatGPT or Claude in your field.', 'Claude AI training jobs.'], negative: ['Claude Monet painted water lilies.'] },
  },
  {
    id: 'gemini', label: 'Gemini (Google AI)', category: 'tool', stem: false,
    aliases: ['Google Gemini', 'Gemini AI', 'Bard', 'Google Bard'],
    caseSensitive: ['Gemini'],
    guards: { requireNear: AI_NEAR.filter((w) => w !== 'gemini'), window: 8, appliesTo: ['Gemini', 'Bard'] },
    typicalFor: ['writing', 'software-engineering', 'education', 'business'],
    examples: { positive: ['Familiarity with ChatGPT, Claude, Gemini.', 'Google Gemini users.'], negative: ['Gemini and Taurus horoscope readings.'] },
  },
  {
    id: 'grok', label: 'Grok (xAI)', category: 'tool', stem: false,
    aliases: ['xAI Grok', 'Grok AI'],
    caseSensitive: ['Grok'],
    guards: { requireNear: [...AI_NEAR.filter((w) => w !== 'grok'), 'xai'], window: 8, appliesTo: ['Grok'] },
    typicalFor: ['writing', 'software-engineering'],
    examples: { positive: ['Compare answers from Grok and Gemini models.'], negative: ['It takes time to grok a new codebase.'] },
  },
  {
    id: 'copilot', label: 'Microsoft Copilot', category: 'tool', stem: false,
    aliases: ['Copilot', 'Bing Chat', 'Microsoft 365 Copilot'],
    // Companies name their own assistants "<something> Copilot".
    guards: { notPrecededBy: ['github', 'tutor', 'our', 'their', 'sales', 'service', 'support', 'teacher', 'learning', 'writing'], appliesTo: ['Copilot'] },
    typicalFor: ['software-engineering', 'business'],
    examples: { positive: ['Assistants like Copilot.'], negative: ['Daily use of GitHub Copilot.', 'A co-pilot in the cockpit.', 'Our tutors get help from our Tutor Copilot app.'] },
  },
  {
    id: 'other-ai-models', label: 'Other AI assistants (Llama, Mistral, Perplexity)', category: 'tool', stem: false,
    aliases: ['Llama 3', 'Meta Llama', 'Meta AI', 'Mistral AI', 'Perplexity AI', 'DeepSeek', 'Midjourney', 'Stable Diffusion', 'DALL-E'],
    typicalFor: ['machine-learning', 'generative-ai'],
    examples: { positive: ['Compare Meta Llama and Mistral AI outputs.', 'Rate Midjourney images.'], negative: ['Llamas and alpacas on farms.'] },
  },
];
