import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ClaimLensService } from '../../src/core/service';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import { readKnowledgeBaseSources, bundledKnowledgeBaseDir } from '../../src/node/knowledgeBaseFiles';
import { bundledService, fixture } from './fixture';

suite('go to definition', () => {
  test('an entity leads to its record in the lexicon', async () => {
    const service = await bundledService();
    const { doc, offset } = fixture('In OSCC, g$0p130 relays the IL-11 signal.');
    const result = service.definition(doc, offset);
    assert.ok(result);
    assert.equal(path.basename(result.target.file), 'entities.json');
    assert.equal(doc.text.slice(result.span.start, result.span.end), 'gp130');
    assert.ok(result.target.line > 0);
  });

  test("a cited key leads to the writer's .bib entry when there is one, else to the library record", async () => {
    const bib = '% refs\n\n@article{wu2022interleukin,\n  title = {Interleukin-11/gp130 ...},\n}\n\n@misc{hartmann2021example, title={Outside the library}}\n';
    const { sources } = readKnowledgeBaseSources([bundledKnowledgeBaseDir()]);
    const { kb } = await buildKnowledgeBase([...sources, { path: '/project/refs.bib', text: bib }]);
    const service = new ClaimLensService(kb);
    const own = fixture('IL-11 raises MMP-13 [@wu2022$0interleukin; @hartmann2021example].');
    assert.deepEqual(service.definition(own.doc, own.offset)?.target, { file: '/project/refs.bib', line: 2, character: 0 });
    const other = fixture('IL-11 raises MMP-13 [@wu2022interleukin; @hartmann2021$0example].');
    assert.equal(service.definition(other.doc, other.offset)?.target.line, 6);
    const { kb: bundled } = await loadKnowledgeBase({ extra: [] });
    const library = fixture('Sorafenib induces ATF3 [@liu2022$0induction].');
    assert.equal(path.basename(new ClaimLensService(bundled).definition(library.doc, library.offset)!.target.file), 'liu2022induction.json');
  });
});
