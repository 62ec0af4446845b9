import * as assert from 'node:assert/strict';
import { bundledService, fixture } from './fixture';
import { defaultSettings } from '../../src/core/settings';

async function complete(text: string, languageId = 'markdown', rank = true) {
  const service = await bundledService();
  const { doc, offset } = fixture(text, languageId);
  const result = service.completion(doc, offset, { ...defaultSettings, completion: { rankByContext: rank } });
  return { result, doc, offset };
}

const latexCommands = ['cite', 'citep', 'citet', 'citealp', 'citeauthor', 'parencite', 'textcite', 'autocite', 'footcite', 'supercite', 'cites', 'Textcite'];

suite('citation completion', () => {
  test('every natbib/biblatex cite command offers the library, starred and with optional arguments', async () => {
    for (const command of latexCommands) {
      for (const form of [`\\${command}{$0}`, `\\${command}*{$0}`, `\\${command}[see][p.~3]{$0}`]) {
        const { result } = await complete(`IL-11 acts in OSCC~${form}.`, 'latex');
        assert.ok(result && result.context.kind === 'citation', form);
        assert.equal(result.citations.length, 5, form);
      }
    }
  });

  test('after a comma the next key completes, and keys already cited are not offered again', async () => {
    const { result } = await complete('IL-11 acts~\\citep{wu2022interleukin, $0}.', 'latex');
    assert.ok(result && result.context.kind === 'citation');
    assert.deepEqual(result.citations.map((c) => c.key).includes('wu2022interleukin'), false);
    assert.equal(result.citations.length, 4);
  });

  test('Pandoc: after [@, ; @, [-@ and a bare @ at a word start', async () => {
    for (const text of ['IL-11 acts [@$0].', 'IL-11 acts [@wu2022interleukin; @$0].', 'IL-11 acts [-@$0].', 'As @$0 showed, IL-11 acts.', 'IL-11 acts [see @li$0].']) {
      const { result } = await complete(text);
      assert.ok(result && result.context.kind === 'citation', text);
    }
  });

  test('no citation completion in an e-mail address, in code, or in a LaTeX comment', async () => {
    for (const [text, language] of [['write to me@ex$0', 'markdown'], ['`x @$0`', 'markdown'], ['% \\cite{$0', 'latex']] as const) {
      const { result } = await complete(text, language);
      assert.ok(!result || result.context.kind !== 'citation', text);
    }
  });

  test('the prefix typed so far is replaced, and the rest of a key is replaced too', async () => {
    const { result, doc } = await complete('IL-11 acts~\\cite{wu20$0xx}.', 'latex');
    assert.ok(result && result.context.kind === 'citation');
    assert.equal(doc.text.slice(result.context.insert.start, result.context.insert.end), 'wu20');
    assert.equal(doc.text.slice(result.context.replace.start, result.context.replace.end), 'wu20xx');
  });

  test('items show "Wu et al. 2022 · J Cell Physiol" and filter on key, authors, title and year', async () => {
    const { result } = await complete('Text [@$0].');
    const wu = result?.citations.find((c) => c.key === 'wu2022interleukin');
    assert.ok(wu);
    assert.equal(wu.detail, 'Wu et al. 2022 · J Cell Physiol');
    for (const word of ['wu2022interleukin', 'Tang', 'Interleukin-11/gp130', '2022']) assert.ok(wu.filterText.includes(word), word);
  });

  test('in a sentence about IL-11 and MMP-13 in OSCC the OSCC paper comes first, in both syntaxes', async () => {
    const markdown = await complete('In OSCC, IL-11 raises MMP-13 expression [@$0].');
    const latex = await complete('In OSCC, IL-11 raises MMP-13 expression~\\cite{$0}.', 'latex');
    assert.equal(markdown.result?.citations[0].key, 'wu2022interleukin');
    assert.equal(latex.result?.citations[0].key, 'wu2022interleukin');
  });

  test('the ranking follows the sentence: sorafenib and IL-6Rα in HCC put the HCC resistance paper first', async () => {
    const { result } = await complete('Sorafenib induced IL-6Rα in HCC cells through ATF3 [@$0].');
    assert.equal(result?.citations[0].key, 'liu2022induction');
    const hypoxia = await complete('Hypoxia raised IL-11 and STAT3 phosphorylation in MDA-MB-231 cells [@$0].');
    assert.equal(hypoxia.result?.citations[0].key, 'lim2014inhibition');
  });

  test('without context ranking, papers sort by year, newest first', async () => {
    const { result } = await complete('In OSCC, IL-11 raises MMP-13 expression [@$0].', 'markdown', false);
    const years = result!.citations.map((c) => Number(/\d{4}/.exec(c.detail)?.[0]));
    assert.deepEqual(years, [...years].sort((a, b) => b - a));
  });
});

suite('entity completion', () => {
  test('outside citations, entity names complete from a prefix', async () => {
    const { result } = await complete('We studied GSK$0');
    assert.ok(result && result.context.kind === 'entity');
    assert.ok(result.entities.some((e) => e.label.startsWith('GSK3')));
  });
});

suite('citation completion while typing', () => {
  test('an unfinished \\cite{ or [@ still ranks by the sentence before it', async () => {
    const latex = await complete('\\section{Results}\nIn OSCC cells, IL-11 raised MMP-13 expression~\\cite{$0\n\nNext paragraph about sorafenib.', 'latex');
    assert.equal(latex.result?.citations[0].key, 'wu2022interleukin');
    const markdown = await complete('Sorafenib induced IL-6Rα in HCC cells through ATF3 [@$0\n\nMore.');
    assert.equal(markdown.result?.citations[0].key, 'liu2022induction');
  });

  test('only the last sentence before the citation counts', async () => {
    const { result } = await complete('Sorafenib induced IL-6Rα in HCC cells. In OSCC, IL-11 raised MMP-13 [@$0].');
    assert.equal(result?.citations[0].key, 'wu2022interleukin');
  });
});
