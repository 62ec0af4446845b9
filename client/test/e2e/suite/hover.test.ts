// Hovers: on an entity (IL-11) the card names it; on a citation key it shows the reference.
import * as assert from 'node:assert/strict';
import { hoverText, openDraft, positionOf, waitFor } from './helpers';

suite('Hover', () => {
  for (const draft of ['manuscript.md', 'manuscript.tex']) {
    test(`${draft}: hover on IL-11 names interleukin-11`, async () => {
      const { document } = await openDraft(draft);
      // "IL-11 drives epithelial-mesenchymal transition": a supported sentence, so no diagnostic hover mixes in.
      const position = positionOf(document, 'IL-11 drives', 2);
      let last = '';
      const text = await waitFor(async () => {
        last = await hoverText(document.uri, position);
        return last.includes('interleukin-11') ? last : undefined;
      }, () => `a hover containing "interleukin-11" (last: ${JSON.stringify(last)})`);
      assert.ok(text.includes('interleukin-11'));
    });

    test(`${draft}: hover on the citation key wu2022interleukin shows the reference`, async () => {
      const { document } = await openDraft(draft);
      const position = positionOf(document, 'wu2022interleukin', 4);
      let last = '';
      const text = await waitFor(async () => {
        last = await hoverText(document.uri, position);
        return last.includes('J Cell Physiol') ? last : undefined;
      }, () => `a hover containing "J Cell Physiol" (last: ${JSON.stringify(last)})`);
      assert.ok(text.includes('J Cell Physiol'), text);
    });
  }
});
