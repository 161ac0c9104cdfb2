// Counter-signals in who the job is for: building models, engineering, sales and staff titles,
// research, teaching, managing annotators, clinical trials and care.
import type { EvaluatorSignalInput } from './schema.ts';

export const counterRolesSignals: EvaluatorSignalInput[] = [
  {
    id: 'ml-engineering',
    label: 'Building or deploying ML systems (engineering, not evaluation)',
    weight: -4,
    kind: 'phrase',
    // Unstemmed: the phrases are names of tools and methods, read as written. Not "publications":
    // AI-training platforms' expert programmes invite their PhDs to co-author them too.
    stem: false,
    phrases: ['deploy models', 'deploying models', 'deployed models', 'deploy to production', 'production systems', 'retrieval pipelines', 'RAG pipelines', 'LLM-powered', 'LLM applications', 'build LLM', 'deploying models', 'model deployment', 'production ML', 'production machine learning', 'MLOps', 'ML pipelines', 'machine learning pipelines', 'data pipelines', 'training pipelines', 'inference', 'model architecture', 'model architectures', 'distributed training', 'feature engineering', 'PyTorch', 'TensorFlow', 'JAX', 'Kubernetes', 'microservices', 'CI/CD', 'scalable systems', 'build machine learning models', 'develop machine learning models', 'design and implement', 'backend services', 'ETL', 'Spark', 'Airflow', 'model training infrastructure', 'fine-tuning pipelines', 'recommendation systems', 'computer vision models', 'speech recognition models', 'A/B testing', 'statistical modeling', 'predictive models', 'deep learning frameworks', 'research papers', 'AI engineers', 'ML engineers', 'machine learning engineers', 'agent orchestration', 'ship to production',
      // The frameworks LLM applications and agents are built with ("hands-on experience with LangChain",
      // "orchestrating AI agents (LangChain, AutoGen, Semantic Kernel)"): 24 other postings across the
      // labelled sets, one rater's, as a plus beside MLOps.
      'LangChain', 'LlamaIndex', 'AutoGen', 'Semantic Kernel', 'CrewAI', 'LangGraph',
      // How model researchers name the training methods they build, where raters say "rank responses".
      'preference optimization', 'preference optimisation', 'DPO', 'distillation', 'reward modeling', 'reward modelling', 'post-training pipeline', 'post-training pipelines', 'post-training stack',
      // The test rigs ML engineers build to score models automatically: 9 labelled postings, all engineers' or researchers'.
      'eval harness', 'eval harnesses', 'evaluation harness', 'evaluation harnesses',
      // "Experience with training large models (e.g., supervised fine-tuning, RLHF)": the engineer runs the training.
      'training large models', 'training large language models', 'large-scale training', 'pre-training', 'pretraining',
      // The machines and the training loop an engineer works on: "GPU utilization", "multi-GPU", "a
      // reinforcement learning pipeline for our language models" (GPUs: 22 engineers' postings across
      // the labelled sets, 2 raters' (ML experts the platform asks to advise on GPU optimization)).
      'GPU', 'GPUs', 'reinforcement learning pipeline', 'reinforcement learning pipelines', 'RL pipeline', 'RL pipelines'],
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
      // Google's "Engineering Analyst, Trust and Safety": an analyst who builds detection and LLM labelling at scale.
      'engineering analyst', 'engineering analysts',
      // "ML Lead, AI Data Labeling": the machine-learning lead of a labelling business.
      'ML lead',
      'machine learning engineer', 'ML engineer', 'AI engineer', 'data scientist', 'research scientist', 'applied scientist', 'research engineer', 'data engineer', 'MLOps', 'software engineer', 'software developer', 'product manager', 'solutions architect', 'engineering manager', 'solution architect', 'AI architect', 'GenAI architect', 'LLM architect', 'ML architect', 'data architect', 'cloud architect', 'software architect', 'technical architect', 'enterprise architect', 'platform engineer', 'backend engineer', 'full stack', 'devops', 'analytics engineer', 'data science', 'principal scientist', 'head of', 'director', 'engineers', 'founding engineer', 'UI engineer', 'frontend engineer', 'front-end engineer', 'mobile engineer', 'QA engineer', 'web developer', 'conversation designer', 'product designer', 'UX designer', 'content designer', 'UX writer', 'evaluation engineer', 'evals engineer', 'member of technical staff', 'scientist', 'scientists', 'researcher', 'researchers', 'postdoctoral', 'post-doctoral', 'postdoc', 'postdocs',
      // Gig titles that name the build ("LLM Fine Tuning and Vector DB for …", "Custom LLM Development for Law Firms").
      'fine-tuning', 'fine tuning', 'finetuning', 'vector DB', 'vector database', 'retrieval', 'deployment', 'orchestration', 'web app', 'web-app', 'LLM development', 'chatbot development', 'app development',
      // The same titles in other languages ("Desarrolladores Python/IA", "Engenheiro LLM", "NLP算法工程师"):
      // 55 labelled postings carry one, none of them a rater's.
      'desarrollador', 'desarrolladora', 'desarrolladores', 'desarrolladoras', 'desenvolvedor', 'desenvolvedora', 'desenvolvedores', 'développeur', 'développeuse', 'développeurs', 'Entwickler', 'Entwicklerin', 'Softwareentwickler', 'Softwareentwicklerin', 'sviluppatore', 'sviluppatrice', 'programador', 'programadora', 'ingeniero', 'ingeniera', 'engenheiro', 'engenheira', 'ingénieur', 'ingénieure', 'Ingenieur', 'Ingenieurin', 'ingegnere', 'científico de datos', 'cientista de dados', '工程师', 'エンジニア', '개발자'],
    caseSensitive: ['RAG'],
    examples: { positive: ['Engineering Analyst, Trust and Safety, Search', 'Senior Machine Learning Engineer', 'Postdoctoral Research Associate - AI for Science', 'AI Conversation Designer, Support', 'LLM Fine Tuning and Vector DB for a Legal Assistant', 'RAG Chatbot for a Dental Clinic', 'GenAI Architect', 'Desarrolladores Python/IA', 'NLP算法工程师'], negative: ['AI Trainer - Physics', 'Retrieval Quality Rater (Contract)', 'Evaluador de respuestas de IA'] },
  },
  {
    // Prompt engineers write and test prompts for their employer's own product ("develop and
    // optimize AI prompts to generate content for advertising campaigns"), which reads like rater
    // work sentence by sentence. Across the labelled sets 14 postings under such a title are not
    // rater work; the one that is comes from an AI-training platform, where it is a contributor's title.
    id: 'prompt-engineer-title',
    label: 'Prompt engineering title',
    weight: -6,
    scope: 'title',
    kind: 'phrase',
    phrases: ['prompt engineer', 'prompt engineers', 'prompt engineering'],
    unlessEmployer: 'ai-training-vendor',
    examples: { positive: ['Freelance AI Prompt Engineer @ Ayzenberg', 'Prompt Engineering Specialist for Product Recommendations @ Acme Retail'], negative: ['Prompt Engineer | $15/hr Remote @ Crossing Hurdles', 'Prompt Writer (AI Training) @ Acme Retail'] },
  },
  {
    // Selling or fitting an AI product to customers is not rating its output, however often the
    // posting says "generative AI".
    id: 'sales-title',
    label: 'Sales or solutions title',
    weight: -4,
    scope: 'title',
    kind: 'phrase',
    // Unstemmed: Porter makes "Accounting Manager" an "account manager".
    stem: false,
    phrases: ['solutions consultant', 'solutions consultants', 'solution consultant', 'solutions engineer', 'solutions engineers', 'sales engineer', 'sales engineers', 'account executive', 'account executives', 'account manager', 'account managers', 'customer success', 'pre-sales', 'presales', 'business development', 'sales manager', 'sales managers', 'sales representative', 'sales representatives', 'sales executive', 'sales executives', 'sales development'],
    examples: { positive: ['Sr. AI Solutions Consultant (Remote)', 'Enterprise Account Executive, GenAI', 'Key Account Managers (m/w/d)', 'Sales Executive AI Solutions (Data Labelling & AI Services)', 'Sales Development Executive (AI & Data Services)'], negative: ['AI Trainer - Sales Tax Expert', 'Accounting Manager'] },
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
    phrases: ['recruiter', 'recruiters', 'recruiting', 'talent acquisition', 'talent operations', 'talent partner', 'sourcer', 'people operations', 'people partner', 'human resources', 'executive assistant', 'office manager', 'support specialist', 'customer support', 'technical support', 'help desk', 'onboarding specialist', 'marketing', 'growth', 'communications', 'comms', 'public relations', 'security', 'legal counsel', 'general counsel', 'counsel', 'payroll', 'business operations', 'operations associate', 'IT support', 'community manager', 'community support',
      // Strategists plan content, go-to-market or conversation design ("AI Content Strategist"): staff work.
      'strategist', 'strategists',
      // Software testers and QA engineers test an application, AI or not ("AI Functional Tester"). Not a
      // bare "QA" or "tester": "QA Annotator" and "Chatbot Tester" are raters' titles.
      'software tester', 'software testers', 'functional tester', 'functional testers', 'QA tester', 'QA testers', 'manual tester', 'automation tester', 'localization tester', 'test engineer', 'test engineers', 'QA engineer', 'QA engineers', 'QA analyst', 'QA analysts', 'QA automation', 'SDET', 'quality assurance engineer', 'quality assurance analyst',
      // Creators and editors make content with AI tools for a brand ("AI Generative Content Creator",
      // "AI Cinematic Video Editor"), not data for a model.
      'content creator', 'content creators', 'video creator', 'video creators', 'video editor', 'video editors', 'AI artist', 'AI artists',
      // "Gen AI Data Analyst": an analyst who works on data with AI, not a rater (the "AI data" of a rater title).
      'AI data analyst', 'AI data analysts', 'AI data scientist', 'AI data scientists', 'AI data engineer', 'AI data engineers'],
    // "Annotation QA Analyst": the quality reviewer of labelled data is an annotator's role, as "QA Annotator" is.
    phraseGuards: { notPrecededBy: ['annotation', 'annotations', 'labeling', 'labelling', 'rating'], appliesTo: ['QA analyst', 'QA analysts', 'QA tester', 'QA testers'] },
    examples: { positive: ['AI Artist', 'Technical Recruiter', 'AI Trainer Onboarding and Support Specialist', 'Legal Counsel', 'Gen AI Data Analyst (Hybrid)', 'Social Comms', 'AI Content Strategist', 'AI Functional Tester', 'Mid/Senior AI Cinematic Video Editor'], negative: ['Annotations QA Analyst, Content Platform', 'Legal Expert - AI Trainer', 'Finance Expert', 'AI Data Specialist - German', 'Online Data Analyst', 'Chatbot Tester (Freelance)', 'Portuguese QA Annotator'] },
  },
  {
    id: 'research-role',
    label: 'Leading research (not rating)',
    weight: -3,
    kind: 'phrase',
    // "Own the research and technical direction": the lead sets it, raters follow guidelines.
    phrases: ['lead research', 'research agenda', 'research directions', 'technical direction', 'publication record', 'first-author', 'first author publications', 'NeurIPS', 'ICML', 'ICLR', 'novel architectures', 'novel methods', 'state of the art research', 'novel techniques', 'publishing papers', 'publish papers', 'research community'],
    examples: { positive: ['Lead research on new reward model architectures and publish at NeurIPS.', 'You will own the research and technical direction for automated red teaming.'], negative: ['Rate chatbot answers about physics; a PhD is a plus.'] },
  },
  {
    id: 'teaching-people',
    label: 'Teaching or training people',
    weight: -4,
    kind: 'phrase',
    // As written: stemmed, "learners" took "a quick learner", a trait every kind of posting asks for.
    stem: false,
    // Not "participants": data platforms recruit study participants, and Porter folds it into "participate".
    // Not bare "students": AI-rating calls invite "scholars, students and community members" too.
    // Not bare "parents": they invite "stay-at-home parents", and Porter makes it the "parent company".
    phrases: ['your students', 'teach students', 'teaching students', 'tutor students', 'tutoring students', 'student learning', 'students learning', 'student success', 'student outcomes', 'students learn', 'student responses', 'student work', 'student essays', 'student writing', 'student answers', 'student progress', 'classroom', 'classrooms', 'lesson plan', 'lesson plans', 'lesson planning', 'learners', 'pupil', 'pupils', 'instructor', 'instructors', 'instructor-led', 'curriculum', 'curricula', 'training session', 'training sessions', 'training provider', 'workforce training', 'training and enablement', 'lead workshops', 'facilitate workshops', 'facilitating workshops', 'apprentices', 'apprenticeship programme', 'apprenticeship programmes', 'apprenticeship program', 'apprenticeship programs', 'on-demand training', 'facilitate training', 'learn to use', 'training on AI tools', 'training on generative AI tools', 'deliver training', 'delivers training', 'delivering training', 'deliver trainings', 'delivering trainings', 'deliver courses', 'delivering courses', 'course delivery', 'workshop', 'workshops', 'trainee', 'trainees', 'parent conferences', 'parent-teacher', 'with parents', 'engaging parents', 'syllabus', 'syllabi', 'bootcamp', 'bootcamps', 'cohort', 'cohorts', 'corporate training',
      // Designing courses for staff: "train-the-trainer programs", "eLearning modules, job aids".
      'train-the-trainer', 'job aids',
      // "Build production-grade AI solutions and deliver technical training to experienced engineering audiences".
      'deliver technical training', 'delivering technical training', 'provide technical training', 'providing technical training'],
    examples: { positive: ['Deliver instructor-led training sessions to learners.', 'Teach the GenAI curriculum as an adjunct instructor.'], negative: ['Rate math answers written by an AI.', 'Participate in projects that rate chatbot answers.', 'A quick learner, able to switch between annotation projects.'] },
  },
  {
    id: 'managing-annotators',
    label: 'Running an annotation team (not doing the work)',
    // Hold-outs keep showing annotation coordinators, leads and project managers whose postings are
    // full of annotation words; the verbs say they manage the people who label ("organizing and
    // managing internal and external annotation teams"). Across every labelled set only negatives
    // say it. Exact forms: stemmed, "lead" would also take "leading AI labs".
    weight: -4,
    // "Oversee annotation projects and data labeling": the annotation words of that sentence are the team's work.
    masksSentence: true,
    kind: 'pair',
    stem: false,
    left: ['manage', 'manages', 'managing', 'lead', 'oversee', 'oversees', 'overseeing', 'supervise', 'supervises', 'supervising', 'organize', 'organizing', 'organise', 'organising', 'mentor', 'mentoring', 'coordinate', 'coordinating', 'coach', 'coaching'],
    // The experts and contributors an AI-data vendor's programme lead recruits and manages ("recruit and
    // manage scientific experts"); not "recruiting experts", which is the vendor's own About line.
    right: ['annotators', 'labelers', 'labellers', 'annotation teams', 'annotation team', 'annotation projects', 'annotation programs', 'annotation programmes', 'labeling teams', 'labeling projects', 'labeling programs', 'labelling teams', 'labelling projects', 'annotator teams', 'rater teams', 'experts', 'contributors', 'freelancers', 'contractors', 'raters', 'evaluators',
      // A human-data vendor's project staff "design and manage custom data collection projects" for its clients.
      'data collection projects', 'data collection project', 'data-collection projects', 'data collection programs', 'human data projects', 'data projects',
      // A labelling operation's group leader "will lead and scale large operational teams", "coaching team leads".
      'operational teams', 'operations teams', 'moderation teams', 'team leads'],
    window: 4,
    examples: {
      positive: ['Manage a team of annotators and track their productivity.', 'Lead data annotation projects from scoping to delivery.', 'Organizing and managing internal and external annotation teams and vendors.', 'Scope the work, recruit and manage scientific experts, and own quality.', 'Design and manage custom data collection projects for our customers.', 'Manage our highly skilled contractors, who produce evaluation data.', 'As Group Leader, you will lead and scale large operational teams, coaching team leads.'],
      negative: ['Join a team of annotators labeling street images.', 'Work on annotation projects for leading AI labs.', 'Manage your time well across several annotation projects.', 'Record short voice clips for our data collection projects.'],
    },
  },
  {
    id: 'annotation-operations',
    label: 'Annotation operations, vendors or workforce',
    // The words of running annotation as a business, not of doing it.
    weight: -3,
    kind: 'phrase',
    phrases: ['annotation operations', 'labeling operations', 'labelling operations', 'annotator performance', 'annotator productivity', 'annotation workforce', 'labeling workforce', 'annotation vendors', 'labeling vendors',
      // Measuring the raters rather than rating: "monitor rater performance", "Rater Throughput", "Inter-Rater Reliability".
      'rater performance', 'rater throughput', 'rater productivity', 'inter-rater reliability',
      // Planning the workforce: "forecast and request rater/annotator capacity".
      'rater capacity', 'annotator capacity', 'labeler capacity', 'labeller capacity', 'annotation capacity', 'labeling capacity', 'labelling capacity', 'rater headcount', 'annotator headcount',
      // The outsourcing firms a platform's labelling is run through: "manage BPO partners", "monitor BPO agents' accuracy".
      'BPO partners', 'BPO partner', 'BPO agents', 'BPO vendors'],
    examples: { positive: ['Own annotation operations and annotation vendors.', 'Forecast and request rater/annotator capacity for each project.', 'Manage BPO partners to deliver high-quality model labeling projects.'], negative: ['Annotate images for a vision model.'] },
  },
  {
    // The words of a staff job at an AI or AI-data company (analysts, programme and project leads):
    // across the labelled sets they are in about one posting in six of the negatives and almost
    // never in rater postings, which describe tasks, not reporting lines and roadmaps.
    id: 'staff-work',
    label: 'Staff work: dashboards, programmes, roadmaps, cross-functional teams',
    weight: -3,
    kind: 'phrase',
    stem: false,
    phrases: ['dashboards', 'dashboarding', 'Tableau', 'Looker', 'Power BI', 'KPIs', 'cross-functional', 'program management', 'programme management', 'customer-facing', 'roadmap', 'roadmaps'],
    examples: { positive: ['Build dashboards in Looker to track quality KPIs.', 'Work with cross-functional partners on the product roadmap.'], negative: ['Rate chatbot answers against the guidelines, at your own pace.'] },
  },
  {
    id: 'individual-contributor',
    label: 'Says the role does the work itself',
    // "Hands-on annotation" under a lead's title: "lead" is seniority there. Not "individual
    // contributor", which staff postings say far more often (8 of 10 labelled postings with it are
    // engineers', scientists' and analysts').
    weight: 3,
    kind: 'phrase',
    phrases: ['hands-on annotation', 'hands-on labeling', 'hands-on labelling'],
    examples: { positive: ['This lead role does hands-on annotation of complex cases.'], negative: ['You will lead a team of contributors.', 'This is a high-impact individual contributor role at the intersection of evaluation and model training.'] },
  },
  {
    id: 'management-title',
    label: 'Managing or leading the work (title)',
    // Managers and leads run annotation or evaluation teams; they do not rate or label themselves.
    weight: -4,
    scope: 'title',
    kind: 'phrase',
    phrases: ['manager', 'managers', 'lead', 'team lead', 'team leader', 'leader', 'group leader', 'supervisor', 'coordinator',
      // Executives run a whole function ("VP, Field Engineering" at an AI-data company that serves frontier labs).
      'VP', 'SVP', 'EVP', 'vice president', 'chief', 'president'],
    examples: { positive: ['Data Annotation Program Manager', 'Annotation Operations Lead', 'VP, Field Engineering', 'Chief Operating Officer'], negative: ['AI Trainer - Chemistry', 'Senior Data Annotator'] },
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
      // Training providers' tutors of apprentices ("AI Trainer – Apprenticeships").
      'apprenticeship', 'apprenticeships', 'apprentices',
      // Workshop leaders and enablement staff teach teams to use AI ("Facilitator / Trainer (AI Training)", "AI Enablement Lead").
      'facilitator', 'facilitators', 'enablement',
      // India's part-time course trainers ("Machine Learning & AI Online Trainer": 50 hours of online training on AI topics).
      'online trainer', 'online trainers', 'online training', 'online IT training', 'IT training', 'virtual trainer', 'virtual trainers', 'virtual training',
      // Trainers of a product's users ("Microsoft Trainer": Excel, Teams and Copilot classes for staff).
      'Microsoft trainer', 'software trainer', 'technical trainer', 'IT trainer', 'Salesforce trainer', 'SAP trainer', 'Epic trainer', 'EHR trainer', 'systems trainer',
      // Classes and courses are taught to people ("AI Tutor Needed for Weekly Classes", "deliver PL-900 class").
      'class', 'classes', 'lesson', 'lessons', 'course', 'courses',
      // The same in German, French, Spanish and Italian titles ("KI-Trainer für Unternehmen (Workshops)").
      'Schulung', 'Schulungen', 'Weiterbildung', 'Dozent', 'Dozentin', 'Lehrer', 'Lehrerin', 'formateur', 'formatrice', 'professeur', 'profesor', 'profesora', 'docente', 'insegnante'],
    examples: { positive: ['Lead Instructor: Generative AI', 'Adjunct Lecturer in Data Science', 'AI Trainer - Corporate Upskilling', 'Python AI / ML (Online Trainer Part Time)', 'AI Tutor Needed for Weekly Classes', 'Virtual Trainer AI', 'Microsoft Trainer'], negative: ['AI Tutor - Chemistry', 'AI Trainer (Finance)', 'Online AI Trainer (Freelance)'] },
  },
  {
    // "Clinical Rater - Psychiatric Scales": clinical trials rate patients on rating scales, not model output.
    id: 'clinical-trial-title',
    label: 'Clinical trial or clinical research title',
    weight: -5,
    scope: 'title',
    kind: 'phrase',
    // Unstemmed: "Oncology Clinical Researcher" is an AI-training platform's expert title.
    stem: false,
    // Psychometric raters are clinical trials' raters under another name: they score participants on rating scales.
    phrases: ['clinical rater', 'clinical raters', 'clinical trial', 'clinical trials', 'clinical research associate', 'clinical research coordinator', 'clinical research nurse', 'psychometric rater', 'psychometric raters', 'psychometrist', 'psychometrists'],
    examples: { positive: ['Clinical Rater - Psychiatric/Cognitive Scales', 'Clinical Trials Associate / Clinical Trials Rater', 'Psychometric Rater – Boston based'], negative: ['AI Evaluator (Clinical)', 'Oncology Clinical Researcher'] },
  },
  {
    // Trades that call their own work rating: an insurance rater prices policies, an energy (HERS) rater
    // tests houses. Their titles say "Rater" with no AI in sight.
    id: 'trade-rater-title',
    label: 'A trade\'s rater title (insurance, home energy)',
    weight: -5,
    scope: 'title',
    kind: 'phrase',
    stem: false,
    phrases: ['insurance rater', 'insurance raters', 'commercial lines rater', 'personal lines rater', 'premium rater', 'policy rater', 'energy rater', 'energy raters', 'HERS rater', 'HERS raters', 'home energy rater', 'home energy raters'],
    examples: { positive: ['Commercial Lines Rater - Insurance Agency', 'HERS Rater / Energy Auditor'], negative: ['Search Quality Rater (Remote)', 'AI Rater - Insurance Domain Expert'] },
  },
  {
    id: 'clinical-care',
    label: 'Hands-on patient care',
    weight: -3,
    kind: 'phrase',
    phrases: ['patient care', 'bedside', 'ward', 'inpatient', 'outpatient clinic', 'clinical placements', 'caseload', 'home visits', 'nursing care', 'patients and families', 'on-call rota', 'shift pattern', 'night shifts', 'NHS', 'band 5', 'band 6', 'band 7'],
    examples: { positive: ['Provide bedside nursing care on a busy ward.'], negative: ['Review AI answers to medical questions.'] },
  },
];
