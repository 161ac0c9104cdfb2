// Names the employer lists to show who backs and who buys from it: "our investors include
// Benchmark, General Catalyst", "Backed by Kindred Ventures", "customers include Nvidia, Adobe,
// Notion". A tool, task or field named there ("Benchmark", "Databricks Ventures", "Notion") is
// someone's name or business, not something the job asks for, whatever its category.
import { pushList } from './colleagues.ts';
import { pinnedIds } from './lexicon.ts';
import type { TokenKeys } from './matcher.ts';

/** Words after which ("investors include", "VCs (…)") the rest of the sentence lists backers. */
const BACKERS = ['investors', 'vcs', 'backers'];
/** "backed by" / "funded by" / "backing from", then a name (capitalised): not "backed by data". */
const BACKED = ['backed', 'funded', 'backing'];
const BACKED_LINK = ['by', 'from'];
/** "customers include", "clients such as", "clients who span government, finance, retail": named customers or their sectors follow. Not "clients in healthcare", which may be the job's own field. */
const CUSTOMERS = ['customers', 'clients'];
const NAMING = ['include', 'includes', 'including', 'like', 'such', 'span', 'spans', 'spanning', 'across'];
/** How far such a list runs at most, in tokens, within its sentence. */
const REACH = 30;

interface WordIds {
  backers: Set<number>;
  backed: number[];
  backedLink: Set<number>;
  customers: number[];
  naming: Set<number>;
  relative: Set<number>;
}

let known: WordIds | null = null;

function wordIds(): WordIds {
  known ??= {
    backers: new Set(pinnedIds(BACKERS)),
    backed: pinnedIds(BACKED),
    backedLink: new Set(pinnedIds(BACKED_LINK)),
    customers: pinnedIds(CUSTOMERS),
    naming: new Set(pinnedIds(NAMING)),
    relative: new Set(pinnedIds(['who', 'that', 'which'])),
  };
  return known;
}

function isCapitalised(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Token ranges [first, last] (pairs in one array) listing the employer's investors or customers. */
export function companyCircleRanges(text: string, doc: TokenKeys): number[] {
  const t = doc.tokens;
  const out: number[] = [];
  const { backers, backed, backedLink, customers, naming, relative } = wordIds();
  // pushList is called as is, not through a closure made per posting: tsx names each closure it makes (~2 µs here).
  for (const word of backers) {
    for (const at of doc.index.tokensOfId(word) ?? []) {
      // "investors include", "VCs (Bain Capital Ventures, …)", "investors: …", but not "raised $63M from leading investors What we value".
      if (at + 1 >= t.count) continue;
      if (naming.has(t.ids[at + 1]!)) pushList(out, t, at + 2, t.sentence[at]!, REACH, text);
      else if (/[(:]/.test(text.slice(t.end[at]!, t.start[at + 1]!))) pushList(out, t, at + 1, t.sentence[at]!, REACH, text);
    }
  }
  for (const word of backed) {
    for (const at of doc.index.tokensOfId(word) ?? []) {
      const next = at + 2;
      if (next < t.count && backedLink.has(t.ids[at + 1]!) && isCapitalised(text, t.start[next]!)) pushList(out, t, next, t.sentence[at]!, REACH, text);
    }
  }
  for (const word of customers) {
    for (const at of doc.index.tokensOfId(word) ?? []) {
      // "clients who span", "customers that include": one relative word may stand between.
      const next = at + 1 < t.count && relative.has(t.ids[at + 1]!) ? at + 2 : at + 1;
      if (next < t.count && naming.has(t.ids[next]!)) pushList(out, t, next + 1, t.sentence[at]!, REACH, text);
    }
  }
  return out;
}
