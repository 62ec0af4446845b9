// Editor features in a chapter of a LaTeX project, in memory: the chapter's snapshot carries what it
// inherits from its root (macros, abbreviations), and hovers and diagnostics read the chapter with it.
import * as assert from 'node:assert/strict';
import { projectContextFor, type ProjectFiles } from '../../src/core/project/index';
import { bundledService, fixture } from './fixture';

const root = '\\documentclass{report}\n\\newcommand{\\il}{IL-11}\n\\def\\mmp{MMP-13}\n\\begin{document}\n\\input{chapters/intro}\n\\input{chapters/results}\n\\end{document}\n';
const intro = 'Oral squamous cell carcinoma is common.\n';

function chapterContext(chapter: string) {
  const files: Record<string, string> = { '/t/main.tex': root, '/t/chapters/intro.tex': intro, '/t/chapters/results.tex': chapter };
  const access: ProjectFiles = { read: (p) => files[p], exists: (p) => p in files, rootCandidates: () => ['/t/main.tex'] };
  return projectContextFor('/t/chapters/results.tex', access);
}

async function inChapter(text: string) {
  const service = await bundledService();
  const { doc, offset } = fixture(text, 'latex');
  const project = chapterContext(doc.text);
  return { service, doc: { ...doc, project }, offset };
}

suite('a chapter of a LaTeX project', () => {
  test("a hover on the root's macro \\il in a chapter shows the entity it stands for", async () => {
    const { service, doc, offset } = await inChapter('$0\\il{} upregulates \\mmp{} in OSCC.\n');
    const hover = service.hover(doc, offset);
    assert.ok(hover);
    assert.match(hover.markdown, /interleukin\\-11/);
  });

  test("the chapter's claim is read with the macro's text as its subject and object", async () => {
    const { service, doc, offset } = await inChapter('\\il{} \\emph{suppresses} \\mmp{} expression in OSCC$0.\n');
    const analysis = service.analyze(doc);
    const claim = analysis.sentences.flatMap((s) => s.claims)[0];
    assert.ok(claim, 'the sentence has a claim');
    const diagnostics = service.diagnostics(doc).filter((d) => d.code.startsWith('contradicted'));
    assert.equal(diagnostics.length, 1);
    assert.equal(doc.text.slice(diagnostics[0].span.start, diagnostics[0].span.end).startsWith('\\il'), true);
    assert.ok(offset > 0);
  });

  test('the same chapter without its project reads no subject', async () => {
    const service = await bundledService();
    const { doc } = fixture('\\il{} \\emph{suppresses} \\mmp{} expression in OSCC$0.\n', 'latex');
    assert.equal(service.diagnostics(doc).filter((d) => d.code.startsWith('contradicted')).length, 0);
  });
});

suite('hovers while a LaTeX citation is being typed', () => {
  test('a key in a complete \\cite two lines below an open \\citep{ hovers', async () => {
    const service = await bundledService();
    const { doc, offset } = fixture('IL-11 rises in OSCC \\citep{\nas shown before.\nIL-11 upregulates MMP-13 \\cite{wu2022inter$0leukin}.\n', 'latex');
    const hover = service.hover(doc, offset);
    assert.ok(hover);
    assert.equal(hover.data?.kind, 'citation');
    assert.equal(doc.text.slice(hover.span.start, hover.span.end), 'wu2022interleukin');
  });

  test("a footnote's citation counts for the sentence it annotates (no missing-citation hint on it)", async () => {
    const service = await bundledService();
    const { doc } = fixture('IL-11 upregulates MMP-13 in OSCC\\footnote{As reported before \\cite{wu2022interleukin}.}.$0\n', 'latex');
    const codes = service.diagnostics(doc).map((d) => d.code);
    assert.ok(!codes.includes('missing-citation'), codes.join(','));
    const bare = fixture('IL-11 upregulates MMP-13 in OSCC.$0\n', 'latex').doc;
    assert.ok(service.diagnostics(bare).some((d) => d.code === 'missing-citation'), 'without the footnote the citation is missing');
  });
});
