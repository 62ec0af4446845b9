import * as assert from 'assert';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { organPhrasings } from '../../src/core/entities/organPhrasings';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

suite('organPhrasings', () => {
  test('an organ adjective before the disease noun gives the "of" phrases and the noun modifier', () => {
    const out = organPhrasings('pancreatic adenocarcinoma');
    assert.ok(out.includes('adenocarcinoma of the pancreas'));
    assert.ok(out.includes('adenocarcinomas of the pancreas'));
    assert.ok(out.includes('pancreas adenocarcinoma'));
  });
  test('a noun modifier gives the adjective', () => {
    assert.ok(organPhrasings('liver sarcoma').includes('hepatic sarcoma'));
  });
  test('a name that does not begin with an organ word has none', () => {
    assert.deepStrictEqual(organPhrasings('ductal carcinoma'), []);
    assert.deepStrictEqual(organPhrasings('pancreatic'), []);
  });
});

suite('organPhrasings in recognition', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const ids = (text: string) => recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.entityId}:${m.text}`);
  test('"adenocarcinoma of the pancreas" is the one disease "pancreatic adenocarcinoma" names', () => {
    const pancreatic = ids('We studied pancreatic adenocarcinoma.');
    assert.equal(pancreatic.length, 1);
    const id = pancreatic[0].split(':')[0];
    assert.deepStrictEqual(ids('We studied resected adenocarcinomas of the pancreas.'), [`${id}:adenocarcinomas of the pancreas`]);
  });
});
