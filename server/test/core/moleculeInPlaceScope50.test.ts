import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictAndTriples } from './helpers';

// Issue 7, stop 50 (h-basis50): "X was overexpressed in <cancer>" is read as the cancer associated with X, and the
// library's own finding that a cancer carries a molecule (OSCC with IL-11) kept every molecule found in that cancer
// in scope. The cancer is where X was found: the claim is in scope only when the library can speak to X
// (verify.ts moleculeInPlaceBeyondLibrary). Our own sentences, one construction each.
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const read = (text: string) => verdictAndTriples(text, kb);

suite('a molecule found in a cancer (stop 50)', () => {
  test('a molecule the library never studies, found in a cancer the library studies: out of scope', () => {
    const { verdict, claims } = read('CD44 was markedly overexpressed in OSCC.');
    assert.ok(claims.includes('OSCC associated-with NCBIGENE_960'), JSON.stringify(claims));
    assert.equal(verdict, 'out-of-scope');
  });
  test('near misses: a molecule the library studies, a numbered sibling of one, and the finding itself stay in scope', () => {
    assert.equal(read('IL-6 was markedly overexpressed in OSCC.').verdict, 'unsupported');
    assert.equal(read('MMP-11 was markedly overexpressed in OSCC.').verdict, 'unsupported');
    assert.equal(read('IL-11 was markedly overexpressed in OSCC.').verdict, 'supported');
  });
});
