// Degrees, licences and certifications. Short abbreviations collide with ordinary text ("DO not",
// "MD" for Maryland, "PA" for Pennsylvania, "JD" for job description, "LLM" for language models),
// so they match only in capitals and need a professional word nearby.
import type { TaxonomyEntryInput } from '../schema.ts';

const CLINICAL_NEAR = [
  'physician', 'physicians', 'medicine', 'medical', 'doctor', 'doctors', 'degree', 'board', 'licensed', 'license', 'licence',
  'clinical', 'residency', 'clinician', 'clinicians', 'specialist', 'practicing', 'certified', 'hospital', 'patient', 'patients',
  'healthcare', 'health', 'md', 'do', 'np', 'pa', 'rn', 'phd', 'mph', 'pharmd', 'dnp', 'nurse', 'nurses', 'surgery', 'osteopathic',
  'prescribing', 'pas', 'nps', 'rns', 'mds', 'clinic', 'ehr', 'emr', 'nursing', 'cns', 'crna', 'bsn', 'msn', 'icu',
];
const near = (...self: string[]): string[] => CLINICAL_NEAR.filter((w) => !self.includes(w));
const LAW_NEAR = ['law', 'legal', 'degree', 'bar', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'school', 'aba', 'licensed', 'juris', 'paralegal', 'litigation', 'counsel', 'admitted', 'admission', 'jurisdiction', 'mba', 'llm', 'accredited', 'practicing'];

