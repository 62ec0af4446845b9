// Stop 51 (h-deny51): false SUPPORTED readings found by the stop's audit (issue 7, SUPPORTED precision), each fixed at
// its mechanism, with near misses that must keep their readings.
// - A belief or expectation the next clause denies or overturns (denials.ts): "X was thought to raise Y, but it does
//   not" denies the belief's claim; "X was thought to raise Y, but in fact it lowered Y" drops it.
// - A name set apart from its class (excludedMember.ts reads roles.ts setApartAt, now with "all cytokines but X"): the
//   name's findings do not back the class, and a claim read of the set-apart mention itself has no evidence.
// - A comment between the "but" and the second half of "not only A but also B" (notOnly.ts, simplifiedViews.ts): the
//   pair stays a predicate pair and the second half is read and speaks.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { notOnlyShape } from '../../src/core/claims/notOnly';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a belief the next clause denies (stop 51, h-deny51)', () => {
  test('"was thought (believed, expected) to ..., but it does not": never supported; a bare denial is contradicted', () => {
    for (const text of ['IL-11 was thought to promote EMT, but it does not.', 'IL-11 expression was believed to drive invasion, but it does not.', 'IL-11 was thought to raise MMP-9 in MDA-MB-231 cells, but it did not.']) {
      assert.equal(claimsAndVerdict(text, kb).verdict, 'contradicted', text);
    }
    assert.notEqual(claimsAndVerdict('IL-11 was expected to promote EMT, but it did not.', kb).verdict, 'supported');
  });
  test('"was thought to raise Y, but it lowered it (in fact it lowered Y)": the belief is dropped', () => {
    for (const text of ['IL-11 was thought to raise MMP-9, but it lowered it.', 'Not without reason, IL-11 was thought to raise MMP-9, but it lowered it.']) {
      const { claims, verdict } = claimsAndVerdict(text, kb);
      assert.ok(!claims.some((c) => c === 'IL11 increases MMP9'), `${text} ${JSON.stringify(claims)}`);
      assert.notEqual(verdict, 'supported', text);
    }
    assert.equal(claimsAndVerdict('IL-11 was believed to raise MMP-9 in MDA-MB-231 cells, but in fact it lowered MMP-9 there.', kb).verdict, 'contradicted');
  });
  test('near misses: a belief granted keeps its claim', () => {
    for (const text of ['IL-11 was thought to raise MMP-9 in MDA-MB-231 cells, but its route is unknown.', 'IL-11 was thought to raise MMP-9 in MDA-MB-231 cells, and it did.', 'IL-11 was thought to raise MMP-9, but it also promotes EMT.']) {
      assert.equal(claimsAndVerdict(text, kb).verdict, 'supported', text);
    }
    // (A denial of something else after "but" leaves the belief: "but it does not raise MMP-13".)
    assert.ok(claimsAndVerdict('IL-11 was thought to raise MMP-9, but it does not raise MMP-13.', kb).claims.some((c) => c.startsWith('IL11 increases MMP9')));
  });
});

suite('a name set apart from its class backs no claim on the class (stop 51, h-deny51)', () => {
  test('"besides X", "all (every, all of the) N but X": X\'s findings do not back the class', () => {
    for (const text of ['Cytokines besides IL-11 promote EMT.', 'All cytokines but IL-11 promote EMT.', 'All of the cytokines but IL-11 promote EMT.', 'Every cytokine but IL-11 raises MMP-9.']) {
      assert.notEqual(claimsAndVerdict(text, kb).verdict, 'supported', text);
    }
  });
  test('near misses: "but" as a conjunction, and a claim on another name', () => {
    assert.equal(claimsAndVerdict('IL-6 rose but IL-11 promoted EMT.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('Besides IL-11, IL-6 also raises STAT3 in HCC cells.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('Hypoxia raised all cytokines but IL-11 lowered EMT.', kb).verdict, 'supported');
  });
});

suite('a comment inside "not only A but also B" (stop 51, h-deny51)', () => {
  test('the shape stays a predicate pair past "but, we suspect, also", "but, in our view, also", "but we suspect it also"', () => {
    for (const rest of ['not only raised MMP-9 but, we suspect, also drives angiogenesis.', 'not only raised MMP-9 but, in our view, also drives angiogenesis.', 'not only raised MMP-9, but we suspect it also drives angiogenesis.', 'not only raised MMP-9, but we believe that it also drives angiogenesis.']) {
      assert.equal(notOnlyShape(rest), 'predicate', rest);
    }
    assert.equal(notOnlyShape('not only raised MMP-9 but also MMP-13.'), 'list');
  });
  test('the unbacked second half speaks: no evidence', () => {
    for (const text of ['IL-11 not only raised MMP-9 but, we suspect, also drives angiogenesis.', 'IL-11 not only raised MMP-9 but, in our view, also drives angiogenesis.', 'IL-11 not only raised MMP-9, but we suspect it also drives angiogenesis.']) {
      assert.notEqual(claimsAndVerdict(text, kb).verdict, 'supported', text);
    }
  });
  test('near misses: both halves backed, and an aside on a plain sentence', () => {
    assert.equal(claimsAndVerdict('IL-11 not only raised MMP-9 in MDA-MB-231 cells but, in our view, also promotes EMT.', kb).verdict, 'supported');
    assert.equal(claimsAndVerdict('IL-11, we believe, raises MMP-9.', kb).verdict, 'supported');
  });
});
