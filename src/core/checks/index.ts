// Named checks: signals that are more than a pattern (host names, lab claims, pay figures, capitals,
// catch-all vacancy lists, office-job medleys). Each reads its lists from rule.params so the data stays in src/data.
import type { SignalRule } from '../../data/schema.ts';
import type { SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { affixEmailDomain } from './affix-email.ts';
import { aiLabClaim } from './ai-lab.ts';
import { catchAllVacancies } from './catch-all.ts';
import { lookalikeDomain, trustedSource } from './hosts.ts';
import { implausiblePay } from './implausible-pay.ts';
import { roleMedley } from './role-medley.ts';
import { shouting } from './shouting.ts';

const CHECKS: Record<string, (rule: SignalRule, doc: SignalDocument) => Evidence[] | null> = {
  shouting,
  'catch-all-vacancies': catchAllVacancies,
  'lookalike-domain': lookalikeDomain,
  'ai-lab-claim': aiLabClaim,
  'affix-email-domain': affixEmailDomain,
  'implausible-pay': implausiblePay,
  'trusted-source': trustedSource,
  'role-medley': roleMedley,
};

/** Names of the checks the engine implements (the data tests verify every check rule names one). */
export const CHECK_NAMES: readonly string[] = Object.keys(CHECKS);

export function runCheck(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const fn = rule.check ? CHECKS[rule.check] : undefined;
  return fn ? fn(rule, doc) : null;
}
