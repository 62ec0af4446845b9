// Issue 7 (stop 50, h-main50): the named examples of an outcome are part of the claim. "X drives metastasis,
// including EMT and invasion": the library silent on X and metastasis in the sentence's context, but reporting X on
// EMT or invasion elsewhere, reports part of the claim in other contexts (other-context), as it does for a plain list
// of the same outcomes (analyzeBlock.ts outcomeExamples). Sentences of our own, one construction each, with the
// bundled library's verdict.
import { readingTable, type ReadingCase } from './helpers';

const table = (name: string, cases: ReadingCase[]): void => readingTable('outcome examples', name, cases);

table('examples after "including", "such as", "e.g.", "notably" reported elsewhere leave the claim other-context', [
  ['In HCC, HIF-1α drives metastasis, including EMT and invasion.', ['HIF1A promotes CELL_INVASION [ctx HCC]', 'HIF1A promotes EMT [ctx HCC]', 'HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/other-context'],
  ['In HCC, HIF-1α governs every step of metastasis (such as EMT, invasion and intravasation).', ['HIF1A regulates CELL_INVASION [ctx HCC]', 'HIF1A regulates EMT [ctx HCC]', 'HIF1A regulates METASTASIS [ctx HCC]'], 'unsupported/other-context'],
  ['In liver cancer, HIF-1α promotes metastasis, e.g. EMT and cell invasion.', ['HIF1A promotes CELL_INVASION [ctx LIVER_CANCER]', 'HIF1A promotes EMT [ctx LIVER_CANCER]', 'HIF1A promotes METASTASIS [ctx LIVER_CANCER]'], 'unsupported/other-context'],
  ['In HCC, HIF-1α drives metastasis, notably EMT.', ['HIF1A promotes EMT [ctx HCC]', 'HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/other-context'],
  // A silent example beside one reported elsewhere: the list rules' side remark, as in a plain list.
  ['In HCC, HIF-1α drives metastasis, including angiogenesis and EMT.', ['HIF1A promotes ANGIOGENESIS [ctx HCC]', 'HIF1A promotes EMT [ctx HCC]', 'HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/other-context'],
  // The plain list says the same (unchanged).
  ['In HCC, HIF-1α drives metastasis and EMT.', ['HIF1A promotes EMT [ctx HCC]', 'HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/other-context'],
]);

table('near misses: no examples of the outcome, or none reported', [
  // A relative clause on the outcome names no examples.
  ['In HCC, HIF-1α drives metastasis, which involves EMT and invasion.', ['HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/no-evidence'],
  // Molecules after "including" are genes of the process, not steps of it.
  ['In HCC, HIF-1α drives metastasis-linked genes, including MMP-2 and MMP-9.', ['HIF1A promotes METASTASIS [ctx HCC]', 'HIF1A promotes MMP2 [ctx HCC]', 'HIF1A promotes MMP9 [ctx HCC]'], 'unsupported/no-evidence'],
  // "including in" opens a setting, not an example.
  ['In HCC, HIF-1α drives metastasis, including in EMT-prone cells.', ['HIF1A promotes EMT [ctx HCC]', 'HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/no-evidence'],
  // Examples the library is silent on, and a subject it has no findings on.
  ['In HCC, HIF-1α drives metastasis, including angiogenesis.', ['HIF1A promotes ANGIOGENESIS [ctx HCC]', 'HIF1A promotes METASTASIS [ctx HCC]'], 'unsupported/no-evidence'],
  ['In HCC, STAT1 drives metastasis, including EMT and invasion.', ['STAT1 promotes CELL_INVASION [ctx HCC]', 'STAT1 promotes EMT [ctx HCC]', 'STAT1 promotes METASTASIS [ctx HCC]'], 'unsupported/no-evidence'],
  // A backed outcome keeps its verdict: examples never make or unmake a supported claim.
  ['In MDA-MB-231 cells, IL-11 drives metastatic spread, including invasion and EMT.', ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]', 'IL11 promotes EMT [ctx MDA_MB_231]', 'IL11 promotes METASTASIS [ctx MDA_MB_231]'], 'supported'],
]);
