// Coordinated passives that share one agent: "A was significantly inhibited and B was downregulated by
// treatment with X". The agent after the last verb acts in every clause; the verb reading gives it only to
// the clause it stands in, if any. Each clause's patient is the first molecule or process it names.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { addingWith, type Construction, claimOf } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';

const passive =
  /\b(?:was|were)\s+(?:found\s+to\s+be\s+|shown\s+to\s+be\s+)?(?:(?:significantly|markedly|strongly|also|further)\s+)*(increased|elevated|enhanced|up-?regulated|induced|promoted|stimulated|decreased|reduced|inhibited|suppressed|down-?regulated|attenuated|blocked|abolished)\b/gi;
const rising = /^(?:increased|elevated|enhanced|up-?regulated|induced|promoted|stimulated)$/i;
/** The agent right after the last passive: "by X", "by treatment with X", "by exposure to X". */
const agentAfter = /^\s*by\s+(?:(?:treatment|incubation|exposure|stimulation|pretreatment)\s+(?:with|to)\s+)?(?:the\s+)?$/i;

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
    const added: ExtractedClaim[] = [];
    verbs.forEach((verb, i) => {
      // The clause runs from the previous verb (or the sentence start) to this verb; its patient is the first it names.
      const from = i === 0 ? start : verbs[i - 1].end;
      if (i > 0 && !/^[^.;]*?\band\b/i.test(text.slice(from, verb.at))) return;
      const patient = mentions.find((m) => m.start >= from && m.end <= verb.at && m.entityId !== agent.entityId && (isMarkerType(typeOf(m)) || typeOf(m) === 'process' || typeOf(m) === 'phenotype'));
      if (!patient || readsPair(claims, agent.entityId, patient.entityId)) return;
      added.push(claimOf(sentence, agent, verb.rising ? 'increases' : 'decreases', patient, { start: patient.start, end: agent.end }));
    });
    return added;
  }),
};
