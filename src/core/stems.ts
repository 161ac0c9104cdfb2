// Stems and inflections: Porter stems per lexicon id (computed once), the guard that keeps a stem
// match to real inflections of one word, and the first-letter test that spares most words the stemmer.
import { stemmer } from 'stemmer';
import { fitIds, internWord, lexiconSize, onLexiconRecycle, wordOf } from './lexicon.ts';

// Endings that turn a stem back into an inflection of the same word. A stem match counts only
// when both the alias word and the text word are the stem plus one of these: Porter alone folds
// "medical" with "medications", "internal" with "international", "community" with "communication".
const INFLECTIONS = new Set([
  '', 's', 'es', 'e', 'ed', 'd', 'ing', 'er', 'ers', 'or', 'ors', 'ion', 'ions', 'ation', 'ations', 'ating', 'ate', 'ates', 'ated',
  'ator', 'ators', 'ment', 'ments', 'y', 'ies', 'ied', 'eer', 'eers', 'eering', 'ist', 'ists', 'ize', 'izes', 'ized', 'izing', 'ise',
  'ised', 'ising', 'ization', 'isation', 'izations', 'isations', 'ling', 'ler', 'lers', 'led', 'ting', 'ted', 'ning', 'ned', 'ping',
  'ped', 'ging', 'ged', 'ering', 'ered', 'ence', 'ences', 'ance', 'ances', 'ant', 'ants', 'ent', 'ents', 'ency', 'ancy', 'ive', 'ives',
  'ery', 'ry', 'al', 'als',
]);

function inflectionOf(word: string, stem: string): boolean {
  // Porter sometimes rewrites the stem's end ("happy" → "happi"): then trust it.
  if (!word.startsWith(stem)) return true;
  return INFLECTIONS.has(word.slice(stem.length));
}

// Verdicts of sameWordFamily by (text word id, alias word id): the same pairs come back in every posting.
const FAMILY = new Map<number, boolean>();
/**
 * The latest verdict per text word id: at 2 × id the alias word's id + 1 (0: none yet), then 1 or
 * 0. A text word nearly always meets the one alias word its stem leads to, so this answers most
 * asks with two array reads instead of a Map lookup on a key past 2^31 (a heap number to hash).
 */
let lastFamily = new Int32Array(0);
onLexiconRecycle(() => {
  FAMILY.clear();
  lastFamily.fill(0);
});

export function sameFamilyById(textId: number, aliasId: number): boolean {
  if (textId === aliasId) return true;
  const at = textId * 2;
  if (at < lastFamily.length && lastFamily[at] === aliasId + 1) return lastFamily[at + 1] === 1;
  const key = textId * 1048576 + aliasId;
  let yes = FAMILY.get(key);
  if (yes === undefined) {
    yes = sameWordFamily(wordOf(textId), wordOf(aliasId));
    if (FAMILY.size > 200_000) FAMILY.clear();
    FAMILY.set(key, yes);
  }
  if (at >= lastFamily.length) lastFamily = fitIds(lastFamily, Math.max(lexiconSize(), textId + 1) * 2);
  lastFamily[at] = aliasId + 1;
  lastFamily[at + 1] = yes ? 1 : 0;
  return yes;
}

/** Same word up to inflection, judged against their common stem. */
function sameWordFamily(textWord: string, aliasWord: string): boolean {
  if (textWord === aliasWord) return true;
  const stem = stemKey(aliasWord);
  const a = inflectionOf(aliasWord, stem);
  const t = inflectionOf(textWord, stem);
  if (!a || !t) return false;
  // "-al" only pairs with "-al(s)" or the bare stem ("clinical" vs "clinic" are different words).
  const ta = textWord.slice(stem.length);
  const aa = aliasWord.slice(stem.length);
  if ((ta === 'al' || ta === 'als') !== (aa === 'al' || aa === 'als')) return false;
  // "classify" and "classifiers", "verify" and "verifier": the -ifier word names a thing (a model, a
  // tool), not the act. Porter folds both to "classifi".
  if (agentOfIfy(textWord, ta, aliasWord, stem) || agentOfIfy(aliasWord, aa, textWord, stem)) return false;
  return true;
}

