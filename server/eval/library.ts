// `npm run eval:library [kit-folder]`: how well ClaimLens reads a writer's own library. Per topic of the
// library kit (shared/eval/library/<topic>/), it
//  (a) loads refs.bib (and refs.json) with the bundled library, takes the facts read from the abstracts and
//      scores them against the topic's gold facts (precision and recall), and
//  (b) checks the topic's labelled claims with the library loaded, with and without the bundled library,
//      and scores verdict accuracy (label, and basis for unsupported rows).
// A gold fact is matched by an extracted fact of the same paper whose subject and object are the entities
// the gold phrases name (or their kinds/parts), with the same direction and a compatible context.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { documentAbbreviations } from '../src/core/entities/abbreviations';
import { lexiconOf } from '../src/core/entities/lexicon';
import { recognizeEntities, type DocumentAbbreviations } from '../src/core/entities/recognize';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { adverseOutcomeAt, drugOutcomeAt, drugResistanceOf, isFavourableOutcome } from '../src/core/kb/outcomes';
import type { Fact } from '../src/core/kb/schema';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { withMentionSenses } from '../src/core/claims/mentionSenses';
import { decreasingNouns } from '../src/core/claims/vocabulary';
import { drugClassOutcome } from '../src/core/claims/drugOutcome';
import { evaluateRow, score, type LabelledRow } from './evaluate';

export interface GoldFact {
  id: string;
  paper: string;
  sentence_index: number;
  subject: string;
  relation: string;
  object: string;
  context: Record<string, string | null>;
  negated: boolean;
  hedged: boolean;
  kind: 'finding' | 'background';
}

export interface TopicScores {
  topic: string;
  gold: number;
  extracted: number;
  factPrecision: number;
  factRecall: number;
  claims: { source: string; bundled: boolean; accuracy: number; basisAccuracy: number; wrong: string[] }[];
}

const positive = new Set(['increases', 'activates', 'induces', 'upregulates', 'promotes', 'associated_with_positive', 'signals_via', 'required_for', 'binds']);
const negative = new Set(['decreases', 'inhibits', 'suppresses', 'downregulates', 'associated_with_negative']);

/** +1, -1, or 0 for "no effect" (a negated gold fact denies its relation). */
function goldSign(fact: GoldFact): number {
  if (fact.relation === 'no_effect' || fact.negated) return 0;
  return positive.has(fact.relation) ? 1 : negative.has(fact.relation) ? -1 : 1;
}

function factSign(fact: Fact): number {
  if (fact.relation === 'no-effect') return 0;
  if (fact.relation === 'associated-with') return fact.polarity === 'negative' ? -1 : 1;
  return ['decreases', 'inhibits', 'suppresses', 'downregulates'].includes(fact.relation) ? -1 : 1;
}

export function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/**
 * The abbreviations each paper's title and abstract define: gold phrases use them ("GC tissue" in a paper that
 * defines gastric cancer (GC)), so a gold phrase is read as its abstract is.
 */
const paperAbbreviations = new WeakMap<KnowledgeBase, Map<string, DocumentAbbreviations>>();

function abbreviationsOf(paperKey: string, kb: KnowledgeBase): DocumentAbbreviations | undefined {
  let perPaper = paperAbbreviations.get(kb);
  if (!perPaper) paperAbbreviations.set(kb, (perPaper = new Map()));
  const paper = kb.papers.get(paperKey);
  if (!paper?.abstract) return undefined;
  let found = perPaper.get(paperKey);
  if (!found) perPaper.set(paperKey, (found = documentAbbreviations([paper.title, paper.abstract], lexiconOf(kb))));
  return found;
}

/** The mentions of a gold phrase of `paper`, with the abbreviations its abstract defines. */
function mentionsOf(phrase: string, paper: string, kb: KnowledgeBase) {
  // With the senses the reader gives a mention by its phrase ("tumor regression" is tumour growth, mentionSenses.ts).
  return withMentionSenses(phrase, recognizeEntities(phrase, lexiconOf(kb), abbreviationsOf(paper, kb)));
}

/** The entities a gold phrase names ("TGF-β1-induced cell migration" -> TGF-β1, cell migration). */
function entitiesOf(phrase: string | null | undefined, kb: KnowledgeBase, paper?: string): string[] {
  if (!phrase) return [];
  return (paper ? mentionsOf(phrase, paper, kb) : recognizeEntities(phrase, lexiconOf(kb))).map((m) => m.entityId);
}

function sameFamily(a: string, b: string, kb: KnowledgeBase): boolean {
  return a === b || kb.related(a).includes(b) || kb.related(b).includes(a) || kb.isA(a, b) || kb.isA(b, a);
}

const placeTypes = new Set(['disease', 'cell-line']);

