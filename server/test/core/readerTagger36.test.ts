// Issue 7 (h-tag36, stop 36): the shared tagger/chunker layer every reader passes through, corrected where it read a
// relation verb as a noun or lost it to the word after it. Sentences of our own, prose-extraction style (the
// recognizer's names, the real chunker), one construction each in several surface forms, and beside each the
// shapes that must stay as they were (real noun lists, "the release of X", "targets of X", "control cells").
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, chunksOf, readingTable } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

function chunkTable(name: string, cases: readonly [string, string][]): void {
  suite(`tagger 36: ${name}`, () => {
    for (const [sentence, expected] of cases) test(sentence, () => assert.equal(chunksOf(sentence, kb), expected));
  });
}

chunkTable('a plain relation verb after "and"/"or" heads a second predicate', [
  ['The receptors dimerise and activate JAK1 in HCC cells.', '[NP The receptors dimerise] and [VG activate] [NP JAK1] [PP in HCC cells]'],
  ['IL-6 was shown to raise STAT3 levels and promote invasion of HCC cells.', '[NP IL-6] [VG was shown to raise] [NP STAT3 levels] and [VG promote] [NP invasion] [PP of HCC cells]'],
  ['Hypoxia may lower E-cadherin or induce vimentin in breast cancer cells.', '[NP Hypoxia] [VG may lower] [NP E-cadherin] or [VG induce] [NP vimentin] [PP in breast cancer cells]'],
  ['Sorafenib can block proliferation and induce apoptosis of HCC cells.', '[NP Sorafenib] [VG can block] [NP proliferation] and [VG induce] [NP apoptosis] [PP of HCC cells]'],
  // Stays: a mostly-noun form after "and" when no plain verb comes before it; a noun list.
  ['Treated cells and control cells were compared for IL-6 levels.', '[NP Treated cells and control cells] [VG:passive were compared] [PP for IL-6 levels]'],
  ['IL-6, IL-11 and control cells were compared in HCC.', '[NP IL-6] , [NP IL-11] and [NP control cells] [VG:passive were compared] [PP in HCC]'],
]);

chunkTable('a verb of reporting before "that" is a verb, and "that" after a verb opens what was shown', [
  ['Our results show that increased IL-6 promotes tumour growth in HCC.', '[NP Our results] [VG show] that [NP increased IL-6] [VG promotes] [NP tumour growth] [PP in HCC]'],
  ['These data suggest that elevated IL-11 drives invasion of breast cancer cells.', '[NP These data] [VG suggest] that [NP elevated IL-11] [VG drives] [NP invasion] [PP of breast cancer cells]'],
  ['Several reports indicated that reduced E-cadherin accompanies EMT in HCC.', '[NP Several reports] [VG indicated] that [NP reduced E-cadherin] [VG accompanies] [NP EMT] [PP in HCC]'],
  // Stays: a relative "that" after its noun ("studies that examined X").
  ['Studies that examined IL-6 in HCC were small.', '[NP Studies] that [VG examined] [NP IL-6] [PP in HCC] [VG were] [ADJP small]'],
]);

chunkTable('a mostly-noun form after its plural subject or a name, before an article or a noun phrase', [
  ['Stromal fibroblasts release IL-6 in HCC.', '[NP Stromal fibroblasts] [VG release] [NP IL-6] [PP in HCC]'],
  ['Cancer-associated fibroblasts control the growth of HCC cells.', '[NP Cancer-associated fibroblasts] [VG control] [NP the growth] [PP of HCC cells]'],
  ['IL-6 and IL-11 impact the invasion of breast cancer cells.', '[NP IL-6] and [NP IL-11] [VG impact] [NP the invasion] [PP of breast cancer cells]'],
  ['Hypoxic breast cancer cells change their expression of E-cadherin.', '[NP Hypoxic breast cancer cells] [VG change] [NP their expression] [PP of E-cadherin]'],
  // Stays: the nouns ("the release of", "target genes", "targets of", "IL-6 release", "the impact of").
  ['The release of IL-6 by CAFs was measured in HCC.', '[NP The release] [PP of IL-6] [PP by CAFs] [VG:passive was measured] [PP in HCC]'],
  ['STAT3 target genes were expressed in HCC cells.', '[NP STAT3 target genes] [VG:passive were expressed] [PP in HCC cells]'],
  ['Targets of STAT3 include MMP-9 in HCC cells.', '[NP Targets] [PP of STAT3] [VG include] [NP MMP-9] [PP in HCC cells]'],
  ['IL-6 release increased in HCC cells after hypoxia.', '[NP IL-6 release] [VG increased] [PP in HCC cells] [PP after hypoxia]'],
  ['The impact of IL-6 on HCC growth is unclear.', '[NP The impact] [PP of IL-6] [PP on HCC growth] [VG is] [ADJP unclear]'],
]);

