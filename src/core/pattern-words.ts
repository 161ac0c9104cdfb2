// The words a rule's regex cannot match without. `\b(?:no|little)\s(?:experience|skills?)\sneeded`
// needs one of {no, little}, one of {experience, skill…} and "needed" in the same stretch of
// text; a sentence missing any of them is skipped without running the regex. That filter is a
// few set lookups over the sentence's tokens, where the regex would walk every character.
//
// Only the plain regex dialect our rule data uses is understood; anything else makes a part
// "unknown", which means "no requirement" — the filter may let too much through, never too little.
import { foldToken, isCjk } from './tokenize.ts';

export interface WordSet {
  /** Whole tokens (case-folded). */
  exact: Set<string>;
  /** Its id among registered sets (registerWordSet); equal sets share one. */
  sid?: number;
  /** Token beginnings, for literals that run on into more letters ("evaluat" + \w*). */
  prefixes: string[];
}

/** OR of branches, each an AND of word sets. null: the pattern can't be narrowed by words. */
export type WordFilter = WordSet[][] | null;

type Item =
  | { kind: 'char'; ch: string; optional: boolean }
  | { kind: 'boundary' }
  | { kind: 'group'; branches: Item[][]; optional: boolean }
  | { kind: 'other'; optional: boolean; wordChar: boolean };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Item[][] {
    const branches: Item[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.atom();
      if (item) items.push(this.quantified(item));
    }
    return items;
  }

  private quantified(item: Item): Item {
    const c = this.src[this.i];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d*)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        optional = (m[1] ?? '') === '' || Number(m[1]) === 0;
        this.i += m[0].length;
        // A repeated literal is not one literal any more.
        if (item.kind === 'char' && m[2] !== undefined) return { kind: 'other', optional, wordChar: true };
      }
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    if (item.kind === 'boundary') return item;
    return optional ? { ...item, optional: true } : item;
  }

  private atom(): Item | null {
    const c = this.src[this.i]!;
    if (c === '\\') {
      const e = this.src[this.i + 1] ?? '';
      this.i += 2;
      if (e === 'b') return { kind: 'boundary' };
      if (e === 'B') return null;
      if ('sW'.includes(e)) return { kind: 'other', optional: false, wordChar: false };
      // "\S" and "\D" take letters too: "minut\S{1,3}" runs on into "minutos".
      if ('wdpSD'.includes(e)) {
        if (e === 'p' && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return { kind: 'other', optional: false, wordChar: true };
      }
      if (e === 'u' || e === 'x') {
        this.i += this.src[this.i] === '{' ? this.src.indexOf('}', this.i) + 1 - this.i : e === 'u' ? 4 : 2;
        return { kind: 'other', optional: false, wordChar: true };
      }
      return { kind: 'char', ch: e, optional: false };
    }
    if (c === '[') {
      let j = this.i + 1;
      if (this.src[j] === '^') j++;
      if (this.src[j] === ']') j++;
      while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
      const body = this.src.slice(this.i + 1, j);
      this.i = j + 1;
      // "d[ée]p[oô]t", "n[aã]o": letters that fold to one letter are that letter in a token, so
      // the word is known ("depot", not just a "d" that most words of most postings start with).
      const same = sameFolded(body);
      if (same) return { kind: 'char', ch: same, optional: false };
      // A class with letters or digits may stand for a word character.
      return { kind: 'other', optional: false, wordChar: /[a-z0-9]|\\w|\\d|\\p/i.test(body) || body.startsWith('^') };
    }
    if (c === '(') {
      let lookaround = false;
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (/^\(\?<?[=!]/.test(this.src.slice(this.i))) {
        lookaround = true;
        this.i += this.src[this.i + 2] === '<' ? 4 : 3;
      } else if (this.src.startsWith('(?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      else this.i += 1;
      const branches = this.alternation();
      this.i++; // ')'
      if (lookaround) return null;
      return { kind: 'group', branches, optional: false };
    }
    this.i++;
    if (c === '.') return { kind: 'other', optional: false, wordChar: true };
    if (c === '^' || c === '$') return { kind: 'boundary' };
    // A Chinese or Japanese character is a token of its own (tokenize.ts): "网络兼职" needs four
    // tokens, not one word, so each character is read as a word between two edges.
    if (isCjk(c.charCodeAt(0))) return { kind: 'group', branches: [[{ kind: 'boundary' }, { kind: 'char', ch: c, optional: false }, { kind: 'boundary' }]], optional: false };
    return { kind: 'char', ch: c.toLowerCase(), optional: false };
  }
}

const WORD = /^[\p{L}\p{N}]$/u;

/** The letter every character of a class body folds to ("ée" → "e"), or null: a range, an escape, a negation or letters that differ. */
function sameFolded(body: string): string | null {
  if (body.length < 2 || !/^\p{L}+$/u.test(body)) return null;
  const folded = new Set(Array.from(body, (c) => foldToken(c)));
  const [only] = folded;
  return folded.size === 1 && only!.length === 1 && /^[a-z]$/.test(only!) ? only! : null;
}

/** Required word sets of one sequence, or null if a branch can't be described. */
function sequenceSets(items: Item[]): WordSet[] {
  const sets: WordSet[] = [];
  let word = '';
  let wordStartsClean = true;
  const flush = (endsClean: boolean) => {
    word = word && foldToken(word);
    if (word && wordStartsClean) sets.push(endsClean ? { exact: new Set([word]), prefixes: [] } : { exact: new Set(), prefixes: [word] });
    word = '';
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind === 'char' && !item.optional && WORD.test(item.ch)) {
      if (!word) wordStartsClean = cleanBefore(items, k);
      word += item.ch;
      continue;
    }
    if (item.kind === 'char' && item.optional && WORD.test(item.ch)) {
      // "skills?\s": one of two words, where the word surely ends after the letter.
      if (word && wordStartsClean && k + 1 < items.length && endsWord(items[k + 1])) {
        sets.push({ exact: new Set([foldToken(word), foldToken(word + item.ch)]), prefixes: [] });
        word = '';
        continue;
      }
      // "skills?": the word may or may not run on; what came before is a prefix.
      flush(false);
      wordStartsClean = false;
      continue;
    }
    flush(endsWord(item));
    if (item.kind === 'group' && !item.optional) {
      // A group that ends the pattern may end inside a word: "\b(?:pay|book)" matches "payment".
      const first = firstWords(item.branches, cleanBefore(items, k), k + 1 < items.length && endsWord(items[k + 1]));
      if (first) sets.push(first);
    }
  }
  // Nor does the pattern's end close a word: "\bbookkeep" matches in "bookkeeper".
  flush(false);
  return sets;
}

/** Does `item` (what follows a literal) close the word? Optional items might not be there. */
function endsWord(item: Item | undefined): boolean {
  if (!item) return true;
  if (item.kind === 'boundary') return true;
  if (item.optional) return false;
  if (item.kind === 'char') return !WORD.test(item.ch);
  if (item.kind === 'other') return !item.wordChar;
  return groupStartsClean(item);
}

/** Could this item, when present, end in a letter or digit? */
function endsInWordChar(item: Item): boolean {
  if (item.kind === 'group') return item.branches.some((b) => b.length === 0 || endsInWordChar(b[b.length - 1]!));
  return (item.kind === 'char' && WORD.test(item.ch)) || (item.kind === 'other' && item.wordChar);
}

/** Does a word starting at items[k] start at a word edge, whichever optional items are there? */
function cleanBefore(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const item = items[j]!;
    if (item.kind === 'boundary') return true;
    if (endsInWordChar(item)) return false;
    // A non-word item that may be absent: what comes before it counts too.
    if (!item.optional) return true;
  }
  return true;
}

function groupStartsClean(item: Extract<Item, { kind: 'group' }>): boolean {
  return item.branches.every((b) => {
    const f = b[0];
    return !f || f.kind === 'boundary' || (f.kind === 'char' && !WORD.test(f.ch)) || (f.kind === 'other' && !f.wordChar);
  });
}

/** The word each branch of a group starts with; null when some branch starts with no literal word. */
function firstWords(branches: Item[][], startsClean: boolean, followedClean: boolean): WordSet | null {
  if (!startsClean) return null;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const branch of branches) {
    let word = '';
    let k = 0;
    while (k < branch.length && branch[k]!.kind === 'boundary') k++;
    for (; k < branch.length; k++) {
      const it = branch[k]!;
      if (it.kind === 'char' && !it.optional && WORD.test(it.ch)) word += it.ch;
      else break;
    }
    if (!word) {
      // A branch that starts with a group: that group's first words, and where the group is
      // optional ("(?:google\s)?deepmind") also the words of what follows it.
      let j = k;
      let ok = false;
      while (j < branch.length) {
        const it = branch[j]!;
        if (it.kind !== 'group') break;
        const inner = firstWords(it.branches, true, endsWord(branch[j + 1]) && !(j + 1 >= branch.length && !followedClean));
        if (!inner) break;
        inner.exact.forEach((w) => exact.add(w));
        prefixes.push(...inner.prefixes);
        if (!it.optional) {
          ok = true;
          break;
        }
        j++;
      }
      if (ok) continue;
      // After optional groups, a literal word must follow for the branch to be described.
      let rest = '';
      for (; j < branch.length; j++) {
        const it = branch[j]!;
        if (it.kind === 'char' && !it.optional && WORD.test(it.ch)) rest += it.ch;
        else break;
      }
      if (!rest || j === k) return null;
      rest = foldToken(rest);
      const after = branch[j];
      if (after ? endsWord(after) : followedClean) exact.add(rest);
      else prefixes.push(rest);
      continue;
    }
    const next = branch[k];
    // "an?" before a word's end: "a" or "an".
    if (next && next.kind === 'char' && next.optional && WORD.test(next.ch) && (branch[k + 1] ? endsWord(branch[k + 1]) : followedClean)) {
      exact.add(foldToken(word));
      exact.add(foldToken(word + next.ch));
      continue;
    }
    word = foldToken(word);
    const clean = next ? endsWord(next) : followedClean;
    if (clean) exact.add(word);
    else prefixes.push(word);
  }
  return { exact, prefixes };
}

