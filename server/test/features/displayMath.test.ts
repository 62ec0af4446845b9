// Display math, fences and thematic breaks are read without the parser (markdownFences.ts): the prose around them
// keeps its diagnostics at the right place, and what they hold is never read as a claim.
import * as assert from 'node:assert/strict';
import { bundledService, document } from './fixture';
import { defaultSettings } from '../../src/core/settings';

async function diagnose(text: string) {
  const service = await bundledService();
  const doc = document(text);
  return service.diagnostics(doc, defaultSettings).map((d) => ({ code: d.code, start: d.span.start, covered: doc.text.slice(d.span.start, d.span.end) }));
}

// A claim the library contradicts (it reports IL-11 raising MMP-13 in OSCC).
const wrong = 'IL-11 suppresses MMP-13 expression in OSCC';

suite('display math, fences and breaks around claims', () => {
  test('a claim after "$$" blocks, a fence and breaks is flagged at its own words', async () => {
    const text = `---\ntitle: x\n...\n\n$$\nE = mc^2\n$$\n$$\n$$\n\n\`\`\`\ncode\n\`\`\`\n***\n---\n\n${wrong}.\n`;
    const found = await diagnose(text);
    assert.deepEqual(found.map((d) => [d.code, d.covered, d.start]), [['contradicted', wrong, text.indexOf(wrong)]]);
  });

  test('claims inside fences, math blocks and front matter are never read', async () => {
    const inside = `---\nnote: ${wrong}.\n---\n\n\`\`\`\n${wrong}.\n\`\`\`\n\n~~~\n${wrong}.\n~~~\n\n$$\n${wrong}.\n$$\n\n<div>\n\`\`\`\n\nThe samples were frozen.\n\n\`\`\`\n${wrong}.\n`;
    assert.deepEqual(await diagnose(inside), []);
  });

  test('prose between blocks keeps each claim at its place, with a citation after a block', async () => {
    const text = `${wrong} [@wu2022interleukin].\n$$\nx\n$$\n${wrong}.\n\`\`\`\ny\n\`\`\`\n${wrong}.\n`;
    const found = (await diagnose(text)).filter((d) => d.code === 'contradicted');
    const starts: number[] = [];
    for (let at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + 1)) starts.push(at);
    assert.deepEqual(found.map((d) => [d.covered, d.start]), starts.map((start) => [wrong, start]));
  });
});
