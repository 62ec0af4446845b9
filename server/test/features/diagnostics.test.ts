import * as assert from 'node:assert/strict';
import { bundledService, document } from './fixture';
import { defaultSettings, type Settings } from '../../src/core/settings';

async function diagnose(text: string, languageId = 'markdown', settings: Settings = defaultSettings) {
  const service = await bundledService();
  const doc = document(text, languageId);
  return service.diagnostics(doc, settings).map((d) => ({ ...d, covered: doc.text.slice(d.span.start, d.span.end) }));
}

suite('diagnostics', () => {
  test('"IL-11 signals via STAT1 in OSCC" is unsupported in OSCC and names the OSCC evidence', async () => {
    const [diagnostic] = await diagnose('# Results\n\nIL-11 signals via STAT1 in OSCC.\n');
    assert.equal(diagnostic.code, 'unsupported-other-context');
    assert.equal(diagnostic.severity, 'warning');
    // The claim's own words, not the whole sentence.
    assert.equal(diagnostic.covered, 'IL-11 signals via STAT1 in OSCC');
    assert.match(diagnostic.message, /unsupported in OSCC/);
    assert.match(diagnostic.message, /in OSCC the library reports IL-11 acting through .*PI3K\/Akt.*AP-1 \[wu2022interleukin\]/);
    assert.ok(diagnostic.related.some((r) => r.fact.evidence.paper === 'lim2014inhibition'), 'the STAT1 background fact is related information');
  });

  test('a contradicted claim is a warning by default and an error when configured', async () => {
    const text = 'IL-11 suppresses MMP-13 expression in OSCC [@wu2022interleukin].';
    const [warning] = await diagnose(text);
    assert.equal(warning.code, 'contradicted');
    assert.equal(warning.severity, 'warning');
    assert.match(warning.message, /the library reports IL-11 upregulates MMP-13/);
    const [error] = await diagnose(text, 'markdown', { ...defaultSettings, severity: { ...defaultSettings.severity, contradicted: 'error' } });
    assert.equal(error.severity, 'error');
  });

  test('citation problems: missing is information, mismatch a warning on the citation, an undefined key an error on the key', async () => {
    const text = 'IL-11 upregulates MMP-13 in OSCC. IL-11 upregulates MMP-13 in OSCC [@liu2022induction]. IL-11 upregulates MMP-13 in OSCC [@smith2019].';
    const found = await diagnose(text);
    const byCode = Object.fromEntries(found.map((d) => [d.code, d]));
    assert.equal(byCode['missing-citation'].severity, 'information');
    assert.match(byCode['missing-citation'].message, /cite wu2022interleukin/);
    assert.equal(byCode['citation-mismatch'].severity, 'warning');
    assert.equal(byCode['citation-mismatch'].covered, '[@liu2022induction]');
    assert.match(byCode['citation-mismatch'].message, /liu2022induction does not report this; wu2022interleukin does/);
    assert.equal(byCode['undefined-citation'].severity, 'error');
    assert.equal(byCode['undefined-citation'].covered, 'smith2019');
  });

  test('supported, cited claims and sentences without claims produce nothing', async () => {
    assert.deepEqual(await diagnose('IL-11 upregulates MMP-13 in OSCC [@wu2022interleukin]. The samples were frozen at -80 °C.'), []);
  });

  test("the author's own finding is a hint, not a warning, and needs no citation", async () => {
    const found = await diagnose('Here we show that IL-11 activates STAT1 in OSCC cells.');
    assert.equal(found.length, 1);
    assert.equal(found[0].code, 'own-finding');
    assert.equal(found[0].severity, 'hint');
    const off = await diagnose('Here we show that IL-11 activates STAT1 in OSCC cells.', 'markdown', { ...defaultSettings, severity: { ...defaultSettings.severity, ownFinding: 'off' } });
    assert.deepEqual(off, []);
  });

  test('disable-next-line, disable-line and disable/enable blocks silence checks in both syntaxes', async () => {
    const markdown = [
      '<!-- claimlens-disable-next-line -->',
      'IL-11 promotes angiogenesis in OSCC.',
      '',
      'IL-11 suppresses MMP-13 in OSCC. <!-- claimlens-disable-line -->',
      '',
      '<!-- claimlens-disable -->',
      'IL-6 induces MMP-13 expression in OSCC.',
      '<!-- claimlens-enable -->',
      '',
      'IL-11 signals via STAT1 in OSCC.',
    ].join('\n');
    assert.deepEqual((await diagnose(markdown)).map((d) => d.covered), ['IL-11 signals via STAT1 in OSCC']);
    const latex = ['% claimlens-disable-next-line', 'IL-11 promotes angiogenesis in OSCC.', '', 'IL-11 signals via STAT1 in OSCC.'].join('\n');
    assert.deepEqual((await diagnose(latex, 'latex')).map((d) => d.covered), ['IL-11 signals via STAT1 in OSCC']);
  });

  test('the own-finding directive marks the sentence before it', async () => {
    const found = await diagnose('IL-11 activates STAT1 in OSCC cells. <!-- claimlens-own-finding -->');
    assert.deepEqual(found.map((d) => d.code), ['own-finding']);
  });

  test('LaTeX: ranges map back through markup, math and commands', async () => {
    const text = '\\section{Results}\nIL-11 \\emph{suppresses} MMP-13 expression in OSCC~\\citep{wu2022interleukin}.\n';
    const [diagnostic] = await diagnose(text, 'latex');
    assert.equal(diagnostic.code, 'contradicted');
    assert.equal(diagnostic.covered, 'IL-11 \\emph{suppresses} MMP-13 expression in OSCC');
  });

  test('each claim of a sentence has its own diagnostic on its own words', async () => {
    const found = await diagnose('IL-11 signals via STAT1 in OSCC, and IL-11 suppresses MMP-13 in OSCC.');
    assert.deepEqual(found.map((d) => [d.code, d.covered]), [
      ['unsupported-other-context', 'IL-11 signals via STAT1 in OSCC'],
      ['contradicted', 'IL-11 suppresses MMP-13 in OSCC'],
    ]);
  });

  test('a sentence naming library entities without a readable claim is flagged, not silent', async () => {
    const found = await diagnose('The story of IL-11 and MMP-13 in OSCC is long.');
    assert.deepEqual(found.map((d) => d.code), ['unsupported']);
    assert.match(found[0].message, /no claim could be read.*IL-11/);
  });

  test('a sentence on the topic of the library only by its citation says so, not "outside the scope" or an empty list', async () => {
    // Its claim names nothing the library studies; citing a paper of the library puts it on the library's topic.
    const found = await diagnose('In colorectal cancer cells, JAK2 promoted NF-κB expression [@liu2022induction].');
    assert.deepEqual(found.map((d) => d.code), ['unsupported']);
    assert.match(found[0].message, /^no claim could be read that the library backs; the sentence cites liu2022induction\b/);
    assert.doesNotMatch(found[0].message, /outside the library's scope|findings on\s*$/);
  });

  test('user text never crashes the checker', async () => {
    const nasty = ['', '\\', '$$', '[@', '\\cite{', '<!--', '```\n', '\u0000\uffff', 'IL-11 '.repeat(2000), '((((((((', '\\begin{document}\\end{document}'];
    for (const text of nasty) {
      for (const language of ['markdown', 'latex']) await diagnose(text, language);
    }
  });
});

suite('incremental checking', () => {
  test('an edit re-checks only the changed paragraph, and positions after it stay right', async () => {
    const service = await bundledService();
    const paragraphs = ['IL-11 upregulates MMP-13 in OSCC [@liu2022induction].', 'Sorafenib induces ATF3 in HCC cells [@liu2022induction].', 'IL-11 signals via STAT1 in OSCC.'];
    const first = { id: 'file:///incremental.md', languageId: 'markdown', version: 1, text: paragraphs.join('\n\n') };
    service.analyze(first);
    const edited = { ...first, version: 2, text: `${paragraphs[0]}\n\n${paragraphs[1].replace('HCC cells', 'hepatocellular carcinoma cells')}\n\n${paragraphs[2]}` };
    const analysis = service.analyze(edited);
    assert.equal(analysis.recomputedBlocks, 1);
    const shifted = { ...first, version: 3, text: `A new opening paragraph about methods.\n\n${first.text}` };
    assert.equal(service.analyze(shifted).recomputedBlocks, 1);
    const mismatch = service.diagnostics(shifted).find((d) => d.code === 'citation-mismatch');
    assert.ok(mismatch);
    assert.equal(shifted.text.slice(mismatch.span.start, mismatch.span.end), '[@liu2022induction]');
  });
});
