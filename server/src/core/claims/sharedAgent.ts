// Coordinated passives that share one agent: "A was significantly inhibited and B was downregulated by
// treatment with X". The agent after the last verb acts in every clause; the verb reading gives it only to
// the clause it stands in, if any. Each clause's patient is the first molecule or process it names. Issue 7 (stop
// 51, h-false51): "Invasion was promoted by IL-11, and it was blocked by STAT3 inhibitors" read STAT3 raising invasion
// and lowering IL-11: a clause with its own agent shares none, a later clause's patient stands after its "and", and an
// agent named by its loss turns the changes round.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { addingWith, type Construction, claimOf } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';
import { alternation, lossWordsAt } from './vocabulary';

const passive =
  /\b(?:was|were)\s+(?:found\s+to\s+be\s+|shown\s+to\s+be\s+)?(?:(?:significantly|markedly|strongly|also|further)\s+)*(increased|elevated|enhanced|up-?regulated|induced|promoted|stimulated|decreased|reduced|inhibited|suppressed|down-?regulated|attenuated|blocked|abolished)\b/gi;
const rising = /^(?:increased|elevated|enhanced|up-?regulated|induced|promoted|stimulated)$/i;
/** The agent right after the last passive: "by X", "by treatment with X", "by exposure to X". */
const agentAfter = /^\s*by\s+(?:(?:treatment|incubation|exposure|stimulation|pretreatment)\s+(?:with|to)\s+)?(?:the\s+)?$/i;

/** A loss noun right after the agent: "by STAT3 inhibitors", "by IL-6 knockdown" (vocabulary.ts lossWording). */
const lossAfter = new RegExp(String.raw`^[\s-]*(?:${alternation(lossWordsAt('after'))})\b`, 'i');

/** Where the last "and" of a stretch ends, or -1 when it has none before a full stop or semicolon. */
function lastAnd(stretch: string): number {
  if (/[.;]/.test(stretch)) return -1;
  const ands = [...stretch.matchAll(/\band\b/gi)];
  const last = ands[ands.length - 1];
  return last ? last.index + last[0].length : -1;
}

export const sharedAgent: Construction = {
  name: 'shared-agent',
  reads: '"A was inhibited and B was downregulated by treatment with X": X lowers A and B',
  triggers: [' by '],
  example: 'Cell migration was markedly inhibited and Snail expression was downregulated by treatment with trametinib.',
  expected: ['DRUG_TRAMETINIB decreases CELL_MIGRATION', 'DRUG_TRAMETINIB downregulates NCBIGENE_6615'],
  apply: addingWith((sentence, claims) => {
    const { text, start, end, mentions, kb } = sentence;
    const verbs = [...allMatches(passive, text.slice(start, end))].map((m) => ({ at: start + m.index, end: start + m.index + m[0].length, rising: rising.test(m[1]) }));
    if (verbs.length < 2) return [];
    const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
    const last = verbs[verbs.length - 1];
    const agent = mentions.find((m) => m.start >= last.end && m.end <= end && agentAfter.test(text.slice(last.end, m.start)) && isMarkerType(typeOf(m)));
    if (!agent) return [];
    // "... by STAT3 inhibitors": an agent named by its loss turns every clause's change round (issue 7, stop 51).
    const lost = lossAfter.test(text.slice(agent.end, end));
    const added: ExtractedClaim[] = [];
    verbs.forEach((verb, i) => {
      // A clause whose verb names its own agent ("Invasion was promoted by IL-11, and it was blocked by X") shares none.
      if (i < verbs.length - 1 && /^\s*by\b/i.test(text.slice(verb.end, end))) return;
      // The clause runs from the previous verb (or the sentence start) to this verb; a later clause opens at its
      // "and" ("..., and it was blocked": the pronoun is its patient, never a name before the "and"). Its patient is
      // the first name it holds.
      let from = start;
      if (i > 0) {
        const and = lastAnd(text.slice(verbs[i - 1].end, verb.at));
        if (and < 0) return;
        from = verbs[i - 1].end + and;
      }
      const patient = mentions.find((m) => m.start >= from && m.end <= verb.at && m.entityId !== agent.entityId && (isMarkerType(typeOf(m)) || typeOf(m) === 'process' || typeOf(m) === 'phenotype'));
      if (!patient || readsPair(claims, agent.entityId, patient.entityId)) return;
      added.push(claimOf(sentence, agent, verb.rising !== lost ? 'increases' : 'decreases', patient, { start: patient.start, end: agent.end, inverted: lost }));
    });
    return added;
  }),
};
