// Professional domains, part 3: data and software, science and engineering. "physics" stems like
// "physical" and "humanities" like "human", so those entries list their forms unstemmed.
import type { TaxonomyEntryInput } from '../schema.ts';

export const technicalDomains: TaxonomyEntryInput[] = [
  // ── Data & software ──────────────────────────────────────────────────────────────────────
  {
    id: 'data-analytics', label: 'Data analytics', category: 'domain',
    aliases: ['data analyst', 'data analysts', 'analytics', 'business intelligence', 'BI analyst', 'BI developer', 'reporting analyst', 'analytics engineer'],
    examples: {
      positive: ['Data analysts comfortable with SQL.', 'Business intelligence experience.'],
      negative: ['Analyze each answer carefully.'],
    },
  },
  {
    id: 'data-science', label: 'Data science', category: 'domain',
    aliases: ['data scientist', 'data scientists', 'predictive modeling', 'machine learning scientist', 'applied scientist', 'quantitative analyst'],
    implies: ['data-analytics'],
    examples: {
      positive: ['Data scientists who can review notebooks.', 'Predictive modeling background.'],
      negative: ['Science fiction writers welcome.'],
    },
  },
  {
    id: 'data-engineering', label: 'Data engineering', category: 'domain',
    aliases: ['data engineer', 'data engineers', 'ETL', 'ELT', 'data pipelines', 'data pipeline', 'data warehousing', 'data warehouse'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Data engineers who build ETL pipelines.', 'Experience with data warehousing.'],
      negative: ['Data entry clerks welcome.'],
    },
  },
  {
    id: 'machine-learning', label: 'Machine learning', category: 'domain',
    aliases: ['deep learning', 'ML engineer', 'ML engineering', 'machine learning engineer', 'neural networks', 'AI/ML', 'MLOps', 'reinforcement learning'],
    caseSensitive: ['ML'],
    guards: { notPrecededBy: ['per'], appliesTo: ['ML'] },
    examples: {
      positive: ['ML engineers and researchers.', 'Experience with deep learning frameworks.', 'Strong ML background.'],
      negative: ['Give 5 mL twice a day.', 'You do not need a technical background.'],
    },
  },
  {
    id: 'generative-ai', label: 'Generative AI & LLMs', category: 'domain',
    aliases: ['generative AI', 'GenAI', 'gen AI', 'large language model', 'large language models', 'LLMs', 'foundation models', 'foundation model', 'conversational AI', 'AI assistants', 'AI chatbots'],
    caseSensitive: ['LLM', 'llm'],
    // "JD or LLM" is the law degree. Stemmed, the alias "LLMs" finds "LLM" too: it carries the guards.
    guards: { notPrecededBy: ['jd'], notFollowedBy: ['degree', 'program', 'programme'], forbidNear: ['jd', 'juris'], window: 2, appliesTo: ['LLM', 'llm', 'LLMs'] },
    examples: {
      positive: ['Evaluate LLM outputs for accuracy.', 'Experience with large language models.', 'Familiarity with generative AI tools.'],
      negative: ['A JD or LL.M. from an accredited law school.', 'A JD or LLM is required.'],
    },
  },
  {
    id: 'nlp', label: 'Natural language processing', category: 'domain',
    aliases: ['NLP', 'natural language understanding', 'NLU', 'text mining', 'speech recognition', 'ASR'],
    implies: ['machine-learning'],
    examples: {
      positive: ['Experience in NLP research.', 'Background in natural language processing.'],
      negative: ['Write in natural, plain English.'],
    },
  },
  {
    id: 'computer-vision', label: 'Computer vision', category: 'domain',
    aliases: ['image recognition', 'object detection', 'image classification model', 'CV engineer', 'vision models'],
    implies: ['machine-learning'],
    examples: {
      positive: ['Computer vision engineers with object detection experience.', 'Built image recognition systems.'],
      negative: ['Our vision is a fair market for raters.'],
    },
  },
  {
    id: 'software-engineering', label: 'Software engineering', category: 'domain',
    // Unstemmed: "developer" must not turn every "develop" and "development" into software work.
    stem: false,
    aliases: ['software engineer', 'software engineers', 'software engineering', 'software developer', 'software developers', 'software development', 'programmer', 'programmers', 'developer', 'developers', 'SWE', 'coding', 'programming',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'desarrollador de software', 'ingeniero de software', 'desenvolvedor de software', 'engenheiro de software', 'développeur', 'développeuse', 'ingénieur logiciel', 'Softwareentwickler', 'Softwareentwicklerin', 'Softwareentwicklung', 'sviluppatore software', 'ingegnere del software', 'softwareontwikkelaar'
    ],
    // "The Coding Department", "coding staff": clinical coding in a hospital.
    // Near ICD-10, OPCS or "coders", it is the hospital's coding still ("a focus on quality of coding").
    guards: {
      // "AI model developers": the labs a platform serves, named as clients.
      notPrecededBy: ['medical', 'clinical', 'icd', 'curriculum', 'course', 'business', 'training', 'content', 'estate', 'property', 'talent', 'leadership', 'land', 'national', 'model'],
      // "National Coding Standards": the NHS's clinical coding rules.
      notFollowedBy: ['department', 'staff', 'deadlines', 'audit', 'audits', 'clerk', 'clerks'],
      forbidNear: ['icd', 'opcs', 'snomed', 'coders', 'coder', 'diagnoses', 'classifications'],
      window: 15,
      appliesTo: ['coding', 'developer', 'developers'],
    },
    examples: {
      positive: ['Software engineers who want side projects.', 'Strong programming skills.', 'Two years of software development.'],
      negative: ['Medical coding specialists only.', 'Hardware design for circuit boards.', 'You will develop training materials.', 'Accredited clinical coders keep a focus on quality of coding and ICD-10 rules.', 'Knowledge of National Coding Standards and audit methodology.', 'We build datasets for leading AI model developers.'],
    },
  },
  {
    id: 'frontend', label: 'Frontend development', category: 'domain',
    aliases: ['front-end', 'front end', 'frontend engineer', 'front-end developer', 'frontend developer', 'UI engineer', 'web UI'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Front-end developers who know React.', 'Frontend engineers welcome.'],
      negative: ['Pay is sent up front at no time; we pay weekly.'],
    },
  },
  {
    id: 'backend', label: 'Backend development', category: 'domain',
    aliases: ['back-end', 'back end', 'backend engineer', 'back-end developer', 'backend developer', 'server-side', 'API development', 'microservices'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Backend engineers with API development experience.', 'Server-side code in Go or Java.'],
      negative: ['Frontend developers only.'],
    },
  },
  {
    id: 'full-stack', label: 'Full-stack development', category: 'domain',
    aliases: ['full stack', 'fullstack', 'full-stack developer', 'full stack engineer'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Full-stack developers welcome.', 'Two years as a fullstack engineer.'],
      negative: ['Stack rank the four responses.'],
    },
  },
  {
    id: 'web-development', label: 'Web development', category: 'domain',
    aliases: ['web developer', 'web developers', 'web dev', 'website development', 'web applications', 'web app development'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Web developers who know HTML and CSS.', 'Web application development experience.'],
      negative: ['Apply through our website.'],
    },
  },
  {
    id: 'mobile-development', label: 'Mobile development', category: 'domain',
    aliases: ['mobile developer', 'mobile app development', 'iOS development', 'iOS developer', 'Android development', 'Android developer', 'mobile engineer', 'React Native developer'],
    implies: ['software-engineering'],
    examples: {
      positive: ['iOS developers and Android developers.', 'Mobile app development experience.'],
      negative: ['Work from your mobile phone or laptop.'],
    },
  },
  {
    id: 'devops', label: 'DevOps & SRE', category: 'domain',
    aliases: ['DevOps', 'site reliability', 'site reliability engineering', 'SRE', 'CI/CD', 'platform engineering', 'infrastructure engineer', 'infrastructure as code', 'release engineering'],
    implies: ['software-engineering'],
    examples: {
      positive: ['DevOps engineers who know CI/CD.', 'Site reliability engineering background.'],
      negative: ['Operations managers welcome.'],
    },
  },
  {
    id: 'cybersecurity', label: 'Cybersecurity', category: 'domain',
    aliases: ['cyber security', 'information security', 'infosec', 'security engineer', 'security analyst', 'penetration testing', 'pen testing', 'pentester', 'application security', 'AppSec', 'threat intelligence', 'SOC analyst', 'security researcher'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Security engineers with penetration testing experience.', 'Background in information security.'],
      negative: ['Secure your account with a strong password.'],
    },
  },
  {
    id: 'cloud-computing', label: 'Cloud computing', category: 'domain',
    aliases: ['cloud engineer', 'cloud engineering', 'cloud architect', 'cloud infrastructure', 'cloud architecture', 'cloud native'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Cloud engineers with AWS experience.', 'Cloud infrastructure background.'],
      negative: ['Files are stored locally, not online.'],
    },
  },
  {
    id: 'qa-testing', label: 'Software QA & testing', category: 'domain',
    aliases: ['software testing', 'QA engineer', 'QA tester', 'test automation', 'automation testing', 'SDET', 'manual testing', 'test engineer', 'quality engineering'],
    implies: ['software-engineering'],
    examples: {
      positive: ['QA engineers with test automation experience.', 'Software testing background.'],
      negative: ['You will take a short test before the first task.'],
    },
  },
  {
    id: 'embedded-systems', label: 'Embedded systems', category: 'domain',
    aliases: ['embedded software', 'embedded engineer', 'firmware', 'firmware engineer', 'RTOS', 'microcontrollers'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Embedded engineers who write firmware.', 'Experience with microcontrollers.'],
      negative: ['Embed the link in your answer.'],
    },
  },
  {
    id: 'game-development', label: 'Game development', category: 'domain',
    aliases: ['game developer', 'game design', 'game designer', 'gameplay programmer', 'game dev', 'video games'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Game developers using Unity or Unreal.', 'Background in game design.'],
      negative: ['Bring your A game to every task.'],
    },
  },
  {
    id: 'it-support', label: 'IT & systems administration', category: 'domain',
    aliases: ['system administrator', 'systems administrator', 'sysadmin', 'network engineer', 'network administration', 'desktop support', 'information technology'],
    caseSensitive: ['IT support', 'IT Support', 'IT administrator', 'IT professional', 'IT professionals', 'IT department'],
    examples: {
      positive: ['Systems administrators and network engineers.', 'IT support experience.'],
      negative: ['It supports many languages.'],
    },
  },
  {
    id: 'database-administration', label: 'Database administration', category: 'domain',
    aliases: ['DBA', 'database administrator', 'database engineer', 'database design', 'query optimization'],
    implies: ['software-engineering'],
    examples: {
      positive: ['Database administrators and DBAs.', 'Experience with query optimization.'],
      negative: ['Our knowledge base has answers.'],
    },
  },
  {
    id: 'computer-science', label: 'Computer science', category: 'domain',
    aliases: ['CS degree', 'computer scientist', 'theoretical computer science', 'computer engineering', 'CS PhD', 'CS graduate', 'Informatik', '计算机科学', '计算机专业'],
    examples: {
      positive: ['A degree in computer science or related field.', 'CS graduates welcome.'],
      negative: ['Social science graduates welcome.'],
    },
  },
  {
    id: 'ux-design', label: 'UX/UI design', category: 'domain', stem: false,
    aliases: ['UX design', 'UX designer', 'UI design', 'UI designer', 'UI/UX', 'UX/UI', 'user experience', 'interaction design', 'user research', 'UX research', 'UX researcher', 'usability testing', 'product design', 'product designer', 'product designers', 'UX designers', 'UI designers', 'UX researchers'],
    // "A keen eye toward end user experience", "improve the user experience": a quality of the work, not the field.
    // "The performance and user experience of ad platforms": the product's, as a quality.
    guards: { notPrecededBy: ['end', 'the', 'great', 'seamless', 'better', 'best', 'positive', 'overall', 'improve', 'improving', 'smooth', 'intuitive'], notFollowedBy: ['of', 'for', 'across'], appliesTo: ['user experience'] },
    examples: {
      positive: ['UX designers who run usability testing.', 'Product designers with a portfolio.', 'A background in user experience or interaction design.'],
      negative: ['Designed to be done from home.', 'Dashboards built with a keen eye toward end user experience.', 'Ratings improve the performance and user experience of ad platforms.'],
    },
  },
  {
    id: 'graphic-design', label: 'Graphic design', category: 'domain', stem: false,
    aliases: ['graphic designer', 'graphic designers', 'visual design', 'visual designer', 'brand design', 'motion design', 'motion graphics', 'typography'],
    examples: {
      positive: ['Graphic designers with a strong portfolio.', 'Visual design and typography skills.'],
      negative: ['The task was designed by our research team.'],
    },
  },
  {
    id: 'robotics', label: 'Robotics', category: 'domain',
    aliases: ['robotics engineer', 'robotic systems', 'autonomous vehicles', 'self-driving', 'mechatronics'],
    implies: ['engineering'],
    examples: {
      positive: ['Robotics engineers and mechatronics experts.', 'Autonomous vehicles experience.'],
      negative: ['Not a repetitive assembly-line job.'],
    },
  },
  // ── Science & research ───────────────────────────────────────────────────────────────────
  {
    id: 'academic-research', label: 'Academic research', category: 'domain', stem: false,
    aliases: ['researcher', 'researchers', 'research scientist', 'research scientists', 'research assistant', 'postdoc', 'postdocs', 'postdoctoral', 'postdoctoral researcher', 'principal investigator', 'graduate student', 'graduate students', 'PhD student', 'PhD students', 'PhD candidate', 'doctoral student', 'doctoral candidate', 'academic researcher', 'academia'],
    // Equity, UX and security researchers work outside academia.
    guards: { notPrecededBy: ['equity', 'market', 'ux', 'user', 'security', 'investment', 'sell', 'buy', 'side', 'vulnerability'], appliesTo: ['researcher', 'researchers'] },
    examples: {
      positive: ['Researchers and graduate students in STEM.', 'Postdocs are encouraged to apply.'],
      negative: ['Do some research before you rate the answer.', 'Open to financial analysts and equity researchers.'],
    },
  },
  {
    id: 'stem', label: 'STEM fields', category: 'domain', stem: false,
    aliases: ['science and engineering', 'hard sciences', 'natural sciences'],
    caseSensitive: ['STEM'],
    examples: {
      positive: ['Experts in STEM fields.', 'A STEM background is required.'],
      negative: ['Humanities and arts graduates.', 'The problem stems from a typo.'],
    },
  },
  {
    id: 'biology', label: 'Biology', category: 'domain',
    aliases: ['biologist', 'biologists', 'biological sciences', 'molecular biology', 'cell biology', 'microbiology', 'biochemistry', 'biochemist', 'genetics', 'geneticist', 'genomics', 'bioinformatics', 'immunology', 'life sciences', 'biotech', 'biotechnology', 'ecology', 'zoology', 'botany',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'biología', 'biólogo', 'bióloga', 'biologia', 'biologie', 'biologiste', 'Biologe', 'Biologin', 'biologo'
    ],
    examples: {
      positive: ['PhDs in molecular biology or genetics.', 'Biologists who can check experimental claims.', 'Life sciences background.'],
      negative: ['Physicists and chemists welcome.'],
    },
  },
  {
    id: 'chemistry', label: 'Chemistry', category: 'domain',
    aliases: ['chemist', 'chemists', 'organic chemistry', 'inorganic chemistry', 'physical chemistry', 'analytical chemistry', 'medicinal chemistry', 'computational chemistry',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'química', 'chimie', 'Chemie', 'chimica', 'scheikunde', 'chimiste', 'Chemiker', 'Chemikerin'
    ],
    examples: {
      positive: ['Chemists with organic chemistry expertise.', 'A degree in chemistry.'],
      negative: ['Biologists and geneticists welcome.'],
    },
  },
  {
    id: 'physics', label: 'Physics', category: 'domain', stem: false,
    aliases: ['physicist', 'physicists', 'theoretical physics', 'quantum physics', 'astrophysics', 'astrophysicist', 'astronomy', 'astronomer', 'condensed matter physics', 'particle physics',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'Physik', 'Physiker', 'Physikerin', 'physicien', 'physicienne', 'natuurkunde', 'natuurkundige'
    ],
    examples: {
      positive: ['Physicists who can check derivations.', 'PhD in astrophysics or physics.'],
      negative: ['Physical therapists welcome.'],
    },
  },
  {
    id: 'mathematics', label: 'Mathematics', category: 'domain',
    aliases: ['math', 'maths', 'mathematician', 'mathematicians', 'applied mathematics', 'pure mathematics', 'calculus', 'linear algebra', 'number theory', 'competition math', 'olympiad',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'matemáticas', 'matemático', 'matemática', 'mathématiques', 'mathématicien', 'Mathematik', 'Mathematiker', 'matematica', 'matematico', 'wiskunde'
    ],
    examples: {
      positive: ['Mathematicians who can verify proofs.', 'Graduate-level math required.', 'Strong calculus and linear algebra.'],
      negative: ['Chemists welcome.'],
    },
  },
  {
    id: 'statistics', label: 'Statistics', category: 'domain',
    aliases: ['statistician', 'statisticians', 'biostatistics', 'applied statistics', 'econometrics', 'statistical modeling', 'Bayesian statistics'],
    implies: ['mathematics'],
    examples: {
      positive: ['Statisticians and biostatistics PhDs.', 'Strong background in statistics.'],
      negative: ['Count the number of errors.'],
    },
  },
  {
    id: 'economics', label: 'Economics', category: 'domain',
    aliases: ['economist', 'economists', 'macroeconomics', 'microeconomics', 'behavioral economics', 'economic analysis', 'economic research',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'economista', 'économiste', 'Volkswirtschaftslehre', 'Ökonom', 'Ökonomin'
    ],
    examples: {
      positive: ['Economists who can check elasticity answers.', 'Graduate degree in economics.'],
      negative: ['Save money with this offer.'],
    },
  },
  {
    id: 'psychology', label: 'Psychology', category: 'domain',
    aliases: ['psychologist', 'psychologists', 'cognitive psychology', 'cognitive science', 'behavioral science', 'neuropsychology', 'developmental psychology', 'social psychology',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'psicología', 'psicólogo', 'psicóloga', 'psicologia', 'psychologie', 'psychologue', 'Psychologe', 'Psychologin', 'psicologo'
    ],
    examples: {
      positive: ['Psychologists and cognitive science PhDs.', 'Background in psychology.'],
      negative: ['Physicians welcome.'],
    },
  },
  {
    id: 'neuroscience', label: 'Neuroscience', category: 'domain',
    aliases: ['neuroscientist', 'neurobiology', 'cognitive neuroscience', 'neuroimaging'],
    examples: {
      positive: ['Neuroscientists with imaging experience.', 'A PhD in neuroscience.'],
      negative: ['Neural networks basics.'],
    },
  },
  {
    id: 'social-sciences', label: 'Social sciences', category: 'domain',
    aliases: ['social science', 'social scientist', 'sociology', 'sociologist', 'anthropology', 'anthropologist', 'political science', 'political scientist', 'international relations', 'demography', 'geography', 'criminology'],
    // "regardless of geography", "multiple geographies" mean places, not the discipline.
    guards: { forbidNear: ['regardless', 'across', 'multiple', 'different', 'various', 'diverse', 'all', 'any', 'perspectives', 'backgrounds', 'locations', 'markets', 'regions', 'countries', 'time', 'zones'], window: 4, appliesTo: ['geography'] },
    examples: {
      positive: ['Sociologists, anthropologists and political scientists.', 'A degree in the social sciences.', 'Graduates in human geography or sociology.'],
      negative: ['Share the link on social media.', 'We hire the best people regardless of geography.', 'Rates differ across multiple geographies.'],
    },
  },
  {
    id: 'humanities', label: 'Humanities', category: 'domain', stem: false,
    aliases: ['history', 'historian', 'historians', 'philosophy', 'philosopher', 'philosophers', 'ethics', 'ethicist', 'ethicists', 'religious studies', 'theology', 'classics', 'literature', 'English literature', 'comparative literature', 'liberal arts', 'humanities background'],
    // The bare words are fields only as fields of study: "work history", "made history", "criminal history
    // background check", "strong work ethics", "the ethics of AI", "the medical literature", "our service philosophy".
    guards: {
      notPrecededBy: ['work', 'employment', 'pay', 'payment', 'browsing', 'task', 'credit', 'medical', 'job', 'criminal', 'driving', 'purchase', 'order', 'strong', 'high', 'good', 'professional', 'business', 'health', 'clinical', 'scientific', 'pertinent', 'relevant', 'technical', 'marketing', 'published', 'current', 'service', 'our', 'company', 'design'],
      requireNear: ['degree', 'degrees', 'major', 'majors', 'phd', 'ba', 'ma', 'teacher', 'teachers', 'professor', 'professors', 'studies', 'background', 'backgrounds', 'historian', 'historians', 'philosophy', 'literature', 'ethics', 'history', 'art', 'arts', 'humanities', 'economics', 'politics', 'expert', 'experts', 'expertise', 'graduate', 'graduates', 'scholar', 'scholars', 'academic', 'field', 'fields', 'discipline', 'disciplines', 'linguistics', 'sociology', 'anthropology', 'psychology', 'theology'],
      window: 6,
      appliesTo: ['history', 'ethics', 'literature', 'philosophy'],
    },
    examples: {
      positive: ['Historians and philosophers welcome.', 'A degree in philosophy or literature.', 'Experts with a PhD in history.'],
      negative: ['We review your work history before approval.', 'Human judgment at scale.', 'One of the fastest-growing companies in history.', 'A criminal history background check is required.', 'Strong work ethics and a will to learn.', 'Keep up with the medical literature and guidelines.', 'These values are the core of our service philosophy.'],
    },
  },
  {
    id: 'environmental-science', label: 'Environmental & earth science', category: 'domain',
    aliases: ['environmental science', 'environmental scientist', 'climate science', 'climate scientist', 'geology', 'geologist', 'earth science', 'oceanography', 'atmospheric science', 'sustainability', 'meteorology'],
    examples: {
      positive: ['Climate scientists and geologists.', 'Environmental science graduates.'],
      negative: ['A friendly work environment.'],
    },
  },
  {
    id: 'materials-science', label: 'Materials science', category: 'domain',
    aliases: ['materials engineering', 'materials scientist', 'metallurgy', 'polymer science', 'nanotechnology'],
    implies: ['engineering'],
    examples: {
      positive: ['Materials scientists with polymer science expertise.', 'Metallurgy background.'],
      negative: ['Training materials are provided.'],
    },
  },
  // ── Engineering ──────────────────────────────────────────────────────────────────────────
  {
    id: 'engineering', label: 'Engineering', category: 'domain',
    // No stemming: Porter folds "engine" into "engineering" ("search engine results"). And an
    // "engineering team/manager/excellence" is a company's software org, not a field.
    stem: false,
    aliases: ['engineer', 'engineers', 'professional engineer', 'professional engineers', 'engineering degree', 'engineering degrees', 'engineering background'],
    guards: {
      notPrecededBy: ['prompt', 'software', 'reverse', 'social', 'data', 'ml', 'devops', 'backend', 'frontend', 'security', 'qa', 'cloud', 'sales', 'feature', 'platform', 'test', 'site', 'reliability', 'ai', 'firmware', 'infrastructure'],
      notFollowedBy: ['excellence', 'culture', 'team', 'teams', 'manager', 'managers', 'leadership', 'org', 'organization', 'blog', 'department', 'practices'],
      // Bare "engineer" is mostly software ("AI Agent Engineer", "VP Engineering", "strong engineering
      // fundamentals"): the field needs a discipline or a credential nearby.
      requireNear: ['mechanical', 'civil', 'electrical', 'chemical', 'aerospace', 'industrial', 'structural', 'biomedical', 'environmental', 'petroleum', 'nuclear', 'automotive', 'electronics', 'robotics', 'mechatronics', 'materials', 'manufacturing', 'licensed', 'chartered', 'professional', 'discipline', 'disciplines', 'degree', 'degrees', 'physics', 'stem'],
      window: 6,
      appliesTo: ['Engineering', 'engineer', 'engineers'],
    },
    examples: {
      positive: ['Licensed engineers in any discipline.', 'An engineering degree is required.'],
      negative: ['Senior iOS Engineer on our mobile team.', 'Prompt engineering for training data.', 'Software engineers only.', 'Rate search engine results for a query.', 'A startup known for engineering excellence.'],
    },
  },
  {
    id: 'mechanical-engineering', label: 'Mechanical engineering', category: 'domain',
    aliases: ['mechanical engineer', 'mechanical engineers', 'thermodynamics', 'fluid mechanics', 'mechanical design', 'HVAC'],
    implies: ['engineering'],
    examples: {
      positive: ['Mechanical engineers who know thermodynamics.', 'Mechanical engineering degree.'],
      negative: ['Avoid mechanical, repetitive phrasing.'],
    },
  },
  {
    id: 'electrical-engineering', label: 'Electrical engineering', category: 'domain',
    aliases: ['electrical engineer', 'electrical engineers', 'electronics engineering', 'circuit design', 'power electronics', 'signal processing', 'EE degree', 'hardware engineer', 'hardware engineering', 'VLSI', 'semiconductors'],
    implies: ['engineering'],
    examples: {
      positive: ['Electrical engineers with circuit design experience.', 'Signal processing background.'],
      negative: ['Electricity costs are yours to cover.'],
    },
  },
  {
    id: 'civil-engineering', label: 'Civil & structural engineering', category: 'domain',
    aliases: ['civil engineer', 'civil engineers', 'structural engineering', 'structural engineer', 'geotechnical engineering', 'transportation engineering', 'land surveying'],
    implies: ['engineering'],
    examples: {
      positive: ['Civil engineers and structural engineers.', 'Geotechnical engineering experience.'],
      negative: ['Keep your feedback civil.'],
    },
  },
  {
    id: 'chemical-engineering', label: 'Chemical engineering', category: 'domain',
    aliases: ['chemical engineer', 'chemical engineers', 'process engineering', 'process engineer', 'petroleum engineering'],
    implies: ['engineering'],
    examples: {
      positive: ['Chemical engineers and process engineers.', 'Petroleum engineering background.'],
      negative: ['Chemistry teachers welcome.'],
    },
  },
  {
    id: 'aerospace-engineering', label: 'Aerospace engineering', category: 'domain',
    aliases: ['aerospace engineer', 'aeronautical engineering', 'astronautics', 'aerospace industry'],
    implies: ['engineering'],
    examples: {
      positive: ['Aerospace engineers with propulsion experience.', 'Aeronautical engineering degree.'],
      negative: ['Space out your sessions during the week.'],
    },
  },
  {
    id: 'biomedical-engineering', label: 'Biomedical engineering', category: 'domain',
    aliases: ['biomedical engineer', 'bioengineering', 'medical devices', 'medical device'],
    implies: ['engineering'],
    examples: {
      positive: ['Biomedical engineers in medical devices.', 'Bioengineering graduates.'],
      negative: ['Use any device with a browser.'],
    },
  },
  {
    id: 'industrial-engineering', label: 'Industrial engineering', category: 'domain',
    aliases: ['industrial engineer', 'operations research'],
    implies: ['engineering'],
    examples: {
      positive: ['Industrial engineers and operations research experts.'],
      negative: ['Industry-leading pay rates.'],
    },
  },
  {
    // Requirements, interfaces and verification of whole systems (aerospace, defence, medical devices): not industrial engineering.
    id: 'systems-engineering', label: 'Systems engineering', category: 'domain',
    aliases: ['systems engineer', 'systems engineers', 'INCOSE', 'MBSE', 'model-based systems engineering'],
    implies: ['engineering'],
    examples: {
      positive: ['Systems engineering background in aerospace.', 'INCOSE certification a plus.'],
      negative: ['Operations research and industrial engineering.'],
    },
  },
  {
    id: 'environmental-engineering', label: 'Environmental engineering', category: 'domain',
    aliases: ['environmental engineer', 'water resources engineering', 'wastewater engineering'],
    implies: ['engineering'],
    examples: {
      positive: ['Environmental engineers with water resources experience.', 'Environmental engineering degree.'],
      negative: ['A calm environment for focused work.'],
    },
  },
];
