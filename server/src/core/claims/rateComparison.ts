// Rates compared across groups: "X was found in 70% of the relapsed tumours versus 30% of the untreated ones",
// "the positive rates of X were 80%, 50% and 10% in carcinoma, adjacent tissue and normal mucosa,
// respectively", "X positivity rose from normal mucosa (10%) to carcinoma (80%)". Clinical abstracts report
// a marker's frequency this way, with no verb between the marker and the group. Where one group is a
// disease and another normal tissue, the marker goes with the disease; where one group is refractory
// (resistant) to a drug and another naive to it, the marker goes with the resistance to that drug. The
// direction is the comparison of the two rates; the marker's loss ("PTEN loss") turns it round.
//
// Whatever the wording, the groups are named in the order of their rates ("respectively" lists, "P% of A
// versus Q% of B", "A (P%) to B (Q%)", "in A was P% versus Q% in B"), so the rates pair with the groups in
// order, and only when there are as many of each.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import { drugResistanceOf } from '../kb/outcomes';
import { mentionsIn, contextMentions, isDrugMention, onePerEntity, replacingWith, type Construction, type SentenceSpan, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';

type GroupKind = 'disease' | 'normal' | 'resistant' | 'naive';

interface Group {
  kind: GroupKind;
  start: number;
  end: number;
  /** The disease a disease group names, or the drug a resistant group is refractory to. */
  entity?: EntityMention;
}

const rate = /(\d+(?:\.\d+)?)\s*%/g;
/** Tissue that is not the disease: "normal mucosa", "adjacent tissue", "paracancerous tissue". */
const normalWord = /\b(?:normal|non-?malignant|non-?cancerous|non-?tumou?rous|non-?neoplastic|adjacent|para-?cancer(?:ous)?|pars-cancerous|peri-?tumou?ral|benign|healthy)\b/gi;
/** A group refractory to a drug: "trastuzumab-refractory", "resistant to X"; and the group naive to it. */
const resistantWord = /[-‐\s](?:refractory|resistant)\b/gi;
const naiveWord = /\b(?:[\p{L}\d]+[-‐])?(?:na[iï]ve|unexposed|untreated)\b/giu;
/** What separates one group from the next in a comparison. */
const separator = /%|,|;|\(|\)|\b(?:and|or|to|versus|vs\.?|compared|than|whereas|while|respectively)\b/i;
/** Disease nouns that make a group a disease group even where the lexicon names no disease in it. */
const tumourNoun = /\b(?:tumou?rs?|carcinomas?|cancers?|neoplasms?)\b/gi;

export function rateComparisonClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const part = text.slice(start, end);
  const rates = [...allMatches(rate, part)].map((m) => ({ value: Number(m[1]), at: start + m.index }));
  if (rates.length < 2) return [];
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';

  // Anchors: words or mentions that name a kind of group; anchors with no separator between them are one group.
  const anchors: Group[] = [];
  for (const m of allMatches(normalWord, part)) anchors.push({ kind: 'normal', start: start + m.index, end: start + m.index + m[0].length });
  for (const m of allMatches(naiveWord, part)) anchors.push({ kind: 'naive', start: start + m.index, end: start + m.index + m[0].length });
  for (const m of allMatches(resistantWord, part)) {
    const at = start + m.index;
    const drug = [...inSentence].reverse().find((d) => d.end <= at && d.end >= at - 1 && isDrugMention(d.entityId, kb));
    if (drug) anchors.push({ kind: 'resistant', start: drug.start, end: at + m[0].length, entity: drug });
  }
  for (const d of inSentence) if (typeOf(d) === 'disease') anchors.push({ kind: 'disease', start: d.start, end: d.end, entity: d });
  for (const m of allMatches(tumourNoun, part)) {
    const at = start + m.index;
    if (!inSentence.some((d) => d.start <= at && d.end > at && typeOf(d) === 'disease')) anchors.push({ kind: 'disease', start: at, end: at + m[0].length });
  }
  anchors.sort((a, b) => a.start - b.start);
  const groups: Group[] = [];
  for (const anchor of anchors) {
    const last = groups[groups.length - 1];
    if (last && anchor.start <= last.end) continue;
    if (last && !separator.test(text.slice(last.end, anchor.start))) {
      // One group: a drug state or normal tissue outranks the disease noun it qualifies ("trastuzumab-naive tumours").
      const keep = last.kind === 'disease' && anchor.kind !== 'disease' ? anchor : last;
      groups[groups.length - 1] = { ...keep, start: last.start, end: anchor.end, entity: keep.entity ?? (anchor.kind === keep.kind ? anchor.entity : undefined) };
      continue;
    }
    groups.push({ ...anchor });
  }
  // Groups named before the first rate and away from it ("expressions of X in gastric cancer" in the methods
  // part of a sentence) are no members of the comparison unless they are needed to match the rates.
  const compared = groups.length > rates.length ? groups.filter((g) => g.end > rates[0].at - 120) : groups;
  if (compared.length !== rates.length) return [];
  const pairs = compared.map((g, i) => ({ group: g, value: rates[i].value }));

  const first = Math.min(compared[0].start, rates[0].at);
  const markers = inSentence.filter((m) => m.end <= first && isMarkerType(typeOf(m)) && !isDrugMention(m.entityId, kb));
  if (markers.length === 0) return [];
  const claims: ExtractedClaim[] = [];
  const add = (object: EntityMention, difference: number, extraContext: EntityMention[]) => {
    if (difference === 0) return;
    for (const marker of markers) {
      const sign = Math.sign(difference) * (markerLost(text, marker, start, first) ? -1 : 1);
      const context = onePerEntity([...contextMentions(sentence, [marker.entityId, object.entityId]), ...extraContext]);
      claims.push(claimOf(sentence, marker, 'associated-with', object, { polarity: sign > 0 ? 'positive' : 'negative', context }));
    }
  };
  const best = (kind: GroupKind) => pairs.filter((p) => p.group.kind === kind).sort((a, b) => b.value - a.value)[0];
  const resistant = best('resistant');
  const naive = best('naive');
  if (resistant?.group.entity && naive) {
    const outcome = drugResistanceOf(resistant.group.entity.entityId, kb);
    if (outcome) {
      const object: EntityMention = { ...resistant.group.entity, entityId: outcome.object };
      add(object, resistant.value - naive.value, outcome.context.map((id) => ({ ...resistant.group.entity!, entityId: id })));
    }
    return claims;
  }
  const disease = pairs.find((p) => p.group.kind === 'disease' && p.group.entity);
  const normal = best('normal');
  if (disease && normal && pairs.filter((p) => p.group.kind === 'disease').length === 1) add(disease.group.entity!, disease.value - normal.value, []);
  return claims;
}

export const rateComparison: Construction = {
  name: 'rate-comparison',
  reads: '"X was present in 70% of carcinomas and 20% of normal tissues": X goes with the disease (a refractory against a naive group: with resistance to the drug)',
  triggers: ['%'],
  example: 'Vimentin positivity was 80% in gastric cancer and 20% in adjacent normal mucosa.',
  expected: ['VIM associated-with(positive) GASTRIC_CANCER'],
  apply: replacingWith(rateComparisonClaims),
};
