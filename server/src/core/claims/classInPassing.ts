// A class named in passing before a name: "levels of the anti-inflammatory cytokine IL-6 rise ...", "the tumour
// suppressor STAT3 is lost in ...", "pro-inflammatory cytokines such as IL-6 ...". The writer takes the class for
// granted; the labelling guideline reads it as a claim all the same (a contradicted claim anywhere wins), so calling
// IL-6 anti-inflammatory in passing contradicts the finding that it drives inflammation (issue 7, stop 38: such a
// sentence read its main claim and came out unsupported, the contradiction unread). The class is a side remark: it
// may contradict, and otherwise never speaks for the sentence (ExtractedClaim `aside`, analyzeBlock sentenceVerdict),
// so "the pro-inflammatory cytokine IL-6 is made by macrophages" is not backed by a finding that IL-6 drives
// inflammation. The class words are kindAsDirection.ts's; the head noun says what the name is (a cytokine, a gene).
// Nothing after a denial, doubt or question, nor for a name named by its loss ("the oncogene X's knockdown").
import type { EntityMention } from '../entities/recognize';
import { addingWith, newPairs, type Construction, claimOf, contextMentions, mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { moleculeTypes } from '../kb/schema';

interface Kind {
  process: string;
  sign: 1 | -1;
}

const T = 'tumou?r[-‐\\s]?';
/** Class adjectives with a head noun of what the name is: "the anti-inflammatory cytokine", "the oncogenic kinase". */
const adjectives: readonly { pattern: string; kind: Kind }[] = [
  { pattern: `${T}(?:suppressive|suppressing|suppressor|inhibitory|restraining)|anti[-‐]?tumou?rigenic|anti[-‐]?oncogenic`, kind: { process: 'TUMORIGENESIS', sign: -1 } },
  { pattern: `${T}promoting|oncogenic|pro[-‐]?tumou?rigenic`, kind: { process: 'TUMORIGENESIS', sign: 1 } },
  { pattern: 'anti[-‐]?inflammatory', kind: { process: 'INFLAMMATION', sign: -1 } },
  { pattern: 'pro[-‐]?inflammatory', kind: { process: 'INFLAMMATION', sign: 1 } },
];
/** Class nouns that are the head themselves: "the tumour suppressor (gene) X", "the oncogene X". */
const nouns: readonly { pattern: string; kind: Kind }[] = [
  { pattern: `${T}suppressors?(?:[-‐\\s](?:genes?|proteins?))?`, kind: { process: 'TUMORIGENESIS', sign: -1 } },
  { pattern: 'oncogenes?|oncoproteins?', kind: { process: 'TUMORIGENESIS', sign: 1 } },
];
const heads = 'cytokines?|interleukins?|chemokines?|factors?|mediators?|molecules?|proteins?|genes?|kinases?|receptors?|signals?|transcription\\s+factors?|signalling\\s+molecules?|signaling\\s+molecules?';
const adjective = adjectives.map((a) => a.pattern).join('|');
const noun = nouns.map((n) => n.pattern).join('|');
/**
 * Right before the name: a determiner (or the sentence's start), up to two describing words, the class, its head, and "such as" or
 * "including" after a plural ("pro-inflammatory cytokines such as IL-6").
 */
const before = new RegExp(
  String.raw`(?:^|[\s(])(?:(?:the|a|an|this|its|their|of|by|with|and|on|in|to|from)\s+)?(?:(?:[\p{L}][\p{L}-]*|\d+)\s+){0,2}?(?:(?<kind>${adjective})\s+(?:${heads})|(?<kindNoun>${noun}))(?:,?\s+(?:such\s+as|including|like))?\s+$`,
  'iu',
);
/** Denial, doubt or a question before the class: no claim. */
const doubt = /\b(?:not|no|never|neither|nor|unlikely|doubt(?:ful|ed|s)?|whether|if|unclear|unknown|controversial|debated|putative|so-called|previously\s+(?:thought|considered|regarded))\b|n't\b/iu;
/** The name followed by its loss: the class is said of the name, the rest of the sentence of its loss. */
const lossAfter = /^[\s-]*(?:knock-?down|knock-?out|silencing|deletion|depletion|ablation|blockade|inhibition|inhibitors?|deficiency|loss|null|deficient|\/-)\b/iu;
/** What may be classed so: molecules and pathways (kindAsDirection.ts's types, without cells: "the tumour-promoting CAFs" is read there). */
const actorTypes = new Set([...moleculeTypes, 'pathway']);

function kindOf(word: string): Kind | undefined {
  for (const row of [...adjectives, ...nouns]) if (new RegExp(`^(?:${row.pattern})$`, 'iu').test(word)) return row.kind;
  return undefined;
}

/**
 * A class word anywhere in the sentence: `before` reads one inside it, before the name. Asked first, it rules out the
 * sentences the trigger words let through ("promoting", "suppress": 435 of a 100k-word thesis's, 70 µs each in the
 * bench's cost table, none read; issue 10, stop 40), where `before` was tried on the words before every actor.
 */
const kindWord = new RegExp(`${adjective}|${noun}`, 'iu');

export function classInPassingClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  if (!kindWord.test(text.slice(sentence.start, sentence.end))) return [];
  const claims: ExtractedClaim[] = [];
  for (const subject of mentionsIn(sentence)) {
    if (!actorTypes.has(kb.entities.get(subject.entityId)?.type ?? '')) continue;
    const from = Math.max(sentence.start, subject.start - 90);
    const lead = text.slice(from, subject.start);
    const m = before.exec(lead);
    const word = m?.groups?.kind ?? m?.groups?.kindNoun;
    if (!m || !word) continue;
    const kind = kindOf(word);
    if (!kind || !kb.entities.has(kind.process)) continue;
    const start = from + m.index + m[0].lastIndexOf(word);
    const end = start + word.length;
    if (doubt.test(text.slice(sentence.start, start))) continue;
    if (lossAfter.test(text.slice(subject.end, subject.end + 30))) continue;
    const object: EntityMention = { entityId: kind.process, start, end, text: word };
    // The sentence's places are the class's too (precision first: "in colorectal cancer, the tumour suppressor X ..."
    // may class X there only, and a finding elsewhere then does not contradict it); the class words' own mentions
    // ("tumour" in "tumour suppressor") are none.
    const context = contextMentions(sentence, [subject.entityId, kind.process]).filter((c) => c.end <= start || c.start >= end);
    claims.push(claimOf(sentence, subject, kind.sign > 0 ? 'promotes' : 'inhibits', object, { context, aside: true, start, end: subject.end }));
  }
  return claims;
}

export const classInPassing: Construction = {
  name: 'class-in-passing',
  reads: '"the anti-inflammatory cytokine X", "the tumour suppressor X", "pro-inflammatory cytokines such as X": a side remark that X lowers (raises) the process the class names; it may contradict, never backs the sentence',
  triggers: ['inflammatory', 'suppress', 'inhibitory', 'restrain', 'oncogen', 'oncoprotein', 'tumorigenic', 'tumourigenic', 'promoting'],
  example: 'Serum levels of the anti-inflammatory cytokine IL-6 climb steadily in these patients.',
  expected: ['IL6 inhibits INFLAMMATION'],
  // A reading of the same pair by another reader (a copular class, "X is pro-inflammatory", or the main clause's "Y
  // relied on X" with Y the class's process) speaks as before, and the class adds nothing; the other readings stay
  // as they were (a later reader's claim on the pair takes the aside's place: extract.ts dedupeClaims).
  apply: addingWith((sentence, claims) => newPairs(classInPassingClaims(sentence), claims)),
};
