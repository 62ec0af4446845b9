// Issue 7 (stop 53): a cancer's name fused with "-genesis" names the cancer and its coming into being in one word:
// "gliomagenesis", "lymphomagenesis", "leukemogenesis", "hepatocarcinogenesis", "cholangiocarcinogenesis". The
// lexicon read none of them as the cancer ("gliomagenesis" named nothing; "hepatocarcinogenesis" a process whose HCC
// only its outcome stand-in knew, kb/inference.ts), so "Relevant to gliomagenesis, X drives invasion" had no
// context and a finding in another cancer backed it. The word is read as two mentions side by side, as "glioma
// tumorigenesis" would be: the cancer over the stem ("glioma") and tumorigenesis over the rest ("genesis"; a
// tumour process the lexicon names over the whole word keeps its entity there). Only a named cancer (under CANCER,
// not cancer, carcinoma or solid tumour in general: "carcinogenesis" stays as it is), found whole by the lexicon from
// the stem as written ("glioma"), with "-ma" after a stem in "carcino" ("hepatocarcino": hepatocarcinoma) or "-ia"
// for "-o" after "leukem"/"leukaem" ("leukemo": leukemia). Benign growths the stem may spell ("fibroma" of
// "fibrogenesis", "lipoma" of "lipogenesis") are no cancer and read nothing.
import type { EntityMention } from '../entities/recognize';
import { recognizeEntities } from '../entities/recognize';
import { lexiconOf } from '../entities/lexicon';
import type { KnowledgeBase } from '../kb/knowledgeBase';

/** Cancer in general, whose fused word ("carcinogenesis") names no place. */
const generalCancers = new Set(['CANCER', 'CARCINOMA', 'SOLID_TUMOR']);

const fusedWord = /\b([A-Za-z]{4,}?)genesis\b/g;

/** The names the stem may be cut from: as written, "-carcino" + "ma", "leukemo" as "leukemia". */
function candidateNames(stem: string): string[] {
  const lower = stem.toLowerCase();
  const out = [lower];
  if (/carcino$/.test(lower)) out.push(`${lower}ma`);
  if (/leuka?emo$/.test(lower)) out.push(`${lower.slice(0, -1)}ia`);
  return out;
}

const stemCancers = new WeakMap<KnowledgeBase, Map<string, string | undefined>>();

/** The named cancer a stem spells, if the lexicon reads one of its candidate names whole as one. */
export function cancerOfStem(stem: string, kb: KnowledgeBase): string | undefined {
  let known = stemCancers.get(kb);
  if (!known) stemCancers.set(kb, (known = new Map()));
  const key = stem.toLowerCase();
  if (!known.has(key)) {
    let found: string | undefined;
    for (const name of candidateNames(key)) {
      const read = recognizeEntities(name, lexiconOf(kb));
      const id = read.length === 1 && read[0].start === 0 && read[0].end === name.length ? read[0].entityId : undefined;
      if (id && kb.entities.get(id)?.type === 'disease' && !generalCancers.has(id) && kb.isA(id, 'CANCER')) {
        found = id;
        break;
      }
    }
    known.set(key, found);
  }
  return known.get(key);
}

/**
 * The sentence's mentions with each fused "<cancer>genesis" word read as the cancer and tumorigenesis; undefined when
 * there is none. A word another mention covers is left unless that mention is the whole word and one of
 * `tumourProcesses` (the lexicon's "hepatocarcinogenesis"), which its two parts then replace.
 */
export function withFusedCancerGenesis(
  text: string,
  start: number,
  end: number,
  mentions: readonly EntityMention[],
  kb: KnowledgeBase,
  tumourProcesses: ReadonlySet<string>,
): EntityMention[] | undefined {
  const sentence = text.slice(start, end);
  if (!/genesis/i.test(sentence)) return undefined;
  let out: EntityMention[] | undefined;
  for (const match of sentence.matchAll(fusedWord)) {
    const cancer = cancerOfStem(match[1], kb);
    if (!cancer) continue;
    const from = start + (match.index ?? 0);
    const to = from + match[0].length;
    const cut = from + match[1].length;
    const current = out ?? mentions;
    const overlapping = current.filter((m) => m.start < to && m.end > from);
    const whole = overlapping.length === 1 && overlapping[0].start === from && overlapping[0].end === to && tumourProcesses.has(overlapping[0].entityId) ? overlapping[0] : undefined;
    if (overlapping.length > 0 && !whole) continue;
    const parts: EntityMention[] = [
      { entityId: cancer, start: from, end: cut, text: text.slice(from, cut) },
      { entityId: whole?.entityId ?? 'TUMORIGENESIS', start: cut, end: to, text: text.slice(cut, to) },
    ];
    out = [...current.filter((m) => m !== whole), ...parts].sort((a, b) => a.start - b.start);
  }
  return out;
}
