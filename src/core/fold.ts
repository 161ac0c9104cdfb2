// Case and accent folding of one token, the key every matcher compares on.
const COMBINING = /[\u0300-\u036f]/g;
const FOLD_CACHE = new Map<string, string>();

/**
 * Case- and accent-folded key of one token: "Résumé" → "resume", "ＥＸＣＥＬ" → "excel".
 * Cached because job text repeats a small vocabulary.
 */
export function foldToken(raw: string): string {
  let key = FOLD_CACHE.get(raw);
  if (key !== undefined) return key;
  key = raw.toLowerCase();
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) > 127) {
      key = key.normalize('NFKD').replace(COMBINING, '').normalize('NFKC');
      break;
    }
  }
  if (FOLD_CACHE.size > 200_000) FOLD_CACHE.clear();
  FOLD_CACHE.set(raw, key);
  return key;
}
