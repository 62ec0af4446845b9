// The own-finding hint is a hint-level diagnostic, which VS Code shows only under a sentence's first two
// characters; the hover shows it anywhere in the sentence.
import * as assert from 'node:assert/strict';
import { bundledService, fixture } from './fixture';
import { defaultSettings } from '../../src/core/settings';

suite('own-finding hint in the hover', () => {
  test('hovering a plain word of an own finding the library does not back shows the hint and the detail', async () => {
    const service = await bundledService();
    const { doc, offset } = fixture('Our data indi$0cate that IL-11 activates STAT1 in OSCC cells.\n');
    const result = service.hover(doc, offset);
    assert.ok(result);
    assert.equal(doc.text.slice(result.span.start, result.span.end), 'Our data indicate that IL-11 activates STAT1 in OSCC cells.');
    assert.match(result.markdown, /^\*\*Own finding\*\* \(not checked against the library\): IL\\-11 activates STAT1: unsupported in OSCC\n\nThe library reports it only in /);
  });

  test('on an entity of the sentence, the entity card comes first, the hint below it', async () => {
    const service = await bundledService();
    const { doc, offset } = fixture('Our data indicate that IL-1$01 activates STAT1 in OSCC cells.\n');
    const markdown = service.hover(doc, offset)?.markdown ?? '';
    assert.match(markdown, /interleukin\\-11[\s\S]*\n---\n\n\*\*Own finding\*\*/i);
  });

  test('no hint for a sentence that is not an own finding, or when the hint is switched off', async () => {
    const service = await bundledService();
    const plain = fixture('IL-11 signals via ST$0AT1 in OSCC.\n');
    assert.doesNotMatch(service.hover(plain.doc, plain.offset)?.markdown ?? '', /Own finding/);
    const own = fixture('Our data indi$0cate that IL-11 activates STAT1 in OSCC cells.\n');
    assert.equal(service.hover(own.doc, own.offset, { ...defaultSettings, severity: { ...defaultSettings.severity, ownFinding: 'off' } }), undefined);
  });
});
