// Which pairs anchored reading may read at all: two entities the library has findings linking, either way
// round, through families, stand-ins and implied facts (`linked`, cached per library), and the entities of
// the clause a pair sits in (`ownClauseContext`). It is the library side of anchored reading, apart from the
// words.
import type { EntityMention } from '../../entities/recognize';
import type { KnowledgeBase } from '../../kb/knowledgeBase';
import { verifyClaim, survivalEndPoints } from '../../verify/verify';
import { outcomeStandIns } from '../../kb/inference';
import type { Token } from '../tokens';
import { beVerbs, verbTrigger } from '../vocabulary';

/** Whether the library has findings linking two entities (through families, stand-ins and implied facts), either way round. */
export function linked(kb: KnowledgeBase, a: string, b: string): boolean {
  let cache = linkCache.get(kb);
  if (!cache) {
    cache = new Map();
    linkCache.set(kb, cache);
  }
  // By the first id, then the second (ids hash once; a joined key was a new string to hash for every pair).
  const [low, high] = a < b ? [a, b] : [b, a];
  let row = cache.get(low);
  if (!row) cache.set(low, (row = new Map()));
  let known = row.get(high);
  if (known === undefined) {
    // An outcome named by its assay or organ ("colony formation", "hepatocarcinogenesis") is linked through the process it stands for.
    // A survival end point is linked through the poor prognosis that shortens it (verify.ts checks it so).
    // So is prognosis itself, named by its good end ("a predictor of favourable prognosis"; stop 40: only its bad end,
    // "poor prognosis", had findings to link to).
    const ids = (x: string): string[] => [x, ...kb.standIns(x).map((s) => s.id), ...(outcomeStandIns[x] ? [outcomeStandIns[x].process] : []), ...(survivalEndPoints.has(x) || x === 'PROGNOSIS' ? ['POOR_PROGNOSIS'] : [])];
    known = false;
    // Only entities with findings of their own (or of a relative or stand-in) can be linked; the check is one
    // cached lookup each, where verifying both ways costs four verifications (a million-fact library: seconds).
    if (!ids(a).some((x) => kb.hasFindings(x)) || !ids(b).some((x) => kb.hasFindings(x))) {
      row.set(high, known);
      return known;
    }
    for (const s of ids(a)) {
      for (const o of ids(b)) {
        if (s === o || known) continue;
        // An association has no direction (verify reads it both ways); an effect is tried either way round.
        for (const [relation, subject, object] of [['associated-with', s, o], ['regulates', s, o], ['regulates', o, s]] as const) {
          if (known) break;
          const verdict = verifyClaim({ subject, relation, object, mediators: [], context: [], negated: false }, kb).verdict;
          if (verdict === 'supported' || verdict === 'contradicted') known = true;
        }
      }
    }
    row.set(high, known);
  }
  return known;
}
const linkCache = new WeakMap<KnowledgeBase, Map<string, Map<string, boolean>>>();

/**
 * "Rectal cancer is a common tumour, and EMT is very important for tumour invasion": a pair read after ", and" (or
 * ";") that opens a clause of its own, the first clause having its own verb, holds where its clause says; the
 * places of the first clause are what that clause is about, not the pair's setting. As the clause reader does
 * (extract.ts), a clause that names no place of its own shares the sentence's ("In HCC, X is raised, and it drives Y").
 */
export function ownClauseContext(tokens: readonly Token[], first: number, whole: readonly EntityMention[]): readonly EntityMention[] {
  let opens = -1;
  for (let k = first - 1; k > 0 && k >= first - 6; k--) {
    const token = tokens[k];
    if (token.kind === 'punct' && token.text === ';') opens = k;
    else if (token.kind === 'word' && token.lower === 'and' && tokens[k - 1]?.text === ',') opens = k;
    else if (token.kind === 'word' && (beVerbs.has(token.lower) || verbTrigger(token.lower) !== undefined)) break;
    if (opens >= 0) break;
  }
  if (opens < 0) return whole;
  let verbBefore = false;
  for (let k = 0; k < opens && !verbBefore; k++) verbBefore = tokens[k].kind === 'word' && (beVerbs.has(tokens[k].lower) || verbTrigger(tokens[k].lower) !== undefined);
  if (!verbBefore) return whole;
  const from = tokens[opens].end;
  const own = whole.filter((m) => m.start >= from);
  if (own.length === 0) return whole;
  // "In gastric cancer, X is abundant, and Y drives Z": a setting fronted before the first clause is the sentence's.
  const comma = ['in', 'within', 'under', 'among', 'during'].includes(tokens[0]?.lower ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
  const fronted = comma > 0 && comma < opens ? whole.filter((m) => m.start < tokens[comma].start) : [];
  return [...fronted, ...own];
}
