// Professional domains, part 2: healthcare, education, writing, data and software, science and
// engineering. Words whose stems collide with common words ("physics"/"physical",
// "education"/"educated", "journalism"/"journal", "localization"/"local") turn stemming off.
import type { TaxonomyEntryInput } from '../schema.ts';

export const expertDomains: TaxonomyEntryInput[] = [
  // ── Healthcare ───────────────────────────────────────────────────────────────────────────
  {
    id: 'healthcare', label: 'Healthcare', category: 'domain',
    aliases: ['health care', 'healthcare professional', 'healthcare professionals', 'medical professional', 'medical professionals', 'medical field', 'health sciences', 'allied health'],
    examples: {
      positive: ['Healthcare professionals wanted for expert review.', 'Experience in health care or allied health.'],
      negative: ['We are a legal technology startup.'],
    },
  },
  {
    id: 'medicine', label: 'Medicine', category: 'domain', stem: false,
    aliases: ['physician', 'physicians', 'doctor', 'doctors', 'medical doctor', 'medical doctors', 'attending physician', 'resident physician', 'medical practice', 'practicing physician', 'clinical medicine', 'internal medicine', 'family medicine', 'general practitioner', 'hospitalist'],
    guards: { notFollowedBy: ['of'], appliesTo: ['doctor', 'doctors'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Board-certified physicians are encouraged to apply.', 'Practicing doctors who can judge clinical answers.'],
      negative: ['A doctoral degree in any field is preferred.'],
    },
  },
  {
    id: 'nursing', label: 'Nursing', category: 'domain',
    aliases: ['nurse', 'nursing practice', 'clinical nursing', 'nurse educator', 'charge nurse', 'ICU nurse', 'nurse manager', 'LPN', 'LVN', 'licensed practical nurse'],
    implies: ['healthcare'],
    examples: {
      positive: ['Nurses with bedside experience are a great fit.', 'A background in nursing is required.'],
      negative: ['Doctors and pharmacists welcome.'],
    },
  },
  {
    id: 'pharmacy', label: 'Pharmacy', category: 'domain',
    aliases: ['pharmacist', 'pharmacists', 'clinical pharmacy', 'pharmacy technician', 'pharmacology', 'pharmacotherapy', 'drug interactions', 'pharmaceutical', 'pharmaceuticals', 'pharma'],
    implies: ['healthcare'],
    examples: {
      positive: ['Pharmacists who can check drug interactions.', 'Pharmaceutical industry experience.'],
      negative: ['Farm workers and agronomists welcome.'],
    },
  },
  {
    id: 'public-health', label: 'Public health', category: 'domain',
    aliases: ['epidemiology', 'epidemiologist', 'global health', 'health policy', 'community health', 'biostatistician', 'health promotion'],
    implies: ['healthcare'],
    examples: {
      positive: ['Epidemiologists and public health researchers.', 'Global health policy background.'],
      negative: ['Public holidays are not paid.'],
    },
  },
  {
    id: 'clinical-research', label: 'Clinical research', category: 'domain',
    aliases: ['clinical trials', 'clinical trial', 'clinical research associate', 'clinical research coordinator', 'CRA', 'good clinical practice', 'clinical study'],
    implies: ['healthcare'],
    examples: {
      positive: ['Clinical research coordinators and CRAs.', 'Experience running clinical trials.'],
      negative: ['Research the answer before you rate it.'],
    },
  },
  {
    id: 'clinical-practice', label: 'Clinical practice', category: 'domain',
    aliases: ['clinical', 'clinician', 'clinicians', 'clinical experience', 'bedside experience', 'patient care', 'direct patient care', 'clinical setting'],
    guards: { notFollowedBy: ['research', 'trial', 'trials', 'study', 'studies', 'informatics', 'coding', 'nutrition', 'psychologist', 'psychology', 'pharmacy', 'terminology', 'documentation', 'data'], appliesTo: ['clinical'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Clinicians with two years of patient care.', 'Clinical experience in a hospital setting.'],
      negative: ['Answers should be clean and concise.'],
    },
  },
  {
    id: 'medical-writing', label: 'Medical writing', category: 'domain',
    aliases: ['medical writer', 'medical writers', 'medical communications', 'regulatory writing', 'scientific writing', 'health writing', 'medical editor'],
    implies: ['healthcare'],
    examples: {
      positive: ['Medical writers with regulatory writing experience.', 'Background in medical communications.'],
      negative: ['Writers who love poetry.'],
    },
  },
  {
    id: 'mental-health', label: 'Mental health', category: 'domain',
    aliases: ['behavioral health', 'counseling', 'counselling', 'counselor', 'psychotherapy', 'psychotherapist', 'therapist', 'psychiatry', 'psychiatrist', 'clinical psychologist', 'social work', 'social worker', 'substance use'],
    guards: { notPrecededBy: ['physical', 'occupational', 'speech', 'respiratory', 'massage'], appliesTo: ['therapist'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Licensed therapists and counselors.', 'Experience in psychiatry or behavioral health.'],
      negative: ['Health insurance is not provided to contractors.'],
    },
  },
  {
    id: 'dentistry', label: 'Dentistry', category: 'domain',
    aliases: ['dentist', 'dentists', 'dental', 'dental hygienist', 'dental hygiene', 'orthodontics', 'orthodontist', 'DDS', 'DMD'],
    implies: ['healthcare'],
    examples: {
      positive: ['Dentists and dental hygienists welcome.', 'A DDS or DMD degree.'],
      negative: ['Identify the main point of each answer.'],
    },
  },
  {
    id: 'veterinary', label: 'Veterinary medicine', category: 'domain',
    aliases: ['veterinarian', 'veterinarians', 'vet tech', 'veterinary technician', 'DVM', 'animal health'],
    implies: ['healthcare'],
    examples: {
      positive: ['Veterinarians with small animal experience.', 'DVM holders welcome.'],
      negative: ['We vet every applicant carefully.'],
    },
  },
  {
    id: 'rehabilitation-therapy', label: 'Physical & occupational therapy', category: 'domain',
    aliases: ['physical therapy', 'physical therapist', 'physiotherapy', 'physiotherapist', 'occupational therapy', 'occupational therapist', 'speech-language pathology', 'speech-language pathologist', 'speech therapist', 'respiratory therapist', 'DPT'],
    implies: ['healthcare'],
    examples: {
      positive: ['Physical therapists and occupational therapists.', 'Speech-language pathologists welcome.'],
      negative: ['Physics and chemistry graduates.'],
    },
  },
  {
    id: 'radiology', label: 'Radiology & medical imaging', category: 'domain',
    aliases: ['radiologist', 'radiologists', 'medical imaging', 'radiologic technologist', 'sonographer', 'MRI', 'CT scans'],
    implies: ['healthcare'],
    examples: {
      positive: ['Radiologists to review imaging reports.', 'Experience reading MRI and CT scans.'],
      negative: ['Label images of street scenes.'],
    },
  },
  {
    id: 'medical-specialties', label: 'Medical specialties', category: 'domain',
    aliases: ['cardiology', 'cardiologist', 'oncology', 'oncologist', 'pediatrics', 'pediatrician', 'paediatrics', 'dermatology', 'dermatologist', 'neurology', 'neurologist', 'emergency medicine', 'anesthesiology', 'obstetrics', 'OB/GYN', 'ophthalmology', 'endocrinology', 'gastroenterology', 'surgery', 'surgeon', 'surgeons'],
    implies: ['medicine'],
    examples: {
      positive: ['Cardiologists, oncologists and other specialists.', 'Board certification in pediatrics or emergency medicine.'],
      negative: ['A general practitioner background is fine.'],
    },
  },
  {
    id: 'emergency-services', label: 'Emergency medical services', category: 'domain',
    aliases: ['EMT', 'paramedic', 'paramedics', 'emergency medical technician', 'first responder', 'EMS'],
    implies: ['healthcare'],
    examples: {
      positive: ['Paramedics and EMTs with field experience.', 'Former first responders.'],
      negative: ['Emergencies aside, reply within a day.'],
    },
  },
  {
    id: 'nutrition', label: 'Nutrition & dietetics', category: 'domain',
    aliases: ['dietitian', 'dietitians', 'dietetics', 'nutritionist', 'registered dietitian', 'clinical nutrition'],
    implies: ['healthcare'],
    examples: {
      positive: ['Registered dietitians to review meal plans.', 'Nutritionists welcome.'],
      negative: ['Eat well and take breaks.'],
    },
  },
  {
    id: 'healthcare-administration', label: 'Healthcare administration', category: 'domain',
    aliases: ['healthcare administrator', 'hospital administration', 'health administration', 'practice manager', 'revenue cycle'],
    implies: ['healthcare'],
    examples: {
      positive: ['Healthcare administrators and practice managers.', 'Revenue cycle experience.'],
      negative: ['Administer the survey to new raters.'],
    },
  },
  {
    id: 'medical-coding', label: 'Medical coding & billing', category: 'domain',
    aliases: ['medical coder', 'medical billing', 'ICD-10', 'CPT codes', 'clinical coding', 'CPC certified'],
    implies: ['healthcare'],
    examples: {
      positive: ['Certified medical coders who know ICD-10.', 'Medical billing experience.'],
      negative: ['Coding tasks in Python and Java.'],
    },
  },
  {
    id: 'health-informatics', label: 'Health informatics', category: 'domain',
    aliases: ['clinical informatics', 'nursing informatics', 'medical informatics', 'EHR implementation', 'HL7', 'FHIR'],
    implies: ['healthcare'],
    examples: {
      positive: ['Clinical informatics specialists with FHIR experience.', 'Health informatics background.'],
      negative: ['Inform us of any schedule changes.'],
    },
  },
  // ── Education ────────────────────────────────────────────────────────────────────────────
  {
    id: 'education', label: 'Education', category: 'domain', stem: false,
    aliases: ['educator', 'educators', 'education sector', 'education professional', 'education professionals', 'pedagogy', 'pedagogical', 'edtech'],
    examples: {
      positive: ['Educators who can judge explanations.', 'Background in education or edtech.'],
      negative: ['We hire educated professionals from every field.'],
    },
  },
  {
    id: 'teaching', label: 'Teaching', category: 'domain', stem: false,
    aliases: ['teacher', 'teachers', 'classroom teacher', 'classroom teaching', 'teaching experience', 'instructor', 'instructors'],
    implies: ['education'],
    examples: {
      positive: ['Teachers with three years of classroom experience.', 'Teaching experience at any level.'],
      negative: ['Your ratings teach the model what good answers look like.'],
    },
  },
  {
    id: 'tutoring', label: 'Tutoring', category: 'domain',
    aliases: ['tutor', 'private tutor', 'online tutor', 'math tutor', 'academic coaching', 'homework help'],
    guards: { notPrecededBy: ['ai'], appliesTo: ['tutor', 'Tutoring'] },
    implies: ['education'],
    examples: {
      positive: ['Tutors who explain concepts step by step.', 'Experience tutoring high school students.'],
      negative: ['Teachers and professors welcome.', 'Apply as an AI tutor for our lab.'],
    },
  },
  {
    id: 'curriculum-development', label: 'Curriculum development', category: 'domain',
    aliases: ['curriculum', 'curriculum design', 'curriculum developer', 'curriculum writer', 'course design', 'syllabus design', 'learning objectives'],
    implies: ['education'],
    examples: {
      positive: ['Curriculum designers and course writers.', 'Experience with curriculum development.'],
      negative: ['Courses of action should be explained.'],
    },
  },
  {
    id: 'k-12', label: 'K-12 education', category: 'domain', stem: false,
    aliases: ['K12', 'K-12', 'elementary school', 'middle school', 'high school teacher', 'high school teachers', 'secondary school', 'primary school', 'K-8'],
    implies: ['education'],
    examples: {
      positive: ['Certified K-12 teachers.', 'Middle school math teachers welcome.'],
      negative: ['Graduate students and postdocs.'],
    },
  },
  {
    id: 'higher-education', label: 'Higher education', category: 'domain',
    aliases: ['professor', 'professors', 'assistant professor', 'associate professor', 'lecturer', 'lecturers', 'adjunct', 'faculty member', 'university teaching', 'college instructor', 'teaching assistant'],
    implies: ['education'],
    examples: {
      positive: ['Professors and lecturers in any STEM field.', 'Adjunct faculty welcome.'],
      negative: ['High school students cannot apply.'],
    },
  },
  {
    id: 'early-childhood', label: 'Early childhood education', category: 'domain',
    aliases: ['early childhood educator', 'preschool teacher', 'kindergarten teacher', 'childcare', 'child development'],
    implies: ['education'],
    examples: {
      positive: ['Preschool teachers and early childhood educators.', 'Background in child development.'],
      negative: ['Adults only; no minors.'],
    },
  },
  {
    id: 'special-education', label: 'Special education', category: 'domain',
    aliases: ['special education teacher', 'SPED', 'special needs education', 'learning disabilities', 'IEP'],
    implies: ['education'],
    examples: {
      positive: ['Special education teachers with IEP experience.', 'Background in SPED.'],
      negative: ['Special offers for new users.'],
    },
  },
  {
    id: 'language-teaching', label: 'Language teaching (ESL)', category: 'domain',
    aliases: ['ESL', 'ESL teacher', 'EFL', 'English as a second language', 'language teacher', 'language instructor', 'foreign language teaching'],
    implies: ['education'],
    examples: {
      positive: ['ESL teachers with TEFL certification.', 'Experience as a language instructor.'],
      negative: ['Native speakers of English only.'],
    },
  },
  {
    id: 'instructional-design', label: 'Instructional design', category: 'domain', stem: false,
    aliases: ['instructional designer', 'instructional designers', 'learning design', 'learning experience design', 'e-learning', 'elearning', 'training development', 'learning and development'],
    caseSensitive: ['L&D'],
    implies: ['education'],
    examples: {
      positive: ['Instructional designers who build e-learning.', 'Learning and development specialists.'],
      negative: ['Clear instructions are provided for each task.'],
    },
  },
  {
    id: 'test-prep', label: 'Test preparation', category: 'domain',
    aliases: ['test prep', 'exam preparation', 'standardized testing', 'GRE', 'GMAT', 'LSAT', 'MCAT', 'ACT prep', 'SAT prep'],
    implies: ['education'],
    examples: {
      positive: ['Test prep tutors for the GRE and GMAT.', 'Experience with standardized testing.'],
      negative: ['We sat down with our raters.'],
    },
  },
  // ── Writing ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'writing', label: 'Professional writing', category: 'domain', stem: false,
    aliases: ['writer', 'writers', 'professional writer', 'professional writers', 'content writer', 'content writers', 'content writing', 'freelance writer', 'freelance writers', 'ghostwriter', 'ghostwriters', 'author', 'authors', 'published author', 'published authors', 'blogger', 'bloggers'],
    guards: { notFollowedBy: ['of'], appliesTo: ['author'] },
    examples: {
      positive: ['Writers who care about clarity and tone.', 'Published authors and bloggers welcome.'],
      negative: ['Read carefully and rate each answer.', 'You must be legally authorized to work in the US.'],
    },
  },
  {
    id: 'editing-publishing', label: 'Editing & publishing', category: 'domain',
    aliases: ['editor', 'editors', 'copy editor', 'copy editors', 'managing editor', 'editorial', 'publishing', 'book publishing', 'line editor', 'developmental editor'],
    examples: {
      positive: ['Editors and copy editors with publishing experience.', 'Editorial background required.'],
      negative: ['Edit your responses before submitting.'],
    },
  },
  {
    id: 'journalism', label: 'Journalism', category: 'domain', stem: false,
    aliases: ['journalist', 'journalists', 'reporter', 'reporters', 'newsroom', 'news writing', 'investigative reporting', 'broadcast journalism'],
    examples: {
      positive: ['Journalists who can check claims quickly.', 'Newsroom experience preferred.'],
      negative: ['Published in a peer-reviewed journal.'],
    },
  },
  {
    id: 'copywriting', label: 'Copywriting', category: 'domain',
    aliases: ['copywriter', 'copywriters', 'ad copy', 'marketing copy', 'sales copy', 'UX writing', 'UX writer'],
    implies: ['writing'],
    examples: {
      positive: ['Copywriters who write crisp ad copy.', 'UX writing experience a plus.'],
      negative: ['Copy the task ID into the form.'],
    },
  },
  {
    id: 'technical-writing', label: 'Technical writing', category: 'domain',
    aliases: ['technical writer', 'technical writers', 'technical documentation', 'documentation writer', 'API documentation', 'user manuals', 'docs writer'],
    implies: ['writing'],
    examples: {
      positive: ['Technical writers who document APIs.', 'Experience with technical documentation.'],
      negative: ['Some technical problems may occur.'],
    },
  },
  {
    id: 'creative-writing', label: 'Creative writing', category: 'domain',
    aliases: ['fiction writing', 'fiction writer', 'novelist', 'poet', 'poetry', 'screenwriting', 'screenwriter', 'storytelling', 'MFA in creative writing'],
    implies: ['writing'],
    examples: {
      positive: ['Novelists, poets and screenwriters.', 'A background in creative writing.'],
      negative: ['Write factual, neutral answers.'],
    },
  },
  {
    id: 'content-strategy', label: 'Content strategy & SEO', category: 'domain',
    aliases: ['content strategist', 'content marketing', 'content manager', 'SEO', 'search engine optimization', 'SEO writer', 'SEO specialist'],
    implies: ['marketing'],
    examples: {
      positive: ['Content strategists who know SEO.', 'Search engine optimization experience.'],
      negative: ['Search for answers in reliable sources.'],
    },
  },
  {
    id: 'translation', label: 'Translation & localization', category: 'domain', stem: false,
    aliases: ['translator', 'translators', 'professional translator', 'translation', 'translations', 'localization', 'localisation', 'localization specialist', 'transcreation', 'subtitling', 'subtitler'],
    examples: {
      positive: ['Professional translators with five years of experience.', 'Localization specialists for Japanese.'],
      negative: ['Local candidates in Austin only.'],
    },
  },
  {
    id: 'interpreting', label: 'Interpreting', category: 'domain', stem: false,
    aliases: ['interpreter', 'interpreters', 'medical interpreter', 'court interpreter', 'simultaneous interpretation', 'consecutive interpretation', 'sign language interpreter'],
    examples: {
      positive: ['Certified court interpreters welcome.', 'Medical interpreter experience.'],
      negative: ['Interpret the chart and explain it.'],
    },
  },
  {
    id: 'linguistics', label: 'Linguistics', category: 'domain',
    aliases: ['linguist', 'linguists', 'computational linguistics', 'phonetics', 'phonology', 'syntax and semantics', 'sociolinguistics'],
    examples: {
      positive: ['Linguists who can judge phrasing.', 'A degree in computational linguistics.'],
      negative: ['Languages spoken: English and French.'],
    },
  },
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
    guards: { notPrecededBy: ['jd'], notFollowedBy: ['degree', 'program', 'programme'], appliesTo: ['LLM', 'llm'] },
    examples: {
      positive: ['Evaluate LLM outputs for accuracy.', 'Experience with large language models.', 'Familiarity with generative AI tools.'],
      negative: ['A JD or LL.M. from an accredited law school.'],
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
    aliases: ['software engineer', 'software engineers', 'software developer', 'software developers', 'software development', 'programmer', 'programmers', 'developer', 'developers', 'SWE', 'coding', 'programming'],
    guards: { notPrecededBy: ['medical', 'clinical', 'icd', 'curriculum', 'course', 'business', 'training', 'content', 'estate', 'property', 'talent', 'leadership', 'land'], appliesTo: ['coding', 'developer', 'developers'] },
    examples: {
      positive: ['Software engineers who want side projects.', 'Strong programming skills.', 'Two years of software development.'],
      negative: ['Medical coding specialists only.', 'Hardware design for circuit boards.'],
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
    aliases: ['CS degree', 'computer scientist', 'theoretical computer science', 'computer engineering', 'CS PhD', 'CS graduate'],
    examples: {
      positive: ['A degree in computer science or related field.', 'CS graduates welcome.'],
      negative: ['Social science graduates welcome.'],
    },
  },
  {
    id: 'ux-design', label: 'UX/UI design', category: 'domain', stem: false,
    aliases: ['UX design', 'UX designer', 'UI design', 'UI designer', 'UI/UX', 'UX/UI', 'user experience', 'interaction design', 'user research', 'UX research', 'UX researcher', 'usability testing', 'product design', 'product designer', 'product designers', 'UX designers', 'UI designers', 'UX researchers'],
    examples: {
      positive: ['UX designers who run usability testing.', 'Product designers with a portfolio.'],
      negative: ['Designed to be done from home.'],
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
    examples: {
      positive: ['Researchers and graduate students in STEM.', 'Postdocs are encouraged to apply.'],
      negative: ['Do some research before you rate the answer.'],
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
    aliases: ['biologist', 'biologists', 'biological sciences', 'molecular biology', 'cell biology', 'microbiology', 'biochemistry', 'biochemist', 'genetics', 'geneticist', 'genomics', 'bioinformatics', 'immunology', 'life sciences', 'biotech', 'biotechnology', 'ecology', 'zoology', 'botany'],
    examples: {
      positive: ['PhDs in molecular biology or genetics.', 'Biologists who can check experimental claims.', 'Life sciences background.'],
      negative: ['Physicists and chemists welcome.'],
    },
  },
  {
    id: 'chemistry', label: 'Chemistry', category: 'domain',
    aliases: ['chemist', 'chemists', 'organic chemistry', 'inorganic chemistry', 'physical chemistry', 'analytical chemistry', 'medicinal chemistry', 'computational chemistry'],
    examples: {
      positive: ['Chemists with organic chemistry expertise.', 'A degree in chemistry.'],
      negative: ['Biologists and geneticists welcome.'],
    },
  },
  {
    id: 'physics', label: 'Physics', category: 'domain', stem: false,
    aliases: ['physicist', 'physicists', 'theoretical physics', 'quantum physics', 'astrophysics', 'astrophysicist', 'astronomy', 'astronomer', 'condensed matter physics', 'particle physics'],
    examples: {
      positive: ['Physicists who can check derivations.', 'PhD in astrophysics or physics.'],
      negative: ['Physical therapists welcome.'],
    },
  },
  {
    id: 'mathematics', label: 'Mathematics', category: 'domain',
    aliases: ['math', 'maths', 'mathematician', 'mathematicians', 'applied mathematics', 'pure mathematics', 'calculus', 'linear algebra', 'number theory', 'competition math', 'olympiad'],
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
    aliases: ['economist', 'economists', 'macroeconomics', 'microeconomics', 'behavioral economics', 'economic analysis', 'economic research'],
    examples: {
      positive: ['Economists who can check elasticity answers.', 'Graduate degree in economics.'],
      negative: ['Save money with this offer.'],
    },
  },
  {
    id: 'psychology', label: 'Psychology', category: 'domain',
    aliases: ['psychologist', 'psychologists', 'cognitive psychology', 'cognitive science', 'behavioral science', 'neuropsychology', 'developmental psychology', 'social psychology'],
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
    examples: {
      positive: ['Sociologists, anthropologists and political scientists.', 'A degree in the social sciences.'],
      negative: ['Share the link on social media.'],
    },
  },
  {
    id: 'humanities', label: 'Humanities', category: 'domain', stem: false,
    aliases: ['history', 'historian', 'historians', 'philosophy', 'philosopher', 'philosophers', 'ethics', 'ethicist', 'ethicists', 'religious studies', 'theology', 'classics', 'literature', 'English literature', 'comparative literature', 'liberal arts', 'humanities background'],
    guards: { notPrecededBy: ['work', 'employment', 'pay', 'payment', 'browsing', 'task', 'credit', 'medical', 'job'], appliesTo: ['history'] },
    examples: {
      positive: ['Historians and philosophers welcome.', 'A degree in philosophy or literature.'],
      negative: ['We review your work history before approval.', 'Human judgment at scale.'],
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
    aliases: ['engineer', 'engineers', 'professional engineer', 'engineering degree', 'engineering background'],
    guards: { notPrecededBy: ['prompt', 'software', 'reverse', 'social', 'data', 'ml', 'devops', 'backend', 'frontend', 'security', 'qa', 'cloud', 'sales', 'feature', 'platform', 'test', 'site', 'reliability', 'ai', 'firmware', 'infrastructure'], appliesTo: ['Engineering', 'engineer', 'engineers'] },
    examples: {
      positive: ['Licensed engineers in any discipline.', 'An engineering degree is required.'],
      negative: ['Prompt engineering for training data.', 'Software engineers only.'],
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
    aliases: ['industrial engineer', 'operations research', 'systems engineering', 'systems engineer'],
    implies: ['engineering'],
    examples: {
      positive: ['Industrial engineers and operations research experts.', 'Systems engineering background.'],
      negative: ['Industry-leading pay rates.'],
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
