import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { bundledKb } from './helpers';

// Issue 7, stop 50 (h-basis50): a cell line whose short name the lexicon reads only before "cells" (PC3, SAS: a
// gene's alias or a word too) is also read where the cancer it was taken from stands between the name and "cells".
// Our own sentences, one construction each.
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const ids = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.text}=${m.entityId}`);

suite('a cell line named before its cancer and "cells" (stop 50)', () => {
  test('"PC3 prostate cancer cells", "SAS oral squamous cell carcinoma cells", "PC3 human prostate cancer cell line": the line', () => {
    assert.ok(ids('We cultured PC3 prostate cancer cells in serum-free medium.').includes('PC3=CELL_PC_3'));
    assert.ok(ids('SAS oral squamous cell carcinoma cells were used.').includes('SAS=CELL_SAS'));
    assert.ok(ids('The PC3 human prostate cancer cell line grew.').includes('PC3=CELL_PC_3'));
  });
  test('the line is the claim\'s context, so a finding made elsewhere is another context', () => {
    const [s] = analyzeDocument('markdown', 'In PC3 prostate cancer cells, silencing of AKT1 slowed cell migration.', kb).sentences;
    assert.ok(s.claims.some(({ claim }) => claim.context.some((m) => m.entityId === 'CELL_PC_3')), JSON.stringify(s.claims.map(({ claim }) => claim.context.map((m) => m.entityId))));
    assert.equal(`${s.verdict}/${s.basis}`, 'unsupported/other-context');
  });
  test('near misses: a function word before the cancer, or no "cells" after it, leaves the short name unread', () => {
    assert.ok(!ids('PC3 in prostate cancer cells was measured.').includes('PC3=CELL_PC_3'));
    assert.ok(!ids('PC3 and prostate cancer risk were studied.').includes('PC3=CELL_PC_3'));
    assert.ok(!ids('SAS prostate cancer incidence rose.').includes('SAS=CELL_SAS'));
  });
});
