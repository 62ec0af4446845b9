// Issue 7, stop 54 (helper h-account54): the precision guard of analysis/unaccountedLink.ts. Each test gives the
// predicate a sentence and a claim on two of its names, as the reader reads it (`readClaim`) or as an older reader
// misread it (`asClaim`, the claim written out), and asserts the first word between the participants the reading
// does not account for, by kind, or none. Sentences are our own, one construction each.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { unaccountedLink, type LinkClaim } from '../../src/core/analysis/unaccountedLink';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { ClaimRelation } from '../../src/core/claims/vocabulary';
import { bundledKb } from './helpers';

let kb: KnowledgeBase;

function sentence(text: string) {
  const a = analyzeDocument('markdown', text, kb);
  return { block: a.prose.blocks[0].text, s: a.blocks[0].sentences[0] };
}

/** The kind the predicate finds on the reader's own claim "SUBJECT relation OBJECT". */
function readClaim(text: string, triple: string): string {
  const { block, s } = sentence(text);
  const found = s.claims.find(({ claim: c }) => `${c.subject.entityId} ${c.relation} ${c.object.entityId}` === triple);
  assert.ok(found, `${text}\nno claim ${triple} among ${s.claims.map(({ claim: c }) => `${c.subject.entityId} ${c.relation} ${c.object.entityId}`).join(', ')}`);
  return unaccountedLink(block, s.start, s.end, s.mentions, found.claim)?.kind ?? 'none';
}

/** The kind the predicate finds on a claim written out: the first mention of each entity, the relation as given. */
function asClaim(text: string, subject: string, relation: ClaimRelation, object: string, extra: Partial<LinkClaim> = {}): string {
  const { block, s } = sentence(text);
  const mention = (id: string) => {
    const m = s.mentions.find((x) => x.entityId === id);
    assert.ok(m, `${text}: no mention of ${id}`);
    return m;
  };
  const claim: LinkClaim = { subject: mention(subject), object: mention(object), relation, negated: false, inverted: false, mediators: [], context: [], ...extra };
  return unaccountedLink(block, s.start, s.end, s.mentions, claim)?.kind ?? 'none';
}

