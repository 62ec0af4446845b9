// Trigger words derived from a rule's own regular expression (issue 10): the literal strings of which every match
// must contain at least one, read off the pattern's syntax tree. A rule table then skips a rule for a sentence that
// holds none of its pattern's literals, without a hand-kept list that can fall out of step with the pattern. The
// literals are a necessary condition only (a sentence that holds one may still not match), and are in lower case:
// they are looked for in the text's `foldForLiterals` form. The pattern is parsed by @eslint-community/regexpp (the
// parser ESLint's regular-expression rules use, following the ECMAScript grammar), so every syntax the engine
// accepts is read; what is ours is the derivation over the tree. A node whose text this derivation cannot state
// (classes, escapes, backreferences, set expressions) is read as "any text" (never as a requirement), so it can
// only weaken the condition, never make it wrong. requiredLiterals.test.ts checks it on strings drawn from the
// patterns themselves.

import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { prebuiltLiterals } from './literalsPrebuilt';

/**
 * What a part of a pattern says about the text it matches: `exact`, every string it can match (a small finite
 * set, lower case), when known; `any`, strings one of which every match of it contains (or, for a lookahead, the
 * text at that point contains), when known.
 */
interface Info {
  exact?: string[];
  any?: string[];
  /**
   * Requirements every match meets all of (a conjunction): each a set of strings one of which every match contains.
   * `any` is the best of them; a sequence keeps each of its parts' (issue 10: "was" alone lets a pattern through for
   * most sentences, "was" and "classified as" together for few).
   */
  all?: string[][];
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
  return readingsOf(re).literals?.slice();
}

/** Both answers for one pattern: `requiredLiterals` and `requiredLiteralSets`. */
export interface PatternReadings {
  literals: string[] | undefined;
  sets: string[][] | undefined;
}

/** The key of a pattern's readings: its flags and source (they depend on the source and the u and v flags alone). */
export function patternKey(re: RegExp): string {
  return `${re.flags}/${re.source}`;
}

/** The readings the bundle was built with (literalsPrebuilt.ts); null until first asked, undefined from sources. */
let prebuilt: ReadonlyMap<string, PatternReadings> | undefined | null = null;
/** The readings made since `recordReadings` was called. */
let recorded: Map<string, PatternReadings> | undefined;

function readingsOf(re: RegExp): PatternReadings {
  if (recorded) {
    const key = patternKey(re);
    let known = recorded.get(key);
    if (!known) recorded.set(key, (known = readPattern(re)));
    return known;
  }
  if (prebuilt === null) prebuilt = prebuiltLiterals?.();
  return prebuilt?.get(patternKey(re)) ?? readPattern(re);
}

/**
 * The readings of every pattern asked for while `run` runs, each read from its source (never from the prebuilt
 * table), by key: esbuild.mjs loads the reader and the checker and asks for every table's words in `run`, and
 * writes what was asked into the bundle as literalsPrebuilt.ts.
 */
export function recordReadings(run: () => void): Map<string, PatternReadings> {
  const readings = (recorded = new Map());
  try {
    run();
  } finally {
    recorded = undefined;
  }
  return readings;
}

/** Reads the pattern's source (the work the prebuilt table spares). */
export function readPattern(re: RegExp): PatternReadings {
  const info = literalInfo(re);
  if (!info) return { literals: undefined, sets: undefined };
  const sets = distinct([...(info.any ? [info.any] : []), ...(info.all ?? [])].map(minimal));
  return { literals: info.any ? minimal(info.any) : undefined, sets: sets.length > 0 ? sets : undefined };
}

/** What the pattern's source requires (undefined when it cannot be parsed): both readers above and below start here. */
function literalInfo(re: RegExp): Info | undefined {
  try {
    const pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') });
    return disjunction(pattern.alternatives);
  } catch {
    return undefined;
  }
}

/**
 * Every requirement of `re` found (a conjunction): each set is one of which every match of the pattern makes
 * `foldForLiterals(text)` contain a string, so a text missing every string of any one set cannot match. The first is
 * `requiredLiterals(re)` when it is defined. Undefined when the source gives none.
 */
export function requiredLiteralSets(re: RegExp): string[][] | undefined {
  return readingsOf(re).sets?.map((set) => set.slice());
}

/**
 * The sets without those another implies: a set each of whose strings holds a string of set B makes B met whenever
 * it is ("needed"/"lacking" implies "n"/"l"), so B adds nothing (of two sets implying each other, the first stays).
 */
function distinct(sets: string[][]): string[][] {
  const implies = (a: string[], b: string[]) => a.every((x) => b.some((y) => x.includes(y)));
  return sets.filter((b, j) => !sets.some((a, i) => i !== j && implies(a, b) && (!implies(b, a) || i < j)));
}

/** Most requirements one part keeps (each one more set for the word pass to find). */
const maxSets = 12;

