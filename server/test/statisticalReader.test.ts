// The statistical back-off reader (server/src/core/claims/statistical.ts): its weights are reproducible from the
// training script, it reads constructions no rule reads when switched on, says so in its messages, and does not
// read sentences that name a linked pair without asserting a relation as supported. Sentences here are our own.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { explainClaim } from '../src/core/analysis/explain';
import { statisticalReading, type StatModel } from '../src/core/claims/statistical';
import { modelPath, serialize, train, trainingFiles } from '../../scripts/stat/trainStatReader';

suite('statistical back-off reader', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(120000);
    kb = (await loadKnowledgeBase({ extra: [] })).kb;
  });
  teardown(() => {
    statisticalReading.enabled = undefined;
  });

  const sentence = (text: string) => analyzeDocument('markdown', text, kb).sentences[0];

  test('the shipped weights are what the training script makes from the corpus (re-trained here)', function () {
    this.timeout(600000);
    const shipped = fs.readFileSync(modelPath, 'utf8');
    assert.equal(serialize(train(kb)), shipped, 'run `npx tsx scripts/stat/trainStatReader.ts` and commit data/statReader/model.json');
  });

  test('trains on no held-out file: never wave 12, half B only where halves are held out', () => {
    assert.ok(trainingFiles.every((f) => !/fresh12/.test(f.file)));
    for (const f of trainingFiles) if (/^fresh(?:-|2|4|6|7|8|9|10|11)/.test(f.file)) assert.ok(f.halfB, f.file);
    const model = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as StatModel;
    // Off by default unless cross-validation met the bar; the measurements are in the file.
    const chosen = model.measured.chosen as { enabled: boolean; bar: number };
    assert.equal(model.enabled, chosen.enabled);
  });

  // Constructions the rules read nothing in, each read by the model when it is on: a result clause with "left
  // them with more", a change named as a noun that "accompanied" an exposure, a loss named by "far less".
  const readByModel: [string, string][] = [
    ['Exposure of OSCC cells to IL-11 left them with far more MMP-13 than untreated controls.', 'supported'],
    ['A striking climb in MMP-13 accompanied IL-11 exposure of OSCC cells.', 'supported'],
    ['Exposure of HCC cells to NT157 left them with far less IGF-1R than untreated controls.', 'supported'],
  ];
  for (const [text, verdict] of readByModel) {
    test(`reads what no rule reads, when on: ${text}`, () => {
      statisticalReading.enabled = false;
      assert.equal(sentence(text).claims.length, 0, 'a rule now reads it: pick another construction');
      statisticalReading.enabled = true;
      const s = sentence(text);
      assert.equal(s.verdict, verdict);
      const claim = s.claims[0];
      assert.ok(claim.claim.readBy && claim.claim.readBy.reader === 'statistical');
      assert.match(explainClaim(claim.claim, claim.verification, kb), /Read by the statistical reader \(a trained model, not the rules\), confidence 0\.\d\d\./);
    });
  }

  test('off, it reads nothing and costs nothing', () => {
    statisticalReading.enabled = false;
    const before = statisticalReading.sentences;
    sentence(readByModel[0][0]);
    assert.equal(statisticalReading.sentences, before);
  });

  // Our own near misses (nearmiss.jsonl nm-st*): a linked pair named, no relation asserted.
  const nearMisses = fs.readFileSync(path.join(__dirname, 'corpus', 'nearmiss.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"statistical-reader"')).map((l) => JSON.parse(l) as { id: string; text: string });
  test('near misses naming a linked pair are not read as supported, model on', () => {
    assert.ok(nearMisses.length >= 2);
    statisticalReading.enabled = true;
    for (const row of nearMisses) assert.notEqual(sentence(row.text).verdict, 'supported', row.id);
  });
});
