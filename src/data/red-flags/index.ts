// All red-flag rules, validated once at load. A bad entry throws with its id so the build and
// the tests point straight at it.
import { signalRuleSchema, type SignalRule, type SignalRuleInput } from '../schema.ts';
import { catchAllVacancyRules } from './catch-all-vacancies.ts';
import { contactChannelRules } from './contact-channels.ts';
import { dataGrabRules } from './data-grabs.ts';
import { identityLendingRules } from './identity-lending.ts';
import { impersonationRules } from './impersonation.ts';
import { moneyMuleRules } from './money-mule.ts';
import { moneyUpfrontRules } from './money-upfront.ts';
import { otherLanguageAdditions } from './other-languages.ts';
import { paymentMethodRules } from './payment-methods.ts';
import { pressureRules } from './pressure.ts';
import { processRules } from './process.ts';
import { promiseRules } from './promises.ts';
import { sloppinessRules } from './sloppiness.ts';
import { taskScamRules } from './task-scam.ts';
import { vaguenessRules } from './vagueness.ts';

const englishInputs: readonly SignalRuleInput[] = [
  ...moneyUpfrontRules,
  ...taskScamRules,
  ...paymentMethodRules,
  ...moneyMuleRules,
  ...dataGrabRules,
  ...identityLendingRules,
  ...contactChannelRules,
  ...impersonationRules,
  ...processRules,
  ...promiseRules,
  ...pressureRules,
  ...vaguenessRules,
  ...catchAllVacancyRules,
  ...sloppinessRules,
];

/** Each English rule with the patterns, triggers and examples of its other-language forms. */
export function withOtherLanguages(inputs: readonly SignalRuleInput[]): SignalRuleInput[] {
  return inputs.map((input) => {
    const more = otherLanguageAdditions[input.id];
    if (!more) return input;
    const params = input.params ?? {};
    const anywhere = params.unlessAnywhere;
    return {
      ...input,
      triggers: [...(input.triggers ?? []), ...more.triggers],
      patterns: [...(input.patterns ?? []), ...more.patterns],
      unless: [...(input.unless ?? []), ...(more.unless ?? [])],
      params: more.unlessAnywhere && anywhere !== true ? { ...params, unlessAnywhere: [...(Array.isArray(anywhere) ? anywhere : []), ...more.unlessAnywhere] } : params,
      examples: { positive: [...input.examples.positive, ...more.examples.positive], negative: [...input.examples.negative, ...more.examples.negative] },
    };
  });
}

export const redFlagInputs: readonly SignalRuleInput[] = withOtherLanguages(englishInputs);

/** Parses rule inputs; throws naming the first bad id. Shared with the healthy signals. */
export function parseSignalRules(inputs: readonly SignalRuleInput[], what: string): SignalRule[] {
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    const result = signalRuleSchema.safeParse(input);
    const id = typeof input?.id === 'string' ? input.id : `#${i}`;
    if (!result.success) throw new Error(`Invalid ${what} rule "${id}": ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (seen.has(result.data.id)) throw new Error(`Duplicate ${what} rule id "${result.data.id}"`);
    seen.add(result.data.id);
    if (result.data.kind === 'check' && !result.data.check) throw new Error(`Invalid ${what} rule "${id}": a check rule needs "check"`);
    if (result.data.kind === 'pattern' && result.data.patterns.length === 0) throw new Error(`Invalid ${what} rule "${id}": a pattern rule needs patterns`);
    return result.data;
  });
}

export const redFlagRules: SignalRule[] = parseSignalRules(redFlagInputs, 'red-flag');
