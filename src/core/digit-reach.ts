// Patterns like `(?:\$|€|usd\s?)\d` can only match next to a digit, yet a plain regex search
// walks every character of the text to find that out. When every match must contain an ASCII
// digit and cannot be longer than some bound, the text far from any digit cannot hold a match,
// and the search can be run on short stretches around the digits instead (signals.ts).
//
// Only the plain dialect our rule data uses is understood. Anything that could make a match
// depend on text further away (lookarounds, anchors, back-references) or be unbounded gives
// null: the caller then reads the whole text as before.

interface Reach {
  /** Longest possible match, in UTF-16 units. */
  max: number;
  /** Every match contains an ASCII digit. */
  digit: boolean;
}

/** Thrown inside the parser for anything outside the understood dialect. */
class Unsupported extends Error {}

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Reach {
    let r = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      const b = this.sequence();
      r = { max: Math.max(r.max, b.max), digit: r.digit && b.digit };
    }
    return r;
  }

  private sequence(): Reach {
    const r: Reach = { max: 0, digit: false };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified(this.atom());
      r.max += item.max;
      r.digit ||= item.digit;
    }
    return r;
  }

  private quantified(item: Reach): Reach {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length;
    }
    if (min !== 1 || max !== 1) {
      if (this.src[this.i] === '?') this.i++; // lazy
      return { max: max === 0 ? 0 : item.max * max, digit: item.digit && min > 0 };
    }
    return item;
  }

  private atom(): Reach {
    const c = this.src[this.i]!;
    // One character of the pattern matches one code point: up to two UTF-16 units.
    const one: Reach = { max: 2, digit: false };
    if (c === '\\') {
      const e = this.src[this.i + 1] ?? '';
      this.i += 2;
      if (e === 'd') return { max: 1, digit: true };
      // \b and \B look at one code point on each side; the caller leaves room for that.
      if (e === 'b' || e === 'B') return { max: 0, digit: false };
      if (/[1-9k]/.test(e)) throw new Unsupported();
      if ((e === 'p' || e === 'P' || e === 'u') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      else if (e === 'u') this.i += 4;
      else if (e === 'x') this.i += 2;
      return one;
    }
    if (c === '[') {
      let j = this.i + 1;
      while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
      this.i = j + 1;
      return one;
    }
    if (c === '(') {
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (this.src.startsWith('(?<', this.i) && !/^\(\?<[=!]/.test(this.src.slice(this.i))) this.i = this.src.indexOf('>', this.i) + 1;
      else if (this.src[this.i + 1] === '?') throw new Unsupported(); // lookaround
      else this.i += 1;
      const inner = this.alternation();
      if (this.src[this.i] !== ')') throw new Unsupported();
      this.i++;
      return inner;
    }
    if (c === '^' || c === '$') throw new Unsupported();
    this.i++;
    return one;
  }
}

/**
 * The longest match of `source` (a 'u'-flag pattern) if every match contains an ASCII digit
 * and nothing outside the match but the code point on either side decides it; else null.
 */
export function digitReach(source: string): number | null {
  try {
    const p = new Parser(source);
    const r = p.alternation();
    if (p.i !== source.length || !r.digit || !Number.isFinite(r.max)) return null;
    return r.max;
  } catch {
    return null;
  }
}