/** A part's requirements: `all`, else `any` alone. */
function requirements(info: Info): string[][] {
  return info.all ?? (info.any ? [info.any] : []);
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

/** One parser for every pattern (the newest syntax: a pattern the engine accepts, this parser reads). */
const parser = new RegExpParser({ ecmaVersion: 2025 });

/** What each node of the pattern's syntax tree says about the text it matches. */
function disjunction(alternatives: readonly AST.Alternative[]): Info {
  const options = alternatives.map(alternative);
  if (options.length === 1) return options[0];
  const exact = options.every((o) => o.exact) ? union(options.map((o) => o.exact!)) : undefined;
  const all = options.every((o) => o.any) ? union(options.map((o) => o.any!), maxRequired * 4) : undefined;
  const any = all ? minimal(all) : undefined;
  const chosen = any && any.length > maxRequired ? asRequirement(exact) : better(any, asRequirement(exact));
  return { exact, any: chosen, all: alternativesRequire(options, chosen) };
}

/**
 * What a choice among `options` requires: a set made of one requirement of each option is met by every match (the
 * match is one option's, and meets all of that option's). The k-th set takes each option's k-th best requirement
 * (its last when it has fewer); `chosen` (the choice's `any`) comes first.
 */
function alternativesRequire(options: readonly Info[], chosen: string[] | undefined): string[][] | undefined {
  const each = options.map((o) => [...requirements(o)].sort(byStrength));
  if (each.some((r) => r.length === 0)) return chosen ? [chosen] : undefined;
  const sets: string[][] = chosen ? [chosen] : [];
  const most = Math.min(maxSets, Math.max(...each.map((r) => r.length)));
  for (let k = 0; k < most; k++) {
    const set = union(each.map((r) => r[Math.min(k, r.length - 1)]), maxRequired * 4);
    if (set) sets.push(minimal(set));
  }
  return sets.length > 0 ? distinct(sets) : undefined;
}

/** Stronger requirements first: the longest shortest string, then the fewest strings (as `better` ranks them). */
function byStrength(a: string[], b: string[]): number {
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  return shortest(b) - shortest(a) || a.length - b.length;
}

function alternative(node: AST.Alternative): Info {
  // Adjacent exact parts join into longer strings ("was" + " " + "chosen"); a part with no exact set ends the run.
  // Every part's own requirement, and every run that ends, is a candidate; the best one is the sequence's.
  // Every part's requirements, and every run's, hold all together (`all`).
  let candidate: string[] | undefined;
  let run: string[] | undefined = [''];
  let whole = true;
  const all: string[][] = [];
  const keep = (set: string[] | undefined) => {
    if (set) all.push(set);
  };
  for (const item of node.elements.map(element)) {
    candidate = better(candidate, item.any);
    for (const set of requirements(item)) keep(set);
    const joined: string[] | undefined = run && item.exact ? product(run, item.exact) : undefined;
    if (joined) {
      run = joined;
      continue;
    }
    whole = false;
    candidate = better(candidate, asRequirement(run));
    keep(asRequirement(run));
    run = item.exact ?? [''];
  }
  candidate = better(candidate, asRequirement(run));
  keep(asRequirement(run));
  return { exact: whole ? run : undefined, any: candidate, all: all.length > 0 ? distinct(all).sort(byStrength).slice(0, maxSets) : undefined };
}

function element(node: AST.Element): Info {
  switch (node.type) {
    case 'Quantifier':
      return quantified(element(node.element), node.min, node.max);
    case 'Group':
    case 'CapturingGroup':
      return disjunction(node.alternatives);
    case 'Assertion':
      // ^ $ \b \B and a negative lookaround consume nothing and require nothing; a positive lookaround's text is
      // in the text all the same.
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') {
        if (node.negate) return empty;
        const inside = disjunction(node.alternatives);
        return { exact: [''], any: inside.any, all: inside.all };
      }
      return empty;
    case 'Character': {
      const ch = character(node);
      return ch === undefined ? unknown : exactly([ch]);
    }
    case 'CharacterClass':
      return characterClass(node);
    default:
      // . \d \s \w \p{..}, backreferences, set expressions: no literal.
      return unknown;
  }
}

function quantified(info: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && info.exact ? { exact: union([[''], info.exact]) } : unknown;
  if (min === 1 && max === 1) return info;
  // Once or more: what one repetition requires, every match requires.
  return { any: info.any, all: info.all };
}

/**
 * A character as it is found in the folded text: itself in lower case when ASCII and written as itself or as an
 * escaped sign ("\\."); a letter or digit escape (\n, \t, \0, \u...., \x..) and any other character are read as
 * any character (their cases may fold apart, and the folded text is searched for plain ASCII only).
 */
function character(node: AST.Character): string | undefined {
  if (node.raw.length > 1 && /^\\[A-Za-z0-9]/.test(node.raw)) return undefined;
  const ch = String.fromCodePoint(node.value);
  return isAscii(ch) ? ch.toLowerCase() : undefined;
}

/** `[...]`: its members when they are a few plain ASCII characters or short ranges; anything else is any character. */
function characterClass(node: AST.CharacterClass): Info {
  if (node.negate) return unknown;
  const members: string[] = [];
  for (const member of node.elements) {
    if (member.type === 'Character') {
      const ch = character(member);
      if (ch === undefined) return unknown;
      members.push(ch);
    } else if (member.type === 'CharacterClassRange') {
      const [from, to] = [character(member.min), character(member.max)];
      if (from === undefined || to === undefined || member.max.value - member.min.value > 25) return unknown;
      for (let code = member.min.value; code <= member.max.value; code++) members.push(String.fromCharCode(code).toLowerCase());
    } else return unknown;
  }
  const set = [...new Set(members)];
  return set.length > 0 && set.length <= maxStrings ? exactly(set) : unknown;
}

function isAscii(ch: string): boolean {
  return ch.length === 1 && ch.charCodeAt(0) < 128;
}