/** The extracted fact's places (cancers, cell lines) must not exclude the gold fact's. */
function compatibleContext(fact: Fact, gold: GoldFact, kb: KnowledgeBase): boolean {
  const goldPlaces = entitiesOf([gold.context.cancer, gold.context.cell_line].filter(Boolean).join('; '), kb).filter((id) => placeTypes.has(kb.entities.get(id)?.type ?? ''));
  const places = fact.context.filter((id) => placeTypes.has(kb.entities.get(id)?.type ?? ''));
  if (goldPlaces.length === 0 || places.length === 0) return true;
  return places.some((p) => goldPlaces.some((g) => sameFamily(p, g, kb)));
}

/**
 * "trastuzumab resistance", "sensitivity to neratinib": the resistance to the drug, as abstracts are read
 * (outcomes.ts), with the drug as context; sensitivity is its opposite (sign -1).
 */
function drugOutcomeOf(phrase: string, mention: { entityId: string; start: number; end: number }, kb: KnowledgeBase): { id: string; flip: number; drugs: string[]; start: number } {
  const type = kb.entities.get(mention.entityId)?.type;
  // "the efficacy of HER2 inhibitors", "resistance to EGFR inhibitors": a class of drugs named by its target, read
  // as the reader reads it (claims/drugOutcome.ts), with the target as context.
  const classKind = type === 'drug' || type === 'chemical' ? undefined : drugClassOutcome(phrase, mention, 0, phrase.length);
  if (classKind === 'response' && kb.entities.has('TREATMENT_RESPONSE')) return { id: 'TREATMENT_RESPONSE', flip: 1, drugs: [mention.entityId], start: mention.start };
  if (classKind && classKind !== 'response' && kb.entities.has('DRUG_RESISTANCE')) return { id: 'DRUG_RESISTANCE', flip: classKind === 'sensitivity' ? -1 : 1, drugs: [mention.entityId], start: mention.start };
  const outcome = type === 'drug' || type === 'chemical' ? drugOutcomeAt(phrase, mention.start, mention.end) : undefined;
  // "a poor response to trastuzumab": response to treatment in the drug's context, its modifiers read at "response".
  if (outcome === 'response' && kb.entities.has('TREATMENT_RESPONSE')) {
    const at = /\b(?:responses?|responsiveness)\s+to\s+(?:the\s+)?$/i.exec(phrase.slice(0, mention.start));
    return { id: 'TREATMENT_RESPONSE', flip: 1, drugs: [mention.entityId], start: at ? at.index : mention.start };
  }
  const resistance = outcome === 'resistance' || outcome === 'sensitivity' ? drugResistanceOf(mention.entityId, kb) : undefined;
  if (!resistance) return { id: mention.entityId, flip: 1, drugs: [], start: mention.start };
  return { id: resistance.object, flip: outcome === 'sensitivity' ? -1 : 1, drugs: resistance.context, start: mention.start };
}

/**
 * A marker a gold phrase names by its loss or fall, which the kit's loss-of-function normalisation would turn into
 * the marker's own role: "PTEN loss", "loss of SMAD4", "reduction in pAKT", "survivin blockade", "PI3K pathway
 * inhibition", "HER2 inhibitors" (README: knockdown, silencing, inhibitor, deficiency and loss wording).
 */
function lostIn(phrase: string, m: { start: number; end: number }): boolean {
  return (
    /^(?:[\s-]+(?:pathway|signal(?:l)?ing|expression|protein|gene))*[\s-]*(?:loss|deletion|deficiency|negativity|inhibition|inhibitors?|blockade|knockdown|silencing|depletion)\b/i.test(phrase.slice(m.end)) ||
    /\b(?:loss|deletion|deficiency|reductions?|decreases?|inhibition|blockade|knockdown|silencing|depletion)\s+(?:of|in)\s+$|\bdecreased\s+$/i.test(phrase.slice(0, m.start))
  );
}

