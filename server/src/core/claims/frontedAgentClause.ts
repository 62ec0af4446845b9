// A fronted clause with its own agent and verb, then a main clause that tells a change (or none) of another entity
// without naming its cause: "After sorafenib raised ATF4, IL-6Rα did not change", "Once IL-11 had activated STAT3,
// MMP-9 levels rose". The sentence's main claim is the second clause's, and its cause is left unsaid: the first
// clause's agent may or may not be it (the writer may mean time, not cause). The fronted clause is a side remark, so
// its claim may not stand for the sentence (issue 7, stop 35: it did, and the sentence came out supported whatever
// the library says of the main clause). Its claims are dropped, and so is its agent carried into the main clause
// ("After X raised A, B rose" read as X raising B); the sentence, which names library entities but states no claim
// the reader can check, is unsupported (no evidence), never supported.
// (A fronted phrase without a verb, "After IL-11 treatment, MMP-9 rose", names the cause: frontedChanges.ts reads it.
// A second clause with its own agent, "After X raised A, Y lowered B", is read as it stands.)
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { placeTypes, type EntityType } from '../kb/schema';
import { mentionsIn } from './construction';
import type { ExtractedClaim } from './extract';
import { changeOnlyVerbs, phraseTriggerOf, verbTrigger } from './vocabulary';

/** The fronted clause's opener at the sentence's start. */
const opener = /^\s*(?:after|once|when|as\s+soon\s+as|following\s+(?=[^,]*\b(?:had|has|was|were)\b))\s+/i;
/** From the comma that ends the fronted clause to the main clause's subject: an article, a measure noun before "of". */
const mainOpens = /^,\s*(?:(?:the|its|their)\s+)?(?:(?:levels?|expression|secretion|amounts?|activity|phosphorylation|abundance)\s+of\s+(?:the\s+)?)?$/i;
/** After the main clause's subject: a change or no change told of it, with no agent ("by") after. */
const agentlessChange = new RegExp(
  String.raw`^\s*(?:(?:mRNA|protein|gene)\s+)?(?:(?:levels?|expression|secretion|activity|phosphorylation|abundance)\s+)?(?:(?:also|then|likewise|similarly|markedly|significantly|sharply|clearly|further)\s+)?` +
    String.raw`(?:${[...changeOnlyVerbs].filter((v) => !v.endsWith('ing')).join('|')}|dropped|increased|decreased|diminished|went\s+(?:up|down)|did\s+not\s+(?:change|differ|rise|fall|increase|decrease|move)|(?:remained|stayed)\s+(?:(?:largely|essentially|practically|virtually)\s+)?(?:unchanged|unaltered|unaffected|stable|constant|the\s+same|low|high)|(?:was|were)\s+(?:(?:also|then|markedly|significantly|largely|essentially|practically|virtually|not)\s+)*(?:unchanged|unaltered|unaffected|increased|decreased|reduced|elevated|raised|lowered|induced|suppressed|affected|altered|changed))` +
    String.raw`(?![^.;]*\bby\b)`,
  'i',
);

/**
 * The claims without those read wholly inside a fronted clause with its own agent and verb, when the main clause after
 * its comma tells an agentless change of another entity. The same claims when the sentence is not of this shape.
 */
export function withoutFrontedAgentClause<C extends ExtractedClaim>(claims: readonly C[], text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): readonly C[] {
  if (claims.length === 0) return claims;
  const open = opener.exec(text.slice(start, end));
  if (!open) return claims;
  const comma = text.indexOf(',', start + open[0].length);
  if (comma < 0 || comma >= end) return claims;
  const fronted = text.slice(start + open[0].length, comma);
  // Its own verb: a finite verb of the lexicon in the fronted clause ("raised", "had activated").
  const words = fronted.toLowerCase().split(/[^\p{L}-]+/u);
  if (!words.some((w, i) => /(?:ed|s)$/.test(w) && (verbTrigger(w) !== undefined || (i + 1 < words.length && phraseTriggerOf([w, words[i + 1]]) !== undefined)))) return claims;
  const isPlace = (m: EntityMention) => placeTypes.has(kb.entities.get(m.entityId)?.type as EntityType);
  const inFronted = mentions.filter((m) => m.start >= start && m.end <= comma);
  // An agent and what it acts on: a clause of its own, not "When X was silenced in HCC cells" (lossClause.ts reads it).
  if (inFronted.filter((m) => !isPlace(m)).length < 2) return claims;
  const after = mentions.filter((m) => m.start > comma && m.end <= end);
  const subject = after[0];
  if (!subject || !mainOpens.test(text.slice(comma, subject.start))) return claims;
  if (inFronted.some((m) => m.entityId === subject.entityId)) return claims;
  const rest = text.slice(subject.end, end);
  if (!agentlessChange.test(rest)) return claims;
  // No other participant in the main clause: only places ("in HCC cells") may follow.
  if (after.slice(1).some((m) => !isPlace(m))) return claims;
  // Dropped: the fronted clause's own claims, and its agent carried into the main clause ("After X raised A, B rose"
  // read as X raising B: the writer does not say that X did it). A loss turned round is kept: it names its cause.
  const inClause = (m: EntityMention) => m.start >= start && m.end <= comma;
  const kept = claims.filter((c) => !(inClause(c.subject) && (inClause(c.object) || (c.object.start === subject.start && !c.inverted))));
  return kept.length === claims.length ? claims : kept;
}
