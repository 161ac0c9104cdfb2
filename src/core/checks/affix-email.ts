// "greyson@chevron-hr.com": an e-mail domain made of a name plus a recruiting word.
import type { SignalRule } from '../../data/schema.ts';
import { pushEvidence, type SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { hostsIn } from './hosts.ts';
import { perRule, strings } from './params.ts';

const affixesOf = perRule((rule) => new Set(strings(rule.params.affixes).map((a) => a.toLowerCase())));

/**
 * E-mail addresses whose domain has a label ending in "-" and one of params.affixes ("chevron-hr",
 * "acme-careers"). Read from the text's hosts (hostsIn, found once for all host checks): a host
 * right after an "@" is an address's domain.
 */
export function affixEmailDomain(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const affixes = affixesOf(rule);
  if (!affixes) return null;
  const out: Evidence[] = [];
  for (const f of hostsIn(doc.text, doc.tokens)) {
    if (f.start === 0 || doc.text.charCodeAt(f.start - 1) !== 64) continue;
    const labels = f.bare.split('.');
    // Not the top-level domain: "acme.co-hr" has none of its own.
    for (let k = 0; k < labels.length - 1; k++) {
      const label = labels[k]!;
      const dash = label.lastIndexOf('-');
      if (dash > 0 && affixes.has(label.slice(dash + 1))) {
        pushEvidence(out, f.start, doc.text.slice(f.start, f.end));
        break;
      }
    }
  }
  return out.length > 0 ? out : null;
}