suite('the words between a claim\'s participants accounted for (unaccountedLink.ts, stop 54)', () => {
  suiteSetup(async () => {
    kb = await bundledKb();
  });

  test('another event between agent and target: a finite verb after the trigger', () => {
    assert.equal(readClaim('Hypoxia raised the fraction of tumour cells that express STAT3.', 'HYPOXIA increases STAT3'), 'finite-verb');
  });
  test('controls: an object relative on the subject (a side remark, whether or not its verb was read), a subject relative, a hedge with adverbs and a citation, a chain through an unnamed step, a second predicate after "and"', () => {
    assert.equal(readClaim('IL-11, which hypoxia induces, raises MMP-9 expression in MDA-MB-231 cells.', 'IL11 increases MMP9'), 'none');
    assert.equal(readClaim('IL-11, which hypoxia spares, raises MMP-9 expression in MDA-MB-231 cells.', 'IL11 increases MMP9'), 'none');
    assert.equal(readClaim('IL-11, which induces STAT3, raises MMP-9 expression in MDA-MB-231 cells.', 'IL11 increases MMP9'), 'none');
    assert.equal(readClaim('IL-11 may also strongly raise MMP-9 expression in MDA-MB-231 cells [3].', 'IL11 increases MMP9'), 'none');
    assert.equal(readClaim('Hypoxia drives changes that enhance the invasion of MDA-MB-231 cells.', 'HYPOXIA increases CELL_INVASION'), 'none');
    assert.equal(readClaim('Hypoxia drives shifts in tumour metabolism that promote tumour progression.', 'HYPOXIA promotes TUMOR_PROGRESSION'), 'none');
    assert.equal(asClaim('STAT3 is raised in many tumours and plays a role in the invasion of MDA-MB-231 cells.', 'STAT3', 'promotes', 'CELL_INVASION'), 'none');
  });

  test('a relative word after the trigger: the target in a clause of its own', () => {
    assert.equal(asClaim('Hypoxia lowered the dose at which STAT3 became active in MDA-MB-231 cells.', 'HYPOXIA', 'decreases', 'STAT3'), 'relative');
  });
  test('controls: a member of a set ("among which"), a partitive', () => {
    assert.equal(asClaim('Invasion depends on many factors, among which IL-11 plays a major role.', 'IL11', 'promotes', 'CELL_INVASION'), 'none');
  });

  test('an unread negative word: "ineffective at", "without", a negative word of role', () => {
    assert.equal(readClaim('IL-11 was ineffective at raising MMP-9 expression in MDA-MB-231 cells.', 'IL11 increases MMP9'), 'negation');
    assert.equal(readClaim('IL-11 raised MMP-9 expression without any effect on STAT3 in MDA-MB-231 cells.', 'IL11 increases STAT3'), 'negation');
    assert.equal(asClaim('IL-11 is a dispensable step in the invasion of MDA-MB-231 cells.', 'IL11', 'promotes', 'CELL_INVASION'), 'negation');
  });
  test('controls: a denial the claim carries, "not only", "not the sole", two negatives, a denied degree, a rival set aside', () => {
    assert.equal(asClaim('IL-11 is not dispensable for the invasion of MDA-MB-231 cells.', 'IL11', 'promotes', 'CELL_INVASION', { negated: true }), 'none');
    assert.equal(readClaim('IL-11 is not the only inducer of MMP-9 in MDA-MB-231 cells.', 'IL11 induces MMP9'), 'none');
    assert.equal(asClaim('IL-11 not only raises VEGF but also raises MMP-9 in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
    assert.equal(asClaim('IL-11 is not unlikely to raise MMP-9 in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
    // The size of a part denied grants the role, whatever word of an unneeded part (roleScale.ts's table) is denied.
    assert.equal(asClaim('IL-11 is not a superfluous step in the invasion of MDA-MB-231 cells.', 'IL11', 'promotes', 'CELL_INVASION'), 'none');
    assert.equal(asClaim('IL-11 is not an expendable step in the invasion of MDA-MB-231 cells.', 'IL11', 'promotes', 'CELL_INVASION'), 'none');
    assert.equal(readClaim('IL-11 does not raise MMP-9 as strongly as hypoxia does in MDA-MB-231 cells.', 'IL11 increases MMP9'), 'none');
    assert.equal(readClaim('IL-11, unlike IL-6, raised MMP-9 expression in MDA-MB-231 cells.', 'IL11 increases MMP9'), 'none');
  });
  test('controls: an aside between commas on the subject, a loss and a negative that cancel, a second predicate after "and"', () => {
    assert.equal(asClaim('IL-6, which is not a growth factor, raises STAT3 in HCC cells.', 'IL6', 'increases', 'STAT3'), 'none');
    assert.equal(asClaim('IL-6, perhaps unexpectedly, raised STAT3 in HCC cells.', 'IL6', 'increases', 'STAT3'), 'none');
    // A subject named as a group by its loss, turned round with the denial: "X silenced cells did not raise Z" is X raising Z.
    assert.equal(readClaim('Medium from IL-11 silenced MDA-MB-231 cells did not raise STAT3 phosphorylation.', 'IL11 increases STAT3'), 'none');
    // The participant named again by a pronoun after a contrast and a sentence adverbial: the link runs through it.
    assert.equal(readClaim('IL-6 was thought to lower STAT3 in HCC cells, but in fact it raised STAT3 there.', 'IL6 increases STAT3'), 'none');
    assert.equal(readClaim('IL-6 was thought to lower STAT3 in HCC cells, but instead it raised STAT3 there.', 'IL6 increases STAT3'), 'none');
    assert.equal(asClaim('In the absence of gp130, IL-6 no longer raised STAT3 in HCC cells.', 'GP130', 'increases', 'STAT3'), 'none');
    assert.equal(asClaim('STAT3 is not a marker of stem cells and drives the migration of HCC cells.', 'STAT3', 'promotes', 'CELL_MIGRATION'), 'none');
  });

  test('one set of exemptions (h-denyone54): a denial the text\'s reading grants (a fixed wording, a concession, a loss before the participant) is granted by the one predicate', () => {
    assert.equal(asClaim('IL-11 raised, with or without serum, MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
    assert.equal(asClaim('IL-11 not always raised MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
    assert.equal(asClaim('Although IL-11 did not lower VEGF, it raised MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
    assert.equal(asClaim('Hypoxia raised VEGF in tumours lacking STAT3.', 'HYPOXIA', 'increases', 'STAT3'), 'none');
    // (Controls: the same denials said plainly are unread.)
    assert.equal(asClaim('IL-11 raised, without serum, MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'negation');
    assert.equal(asClaim('IL-11 did not raise MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'negation');
    // (A denial in a first predicate before "and" is the first predicate's, by the tokens' reading.)
    assert.equal(asClaim('IL-11 did not lower VEGF and raised MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
  });
  test('one table of denial words (denialWords.ts): the words one guard alone listed (no change, independence) are unread by the one predicate', () => {
    assert.equal(asClaim('IL-11, with STAT3 unchanged, raised MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'negation');
    assert.equal(asClaim('IL-11 was ineffective at raising MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'negation');
    // (A denial in a first predicate before "and" is the first predicate's, whichever guard listed its word.)
    assert.equal(asClaim('IL-11 left STAT3 unchanged and raised MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'none');
    assert.equal(asClaim('IL-11 acted independently of any rise in MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'negation');
  });

  test('an unread contrast between the participants', () => {
    assert.equal(asClaim('IL-11 raised VEGF expression, whereas MMP-9 was unchanged in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'contrast');
    assert.equal(asClaim('Hypoxia raised VEGF, but in these cells STAT3 stayed low.', 'HYPOXIA', 'increases', 'STAT3'), 'contrast');
  });
  test('controls: "but also", a contrast opening a second predicate of the same subject', () => {
    assert.equal(asClaim('MMP-13 is kept low in healthy tissue but is raised in tumours and promotes invasion of MDA-MB-231 cells.', 'MMP13', 'promotes', 'CELL_INVASION'), 'none');
  });

  test('a noun of change or loss the trigger did not consume: after a verb of directed change, or over the subject', () => {
    assert.equal(asClaim('Hypoxia raised the loss of STAT3 in MDA-MB-231 cells.', 'HYPOXIA', 'increases', 'STAT3'), 'change-noun');
    // (The word of a blockade between, "a dominant-negative form", is the loss over the subject again, no denial.)
    assert.equal(asClaim('Blockade of STAT3 through a dominant-negative form raised MMP-9 expression in MDA-MB-231 cells.', 'STAT3', 'increases', 'MMP9'), 'change-noun');
  });
  test('controls: a verb of causing states the change itself; a loss the reading inverted', () => {
    assert.equal(asClaim('Hypoxia caused the loss of STAT3 in MDA-MB-231 cells.', 'HYPOXIA', 'decreases', 'STAT3'), 'none');
    assert.equal(asClaim('Blockade of STAT3 raised MMP-9 expression in MDA-MB-231 cells.', 'STAT3', 'decreases', 'MMP9'), 'none');
    assert.equal(asClaim('Blockade of STAT3 raised MMP-9 expression in MDA-MB-231 cells.', 'STAT3', 'increases', 'MMP9', { inverted: true }), 'none');
  });

  test('a head noun after a participant that makes it another molecule', () => {
    assert.equal(asClaim('A synthetic IL-11 agonist raised MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9'), 'referent-noun');
    assert.equal(asClaim('An IL-11 antagonist lowered MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'decreases', 'MMP9'), 'referent-noun');
  });
  test('controls: the antagonist the reading inverted, a drug named by its target\'s blocker class', () => {
    assert.equal(asClaim('An IL-11 antagonist lowered MMP-9 expression in MDA-MB-231 cells.', 'IL11', 'increases', 'MMP9', { inverted: true }), 'none');
    assert.equal(asClaim('Sarilumab is an IL-6R blocker used in arthritis.', 'SARILUMAB', 'inhibits', 'IL6R'), 'none');
  });
  // Stop 55 (h-lossdeny55): a claim read through a loss and a denial together carries the mark (claims/extract.ts
  // lossAndDenial); the guard reads the denial from the mark, not from a word after the subject.
  test('a claim read by the rule for a denial under a loss: the reader marks it, and its denial is read', () => {
    for (const [text, triple] of [
      ['Conditioned medium from IL-11-silenced tumour cells did not raise STAT3 phosphorylation.', 'IL11 increases STAT3'],
      ['Conditioned medium from IL-11 suppressed cells failed to raise STAT3 phosphorylation.', 'IL11 increases STAT3'],
      ['In STAT3-deficient cells, IL-6 did not induce MMP-3.', 'STAT3 promotes MMP3'],
      ['In cells lacking STAT3, IL-6 failed to induce MMP-3.', 'STAT3 promotes MMP3'],
    ] as const) {
      const { s } = sentence(text);
      const read = s.claims.find(({ claim: c }) => `${c.subject.entityId} ${c.relation} ${c.object.entityId}` === triple);
      assert.ok(read?.claim.lossAndDenial, `${text}: ${triple} not marked`);
      assert.equal(readClaim(text, triple), 'none', text);
    }
  });
  test('controls: the same claim unmarked leaves its denial unread; a group named by its loss with a plain verb', () => {
    assert.equal(asClaim('Conditioned medium from IL-11-silenced tumour cells did not raise STAT3 phosphorylation.', 'IL11', 'increases', 'STAT3'), 'negation');
    assert.equal(asClaim('In STAT3-deficient cells, IL-6 did not induce MMP-3.', 'STAT3', 'promotes', 'MMP3'), 'negation');
    const { s } = sentence('Conditioned medium from IL-11-silenced tumour cells raised STAT3 phosphorylation.');
    assert.ok(s.claims.every(({ claim: c }) => !c.lossAndDenial));
  });
});