export function matches(fact: Fact, gold: GoldFact, kb: KnowledgeBase): boolean {
  if (fact.evidence.paper !== gold.paper || !fact.object) return false;
  // A marker named by its loss in a composite gold subject ("pathway activation (PTEN loss or PIK3CA
  // mutation)") goes the other way, as the kit's loss-of-function normalisation turns a single one.
  const subjects = mentionsOf(gold.subject, gold.paper, kb).map((m) => {
    const outcome = drugOutcomeOf(gold.subject, m, kb);
    return lostIn(gold.subject, m) ? { ...outcome, flip: -outcome.flip } : outcome;
  });
  const sign = factSign(fact);
  // Gold objects are phrased as in the text: X associated_with_negative "shorter overall survival" is the
  // same finding as X associated_with_positive "overall survival", so an outcome named by its bad end
  // turns the gold direction round for that outcome.
  const objects = mentionsOf(gold.object, gold.paper, kb).map((m) => {
    const outcome = drugOutcomeOf(gold.object, m, kb);
    const sign = isFavourableOutcome(outcome.id, kb) && adverseOutcomeAt(gold.object, outcome.start) ? -goldSign(gold) : goldSign(gold);
    // A noun of its fall right after the mention ("induces tumor regression": tumour growth falls) turns the
    // gold direction round, as the reader turns the abstract's (decreasingNouns, vocabulary.ts).
    const falls = decreasingNouns.has(/^\s+([\p{L}-]+)/u.exec(gold.object.slice(m.end))?.[1]?.toLowerCase() ?? '') ? -1 : 1;
    // "efficacy of HER2 inhibitors": a marker named by its loss in the object goes the other way too.
    const lost = outcome.id === m.entityId && lostIn(gold.object, m) ? -1 : 1;
    return { ...outcome, sign: sign * outcome.flip * falls * lost };
  });
  const inContext = (drugs: readonly string[]) => drugs.every((d) => fact.context.includes(d));
  const matchOne = (factSubject: string, factObject: string) =>
    subjects.some((s) => sameFamily(s.id, factSubject, kb) && inContext(s.drugs) && objects.some((o) => o.sign * s.flip === sign && sameFamily(o.id, factObject, kb) && inContext(o.drugs)));
  // Associations are symmetric: "X was associated with Y" may be read either way round.
  return (matchOne(fact.subject, fact.object) || (fact.relation === 'associated-with' && matchOne(fact.object, fact.subject))) && compatibleContext(fact, gold, kb);
}

/**
 * Why a gold fact was missed, the first that applies: a phrase the lexicon does not know at all, an entity
 * the abstract's sentence does not yield (recognised as the abstract is read, with its abbreviations), a
 * fact about the same pair read with the wrong direction or context, or both entities found and no fact.
 */
function missReason(gold: GoldFact, extracted: readonly Fact[], sentences: readonly string[], kb: KnowledgeBase): string {
  const subjects = entitiesOf(gold.subject, kb, gold.paper);
  const objects = entitiesOf(gold.object, kb, gold.paper);
  if (subjects.length === 0) return 'subject unknown';
  if (objects.length === 0) return 'object unknown';
  const lexicon = lexiconOf(kb);
  const abstract = sentences.join(' ');
  const start = sentences.slice(0, gold.sentence_index).reduce((n, s) => n + s.length + 1, 0);
  const end = start + (sentences[gold.sentence_index]?.length ?? 0);
  const mentions = recognizeEntities(abstract, lexicon, documentAbbreviations([abstract], lexicon)).filter((m) => m.start >= start && m.end <= end);
  const found = (ids: string[]) => mentions.some((m) => ids.some((id) => sameFamily(id, m.entityId, kb)));
  if (!found(subjects)) return 'subject not in sentence';
  if (!found(objects)) return 'object not in sentence';
  const pair = extracted.filter(
    (f) =>
      f.evidence.paper === gold.paper &&
      f.object &&
      ((subjects.some((s) => sameFamily(s, f.subject, kb)) && objects.some((o) => sameFamily(o, f.object!, kb))) ||
        (subjects.some((s) => sameFamily(s, f.object!, kb)) && objects.some((o) => sameFamily(o, f.subject, kb)))),
  );
  if (pair.length === 0) return 'no fact read';
  return pair.some((f) => f.evidence.extracted?.sentence === gold.sentence_index) ? 'wrong direction or context' : 'read elsewhere only';
}

/** One line per claim the sentence yields: what was read and what the library made of it (`--claim=ID`). */
function explainRow(row: LabelledRow, kb: KnowledgeBase, log: (line: string) => void): void {
  const analysis = analyzeDocument('markdown', row.text, kb);
  log(`  claim ${row.id} (${row.label}${row.basis ? `/${row.basis}` : ''}): ${row.text}`);
  for (const sentence of analysis.sentences) {
    log(`    sentence: ${sentence.verdict}${sentence.basis ? `/${sentence.basis}` : ''}${sentence.nonClaim ? ` (non-claim: ${sentence.nonClaim})` : ''}; mentions ${sentence.mentions.map((m) => m.entityId).join(', ')}`);
    for (const { claim, verification: v } of sentence.claims) {
      const facts = (list: readonly Fact[]) => list.slice(0, 3).map((f) => `${f.evidence.paper}: ${f.subject} ${f.relation}${f.polarity ? `(${f.polarity})` : ''} ${f.object ?? ''} [${f.context.join(',')}]`).join(' | ');
      log(`      ${claim.negated ? 'NOT ' : ''}${claim.subject.entityId} ${claim.relation}${claim.polarity ? `(${claim.polarity})` : ''} ${claim.object.entityId} med[${claim.mediators.map((m) => m.entityId).join(',')}] ctx[${claim.context.map((m) => m.entityId).join(',')}] -> ${v.verdict}${v.basis ? `/${v.basis}` : ''}${v.reason ? ` (${v.reason})` : ''}`);
      if (v.evidence.length) log(`        evidence ${facts(v.evidence)}`);
      if (v.nearest.length) log(`        nearest ${facts(v.nearest)}`);
    }
  }
}

