// "X plays a part in Y" as "X plays a role in Y" (claims/vocabulary.ts verb phrases, frames.ts plays-role-in; issue 7,
// stop 44, h-actor44b): after a subject that a relative clause follows ("fibroblasts, which are called CAFs, play an
// important part in Y") only the role was read. Sentences written for this test: three wordings that read the subject
// promoting Y, and near readings (a denied part, a part turned round by its adjective) that must not read it.
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain, reads } = bundledPlainReadings();

suite('a part in Y after a relative clause on the subject', () => {
  reads([
    ['These fibroblasts, which are called CAFs, play an important part in tumour progression.', 'CAF promotes TUMOR_PROGRESSION'],
    ['STAT3, which is activated by IL-6, plays a key part in metastasis.', 'STAT3 promotes METASTASIS'],
    ['Stromal cells which in invasive tumours are called CAFs, play a crucial part in tumour progression.', 'CAF promotes TUMOR_PROGRESSION'],
  ]);
  test('a denied part and a part turned round by its adjective read no promotion', () => {
    const denied = plain('IL-11, which is made by tumour cells, plays no part in tumour growth.');
    assert.deepEqual(denied, ['NOT IL11 promotes TUMOR_GROWTH']);
    const turned = plain('Hypoxia, which tumour cores often show, plays a protective part in EMT.');
    assert.deepEqual(turned, ['HYPOXIA decreases EMT']);
    // (The cue reading alone took the relative clause's CAFs for the agent and read CAFs raising apoptosis.)
    const inhibitory = plain('IL-6, which CAFs release, plays an inhibitory part in apoptosis.');
    assert.deepEqual(inhibitory, ['IL6 inhibits APOPTOSIS']);
  });
});
