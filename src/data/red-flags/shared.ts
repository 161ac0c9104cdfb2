// Phrases shared by several rule sets. Regex sources; the engine adds the i and u flags.

/** "We never charge a fee", "you will never be asked to pay": cancels the money-upfront rules. */
export const NEVER_CHARGE: string[] = [
  String.raw`\b(?:never|will\snot|won['’]?t|do\snot|don['’]?t|does\snot|doesn['’]?t)\s(?:ever\s)?(?:ask|charge|require|request|need)\s(?:\w{1,12}\s){0,3}(?:to\s(?:pay|send|buy|purchase|deposit)|for\s(?:any\s)?(?:payments?|money|fees?|deposits?)|(?:a|any)\s(?:fees?|payments?|deposits?))`,
  String.raw`\b(?:never|not)\sbe\s(?:asked|required)\sto\s(?:pay|send\smoney|buy|purchase|deposit)`,
  String.raw`\b(?:no|zero)\s(?:application\s|registration\s|sign[- ]up\s|joining\s|upfront\s|up-front\s|hidden\s)?(?:fees?|charges?|costs?)\b`,
  String.raw`\bfree\sto\s(?:apply|join|sign\sup|register)\b`,
];

/** Negation in the same sentence ("no fee is required", "never send your SSN"). */
export const NEGATED: string = String.raw`\b(?:no|never|not|without|don['’]?t|do\snot|won['’]?t|will\snot)\b`;

/** Rules about handing over personal data are fine after an offer, during onboarding. */
export const AFTER_OFFER: string = String.raw`\b(?:after\s(?:an?\s|the\s|your\s)?(?:(?:job\s)?offer|hire|hiring|onboarding|acceptance)|upon\s(?:hire|hiring|acceptance|onboarding)|once\s(?:hired|you\s(?:are|have\sbeen)\shired|you\saccept)|post[- ]offer|(?:after\syou\s|once\syou\s|when\syou\s)?accept(?:ing)?\s(?:an?|the|our)\s(?:job\s)?offer|during\sonboarding|first\sday|i-9|direct\sdeposit\sform)`;

/** Money negated near the money word: "no fee", "never pay", "without any deposit". */
export const NEGATED_MONEY: string = String.raw`\b(?:no|never|not|without|free\sof|zero)\s(?:\w{1,15}\s){0,3}(?:fees?|charges?|deposits?|costs?|payments?)\b|\b(?:never|not|don['’]?t|won['’]?t|doesn['’]?t)\s(?:\w{1,12}\s){0,2}(?:pay|charge|ask)|\b(?:never|not|don['’]?t|won['’]?t|doesn['’]?t)\s(?:\w{1,12}\s){0,2}(?:require|request|expect|need)\s(?:you\sto\spay|(?:a|an|any)\s(?:\w{1,15}\s)?(?:fees?|payments?|deposits?))`;

/**
 * Words for a scam, a scammer or fraud (English, Spanish, Portuguese, French, German, Italian). A
 * text that uses them again and again is about scams (a warning page, an employer's fraud notice):
 * the signs it lists are described, not asked of the reader (risk.ts).
 */
export const SCAM_WORDS: readonly string[] = [
  'scam', 'scams', 'scammer', 'scammers', 'scammed', 'fraud', 'frauds', 'fraudulent', 'fraudster', 'fraudsters',
  'estafa', 'estafas', 'estafador', 'estafadores', 'fraude', 'fraudes', 'golpe', 'golpes', 'golpista', 'golpistas',
  'arnaque', 'arnaques', 'escroquerie', 'escroqueries', 'escroc', 'escrocs', 'betrug', 'betrüger', 'truffa', 'truffe', 'truffatori',
];
