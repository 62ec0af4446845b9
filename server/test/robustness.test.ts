// The checker never throws on user text: random mixtures of prose, markup, citations, directives and
// entity names, in both languages, go through the whole analysis and every editor feature.
import * as assert from 'node:assert/strict';
import { bundledService } from './features/fixture';
import { randomDocuments } from './text/helpers';

const pieces = [
  'IL-11 ', 'upregulates ', 'MMP-13 ', 'in OSCC', '. ', ', ', ' via ', 'knockdown of ', 'did not ', 'may ', '[@wu2022interleukin]', '[@', '@x',
  '\\cite{', '\\citep{lim2014inhibition}', '}', '{', '$', '$\\alpha$', '\\emph{', '% claimlens-disable-next-line\n', '<!-- claimlens-own-finding -->',
  '\n', '\n\n', '# ', '- ', '```\n', '(', ')', 'Here we show that ', 'hypoxia-induced ', 'STAT3', ' and ', 'but not ', 'whether ', 'é', '\u0000',
];

suite('robustness', () => {
  test('random documents never make the checker or its features throw', async function () {
    this.timeout(120_000); // a guard against hangs only: 800 documents take ~20 s on a loaded 2-core machine
    const service = await bundledService();
    let n = 0;
    for (const text of randomDocuments(pieces, 400, 3)) {
      for (const languageId of ['markdown', 'latex']) {
        const doc = { id: `file:///random-${n++}`, languageId, version: 1, text };
        const diagnostics = service.diagnostics(doc);
        for (const d of diagnostics) assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end);
        for (const offset of [0, Math.floor(text.length / 2), text.length]) {
          service.hover(doc, offset);
          service.completion(doc, offset);
        }
        service.codeActions(doc, { start: 0, end: text.length });
      }
    }
  });
});