const cache = new Map<string, WordFilter>();
const leadingCache = new Map<string, WordSet | null>();

/**
 * The words a match of `source` starts with, when every top-level branch opens with a word edge
 * and then a literal word (or a group of them). A match can then only start where such a token
 * starts, so the regex need only be tried there. null when that can't be said.
 */
export function leadingWords(source: string): WordSet | null {
  const hit = leadingCache.get(source);
  if (hit !== undefined) return hit;
  let set: WordSet | null = null;
  try {
    const parser = new Parser(source);
    const branches = parser.alternation();
    if (parser.i >= source.length && branches.every((b) => b[0]?.kind === 'boundary')) {
      // followedClean = false: a word that ends the pattern may run on ("\bpay" matches "payment").
      set = firstWords(branches, true, false);
    }
  } catch {
    set = null;
  }
  leadingCache.set(source, set);
  return set;
}

/** Word sets a match of `source` must contain, per top-level branch. */
export function requiredWords(source: string): WordFilter {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  let filter: WordFilter = null;
  try {
    const parser = new Parser(source);
    const branches = parser.alternation();
    if (parser.i >= source.length) {
      const described = branches.map(sequenceSets);
      // A branch with no required word can match anywhere: the pattern as a whole can't be narrowed.
      filter = described.every((sets) => sets.length > 0) ? described : null;
    }
  } catch {
    filter = null;
  }
  cache.set(source, filter);
  return filter;
}
