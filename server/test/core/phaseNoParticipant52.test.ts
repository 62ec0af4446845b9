// A process named as a phase of time (roles.ts timePrepositions, stop 52, h-misread52): "Throughout tumour progression,
// X raises Y" says when X raises Y; the phase was read as a second subject ("TUMOR_PROGRESSION promotes Y").
// A process after "during" or "throughout", or after an opening "In" closed by a comma, before the verb takes no part
// in the claim when another name does; a condition there stays the claim's context.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a process named as a phase of time is no participant', () => {
  test('a fronted phase is no subject', () => {
    for (const [text, claims] of [
      ['Throughout tumour progression, STAT3 activation promotes angiogenesis.', ['STAT3 promotes ANGIOGENESIS']],
      ['During tumour progression, IL-6 promotes angiogenesis.', ['IL6 promotes ANGIOGENESIS']],
      ['Throughout metastasis, IL-6 promotes invasion.', ['IL6 promotes CELL_INVASION']],
      ['During EMT, STAT3 raises Snail expression.', ['STAT3 increases NCBIGENE_6615']],
      ['Throughout tumour progression, HIF activation stimulates angiogenesis and promotes invasion.', ['HIF_FAMILY activates ANGIOGENESIS', 'HIF_FAMILY promotes CELL_INVASION']],
      ['In tumour progression, IL-6 promotes angiogenesis.', ['IL6 promotes ANGIOGENESIS']],
      ['During the progression of HCC, IL-6 promotes angiogenesis.', ['IL6 promotes ANGIOGENESIS [ctx HCC]']],
    ] as const) assert.deepEqual(claimsOf(text, kb), [...claims].sort(), text);
  });

  test('after the verb a phase stays as read (an association "during cancer progression" is what the writer means)', () => {
    assert.ok(claimsOf('EMT is linked with malignant traits of tumour cells during cancer progression.', kb).some((c) => c.startsWith('EMT associated-with(positive) TUMOR_PROGRESSION')));
  });

  test('controls: a condition after "during" is the context; a process that is the subject, or the object after "in", stays', () => {
    assert.deepEqual(claimsOf('During hypoxia, HIF-1α induces IL-11 expression.', kb), ['HIF1A induces IL11 [ctx HYPOXIA]']);
    assert.deepEqual(claimsOf('Throughout tumour progression, hypoxia induces IL-11.', kb), ['HYPOXIA induces IL11']);
    assert.deepEqual(claimsOf('Tumour progression promotes angiogenesis.', kb), ['TUMOR_PROGRESSION promotes ANGIOGENESIS']);
    assert.ok(claimsOf('IL-6 plays a key role in tumour progression.', kb).includes('IL6 promotes TUMOR_PROGRESSION'));
    assert.deepEqual(claimsOf('In HCC, IL-6 promotes angiogenesis.', kb), ['IL6 promotes ANGIOGENESIS [ctx HCC]']);
  });

  test('controls: a fronted phase with no other name before the verb is still what the writer credits', () => {
    // realProse.test.ts has "During EMT, tumour cells gain raised resistance to stress and apoptosis." read so.
    assert.ok(claimsOf('Throughout EMT, tumour cells gain raised resistance to apoptosis.', kb).some((c) => c.startsWith('EMT decreases APOPTOSIS')), claimsOf('Throughout EMT, tumour cells gain raised resistance to apoptosis.', kb).join('; '));
  });
});
