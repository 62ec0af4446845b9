// A cytokine called pro- or anti-inflammatory (claims/inflammatoryKind.ts): the copular kind is a claim about
// inflammation; an apposition is a side remark and reads none.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictAndTriples } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const read = (text: string) => verdictAndTriples(text, kb);

suite('a cytokine called pro- or anti-inflammatory', () => {
  test('"X is an anti-inflammatory cytokine" lowers inflammation, against a finding that X drives it', () => {
    const { verdict, claims } = read('Interleukin-6 (IL-6) is a versatile, anti-inflammatory mediator.');
    assert.ok(claims.includes('IL6 inhibits INFLAMMATION'), JSON.stringify(claims));
    assert.equal(verdict, 'contradicted');
  });
  test('"pro-inflammatory" raises it', () => {
    assert.ok(read('IL-6 remains a typical proinflammatory cytokine.').claims.includes('IL6 promotes INFLAMMATION'));
  });
  test('a role in anti-inflammatory activity lowers inflammation; in pro-inflammatory activity raises it; a denied role reads nothing (stop 39)', () => {
    const { verdict, claims } = read('Interleukin-6 is widely believed to possess a leading role in anti-inflammatory actions.');
    assert.ok(claims.includes('IL6 inhibits INFLAMMATION'), JSON.stringify(claims));
    assert.equal(verdict, 'contradicted');
    assert.ok(read('IL-6 has an important part in pro-inflammatory processes.').claims.includes('IL6 promotes INFLAMMATION'));
    assert.ok(!read('IL-6 does not have a part in anti-inflammatory processes.').claims.includes('IL6 inhibits INFLAMMATION'));
  });
  test('a verb on the class of pro-inflammatory signals says what the subject does to inflammation (stop 50)', () => {
    const { verdict, claims } = read('IL-6 can act to block the actions of proinflammatory mediators.');
    assert.ok(claims.includes('IL6 inhibits INFLAMMATION'), JSON.stringify(claims));
    assert.equal(verdict, 'contradicted');
    assert.ok(read('STAT3 stimulates the release of pro-inflammatory cytokines.').claims.includes('STAT3 promotes INFLAMMATION'));
  });
  test('near misses: a denied verb, or a verb of other cells named in a relative, reads nothing on inflammation', () => {
    const denied = read('IL-6 did not suppress pro-inflammatory cytokines.');
    assert.ok(!denied.claims.some((c) => c.includes('INFLAMMATION')), JSON.stringify(denied.claims));
    assert.notEqual(denied.verdict, 'contradicted');
    const relative = read('IL-6 is released by macrophages that induce pro-inflammatory cytokines.');
    assert.ok(!relative.claims.includes('IL6 promotes INFLAMMATION'), JSON.stringify(relative.claims));
  });
  test('a verb on the class after "failed to", "was unable to", "rarely" reads nothing on inflammation (stop 51)', () => {
    for (const text of ['IL-6 failed to stimulate the secretion of pro-inflammatory mediators.', 'IL-6 was unable to increase proinflammatory factors.', 'IL-6 rarely triggers pro-inflammatory signals.']) {
      const { verdict, claims } = read(text);
      assert.ok(!claims.includes('IL6 promotes INFLAMMATION'), `${text} ${JSON.stringify(claims)}`);
      assert.notEqual(verdict, 'supported', text);
    }
  });
  test('a subject named by its loss takes the opposite direction: the loss of IL-6 lowering the class says IL-6 raises inflammation (stop 51)', () => {
    for (const text of ['IL-6 neutralization dampened the production of proinflammatory mediators.', 'Knockdown of IL-6 decreased the levels of pro-inflammatory factors.']) {
      const { verdict, claims } = read(text);
      assert.ok(claims.includes('IL6 promotes INFLAMMATION') && !claims.includes('IL6 inhibits INFLAMMATION'), `${text} ${JSON.stringify(claims)}`);
      assert.notEqual(verdict, 'contradicted', text);
    }
    const raised = read('IL-6 deficiency elevated pro-inflammatory signals.');
    assert.ok(raised.claims.includes('IL6 inhibits INFLAMMATION'), JSON.stringify(raised.claims));
    assert.equal(raised.verdict, 'contradicted');
  });
  test('an apposition is a side remark: no inflammation claim', () => {
    const { claims } = read('IL-6, an anti-inflammatory cytokine in some tissues, activates STAT3.');
    assert.ok(!claims.some((c) => c.endsWith('INFLAMMATION')), JSON.stringify(claims));
  });
});
