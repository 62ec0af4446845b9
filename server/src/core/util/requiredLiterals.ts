// Trigger words derived from a rule's own regular expression (issue 10): the literal strings of which every match
// must contain at least one, read off the pattern's source. A rule table then skips a rule for a sentence that
// holds none of its pattern's literals, without a hand-kept list that can fall out of step with the pattern. The
// literals are a necessary condition only (a sentence that holds one may still not match), and are in lower case:
// they are looked for in the text's `foldForLiterals` form. Where the source uses syntax this reader does not
// follow, the part is read as "any text" (never as a requirement), so an unread part can only weaken the
// condition, never make it wrong. requiredLiterals.test.ts checks it on strings drawn from the patterns themselves.

/**
 * What a part of a pattern says about the text it matches: `exact`, every string it can match (a small finite
 * set, lower case), when known; `any`, strings one of which every match of it contains (or, for a lookahead, the
 * text at that point contains), when known.
 */
interface Info {
  exact?: string[];
  any?: string[];
}

/** Most strings a set may hold (a product of alternatives grows fast). */
const maxStrings = 48;
/** Most strings a requirement gathered from alternatives may hold (a word index finds hundreds in one pass). */
const maxRequired = 256;
/** Longest string an exact set keeps growing to. */
const maxLength = 40;

const unknown: Info = {};
const empty: Info = { exact: [''] };

/**
 * The literals of `re`: every string the pattern matches (anywhere in a text) makes `foldForLiterals(text)` contain
 * at least one of them. Undefined when the source gives no such set (a pattern that may match the empty string, or
 * whose required parts are all classes and escapes).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  let info: Info;
  try {
    info = new Reader(re.source, re.flags.includes('u') || re.flags.includes('v')).read();
  } catch {
    return undefined;
  }
  return info.any ? minimal(info.any) : undefined;
}

/** Without the strings that hold another of the set: a text with "remodels" holds "remodel". */
function minimal(set: readonly string[]): string[] {
  return set.filter((s, i) => !set.some((other, j) => j !== i && s.includes(other) && (other !== s || j < i)));
}

/**
 * The text as the literals are looked for in it: lower case, and the long s as "s" (a case-insensitive pattern with
 * the `u` flag matches "s" to "ſ"; toLowerCase already makes the Kelvin sign "k"). Every ASCII character keeps its
 * place and its lower case, so a literal of ASCII characters a match holds is found in this form.
 */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

/** The better requirement: the one whose shortest string is longest (rarer in text), then the one with fewer strings. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set as a requirement: none of its strings may be empty (an empty string is in every text). */
function asRequirement(set: string[] | undefined): string[] | undefined {
  return set && set.length > 0 && set.every((s) => s.length > 0) ? set : undefined;
}

function union(sets: string[][], most = maxStrings): string[] | undefined {
  const all = [...new Set(sets.flat())];
  return all.length <= most ? all : undefined;
}

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > maxStrings) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > maxLength) return undefined;
    out.add(x + y);
  }
  return [...out];
}

/** An exact set with its own requirement worked out. */
function exactly(set: string[]): Info {
  return { exact: set, any: asRequirement(set) };
}

class Reader {
  #at = 0;
  constructor(
    readonly source: string,
    readonly unicode: boolean,
  ) {}

