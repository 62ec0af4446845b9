import * as assert from 'assert';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { cancerWording, organPhrasings, qualifiedTumourWordings, tumourWordings } from '../../src/core/entities/organPhrasings';
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
  test('the organ noun before the disease noun gives the adjectives: "esophagus squamous cell carcinoma"', () => {
    assert.ok(organPhrasings('esophagus squamous cell carcinoma').includes('oesophageal squamous cell carcinoma'));
  });
  test('a carcinoma of two words or more is also written as a cancer; a lone "carcinoma" is not', () => {
    assert.equal(cancerWording('follicular thyroid carcinoma'), 'follicular thyroid cancer');
    assert.equal(cancerWording('renal cell carcinomas'), 'renal cell cancer');
    assert.equal(cancerWording('carcinoma'), undefined);
    assert.equal(cancerWording('breast cancer'), undefined);
  });
  test('an organ\'s cancer is also its tumours, with each organ word and in "of" phrases; other names give none', () => {
    const out = tumourWordings('stomach cancer');
    assert.ok(out.includes('gastric tumours'));
    assert.ok(out.includes('stomach tumor'));
    assert.ok(out.includes('tumors of the stomach'));
    assert.deepStrictEqual(tumourWordings('breast carcinoma'), []);
    assert.deepStrictEqual(tumourWordings('skin cancer'), []);
    assert.deepStrictEqual(tumourWordings('hepatic cancer stem'), []);
  });
  test('a qualified cancer is also written with the tumour nouns and its organ after "of"; an organ\'s own cancer and a site noun alone give none', () => {
    assert.ok(qualifiedTumourWordings('hepatocellular carcinoma').includes('hepatocellular tumours'));
    assert.ok(qualifiedTumourWordings('anaplastic thyroid carcinoma').includes('anaplastic thyroid neoplasm'));
    assert.ok(qualifiedTumourWordings('anaplastic thyroid carcinoma').includes('anaplastic carcinoma of the thyroid'));
    assert.ok(qualifiedTumourWordings('tongue squamous cell carcinoma').includes('squamous cell carcinoma of the tongue'));
    assert.deepStrictEqual(qualifiedTumourWordings('stomach cancer'), []);
    assert.deepStrictEqual(qualifiedTumourWordings('tongue cancer'), []);
    assert.deepStrictEqual(qualifiedTumourWordings('carcinoma'), []);
    assert.deepStrictEqual(qualifiedTumourWordings('carcinoma of the pancreas'), []);
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

  const first = (text: string) => ids(text)[0]?.split(':')[0];
  test('ESCC and the oesophageal wordings name oesophageal squamous cell carcinoma, never a thyroid cancer', () => {
    const escc = first('We studied esophagus squamous cell carcinoma.');
    assert.ok(escc);
    assert.equal(first('High levels in ESCC samples.'), escc);
    assert.equal(first('Cells of oesophageal squamous cell carcinoma migrate.'), escc);
    assert.notEqual(first('High levels in ESCC samples.'), first('Cells of anaplastic thyroid carcinoma migrate.'));
  });
  test('"follicular thyroid cancer" and FTC name the follicular carcinoma, not thyroid cancer in general', () => {
    const ftc = first('Cells of follicular thyroid carcinoma migrate.');
    assert.equal(first('Cells of follicular thyroid cancer migrate.'), ftc);
    assert.equal(first('FTC cells migrate.'), ftc);
    assert.notEqual(first('Cells of thyroid cancer migrate.'), ftc);
  });
  test('"gastric tumours" and "tumours of the stomach" name stomach cancer, "hepatic tumor cells" liver cancer, not cancer in general', () => {
    const stomach = first('Cells of stomach cancer migrate.');
    assert.ok(stomach);
    assert.equal(first('Mice developed gastric tumours within weeks.'), stomach);
    assert.equal(first('Mice developed tumors of the stomach within weeks.'), stomach);
    const liver = first('Cells of liver cancer migrate.');
    assert.notEqual(liver, stomach);
    assert.equal(first('Hepatic tumor cells migrate.'), liver);
    assert.notEqual(first('Tumour cells migrate.'), liver);
  });
  test('a cancer wording the ontology already gives a disease keeps its owner: "squamous cell cancer" is "epidermoid carcinoma"', () => {
    assert.equal(first('Cells of squamous cell cancer migrate.'), first('Cells of epidermoid carcinoma migrate.'));
  });
});