/** Is `word` (stem + `ending`) the -ifier noun of a form of the -ify verb, and `other` not that noun? */
function agentOfIfy(word: string, ending: string, other: string, stem: string): boolean {
  return (ending === 'er' || ending === 'ers') && stem.endsWith('i') && word.startsWith(stem) && other !== `${stem}er` && other !== `${stem}ers`;
}

const STEM_CACHE = new Map<string, string>();

export function stemKey(folded: string): string {
  // Porter is English-only and mangles digits and short words; leave those as they are.
  if (folded.length <= 3) return folded;
  let s = STEM_CACHE.get(folded);
  if (s === undefined) {
    s = /\d/.test(folded) ? folded : stemmer(folded);
    if (STEM_CACHE.size > 200_000) STEM_CACHE.clear();
    STEM_CACHE.set(folded, s);
  }
  return s;
}

/**
 * Porter only rewrites endings: the stem of a word longer than three letters starts with the
 * word's first three letters, or is the word's first two letters.
 */
function code3(key: string): number {
  return key.charCodeAt(0) * 4294967296 + (key.charCodeAt(1) || 0) * 65536 + (key.charCodeAt(2) || 0);
}

// Per lexicon id: its stem's id + 1 (0: not computed yet).
let stemIds = new Int32Array(0);
// Per lexicon id: could its stem start an alias of any matcher (first letters agree)? 0 unknown, 1 no, 2 yes.
let stemWorth = new Uint8Array(0);

// Bumped whenever a per-id answer derived from stems may change (a new first-letter code, recycled
// ids): callers caching such answers per id (the matchers' start flags) start over then.
let generation = 0;

/** Changes whenever per-id answers of `worthStemming`/`stemIdOf` may have changed. */
export function stemGeneration(): number {
  return generation;
}

onLexiconRecycle((keep) => {
  for (let id = 0; id < keep && id < stemIds.length; id++) if (stemIds[id]! - 1 >= keep) stemIds[id] = 0;
  stemIds.fill(0, keep);
  stemWorth.fill(0);
  generation++;
});

function ensureIdTables(): void {
  stemIds = fitIds(stemIds, lexiconSize());
  stemWorth = fitIds(stemWorth, lexiconSize());
}

/** Lexicon id of the stem of the word with lexicon id `id`. */
export function stemIdOf(id: number): number {
  if (id >= stemIds.length) ensureIdTables();
  let s = stemIds[id]!;
  if (s === 0) {
    const word = wordOf(id);
    const stem = stemKey(word);
    s = (stem === word ? id : internWord(stem)) + 1;
    if (id >= stemIds.length) ensureIdTables();
    stemIds[id] = s;
  }
  return s - 1;
}

// First letters of every stemmed alias's first word, across all matchers: a word whose first
// letters match none of them is never stemmed (Porter is the slow part of a first sighting).
const FIRST_STEM_CODES = new Set<number>();

export function registerStemFirst(key: string): void {
  const before = FIRST_STEM_CODES.size;
  FIRST_STEM_CODES.add(key.length >= 3 ? code3(key) : code3(key.slice(0, 2)));
  if (FIRST_STEM_CODES.size !== before) {
    stemWorth.fill(0);
    generation++;
  }
}

/** Is the stem of this word worth looking up at all? Remembered per id. */
export function worthStemming(id: number): boolean {
  if (id >= stemWorth.length) ensureIdTables();
  const known = stemWorth[id]!;
  if (known !== 0) return known === 2;
  const folded = wordOf(id);
  const yes = folded.length <= 3 || FIRST_STEM_CODES.has(code3(folded)) || FIRST_STEM_CODES.has(code3(folded.slice(0, 2)));
  stemWorth[id] = yes ? 2 : 1;
  return yes;
}
