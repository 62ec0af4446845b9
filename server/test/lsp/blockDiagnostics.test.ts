// The publish path (lsp/blockDiagnostics.ts): what the analysis worker sends after an edit, and the
// per-document limit, chosen as VS Code chooses. That the blocks assemble to what a check from scratch
// publishes is tested with generated edits in features/incrementalProperty.test.ts.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { defaultSettings } from '../../src/core/settings';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';
import { WorkerChecker } from '../../src/lsp/analysisWorker';
import { limitDiagnostics } from '../../src/lsp/blockDiagnostics';

function at(line: number, severity: DiagnosticSeverity): Diagnostic {
  return { range: { start: { line, character: 0 }, end: { line, character: 5 } }, severity, message: `line ${line}`, source: 'claimlens' };
}

suite('publishing diagnostics', () => {
  const document = [at(1, DiagnosticSeverity.Hint), at(2, DiagnosticSeverity.Warning), at(3, DiagnosticSeverity.Error), at(4, DiagnosticSeverity.Information), at(5, DiagnosticSeverity.Warning)];

  test('over the limit, errors come first, then warnings, kept in document order, with a note of how many more', () => {
    const shown = limitDiagnostics(document, 3);
    assert.deepEqual(shown.slice(0, 3).map((d) => d.message), ['line 2', 'line 3', 'line 5']);
    assert.equal(shown.length, 4);
    assert.equal(shown[3].severity, DiagnosticSeverity.Information);
    assert.match(String(shown[3].message), /^2 more ClaimLens findings are not shown: claimlens\.diagnostics\.maxPerDocument is 3$/);
    assert.deepEqual(shown[3].range.start, { line: 0, character: 0 });
  });

  test('0 means no limit, and a document within the limit is published as it is', () => {
    assert.equal(limitDiagnostics(document, 0), document);
    assert.equal(limitDiagnostics(document, 5), document);
  });
});

suite('what the analysis worker sends', () => {
  test('after a one-word edit, or a paragraph added above, only the new blocks cross, even with settings copied per job', async function () {
    this.timeout(60_000);
    const { kb } = await loadKnowledgeBase({ extra: [path.join(__dirname, '..', '..', '..', 'examples', 'references.bib')] });
    const checker = new WorkerChecker(kb);
    const text = Array.from({ length: 30 }, (_, n) => `Part ${n}: IL-11 signals via STAT1 in OSCC.`).join('\n\n');
    // Each job's settings are a copy, as they are after crossing to the worker thread.
    const job = (version: number, body: string) => ({ uri: 'file:///a.md', languageId: 'markdown', version, text: body, settings: structuredClone(defaultSettings), withRelated: false });
    const first = checker.check(job(1, text));
    assert.equal(first.added.length, 30);
    const edited = checker.check(job(2, text.replace('Part 12: IL-11 signals via', 'Part 12: IL-11 signals through')));
    assert.deepEqual(edited.added.map((b) => b.diagnostics.length), [1]);
    assert.equal(edited.order.length, 2 * 30);
    const above = checker.check(job(3, `Part A: IL-6 signals via STAT1 in OSCC.\n\n${text.replace('Part 12: IL-11 signals via', 'Part 12: IL-11 signals through')}`));
    assert.equal(above.added.length, 1, JSON.stringify(above.added.map((b) => b.diagnostics.map((d) => d.message))));
    assert.equal(above.order.length, 2 * 31);
  });
});
