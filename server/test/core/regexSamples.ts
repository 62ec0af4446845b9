// Strings drawn from a regular expression's own source, for property tests of code that must agree with the
// expression (nonClaimPrefilter.test.ts: the non-claim patterns' word prefilter). Each alternative, repetition and character
// class of the source is drawn at random; assertions (^, $, \B; \b at times a space), negative lookarounds and lookbehinds are left out
// of the drawing, and a positive lookahead's text is drawn where it stands (it is what must follow), so a
// drawn string may not match: callers keep the ones the expression itself matches. Covers the syntax the checker's
// patterns use (groups, named groups, (?:...), lookarounds, classes with ranges and escapes, {m,n} and lazy quantifiers); a
// backreference throws rather than being drawn wrong.

type Node =
  | { type: 'text'; value: string }
  | { type: 'class'; test: RegExp }
  | { type: 'nothing' }
  /** `\b`: after a word character, sometimes a space (random text next to a word seldom leaves it a word of its own). */
  | { type: 'boundary' }
  | { type: 'sequence'; items: Node[] }
  | { type: 'choice'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

/** Characters a class or `.` is drawn from: letters and the punctuation of prose, a space most often. */
const pool = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.,;:()%/²µμ'];

/** At most this many repetitions beyond a quantifier's minimum (`*`, `+`, `{0,200}`). */
const extraRepeats = 4;

function parse(source: string, flags: string): Node {
  let at = 0;
  const caseFlag = flags.includes('i') ? 'i' : '';

  function disjunction(): Node {
    const options = [alternative()];
    while (source[at] === '|') {
      at++;
      options.push(alternative());
    }
    return options.length === 1 ? options[0] : { type: 'choice', options };
  }

  function alternative(): Node {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(quantified(atom()));
    return { type: 'sequence', items };
  }

  function quantified(node: Node): Node {
    let min: number;
    let max: number;
    const c = source[at];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(at))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at))!;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      at += m[0].length - 1;
    } else return node;
    at++;
    if (source[at] === '?') at++;
    return { type: 'repeat', node, min, max };
  }

  function atom(): Node {
    const c = source[at];
    if (c === '^' || c === '$') {
      at++;
      return { type: 'nothing' };
    }
    if (c === '(') {
      at++;
      let lookaround = false;
      if (source.startsWith('?:', at) || source.startsWith('?=', at)) at += 2;
      else if (/^\?<?[=!]/.test(source.slice(at))) {
        lookaround = true;
        at += source[at + 1] === '<' ? 3 : 2;
      } else if (/^\?<[A-Za-z_$]/.test(source.slice(at))) at = source.indexOf('>', at) + 1;
      else if (source[at] === '?') throw new Error(`regexSamples: unsupported group at ${at} of /${source}/`);
      const inner = disjunction();
      if (source[at] !== ')') throw new Error(`regexSamples: unclosed group in /${source}/`);
      at++;
      return lookaround ? { type: 'nothing' } : inner;
    }
    if (c === '[') {
      const start = at;
      at++;
      if (source[at] === '^') at++;
      // In JavaScript a ']' right after '[' or '[^' closes the class ('[^]' is any character).
      while (source[at] !== ']') {
        if (at >= source.length) throw new Error(`regexSamples: unclosed class in /${source}/`);
        at += source[at] === '\\' ? 2 : 1;
      }
      at++;
      return { type: 'class', test: new RegExp(`^${source.slice(start, at)}$`, caseFlag) };
    }
    if (c === '.') {
      at++;
      return { type: 'class', test: /^.$/ };
    }
    if (c === '\\') {
      const e = source[at + 1];
      at += 2;
      if (e === 'b') return { type: 'boundary' };
      if (e === 'B') return { type: 'nothing' };
      if ('dDwWsS'.includes(e)) return { type: 'class', test: new RegExp(`^\\${e}$`) };
      if (/[1-9k]/.test(e)) throw new Error(`regexSamples: backreference in /${source}/`);
      if (e === 'n') return { type: 'text', value: '\n' };
      if (e === 't') return { type: 'text', value: '\t' };
      return { type: 'text', value: e };
    }
    at++;
    return { type: 'text', value: c };
  }

  const node = disjunction();
  if (at !== source.length) throw new Error(`regexSamples: unexpected ')' at ${at} of /${source}/`);
  return node;
}

function draw(node: Node, random: () => number, out: string[]): void {
  switch (node.type) {
    case 'text':
      out.push(node.value);
      return;
    case 'nothing':
      return;
    case 'boundary':
      if (out.length > 0 && /\w$/.test(out[out.length - 1]) && random() < 0.5) out.push(' ');
      return;
    case 'class': {
      if (random() < 0.3 && node.test.test(' ')) {
        out.push(' ');
        return;
      }
      const members = pool.filter((ch) => node.test.test(ch));
      if (members.length > 0) out.push(members[Math.floor(random() * members.length)]);
      return;
    }
    case 'sequence':
      for (const item of node.items) draw(item, random, out);
      return;
    case 'choice':
      draw(node.options[Math.floor(random() * node.options.length)], random, out);
      return;
    case 'repeat': {
      const most = Math.min(node.max, node.min + extraRepeats);
      const times = node.min + Math.floor(random() * (most - node.min + 1));
      for (let i = 0; i < times; i++) draw(node.node, random, out);
      return;
    }
  }
}

/** A function that draws strings from `re`'s source with `random` (a seeded generator: the same strings each run). */
export function sampler(re: RegExp, random: () => number): () => string {
  const tree = parse(re.source, re.flags);
  return () => {
    const out: string[] = [];
    draw(tree, random, out);
    return out.join('');
  };
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
