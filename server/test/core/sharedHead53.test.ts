// Describing words coordinated before one head noun share it (entities/sharedHead.ts). Stop 53: "X takes part in
// inflammatory and immune responses" read no claim, since only "immune responses" met the head and named nothing,
// while the reversed order, "immune and inflammatory responses", was read and backed. Our own sentences.
import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const ids = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.text}=${m.entityId}`);
const claimsOf = (text: string): string => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim)).join('; ');

suite('a describing word before "and" shares the head noun of the next', () => {
  test('the first word with the shared head names the process', () => {
    assert.deepEqual(ids('IL-6 takes part in inflammatory and immune responses.'), ['IL-6=IL6', 'inflammatory=INFLAMMATION']);
    assert.deepEqual(ids('IL-6 takes part in inflammatory, antiviral and immune reactions.'), ['IL-6=IL6', 'inflammatory=INFLAMMATION']);
  });

  test('a role in both processes is backed by the finding on the first', () => {
    for (const text of [
      'IL-6 plays a key role in inflammatory and immune responses.',
      'IL-6 takes part in inflammatory and antiviral reactions.',
      'IL-6 is involved in inflammatory or immune responses.',
      'IL-6 takes part in inflammatory, antiviral and immune reactions.',
    ]) assert.equal(onlySentence(text, kb).verdict, 'supported', `${text}: ${claimsOf(text)}`);
  });

  test('the reversed direction and a denial are contradicted', () => {
    assert.equal(onlySentence('IL-6 dampens inflammatory and immune responses.', kb).verdict, 'contradicted');
    assert.equal(onlySentence('IL-6 plays no role in inflammatory and immune responses.', kb).verdict, 'contradicted');
  });

  test('near misses: the sibling cytokine, the process as the cause, a word joined to a prefix', () => {
    for (const text of [
      'IL-11 plays a key role in inflammatory and immune responses.',
      'Inflammatory and immune responses raise IL-6 levels.',
      'IL-6 plays a key role in anti-inflammatory and immune responses.',
    ]) assert.notEqual(onlySentence(text, kb).verdict, 'supported', `${text}: ${claimsOf(text)}`);
    assert.deepEqual(ids('IL-6 plays a key role in anti-inflammatory and immune responses.'), ['IL-6=IL6']);
  });

  test('control: a disease head is not shared (a site before "and" may be a setting)', () => {
    assert.deepEqual(ids('IL-6 promotes breast and lung cancer.'), ['IL-6=IL6', 'lung cancer=LUNG_CANCER']);
    assert.deepEqual(ids('IL-6 promotes gastric and colorectal cancer.'), ['IL-6=IL6', 'colorectal cancer=COLORECTAL_CANCER']);
  });
});

suite('a shared head is read only where the phrase after "and" names nothing and ends at the head', () => {
  test('a second word that makes a name with the head keeps the list as it was read', () => {
    assert.deepEqual(ids('The stroma drives inflammatory and hypoxic responses.').filter((m) => m.startsWith('inflammatory')), []);
  });
  test('a longer head ("response processes") is not the head the first word was named with', () => {
    assert.deepEqual(ids('IL-6 joins in many inflammatory and immune response processes.'), ['IL-6=IL6']);
  });
});
