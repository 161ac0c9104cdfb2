// Evaluator skills. `typicalFor` lists the domains for which onboarding offers the skill, so a
// user who picks "finance" is shown financial modeling and a user who picks "law" legal research.
import type { TaxonomyEntryInput } from '../schema.ts';

const ALL_EXPERT = ['legal', 'finance', 'accounting', 'healthcare', 'education', 'writing', 'software-engineering', 'data-analytics', 'academic-research', 'consulting', 'business'];

export const skills: TaxonomyEntryInput[] = [
  // ── General evaluator skills ─────────────────────────────────────────────────────────────
  {
    id: 'attention-to-detail', label: 'Attention to detail', category: 'skill',
    aliases: ['detail-oriented', 'detail oriented', 'detail-focused', 'eye for detail', 'keen eye', 'meticulous', 'attentive to detail', 'thoroughness', 'precision and accuracy',
      'atención al detalle', 'atención a los detalles', 'atenção aos detalhes', 'souci du détail', 'sens du détail', 'Liebe zum Detail', 'Detailgenauigkeit', 'attenzione ai dettagli', 'oog voor detail', 'dbałość o szczegóły'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Strong attention to detail is essential.', 'You are detail-oriented and meticulous.'],
      negative: ['More details are in the FAQ.'],
    },
  },
  {
    id: 'critical-thinking', label: 'Critical thinking', category: 'skill',
    aliases: ['critical thinker', 'critical reasoning', 'critical eye', 'sound judgment', 'sound judgement', 'professional judgment', 'professional judgement', 'good judgment', 'evaluative judgment'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Excellent critical thinking skills.', 'Sound judgment when answers disagree.'],
      negative: ['Think about your weekly availability.'],
    },
  },
  {
    id: 'analytical-reasoning', label: 'Analytical reasoning', category: 'skill',
    aliases: ['analytical skills', 'analytical thinking', 'analytical mindset', 'strong analytical', 'analytic skills', 'logical reasoning', 'logical thinking', 'deductive reasoning', 'structured thinking', 'excellent analytical', 'analytical and problem-solving', 'analytical and problem solving', 'analytical and critical thinking', 'analytical abilities', 'analytical ability'],
    typicalFor: ['consulting', 'business', 'finance', 'data-analytics', 'legal', 'software-engineering', 'academic-research'],
    examples: {
      positive: ['Strong analytical skills required.', 'Logical reasoning and structured thinking.', 'Sharp analytical and problem-solving abilities.'],
      negative: ['Analytics dashboards are not part of this job.'],
    },
  },
  {
    id: 'quantitative-reasoning', label: 'Quantitative reasoning', category: 'skill',
    aliases: ['quantitative skills', 'quantitative analysis', 'numerical reasoning', 'numeracy', 'mathematical reasoning', 'business math', 'strong math skills', 'quantitative background'],
    typicalFor: ['finance', 'accounting', 'data-analytics', 'mathematics', 'economics', 'statistics', 'physics', 'engineering'],
    examples: {
      positive: ['Solid quantitative reasoning.', 'Numerical reasoning and business math.'],
      negative: ['A qualitative interview study.'],
    },
  },
  {
    id: 'research-skills', label: 'Research skills', category: 'skill',
    aliases: ['research skills', 'research ability', 'strong researcher', 'research methods', 'research methodology', 'research and verification', 'research habits', 'desk research skills'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Strong research skills and curiosity.', 'Knowledge of research methods.'],
      negative: ['Our research lab is in Boston.'],
    },
  },
  {
    id: 'source-verification', label: 'Source verification', category: 'skill',
    // Bare "evidence-based" (evidence-based practice, medicine, rationales) is left out: it names
    // a clinical or writing standard, not checking sources.
    aliases: ['source checking', 'verify sources', 'verifying sources', 'compare sources', 'evaluate sources', 'credible sources', 'reliable sources', 'primary sources', 'evidence-based review'],
    typicalFor: ['journalism', 'legal', 'academic-research', 'medical-writing', 'writing', 'healthcare'],
    examples: {
      positive: ['Verify sources before you accept a claim.', 'Know how to find reliable sources.'],
      negative: ['The source code is on GitHub.', 'Nurses who follow evidence-based practice.'],
    },
  },
  {
    id: 'written-communication', label: 'Written communication', category: 'skill',
    aliases: ['written communication skills', 'writing skills', 'strong writing', 'clear writing', 'excellent writing', 'writing ability', 'written English', 'concise writing', 'clear and concise', 'communicate clearly in writing', 'written communications', 'written communicator', 'written communicators'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Excellent written communication skills.', 'Clear and concise writing.', 'You are a careful written communicator.'],
      negative: ['Verbal communication is handled by the lead.'],
    },
  },
  {
    id: 'verbal-communication', label: 'Verbal communication', category: 'skill',
    aliases: ['verbal communication skills', 'oral communication', 'spoken communication', 'presentation skills', 'public speaking', 'interpersonal skills'],
    typicalFor: ['sales', 'education', 'consulting', 'customer-support'],
    examples: {
      positive: ['Strong verbal communication.', 'Presentation skills and public speaking.'],
      negative: ['Written feedback only.'],
    },
  },
  {
    id: 'feedback-writing', label: 'Feedback writing', category: 'skill',
    aliases: ['written feedback', 'constructive feedback', 'actionable feedback', 'detailed feedback', 'structured feedback', 'explain your reasoning', 'justify your ratings', 'write justifications', 'written justifications', 'rationale writing', 'explanation writing'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Write detailed feedback for each response.', 'Explain your reasoning in written justifications.'],
      negative: ['We welcome feedback on the platform.'],
    },
  },
  {
    id: 'guideline-adherence', label: 'Following guidelines & rubrics', category: 'skill',
    aliases: ['follow guidelines', 'following guidelines', 'follow detailed guidelines', 'follow instructions', 'following instructions', 'follow detailed instructions', 'rubric adherence', 'adhere to guidelines', 'adherence to guidelines', 'apply a rubric', 'applying rubrics', 'rubric discipline', 'guideline compliance', 'project guidelines',
      'follow complex guidelines', 'follow established guidelines', 'follow evaluation guidelines', 'follow detailed evaluation guidelines', 'follow the guidelines', 'follow written guidelines', 'follow strict guidelines', 'follow specific guidelines', 'follow clear guidelines', 'follow annotation guidelines',
      'follow complex instructions', 'follow nuanced instructions', 'follow precise instructions', 'follow written instructions', 'adhere to detailed guidelines', 'adhere to the guidelines', 'adhere to strict guidelines', 'follow structured guidelines', 'following structured guidelines', 'follow project guidelines', 'project-specific guidelines', 'apply guidelines', 'applying guidelines', 'adhering to guidelines', 'following annotation guidelines', 'follow structured annotation guidelines'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Ability to follow detailed guidelines.', 'Apply a rubric consistently.', 'You can follow complex instructions to the letter.', 'Reads and follows established guidelines.'],
      negative: ['Guidelines for contributors are in Spanish.'],
    },
  },
  {
    id: 'consistency', label: 'Consistency', category: 'skill',
    // Unstemmed: Porter folds "consists" into "consistent".
    stem: false,
    aliases: ['consistent', 'consistently', 'reliable quality', 'consistent quality', 'calibrated judgments', 'calibration', 'inter-rater reliability', 'inter-rater agreement', 'inter-annotator agreement'],
    // "consistent with our values" compares; "consistently meeting targets" is about KPIs: neither asks
    // for consistent judgment.
    // "Ensure brand consistency", "consistent and resilient workflows": the plain adjective. The
    // skill is consistent judgment, so some rating or review work must be in reach.
    guards: {
      notFollowedBy: ['with', 'meeting', 'meet', 'meets', 'achieve', 'achieves', 'achieving', 'hit', 'hits', 'hitting', 'exceed', 'exceeds', 'exceeding', 'operational', 'voted', 'ranked'],
      // "logical consistency", "internal consistency", "brand consistency": what an answer or a text
      // must have, which the worker checks, not the worker's steady judgment.
      notPrecededBy: ['logical', 'theoretical', 'internal', 'brand', 'data', 'source', 'temporal', 'factual', 'narrative', 'visual'],
      requireNear: ['rating', 'ratings', 'rate', 'rater', 'raters', 'score', 'scores', 'scoring', 'label', 'labels', 'labeling', 'labelling', 'annotation', 'annotations', 'annotate', 'judgment', 'judgments', 'judgement', 'judgements', 'evaluation', 'evaluations', 'evaluate', 'evaluating', 'review', 'reviews', 'reviewing', 'guidelines', 'guideline', 'task', 'tasks', 'batch', 'batches', 'grading', 'grade', 'feedback', 'accuracy', 'accurate', 'accurately', 'quality', 'work', 'output', 'answers', 'responses', 'decisions', 'rules', 'standards', 'criteria', 'instructions', 'mark', 'marking', 'audit', 'auditor', 'auditors', 'interpret', 'interpreting'],
      window: 10,
      appliesTo: ['consistent', 'consistently', 'Consistency'],
    },
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Score answers consistently across tasks.', 'High inter-rater agreement is expected.', 'Be consistent from one batch to the next.'],
      negative: ['The review team consists of five linguists.', 'Answers vary widely.', 'Pay bands are set in a way consistent with local law.', 'Review answers for clinical accuracy and logical consistency.'],
    },
  },
  {
    id: 'problem-solving', label: 'Problem solving', category: 'skill',
    aliases: ['problem-solving', 'problem solver', 'solve problems', 'solving complex problems', 'troubleshooting', 'troubleshoot'],
    typicalFor: ['software-engineering', 'engineering', 'consulting', 'data-analytics', 'mathematics'],
    examples: {
      positive: ['Creative problem solving.', 'Troubleshooting complex issues.'],
      negative: ['No problems so far.'],
    },
  },
  {
    id: 'time-management', label: 'Time management', category: 'skill',
    aliases: ['manage your time', 'manage time', 'self-directed', 'self-motivated', 'self-starter', 'self starter', 'work independently', 'working independently', 'independent worker', 'meet deadlines', 'meeting deadlines', 'deadline-driven', 'highly organized', 'organizational skills'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Self-motivated and able to work independently.', 'Strong time management and meeting deadlines.'],
      negative: ['Time zones do not matter.'],
    },
  },
  {
    id: 'reading-comprehension', label: 'Reading comprehension', category: 'skill',
    aliases: ['reading skills', 'close reading', 'careful reading', 'read carefully', 'comprehension skills'],
    typicalFor: ['legal', 'writing', 'education', 'humanities'],
    examples: {
      positive: ['Excellent reading comprehension.', 'You read carefully and catch errors.'],
      negative: ['Reading list for new hires.'],
    },
  },
  {
    id: 'grammar', label: 'Grammar & mechanics', category: 'skill',
    aliases: ['grammar', 'grammatical', 'spelling and grammar', 'punctuation', 'syntax', 'usage and mechanics', 'language mechanics'],
    // "judge meaning only (not grammar)" tells the rater to ignore it.
    guards: { notPrecededBy: ['not', 'ignore', 'ignoring', 'regardless', 'disregard'], appliesTo: ['grammar'] },
    typicalFor: ['writing', 'editing-publishing', 'journalism', 'education', 'translation'],
    examples: {
      positive: ['Impeccable grammar and spelling.', 'Strong command of punctuation.'],
      negative: ['Grammy-winning artists.', 'Score the meaning only, not grammar or tone.'],
    },
  },
  {
    id: 'editing', label: 'Editing', category: 'skill',
    aliases: ['edit', 'editing skills', 'line editing', 'substantive editing', 'developmental editing', 'rewriting', 'revision'],
    guards: { notFollowedBy: ['button', 'history', 'mode', 'access', 'rights', 'permission', 'permissions'], appliesTo: ['edit', 'Editing'] },
    typicalFor: ['writing', 'editing-publishing', 'journalism', 'copywriting', 'technical-writing', 'medical-writing'],
    examples: {
      positive: ['Editing and rewriting model answers.', 'Line editing skills.'],
      negative: ['Click the edit button to change your profile.'],
    },
  },
  {
    id: 'copyediting', label: 'Copyediting', category: 'skill',
    aliases: ['copy editing', 'copy-editing', 'copyedit', 'copyeditor'],
    implies: ['editing'],
    typicalFor: ['writing', 'editing-publishing', 'journalism'],
    examples: {
      positive: ['Copyediting experience required.', 'Copy editing to house style.'],
      negative: ['Copy the link and paste it.'],
    },
  },
  {
    id: 'proofreading', label: 'Proofreading', category: 'skill',
    aliases: ['proofreader', 'proofreaders', 'proof reading', 'proof-reading', 'proofread'],
    typicalFor: ['writing', 'editing-publishing', 'translation', 'journalism'],
    examples: {
      positive: ['Proofreading skills are a must.', 'Proofread model answers.'],
      negative: ['Proof of identity is required.'],
    },
  },
  {
    id: 'style-guides', label: 'Style guides', category: 'skill',
    aliases: ['style guide', 'AP style', 'AP Stylebook', 'Chicago Manual of Style', 'Chicago style', 'APA style', 'MLA style', 'house style', 'Bluebook', 'Bluebook citation', 'AMA style'],
    typicalFor: ['writing', 'editing-publishing', 'journalism', 'legal', 'medical-writing', 'academic-research'],
    examples: {
      positive: ['Familiarity with AP style and the Chicago Manual of Style.', 'Bluebook citation format.'],
      negative: ['Dress in any style you like.'],
    },
  },
  {
    id: 'tone-and-style', label: 'Tone, voice & style judgment', category: 'skill',
    aliases: ['tone and style', 'tone of voice', 'voice and tone', 'tone and clarity', 'audience awareness', 'audience fit', 'brand voice'],
    typicalFor: ['writing', 'copywriting', 'marketing', 'journalism'],
    examples: {
      positive: ['Judge tone and style for each audience.', 'Know brand voice and audience fit.'],
      negative: ['A ringtone will sound.'],
    },
  },
  {
    id: 'academic-writing', label: 'Academic writing', category: 'skill', stem: false,
    aliases: ['scholarly writing', 'research writing', 'research paper', 'research papers', 'academic papers', 'peer-reviewed publications', 'peer reviewed publications', 'publications', 'publication record', 'thesis writing', 'dissertation', 'dissertations', 'publication experience', 'publication history', 'publication and peer review', 'publication & peer review'],
    // Being thanked in a paper is a perk, not a writing skill.
    guards: { forbidNear: ['acknowledged', 'acknowledgement', 'acknowledgment', 'credited', 'thanked'], window: 4, appliesTo: ['research paper', 'research papers', 'academic papers', 'publications'] },
    typicalFor: ['academic-research', 'higher-education', 'biology', 'chemistry', 'physics', 'psychology', 'social-sciences', 'humanities'],
    examples: {
      positive: ['Peer-reviewed publications in your field.', 'Strong academic writing.', 'Publication and peer review experience in economics.'],
      negative: ['Publish your profile to start.', 'Public health professionals welcome.', 'Contributors may be credited in research papers that use the data.'],
    },
  },
  {
    id: 'peer-review', label: 'Peer review', category: 'skill',
    aliases: ['peer reviewer', 'journal reviewer', 'manuscript review', 'reviewing manuscripts', 'referee reports'],
    // Engineers' "peer reviews and testing" are code reviews.
    guards: { forbidNear: ['code', 'coding', 'testing', 'pull', 'engineering', 'software', 'deploy', 'deployment'], window: 4, appliesTo: ['Peer review'] },
    typicalFor: ['academic-research', 'biology', 'chemistry', 'physics', 'medicine'],
    examples: {
      positive: ['Experience with peer review for journals.', 'Manuscript review for scientific papers.'],
      negative: ['Peers will welcome you on Slack.', 'Join code peer reviews and testing with the team.'],
    },
  },
  {
    id: 'literature-review', label: 'Literature review', category: 'skill',
    aliases: ['literature reviews', 'literature search', 'systematic review', 'systematic reviews', 'meta-analysis', 'scoping review'],
    typicalFor: ['academic-research', 'healthcare', 'public-health', 'psychology', 'medical-writing'],
    examples: {
      positive: ['Experience with systematic reviews and meta-analysis.', 'Literature search skills.'],
      negative: ['Literature majors welcome.'],
    },
  },
  {
    id: 'experimental-design', label: 'Experimental design', category: 'skill', stem: false,
    aliases: ['experiment design', 'study design', 'research design', 'A/B testing', 'A/B tests', 'hypothesis testing', 'randomized controlled trials', 'randomized controlled trial', 'RCT', 'RCTs', 'designing experiments'],
    typicalFor: ['academic-research', 'data-science', 'psychology', 'biology', 'statistics'],
    examples: {
      positive: ['Experience with A/B testing and hypothesis testing.', 'Study design for clinical questions.'],
      negative: ['Designed for busy people.'],
    },
  },
  {
    id: 'qualitative-research', label: 'Qualitative research', category: 'skill',
    aliases: ['qualitative methods', 'qualitative analysis', 'interviews and coding', 'thematic analysis', 'ethnography', 'focus groups'],
    typicalFor: ['social-sciences', 'psychology', 'ux-design', 'market-research'],
    examples: {
      positive: ['Qualitative methods and thematic analysis.', 'Run focus groups.'],
      negative: ['Quality is our top value.'],
    },
  },
  {
    id: 'survey-design', label: 'Survey design', category: 'skill',
    aliases: ['questionnaire design', 'survey methodology', 'survey research'],
    typicalFor: ['market-research', 'social-sciences', 'psychology', 'public-health'],
    examples: {
      positive: ['Questionnaire design and survey methodology.', 'Survey research background.'],
      negative: ['Take our short survey.'],
    },
  },
  {
    id: 'data-analysis', label: 'Data analysis', category: 'skill',
    aliases: ['analyze data', 'analyzing data', 'analyse data', 'data interpretation', 'interpreting data', 'chart interpretation', 'exploratory data analysis', 'EDA', 'data-driven'],
    typicalFor: ['data-analytics', 'data-science', 'finance', 'business', 'academic-research', 'market-research', 'economics'],
    examples: {
      positive: ['Data analysis in SQL and Python.', 'Chart interpretation and summaries.'],
      negative: ['We protect your personal data.'],
    },
  },
  {
    id: 'statistical-analysis', label: 'Statistical analysis', category: 'skill',
    aliases: ['statistical methods', 'regression analysis', 'regression', 'inferential statistics', 'descriptive statistics', 'statistical inference', 'time series analysis', 'biostatistical analysis'],
    // Software regressions: "catching regressions", "regression tests".
    guards: { notFollowedBy: ['testing', 'tests', 'test', 'suite', 'suites', 'bugs', 'bug', 'coverage', 'failures'], notPrecededBy: ['catch', 'catching', 'prevent', 'preventing', 'avoid', 'avoiding', 'detect', 'detecting', 'introducing', 'performance', 'functional', 'smoke', 'sanity', 'exploratory', 'unit', 'integration', 'manual', 'automated'], appliesTo: ['regression'] },
    typicalFor: ['statistics', 'data-science', 'economics', 'psychology', 'public-health', 'academic-research'],
    examples: {
      positive: ['Statistical analysis with R or Stata.', 'Regression analysis and statistical inference.'],
      negative: ['State your availability.', 'Keep regression coverage high on each release.', 'Perform exploratory, smoke, regression, and sanity testing.'],
    },
  },
  {
    id: 'data-visualization', label: 'Data visualization', category: 'skill',
    aliases: ['data visualisation', 'building dashboards', 'dashboard design', 'charts and graphs', 'data storytelling', 'data visualizations'],
    typicalFor: ['data-analytics', 'data-science', 'business', 'finance'],
    examples: {
      positive: ['Build dashboards and data visualization.', 'Data storytelling for executives.'],
      negative: ['Visit our dashboard after login.'],
    },
  },
  {
    id: 'spreadsheets', label: 'Spreadsheet skills', category: 'skill',
    aliases: ['spreadsheet', 'spreadsheets', 'spreadsheet modeling', 'spreadsheet logic', 'spreadsheet review', 'pivot tables', 'pivot table', 'VLOOKUP', 'XLOOKUP', 'INDEX MATCH', 'spreadsheet formulas', 'advanced formulas'],
    typicalFor: ['finance', 'accounting', 'business', 'data-analytics', 'operations', 'consulting'],
    examples: {
      positive: ['Advanced spreadsheet skills with pivot tables.', 'Comfortable with VLOOKUP and formulas.'],
      negative: ['Fill in the form below.'],
    },
  },
  {
    id: 'machine-learning-skills', label: 'ML fundamentals', category: 'skill',
    aliases: ['feature engineering', 'model evaluation metrics', 'hyperparameter tuning', 'fine-tuning', 'precision and recall', 'transformers architecture'],
    typicalFor: ['machine-learning', 'data-science', 'software-engineering'],
    examples: {
      positive: ['Feature engineering and hyperparameter tuning.', 'Understand precision and recall.'],
      negative: ['Training is provided for new raters.'],
    },
  },
  // ── Finance & accounting skills ──────────────────────────────────────────────────────────
  {
    id: 'financial-modeling', label: 'Financial modeling', category: 'skill',
    aliases: ['financial modelling', 'financial models', 'financial model', 'three-statement model', 'three-statement models', 'DCF model', 'LBO model', 'scenario analysis', 'sensitivity analysis'],
    typicalFor: ['finance', 'fp-and-a', 'investment-banking', 'private-equity', 'corporate-finance', 'investment-management', 'consulting'],
    examples: {
      positive: ['Financial modeling in Excel.', 'Built three-statement models and DCF models.'],
      negative: ['Language models make mistakes.'],
    },
  },
  {
    id: 'valuation', label: 'Valuation', category: 'skill',
    aliases: ['valuations', 'DCF', 'discounted cash flow', 'comparable companies', 'comps analysis', 'business valuation', 'precedent transactions'],
    // "Our last valuation was $11B", "backed by a $17.3 billion valuation": the employer's funding news.
    guards: { forbidNear: ['billion', 'bn', 'raised', 'raise', 'funding', 'funded', 'backed', 'investors', 'unicorn', 'series'], window: 6, appliesTo: ['Valuation', 'valuations'] },
    typicalFor: ['finance', 'investment-banking', 'private-equity', 'investment-management', 'corporate-finance'],
    examples: {
      positive: ['Valuation work using DCF and comps analysis.', 'Business valuation experience.'],
      negative: ['We value your time.', 'We raised $200M at a $3 billion valuation.'],
    },
  },
  {
    id: 'budgeting-forecasting', label: 'Budgeting & forecasting', category: 'skill',
    aliases: ['budgeting', 'forecasting', 'financial forecasting', 'budget variance', 'variance analysis', 'cash flow forecasting'],
    // "a learning & development budget" is a benefit (the stem makes "budget" match).
    guards: { notPrecededBy: ['development', 'learning', 'training', 'education', 'educational', 'travel', 'equipment', 'wellness', 'wellbeing', 'home', 'office', 'conference', 'book', 'books'], appliesTo: ['budgeting'] },
    typicalFor: ['finance', 'fp-and-a', 'accounting', 'business', 'operations'],
    examples: {
      positive: ['Budgeting and forecasting experience.', 'Variance analysis for monthly reports.'],
      negative: ['Weather apps are not needed.'],
    },
  },
  {
    id: 'financial-statement-analysis', label: 'Financial statement analysis', category: 'skill',
    aliases: ['financial statement analysis', 'ratio analysis', 'balance sheet analysis', 'reading financial statements', 'income statement', 'balance sheet', 'cash flow statement'],
    typicalFor: ['finance', 'accounting', 'investment-management', 'banking'],
    examples: {
      positive: ['Ratio analysis and reading financial statements.', 'Explain a cash flow statement.'],
      negative: ['Mission statement of our company.'],
    },
  },
  {
    id: 'reconciliation', label: 'Reconciliation', category: 'skill',
    aliases: ['account reconciliation', 'bank reconciliation', 'reconciliations', 'reconcile accounts', 'journal entries', 'accruals'],
    typicalFor: ['accounting', 'bookkeeping', 'audit', 'finance'],
    examples: {
      positive: ['Bank reconciliation and journal entries.', 'Monthly account reconciliations.'],
      negative: ['Reconnect to the VPN.'],
    },
  },
  // ── Legal skills ─────────────────────────────────────────────────────────────────────────
  {
    id: 'legal-research', label: 'Legal research', category: 'skill',
    aliases: ['legal researcher', 'legal researchers', 'case law', 'case law research', 'statutory research', 'statutory interpretation', 'legal analysis', 'jurisdiction-aware', 'precedent research'],
    typicalFor: ['legal', 'litigation', 'paralegal', 'compliance', 'regulatory-affairs'],
    examples: {
      positive: ['Legal research using case law.', 'Statutory interpretation and legal analysis.'],
      negative: ['Research scientists welcome.'],
    },
  },
  {
    id: 'legal-writing', label: 'Legal writing', category: 'skill',
    aliases: ['legal drafting', 'brief writing', 'legal memos', 'legal memoranda', 'drafting motions', 'memo writing', 'drafting pleadings'],
    typicalFor: ['legal', 'litigation', 'paralegal', 'contract-law'],
    examples: {
      positive: ['Legal writing and drafting motions.', 'Experience writing legal memos.'],
      negative: ['Writing samples are optional.'],
    },
  },
  // ── Healthcare skills ────────────────────────────────────────────────────────────────────
  {
    id: 'medical-terminology', label: 'Medical terminology', category: 'skill',
    aliases: ['clinical terminology', 'medical vocabulary', 'anatomy and physiology', 'pathophysiology'],
    typicalFor: ['healthcare', 'medicine', 'nursing', 'pharmacy', 'medical-writing', 'medical-coding'],
    examples: {
      positive: ['Strong medical terminology knowledge.', 'Understanding of anatomy and physiology.'],
      negative: ['Terms and conditions apply.'],
    },
  },
  {
    id: 'patient-education', label: 'Patient education', category: 'skill',
    aliases: ['patient education materials', 'health literacy', 'patient communication', 'patient counseling', 'discharge instructions'],
    typicalFor: ['healthcare', 'nursing', 'pharmacy', 'medicine'],
    examples: {
      positive: ['Patient education and health literacy.', 'Writing discharge instructions.'],
      negative: ['Be patient while we review applications.'],
    },
  },
  {
    id: 'clinical-documentation', label: 'Clinical documentation', category: 'skill',
    aliases: ['clinical charting', 'clinical notes', 'SOAP notes', 'medical documentation', 'medical records', 'clinical reasoning', 'differential diagnosis', 'triage'],
    typicalFor: ['healthcare', 'medicine', 'nursing', 'clinical-practice'],
    examples: {
      positive: ['Writing SOAP notes and clinical documentation.', 'Differential diagnosis and clinical reasoning.'],
      negative: ['Documentation for the API is online.'],
    },
  },
  {
    id: 'evidence-based-practice', label: 'Evidence-based practice', category: 'skill',
    aliases: ['evidence-based medicine', 'EBM', 'clinical guidelines', 'clinical practice guidelines', 'evidence-based practice guidelines'],
    typicalFor: ['medicine', 'nursing', 'pharmacy', 'public-health', 'healthcare'],
    examples: {
      positive: ['Knowledge of evidence-based medicine and clinical guidelines.', 'Evidence-based practice in nursing.'],
      negative: ['Practice tasks are unpaid.'],
    },
  },
  // ── Education skills ─────────────────────────────────────────────────────────────────────
  {
    id: 'assessment-grading', label: 'Assessment & grading', category: 'skill', stem: false,
    aliases: ['grading', 'grader', 'graders', 'assessment design', 'student assessment', 'student assessments', 'formative assessment', 'summative assessment', 'grading essays', 'grading papers', 'exam marking', 'student feedback'],
    typicalFor: ['education', 'teaching', 'higher-education', 'tutoring', 'k-12'],
    examples: {
      positive: ['Grading essays and giving student feedback.', 'Experience with formative assessment.'],
      negative: ['Upgrade your plan for more tasks.', 'Grades of A, B, or C are not used.'],
    },
  },
  {
    id: 'lesson-planning', label: 'Lesson planning', category: 'skill',
    aliases: ['lesson plan', 'unit planning', 'differentiated instruction', 'classroom management', 'scaffolding'],
    typicalFor: ['teaching', 'k-12', 'education', 'special-education'],
    examples: {
      positive: ['Lesson plan writing and differentiated instruction.', 'Classroom management skills.'],
      negative: ['Plan your time carefully.'],
    },
  },
  {
    id: 'explaining-concepts', label: 'Explaining concepts clearly', category: 'skill',
    aliases: ['explain concepts', 'explaining complex concepts', 'explain complex topics', 'explain technical concepts', 'simplify complex', 'break down complex', 'explain complex concepts', 'explain difficult concepts', 'explain complex ideas', 'explaining concepts'],
    typicalFor: ['education', 'tutoring', 'teaching', 'higher-education', 'technical-writing'],
    examples: {
      positive: ['Ability to explain complex topics to beginners.', 'Explain concepts clearly and simply.', 'Can explain difficult concepts to new learners.'],
      negative: ['Complex pay structures are avoided.'],
    },
  },
  // ── Software skills ──────────────────────────────────────────────────────────────────────
  {
    id: 'code-review', label: 'Code review', category: 'skill',
    aliases: ['code reviews', 'reviewing code', 'review code', 'pull request review', 'PR review', 'code quality'],
    typicalFor: ['software-engineering', 'frontend', 'backend', 'full-stack', 'devops'],
    examples: {
      positive: ['Code review experience in Python.', 'Reviewing code for correctness.'],
      negative: ['Review the code of conduct.'],
    },
  },
  {
    id: 'debugging', label: 'Debugging', category: 'skill',
    aliases: ['debug', 'debugger', 'find bugs', 'finding bugs', 'fix bugs', 'fixing bugs', 'root cause analysis', 'edge cases'],
    // "Edge cases" is everyday rater vocabulary (tricky prompts, policy grey zones), and "root cause
    // analysis" is also done on control failures and incidents; either is debugging only next to code.
    guards: {
      requireNear: ['code', 'coding', 'codebase', 'software', 'bug', 'bugs', 'debug', 'debugging', 'function', 'functions', 'program', 'programs', 'programming', 'algorithm', 'algorithms', 'implementation', 'compiler', 'api', 'runtime', 'exception', 'exceptions', 'python', 'javascript', 'java', 'typescript', 'sql', 'coverage', 'unit'],
      window: 6,
      appliesTo: ['edge cases', 'root cause analysis'],
    },
    typicalFor: ['software-engineering', 'frontend', 'backend', 'qa-testing', 'embedded-systems'],
    examples: {
      positive: ['Debugging model-written code.', 'Find bugs and edge cases.', 'Check that the function handles edge cases in Python.'],
      negative: ['Bugs in the garden.', 'Flag edge cases where the safety policy is unclear.', 'Spot subtle errors, edge cases and weak reasoning in answers.'],
    },
  },
  {
    id: 'algorithms', label: 'Data structures & algorithms', category: 'skill',
    aliases: ['data structures', 'algorithm', 'data structures and algorithms', 'DSA', 'algorithmic problem solving', 'competitive programming', 'LeetCode', 'big-O', 'time complexity'],
    typicalFor: ['software-engineering', 'computer-science', 'backend'],
    examples: {
      positive: ['Strong data structures and algorithms.', 'Competitive programming or LeetCode experience.'],
      negative: ['Our structure is flat.'],
    },
  },
  {
    id: 'software-testing', label: 'Unit testing & test writing', category: 'skill',
    aliases: ['unit testing', 'unit tests', 'integration tests', 'integration testing', 'test-driven development', 'TDD', 'test cases', 'writing tests'],
    typicalFor: ['software-engineering', 'qa-testing', 'backend', 'frontend'],
    examples: {
      positive: ['Write unit tests and integration tests.', 'Test-driven development experience.'],
      negative: ['Pass the test to unlock tasks.'],
    },
  },
  {
    id: 'system-design', label: 'System design', category: 'skill',
    // Not "scalability": stemmed, it finds every "scalable data pipeline" a company describes.
    // Unstemmed: Porter makes a power "distribution system" a "distributed system", and "systems designed to" a "system design".
    stem: false,
    aliases: ['system designs', 'systems design', 'software architecture', 'software architectures', 'distributed system', 'distributed systems', 'design patterns'],
    typicalFor: ['software-engineering', 'backend', 'cloud-computing', 'devops'],
    examples: {
      positive: ['System design and distributed systems.', 'Software architecture experience.'],
      negative: ['We build scalable data pipelines for retailers.', 'Task design is done by our team.', 'Maintain the power distribution system.', 'Quality systems designed to meet regulations.'],
    },
  },
  {
    id: 'api-development', label: 'APIs & integrations', category: 'skill',
    // Capitals only: Porter folds Lithuanian "apie" (about) into "api".
    aliases: ['REST API', 'REST APIs', 'RESTful', 'API integration', 'API design', 'web services', 'webhooks'],
    caseSensitive: ['API', 'APIs'],
    // "Amazon Web Services" is a cloud, not an API skill.
    guards: { notPrecededBy: ['amazon'], appliesTo: ['web services'] },
    typicalFor: ['software-engineering', 'backend', 'full-stack', 'web-development'],
    examples: {
      positive: ['Build REST APIs and webhooks.', 'Experience with API integration.'],
      negative: ['Apply in the app.', 'Daugiau informacijos apie projektą.'],
    },
  },
  {
    id: 'scripting', label: 'Scripting & automation', category: 'skill',
    aliases: ['shell scripting', 'bash scripting', 'automation scripts', 'scripting languages', 'task automation', 'workflow automation'],
    typicalFor: ['software-engineering', 'devops', 'data-analytics', 'it-support'],
    examples: {
      positive: ['Shell scripting and workflow automation.', 'Scripting languages like Python.'],
      negative: ['Movie script writers.'],
    },
  },
  // ── Business skills ──────────────────────────────────────────────────────────────────────
  {
    id: 'competitive-analysis', label: 'Competitive analysis', category: 'skill',
    aliases: ['competitor analysis', 'competitive landscape', 'industry analysis', 'SWOT analysis', 'benchmarking competitors'],
    typicalFor: ['business', 'consulting', 'market-research', 'marketing', 'product-management'],
    examples: {
      positive: ['Competitive analysis and SWOT analysis.', 'Map the competitive landscape.'],
      negative: ['Competitive pay and flexible hours.'],
    },
  },
  {
    id: 'case-analysis', label: 'Case analysis & problem structuring', category: 'skill',
    aliases: ['case analysis', 'case interviews', 'structuring problems', 'problem structuring', 'hypothesis-driven', 'MECE', 'executive summaries', 'slide decks'],
    typicalFor: ['consulting', 'business', 'business-strategy'],
    examples: {
      positive: ['Case analysis and problem structuring.', 'Write MECE executive summaries.'],
      negative: ['In case of issues, email us.'],
    },
  },
  {
    id: 'business-writing', label: 'Business writing', category: 'skill',
    aliases: ['business communication', 'report writing', 'memo drafting', 'proposal writing', 'RFP responses', 'grant writing', 'grant proposals'],
    typicalFor: ['business', 'consulting', 'nonprofit', 'government-policy', 'marketing'],
    examples: {
      positive: ['Business writing and report writing.', 'Grant writing experience.'],
      negative: ['Business days only.'],
    },
  },
  {
    id: 'stakeholder-management', label: 'Stakeholder management', category: 'skill',
    aliases: ['stakeholder communication', 'cross-functional collaboration', 'cross-functional', 'client management', 'client-facing'],
    typicalFor: ['project-management', 'product-management', 'consulting', 'business'],
    examples: {
      positive: ['Stakeholder management and cross-functional collaboration.', 'Client-facing experience.'],
      negative: ['Stakes are low for practice tasks.'],
    },
  },
  {
    id: 'agile', label: 'Agile & Scrum', category: 'skill',
    aliases: ['Scrum', 'Kanban', 'agile methodology', 'agile methodologies', 'sprint planning'],
    caseSensitive: ['Agile'],
    guards: { notFollowedBy: ['and', 'mind', 'learner'], appliesTo: ['Agile'] },
    typicalFor: ['software-engineering', 'project-management', 'product-management'],
    examples: {
      positive: ['Work in Agile teams using Scrum.', 'Sprint planning and Kanban boards.'],
      negative: ['Be agile and adapt quickly.'],
    },
  },
  {
    id: 'seo-skills', label: 'Keyword research', category: 'skill',
    aliases: ['keyword research', 'on-page SEO', 'technical SEO', 'link building', 'search intent'],
    typicalFor: ['marketing', 'digital-marketing', 'content-strategy', 'copywriting'],
    examples: {
      positive: ['Keyword research and on-page SEO.', 'Understand search intent.'],
      negative: ['Search for roles by keyword.'],
    },
  },
  // ── Other evaluator-relevant skills ──────────────────────────────────────────────────────
  {
    id: 'typing-speed', label: 'Typing speed', category: 'skill',
    aliases: ['fast typing', 'typing skills', 'touch typing', 'WPM', 'words per minute', 'keyboarding', 'typewriting'],
    typicalFor: ['writing', 'customer-support'],
    examples: {
      positive: ['Typing speed of 60 WPM.', 'Fast typing and accuracy.'],
      negative: ['Type of work: remote.'],
    },
  },
  {
    id: 'cultural-competence', label: 'Cultural & regional knowledge', category: 'skill',
    aliases: ['cultural awareness', 'cultural competence', 'cultural competency', 'cultural nuance', 'cultural context', 'local knowledge', 'regional knowledge', 'locale knowledge'],
    typicalFor: ['translation', 'linguistics', 'marketing'],
    examples: {
      positive: ['Cultural nuance in your native market.', 'Local knowledge of your region.'],
      negative: ['Culture of our company.'],
    },
  },
  {
    id: 'ai-literacy', label: 'Familiarity with AI tools', category: 'skill',
    aliases: ['AI literacy', 'familiarity with AI', 'comfort with AI tools', 'AI tools', 'AI-powered tools', 'chatbots'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Familiarity with AI tools and chatbots.', 'Comfort with AI tools is helpful.'],
      negative: ['No prior experience is needed.'],
    },
  },
  {
    id: 'adaptability', label: 'Adaptability', category: 'skill', stem: false,
    aliases: ['adaptable', 'adaptive', 'flexible mindset', 'changing guidelines', 'fast-paced environment', 'fast learner', 'quick learner', 'learn quickly', 'comfortable with ambiguity', 'ambiguity'],
    typicalFor: ALL_EXPERT,
    examples: {
      positive: ['Adaptable to changing guidelines.', 'A quick learner comfortable with ambiguity.'],
      negative: ['Adapters for power plugs.'],
    },
  },
  {
    id: 'ethical-judgment', label: 'Ethical judgment & confidentiality', category: 'skill', stem: false,
    aliases: ['confidentiality', 'confidential information', 'discretion', 'integrity', 'ethical judgment', 'handle sensitive content', 'handling sensitive content', 'sensitive content', 'professional ethics'],
    // "Data integrity" is a property of records, not of the person; so are "model integrity",
    // "platform integrity" and "the integrity of the reports".
    guards: {
      notPrecededBy: ['data', 'referential', 'signal', 'structural', 'system', 'systems', 'file', 'database', 'message', 'transactional', 'model', 'brand', 'platform', 'content', 'scientific', 'payment', 'claims', 'account', 'election', 'market', 'the', 'its', 'their'],
      notFollowedBy: ['of'],
      forbidNear: ['database', 'databases', 'pipeline', 'pipelines', 'schema', 'records', 'dataset', 'datasets'],
      window: 5,
      appliesTo: ['integrity'],
    },
    typicalFor: ['legal', 'healthcare', 'mental-health', 'finance'],
    examples: {
      positive: ['Maintain confidentiality at all times.', 'Able to handle sensitive content.', 'You act with integrity and discretion.'],
      negative: ['Integration tests run nightly.', 'Ensure data integrity across the warehouse.', 'Safeguard model integrity and manage rollbacks.', 'This may compromise the integrity of the reports.'],
    },
  },
];
