// The audit of the bundled library against its seed papers (server/eval/seedAudit.ts): every sentence of each
// capture is audited or skipped with a reason, every locator still points at the sentence it was written for,
// every fact named exists and every fact of a paper is stated by some sentence of it, in a section its locator
// names. The real captures live in ../shared/seeds (skipped when absent); the checker itself is tested on a
// capture of our own, so it is known to fail when an audit goes wrong.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditProblems, coverageOf, covers, readAudits, paperFacts, seedsDir, type AuditFile, type PaperFacts } from '../eval/seedAudit';
import { hashOf, seedBlocks, seedSentences, splitSentences } from '../eval/seedText';

suite('seed captures: blocks and sentences', () => {
  test('a hard-wrapped text: words cut by a hyphen are joined, an indented line or a legend starts a block', () => {
    const raw = ['  Hypoxic cells mi-', 'grated more in our hands. The MDA-MB-', '231 line was used.', '  A new para-', 'graph here.', ' Fig. 2. Legend title. (A) Panel.', 'Back to text.'].join('\n');
    assert.deepEqual(seedBlocks(raw, 'wrapped'), [
      'Hypoxic cells migrated more in our hands. The MDA-MB-231 line was used.',
      'A new paragraph here.',
      'Fig. 2. Legend title. (A) Panel. Back to text.',
    ]);
  });

  test('a capture of an abstract page: every line is a block, titles without a full stop included', () => {
    assert.deepEqual(seedBlocks('A title without a stop\nFirst sentence. Second one.\n\nKeywords', 'lines'), ['A title without a stop', 'First sentence. Second one.', 'Keywords']);
  });

  test('sentences end before a capital or a bracket, never after "Fig." or "et al."', () => {
    assert.deepEqual(splitSentences('As Fig. 1A shows, levels rose. Smith et al. saw it too (ref. 3). (B) A panel. Values in 0.5 ml.'), [
      'As Fig. 1A shows, levels rose.',
      'Smith et al. saw it too (ref. 3).',
      '(B) A panel.',
      'Values in 0.5 ml.',
    ]);
  });

  test('locators number blocks and sentences from 0; the hash is of the sentence text', () => {
    const sentences = seedSentences('One. Two.\n\nThree.', 'lines');
    assert.deepEqual(sentences.map((s) => s.at), ['b0.s0', 'b0.s1', 'b1.s0']);
    assert.equal(sentences[2].hash, hashOf('Three.'));
  });

  test('ranges: a block, blocks, a sentence, sentences', () => {
    const at = { block: 3, sentence: 2 };
    assert.ok(covers('b3', at) && covers('b1-b4', at) && covers('b3.s2', at) && covers('b3.s1-s5', at));
    assert.ok(!covers('b4', at) && !covers('b3.s3-s5', at) && !covers('b2.s2', at));
  });
});

// A capture of our own, written for this test, and a two-fact paper.
const raw = 'Our title states a finding\nWe measured things. Factor A raised factor B in cell line C. Nobody knows why.\nJournal of Tests';
const facts: PaperFacts = {
  ids: new Set(['p/a-raises-b', 'p/title-fact']),
  locators: new Map([['p/a-raises-b', 'abstract'], ['p/title-fact', 'title']]),
};
const at = (id: string): { at: string; hash: string } => {
  const s = seedSentences(raw, 'lines').find((x) => x.at === id)!;
  return { at: s.at, hash: s.hash };
};
function goodAudit(): AuditFile {
  return {
    paper: 'p', seed: 'own.txt', layout: 'lines', sections: { title: 'b0', abstract: 'b1' }, skip: [{ at: 'b2', why: 'furniture' }],
    sentences: [
      { ...at('b0.s0'), facts: ['p/title-fact'] },
      { ...at('b1.s0'), none: 'method' },
      { ...at('b1.s1'), facts: ['p/a-raises-b'] },
      { ...at('b1.s2'), none: 'open-question' },
    ],
  };
}

suite('seed audit checker, on a capture of our own', () => {
  test('a complete audit has no problem and counts its coverage', () => {
    assert.deepEqual(auditProblems(goodAudit(), raw, facts), []);
    assert.deepEqual(coverageOf(goodAudit(), raw), { sentences: 4, findings: 2, stated: 2, unstated: 0, noFinding: 2, skipped: 1 });
  });

  test('a sentence that changed under its locator is caught by its hash', () => {
    const audit = goodAudit();
    audit.sentences[2].hash = hashOf('Factor A lowered factor B in cell line C.');
    assert.match(auditProblems(audit, raw, facts).join('\n'), /b1\.s1: hash/);
  });

  test('a sentence neither audited nor skipped, and a locator that points nowhere', () => {
    const audit = goodAudit();
    audit.sentences[1].at = 'b1.s9';
    const problems = auditProblems(audit, raw, facts).join('\n');
    assert.match(problems, /b1\.s9: no such sentence/);
    assert.match(problems, /b1\.s0: neither audited nor skipped/);
  });

  test('an unknown fact id, a paper fact no sentence states, and an entry with no answer', () => {
    const audit = goodAudit();
    audit.sentences[2].facts = ['p/a-raises-c'];
    audit.sentences[3] = { ...at('b1.s2') };
    const problems = auditProblems(audit, raw, facts).join('\n');
    assert.match(problems, /no fact p\/a-raises-c/);
    assert.match(problems, /p\/a-raises-b: stated by no audited sentence/);
    assert.match(problems, /b1\.s2: neither facts/);
  });

  test('a fact whose locator names none of the sections that state it', () => {
    const wrong: PaperFacts = { ids: facts.ids, locators: new Map([...facts.locators, ['p/a-raises-b', 'results, Fig. 2']]) };
    assert.match(auditProblems(goodAudit(), raw, wrong).join('\n'), /p\/a-raises-b: its locator "results, Fig\. 2" names none/);
  });

  test('a reason that is not one of the kinds of non-finding', () => {
    const audit = goodAudit();
    (audit.sentences[1] as { none?: string }).none = 'boring';
    assert.match(auditProblems(audit, raw, facts).join('\n'), /"boring" is not a reason/);
  });
});

suite('seed audit of the bundled library (../shared/seeds)', () => {
  const audits = readAudits();

  test('there is an audit for each of the five bundled papers', () => {
    const papers = fs.readdirSync(path.join(__dirname, '..', '..', 'data', 'papers')).map((f) => f.replace(/\.json$/, '')).sort();
    assert.deepEqual(audits.map((a) => a.paper).sort(), papers);
  });

  for (const audit of audits) {
    test(`${audit.paper}: every sentence of ${audit.seed} audited or skipped, every locator and fact holds`, function () {
      const file = path.join(seedsDir, audit.seed);
      if (!fs.existsSync(file)) this.skip();
      assert.deepEqual(auditProblems(audit, fs.readFileSync(file, 'utf8'), paperFacts(audit.paper)), []);
    });
  }
});
