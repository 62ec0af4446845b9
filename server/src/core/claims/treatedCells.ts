// Cells named by what was done to them, then their changes: "X-infected epithelial cells secreted more A and
// showed enhanced expression of B and C", "cells treated with X displayed reduced levels of A". The cells are
// where the finding holds; the agent in their name (the infection, the drug, the cytokine) is what changed
// A, B and C. The verb reading takes the cells, or the first changed molecule, as the cause of the rest;
// this construction gives each change to the agent and drops readings between the changed molecules.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, phraseOf, type SentenceSpan, claimOf, replacingChanges } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';

/** The agent's participle inside the cells' name: "HP-infected", "infected with", "treated with X". */
const participle = /\b(?:infected|treated|stimulated|exposed|transfected|challenged|incubated)\b/i;
/**
 * The head nouns of a phrase that names cells: "HP-infected epithelial cells", "hypoxia-exposed OSCC cell lines",
 * "IL-11-treated cultures" (the agent's noun phrase, construction.ts phraseOf, whatever modifiers stand between).
 */
const cellHeads = new Set(['cells', 'lines', 'cultures', 'clones', 'subclones', 'sublines', 'monolayers', 'spheroids', 'organoids']);
/** A change the cells show: a verb of showing or making, a level word, then what changed. */
const change =
  /\b(?:showed|show|displayed|exhibited|had|secreted|released|produced|expressed)\s+(?:an?\s+)?(?:(?:significant|significantly|marked|markedly|strong|strongly)\s+)?(?:(enhanced|increased|elevated|higher|more|greater|reduced|decreased|lower|less|diminished)|(?:(increase|elevation|rise|upregulation|up-regulation|decrease|reduction|fall|downregulation|down-regulation|loss)\s+in))\s+(?:the\s+)?(?:(?:protein|mRNA|gene)\s+)?(?:(?:expression|levels?|secretion|production|amounts?|activity)\s+of\s+(?:the\s+)?)?/gi;
const rising = /^(?:enhanced|increased|elevated|higher|more|greater|increase|elevation|rise|up-?regulation)$/i;
/** Where a list of changed molecules ends: a new clause or a participle clause. */
const listEnd = /[;.]|,\s*(?:and\s+)?(?!and\b)[\p{L}-]+(?:ed|ing)\b|\b(?:which|that|whereas|while|but)\b/iu;

export function treatedCellClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  // The agent: a mention whose name, or the words right after it, carry the participle, with "cells" soon after.
  let agent: EntityMention | undefined;
  let cellsEnd = 0;
  for (const m of inSentence) {
    if (!isMarkerType(typeOf(m)) && typeOf(m) !== 'condition') continue;
    const around = text.slice(Math.max(start, m.start - 12), Math.min(end, m.end + 16));
    if (!participle.test(m.text) && !participle.test(around)) continue;
    const phrase = phraseOf(sentence, m);
    if (!cellHeads.has(phrase.head) || phrase.end <= m.end) continue;
    agent = m;
    cellsEnd = phrase.end;
    break;
  }
  if (!agent) return [];
  const claims: ExtractedClaim[] = [];
  const changed: EntityMention[] = [];
  const after = text.slice(cellsEnd, end);
  for (const c of allMatches(change, after)) {
    const from = cellsEnd + c.index + c[0].length;
    const stop = listEnd.exec(text.slice(from, end));
    const to = stop ? from + stop.index : end;
    for (const m of inSentence) {
      if (m.start < from || m.end > to || m.entityId === agent.entityId || !isMarkerType(typeOf(m)) || changed.some((x) => x.entityId === m.entityId)) continue;
      changed.push(m);
      claims.push(claimOf(sentence, agent, rising.test(c[1] ?? c[2]) ? 'increases' : 'decreases', m));
    }
  }
  // "..., inducing inflammatory reactions and resulting in apoptosis": the consequences the participles after the
  // changes name are the agent's too (processes and outcomes only: a molecule there is a change of its own).
  if (claims.length > 0) {
    for (const c of allMatches(consequence, after)) {
      const from = cellsEnd + c.index + c[0].length;
      const stop = /[;.,]|\band\s+(?!\w+\s+(?:cells|reactions)\b)\w+(?:ing|ed)\b/i.exec(text.slice(from, end));
      const to = stop ? from + stop.index : end;
      for (const m of inSentence) {
        if (m.start < from || m.end > to || m.entityId === agent.entityId || !consequenceTypes.has(typeOf(m)) || claims.some((x) => x.object.entityId === m.entityId)) continue;
        claims.push(claimOf(sentence, agent, 'induces', m));
      }
    }
  }
  return claims;
}

/** A participle of consequence after the cells' changes: ", inducing", "and resulting in", ", thereby leading to". */
const consequence = /(?:,\s*|\band\s+)(?:(?:thereby|thus|eventually|ultimately)\s+)?(?:inducing|causing|triggering|promoting|resulting\s+in|leading\s+to)\s+/gi;
/** What a consequence may be: a process, an outcome, a disease. */
const consequenceTypes = new Set(['process', 'phenotype', 'disease']);

export const treatedCells: Construction = {
  name: 'treated-cells',
  reads: '"X-infected cells secreted more A and showed enhanced expression of B": X raises A and B',
  triggers: ['infected', 'treated', 'stimulated', 'exposed', 'transfected', 'challenged', 'incubated'],
  example: 'Helicobacter pylori-infected epithelial cells released more vimentin and showed enhanced expression of Snail.',
  expected: ['HELICOBACTER_PYLORI increases NCBIGENE_6615', 'HELICOBACTER_PYLORI increases VIM'],
  apply(claims, sentence) {
    // One changed molecule does not cause the next, nor do the cells cause them: the agent does.
    const notMarker = (subject: EntityMention) => !isMarkerType(sentence.kb.entities.get(subject.entityId)?.type ?? '');
    return replacingChanges(claims, treatedCellClaims(sentence), notMarker);
  },
};
