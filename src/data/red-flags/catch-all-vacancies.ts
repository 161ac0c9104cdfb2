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
];
