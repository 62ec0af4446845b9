// Citation checks through whole documents, with the bundled library.
import * as assert from 'node:assert/strict';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKnowledgeBaseDir, readKnowledgeBaseSources } from '../../src/node/knowledgeBaseFiles';
import { bundledKb, onlySentence, sentencesOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

// IL-11 upregulating MMP-13 in OSCC is reported by wu2022interleukin only.
const claim = 'IL-11 upregulated MMP-13 expression in OSCC cells';

suite('citations: Markdown', () => {
  test('a supported claim without a citation is missing one, and the supporting paper is suggested', () => {
    const s = onlySentence(`${claim}.`, kb, 'markdown');
    assert.equal(s.verdict, 'supported');
    assert.equal(s.citationCheck.issue, 'missing');
    assert.deepEqual(s.citationCheck.supportingPapers, ['wu2022interleukin']);
  });

  test('an aim that names a finding asks for no citation: it states nothing to cite', () => {
    const s = onlySentence('The role played by IL-11 in breast cancer metastasis was studied.', kb, 'markdown');
    assert.equal(s.verdict, 'out-of-scope');
    assert.equal(s.citationCheck.issue, null);
  });

  test('citing a library paper that does not report the claim is a mismatch naming the paper that does', () => {
    const s = onlySentence(`${claim} [@lim2014inhibition].`, kb, 'markdown');
    assert.deepEqual(s.citedKeys, ['lim2014inhibition']);
    assert.equal(s.citationCheck.issue, 'mismatch');
    assert.deepEqual(s.citationCheck.supportingPapers, ['wu2022interleukin']);
  });

  test('citing the paper that reports the claim is fine', () => {
    for (const doc of [`${claim} [@wu2022interleukin].`, `${claim} [@lim2014inhibition; @wu2022interleukin].`, `As @wu2022interleukin showed, ${claim}.`]) {
      const s = onlySentence(doc, kb, 'markdown');
      assert.equal(s.verdict, 'supported', doc);
      assert.equal(s.citationCheck.issue, null, doc);
    }
  });

  test('a key that neither the library nor a bibliography defines is undefined', () => {
    const s = onlySentence(`${claim} [@nobody2020].`, kb, 'markdown');
    assert.equal(s.citationCheck.issue, 'undefined');
    assert.deepEqual(s.citationCheck.undefinedKeys, ['nobody2020']);
    // Also in a sentence with no claim at all.
    const plain = onlySentence('The cells were washed twice [@nobody2020].', kb, 'markdown');
    assert.equal(plain.citationCheck.issue, 'undefined');
  });

  test("the writer's own finding needs no citation", () => {
    const s = onlySentence(`Here we show that ${claim}.`, kb, 'markdown');
    assert.equal(s.ownFinding, true);
    assert.equal(s.verdict, 'supported');
    assert.equal(s.citationCheck.issue, null);
  });

  test('an unsupported claim needs no citation check', () => {
    const s = onlySentence('IL-11 decreased MMP-13 expression in OSCC cells.', kb, 'markdown');
    assert.notEqual(s.verdict, 'supported');
    assert.equal(s.citationCheck.issue, null);
  });

  test('each sentence is checked with its own citations', () => {
    const doc = `${claim} [@wu2022interleukin]. Hypoxia increased IL-11 expression in MDA-MB-231 cells.`;
    const issues = sentencesOf(doc, kb, 'markdown').map((s) => [s.citedKeys, s.citationCheck.issue, s.citationCheck.supportingPapers]);
    assert.deepEqual(issues, [
      [['wu2022interleukin'], null, ['wu2022interleukin']],
      [[], 'missing', ['lim2014inhibition']],
    ]);
  });
});

suite('citations: keys from a .bib', () => {
  let withBib: KnowledgeBase;
  suiteSetup(async () => {
    const { sources } = readKnowledgeBaseSources([bundledKnowledgeBaseDir()]);
    const bib = { path: 'refs.bib', text: '@article{smith2020,\n  author = {Smith, John},\n  title = {Something else},\n  journal = {Cell},\n  year = {2020}\n}\n' };
    const built = await buildKnowledgeBase([...sources, bib]);
    assert.deepEqual(built.problems, []);
    withBib = built.kb;
  });

  test('a key defined only in a .bib is not undefined and not a mismatch', () => {
    const s = onlySentence(`${claim} [@smith2020].`, withBib, 'markdown');
    assert.equal(s.verdict, 'supported');
    assert.deepEqual(s.citationCheck.undefinedKeys, []);
    assert.equal(s.citationCheck.issue, null);
  });

  test('without the .bib the same key is undefined', () => {
    assert.equal(onlySentence(`${claim} [@smith2020].`, kb, 'markdown').citationCheck.issue, 'undefined');
  });
});

suite('citations: LaTeX', () => {
  test('a citation after the full stop belongs to the sentence before it', () => {
    const doc = [
      `${claim}.\\cite{wu2022interleukin} Hypoxia increased IL-11 expression in MDA-MB-231 cells.\\cite{lim2014inhibition}`,
      '',
      `${claim}.\\cite{lim2014inhibition} Hypoxia increased IL-11 expression in MDA-MB-231 cells.`,
    ].join('\n');
    const checks = sentencesOf(doc, kb, 'latex').map((s) => `${s.citedKeys.join(',') || '-'} ${s.citationCheck.issue}`);
    assert.deepEqual(checks, [
      'wu2022interleukin null',
      'lim2014inhibition null',
      'lim2014inhibition mismatch',
      '- missing',
    ]);
  });

  test('a citation before the full stop, with \\citep and several keys', () => {
    const s = onlySentence(`${claim} \\citep{lim2014inhibition,wu2022interleukin}.`, kb, 'latex');
    assert.deepEqual(s.citedKeys, ['lim2014inhibition', 'wu2022interleukin']);
    assert.equal(s.citationCheck.issue, null);
  });
});