export async function evaluateTopic(dir: string, log: (line: string) => void = () => {}, explain: readonly string[] = []): Promise<TopicScores> {
  const topic = path.basename(dir);
  const gold = readJsonl<GoldFact>(path.join(dir, 'facts.jsonl'));
  const claims = readJsonl<LabelledRow>(path.join(dir, 'claims.jsonl'));
  const keys = new Set(readJsonl<{ paper: string }>(path.join(dir, 'sentences.jsonl')).map((s) => s.paper));

  const { kb } = await loadKnowledgeBase({ extra: [path.join(dir, 'refs.bib')] });
  const extracted = kb.facts.filter((f) => keys.has(f.evidence.paper));
  const matchedGold = gold.filter((g) => extracted.some((f) => matches(f, g, kb)));
  const rightFacts = extracted.filter((f) => gold.some((g) => matches(f, g, kb)));
  for (const f of extracted) if (!rightFacts.includes(f)) log(`  extra  ${f.evidence.paper}: ${f.subject} ${f.relation}${f.polarity ? `(${f.polarity})` : ''} ${f.object ?? ''} [${f.context.join(',')}] (${f.evidence.locator.slice(0, 90)})`);
  const sentences = new Map(readJsonl<{ paper: string; sentences: string[] }>(path.join(dir, 'sentences.jsonl')).map((s) => [s.paper, s.sentences]));
  const reasons = new Map<string, number>();
  for (const g of gold) {
    if (matchedGold.includes(g)) continue;
    const reason = missReason(g, extracted, sentences.get(g.paper) ?? [], kb);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    log(`  missed ${g.id} s${g.sentence_index} [${reason}]: ${g.subject} ${g.relation}${g.negated ? ' (negated)' : ''} ${g.object}`);
  }
  if (reasons.size > 0) log(`  misses by reason: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join('; ')}`);

  for (const row of claims) if (explain.includes(row.id)) explainRow(row, kb, (l) => console.log(l));

  const results: TopicScores['claims'] = [];
  for (const source of ['refs.bib', 'refs.json']) {
    for (const bundled of [true, false]) {
      const file = path.join(dir, source);
      if (!fs.existsSync(file)) continue;
      const loaded = await loadKnowledgeBase({ extra: [file], withoutBundled: !bundled });
      const rows = claims.map((row) => evaluateRow(row, loaded.kb));
      const s = score(rows);
      results.push({
        source,
        bundled,
        accuracy: s.accuracy,
        basisAccuracy: s.basisAccuracy,
        wrong: rows.filter((r) => !r.basisRight).map((r) => `${r.row.id} expected ${r.row.label}${r.row.basis ? `/${r.row.basis}` : ''}, got ${r.verdict}${r.basis ? `/${r.basis}` : ''}`),
      });
    }
  }
  return {
    topic,
    gold: gold.length,
    extracted: extracted.length,
    factPrecision: extracted.length ? rightFacts.length / extracted.length : 0,
    factRecall: gold.length ? matchedGold.length / gold.length : 0,
    claims: results,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  // --claim=c07,c08: how each named claim was read and verified; --topic=nfkb: only the topics whose name holds it.
  const explain = args.filter((a) => a.startsWith('--claim=')).flatMap((a) => a.slice(8).split(','));
  const only = args.find((a) => a.startsWith('--topic='))?.slice(8);
  const root = args.find((a) => !a.startsWith('-')) ?? path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'library');
  if (!fs.existsSync(root)) {
    process.stderr.write(`eval:library: no kit at ${root}\n`);
    process.exitCode = 2;
    return;
  }
  const topics = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'facts.jsonl')) && (!only || d.includes(only))).sort();
  const pct = (x: number) => x.toFixed(3);
  for (const topic of topics) {
    const s = await evaluateTopic(path.join(root, topic), verbose ? (l) => console.log(l) : undefined, explain);
    console.log(`${s.topic}: facts gold ${s.gold}, extracted ${s.extracted}, precision ${pct(s.factPrecision)}, recall ${pct(s.factRecall)}`);
    for (const c of s.claims) {
      console.log(`  claims with ${c.source}${c.bundled ? ' + bundled' : ' alone'}: accuracy ${pct(c.accuracy)} (verdict), ${pct(c.basisAccuracy)} (verdict with basis)`);
      if (verbose) for (const w of c.wrong) console.log(`    ${w}`);
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
