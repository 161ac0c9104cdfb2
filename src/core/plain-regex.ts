// Rule patterns are compiled with the 'u' flag, which makes V8's regexes several times slower
// (\w, \b and case folding go through Unicode tables). For a pattern written in ASCII (plus
// symbols that have no case, like "€"), 'u' changes what it matches only on three kinds of
// character: "ſ" (U+017F) and the Kelvin sign (U+212A), which Unicode case folding turns into
// "s" and "k" (so /s/iu and \w with 'iu' match them), and surrogate pairs, which 'u' reads as one
// character ("." or [^…] take the whole pair). A text with none of them gets the same matches
// from the pattern compiled without 'u'; the engine uses that copy there.

/**
 * Characters from "ſ" up: every one on which a u-neutral pattern may match differently with and
 * without 'u' is among them. Searched for rather than those three kinds alone: most texts have
 * few characters this high, and a regex finds them faster than it tests a class with a range.
 */
const HIGH = /[\u017f-\uffff]/g;

/** Does `text` lack every character on which 'u' changes a u-neutral pattern's matches? */
export function plainText(text: string): boolean {
  HIGH.lastIndex = 0;
  while (HIGH.exec(text) !== null) {
    const c = text.charCodeAt(HIGH.lastIndex - 1);
    if (c === 0x17f || c === 0x212a || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/**
 * Is the source u-neutral: ASCII, or symbols without case, and none of the escapes whose
 * meaning depends on 'u' (\p, \u, \x, \k, \c, back-references)?
 */
export function uNeutral(source: string): boolean {
  if (/\\[pPuxkc1-9]/.test(source)) return false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) continue;
    const ch = source[i]!;
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return false;
  }
  return true;
}

const plainCopies = new WeakMap<RegExp, RegExp | null>();

/**
 * `re` (compiled with 'u'), or its copy without 'u' (made once) where both match the same on `text`.
 * `textIsPlain`: plainText(text) when the caller knows it (a text's tokens note it).
 */
export function regexFor(re: RegExp, text: string, textIsPlain?: boolean): RegExp {
  if (!(textIsPlain ?? plainText(text))) return re;
  let plain = plainCopies.get(re);
  if (plain === undefined) {
    plain = plainRegex(re.source, re.flags.replace('u', ''));
    plainCopies.set(re, plain);
  }
  return plain ?? re;
}

/** The source compiled with `flags` (which must not hold 'u') when it is u-neutral; else null. */
export function plainRegex(source: string, flags: string): RegExp | null {
  if (!uNeutral(source)) return null;
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}
