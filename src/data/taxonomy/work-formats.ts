// How and when the work happens. "Contract" alone is left out on purpose: "contract review" is a
// legal skill, not a work format.
import type { TaxonomyEntryInput } from '../schema.ts';

export const workFormats: TaxonomyEntryInput[] = [
  {
    id: 'remote', label: 'Remote', category: 'work-format',
    aliases: ['remotely', 'fully remote', '100% remote', 'remote-first', 'work from anywhere', 'distributed team', 'telecommute', 'telecommuting', 'virtual position', 'online work',
      // The same in Spanish, Portuguese, Italian, French, German, Dutch and Polish postings.
      'remoto', 'remota', 'teletrabajo', 'desde casa', 'trabalho remoto', 'da remoto', 'télétravail', 'en remote', 'Homeoffice', 'von zu Hause', 'thuiswerk', 'thuiswerken', 'praca zdalna', 'zdalnie',
      // French, Dutch, Russian, Chinese, Japanese and Korean.
      'à distance', 'op afstand', 'удаленно', 'удалённо', 'удаленная работа', 'из дома', '远程', '居家办公', '在家办公', '遠端', 'リモート', '在宅', '재택'],
    guards: { notFollowedBy: ['control', 'controls', 'sensing', 'access', 'desktop', 'server', 'repository', 'branch'], appliesTo: ['Remote'] },
    examples: {
      positive: ['This is a fully remote role.', 'Work remotely from anywhere in the US.'],
      negative: ['This role is based in our Austin office five days a week.', 'Set up remote desktop access for IT staff.'],
    },
  },
  {
    id: 'work-from-home', label: 'Work from home', category: 'work-format',
    aliases: ['WFH', 'work-from-home', 'from home', 'home-based', 'home based', 'from the comfort of your home', 'from your own home', 'from your home', 'work at home', 'work-at-home', 'from comfort of your home'],
    examples: {
      positive: ['Work from home on your schedule.', 'A home-based position.', 'You can do the tasks from your own home office.'],
      negative: ['Our office has free lunch.', 'Bring your home address to the interview.'],
    },
  },
  {
    id: 'hybrid', label: 'Hybrid', category: 'work-format',
    aliases: ['hybrid role', 'hybrid work', 'hybrid schedule', 'partly remote', 'days in office'],
    guards: { notFollowedBy: ['cars', 'car', 'vehicles', 'cloud', 'model', 'models', 'approach', 'search'], appliesTo: ['Hybrid'] },
    examples: { positive: ['Hybrid schedule with two days in office.', 'This is a hybrid role in Boston.'], negative: ['Fully remote.'] },
  },
  {
    id: 'on-site', label: 'On-site', category: 'work-format',
    aliases: ['onsite', 'on site', 'in-office', 'in office', 'in person', 'in-person', 'office-based', 'relocation required'],
    examples: { positive: ['This role is on-site in Seattle.', 'In-person work at our lab.'], negative: ['Remote from anywhere.'] },
  },
  {
    id: 'contract', label: 'Contract role', category: 'work-format',
    caseSensitive: ['Contract'],
    guards: {
      notFollowedBy: ['review', 'reviews', 'reviewer', 'law', 'drafting', 'negotiation', 'negotiations', 'management', 'attorney', 'attorneys', 'lawyer', 'lawyers', 'analysis', 'analyst', 'manager', 'managers', 'specialist', 'administrator', 'administration', 'terms', 'language'],
      notPrecededBy: ['commercial', 'employment', 'smart', 'government', 'federal', 'the', 'this', 'your', 'a', 'each', 'every'],
      appliesTo: ['Contract'],
    },
    aliases: ['contract position', 'contract positions', 'contract basis', 'contract work', 'contract job', 'contract jobs', 'contract opportunity', 'contract engagement', 'contract assignment', 'on contract', 'contractor', 'contractors', 'contract AI roles', 'fixed-term contract', 'short-term contract', 'contract-based', 'remote contract', 'part-time contract', 'hourly contract', 'freelance contract', 'contract role', 'contract roles'],
    examples: {
      positive: ['This is a contract position for six months.', 'You will join as a contractor.', 'Paid on a contract basis.', 'Senior Financial Analyst (Contract, Remote)', 'A remote contract of about ten hours weekly.'],
      negative: ['Experience with contract review is required.', 'Draft commercial contracts for clients.', 'Contract Review Specialist for legal AI.', 'Sign the Contract before starting.'],
    },
  },
  {
    id: 'independent-contractor', label: 'Independent contractor (1099)', category: 'work-format',
    aliases: ['independent contractor', 'independent contractors', '1099', '1099 contractor', '1099 contract', '1099 position', 'self-employed', 'self employed', 'C2C', 'corp-to-corp'],
    examples: { positive: ['This is a 1099 independent contractor role.', 'C2C arrangements are possible.'], negative: ['Full-time employees get benefits.'] },
  },
  {
    id: 'w2-employee', label: 'W-2 employment', category: 'work-format', stem: false,
    // Not "employee benefits": every employer offers those, and contractors' postings mention them too.
    aliases: ['W-2', 'W2', 'W2 employee', 'W-2 employee', 'W-2 position'],
    examples: { positive: ['This is a W-2 position with benefits.', 'W2 employee of our agency.'], negative: ['This is a 1099 contract.'] },
  },
  {
    id: 'contract-to-hire', label: 'Contract-to-hire', category: 'work-format',
    aliases: ['contract to hire', 'temp-to-perm', 'temp to perm', 'temp-to-hire', 'possibility of conversion'],
    examples: { positive: ['Contract-to-hire after three months.', 'A temp-to-perm role.'], negative: ['Temporary work only.'] },
  },
  {
    id: 'freelance', label: 'Freelance', category: 'work-format',
    aliases: ['freelancer', 'freelancers', 'freelancing', 'freelance basis', 'gig', 'gigs', 'gig work', 'side hustle', 'side hustles', 'side gig', 'side income', 'side project', 'side projects',
      'autónomo', 'autônomo', 'freiberuflich', 'Freiberufler', 'libero professionista', 'zzp', 'zzp\'er', 'фриланс', '自由职业'],
    examples: { positive: ['Freelance work you can do on the side.', 'A flexible side hustle for experts.'], negative: ['Salaried staff position.'] },
  },
  {
    id: 'part-time', label: 'Part-time', category: 'work-format',
    aliases: [
      'part time', 'parttime', 'PT role', 'few hours a week', 'hours per week', 'hours a week', 'hrs per week', 'hrs/week', 'hours/week', 'up to 20 hours', 'minimum hours',
      'tiempo parcial', 'medio tiempo', 'media jornada', 'meio período', 'temps partiel', 'Teilzeit', 'tempo parziale', 'deeltijd', 'niepełny etat', '兼职', '兼職', 'パートタイム', 'частичная занятость',
    ],
    // "40 hours per week", "30-40 hours/week", "a full-time role working 36 hours per week": a full
    // week. "37.5 hours" reads as "37", "5": the whole number is two words before.
    guards: { notPrecededBy: ['30', '32', '35', '36', '37', '38', '39', '40', '42', '44', '45', '48', '50'], forbidNear: ['36', '37', '38', '39'], window: 2, appliesTo: ['hours per week', 'hours a week', 'hrs per week', 'hrs/week', 'hours/week'] },
    examples: { positive: ['Part-time, 10 hours per week.', 'Commit at least 5 hours a week.'], negative: ['A full-time role working 40 hours per week.', 'Full-time, salaried role.', 'Working pattern: 37.5 hours per week.'] },
  },
  {
    id: 'full-time', label: 'Full-time', category: 'work-format',
    aliases: [
      'full time', 'fulltime', 'FTE', '40 hours per week', '40 hours a week', '37.5 hours per week', '37.5 hours a week', 'permanent position', 'permanent role',
      'tiempo completo', 'jornada completa', 'tempo integral', 'temps plein', 'Vollzeit', 'tempo pieno', 'voltijd', 'pełny etat', '全职', '全職', '正社員', 'полная занятость',
    ],
    // "20-40 hours per week" is a range that starts part-time, not a full-time commitment.
    guards: { notPrecededBy: ['10', '15', '20', '25', '30', '35', 'to', 'up'], appliesTo: ['40 hours per week', '40 hours a week'] },
    examples: { positive: ['A full-time permanent role.', '40 hours per week.'], negative: ['Part-time only.', 'Contributors log anywhere from 15-40 hours per week.'] },
  },
  {
    id: 'asynchronous', label: 'Asynchronous', category: 'work-format',
    aliases: ['async', 'asynchronously', 'no meetings', 'no fixed schedule', 'self-paced', 'self paced', 'at your own pace', 'on your own time'],
    // An "async code review" is a hiring test; "asynchronous and synchronous" courses are a service sold.
    guards: {
      notFollowedBy: ['code', 'coding', 'interview', 'interviews', 'assessment', 'assessments', 'test', 'tests', 'screening', 'challenge', 'rlhf', 'video', 'programming', 'function', 'functions', 'await', 'io', 'patterns', 'chat'],
      forbidNear: ['synchronous'],
      window: 3,
      appliesTo: ['Asynchronous', 'async', 'asynchronously'],
    },
    examples: {
      positive: ['Asynchronous work with no meetings.', 'Work at your own pace.', 'The team works async across time zones.'],
      negative: ['Daily standups at 9am.', 'Next step: a short async coding exercise.', 'We run live and asynchronous and synchronous workshops for schools.'],
    },
  },
  {
    id: 'flexible-hours', label: 'Flexible hours', category: 'work-format',
    aliases: ['flexible schedule', 'flexible scheduling', 'flexible hours', 'flexible working hours', 'flexible availability', 'flexible time', 'set your own hours', 'set your own schedule', 'flexibele werktijden', 'horario flexible', 'horários flexíveis', 'horaires flexibles', 'flexible Arbeitszeiten', 'гибкий график', '时间自由', '時間自由', 'choose your own hours', 'work your own hours', 'working your own hours', 'work whenever', 'work when you want', 'flex hours', 'flextime', 'flexible working', 'flexible'],
    // Bare "flexible" (and "flexibility", which Porter folds into it) counts only next to words about
    // the work's time or place: "be flexible and reliable" is a trait, not a schedule. "Work" alone
    // is not enough ("flexibility to work across task types", "flexible work environments"), and
    // leave, work-life balance and adaptability are other things ("flexibility to tailor your time off").
    guards: {
      requireNear: ['hours', 'hour', 'hrs', 'schedule', 'schedules', 'scheduling', 'timing', 'time', 'weekly', 'week', 'weekend', 'weekends', 'freelance', 'remote', 'remotely', 'home', 'anywhere', 'wherever', 'whenever', 'availability', 'lifestyle', 'commitment', 'shifts', 'contract', 'role', 'job', 'position', 'arbeitszeiten', 'arbeitszeit', 'horaires', 'horario', 'horarios'],
      // Guard words are stemmed like the terms: "types" would also refuse "Type: Hourly contractor".
      forbidNear: ['vacation', 'leave', 'off', 'adapt', 'prioritization', 'prioritisation', 'skills', 'management', 'diversity', 'inclusion', 'equality'],
      notFollowedBy: ['mindset', 'thinking', 'thinker', 'thinkers', 'spending', 'account', 'accounts', 'pipe', 'packaging', 'manufacturing', 'full', 'enough'],
      window: 5,
      appliesTo: ['flexible'],
    },
    examples: {
      positive: ['Set your own hours.', 'A flexible schedule around your main job.', 'The hours are flexible and fully remote.'],
      negative: ['Shifts are fixed from 9 to 5.', 'We want curious, flexible, upbeat teammates.', 'Schedule flexibility: full-time availability in your zone is expected.', 'Flexibility to work across a diverse set of task types.', '25 days of leave, with the flexibility to tailor your time off.'],
    },
  },
  {
    id: 'hourly-pay', label: 'Hourly pay', category: 'work-format',
    aliases: ['hourly', 'per hour', 'an hour', 'hourly rate', 'hourly rates', 'hourly wage', 'paid hourly', 'by the hour', 'USD/hr', 'per hr', 'por hora', "à l'heure", 'pro Stunde', 'Stundenlohn', "all'ora", 'per uur', 'uurloon', 'za godzinę'],
    guards: { notPrecededBy: ['half', 'quarter', 'than', 'within', 'in', 'for', 'about', 'least', 'takes', 'take', 'only', 'over', 'under', 'nearly', 'about'], appliesTo: ['an hour'] },
    examples: { positive: ['Pay is $40 per hour.', 'Hourly rate of $25.'], negative: ['Pay per approved task.', 'Message @airate_hr on Telegram.'] },
  },
  {
    id: 'per-task-pay', label: 'Per-task / per-unit pay', category: 'work-format',
    // No stemming: "per annotation" must not read "per annotator" (a workload count).
    stem: false,
    // "Expected time per task" is a time budget, not pay.
    guards: { notPrecededBy: ['time', 'minutes', 'seconds', 'hours', 'mins', 'secs'], appliesTo: ['per task', 'per-task', 'per item', 'per unit'] },
    aliases: ['per task', 'per-task', 'pay per task', 'paid per task', 'per unit', 'per-unit', 'per item', 'per submission', 'per approved task', 'piece rate', 'piecework', 'per annotation', 'per label', 'per response', 'per word', 'per minute of audio', 'task-based pay', 'per completed task', 'for each completed task', 'fixed amount for each', 'fixed amount per',
      // French, Spanish, Portuguese, German, Dutch and Chinese.
      'rémunéré à la tâche', 'payé à la tâche', 'pago por tarea', 'por tarea completada', 'pago por tarefa', 'por tarefa concluída', 'pro Aufgabe', 'per taak', '按量计费', '按件计费', '计件'],
    examples: {
      positive: ['Paid per task, about $2 each.', 'Per-unit pay for each approved label.', 'You receive a fixed amount for each approved item.'],
      negative: ['Salary of $80,000.', 'Target load: 30 dialogues per annotator.'],
    },
  },
  {
    id: 'project-based', label: 'Project-based', category: 'work-format',
    aliases: ['project based', 'per project', 'project-by-project', 'fixed-price project', 'fixed price', 'project fee'],
    examples: { positive: ['Project-based contract work.', 'Paid per project.'], negative: ['Project managers welcome.'] },
  },
  {
    id: 'weekends', label: 'Weekends', category: 'work-format',
    aliases: ['weekend', 'weekend work', 'weekend shifts', 'Saturday and Sunday', 'Saturdays', 'Sundays', 'weekends included'],
    // "Closing Date: Sunday 9th November" is a deadline (stemmed, "Sunday" reads as "Sundays").
    guards: { notPrecededBy: ['date', 'deadline', 'closing', 'closes', 'until', 'by'], appliesTo: ['Saturdays', 'Sundays', 'weekend', 'Weekends'] },
    examples: { positive: ['Some weekend shifts required.', 'Work weekends if you prefer.'], negative: ['Monday to Friday only.', 'Closing Date: Sunday 9th November.'] },
  },
  {
    id: 'evenings-nights', label: 'Evenings & night shifts', category: 'work-format', stem: false,
    aliases: ['evenings', 'evening', 'evening shift', 'evening shifts', 'evening hours', 'night shift', 'night shifts', 'overnight shift', 'overnight shifts', 'overnight', 'at night', 'graveyard shift', 'after hours', 'after work', 'night or weekend', 'night and weekend', 'nights and weekends', 'nights or weekends', 'night work'],
    examples: {
      positive: ['Evenings or night shifts available.', 'Work at night after your day job.', 'Expect occasional night or weekend hours.'],
      negative: ['Daytime hours only.', 'Knightly tales are not our topic.'],
    },
  },
  {
    // Unstemmed: Porter makes the city of Tempe a "temp".
    id: 'temporary', label: 'Temporary', category: 'work-format', stem: false,
    aliases: ['temp', 'temp job', 'temp jobs', 'temporary position', 'temporary positions', 'temporary role', 'temporary roles', 'temporary assignment', 'short-term', 'short term', 'seasonal', 'fixed-term', 'fixed term', 'limited duration', 'interim'],
    // French "temps" (time: "à temps partiel", "temps plein", "temps réel") reads as "temps". Not
    // "à" before it: words are folded, and "a temporary role" would go too.
    // "in the short term", "short-term business priorities": the employer's horizon, not the job's length.
    guards: { notFollowedBy: ['files', 'file', 'folder', 'password', 'passwords', 'memory', 'table', 'tables', 'storage', 'credentials', 'variables', 'goals', 'goal', 'partiel', 'plein', 'complet', 'reel', 'de', 'business', 'priorities', 'growth', 'objectives', 'wins', 'results', 'plans', 'planning', 'needs', 'profitability', 'gains', 'targets'], notPrecededBy: ['plein', 'mi', 'the'], appliesTo: ['Temporary', 'temp', 'short-term', 'short term'] },
    examples: { positive: ['A temporary role for three months.', 'Short-term project work.'], negative: ['Delete temp files after use.', 'A permanent position.', 'Poste à temps partiel.', 'Our office is in Tempe, Arizona.', 'Stored procedures, views and temporary tables.'] },
  },
  {
    id: 'long-term', label: 'Long-term / ongoing', category: 'work-format',
    aliases: ['long term', 'ongoing work', 'ongoing role', 'ongoing opportunity', 'long-term engagement', 'steady work', 'consistent work', 'recurring work', 'indefinite', '长期合作', '長期合作'],
    // "long-term success", "long-term incentives": about the learner or the pay package, not the engagement.
    guards: {
      notFollowedBy: ['success', 'growth', 'incentive', 'incentives', 'goal', 'goals', 'care', 'memory', 'vision', 'health', 'outcomes', 'outcome', 'impact', 'relationships', 'value', 'disability', 'investment', 'investments', 'strategy', 'planning', 'thinking', 'retention', 'career', 'careers', 'profitability', 'profit', 'profits', 'revenue', 'working', 'work', 'rights', 'residence', 'visa', 'partner', 'partners', 'partnership', 'customer', 'customers', 'client', 'clients'],
      appliesTo: ['Long-term / ongoing', 'long term'],
    },
    examples: {
      positive: ['Long-term, ongoing work for strong raters.', 'Steady work for months.', 'This is a long-term project with no end date.'],
      negative: ['A two-week sprint only.', 'We help students reach long-term success at work.', 'Salary plus long-term incentives.'],
    },
  },
  {
    id: 'internship', label: 'Internship', category: 'work-format', stem: false,
    aliases: ['intern', 'interns', 'internships', 'co-op', 'summer internship', 'fellowship program'],
    guards: { notPrecededBy: ['medical', 'surgical', 'pediatric'], appliesTo: ['intern', 'interns'] },
    examples: { positive: ['Paid summer internship.', 'Interns join for 12 weeks.'], negative: ['Internal tools only.'] },
  },
  {
    id: 'entry-level', label: 'Entry-level / no experience', category: 'work-format',
    aliases: ['entry level', 'no experience needed', 'no experience required', 'no experience necessary', 'beginner friendly', 'beginners welcome', 'junior level', 'freshers', 'fresher'],
    examples: { positive: ['Entry-level, no experience needed.', 'Beginners welcome.'], negative: ['Ten years of experience required.'] },
  },
  {
    id: 'immediate-start', label: 'Immediate start', category: 'work-format',
    aliases: ['start immediately', 'immediate start', 'start today', 'immediate availability', 'available immediately', 'start asap', 'urgent hiring', 'urgently hiring'],
    examples: { positive: ['Start immediately after onboarding.', 'Urgently hiring for a new project.'], negative: ['Start date in the spring.'] },
  },
  {
    id: 'worldwide', label: 'Worldwide / global', category: 'work-format',
    aliases: ['worldwide', 'global', 'any country', 'all countries', 'international applicants', 'open globally', 'anywhere in the world', 'location independent'],
    // Bare "global"/"worldwide" mostly describe the company ("our global community", "clients
    // worldwide"); they mean the job is open everywhere only next to a location or hiring word.
    guards: {
      requireNear: ['remote', 'location', 'locations', 'open', 'eligibility', 'eligible', 'applicants', 'candidates', 'anywhere', 'hiring', 'hire', 'countries', 'country', 'based', 'apply'],
      notFollowedBy: ['warming', 'health', 'economy', 'markets', 'market', 'brand', 'brands', 'leader', 'company', 'companies', 'team', 'teams'],
      window: 3,
      appliesTo: ['global', 'worldwide', 'Worldwide / global'],
    },
    examples: {
      positive: ['Open to applicants worldwide.', 'Work from anywhere in the world.', 'Location: Global (remote)'],
      negative: ['US residents only.', 'Global health policy experts.', 'Trusted by hundreds of firms worldwide.', 'Become part of our global network of reviewers.'],
    },
  },
  {
    id: 'us-only', label: 'US only', category: 'work-format',
    // No stemming: Porter turns "using" into "us", so "using only" read as "US only". The bare
    // two-letter forms are case-sensitive so "contact us based on" does not count.
    stem: false,
    aliases: ['US residents', 'US resident', 'US residents only', 'United States only', 'based in the US', 'based in the United States', 'authorized to work in the US', 'work authorization', 'US citizens', 'US citizen'],
    caseSensitive: ['US only', 'US-only', 'US-based', 'US based'],
    examples: {
      positive: ['Open to US residents only.', 'Must be authorized to work in the US.', 'This is a US-based role.'],
      negative: ['Open worldwide.', 'Reply to learners using only the course forum.', 'Let us know; tell us based on your schedule.'],
    },
  },
  {
    id: 'weekly-payments', label: 'Weekly payments', category: 'work-format',
    // Bare "PayPal" is only how money moves, not how often: it is left out.
    aliases: ['paid weekly', 'weekly pay', 'weekly payouts', 'weekly payment', 'biweekly pay', 'paid biweekly', 'paid via PayPal', 'Stripe payouts', 'direct deposit'],
    examples: { positive: ['Paid weekly via PayPal.', 'Weekly payouts to your bank.'], negative: ['Payment after 90 days.', 'Invoices are settled monthly through PayPal.'] },
  },
];
