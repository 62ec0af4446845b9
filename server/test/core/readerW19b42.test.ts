// Issue 7 (h-w19b42, stop 42): constructions found on wave 19's studied half, each in sentences of our own with other
// entities, verbs and places, and the near misses that must not come out supported (the sibling, another cancer, the
// direction turned round).
import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, readingTable, verdictOf } from './helpers';

readingTable('reader w19b42', 'a passive change whose "downstream of" names its agent, "Y is activated downstream of X" (subjects.ts downstreamAgent)', [
  ['STAT3 is activated downstream of cytokines.', ['CYTOKINE activates STAT3'], 'supported'],
  ['In OSCC cells, MMP-13 is induced directly downstream of IL-11.', ['IL11 induces MMP13 [ctx OSCC]'], 'supported'],
  ['In gastric cancer cells, MMP-13 is induced downstream of IL-11.', ['IL11 induces MMP13 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // Near misses: the sibling cytokine, the pair turned round, and the agent denied its finding.
  ['MMP-13 is induced downstream of IL-6 in OSCC cells.', ['IL6 induces MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['IL-6 is suppressed downstream of STAT3.', ['STAT3 suppresses IL6'], 'unsupported/no-evidence'],
  ['STAT3 is repressed downstream of cytokines.', ['CYTOKINE suppresses STAT3'], 'contradicted'],
  // "downstream of" as a predicate of its own keeps its reading; a place between the verb and it names no agent.
  ['STAT3 is downstream of IL-6.', ['IL6 regulates STAT3'], 'supported'],
  ['STAT3 is activated in cells downstream of IL-6.', [], 'unsupported/no-evidence'],
]);

readingTable('reader w19b42', 'a name with its short form in brackets before its number, tied by a space or nothing, "signal transducer and activator of transcription (STAT) 3" (recognize.ts bracketedInsideName)', [
  ['Signal transducer and activator of transcription (STAT) 3 promotes angiogenesis in cancer.', ['STAT3 promotes ANGIOGENESIS [ctx CANCER]'], 'supported'],
  ['Interleukin (IL) 11 raised MMP-13 in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  ['Matrix metalloproteinase (MMP)9 was raised by IL-11 in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  // Near misses: the sibling STAT and the sibling cytokine written the same way, another cancer.
  ['Signal transducer and activator of transcription (STAT) 1 promotes angiogenesis in cancer.', ['STAT1 promotes ANGIOGENESIS [ctx CANCER]'], 'unsupported/no-evidence'],
  ['Interleukin (IL) 6 raised MMP-13 in OSCC cells.', ['IL6 increases MMP13 [ctx OSCC]'], 'unsupported/no-evidence'],
  ['Interleukin (IL) 11 raised MMP-13 in gastric cancer cells.', ['IL11 increases MMP13 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
  // A family's name, its short form and a member's number: the member (MMP-11), never the family a sibling backs.
  ['Matrix metalloproteinase (MMP)-11 promotes metastasis of OSCC.', ['NCBIGENE_4320 promotes METASTASIS [ctx OSCC]'], 'unsupported/no-evidence'],
  ['Matrix metalloproteinase (MMP) 11 promotes metastasis of OSCC.', ['NCBIGENE_4320 promotes METASTASIS [ctx OSCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader w19b42', 'a loss opening the sentence with its means before the verb, "Blocking X by overexpressing Z did not change Y" (subjects.ts inheritedSubjects)', [
  ['Blocking EMT by overexpressing a microRNA did not change metastasis.', ['EMT no-effect METASTASIS'], 'contradicted'],
  ['Silencing STAT3 by transfecting a short hairpin did not alter invasion of MDA-MB-231 cells.', ['STAT3 no-effect CELL_INVASION [ctx MDA_MB_231]'], 'contradicted'],
  ['Suppressing IL-6 by delivering an antibody had no effect on sorafenib resistance in HCC cells.', ['IL6 no-effect SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
  // Near misses: the sibling STAT, a named cancer a general finding does not cover; a means after the verb keeps its reading.
  ['Blocking STAT1 by overexpressing a microRNA did not change invasion.', ['STAT1 no-effect CELL_INVASION'], 'unsupported/no-evidence'],
  ['Blocking EMT by overexpressing a microRNA did not change metastasis in gastric cancer.', ['EMT no-effect METASTASIS [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  ['IL-11 raised invasion by activating STAT3.', ['IL11 activates STAT3', 'IL11 increases CELL_INVASION via STAT3'], 'supported'],
]);

readingTable('reader w19b42', 'a writer\'s variant of a long name before its short form, "Signal transducers and activator of transcription 3 (STAT3)": the short form stands for the words and keeps the library\'s meaning (abbreviations.ts spellsSymbol, tokens.ts withoutAsides)', [
  ['Signal transducers and activator of transcription 3 (STAT3) promotes angiogenesis in cancer.', ['STAT3 promotes ANGIOGENESIS [ctx CANCER]'], 'supported'],
  ['Signal transducer and activators of transcription-3 (STAT3) inhibits angiogenesis in cancer.', ['STAT3 inhibits ANGIOGENESIS [ctx CANCER]'], 'contradicted'],
  // Near misses: the sibling STAT spelt the same way, and a named cancer a finding on cancer in general does not cover.
  ['Signal transducer and activators of transcription-1 (STAT1) promotes angiogenesis in cancer.', ['STAT1 promotes ANGIOGENESIS [ctx CANCER]'], 'unsupported/no-evidence'],
  ['Signal transducers and activator of transcription 3 (STAT3) promotes angiogenesis in gastric cancer.', ['STAT3 promotes ANGIOGENESIS [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
  // A name after a class noun and a long form the lexicon knows keep their readings.
  ['IL-11 activates a transcription factor (STAT3) in OSCC cells.', ['IL11 activates STAT3 [ctx OSCC]'], 'unsupported/other-context'],
  ['Cancer-associated fibroblasts (CAFs) promote the proliferation of HCC cells.', ['CAF promotes CELL_PROLIFERATION [ctx HCC]'], 'supported'],
]);

suite('reader w19b42: the bracketed short form inside a name', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const mentions = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.entityId}:${m.text}`);

  test('a space or nothing before the number ties it as a hyphen does', () => {
    assert.deepEqual(mentions('The transcription factor signal transducer and activator of transcription (STAT) 3 was raised.'), ['STAT3:signal transducer and activator of transcription (STAT) 3']);
    assert.deepEqual(mentions('Interleukin (IL)11 was found in the serum.'), ['IL11:Interleukin (IL)11']);
  });

  test('a bracketed word that is not the name\'s short form, or no number after it, joins nothing', () => {
    assert.ok(!mentions('Interleukin (HCC) 6 was measured.').some((m) => m.startsWith('IL6')));
    assert.ok(!mentions('Signal transducer and activator of transcription (STAT) proteins bind DNA.').some((m) => m.startsWith('STAT3')));
  });
});

suite('reader w19b42: a review\'s plan, "In this review, we focus (concentrate) on X" (verify/scope.ts aim)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const cases: [string, string][] = [
    ['In this review, we concentrate on the role of STAT3 in HCC.', 'out-of-scope'],
    ['In the following section, we mainly focus on the part IL-6 plays in liver tumour growth.', 'out-of-scope'],
    ['Here, we will concentrate on STAT3 and its partners in thyroid tumours.', 'out-of-scope'],
    // Near misses: the evidence the plan reports is a claim, read and checked as any other.
    ['In this review we concentrate on evidence showing that IL-11 raises MMP-13 in gastric cancer.', 'unsupported/other-context'],
    ['Here we focus on the evidence that IL-6 drives sorafenib resistance.', 'supported'],
    ['Here we focus on the evidence that IL-6 lowers sorafenib resistance.', 'contradicted'],
  ];
  for (const [sentence, verdict] of cases) test(sentence, () => assert.equal(verdictOf(sentence, kb), verdict));
});
