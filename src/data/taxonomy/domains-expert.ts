// Professional domains, part 2: healthcare, education and writing. Words whose stems collide with
// common words ("education"/"educated", "journalism"/"journal", "localization"/"local") turn
// stemming off.
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
    aliases: ['physician', 'physicians', 'doctor', 'doctors', 'medical doctor', 'medical doctors', 'attending physician', 'resident physician', 'medical practice', 'practicing physician', 'clinical medicine', 'internal medicine', 'family medicine', 'general practitioner', 'hospitalist',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'medicina', 'médecine', 'Medizin', 'geneeskunde', 'médecin', 'Arzt', 'Ärztin'
    ],
    // "Doctor of Veterinary Medicine" is the veterinary degree (its own entry).
    guards: { notFollowedBy: ['of'], notPrecededBy: ['veterinary'], appliesTo: ['doctor', 'doctors', 'Medicine'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Board-certified physicians are encouraged to apply.', 'Practicing doctors who can judge clinical answers.', 'A degree in medicine and clinical practice.'],
      negative: ['A doctoral degree in any field is preferred.', 'Holds a degree in veterinary medicine.'],
    },
  },
  {
    id: 'nursing', label: 'Nursing', category: 'domain',
    aliases: ['nurse', 'nursing practice', 'clinical nursing', 'nurse educator', 'charge nurse', 'ICU nurse', 'nurse manager', 'LPN', 'LVN', 'licensed practical nurse',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'enfermería', 'enfermero', 'enfermera', 'enfermagem', 'enfermeiro', 'enfermeira', 'infirmier', 'infirmière', 'soins infirmiers', 'Pflegekraft', 'Pflegefachkraft', 'Krankenpfleger', 'Krankenschwester', 'infermiere', 'infermieristica', 'verpleegkundige', 'infermieri', 'Pflegekräfte', 'Pflegefachkräfte', 'verpleegkundigen'
    ],
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
    // "Clinical coder", "Clinical Commissioning Group", "clinical accuracy", "our clinical AI": jobs, bodies
    // and qualities that are not patient-care experience.
    guards: { notFollowedBy: ['research', 'trial', 'trials', 'study', 'studies', 'informatics', 'coding', 'nutrition', 'psychologist', 'psychology', 'pharmacy', 'terminology', 'documentation', 'data', 'coder', 'coders', 'commissioning', 'accuracy', 'ai', 'workflows', 'workflow', 'environment', 'environments', 'product', 'products', 'tools', 'software', 'systems', 'operations', 'directorate', 'governance'], appliesTo: ['clinical'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Clinicians with two years of patient care.', 'Clinical experience in a hospital setting.'],
      negative: ['Accredited Clinical Coder wanted for the records team.', 'Answers should be clean and concise.'],
    },
  },
  {
    id: 'medical-writing', label: 'Medical writing', category: 'domain',
    aliases: ['medical writer', 'medical writers', 'medical communications', 'regulatory writing', 'scientific writing', 'health writing', 'medical editor', 'clinical writing', 'clinical writer', 'clinical writers'],
    implies: ['healthcare'],
    examples: {
      positive: ['Medical writers with regulatory writing experience.', 'Background in medical communications.', 'Experience in clinical writing.'],
      negative: ['Writers who love poetry.'],
    },
  },
  {
    // Unstemmed: Porter makes "counseling" and "counselor" a "counsel", which a general counsel is.
    id: 'mental-health', label: 'Mental health', category: 'domain', stem: false,
    aliases: ['behavioral health', 'behavioural health', 'counseling', 'counselling', 'counselor', 'counselors', 'counsellor', 'counsellors', 'psychotherapy', 'psychotherapist', 'psychotherapists', 'therapist', 'therapists', 'psychiatry', 'psychiatric', 'psychiatrist', 'psychiatrists', 'clinical psychologist', 'clinical psychologists', 'social work', 'social worker', 'social workers', 'substance use', 'substance abuse'],
    // "Behavioral health coverage", "two Mental Health Days Off": benefits.
    guards: {
      notPrecededBy: ['physical', 'occupational', 'speech', 'respiratory', 'massage', 'beauty', 'sports', 'spa'],
      notFollowedBy: ['coverage', 'days', 'day', 'benefits', 'benefit', 'stipend', 'leave', 'programs', 'program', 'apps', 'app', 'allowance', 'perks', 'initiatives', 'resources'],
      appliesTo: ['therapist', 'therapists', 'behavioral health', 'behavioural health', 'Mental health'],
    },
    implies: ['healthcare'],
    examples: {
      positive: ['Licensed therapists and counselors.', 'Experience in psychiatry or behavioral health.', 'Mental health professionals welcome.'],
      negative: ['Health insurance is not provided to contractors.', 'Medical benefits include behavioral health coverage.', 'Two company-wide Mental Health Days Off.', 'Report to the General Counsel.', 'Counsel candidates on benefits.', 'Beauty therapist for our spa.', 'Perks: gym membership and mental health programs.'],
    },
  },
  {
    id: 'dentistry', label: 'Dentistry', category: 'domain',
    aliases: ['dentist', 'dentists', 'dental', 'dental hygienist', 'dental hygiene', 'orthodontics', 'orthodontist', 'DDS', 'DMD'],
    // "Medical, dental and vision coverage" is a benefit, not a field.
    guards: { forbidNear: ['vision', '401k', 'coverage', 'pto', 'benefits', 'insurance', 'plan', 'plans'], window: 5, appliesTo: ['dental'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Dentists and dental hygienists welcome.', 'A DDS or DMD degree.', 'Experience in a dental practice.'],
      negative: ['Identify the main point of each answer.', 'Comprehensive health, dental and vision coverage.'],
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
    aliases: ['physical therapy', 'physical therapist', 'physiotherapy', 'physiotherapist', 'occupational therapy', 'occupational therapist', 'speech-language pathology', 'speech-language pathologist', 'speech therapist', 'respiratory therapist', 'DPT', 'speech and language therapist', 'speech and language therapy'],
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
    aliases: ['cardiology', 'cardiologist', 'oncology', 'oncologist', 'pediatrics', 'pediatrician', 'paediatrics', 'dermatology', 'dermatologist', 'neurology', 'neurologist', 'emergency medicine', 'anesthesiology', 'obstetrics', 'OB/GYN', 'ophthalmology', 'endocrinology', 'gastroenterology', 'surgery', 'surgeon', 'surgeons', 'ophthalmologist', 'critical care',
      // Units nurses name their experience by, and more specialties.
      'intensive care', 'med-surg', 'medical-surgical', 'emergency department', 'labor and delivery', 'radiology', 'orthopedics', 'orthopaedics', 'geriatrics', 'nephrology', 'urology', 'pulmonology', 'rheumatology', 'hematology', 'infectious disease', 'infectious diseases'],
    caseSensitive: ['ICU', 'NICU', 'PICU'],
    implies: ['medicine'],
    examples: {
      positive: ['Cardiologists, oncologists and other specialists.', 'Board certification in pediatrics or emergency medicine.', '3+ years of bedside experience in ICU, ER or med-surg.'],
      negative: ['A general practitioner background is fine.'],
    },
  },
  {
    id: 'emergency-services', label: 'Emergency medical services', category: 'domain',
    aliases: ['EMT', 'paramedic', 'paramedics', 'emergency medical technician', 'first responder', 'EMS'],
    // An Environmental Management System (ISO 14001) is an EMS too.
    guards: { forbidNear: ['environmental', 'ISO', 'energy', 'sustainability', 'emissions'], appliesTo: ['EMS'] },
    implies: ['healthcare'],
    examples: {
      positive: ['Paramedics and EMTs with field experience.', 'Former first responders.'],
      negative: ['Emergencies aside, reply within a day.', 'Maintain the Environmental Management System (EMS) to ISO 14001.'],
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
    // "based on location, experience, education and skills" lists pay factors, not a field.
    guards: {
      // "completed university education", "tertiary education", "regardless of their education": the applicant's schooling.
      notPrecededBy: ['experience', 'location', 'skills', 'your', 'formal', 'level', 'relevant', 'continuing', 'prior', 'training', 'university', 'tertiary', 'secondary', 'college', 'school', 'completed', 'their', 'minimum', 'required', 'academic', 'postsecondary', 'post-secondary'],
      // "Education: Bachelor's degree", "Education/Certification Requirements": a field label for
      // the candidate's schooling, not the education sector.
      notFollowedBy: ['level', 'requirements', 'requirement', 'history', 'certification', 'certifications', 'bachelor', "bachelor's", 'bachelors', 'degree', 'degrees', 'master', "master's", 'masters', 'qualification', 'qualifications', 'background', 'phd', 'diploma', 'high', 'and'],
      appliesTo: ['Education'],
    },
    examples: {
      positive: ['Educators who can judge explanations.', 'Background in education or edtech.'],
      negative: ['Education: Bachelor\'s degree in any field.', 'We hire educated professionals from every field.', 'Pay varies with location, experience, education and skills.', 'You have completed university education.'],
    },
  },
  {
    id: 'teaching', label: 'Teaching', category: 'domain', stem: false,
    aliases: ['teacher', 'teachers', 'classroom teacher', 'classroom teaching', 'teaching experience', 'instructor', 'instructors',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'profesor', 'profesora', 'docente', 'professora', 'enseignant', 'enseignante', 'Lehrer', 'Lehrerin', 'Lehrkraft', 'insegnante', 'leraar', 'profesores', 'profesoras', 'docentes', 'professoras', 'enseignants', 'enseignantes', 'Lehrkräfte', 'insegnanti', 'leraren'
    ],
    // "teaching AI how to think" is what the rater does for the model.
    // "Leeds Teaching Hospitals" is an employer's name.
    // "teaching the model to understand query intent": a word between, so also a model just after.
    guards: { notFollowedBy: ['ai', 'models', 'model', 'machines', 'llms', 'computers', 'chatbots', 'hospital', 'hospitals', 'trust'], forbidNear: ['model', 'models', 'llm', 'llms'], window: 2, appliesTo: ['Teaching'] },
    implies: ['education'],
    examples: {
      positive: ['Teachers with three years of classroom experience.', 'Teaching experience at any level.'],
      negative: ['Your ratings teach the model what good answers look like.', 'Spend your evenings teaching AI models to reason.', 'This involves teaching the model to understand query intent.'],
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
    aliases: ['curriculum', 'curriculum design', 'curriculum developer', 'curriculum writer', 'course design', 'syllabus design', 'learning objectives', 'curricula', 'curriculum planning'],
    implies: ['education'],
    examples: {
      positive: ['Curriculum designers and course writers.', 'Experience with curriculum development.', 'Has designed curricula for adult learners.'],
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
    // "Author precise prompts" uses the word as a verb.
    guards: { notFollowedBy: ['of', 'prompts', 'prompt', 'questions', 'responses', 'answers', 'tasks', 'test', 'tests', 'rubrics', 'precise', 'clear', 'high', 'original', 'detailed', 'complex', 'challenging', 'new', 'code', 'scenarios'], appliesTo: ['author'] },
    examples: {
      positive: ['Writers who care about clarity and tone.', 'Published authors and bloggers welcome.', 'An author with two novels in print.'],
      negative: ['Read carefully and rate each answer.', 'You must be legally authorized to work in the US.', 'Author challenging questions for the model.'],
    },
  },
  {
    id: 'editing-publishing', label: 'Editing & publishing', category: 'domain',
    // Unstemmed: "publishing" would find "offers have been published" and "people who publish research".
    stem: false,
    aliases: ['editor', 'editors', 'copy editor', 'copy editors', 'managing editor', 'editorial', 'publishing', 'book publishing', 'line editor', 'developmental editor'],
    // Software has "document editors", "code editors" and "publishing" a build.
    guards: {
      notPrecededBy: ['document', 'text', 'code', 'video', 'photo', 'image', 'rich', 'wysiwyg', 'markdown', 'visual', 'graph', 'level', 'map', 'spreadsheet', 'prototyping', 'TMX', 'XML', 'HTML', 'JSON', 'hex', 'subtitle', 'caption', 'audio'],
      notFollowedBy: ['platform', 'platforms', 'pipeline', 'pipelines', 'workflow', 'apps', 'packages', 'api'],
      // "Power BI dashboard design and publishing": analysts publish dashboards.
      forbidNear: ['dashboard', 'dashboards', 'Power BI', 'Tableau', 'Looker'],
      window: 6,
      appliesTo: ['editor', 'editors', 'publishing'],
    },
    examples: {
      positive: ['Editors and copy editors with publishing experience.', 'Editorial background required.'],
      negative: ['Countries where offers have been published are listed.', 'Edit your responses before submitting.', 'Extend our browsers and code editors.', 'Power BI dashboard design and publishing.'],
    },
  },
  {
    id: 'journalism', label: 'Journalism', category: 'domain', stem: false,
    aliases: ['journalist', 'journalists', 'reporter', 'reporters', 'newsroom', 'news writing', 'investigative reporting', 'broadcast journalism',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'periodista', 'periodismo', 'jornalista', 'jornalismo', 'journaliste', 'journalisme', 'Journalistin', 'Journalismus', 'giornalista', 'giornalismo', 'journalistiek', 'periodistas', 'jornalistas', 'journalistes', 'Journalisten', 'giornalisti'
    ],
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
    // "Data storytelling", "brand storytelling": analysts and marketers present, they do not write fiction.
    guards: { notPrecededBy: ['data', 'visual', 'brand', 'product', 'digital', 'business'], appliesTo: ['storytelling'] },
    implies: ['writing'],
    examples: {
      positive: ['Novelists, poets and screenwriters.', 'A background in creative writing.'],
      negative: ['Write factual, neutral answers.', 'Dashboards and data visual storytelling for the leadership team.'],
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
    aliases: ['translator', 'translators', 'professional translator', 'translation', 'translations', 'localization', 'localisation', 'localization specialist', 'transcreation', 'subtitling', 'subtitler',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'traductor', 'traductora', 'traducción', 'tradutor', 'tradutora', 'tradução', 'traducteur', 'traductrice', 'traduction', 'Übersetzer', 'Übersetzerin', 'Übersetzung', 'traduttore', 'traduttrice', 'traduzione', 'vertaler', 'vertaling', 'traductores', 'tradutores', 'traducteurs', 'traductrices', 'traduttori', 'vertalers'
    ],
    examples: {
      positive: ['Professional translators with five years of experience.', 'Localization specialists for Japanese.'],
      negative: ['Local candidates in Austin only.'],
    },
  },
  {
    id: 'interpreting', label: 'Interpreting', category: 'domain', stem: false,
    aliases: ['interpreter', 'interpreters', 'medical interpreter', 'court interpreter', 'simultaneous interpretation', 'consecutive interpretation', 'sign language interpreter'],
    // The verb "interpreting" (a policy, ambiguous content, prompts) is reading, not the language
    // profession: it counts only next to a word of that profession.
    guards: {
      requireNear: ['interpreter', 'interpreters', 'translation', 'translating', 'translator', 'translators', 'medical', 'court', 'simultaneous', 'consecutive', 'sign', 'languages', 'conference', 'certified', 'certification', 'spoken', 'oral', 'healthcare', 'community'],
      window: 3,
      appliesTo: ['Interpreting'],
    },
    examples: {
      positive: ['Certified court interpreters welcome.', 'Medical interpreter experience.', 'Experience in medical interpreting or translation.'],
      negative: ['Interpret the chart and explain it.', 'Skilled at interpreting vague content rules.'],
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
];
