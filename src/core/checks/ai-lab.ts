// "Work for OpenAI": big-AI-lab names with nothing tying the posting to the lab or a known vendor.
import type { SignalRule } from '../../data/schema.ts';
import { requiredWords, type WordFilter } from '../pattern-words.ts';
import { regexFor } from '../plain-regex.ts';
import { MAX_EVIDENCE, MAX_TITLE, pushEvidence, type SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { isWordCode } from '../tokenize.ts';
import { docPasses, leadingTokens, registerFilter } from '../word-sets.ts';
import { hostOf, hostsIn, onDomain } from './hosts.ts';
import { perRule, strings, vendorsOf } from './params.ts';

interface Lab {
  name: string;
  names: string[];
  domains: string[];
}

interface LabRegexes {
  claim: RegExp;
  title: RegExp;
  /** The same, matching only where it starts (lastIndex): tried at the tokens a lab name can start with. */
  titleAt: RegExp;
  labs: Lab[];
  /** The words any lab name needs: postings without them skip the scan. */
  names: WordFilter;
  /** What makes a name in a title the lab's product or backer, read right after it (params.productAfter). */
  product: RegExp | null;
}

const labRegexes = perRule((rule): LabRegexes => {
  const labs = vendorsOf(rule.params.labs).map((v) => ({ name: v.name, names: v.brands, domains: v.domains }));
  const names = labs.flatMap((l) => l.names).join('|');
  const verbs = strings(rule.params.claimBefore).join('|');
  const after = strings(rule.params.claimAfter).join('|');
  const title = new RegExp(`\\b(?:${names})\\b`, 'iu');
  const filter = requiredWords(title.source);
  registerFilter(filter);
  const productAfter = strings(rule.params.productAfter);
  return {
    labs,
    product: productAfter.length > 0 ? new RegExp(`^[\\s-]{0,2}(?:${productAfter.join('|')})\\b`, 'iu') : null,
    claim: new RegExp(`\\b(?:(?:${verbs})\\s(?:the\\s)?(?:${names})\\b|(?:${names})\\s(?:${after})\\b)`, 'giu'),
    title,
    titleAt: new RegExp(title.source, 'iuy'),
    names: filter,
  };
});

/**
 * Does a lab name occur in the text? With a one-set filter the set holds every word a name can
 * start with, so the regex is tried only at those tokens instead of over the whole text.
 */
function nameInText(re: LabRegexes, doc: SignalDocument): boolean {
  const sets = re.names?.length === 1 && re.names[0]!.length === 1 ? re.names[0]![0]! : null;
  if (!sets || !doc.words) return re.title.test(doc.text);
  for (const t of leadingTokens(sets, doc.words)) {
    re.titleAt.lastIndex = doc.tokens.start[t]!;
    if (re.titleAt.test(doc.text)) return true;
  }
  return false;
}

/**
 * The posting claims to hire for a big AI lab, yet nothing ties it to that lab or to a known
 * vendor or applicant-tracking host.
 */
export function aiLabClaim(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const re = labRegexes(rule);
  if (!re) return null;
  // Big employers' names are everywhere in honest postings ("experience working at Google"): for
  // them only a link or address that is not the company's makes the claim worth a warning. Asked
  // first: the look-alike check has found the text's hosts already.
  const otherHostsOnly = rule.params.onlyWithOtherHosts === true;
  if (otherHostsOnly && hostsIn(doc.text, doc.tokens).length === 0) return null;
  const title = doc.title.slice(0, MAX_TITLE);
  // Most titles lack every word a lab name needs, which their word index tells without reading them.
  const titleMayName = !re.names || !doc.titleWords || docPasses(re.names, doc.titleWords);
  const t = titleMayName ? regexFor(re.title, title).exec(title) : null;
  // Most postings name no lab, in the title or in the text: nothing below could find anything
  // then. Their word index tells most; the rest (an "open" or a "Meta" is common) are read for a
  // name before the hosts and the company are looked at.
  let named: boolean | null = null;
  if (!t) {
    if (re.names && doc.words && !docPasses(re.names, doc.words)) return null;
    named = nameInText(re, doc);
    if (!named) return null;
  }
  const trusted = strings(rule.params.trustedDomains);
  const hosts = [hostOf(doc.url), hostOf(doc.source)].filter((h): h is string => !!h);
  if (hosts.some((h) => trusted.some((d) => onDomain(h, d)))) return null;
  if (hosts.some((h) => re.labs.some((l) => l.domains.some((d) => onDomain(h, d))))) return null;
  const onTrustedHost = (h: string) => trusted.some((d) => onDomain(h, d)) || re.labs.some((l) => l.domains.some((d) => onDomain(h, d)));
  const company = (doc.company ?? '').toLowerCase();
  const knownCompany = strings(rule.params.trustedCompanies);
  if (company && knownCompany.some((k) => company.includes(k))) return null;
  const ownLab = (name: string) =>
    company !== '' && re.labs.some((l) => l.names.some((n) => new RegExp(`\\b(?:${n})\\b`, 'iu').test(company) && new RegExp(`\\b(?:${n})\\b`, 'iu').test(name)));
  const out: Evidence[] = [];
  // A big employer's name in a title is as often its product's ("Google Ads Specialist"); a lab's
  // name may be the stack or the backer of the employer ("Engineer at an OpenAI Automation SaaS",
  // "OpenAI-backed startup"), which claims no job at the lab.
  if (t && !otherHostsOnly && !ownLab(t[0]) && !re.product?.test(title.slice(t.index + t[0].length))) pushEvidence(out, -1, title);
  // Most postings name no lab: their word index says so without reading the text.
  if (re.names && doc.words && !docPasses(re.names, doc.words)) return out.length > 0 ? out : null;
  if (!(named ?? nameInText(re, doc))) return out.length > 0 ? out : null;
  // A link or e-mail address on the lab's own domain or a known applicant-tracking host is a real
  // hiring source ("apply at job-boards.greenhouse.io/xai", "email me at ...@x.ai").
  if (hostsIn(doc.text, doc.tokens).some((f) => onTrustedHost(f.bare))) return null;
  for (const m of claims(re, doc)) {
    if (out.length >= MAX_EVIDENCE) break;
    if (!ownLab(m.text)) pushEvidence(out, m.start, m.text);
  }
  return out.length > 0 ? out : null;
}

/** How far a claim reaches before a name ("working directly for the ") and after it ("is now looking for"). */
const CLAIM_BEFORE_REACH = 40;
const CLAIM_AFTER_REACH = 40;

/**
 * The claims in the text, in order. A claim holds a name, so with the names' first words indexed
 * the claim regex reads only the stretch around each name: big employers' names are common, and
 * the regex over a whole text is not cheap.
 */
function claims(re: LabRegexes, doc: SignalDocument): { start: number; text: string }[] {
  const { text } = doc;
  const found: { start: number; text: string }[] = [];
  const sets = re.names?.length === 1 && re.names[0]!.length === 1 ? re.names[0]![0]! : null;
  if (!sets || !doc.words) {
    re.claim.lastIndex = 0;
    // The claim regex is anchored on fixed words with single spaces, so a pass over the text is linear.
    for (let m = re.claim.exec(text); m !== null && found.length < MAX_EVIDENCE; m = re.claim.exec(text)) found.push({ start: m.index, text: m[0] });
    return found;
  }
  let done = 0;
  for (const t of leadingTokens(sets, doc.words)) {
    if (found.length >= MAX_EVIDENCE) break;
    const at = doc.tokens.start[t]!;
    re.titleAt.lastIndex = at;
    const name = re.titleAt.exec(text);
    if (!name) continue;
    // Whole words at both ends, so the window's edges are no word boundaries the text does not have.
    let from = Math.max(done, at - CLAIM_BEFORE_REACH);
    while (from > done && isWordCode(text, from - 1)) from--;
    let to = Math.min(text.length, at + name[0].length + CLAIM_AFTER_REACH);
    while (to < text.length && isWordCode(text, to)) to++;
    const window = text.slice(from, to);
    re.claim.lastIndex = 0;
    for (let m = re.claim.exec(window); m !== null && found.length < MAX_EVIDENCE; m = re.claim.exec(window)) {
      found.push({ start: from + m.index, text: m[0] });
      done = from + m.index + m[0].length;
    }
  }
  return found;
}
