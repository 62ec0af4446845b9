// A second training source for the statistical back-off reader (issue 7, stop 35): the library kit's abstracts and
// gold facts (../shared/eval/library/<topic>/, read at training time only; nothing of the kit is copied into the
// repository, only weights over the reader's cue features).
//
// Each topic's library is loaded as server/eval/library.ts loads it (refs.bib with the bundled library), and each
// abstract (its sentences joined by one space, as the kit's exports are) is read by the pipeline with the model's
// tap on (statisticalReading.collect / collectAll). Every candidate the tap sees, a pair of mentions the library links
// with the linking finding's direction, inside one of the kit's sentences, is labelled from the gold facts that name
// that sentence (`sentence_index`):
// - "same": a gold fact at the sentence states the finding's own direction between the two (server/eval/library.ts
//   `matches`, the fact matcher of the kit's own scoring: entity families, the kit's loss-of-function normalisation,
//   an outcome named by its bad end, drug resistance and sensitivity), and no gold fact there states the reverse;
// - "opposite": a gold fact at the sentence states the reverse of the library's reading, and none states its own;
// - "none": otherwise (no gold fact at the sentence links the pair, or only a denied or null one, "no_effect" or
//   `negated`: the model answers a direction, never a denial; or gold facts there say both directions).
// The kit's claims (claims.jsonl) are an evaluation set and are never read here.
//
// Features: a kit pair keeps only the reader's cue features: no word identities (`bw:`, `b1:`, `b2:`, `pre:`, `post:`
// are dropped), so the kit's text leaves no word in data/statReader/model.json. The full features are kept apart for
// scoring a held-out topic as the reader in use would score it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { loadKnowledgeBase } from '../../server/src/node/loadKnowledgeBase';
import type { KnowledgeBase } from '../../server/src/core/kb/knowledgeBase';
import type { Fact } from '../../server/src/core/kb/schema';
import { analyzeDocument } from '../../server/src/core/analysis/analyzeDocument';
import { answerClaim, statisticalReading, type StatAnswer, type StatCandidate } from '../../server/src/core/claims/statistical';
import { matches, readJsonl, type GoldFact } from '../../server/eval/library';

export const kitRoot = path.join(__dirname, '..', '..', '..', 'shared', 'eval', 'library');

/** Features that name a word of the sentence: never learnt from kit text. */
export function isWordFeature(feature: string): boolean {
  return /^(?:bw|b1|b2|pre|post):/.test(feature);
}

export interface KitExample {
  topic: string;
  paper: string;
  sentenceIndex: number;
  /** Cue features only (what the weights are trained on). */
  features: string[];
  /** Every feature the reader computes (for scoring a held-out topic). */
  allFeatures: string[];
  label: StatAnswer;
  rulesRead: boolean;
}

export interface Kit {
  examples: KitExample[];
  /** A SHA-256 of the files read (sentences, gold facts, bibliography), per topic in name order. */
  hash: string;
  topics: string[];
}

/** The kit's topics (folders with facts.jsonl), or undefined when ../shared is absent. */
export function kitTopics(root = kitRoot): string[] | undefined {
  if (!fs.existsSync(root)) return undefined;
  const topics = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'facts.jsonl')) && fs.existsSync(path.join(root, d, 'sentences.jsonl')) && fs.existsSync(path.join(root, d, 'refs.bib'))).sort();
  return topics.length > 0 ? topics : undefined;
}

/** The pair's label from the gold facts at its sentence (see the header). */
export function kitLabel(candidate: StatCandidate, paper: string, golds: readonly GoldFact[], kb: KnowledgeBase): StatAnswer {
  const says = (answer: 'same' | 'opposite'): boolean => {
    const claim = answerClaim(candidate, answer, [], false, 1);
    const fact = { subject: claim.subject.entityId, relation: claim.relation, polarity: claim.polarity, object: claim.object.entityId, mediators: [], context: [], evidence: { paper } } as unknown as Fact;
    return golds.some((g) => matches(fact, g, kb));
  };
  const same = says('same');
  const opposite = says('opposite');
  return same && !opposite ? 'same' : opposite && !same ? 'opposite' : 'none';
}

/** Reads one topic's abstracts with the tap on and labels every candidate pair. */
async function collectTopic(root: string, topic: string): Promise<KitExample[]> {
  const dir = path.join(root, topic);
  const papers = readJsonl<{ paper: string; sentences: string[] }>(path.join(dir, 'sentences.jsonl'));
  const gold = readJsonl<GoldFact>(path.join(dir, 'facts.jsonl'));
  const { kb } = await loadKnowledgeBase({ extra: [path.join(dir, 'refs.bib')] });
  const examples: KitExample[] = [];
  const saved = { ...statisticalReading };
  statisticalReading.enabled = false;
  statisticalReading.model = undefined;
  try {
    for (const { paper, sentences } of papers) {
      const text = sentences.join(' ');
      const bounds: [number, number][] = [];
      let at = 0;
      for (const s of sentences) {
        bounds.push([at, at + s.length]);
        at += s.length + 1;
      }
      const found: { candidate: StatCandidate; rulesRead: boolean }[] = [];
      statisticalReading.collect = (candidate, _context, _hedged, rulesRead) => found.push({ candidate, rulesRead });
      statisticalReading.collectAll = true;
      analyzeDocument('markdown', text, kb);
      statisticalReading.collect = undefined;
      statisticalReading.collectAll = undefined;
      for (const { candidate, rulesRead } of found) {
        const from = Math.min(candidate.first.start, candidate.second.start);
        const to = Math.max(candidate.first.end, candidate.second.end);
        // A pair the pipeline's sentence split put across two of the kit's sentences has no one sentence's gold facts.
        const sentenceIndex = bounds.findIndex(([s, e]) => from >= s && to <= e);
        if (sentenceIndex < 0) continue;
        const golds = gold.filter((g) => g.paper === paper && g.sentence_index === sentenceIndex);
        const allFeatures = [...candidate.features].sort();
        examples.push({ topic, paper, sentenceIndex, features: allFeatures.filter((f) => !isWordFeature(f)), allFeatures, label: kitLabel(candidate, paper, golds, kb), rulesRead });
      }
    }
  } finally {
    statisticalReading.collect = saved.collect;
    statisticalReading.collectAll = saved.collectAll;
    statisticalReading.enabled = saved.enabled;
    statisticalReading.model = saved.model;
  }
  return examples;
}

/** The kit's labelled pairs, or undefined when the kit is absent (../shared is not on this machine). */
export async function loadKit(root = kitRoot): Promise<Kit | undefined> {
  const topics = kitTopics(root);
  if (!topics) return undefined;
  const h = createHash('sha256');
  const examples: KitExample[] = [];
  for (const topic of topics) {
    for (const file of ['sentences.jsonl', 'facts.jsonl', 'refs.bib']) h.update(`${topic}/${file}\n`).update(fs.readFileSync(path.join(root, topic, file)));
    examples.push(...(await collectTopic(root, topic)));
  }
  return { examples, hash: h.digest('hex'), topics };
}
