import * as assert from 'node:assert/strict';
import { bundledService, fixture } from './fixture';

async function hover(text: string, languageId = 'markdown') {
  const service = await bundledService();
  const { doc, offset } = fixture(text, languageId);
  const result = service.hover(doc, offset);
  return result && { ...result, covered: doc.text.slice(result.span.start, result.span.end) };
}

suite('hover', () => {
  test('an entity shows its name, type, description, synonyms and findings grouped by context', async () => {
    const result = await hover('In OSCC, IL-$011 raises MMP-13.');
    assert.ok(result);
    assert.equal(result.covered, 'IL-11');
    assert.match(result.markdown, /^\*\*interleukin\\-11\*\* \(IL\\-11\) · cytokine/);
    assert.match(result.markdown, /Also written: .*IL11/);
    assert.match(result.markdown, /findings from 5 papers|findings from \d papers/);
    assert.match(result.markdown, /_In OSCC_/);
    assert.match(result.markdown, /`wu2022interleukin`/);
  });

  test('any synonym finds the same entity', async () => {
    for (const text of ['interleukin$0-11 rises.', 'IL1$01 rises.', 'Interleukin (IL)-1$01 rises.']) {
      const result = await hover(text);
      assert.ok(result, text);
      assert.match(result.markdown, /interleukin\\-11/, text);
    }
  });

  test('a Greek letter written in LaTeX math still names the entity', async () => {
    const result = await hover('Sorafenib induces IL-6$0R$\\alpha$ in HCC.', 'latex');
    assert.ok(result);
    assert.match(result.markdown, /interleukin\\-6 receptor/i);
  });

  test('each key of a LaTeX multi-key citation hovers on its own', async () => {
    const first = await hover('IL-11 acts in OSCC~\\citep{wu2022int$0erleukin,lim2014inhibition}.', 'latex');
    const second = await hover('IL-11 acts in OSCC~\\citep{wu2022interleukin,lim2014$0inhibition}.', 'latex');
    assert.ok(first && second);
    assert.equal(first.covered, 'wu2022interleukin');
    assert.equal(second.covered, 'lim2014inhibition');
    assert.match(first.markdown, /J Cell Physiol/);
    assert.match(first.markdown, /findings/);
    assert.match(second.markdown, /Korean J Physiol Pharmacol/);
  });

  test('each key of a Pandoc citation hovers on its own, with the DOI as a link when known', async () => {
    const result = await hover('IL-11 drives EMT in ATC [@lim2014inhibition; @zhong2016$0interleukin].');
    assert.ok(result);
    assert.equal(result.covered, 'zhong2016interleukin');
    assert.match(result.markdown, /\[10\\\.18632\/oncotarget\\\.10831\]\(https:\/\/doi\.org\/10\.18632\/oncotarget\.10831\)/);
    assert.match(result.markdown, /PMID: 27487122/);
  });

  test('a paper with unknown authors says so instead of inventing them', async () => {
    const result = await hover('CAFs secrete IL-6 [@anon2024$0cancer].');
    assert.ok(result);
    assert.match(result.markdown, /authors unknown/);
  });

  test('an unknown key says it is not defined', async () => {
    const result = await hover('IL-11 acts [@smith$02019].');
    assert.ok(result);
    assert.match(result.markdown, /not in the library or any \.bib file/);
  });

  test('words that are not entities have no hover', async () => {
    assert.equal(await hover('The cells were cult$0ured for two days.'), undefined);
  });

  test('data is escaped: no markup from the library reaches the hover unescaped', async () => {
    const result = await hover('IL-$011 rises.');
    assert.ok(result);
    // Every underscore, star or bracket that comes from data is escaped; the only raw markup is ours.
    const withoutOurMarkup = result.markdown.replace(/\*\*|_In [^_\n]+_|`[^`]+`|_\S[^_\n]*_/g, '');
    assert.doesNotMatch(withoutOurMarkup, /(^|[^\\])[<>]/);
  });
});
