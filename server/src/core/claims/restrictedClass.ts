// "IL-17 family cytokines", "Th2-type cytokines", "VEGF-related growth factors", "cytokines of the TNF superfamily": a
// class noun narrowed by a name is the family that name makes, not the whole class. Read as the class, the claim
// was checked as one about every cytokine, and a finding on IL-11 (a cytokine of another family) backed a claim
// about the IL-17 family. The named family takes the class noun's place: the lexicon's family when it has one
// ("cytokines of the gp130 family" are the IL-6 family), else the named molecule's own family ("IL-11-related
// cytokines": the IL-6 family), else the molecule;
// a name the recognizer does not know ("Th2-type cytokines") leaves no participant, and the claim is dropped.
// A modifier that is no molecule ("inflammation-related cytokines", "tumour-derived growth factors") names no
// family: the class stays.
import type { EntityMention } from '../entities/recognize';
import { lexiconOf } from '../entities/lexicon';
import { normalizeTerm } from '../entities/normalize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { type Construction, isMoleculeMention } from './construction';
import { sameReading } from './readPairs';
import type { ExtractedClaim } from './extract';

/** The narrowing word before the class noun: "IL-17 family ", "Th2-type ", "VEGF-related ". */
// Not "-like": it makes names of its own ("insulin-like growth factors" are the IGFs, not insulin's kin).
const narrowedBefore = /(?:\s+(?:super)?family|-(?:type|related|family))\s+$/i;
/** The narrowing phrase after it: "cytokines of the IL-17 family", "growth factors of the FGF superfamily". */
const narrowedAfter = /^\s+of\s+the\s+([^\s,;()]+(?:\s[^\s,;()]+)?)\s+(?:super)?family\b/i;

function isClassNoun(text: string, mention: EntityMention, kb: KnowledgeBase): boolean {
  // Lower case but for a capital that opens the sentence ("Cytokines of the IL-17 family ...").
  return kb.entities.get(mention.entityId)?.type === 'protein-family' && /^[A-Za-z][a-z -]*$/.test(text.slice(mention.start, mention.end));
}

/**
 * What the class noun at `mention` names when a name narrows it: the family's mention, null when the name is
 * unknown (no participant), undefined when nothing narrows it (the class stays).
 */
export function narrowedClass(text: string, mention: EntityMention, mentions: readonly EntityMention[], kb: KnowledgeBase, from: number, to: number): EntityMention | null | undefined {
  if (!isClassNoun(text, mention, kb)) return undefined;
  const classText = text.slice(mention.start, mention.end);
  const before = text.slice(Math.max(from, mention.start - 40), mention.start);
  // A long form with its short form after it names one molecule: "insulin-like growth factor (IGF)".
  if (/^\s*\(/.test(text.slice(mention.end, mention.end + 3))) return undefined;
  let qualifier = narrowedBefore.exec(before);
  // "-type" and "-related" before a singular noun may make a name: only a plural is a class narrowed.
  if (qualifier && !/family\s+$/i.test(qualifier[0]) && !/s$/i.test(classText)) qualifier = null;
  let nameEnd: number;
  let nameStart: number;
  let named: EntityMention | undefined;
  if (qualifier) {
    nameEnd = mention.start - before.length + qualifier.index;
    named = mentions.find((m) => m.end === nameEnd && m.start < nameEnd);
    const word = /[\p{L}\p{N}αβγδκ][\p{L}\p{N}αβγδκ-]*$/u.exec(text.slice(Math.max(from, nameEnd - 30), nameEnd));
    nameStart = named?.start ?? (word ? nameEnd - word[0].length : nameEnd);
  } else {
    const after = narrowedAfter.exec(text.slice(mention.end, Math.min(to, mention.end + 60)));
    if (!after) return undefined;
    nameStart = mention.end + after.index + after[0].indexOf(after[1]);
    nameEnd = nameStart + after[1].length;
    named = mentions.find((m) => m.start >= nameStart && m.end <= nameEnd);
  }
  if (nameEnd <= nameStart) return undefined;
  const name = text.slice(nameStart, nameEnd);
  // The lexicon may name the narrowed class itself: "gp130 family cytokines" is the IL-6 family.
  const lexicon = lexiconOf(kb);
  for (const key of [`${name} family ${classText}`, `${name}-type ${classText}`, `${name} family`]) {
    const found = lexicon.lookup(normalizeTerm(key))?.[0];
    if (found && found.entityId !== mention.entityId) return { ...mention, entityId: found.entityId, start: Math.min(nameStart, mention.start), end: Math.max(nameEnd, mention.end) };
  }
  if (!named) return /[A-Z0-9]/.test(name) ? null : undefined;
  // Only a molecule names a family the class can narrow to (construction.ts isMoleculeMention; this file's own list,
  // which left out RNAs, went).
  if (!isMoleculeMention(named.entityId, kb)) return undefined;
  if (named.entityId === mention.entityId) return undefined;
  if (kb.entities.get(named.entityId)?.type === 'protein-family') return named;
  // The molecule's own family below the class ("IL-11-related cytokines": the IL-6 family), else the molecule.
  for (const ancestor of kb.ancestors(named.entityId)) {
    if (ancestor !== named.entityId && ancestor !== mention.entityId && kb.entities.get(ancestor)?.type === 'protein-family' && kb.isA(ancestor, mention.entityId)) return { ...named, entityId: ancestor };
  }
  return named;
}

export const restrictedClass: Construction = {
  name: 'restricted-class',
  reads: '"IL-17 family cytokines", "Th2-type cytokines", "cytokines of the TNF superfamily": a class noun narrowed by a name is that family, not the whole class',
  example: 'IL-17 family cytokines promoted the invasion of breast cancer cells.',
  expected: ['NCBIGENE_3605 promotes CELL_INVASION [ctx BREAST_CANCER]'],
  triggers: ['family', '-type', '-related'],
  apply(claims, { text, start, end, mentions, kb }) {
    let changed = false;
    const read: ExtractedClaim[] = [];
    // The class noun, or the name that narrows it read in its place ("IL-11-related cytokines drive Y": not IL-11).
    const narrowed = (m: EntityMention): EntityMention | null | undefined => {
      const own = narrowedClass(text, m, mentions, kb, start, end);
      if (own !== undefined) return own;
      const head = mentions.find((x) => x.start >= m.end && x.start <= m.end + 14 && isClassNoun(text, x, kb));
      const asName = head && narrowedClass(text, head, mentions, kb, start, end);
      return asName && asName !== m && asName.start <= m.start && asName.end >= m.end && asName.entityId !== m.entityId ? asName : undefined;
    };
    for (const claim of claims) {
      const subject = narrowed(claim.subject);
      const object = narrowed(claim.object);
      if (subject === undefined && object === undefined) {
        read.push(claim);
        continue;
      }
      changed = true;
      if (subject === null || object === null) continue;
      read.push({ ...claim, subject: subject ?? claim.subject, object: object ?? claim.object });
    }
    if (!changed) return claims;
    // The name that narrows the class is no participant of its own: in "IL-11-related cytokines drive Y" IL-11 does not.
    const names = read.flatMap((c) => [c.subject, c.object]).filter((m) => !mentions.includes(m));
    const isName = (m: EntityMention): boolean => names.some((n) => n.entityId !== m.entityId && m.start >= n.start && m.end <= n.end);
    // One claim per pair: the class and the named molecule may both have been read.
    return read.filter((c, i) => c.subject.entityId !== c.object.entityId && !isName(c.subject) && !isName(c.object) && read.findIndex((d) => sameReading(d, c)) === i);
  },
};