chunkTable('a plain form after a subject joined by "and", after "help", and an -s form after "which" and adverbs', [
  ['IL-11 and its receptor correlate with invasion of breast cancer cells.', '[NP IL-11] and [NP its receptor] [VG correlate] [PP with invasion] [PP of breast cancer cells]'],
  ['Hypoxia and the cytokine induce EMT in breast cancer cells.', '[NP Hypoxia] and [NP the cytokine] [VG induce] [NP EMT] [PP in breast cancer cells]'],
  ['CAFs help drive tumour growth in HCC.', '[NP CAFs] [VG help drive] [NP tumour growth] [PP in HCC]'],
  ['IL-6 helps sustain STAT3 activation in HCC cells.', '[NP IL-6] [VG helps sustain] [NP STAT3 activation] [PP in HCC cells]'],
  ['HCC cells secrete IL-6, which in turn drives tumour growth.', '[NP HCC cells] [VG secrete] [NP IL-6] , which in turn [VG drives] [NP tumour growth]'],
  ['Tumour cells release IL-6, which subsequently activates STAT3 in HCC.', '[NP Tumour cells] [VG release] [NP IL-6] , which subsequently [VG activates] [NP STAT3] [PP in HCC]'],
]);

chunkTable('a noun of signalling in -ing is a noun after a name or a relation verb, not the verb group\'s head', [
  ['IL-6 triggers trans-signaling in HCC cells.', '[NP IL-6] [VG triggers] [NP trans-signaling] [PP in HCC cells]'],
  ['IL-6 trans-signaling promotes tumour growth in HCC.', '[NP IL-6 trans-signaling] [VG promotes] [NP tumour growth] [PP in HCC]'],
  ['Sorafenib blocks signaling through STAT3 in HCC cells.', '[NP Sorafenib] [VG blocks] [NP signaling] [PP through STAT3] [PP in HCC cells]'],
  ['IL-11 activates signalling pathways in breast cancer cells.', '[NP IL-11] [VG activates] [NP signalling pathways] [PP in breast cancer cells]'],
]);

readingTable('reader tagger 36', 'a mostly-noun form read as the verb after its subject or a modal ("impact": a direction left open)', [
  ['IL-6 and IL-11 impact the invasion of breast cancer cells.', ['IL11 regulates CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['IL-11 could impact the growth of gastric cancer cells.', ['IL11 regulates CELL_GROWTH [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);

// The bare "control" stays unread even where the chunker makes it the verb group's head: as a relation there it
// turned a held-out sentence into a false SUPPORTED at the merge (stop 36). Its chunks are still right (above).
readingTable('reader tagger 36', 'the bare "control" is no relation, even as a verb', [
  ['Cancer-associated fibroblasts control the growth of HCC cells.', [], 'unsupported/no-evidence'],
  ['STAT3 might control the migration of breast cancer cells.', [], 'unsupported/no-evidence'],
]);

readingTable('reader tagger 36', 'verbs of cause the lexicon lacked: spur, govern, encourage', [
  ['Hypoxia spurs EMT in breast cancer cells.', ['HYPOXIA promotes EMT [ctx BREAST_CANCER]'], 'supported'],
  ['IL-6 spurred STAT3 activation in HCC cells.', ['IL6 promotes STAT3 [ctx HCC]'], 'supported'],
  ['Secreted IL-11 is spurring invasion of breast cancer cells.', ['IL11 promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['IL-11 governs the migration of breast cancer cells.', ['IL11 regulates CELL_MIGRATION [ctx BREAST_CANCER]'], 'supported'],
  ['STAT3 governed MMP-9 expression in HCC cells.', ['STAT3 regulates MMP9 [ctx HCC]'], 'unsupported/other-context'],
  ['Hypoxia encourages invasion of breast cancer cells.', ['HYPOXIA promotes CELL_INVASION [ctx BREAST_CANCER]'], 'supported'],
  ['IL-6 encouraged tumour growth in HCC.', ['IL6 promotes TUMOR_GROWTH [ctx HCC]'], 'supported'],
]);

readingTable('reader tagger 36', 'a name\'s trans-signalling is its own signalling', [
  ['Soluble receptor complexes enable IL-6 trans-signalling, which drives HCC growth.', ['IL6 promotes CELL_GROWTH [ctx HCC]'], 'supported'],
  ['In HCC, IL-6 trans-signaling promotes tumour growth.', ['IL6 promotes TUMOR_GROWTH [ctx HCC]'], 'supported'],
]);

readingTable('reader tagger 36', 'nouns that stay nouns read nothing new', [
  ['The impact of IL-6 on HCC growth is unclear.', [], 'out-of-scope'],
  ['STAT3 target genes were expressed in HCC cells.', [], 'unsupported/no-evidence'],
  ['IL-6, IL-11 and control cells were compared in HCC.', [], 'unsupported/no-evidence'],
]);
