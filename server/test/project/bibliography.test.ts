// Keys the library knows but the writer's .bib does not, and the BibTeX entry ClaimLens offers to add.
import * as assert from 'node:assert/strict';
import { bibtexEntry, keysOutsideBibliography } from '../../src/core/project/bibliography';
import { extractProse } from '../../src/core/text/index';
import { extractLatexProse } from '../../src/core/text/latex';
import { bundledService } from '../features/fixture';

suite('keys outside the bibliography', () => {
  test('a library key cited in a document whose project declares a .bib without it is reported, on the key', async () => {
    const { kb } = await bundledService();
    const source = 'IL-11 acts in OSCC~\\citep{wu2022interleukin, nosuchkey}.';
    const found = keysOutsideBibliography(extractLatexProse(source), kb, ['/thesis/refs.bib']);
    assert.deepEqual(found.map((f) => [f.key, source.slice(f.span.start, f.span.end)]), [['wu2022interleukin', 'wu2022interleukin']]);
    assert.match(found[0].message, /wu2022interleukin is in the ClaimLens library but not in refs\.bib: BibTeX will not find it/);
    assert.deepEqual(keysOutsideBibliography(extractLatexProse(source), kb, []), [], 'no .bib declared: nothing to say');
  });

  test('in a Markdown draft, the key is one Pandoc will not find', async () => {
    const { kb } = await bundledService();
    const source = 'IL-11 acts in OSCC [@wu2022interleukin; @nosuchkey].';
    const found = keysOutsideBibliography(extractProse('markdown', source), kb, ['/paper/refs.json'], 'Pandoc');
    assert.deepEqual(found.map((f) => f.message), ['wu2022interleukin is in the ClaimLens library but not in refs.json: Pandoc will not find it']);
  });

  test('the entry holds the fields the library knows and leaves unknown ones out', async () => {
    const { kb } = await bundledService();
    const wu = kb.papers.get('wu2022interleukin')!;
    const entry = bibtexEntry(wu);
    assert.match(entry, /^@article\{wu2022interleukin,\n/);
    assert.match(entry, /\n {2}title = \{\{.+\}\}/);
    assert.equal(/doi = /.test(entry), wu.doi !== null, 'a DOI only when the library knows it');
    assert.match(entry, /\n\}\n$/);
    const anonymous = kb.papers.get('anon2024cancer');
    if (anonymous) assert.ok(!/author = /.test(bibtexEntry(anonymous)), 'unknown authors stay out');
  });

  test('text from data cannot break the entry', () => {
    const entry = bibtexEntry({ key: 'x2020', title: 'A } title & 50% {odd}', authors: [{ family: 'O}Brien', given: 'A' }], journal: null, year: 2020, volume: null, issue: null, pages: '10-20', doi: null, pmid: null, keywords: [], summary: null } as never);
    assert.equal(entry, '@article{x2020,\n  author = {OBrien, A},\n  title = {{A  title \\& 50\\% odd}},\n  year = {2020},\n  pages = {10--20}\n}\n');
  });
});
