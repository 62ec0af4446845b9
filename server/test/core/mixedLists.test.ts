// Mixed lists (issue 7, stop 35): a claim over a coordinated list with one member the library backs and others it has
// no finding on is supported at the sentence level, as the guideline's annotator and the real-prose labellers read
// such sentences; each unbacked member keeps its own claim and diagnostic. A member that is a sibling of a backed one
// (MMP-7 beside MMP-13, IL-6 beside IL-11, STAT1 beside STAT3) is a near miss and leaves the list unsupported; a
// contradicted member or one reported only elsewhere keeps its own rule. The policy lives once in analyzeBlock.ts
// (listVerdict) and scope.ts (nearMissOf); these sentences are our own, one surface form each.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { nearMissOf } from '../../src/core/verify/scope';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { computeDiagnostics } from '../../src/core/features/diagnostics';
import { defaultSettings } from '../../src/core/settings';
import { bundledKb, onlySentence, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

suite('a list with a backed member and unbacked members that are no siblings of it is supported', () => {
  const supported: [form: string, sentence: string][] = [
    ['objects joined by "and"', 'In OSCC cells, IL-11 raised MMP-13 and IGF-1 levels.'],
    ['objects, each with its form word', 'IL-11 raised MMP-13 expression and IGF-1 levels in OSCC cells.'],
    ['objects joined by "as well as"', 'IL-11 enhances MMP-13 as well as IGF-1 expression in OSCC.'],
    ['objects joined by "and/or", hedged', 'IL-11 may increase MMP-13 and/or IGF-1 in OSCC.'],
    ['objects in a relative clause', 'IL-11 is a cytokine that upregulates MMP-13, IGF-1 and AP-1 in OSCC cells.'],
    ['two pathways, the backed one last', 'IL-6 switches on the PI3K/AKT and JAK/STAT3 cascades in tumour cells.'],
    ['subjects, the backed one first', 'IL-11 and IGF-1 promote the invasion of MDA-MB-231 cells.'],
    ['subjects, the backed one last', 'IGF-1 and IL-11 promote the invasion of MDA-MB-231 cells.'],
    ['subjects joined by "as well as"', 'STAT3 as well as IGF-1 drives the invasion of MDA-MB-231 cells.'],
    ['a member opened by "its" and describing words', 'Hypoxia raised IL-11 and its downstream effector CD44 in HCT116 cells.'],
    ['a member opened by "the" and a class noun', 'IL-11 raised MMP-13 and the adhesion receptor CD44 in OSCC cells.'],
    ['a member opened by "a" and an adverb', 'In HCC cells, IL-6 induced IGF-1 and a poorly studied factor CD44.'],
  ];
  for (const [form, sentence] of supported) {
    test(form, () => {
      assert.equal(verdictOf(sentence), 'supported', sentence);
    });
  }

  test('words other than a determiner and describing words after the join end the list', () => {
    // "in" is no describing word: MMP-2 (found only in breast cancer cells) is read as a claim of its own.
    assert.equal(verdictOf('IL-11 raised MMP-13 in OSCC cells and the authors measured MMP-2.'), 'unsupported/other-context');
  });

  test('the unbacked member keeps its own claim and verdict (the editor still flags it)', () => {
    const text = 'In OSCC cells, IL-11 raised MMP-13 and IGF-1 levels.';
    const s = onlySentence(text, kb);
    assert.equal(s.claims.find((c) => c.claim.object.entityId === 'IGF1')?.verification.basis, 'no-evidence');
    assert.equal(s.claims.find((c) => c.claim.object.entityId === 'MMP13')?.verification.verdict, 'supported');
    // One verdict diagnostic, on the unbacked member's claim, not on the whole sentence (beside it, the supported
    // sentence asks for its citation).
    const diagnostics = computeDiagnostics(analyzeDocument('markdown', text, kb), kb, defaultSettings).filter((d) => d.code !== 'missing-citation');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'unsupported');
    assert.ok(diagnostics[0].span.end - diagnostics[0].span.start < text.length, 'the diagnostic covers the claim\'s words');
  });
});

suite('a sibling of the backed member is a near miss: the list stays unsupported', () => {
  const unsupported: [form: string, sentence: string][] = [
    ['a numbered sibling object', 'IL-11 raised the expression of MMP-13 and MMP-11 in OSCC cells.'],
    ['a numbered sibling after "as well as"', 'IL-11 enhances MMP-13 as well as MMP-11 expression in OSCC.'],
    ['a sibling in a relative clause', 'IL-6 is a cytokine that induces IGF-1 and IGF-2 in HCC cells.'],
    ['the sibling cytokine as a second subject', 'IL-11 and IL-6 promote the invasion of MDA-MB-231 cells.'],
    ['the sibling cytokine as the first subject', 'IL-6 and IL-11 promote the invasion of MDA-MB-231 cells.'],
    ['the sibling STAT after "as well as"', 'STAT3 as well as STAT1 drives the invasion of MDA-MB-231 cells.'],
    ['a passive list of agents', 'The invasion of MDA-MB-231 cells is promoted by IL-11 and IL-6.'],
    ['a sibling opened by "the" and describing words', 'IL-11 raised MMP-13 and the related protease MMP-11 in OSCC cells.'],
    ['the sibling cytokine as a described subject', 'IL-11 and the pleiotropic cytokine IL-6 promote the invasion of MDA-MB-231 cells.'],
  ];
  for (const [form, sentence] of unsupported) {
    test(form, () => {
      assert.equal(verdictOf(sentence), 'unsupported/no-evidence', sentence);
    });
  }
});

suite('contradicted and other-context members keep their rules', () => {
  test('a contradicted member wins over a backed one', () => {
    assert.equal(verdictOf('In MDA-MB-231 cells, IL-11 raised MMP-9 and/or E-cadherin.'), 'contradicted');
  });

  test('a molecule reported only in another cancer leaves the list other-context', () => {
    assert.equal(verdictOf('IL-11 stimulates the expression of MMP-13 and E-cadherin in OSCC cells.'), 'unsupported/other-context');
  });

  test('with no member backed in the sentence\'s cancer, an unbacked member does not make it supported', () => {
    assert.equal(verdictOf('In gastric cancer, IL-11 raises MMP-13 as well as CD44.'), 'unsupported/other-context');
  });

  test('a member backed only through a route the library infers carries no unbacked member beside it', () => {
    // A PI3K inhibitor reaches Akt only as a mediator of PI3K's findings: reasoning, not a finding naming Akt.
    assert.equal(verdictOf('Treatment with LY294002, a PI3K blocker, suppressed the activation of Akt and ERK1/2 in resistant cells.'), 'unsupported/no-evidence');
  });
});

suite('nearMissOf: siblings of one family (scope.ts)', () => {
  test('numbered siblings and members of one family are near misses', () => {
    assert.ok(nearMissOf('STAT1', 'STAT3', kb));
    assert.ok(nearMissOf('IL6', 'IL11', kb));
    assert.ok(nearMissOf('MMP9', 'MMP13', kb));
  });

  test('a receptor beside its ligand, a marker beside another of the panel, two pathways: no siblings', () => {
    assert.ok(!nearMissOf('IL6R', 'IL6', kb));
    assert.ok(!nearMissOf('FN1', 'VIM', kb));
    assert.ok(!nearMissOf('PI3K_AKT_PATHWAY', 'JAK_STAT_PATHWAY', kb));
    assert.ok(!nearMissOf('IGF1', 'MMP13', kb));
  });
});