export const credentials: TaxonomyEntryInput[] = [
  // ── Law ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'jd', label: 'Juris Doctor (JD)', category: 'credential', stem: false,
    aliases: ['Juris Doctor', 'Juris Doctorate', 'Doctor of Jurisprudence', 'law degree', 'law degrees'],
    caseSensitive: ['JD', 'J.D.'],
    // "read the JD": the degree is "a JD", "JD required"; "the JD" is the job description.
    guards: { requireNear: LAW_NEAR, forbidNear: ['description', 'descriptions'], notPrecededBy: ['the', 'this', 'our', 'attached', 'full'], window: 10, appliesTo: ['JD', 'J.D.'] },
    implies: ['legal'],
    examples: {
      positive: ['A JD from an accredited law school is required.', 'J.D. and active bar membership.', 'Applicants must hold a Juris Doctor.'],
      negative: ['Please read the JD carefully before applying.', 'The JD (job description) lists legal tasks.', 'Please read the attached JD. Legal background required.'],
    },
  },
  {
    id: 'bar-admission', label: 'Bar admission (licensed attorney)', category: 'credential',
    aliases: ['bar admission', 'admitted to the bar', 'admitted to practice', 'active bar membership', 'bar membership', 'member of the bar', 'licensed attorney', 'licensed attorneys', 'licensed to practice law', 'bar license', 'good standing with the bar', 'state bar', 'passed the bar', 'bar exam', 'licensed lawyer', 'solicitor qualified', 'barred attorney', 'barred attorneys', 'barred lawyer', 'bar-admitted', 'barred in'],
    implies: ['legal'],
    examples: {
      positive: ['Licensed attorneys in good standing.', 'Must be admitted to the bar in any US state.', 'Active bar membership required.', 'A Texas-barred attorney with trial practice.'],
      negative: ['Raise the bar for quality.'],
    },
  },
  {
    id: 'llm-law', label: 'Master of Laws (LL.M.)', category: 'credential', stem: false,
    aliases: ['Master of Laws', 'Masters of Laws', 'LL.M.', 'LL.M', 'LL M'],
    implies: ['legal'],
    examples: {
      positive: ['An LL.M. in tax law is a plus.', 'JD or Master of Laws required.'],
      negative: ['Evaluate LLM responses for legal accuracy.', 'Experience with LLMs in law firms.'],
    },
  },
  {
    id: 'paralegal-certificate', label: 'Paralegal certificate', category: 'credential',
    aliases: ['paralegal certification', 'certified paralegal', 'ABA-approved paralegal', 'NALA certified', 'CP designation'],
    implies: ['paralegal'],
    examples: {
      positive: ['Paralegal certificate from an ABA-approved program.', 'Certified paralegal (NALA).'],
      negative: ['Paralegals welcome.'],
    },
  },
  // ── Medicine ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'md', label: 'Doctor of Medicine (MD)', category: 'credential', stem: false,
    aliases: ['Doctor of Medicine', 'MBBS', 'M.B.B.S.', 'medical degree', 'MD degree', 'MD/PhD'],
    caseSensitive: ['MD', 'M.D.'],
    guards: {
      requireNear: near('md'),
      forbidNear: ['maryland', 'baltimore', 'bethesda', 'rockville', 'annapolis', 'managing', 'director', 'readme', 'markdown'],
      // "MD Anderson" (the cancer center), "MD residents only" (the state).
      notFollowedBy: ['anderson', 'residents', 'resident'],
      window: 10,
      appliesTo: ['MD', 'M.D.'],
    },
    implies: ['medicine'],
    examples: {
      positive: ['Physicians with an MD or DO degree.', 'MD required; board certification preferred.', 'Licensed M.D. with clinical experience.'],
      negative: ['Treated at MD Anderson by board-certified staff.', 'Office located in Baltimore, MD, near the hospital.', 'Our MD (Managing Director) leads the team.', 'Edit the README MD file.'],
    },
  },
  {
    id: 'do', label: 'Doctor of Osteopathic Medicine (DO)', category: 'credential', stem: false,
    aliases: ['Doctor of Osteopathic Medicine', 'osteopathic physician', 'osteopathic physicians'],
    caseSensitive: ['DO', 'D.O.'],
    guards: {
      requireNear: near('do'),
      notFollowedBy: ['not', 'you', 'we', 'i', 'it', 'the', 'this', 'your', 'so', 'what', 'our', 'they', 'all', 'more', 'any', 'great', 'well'],
      notPrecededBy: ['you', 'we', 'i', 'they', 'what', 'to', 'why', 'how'],
      window: 10,
      appliesTo: ['DO'],
    },
    implies: ['medicine'],
    examples: {
      positive: ['Physicians (MD or DO) with active licenses.', 'MD/DO with residency training.'],
      negative: ['DO NOT share patient data with anyone.', 'WHAT WE DO: medical AI evaluation.'],
    },
  },
  {
    id: 'rn', label: 'Registered Nurse (RN)', category: 'credential', stem: false,
    aliases: ['registered nurse', 'registered nurses', 'registered general nurse', 'RN license', 'RN licensure', 'active RN license', 'BSN-RN'],
    // RGN: the UK's registered general nurse.
    caseSensitive: ['RN', 'RNs', 'R.N.', 'RGN', 'RGNs'],
    guards: { forbidNear: ['react', 'native', 'expo', 'ios', 'android'], window: 6, appliesTo: ['RN', 'RNs'] },
    implies: ['nursing'],
    examples: {
      positive: ['Active RN license required.', 'Registered nurses with ICU experience.', 'RNs with two years of bedside experience.', 'R.N. preferred.'],
      negative: ['Learn new skills; turn feedback into growth.', 'Apps built with RN and Expo for iOS.'],
    },
  },
  {
    id: 'nclex', label: 'NCLEX', category: 'credential', stem: false,
    aliases: ['NCLEX-RN', 'NCLEX-PN', 'NCLEX RN', 'NCLEX PN', 'passed the NCLEX'],
    implies: ['nursing'],
    examples: {
      positive: ['Passed the NCLEX on the first attempt.', 'Deep knowledge of NCLEX-RN content.'],
      negative: ['Nursing students welcome.'],
    },
  },
  {
    id: 'np', label: 'Nurse Practitioner (NP)', category: 'credential', stem: false,
    aliases: ['nurse practitioner', 'nurse practitioners', 'family nurse practitioner', 'FNP', 'FNP-BC', 'PMHNP', 'AGNP', 'APRN', 'advanced practice registered nurse', 'advanced practice nurse'],
    caseSensitive: ['NP', 'NPs'],
    guards: { requireNear: near('np'), notFollowedBy: ['hard', 'complete'], window: 10, appliesTo: ['NP', 'NPs'] },
    implies: ['nursing', 'healthcare'],
    examples: {
      positive: ['NPs and PAs with prescribing experience.', 'Board-certified family nurse practitioner.', 'Licensed NP in a clinical setting.', 'Nice to have: NP or CNS certification.'],
      negative: ['Prove the problem is NP-hard for the software test.', 'Use np.array in NumPy.'],
    },
  },
  {
    id: 'pa', label: 'Physician Assistant (PA)', category: 'credential', stem: false,
    aliases: ['physician assistant', 'physician assistants', 'physician associate', "physician's assistant", 'PA-C', 'certified physician assistant'],
    caseSensitive: ['PA', 'PAs'],
    guards: {
      requireNear: near('pa'),
      forbidNear: ['pennsylvania', 'pittsburgh', 'philadelphia', 'harrisburg', 'allentown', 'scranton', 'erie'],
      // "PA residents only", "a PA licensed RN": the state.
      notFollowedBy: ['residents', 'resident', 'residency', 'licensed', 'license', 'licensure'],
      // "Monroe County, PA": the state.
      notPrecededBy: ['county'],
      window: 10,
      appliesTo: ['PA', 'PAs'],
    },
    implies: ['medicine', 'healthcare'],
    examples: {
      positive: ['PAs and NPs welcome.', 'Physician assistants with ER experience.', 'A certified PA in a hospital setting.', 'PA-C with five years in urgent care.'],
      negative: ['Members of the Board; PA residents only.', 'Office in Pittsburgh, PA, near the medical center.', 'Remote from anywhere, including PA and NJ.', 'Care for the people of Monroe County, PA, as a nurse.', 'Requirements: PA licensed RN.'],
    },
  },
  {
    id: 'pharmd', label: 'PharmD', category: 'credential', stem: false,
    aliases: ['Pharm.D.', 'Pharm D', 'Doctor of Pharmacy'],
    implies: ['pharmacy'],
    examples: { positive: ['PharmD with hospital experience.'], negative: ['Pharmacy technicians welcome.', 'Licensed pharmacist (RPh).'] },
  },
  {
    // The licence, not the degree: many licensed pharmacists hold a BPharm, not a PharmD.
    id: 'pharmacist-license', label: 'Pharmacist licence (RPh)', category: 'credential', stem: false,
    aliases: ['RPh', 'registered pharmacist', 'licensed pharmacist'],
    implies: ['pharmacy'],
    examples: { positive: ['Licensed pharmacist (RPh).'], negative: ['Pharmacy technicians welcome.'] },
  },
  {
    id: 'bcps', label: 'BCPS (pharmacotherapy specialist)', category: 'credential', stem: false,
    aliases: ['BCPS', 'Board Certified Pharmacotherapy Specialist'],
    implies: ['pharmacy'],
    examples: { positive: ['BCPS preferred.'], negative: ['PharmD with hospital experience.'] },
  },
  {
    id: 'bsn', label: 'BSN', category: 'credential', stem: false,
    aliases: ['Bachelor of Science in Nursing'],
    implies: ['nursing'],
    examples: { positive: ['BSN or MSN preferred.'], negative: ['Any bachelor degree.', 'MSN preferred.'] },
  },
  {
    // Nursing degrees are distinct levels: an ADN holder does not have a BSN, nor a BSN holder an MSN.
    id: 'msn', label: 'MSN (Master of Science in Nursing)', category: 'credential', stem: false,
    aliases: ['MSN', 'Master of Science in Nursing'],
    implies: ['nursing'],
    examples: { positive: ['BSN or MSN preferred.'], negative: ['BSN preferred.'] },
  },
  {
    id: 'adn', label: 'ADN (Associate Degree in Nursing)', category: 'credential', stem: false,
    aliases: ['ADN', 'Associate Degree in Nursing'],
    implies: ['nursing'],
    examples: { positive: ['ADN or BSN accepted.'], negative: ['BSN preferred.'] },
  },
  {
    id: 'dnp', label: 'Doctor of Nursing Practice (DNP)', category: 'credential', stem: false,
    aliases: ['DNP', 'Doctor of Nursing Practice'],
    implies: ['nursing'],
    examples: { positive: ['DNP or CRNA credentials.'], negative: ['Doctors of philosophy.', 'CRNA credentials.'] },
  },
  {
    // Advanced-practice nursing licences, not doctorates: each is its own credential.
    id: 'crna', label: 'CRNA (nurse anesthetist)', category: 'credential', stem: false,
    aliases: ['CRNA', 'certified registered nurse anesthetist'],
    implies: ['nursing'],
    examples: { positive: ['DNP or CRNA credentials.'], negative: ['DNP credentials.'] },
  },
  {
    id: 'cnm', label: 'Certified Nurse Midwife (CNM)', category: 'credential', stem: false,
    aliases: ['CNM', 'certified nurse midwife'],
    implies: ['nursing'],
    examples: { positive: ['CNM with labor and delivery experience.'], negative: ['DNP credentials.'] },
  },
  {
    id: 'board-certification', label: 'Board certification', category: 'credential',
    aliases: ['board certified', 'board-certified', 'board eligible', 'ABIM', 'ABMS'],
    implies: ['medicine'],
    examples: { positive: ['Board-certified in internal medicine.'], negative: ['Our board meets quarterly.', 'Passed USMLE Step 3.'] },
  },
  {
    // A licence to practise (and its exams) is not board certification in a specialty.
    id: 'medical-license', label: 'Medical licence (USMLE / COMLEX)', category: 'credential',
    aliases: ['USMLE', 'COMLEX', 'medical license', 'medical licence', 'active medical license', 'licensed physician', 'licensed physicians'],
    implies: ['medicine'],
    examples: { positive: ['Passed USMLE Step 3.', 'Active medical license required.'], negative: ['Our board meets quarterly.'] },
  },
  {
    id: 'mph', label: 'Master of Public Health (MPH)', category: 'credential', stem: false,
    aliases: ['M.P.H.', 'Master of Public Health'],
    caseSensitive: ['MPH'],
    implies: ['public-health'],
    examples: { positive: ['An MPH in epidemiology.'], negative: ['Drive at 65 mph on highways.', 'A DrPH in epidemiology.'] },
  },
  {
    id: 'drph', label: 'Doctor of Public Health (DrPH)', category: 'credential', stem: false,
    aliases: ['DrPH', 'Doctor of Public Health'],
    implies: ['public-health'],
    examples: { positive: ['A DrPH in epidemiology.'], negative: ['An MPH in epidemiology.'] },
  },
  {
    id: 'mental-health-license', label: 'Clinical mental-health licence (LCSW, LPC)', category: 'credential', stem: false,
    aliases: ['LCSW', 'licensed clinical social worker', 'LPC', 'licensed professional counselor', 'LMFT', 'licensed marriage and family therapist', 'LMHC', 'PsyD', 'Psy.D.', 'licensed psychologist'],
    implies: ['mental-health'],
    examples: { positive: ['LCSW or LPC with active licence.', 'Licensed psychologist (PsyD).'], negative: ['Social media managers.'] },
  },
  {
    id: 'bcba', label: 'BCBA', category: 'credential', stem: false,
    aliases: ['Board Certified Behavior Analyst'],
    implies: ['mental-health'],
    examples: { positive: ['BCBA with autism services experience.'], negative: ['Behavior of the model.', 'RBT with autism services experience.'] },
  },
  {
    // Behavior-analysis credentials are distinct levels: an RBT is not a BCBA.
    id: 'bcaba', label: 'BCaBA (assistant behavior analyst)', category: 'credential', stem: false,
    aliases: ['BCaBA', 'Board Certified Assistant Behavior Analyst'],
    implies: ['mental-health'],
    examples: { positive: ['BCaBA with autism services experience.'], negative: ['BCBA with autism services experience.'] },
  },
  {
    id: 'rbt', label: 'Registered Behavior Technician (RBT)', category: 'credential', stem: false,
    aliases: ['RBT', 'registered behavior technician'],
    implies: ['mental-health'],
    examples: { positive: ['RBT with autism services experience.'], negative: ['BCBA with autism services experience.'] },
  },
  {
    id: 'allied-health-license', label: 'Allied health licence', category: 'credential', stem: false,
    aliases: ['CCC-SLP', 'OTR/L', 'licensed physical therapist', 'RDN', 'registered dietitian nutritionist', 'RRT', 'CPhT', 'certified pharmacy technician', 'NREMT'],
    implies: ['healthcare'],
    examples: { positive: ['CCC-SLP with school experience.', 'Certified pharmacy technician (CPhT).'], negative: ['Allies in the fight for fair pay.'] },
  },
  {
    id: 'medical-coding-cert', label: 'Medical coding certification', category: 'credential', stem: false,
    aliases: ['CPC certification', 'CPC credential', 'CCS', 'RHIT', 'RHIA', 'certified professional coder', 'AAPC certified', 'AHIMA certified'],
    implies: ['medical-coding'],
    examples: { positive: ['CCS or RHIT certification.'], negative: ['Code review skills.'] },
  },
  {
    id: 'clinical-research-cert', label: 'Clinical research certification', category: 'credential', stem: false,
    aliases: ['CCRP', 'CCRC', 'CCRA', 'ACRP certified', 'SOCRA certified', 'GCP certified', 'GCP certification'],
    implies: ['clinical-research'],
    examples: { positive: ['CCRC or CCRP certification.'], negative: ['Research assistants welcome.'] },
  },
  // ── Finance & accounting ─────────────────────────────────────────────────────────────────
  {
    id: 'cpa', label: 'Certified Public Accountant (CPA)', category: 'credential', stem: false,
    aliases: ['Certified Public Accountant', 'Certified Public Accountants', 'CPA license', 'licensed CPA'],
    caseSensitive: ['CPA', 'CPAs'],
    guards: { forbidNear: ['cpc', 'cpm', 'ctr', 'roas', 'cpl', 'ppc', 'campaigns', 'advertising', 'bid', 'bidding', 'impressions', 'clicks', 'ads'], window: 8, appliesTo: ['CPA', 'CPAs'] },
    implies: ['accounting'],
    examples: {
      positive: ['CPA preferred for tax questions.', 'Licensed CPAs and auditors.'],
      negative: ['Lower the CPA on paid ads campaigns.', 'Track CPC and CPA metrics for ads.', 'Chartered accountants welcome.'],
    },
  },
  {
    // Other countries' accountancy qualifications: equivalent in standing, but not a US CPA licence.
    id: 'chartered-accountant', label: 'Chartered Accountant (ACA, CA)', category: 'credential', stem: false,
    aliases: ['Chartered Accountant', 'chartered accountants', 'ACA qualified'],
    implies: ['accounting'],
    examples: { positive: ['Chartered accountants welcome.', 'ACA qualified preferred.'], negative: ['CPA preferred for tax questions.'] },
  },
  {
    id: 'acca', label: 'ACCA', category: 'credential', stem: false,
    aliases: ['ACCA qualified', 'Association of Chartered Certified Accountants'],
    implies: ['accounting'],
    examples: { positive: ['ACCA qualified accountants.'], negative: ['CPA preferred for tax questions.'] },
  },
  {
    id: 'cfa', label: 'Chartered Financial Analyst (CFA)', category: 'credential', stem: false,
    aliases: ['CFA', 'CFA charterholder', 'CFA Level I', 'CFA Level II', 'CFA Level III', 'Chartered Financial Analyst'],
    implies: ['finance'],
    examples: { positive: ['CFA charterholders welcome.', 'Passed CFA Level II.'], negative: ['Financial analysts welcome.'] },
  },
  {
    id: 'cma', label: 'Certified Management Accountant (CMA)', category: 'credential', stem: false,
    aliases: ['CMA', 'Certified Management Accountant'],
    implies: ['accounting'],
    examples: { positive: ['CMA or CPA required.'], negative: ['Management consultants.', 'CIMA qualified accountants.'] },
  },
  {
    // The UK/global management-accounting body, not the US CMA.
    id: 'cima', label: 'CIMA / CGMA', category: 'credential', stem: false,
    aliases: ['CIMA', 'CGMA', 'Chartered Global Management Accountant'],
    implies: ['accounting'],
    examples: { positive: ['CIMA qualified accountants.', 'CGMA designation.'], negative: ['CMA or CPA required.'] },
  },
  {
    id: 'cia', label: 'Certified Internal Auditor (CIA)', category: 'credential', stem: false,
    aliases: ['Certified Internal Auditor'],
    caseSensitive: ['CIA'],
    guards: { requireNear: ['audit', 'auditor', 'auditors', 'internal', 'cpa', 'cisa', 'certified', 'certification', 'accounting', 'cma'], window: 8, appliesTo: ['CIA'] },
    implies: ['audit'],
    examples: { positive: ['CIA or CISA certification for internal audit.'], negative: ['Spy novels about the CIA.', 'CISA certification for IT audit.'] },
  },
  {
    // IT audit, from ISACA: a different exam and body from the CIA.
    id: 'cisa', label: 'CISA (Certified Information Systems Auditor)', category: 'credential', stem: false,
    aliases: ['CISA', 'Certified Information Systems Auditor'],
    implies: ['audit'],
    examples: { positive: ['CISA certification for IT audit.'], negative: ['Certified Internal Auditor preferred.'] },
  },
  {
    id: 'ea', label: 'Enrolled Agent (EA)', category: 'credential', stem: false,
    aliases: ['Enrolled Agent', 'Enrolled Agents', 'IRS Enrolled Agent'],
    caseSensitive: ['EA'],
    guards: { requireNear: ['tax', 'irs', 'cpa', 'enrolled', 'agent', 'certified', 'credential', 'preparer', 'returns'], window: 8, appliesTo: ['EA'] },
    implies: ['tax'],
    examples: { positive: ['CPA or EA for tax returns.', 'IRS Enrolled Agent.'], negative: ['Games by EA studios.'] },
  },
  {
    id: 'frm', label: 'Financial Risk Manager (FRM)', category: 'credential', stem: false,
    aliases: ['FRM', 'Financial Risk Manager'],
    implies: ['risk-management'],
    examples: { positive: ['FRM or CFA preferred.'], negative: ['Risk managers welcome.', 'CAIA charterholders.'] },
  },
  {
    id: 'prm', label: 'Professional Risk Manager (PRM)', category: 'credential', stem: false,
    aliases: ['PRM', 'Professional Risk Manager'],
    implies: ['risk-management'],
    examples: { positive: ['FRM or PRM preferred.'], negative: ['FRM preferred.'] },
  },
  {
    id: 'caia', label: 'CAIA (Chartered Alternative Investment Analyst)', category: 'credential', stem: false,
    aliases: ['CAIA', 'Chartered Alternative Investment Analyst'],
    implies: ['investment-management'],
    examples: { positive: ['CAIA charterholders.'], negative: ['FRM preferred.'] },
  },
  {
    id: 'cfp', label: 'Certified Financial Planner (CFP)', category: 'credential', stem: false,
    aliases: ['CFP', 'Certified Financial Planner', 'CFP professional'],
    implies: ['wealth-management'],
    examples: { positive: ['CFP professionals welcome.'], negative: ['Financial planning background.', 'ChFC designation.'] },
  },
  {
    id: 'chfc', label: 'Chartered Financial Consultant (ChFC)', category: 'credential', stem: false,
    aliases: ['ChFC', 'Chartered Financial Consultant'],
    implies: ['wealth-management'],
    examples: { positive: ['ChFC designation.'], negative: ['CFP professionals welcome.'] },
  },
  {
    id: 'finra-licenses', label: 'FINRA licences (Series 7, 63, 65)', category: 'credential', stem: false,
    aliases: ['Series 7', 'Series 63', 'Series 65', 'Series 66', 'Series 79', 'Series 24', 'FINRA licensed', 'FINRA license', 'FINRA licenses'],
    implies: ['finance'],
    examples: { positive: ['Series 7 and Series 63 licenses.'], negative: ['A series of seven tasks.'] },
  },
  {
    id: 'acas', label: 'Actuarial credentials (ASA, FSA, FCAS)', category: 'credential', stem: false,
    aliases: ['Associate of the Society of Actuaries', 'Fellow of the Society of Actuaries', 'ACAS', 'Casualty Actuarial Society'],
    caseSensitive: ['ASA', 'FSA'],
    guards: { requireNear: ['actuary', 'actuaries', 'actuarial', 'soa', 'cas', 'fcas', 'acas', 'credential', 'exams', 'insurance'], window: 8, appliesTo: ['ASA', 'FSA'] },
    implies: ['actuarial-science'],
    examples: { positive: ['ASA or FSA actuaries.'], negative: ['Use your FSA for medical expenses.'] },
  },
  {
    id: 'cams', label: 'Compliance certifications (CAMS, CFE)', category: 'credential', stem: false,
    aliases: ['CAMS', 'Certified Anti-Money Laundering Specialist', 'CFE', 'Certified Fraud Examiner', 'CRCM', 'CCEP'],
    implies: ['compliance'],
    examples: { positive: ['CAMS or CFE certification.'], negative: ['Cameras are not required.'] },
  },
  // ── Degrees ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'phd', label: 'PhD', category: 'credential', stem: false,
    aliases: ['Ph.D.', 'Ph D', 'PhDs', 'doctorate', 'doctoral degree', 'doctoral degrees', 'Doctor of Philosophy', 'DPhil', 'D.Phil.', 'doctorate degree',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'doctorado', 'doctorados', 'doutorado', 'doutorados', 'doctorat', 'promoviert', 'Doktortitel', 'dottorato', 'PhD-studie'
    ],
    examples: { positive: ['A PhD in chemistry or related field.', 'Doctoral degree holders welcome.'], negative: ['Doctors and nurses.'] },
  },
  {
    // A doctorate in education, not a PhD: named by itself in teaching postings.
    id: 'edd', label: 'Doctor of Education (EdD)', category: 'credential', stem: false,
    aliases: ['EdD', 'Doctor of Education'],
    caseSensitive: ['Ed.D.'],
    implies: ['education'],
    examples: { positive: ['An EdD or PhD in education.', 'Ed.D. holders welcome.'], negative: ['A PhD in chemistry.'] },
  },
  {
    id: 'masters-degree', label: "Master's degree", category: 'credential', stem: false,
    aliases: ['masters degree', 'WO master', '硕士', '碩士', '修士', "master's degrees", 'masters degrees', "master's", 'masters', 'MS degree', 'graduate-level education', 'graduate-level degree', 'graduate education', 'MSc', 'MA degree', 'MEng', 'graduate degree', 'graduate degrees', 'advanced degree', 'advanced degrees', 'postgraduate degree', 'Master of Science', 'Master of Arts', 'Master of Engineering', 'Master of Education',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'maestría', 'máster universitario', 'título de máster', 'mestrado', 'Masterabschluss', 'Masterstudium', 'laurea magistrale'
    ],
    // Bare "MS" is also Microsoft, Mississippi or multiple sclerosis: only in degree phrases.
    caseSensitive: ['M.Sc.', 'M.S.', 'M.A.', 'M.Eng.', 'M.Ed.', 'MEd', 'MS in', 'MA in', 'MS or PhD', 'MS/PhD', 'MS with'],
    // "AI that masters multilingual audio": the verb.
    guards: { notPrecededBy: ['scrum', 'zen', 'past', 'that', 'which', 'who', 'it', 'model', 'ai'], notFollowedBy: ['tournament', 'golf'], appliesTo: ['masters', "master's"] },
    examples: {
      positive: ["A master's degree in a relevant field.", 'Advanced degree (MSc or PhD) preferred.', 'MS in Statistics or a related field.', 'Graduate-level education in nursing.'],
      negative: ['Scrum masters welcome.', 'Skilled in MS Excel and MS Word.', 'Our office is in Jackson, MS.'],
    },
  },
  {
    id: 'mba', label: 'MBA', category: 'credential', stem: false,
    aliases: ['M.B.A.', 'Master of Business Administration', 'Masters of Business Administration', 'EMBA', 'Executive MBA', 'MBAs'],
    implies: ['business'],
    examples: {
      positive: ['MBA holders and consultants wanted.', 'A Master of Business Administration or equivalent.'],
      negative: ['A bachelor degree in finance is required.'],
    },
  },
  {
    id: 'bachelors-degree', label: "Bachelor's degree", category: 'credential',
    aliases: ['bachelors degree', '本科', '学士学位', '學士', '学士', "bachelor's", 'bachelor degree', 'bachelors', 'undergraduate degree', 'BA degree', 'BS degree', 'BSc', 'BEng', 'four-year degree', 'college degree', 'university degree', 'Bachelor of Science', 'Bachelor of Arts',
      // In Spanish, Portuguese, French, German, Italian and Dutch postings.
      'licenciatura', 'grado universitario', 'título universitario', 'graduação', 'bacharelado', 'licence universitaire', 'Bachelorabschluss', 'Hochschulabschluss', 'abgeschlossenes Studium', 'laurea triennale', 'laurea'
    ],
    caseSensitive: ['B.A.', 'B.S.', 'B.Sc.', 'BS in', 'BA in', 'BS or MS', 'BS/MS', 'BA/BS', 'BS/BA', 'BA or BS', 'BS or BA', 'BS with', 'or BS'],
    examples: {
      positive: ["A bachelor's degree in any field.", 'College degree required.', 'BS or MS in Physics.', 'BA in English or journalism.'],
      negative: ['High school diploma only.', 'No BS, just honest feedback.'],
    },
  },
  {
    id: 'associate-degree', label: "Associate degree", category: 'credential',
    aliases: ["associate's degree", 'associates degree', 'AA degree', 'community college degree'],
    caseSensitive: ['AS degree'],
    examples: { positive: ["An associate's degree or higher."], negative: ['Associate attorneys welcome.'] },
  },
  {
    id: 'high-school-diploma', label: 'High school diploma', category: 'credential',
    aliases: ['high school degree', 'GED', 'secondary school diploma', 'high school education'],
    examples: { positive: ['High school diploma or GED.'], negative: ['High school teachers welcome.'] },
  },
  {
    id: 'currently-enrolled', label: 'Current student / enrolled', category: 'credential',
    aliases: ['currently enrolled', 'current student', 'current students', 'enrolled student', 'undergraduate student', 'undergraduate students', 'masters student', 'recent graduate', 'recent graduates',
      'currently pursuing', 'pursuing a degree', 'pursuing an undergraduate degree', 'pursuing a graduate degree', "pursuing a bachelor's", "pursuing a master's", 'student', 'students'],
    // "a current <school> student": a bare "student" only right after "current"/"enrolled", and
    // not when the job serves students ("help current students").
    guards: {
      requireNear: ['current', 'currently', 'enrolled', 'active'],
      forbidNear: ['help', 'helping', 'tutor', 'tutoring', 'teach', 'teaching', 'support', 'supporting', 'our', 'your', 'with', 'for'],
      notFollowedBy: ['enrollment', 'enrolment', 'enrollments', 'enrolments'],
      window: 2,
      appliesTo: ['student', 'students'],
    },
    examples: {
      positive: ['Currently enrolled in a PhD program.', 'Recent graduates welcome.', 'You must be a current Rice student.', 'Currently pursuing a degree in chemistry.'],
      negative: ['Enroll in direct deposit.', 'Tutoring for students currently in high school.', 'Students love our courses.', 'Positions are filled based on student enrollment.'],
    },
  },
  // ── Education ────────────────────────────────────────────────────────────────────────────
  {
    id: 'teaching-license', label: 'Teaching licence / certification', category: 'credential',
    aliases: ['teaching license', 'teaching licence', 'teaching certificate', 'teaching certification', 'teaching credential', 'certified teacher', 'certified teachers', 'licensed teacher', 'licensed teachers', 'state teaching license', 'QTS', 'PGCE', 'National Board Certified'],
    implies: ['teaching'],
    examples: { positive: ['Active teaching license in any state.', 'Certified teachers with three years in class.'], negative: ['Teaching assistants welcome.'] },
  },
  {
    id: 'tefl', label: 'TEFL / TESOL / CELTA', category: 'credential', stem: false,
    aliases: ['TEFL', 'TESOL', 'CELTA', 'DELTA certificate', 'TESL', 'TEFL certificate'],
    implies: ['language-teaching'],
    examples: { positive: ['TEFL or CELTA certification.'], negative: ['English teachers welcome.'] },
  },
  // ── Tech & business certifications ───────────────────────────────────────────────────────
  {
    id: 'pmp', label: 'PMP', category: 'credential', stem: false,
    aliases: ['Project Management Professional', 'PMI certified'],
    implies: ['project-management'],
    examples: { positive: ['PMP certification preferred.'], negative: ['Project managers welcome.', 'PRINCE2 practitioners.'] },
  },
  {
    // Project and agile certifications named by themselves; each is its own credential.
    id: 'capm', label: 'CAPM (Certified Associate in Project Management)', category: 'credential', stem: false,
    aliases: ['CAPM', 'Certified Associate in Project Management'],
    implies: ['project-management'],
    examples: { positive: ['CAPM or PMP certification.'], negative: ['PMP certification preferred.'] },
  },
  {
    id: 'prince2', label: 'PRINCE2', category: 'credential', stem: false,
    aliases: ['PRINCE2 Practitioner', 'PRINCE2 Foundation'],
    implies: ['project-management'],
    examples: { positive: ['PRINCE2 practitioners.'], negative: ['PMP certification preferred.'] },
  },
  {
    id: 'pmi-acp', label: 'PMI-ACP', category: 'credential', stem: false,
    aliases: ['PMI Agile Certified Practitioner'],
    implies: ['project-management'],
    examples: { positive: ['PMI-ACP certification.'], negative: ['PMP certification preferred.'] },
  },
  {
    id: 'csm', label: 'Certified ScrumMaster (CSM)', category: 'credential', stem: false,
    aliases: ['CSM certification', 'Certified ScrumMaster', 'Certified Scrum Master'],
    implies: ['agile'],
    examples: { positive: ['CSM certification preferred.', 'Certified ScrumMaster welcome.'], negative: ['PMP certification preferred.'] },
  },
  {
    id: 'cissp', label: 'CISSP', category: 'credential', stem: false,
    aliases: ['Certified Information Systems Security Professional'],
    implies: ['cybersecurity'],
    examples: { positive: ['CISSP or OSCP preferred.'], negative: ['Security guards.', 'CompTIA Security+ certification.'] },
  },
  {
    // Security and networking certifications are separate exams from separate bodies: each is its own credential.
    id: 'cism', label: 'CISM (Certified Information Security Manager)', category: 'credential', stem: false,
    aliases: ['CISM', 'Certified Information Security Manager'],
    implies: ['cybersecurity'],
    examples: { positive: ['CISSP or CISM preferred.'], negative: ['CISSP preferred.'] },
  },
  {
    id: 'ceh', label: 'CEH (Certified Ethical Hacker)', category: 'credential', stem: false,
    aliases: ['CEH', 'Certified Ethical Hacker'],
    implies: ['cybersecurity'],
    examples: { positive: ['CEH certification.'], negative: ['Ethical hacking skills.'] },
  },
  {
    id: 'oscp', label: 'OSCP', category: 'credential', stem: false,
    aliases: ['Offensive Security Certified Professional'],
    implies: ['cybersecurity'],
    examples: { positive: ['CISSP or OSCP preferred.'], negative: ['CISSP preferred.'] },
  },
  {
    id: 'comptia-security-plus', label: 'CompTIA Security+', category: 'credential', stem: false,
    implies: ['cybersecurity'],
    examples: { positive: ['CompTIA Security+ certification.'], negative: ['Security guards.'] },
  },
  {
    id: 'giac', label: 'GIAC certification', category: 'credential', stem: false,
    aliases: ['GIAC'],
    implies: ['cybersecurity'],
    examples: { positive: ['Any GIAC certification.'], negative: ['CISSP preferred.'] },
  },
  {
    id: 'comptia-a-plus', label: 'CompTIA A+', category: 'credential', stem: false,
    implies: ['it-support'],
    examples: { positive: ['CompTIA A+ certified technicians.'], negative: ['CompTIA Security+ certification.'] },
  },
  {
    id: 'comptia-network-plus', label: 'CompTIA Network+', category: 'credential', stem: false,
    implies: ['it-support'],
    examples: { positive: ['CompTIA Network+ certification.'], negative: ['CompTIA A+ certified technicians.'] },
  },
  {
    id: 'ccna', label: 'CCNA (Cisco)', category: 'credential', stem: false,
    aliases: ['CCNA', 'Cisco Certified Network Associate'],
    implies: ['it-support'],
    examples: { positive: ['CCNA certified network engineers.'], negative: ['CCNP certified network engineers.'] },
  },
  {
    id: 'ccnp', label: 'CCNP (Cisco)', category: 'credential', stem: false,
    aliases: ['CCNP', 'Cisco Certified Network Professional'],
    implies: ['it-support'],
    examples: { positive: ['CCNP certified network engineers.'], negative: ['CCNA certified network engineers.'] },
  },
  {
    id: 'cloud-certification', label: 'Cloud certification', category: 'credential', stem: false,
    aliases: ['AWS Certified', 'AWS certification', 'AWS Solutions Architect', 'Azure certification', 'Azure Fundamentals', 'Google Cloud certified', 'Professional Cloud Architect', 'CKA', 'Certified Kubernetes Administrator'],
    implies: ['cloud-computing'],
    examples: { positive: ['AWS Certified Solutions Architect.', 'Certified Kubernetes Administrator (CKA).'], negative: ['Cloud storage for files.'] },
  },
  {
    id: 'shrm', label: 'HR certification (SHRM, PHR)', category: 'credential', stem: false,
    aliases: ['SHRM-CP', 'SHRM-SCP', 'PHR', 'SPHR', 'CIPD'],
    implies: ['human-resources'],
    examples: { positive: ['SHRM-CP or PHR certification.'], negative: ['Shrimp recipes.'] },
  },
  {
    id: 'privacy-certification', label: 'Privacy certification (CIPP)', category: 'credential', stem: false,
    aliases: ['CIPP/US', 'CIPP/E', 'CIPM', 'CIPT', 'IAPP certified'],
    implies: ['privacy-law'],
    examples: { positive: ['CIPP/US certification.'], negative: ['Privacy policy.'] },
  },
  {
    id: 'professional-engineer', label: 'Professional Engineer licence (PE)', category: 'credential', stem: false,
    aliases: ['PE license', 'PE licence', 'licensed professional engineer', 'PE certification', 'P.Eng.'],
    implies: ['engineering'],
    examples: { positive: ['PE license in civil engineering.'], negative: ['Physical education teachers.', 'EIT or FE exam passed.'] },
  },
  {
    // The step before the PE licence, not the licence.
    id: 'eit', label: 'Engineer in Training (EIT / FE exam)', category: 'credential', stem: false,
    aliases: ['EIT', 'Engineer in Training', 'FE exam'],
    implies: ['engineering'],
    examples: { positive: ['EIT or FE exam passed.'], negative: ['PE license in civil engineering.'] },
  },
  {
    id: 'chartered-engineer', label: 'Chartered Engineer (CEng)', category: 'credential', stem: false,
    aliases: ['Chartered Engineer', 'CEng'],
    implies: ['engineering'],
    examples: { positive: ['Chartered Engineer status.'], negative: ['PE license in civil engineering.'] },
  },
  {
    id: 'real-estate-license', label: 'Real estate licence', category: 'credential',
    aliases: ['real estate license', 'real estate licence', 'licensed realtor', 'broker license', 'licensed real estate agent'],
    implies: ['real-estate'],
    examples: { positive: ['Active real estate license.'], negative: ['Real estate photos.'] },
  },
  {
    id: 'insurance-license', label: 'Insurance licence', category: 'credential',
    aliases: ['insurance license', 'insurance licence', 'licensed insurance agent', 'CPCU', 'adjuster license', 'property and casualty license'],
    implies: ['insurance'],
    examples: { positive: ['Property and casualty license.', 'CPCU designation.'], negative: ['Health insurance is not included.'] },
  },
  {
    id: 'translation-certification', label: 'Translation certification', category: 'credential',
    aliases: ['ATA certified', 'ATA certification', 'certified translator', 'certified translators', 'sworn translator', 'certified interpreter', 'court certified interpreter', 'CCHI', 'NBCMI', 'DipTrans'],
    implies: ['translation'],
    examples: { positive: ['ATA certified translators.', 'Court certified interpreter.'], negative: ['Translators welcome.'] },
  },
  {
    id: 'security-clearance', label: 'Security clearance', category: 'credential',
    aliases: ['security clearance', 'secret clearance', 'top secret clearance', 'TS/SCI', 'active clearance', 'public trust clearance'],
    examples: { positive: ['Active TS/SCI clearance.', 'Secret clearance required.'], negative: ['Clear your browser cache.'] },
  },
];
