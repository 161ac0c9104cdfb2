// All healthy-signal rules, validated once at load (same parser and errors as the red flags).
import type { SignalRule, SignalRuleInput } from '../schema.ts';
import { parseSignalRules, withOtherLanguages } from '../red-flags/index.ts';
import { healthyIdentityRules } from './identity.ts';
import { healthyProcessRules } from './process.ts';
import { healthyTermsRules } from './terms.ts';

export const healthySignalInputs: readonly SignalRuleInput[] = withOtherLanguages([...healthyTermsRules, ...healthyProcessRules, ...healthyIdentityRules]);

export const healthySignalRules: SignalRule[] = parseSignalRules(healthySignalInputs, 'healthy-signal');
