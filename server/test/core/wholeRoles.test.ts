// readSentence works out the roles over the whole sentence only when a clause needs the sentence's places or the
// sentence may hold a hyphenated modifier (extract.ts mayHaveModifiers; issue 10, stop 38). The gate must never turn
// away a sentence whose whole roles hold a modifier: checked on the team corpora and on generated sentences.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayHaveModifiers } from '../../src/core/claims/extract';
import { assignRoles } from '../../src/core/claims/roles';
import { tokenize } from '../../src/core/claims/tokens';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, teamCorpusRows } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

/** Whether the gate lets the sentence through, and whether its whole roles hold a modifier. */
function gateAndModifiers(text: string): { gate: boolean; modifiers: number } {
  const tokens = tokenize(text, 0, text.length, recognizeEntities(text, lexiconOf(kb), new Map()));
  return { gate: mayHaveModifiers(tokens), modifiers: assignRoles(tokens, 0, tokens.length, kb, 'left').modifiers.length };
}

suite('reader: the whole sentence\'s roles are skipped only where they hold no modifier', () => {
  test('modifiers of our own are let through', () => {
    for (const text of ['IL-11-induced STAT3 phosphorylation was observed in MDA-MB-231 cells.', 'Hypoxia- and IL-6-driven invasion rose.', 'Hypoxia and IL-6-driven invasion rose.', 'We saw STAT3-mediated MMP-9 expression.']) {
      const { gate, modifiers } = gateAndModifiers(text);
      assert.ok(modifiers > 0, `${text}: a modifier`);
      assert.ok(gate, text);
    }
  });

  test('on 5,000 generated sentences a modifier is never turned away', function () {
    this.timeout(240000);
    const names = ['IL-6', 'IL-11', 'STAT3', 'hypoxia', 'TGF-β1', 'sorafenib', 'NF-κB', 'MMP-9', 'E-cadherin', 'invasion', 'apoptosis'];
    const joins = ['-induced', '-driven', '-mediated', '-dependent', '-independent', '-treated', '-stimulated', '-associated', '‐induced', '-Induced', ' induced', '-activated', '-derived', '-producing', '-'];
    const words = ['and', 'or', 'the', 'in', 'of', 'cells', 'expression', 'was', 'raised', 'lowered', 'signalling', 'activation', ',', 'by', 'not', 'but', 'rise in'];
    const piece = fc.oneof(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...joins)).map(([n, j]) => n + j), fc.constantFrom(...names), fc.constantFrom(...words));
    let withModifier = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 10 }), (parts) => {
        const text = `${parts.join(' ')}.`;
        const { gate, modifiers } = gateAndModifiers(text);
        if (modifiers > 0) withModifier++;
        assert.ok(gate || modifiers === 0, text);
      }),
      { seed: 38, numRuns: 5000 },
    );
    assert.ok(withModifier > 300, `${withModifier} sentences with a modifier`);
  });

  test('the team corpora: no sentence the gate turns away holds a modifier', function () {
    this.timeout(240000);
    const rows = teamCorpusRows();
    for (const { file, id, text } of rows) {
      const { gate, modifiers } = gateAndModifiers(text);
      assert.ok(gate || modifiers === 0, `${file} ${id}`);
    }
    assert.ok(rows.length > 1000, `${rows.length} rows`);
  });
});
