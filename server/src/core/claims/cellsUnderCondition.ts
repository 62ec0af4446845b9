// Cells named by their line or cancer, a verb of showing, what changed, and the condition it changed under: "SW480
// cells exhibited increased migration under hypoxic conditions", "Hypoxic HT-29 cells showed higher invasion than
// normoxic cells", "Compared with the normoxic group, the cells showed enhanced invasion in the hypoxic group", "When
// cultured in hypoxia, SW480 cells became more invasive", "Under 1% O2, the cells expressed more IL-11" (stop 34).
// The cells are where the finding was made, not its agent: the condition is (issue 7, the context of a claim). Read
// as the general reader reads it, the line became the subject ("SW480 raises migration"), a claim no finding is
// about, and the library's finding that hypoxia raises migration in other cells was never reported as other-context.
// The condition compared against (normoxia, named by the condition it lacks) is the baseline: neither the agent nor
// the claim's context. Only a sentence that names no other agent is read: "cells treated with X showed ..." is X's
// finding, left to the reader and manipulatedCellsShow.ts. A denied showing denies the condition's effect.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, type SentenceSpan, claimOf, contextMentions, phraseOf, replacingChanges } from './construction';
import type { ExtractedClaim } from './extract';
import { changeWord, changeWordsIn, changesGoverned, clauseEnd, denied, showing } from './manipulatedCellsShow';
import { allMatches } from '../util/allMatches';

/** Nouns that make a phrase cells of a line or cancer ("HT-29 cells", "OSCC cell lines"). */
const cellNouns = new Set(['cells', 'cell', 'lines', 'line', 'clones', 'spheroids']);

/**
 * A change of state in place of a verb of showing: "the cells became more invasive", "grew less motile"; or the copula
 * before a comparative, "hypoxic cells are more invasive (than normoxic cells)", "were less migratory" (issue 7,
 * h-w12b35: the comparison with the baseline says the condition changed the trait; a plain "are invasive" does not).
 */
const becoming = /^\s*(?:(?:also|then|markedly|significantly|clearly)\s+)?(?:became|become|becomes|grew|(?:are|were|is|was)(?=\s+(?:(?:significantly|markedly|much|far|considerably|substantially|clearly|even|also|consistently)\s+)?(?:more|less)\s))\b/i;

/**
 * A verb of expression with a word of amount after it, in place of a verb of showing: "under 1% O2 the cells expressed
 * more IL-11", "in hypoxia, MDA-MB-231 cells secreted higher levels of Y" (issue 7, stop 34). Only with the amount: "the
 * cells expressed IL-11" says what they express, not that it changed.
 */
const expressing = /^\s*(?:(?:also|consistently|clearly|then|now)\s+)?(?:expressed|express|expresses|secreted|secrete|secretes|produced|produce|produces|released|release|releases|accumulated|contained)\b(?=\s+(?:(?:significantly|markedly|much|far|considerably|substantially|clearly|even|about|roughly|\d+(?:\.\d+)?-?fold)\s+)?(?:more|less|higher|lower|greater|increased|reduced|decreased|elevated|diminished|enhanced)\b)/i;
/** Cells the sentence does not name by line or cancer: "the cells", "these cultures". */
const unnamedCells = /\b(?:the|these|such|treated|cultured|hypoxic|tumou?r)\s+(?:cells|cultures)\b/gi;

/** A cause named after the changes. */
const causeAfter = /\b(?:after|following|upon|with|by|via|through|in\s+response\s+to|when|once|treated|exposed|stimulated|transfected)\b/i;

/** A denial between the cells and the verb of showing. */
const notBefore = /^\s*(?:did|does|do)\s+not\b/i;

/** The cells' mention and where their phrase ends: a cell line, or a cancer heading "cells". */
function cellsOf(sentence: SentenceSpan, typeOf: (m: EntityMention) => string): { cells?: EntityMention; end: number; denied: boolean } | undefined {
  for (const m of mentionsIn(sentence)) {
    const type = typeOf(m);
    if (type !== 'cell-line' && type !== 'disease') continue;
    // The cheap test first: a verb of showing within reach after the name.
    if (!/\b(?:show|display|exhibit|demonstrated|presented|bec[ao]me|grew|express|secret|produc|releas|accumulated|contained|are|were|is|was)/i.test(sentence.text.slice(m.end, Math.min(sentence.end, m.end + 60)))) continue;
    const phrase = phraseOf(sentence, m);
    if (type === 'disease' && !cellNouns.has(phrase.head)) continue;
    let end = Math.max(phrase.end, m.end);
    // "did not show": the verb of showing denied before it.
    const denial = notBefore.exec(sentence.text.slice(end, sentence.end));
    if (denial) end += denial[0].length;
    const rest = sentence.text.slice(end, sentence.end);
    if (showing.test(rest) || becoming.test(rest) || expressing.test(rest)) return { cells: m, end, denied: denial !== null };
  }
  // "In hypoxia, the cells expressed more Y": cells named by no line or cancer, with a verb of expression; or a change
  // of state, "hypoxic cells are more invasive", "the cells became less motile under hypoxia".
  for (const m of allMatches(unnamedCells, sentence.text.slice(sentence.start, sentence.end))) {
    const end = sentence.start + m.index + m[0].length;
    const denial = notBefore.exec(sentence.text.slice(end, sentence.end));
    const rest = sentence.text.slice(end + (denial?.[0].length ?? 0), sentence.end);
    if (expressing.test(rest) || becoming.test(rest)) return { end: end + (denial?.[0].length ?? 0), denied: denial !== null };
  }
  return undefined;
}

