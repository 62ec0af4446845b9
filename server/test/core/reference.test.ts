// A cited key's reference in the hover: the common journal article is written without the CSL engine
// (plainVancouver), and must read exactly as citation-js writes it; any other shape goes to citation-js.
import * as assert from 'node:assert/strict';
import { cslReference, formatReference, plainVancouver } from '../../src/core/kb/reference';
import type { Paper } from '../../src/core/kb/schema';

const given = ['John A', 'M.', 'Ana María', 'X Y Z', 'Ådne', 'Bo', undefined];
const families = ['Okafor', 'Müller', 'van der Berg', 'García-López', 'Li'];
const titles = ['IL-11 drives invasion in gastric cancer cells', 'Does STAT3 matter in hypoxia?', 'A role for gp130 signalling.', 'the case of TGF-β', 'Tumour growth: a model'];
const pages = ['1234-1245', '434–930', '100-115', '99-101', 'e1234', '77', '1234-1236', '5-9', '49-905', '7-1002', null];

/** Papers of every shape the fast path covers, and some it must leave to citation-js. */
function papers(): Paper[] {
  const out: Paper[] = [];
  for (let i = 0; i < 120; i++) {
    const count = i % 9;
    const authors = Array.from({ length: count }, (_, a) => ({ family: families[(i + a) % families.length], given: given[(i * 3 + a) % given.length] }));
    out.push({
      key: `paper${i}`, title: titles[i % titles.length], authors: count > 0 ? authors : undefined, authorsTruncated: i % 7 === 3 ? true : undefined,
      journal: i % 5 === 4 ? 'Journal of Cell Physiology' : 'Oncogene', journalAbbrev: i % 3 === 0 ? 'J Cell Physiol' : undefined,
      year: 2000 + (i % 23), month: i % 4 === 1 ? 1 + (i % 12) : undefined, volume: i % 10 === 8 || i % 11 === 5 ? undefined : String(10 + i), issue: i % 2 ? String(1 + (i % 12)) : undefined,
      pages: pages[i % pages.length] ?? undefined,
    } as unknown as Paper);
  }
  return out;
}

suite('references', function () {
  // citation-js formats each reference in a few ms; a busy machine makes that slower. Nothing is timed.
  this.timeout(60_000);

  test('the plain Vancouver reference reads as citation-js writes it, for every shape it covers', () => {
    let covered = 0;
    for (const paper of papers()) {
      const plain = plainVancouver(paper);
      if (plain === undefined) continue;
      covered++;
      assert.equal(plain, cslReference(paper), `${paper.key}: ${JSON.stringify(paper)}`);
    }
    assert.ok(covered >= 60, `most papers take the plain path (${covered} of 120)`);
  });

  test('an article without a volume (in press, online first) takes the plain path too', () => {
    const base = { key: 'x', title: 'A plain title', authors: [{ family: 'Okafor', given: 'Ada' }], journal: 'Oncogene', year: 2020 };
    for (const shape of [{}, { month: 3 }, { pages: '10-20' }, { issue: '4' }, { issue: '4', pages: '10-20' }, { authors: undefined }]) {
      const paper = { ...base, ...shape } as unknown as Paper;
      assert.equal(plainVancouver(paper), cslReference(paper), JSON.stringify(shape));
    }
  });

  test('shapes the plain path does not know go to citation-js', () => {
    const base = { key: 'x', title: 'A plain title', authors: [{ family: 'Okafor', given: 'Ada' }], journal: 'Oncogene', year: 2020, volume: '3', pages: '10-20' };
    for (const odd of [{ title: "Hodgkin's lymphoma" }, { title: 'A <i>KRAS</i> story' }, { authors: [{ family: 'Okafor', given: 'Jean-Pierre' }] }, { pages: '100-100' }, { pages: '1001-99' }, { pages: '05-1001' }, { journal: undefined }, { year: undefined }]) {
      const paper = { ...base, ...odd } as unknown as Paper;
      assert.equal(plainVancouver(paper), undefined, JSON.stringify(odd));
      assert.ok(formatReference(paper).length > 0);
    }
  });
});
