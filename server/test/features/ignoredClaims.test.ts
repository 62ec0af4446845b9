// "Ignore this claim in this workspace": the claim goes into claimlens.ignoredClaims (a setting), and its
// verdict diagnostics disappear wherever the same claim is made, in any wording; citation problems stay.
import * as assert from 'node:assert/strict';
import { bundledService, document } from './fixture';
import { defaultSettings, type Settings } from '../../src/core/settings';

const withIgnored = (...names: string[]): Settings => ({ ...defaultSettings, ignoredClaims: names });

suite('ignored claims (claimlens.ignoredClaims)', () => {
  test('the quick fix names the claim in plain words and runs the editor command, without editing the manuscript', async () => {
    const service = await bundledService();
    const doc = document('IL-11 signals via STAT1 in OSCC.\n');
    const [diagnostic] = service.diagnostics(doc);
    const ignore = service.codeActions(doc, diagnostic.span).find((a) => a.command);
    assert.ok(ignore, 'an ignore-in-workspace action');
    assert.equal(ignore.title, 'Ignore "IL-11 signals through STAT1 in OSCC" in this workspace');
    assert.deepEqual(ignore.command, { name: 'ignoreClaim', argument: 'IL-11 signals through STAT1 in OSCC' });
    assert.deepEqual(ignore.edits, []);
  });

  test('an ignored claim is not reported, in another wording and another case either; other claims still are', async () => {
    const service = await bundledService();
    const doc = document('IL-11 signals via STAT1 in OSCC.\n\nIL-11 signals through STAT1 in OSCC.\n\nIL-11 suppresses MMP-13 expression in OSCC [@wu2022interleukin].\n');
    assert.deepEqual(service.diagnostics(doc).map((d) => d.code), ['unsupported-other-context', 'unsupported-other-context', 'contradicted']);
    const settings = withIgnored('il-11 signals through  STAT1 in OSCC');
    assert.deepEqual(service.diagnostics(doc, settings).map((d) => d.code), ['contradicted']);
    // No quick fix for a diagnostic that is not shown.
    assert.ok(service.codeActions(doc, { start: 0, end: 10 }, settings).every((a) => !a.command));
  });

  test('a citation problem of an ignored claim stays', async () => {
    const service = await bundledService();
    const doc = document('IL-11 signals via STAT1 in OSCC [@smith2019].\n');
    const codes = service.diagnostics(doc, withIgnored('IL-11 signals through STAT1 in OSCC')).map((d) => d.code);
    assert.deepEqual(codes, ['undefined-citation']);
  });
});
