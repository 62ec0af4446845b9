// Diagnostics: the sentence claiming IL-11 → STAT1 in OSCC is unsupported there, and the message says what the
// library reports in OSCC instead (PI3K/Akt and AP-1, from wu2022interleukin).
import * as assert from 'node:assert/strict';
import { claimLensDiagnostics, codeOf, lineOf, openDraft, stat1Sentence } from './helpers';

suite('Diagnostics', () => {
  for (const draft of ['manuscript.md', 'manuscript.tex']) {
    test(`${draft}: "${stat1Sentence}" is unsupported-other-context`, async () => {
      const { document } = await openDraft(draft);
      const line = lineOf(document, stat1Sentence);
      const diagnostics = await claimLensDiagnostics(document.uri);
      const onLine = diagnostics.filter((d) => d.range.start.line === line);
      assert.equal(onLine.length, 1, `one diagnostic on line ${line + 1}; all: ${JSON.stringify(diagnostics.map((d) => [d.range.start.line + 1, codeOf(d)]))}`);
      const [diagnostic] = onLine;
      assert.equal(diagnostic.source, 'claimlens');
      assert.equal(codeOf(diagnostic), 'unsupported-other-context');
      for (const part of ['OSCC', 'PI3K/Akt', 'AP-1']) assert.ok(diagnostic.message.includes(part), `message mentions ${part}: ${diagnostic.message}`);
    });
  }
});
