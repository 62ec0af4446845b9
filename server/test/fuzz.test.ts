// The fuzz suite's quick run: a few thousand generated inputs per parser (Markdown, LaTeX, BibTeX, library
// JSON), fixed seeds, and the only assertion is the one a user would notice: no parser ever throws.
// `npm run fuzz` runs 10^5 inputs per parser and reports the slowest (server/fuzz/run.ts).
import fc from 'fast-check';
import { parsers } from '../fuzz/parsers';

suite('fuzz: no parser throws on generated input', function () {
  this.timeout(120000);
  for (const [index, parser] of parsers.entries()) {
    test(parser.name, async () => {
      await fc.assert(fc.asyncProperty(parser.inputs(40), async (input) => { await parser.run(input); }), { seed: 20261201 + index, numRuns: 2000 });
    });
  }
});
