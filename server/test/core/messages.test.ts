// What a message looks like in the Problems panel and a CI log: a first line under 100 characters in plain
// words (the claim and its verdict, no ids), then a line of detail with the evidence keys.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detailOf, summaryLimit, summaryOf } from '../../src/core/analysis/explain';
import { bundledService, document } from '../features/fixture';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

suite('messages', () => {
  test('every diagnostic of the example manuscripts has a short plain first line, then its detail', async () => {
    const service = await bundledService();
    let checked = 0;
    for (const [file, languageId] of [['manuscript.md', 'markdown'], ['manuscript.tex', 'latex']]) {
      const doc = document(fs.readFileSync(path.join(examples, file), 'utf8'), languageId);
      for (const diagnostic of service.diagnostics(doc)) {
        const first = summaryOf(diagnostic.message);
        assert.ok(first.length <= summaryLimit + 'own finding (not checked): '.length, `${first.length} characters: ${first}`);
        // No relation ids as words ("signals-through", "associated-with"); hyphenated entity names stay.
        assert.doesNotMatch(first, /signals-through|associated-with|no-effect/, first);
        if (/^(contradicted|unsupported)/.test(diagnostic.code)) {
          assert.match(detailOf(diagnostic.message), /\[[\w-]+/, `the detail names its evidence: ${diagnostic.message}`);
        }
        checked++;
      }
    }
    assert.ok(checked > 10, `${checked} diagnostics checked`);
  });

  test('the verb agrees with a plural subject, not with a singular head before "of"', async () => {
    const service = await bundledService();
    const plural = summaryOf(service.diagnostics(document('Growth factors activate STAT3 in breast cancer cells.\n'))[0].message);
    assert.match(plural, /^growth factors activate STAT3/);
    const singular = summaryOf(service.diagnostics(document('IL-11 activates STAT3 in osteosarcoma cells.\n'))[0].message);
    assert.match(singular, /^IL-11 activates STAT3/);
  });

  test('a long claim is shortened at a word, keeping its verdict', async () => {
    const service = await bundledService();
    const doc = document('In hepatocellular carcinoma cells under hypoxia, interleukin-11 signals through IL-11Rα, gp130, JAK1, STAT3, PI3K, Akt, ERK1/2 and AP-1 to promote epithelial-mesenchymal transition.\n');
    const [diagnostic] = service.diagnostics(doc);
    const first = summaryOf(diagnostic.message);
    assert.ok(first.length <= summaryLimit, `${first.length}: ${first}`);
    assert.match(first, /^IL-11 promotes EMT via IL-11Rα, gp130, .*\w…: unsupported in HCC under hypoxia$/);
  });

  test('the README example: unsupported in OSCC, with what the library reports there', async () => {
    const service = await bundledService();
    const [diagnostic] = service.diagnostics(document('IL-11 signals via STAT1 in OSCC.\n'));
    assert.equal(summaryOf(diagnostic.message), 'IL-11 signals through STAT1: unsupported in OSCC');
    assert.match(detailOf(diagnostic.message), /^The library reports it only in cancer under hypoxia \[lim2014inhibition .*\]; in OSCC the library reports IL-11 acting through IL-11Rα, gp130, PI3K\/Akt and AP-1 \[wu2022interleukin\]\.$/);
    const readme = fs.readFileSync(path.join(examples, '..', 'README.md'), 'utf8');
    assert.ok(readme.includes('IL-11 signals through STAT1: unsupported in OSCC'), 'README shows the first line as it is');
  });
});
