// One posting that hires for every kind of job at once: cooks, nurses, electricians, cashiers and
// teachers from the same "employer". Fake hotel, cruise-ship and overseas job offers look like
// this (FTC and BBB warnings on overseas and hospitality job scams): the list is bait for as many
// applicants as possible, and the "placement", visa or training fee comes later.
import type { SignalRuleInput } from '../schema.ts';

/**
 * Job titles grouped by trade. The check counts distinct titles and distinct trades, so a
 * hospital naming nurses, doctors and pharmacists, or a tech team naming its engineers and
 * architects, stays inside one or two trades. Only concrete job titles: no "manager",
 * "assistant" or "specialist", which every trade has. At least two titles must come from the
 * service and manual trades: experts recruited for AI review are professionals, not kitchen staff.
 */
const TRADES: Record<string, string[]> = {
  hospitality: [
    'chef', 'cook', 'waiter', 'waitress', 'bartender', 'barista', 'housekeeper', 'room attendant', 'concierge', 'dishwasher',
    'steward', 'stewardess', 'bellboy', 'porter', 'hostess', 'sommelier', 'baker', 'butcher', 'masseur', 'masseuse', 'lifeguard',
  ],
  health: ['nurse', 'doctor', 'physician', 'pharmacist', 'caregiver', 'dentist', 'midwife', 'paramedic', 'physiotherapist', 'dietitian'],
  trades: [
    'electrician', 'plumber', 'welder', 'mechanic', 'carpenter', 'driver', 'fitter', 'mason', 'painter', 'security guard',
    'cleaner', 'janitor', 'storekeeper', 'gardener', 'forklift operator', 'crane operator', 'rigger', 'scaffolder', 'laborer', 'labourer',
  ],
  office: ['accountant', 'cashier', 'secretary', 'receptionist', 'clerk', 'auditor', 'bookkeeper', 'typist', 'telephone operator'],
  engineering: ['engineer', 'architect', 'surveyor', 'draftsman', 'geologist'],
  teaching: ['teacher', 'tutor', 'translator', 'interpreter', 'lecturer', 'nanny', 'babysitter'],
  retail: ['salesman', 'saleswoman', 'shop assistant', 'sales clerk', 'merchandiser', 'beautician', 'hairdresser', 'stylist'],
};

export const catchAllVacancyRules: SignalRuleInput[] = [
  {
    id: 'catch-all-vacancy-list',
    kind: 'check',
    check: 'catch-all-vacancies',
    severity: 'medium',
    title: 'Hiring for every kind of job at once',
    explanation:
      'The posting lists jobs from many unrelated trades (say cook, nurse, electrician, cashier and teacher) for one employer. Real postings are for one job or a few related ones; a catch-all list is how fake hotel, cruise-ship and overseas job offers net as many applicants as possible before asking for a placement, visa or training fee. Check that the employer itself lists these openings on its own website.',
    params: { groups: TRADES, minRoles: 8, minGroups: 4, anchorGroups: ['hospitality', 'trades', 'retail'], minAnchorRoles: 2 },
    examples: {
      positive: [
        'Vacancies now open at our resort: chefs, cooks, waiters, bartenders, housekeepers, nurses, electricians, plumbers, drivers, cashiers, accountants and English teachers.',
      ],
      negative: [
        'Our hospital is hiring nurses, physicians and pharmacists for the new cardiology wing.',
        'We recruit doctors, nurses, pharmacists, dentists, accountants, auditors, teachers, translators and engineers to review AI answers in their field.',
      ],
    },
  },
  {
    // "Customer Service Representative (CSR)/Data Entry/Payroll/Bookkeeping": one fake template,
    // posted again and again under new company names. In the public EMSCAD ads every title naming
    // three or more of these kinds of office work is fraudulent (43 of 43); two kinds together are
    // often honest ("Customer Service / Admin Assistant").
    id: 'office-role-medley',
    kind: 'check',
    check: 'role-medley',
    severity: 'medium',
    title: 'Title strings unrelated office jobs together',
    explanation:
      'The title names three or more different office jobs at once (customer service, data entry, payroll, bookkeeping, reception…). Real employers post one job per listing; a medley like this is a well-known fake template, reposted under new company names, that leads to check-cashing, "payroll processing" or identity theft. Look the company up on its own website and check that it lists this job there.',
    scope: 'title',
    params: {
      minFamilies: 3,
      families: {
        dataEntry: [String.raw`\bdata\s?entry\b`],
        customerService: [String.raw`\bcustomer\s(?:service|support|care)\b`, String.raw`\bcsrs?\b`],
        payroll: [String.raw`\bpayroll\b`],
        bookkeeping: [String.raw`\bbook-?keep\w*`],
        administration: [String.raw`\badmin(?:istrative|istrator)?\b`, String.raw`\boffice\s(?:assistant|clerk)\b`, String.raw`\bclerk\b`, String.raw`\bclerical\b`, String.raw`\bsecretar\w*`, String.raw`\btypists?\b`, String.raw`\breceptionist\b`, String.raw`\bfront\sdesk\b`, String.raw`\b(?:personal|virtual)\sassistant\b`],
        accounts: [String.raw`\baccounts?\s(?:payable|receivable)\b`, String.raw`\bbilling\b`, String.raw`\bcashier\b`],
      },
    },
    examples: {
      positive: ['Customer Service Representative (CSR)/Data Entry/Payroll/Bookkeeping', 'Data Entry Clerk / Receptionist / Payroll Assistant', 'Admin Assistant - Data Entry - Customer Service (Remote)'],
      negative: ['Customer Service / Admin Assistant', 'Data Entry Clerk II', 'Payroll and Benefits Manager', 'Customer Support AI Rater (Data Entry background welcome)'],
    },
  },
];