/** A condition compared against: one the library names by the condition it lacks (normoxia for hypoxia). */
function isBaseline(sentence: SentenceSpan, id: string): boolean {
  return sentence.kb.standIns(id).some((s) => s.inverted);
}

export function cellsUnderConditionClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, end, kb } = sentence;
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const mentions = mentionsIn(sentence);
  const conditions = mentions.filter((m) => typeOf(m) === 'condition' && m.entityId !== 'TUMOR_MICROENVIRONMENT' && !isBaseline(sentence, m.entityId));
  const causes = [...new Set(conditions.map((m) => m.entityId))];
  if (causes.length !== 1) return [];
  const found = cellsOf(sentence, typeOf);
  if (!found) return [];
  const shown = showing.exec(text.slice(found.end, end)) ?? becoming.exec(text.slice(found.end, end));
  // A verb of expression after cells tied to the condition by a hyphen ("H. pylori-infected AGS cells secreted more
  // IL-8, inducing Y"): the treated cells' reading (treatedCells.ts) reads them, with their consequences.
  // (The lexicon may hold the participle in the condition's name: "Helicobacter pylori-infected".)
  const tiedToCells = (m: EntityMention): boolean => {
    const gap = text.slice(m.end, found.cells!.start);
    return /^[-\u2010\u2011][\p{L}]+\s+(?:[\p{L}\d-]+\s+)?$/u.test(gap) || (/[-\u2010\u2011]\p{L}+$/u.test(m.text) && /^\s+(?:[\p{L}\d-]+\s+)?$/u.test(gap));
  };
  if (!shown && found.cells && conditions.some((m) => m.end <= found.cells!.start && tiedToCells(m))) return [];
  const verb = (shown ?? expressing.exec(text.slice(found.end, end)))!;
  const from = found.end + verb[0].length;
  // The changes end at a new clause or at a cause named after them ("... after IL-11 treatment"): a molecule past
  // that is an agent, not a change.
  const after = text.slice(from, end);
  const stops = [clauseEnd.exec(after)?.index, causeAfter.exec(after)?.index].filter((i): i is number => i !== undefined);
  const to = from + Math.min(after.length, ...stops);
  const region = text.slice(from, to);
  const firstChange = region.search(changeWord);
  if (firstChange < 0) return [];
  // "did not show increased migration under hypoxia": the condition's effect denied, which a finding in these cells
  // contradicts (the reader alone took the effect as stated and lost the cells).
  const negated = found.denied || denied.test(text.slice(found.end, from)) || denied.test(region.slice(0, firstChange));
  // Another agent anywhere but among the changes ("cells given IL-11 showed ..."): the finding is the agent's.
  const isCondition = (m: EntityMention) => typeOf(m) === 'condition';
  if (mentions.some((m) => isMarkerType(typeOf(m)) && !isCondition(m) && (m.start < from + firstChange || m.end > to))) return [];
  const cause = conditions[0];
  // The cells and any other place stay the claim's context; the baseline condition does not.
  const context = contextMentions(sentence, [cause.entityId]).filter((m) => !(isCondition(m) && isBaseline(sentence, m.entityId)));
  return changesGoverned(sentence, changeWordsIn(region, from), to, isCondition).map(({ word, changed }) =>
    claimOf(sentence, cause, word.rising ? 'increases' : 'decreases', changed, {
      negated,
      context: context.filter((c) => c.entityId !== changed.entityId),
      start: Math.min(cause.start, changed.start),
      end: Math.max(cause.end, changed.end),
    }),
  );
}

export const cellsUnderCondition: Construction = {
  name: 'cells-under-condition',
  reads: '"SW480 cells showed increased migration under hypoxia (compared with normoxia)": hypoxia raises migration in SW480 cells',
  triggers: ['show', 'display', 'exhibit', 'demonstrated', 'presented', 'became', 'become', 'grew', 'express', 'secret', 'produc', 'releas', 'accumulated', 'contained', 'more', 'less'],
  example: 'Compared with normoxic controls, SW480 cells displayed enhanced invasion in the hypoxic group.',
  expected: ['HYPOXIA increases CELL_INVASION [ctx CELL_SW480]'],
  // The line read as the agent of the changes gives way to the condition.
  apply: (claims, sentence) => {
    const read = cellsUnderConditionClaims(sentence);
    const cells = new Set(read.flatMap((c) => c.context.map((m) => m.entityId)));
    return replacingChanges(claims, read, (subject) => cells.has(subject.entityId));
  },
};