  read(): Info {
    const info = this.disjunction();
    if (this.#at !== this.source.length) throw new Error('unexpected )');
    return info;
  }

  disjunction(): Info {
    const options = [this.alternative()];
    while (this.source[this.#at] === '|') {
      this.#at++;
      options.push(this.alternative());
    }
    if (options.length === 1) return options[0];
    const exact = options.every((o) => o.exact) ? union(options.map((o) => o.exact!)) : undefined;
    const all = options.every((o) => o.any) ? union(options.map((o) => o.any!), maxRequired * 4) : undefined;
    const any = all ? minimal(all) : undefined;
    if (any && any.length > maxRequired) return { exact, any: asRequirement(exact) };
    return { exact, any: better(any, asRequirement(exact)) };
  }

  alternative(): Info {
    const items: Info[] = [];
    while (this.#at < this.source.length && this.source[this.#at] !== '|' && this.source[this.#at] !== ')') items.push(this.quantified(this.atom()));
    // Adjacent exact parts join into longer strings ("was" + " " + "chosen"); a part with no exact set ends the run.
    // Every part's own requirement, and every run that ends, is a candidate; the best one is the sequence's.
    let candidate: string[] | undefined;
    let run: string[] | undefined = [''];
    let whole = true;
    for (const item of items) {
      candidate = better(candidate, item.any);
      const joined: string[] | undefined = run && item.exact ? product(run, item.exact) : undefined;
      if (joined) {
        run = joined;
        continue;
      }
      whole = false;
      candidate = better(candidate, asRequirement(run));
      run = item.exact ?? [''];
    }
    candidate = better(candidate, asRequirement(run));
    return { exact: whole ? run : undefined, any: candidate };
  }

  quantified(info: Info): Info {
    const rest = this.source.slice(this.#at);
    let min: number;
    let max: number;
    const c = rest[0];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
      if (!m) return info;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.#at += m[0].length - 1;
    }
    this.#at++;
    if (this.source[this.#at] === '?') this.#at++;
    if (min === 0) return max === 1 && info.exact ? { exact: union([[''], info.exact]) } : unknown;
    if (min === 1 && max === 1) return info;
    // Once or more: what one repetition requires, every match requires.
    return { any: info.any };
  }

  atom(): Info {
    const source = this.source;
    const c = source[this.#at];
    if (c === '^' || c === '$') {
      this.#at++;
      return empty;
    }
    if (c === '(') {
      this.#at++;
      let kind: 'group' | 'ahead' | 'negative' = 'group';
      if (source.startsWith('?:', this.#at)) this.#at += 2;
      else if (source.startsWith('?=', this.#at) || source.startsWith('?<=', this.#at)) {
        kind = 'ahead';
        this.#at += source[this.#at + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?!', this.#at) || source.startsWith('?<!', this.#at)) {
        kind = 'negative';
        this.#at += source[this.#at + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', this.#at)) {
        const close = source.indexOf('>', this.#at);
        if (close < 0) throw new Error('unclosed group name');
        this.#at = close + 1;
      } else if (source[this.#at] === '?') throw new Error('unsupported group');
      const inner = this.disjunction();
      if (source[this.#at] !== ')') throw new Error('unclosed group');
      this.#at++;
      // A lookaround consumes nothing; a positive one's text is in the text all the same.
      if (kind === 'negative') return empty;
      if (kind === 'ahead') return { exact: [''], any: inner.any };
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.#at++;
      return unknown;
    }
    if (c === '\\') return this.escape();
    this.#at++;
    // (A lone surrogate half of an astral character is no ASCII either.)
    return literal(c);
  }

  /** `[...]`: its members when they are a few plain ASCII characters; anything else is read as any character. */
  characterClass(): Info {
    const source = this.source;
    this.#at++;
    const negated = source[this.#at] === '^';
    if (negated) this.#at++;
    const members: string[] = [];
    let plain = !negated;
    let first = true;
    while (first || source[this.#at] !== ']') {
      first = false;
      if (this.#at >= source.length) throw new Error('unclosed class');
      let ch = source[this.#at];
      if (ch === ']') break;
      if (ch === '\\') {
        const e = source[this.#at + 1];
        this.#at += 2;
        if (/[\w]/.test(e)) {
          // \d, \s, \w, \p{..}, \u...., \x..: not followed here (their syntax is skipped where it is longer).
          plain = false;
          if ((e === 'p' || e === 'P') && source[this.#at] === '{') this.#at = source.indexOf('}', this.#at) + 1;
          else if (e === 'u' && source[this.#at] === '{') this.#at = source.indexOf('}', this.#at) + 1;
          else if (e === 'u') this.#at += 4;
          else if (e === 'x') this.#at += 2;
          else if (e === 'c') this.#at += 1;
          continue;
        }
        ch = e;
      } else this.#at++;
      // A range: "a-z".
      if (source[this.#at] === '-' && source[this.#at + 1] !== ']' && source[this.#at + 1] !== undefined) {
        const toChar = source[this.#at + 1] === '\\' ? undefined : source[this.#at + 1];
        this.#at += source[this.#at + 1] === '\\' ? 3 : 2;
        if (toChar === undefined || toChar.charCodeAt(0) - ch.charCodeAt(0) > 25 || !isAscii(ch) || !isAscii(toChar)) {
          plain = false;
          continue;
        }
        for (let code = ch.charCodeAt(0); code <= toChar.charCodeAt(0); code++) members.push(String.fromCharCode(code).toLowerCase());
        continue;
      }
      if (!isAscii(ch)) plain = false;
      else members.push(ch.toLowerCase());
    }
    this.#at++;
    const set = [...new Set(members)];
    return plain && set.length > 0 && set.length <= maxStrings ? exactly(set) : unknown;
  }

  escape(): Info {
    const source = this.source;
    const e = source[this.#at + 1];
    this.#at += 2;
    if (e === undefined) throw new Error('trailing backslash');
    if (e === 'b' || e === 'B') return empty;
    if ((e === 'p' || e === 'P') && this.unicode && source[this.#at] === '{') {
      this.#at = source.indexOf('}', this.#at) + 1;
      return unknown;
    }
    if (e === 'u') {
      if (source[this.#at] === '{') this.#at = source.indexOf('}', this.#at) + 1;
      else this.#at += 4;
      return unknown;
    }
    if (e === 'x') {
      this.#at += 2;
      return unknown;
    }
    if (e === 'c') {
      this.#at += 1;
      return unknown;
    }
    if (e === 'k' && source[this.#at] === '<') {
      this.#at = source.indexOf('>', this.#at) + 1;
      return unknown;
    }
    // Classes (\d \s \w ...), control characters (\n \t \0 ...) and backreferences (\1 ...): no literal.
    if (/[A-Za-z0-9]/.test(e)) {
      if (/[1-9]/.test(e)) while (/[0-9]/.test(source[this.#at] ?? '')) this.#at++;
      return unknown;
    }
    return literal(e);
  }
}

function isAscii(ch: string): boolean {
  return ch.length === 1 && ch.charCodeAt(0) < 128;
}

/** A literal character: itself in lower case when ASCII; another character is read as any (its cases may fold apart). */
function literal(ch: string): Info {
  return isAscii(ch) ? exactly([ch.toLowerCase()]) : unknown;
}
