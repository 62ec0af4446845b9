// Issue 7, stop 39 (h-loss39): the rule of a loss, stated once in lostPlace.ts. A loss of Z inverts what it causes, and
// a claim set in a place defined by a loss of Z is checked through that loss. Sentences of our own, one construction
// each: the change of a name in a place that lacks Z ("Y fell in HCC cells lacking Z", read word by word as Y acting
// on Z before), "in the absence of Z, Y rose", and a loss in a cancer no finding studied.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { isLostInPlace, lostInPlace, namesLostAsObject, withoutLostRoute } from '../../src/core/claims/lostPlace';
import type { ClaimVerification } from '../../src/core/verify/verify';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('the rule of a loss (lostPlace.ts)', () => {
  test('a place lacks the names after its words of lacking, a second one after "and" too', () => {
    const text = 'MMP-9 rose in cells lacking IL-11 and STAT3, but not in mice deficient in IL-6';
    const at = (name: string) => ({ entityId: name, start: text.indexOf(name) });
    assert.deepEqual([...(lostInPlace(text, 0, [at('MMP-9'), at('IL-11'), at('STAT3'), at('IL-6')]) ?? [])], ['IL-11', 'STAT3', 'IL-6']);
    assert.equal(isLostInPlace(text, 0, at('MMP-9')), false);
  });

  test('lostInPlace (its one test for a word of lacking first) agrees with asking each mention', () => {
    const texts = ['MMP-9 rose in cells lacking IL-11 and STAT3, but not in mice deficient in IL-6', 'MMP-9 rose in cells treated with IL-11 and STAT3 lacking nothing', 'In HCC, cells devoid of IL-11 showed lower MMP-9'];
    for (const text of texts) {
      const mentions = ['MMP-9', 'IL-11', 'STAT3', 'IL-6', 'HCC'].filter((name) => text.includes(name)).map((name) => ({ entityId: name, start: text.indexOf(name) }));
      const each = mentions.filter((m) => isLostInPlace(text, 0, m)).map((m) => m.entityId);
      assert.deepEqual([...(lostInPlace(text, 0, mentions) ?? [])], each, text);
    }
  });

  test('rule 1: only an object named after the subject is the lost name taken as an object', () => {
    const m = (entityId: string, start: number) => ({ entityId, start, end: start + 4, text: entityId });
    const claim = (subject: ReturnType<typeof m>, object: ReturnType<typeof m>) => ({ subject, object }) as unknown as Parameters<typeof namesLostAsObject>[0];
    const lost = (o: { entityId: string }) => o.entityId === 'Z';
    assert.equal(namesLostAsObject(claim(m('X', 0), m('Z', 20)), lost), true);
    assert.equal(namesLostAsObject(claim(m('Z', 20), m('X', 0)), lost), false);
    assert.equal(namesLostAsObject(claim(m('X', 0), m('Y', 20)), lost), false);
  });

  test('rule 2: a finding routed through the lost name backs nothing; one with another route still does', () => {
    const verification = (mediators: string[]): ClaimVerification =>
      ({ verdict: 'supported', basis: null, evidence: [{ mediators }], nearest: [], conflicting: [] }) as unknown as ClaimVerification;
    assert.equal(withoutLostRoute(verification(['IL11']), new Set(['IL11'])).verdict, 'unsupported');
    assert.equal(withoutLostRoute(verification(['STAT3']), new Set(['IL11'])).verdict, 'supported');
    assert.equal(withoutLostRoute(verification(['IL11']), undefined).verdict, 'supported');
  });

  const cases: readonly [sentence: string, claims: string[], verdict: string][] = [
    // The fall of a name in a place lacking Z: Z raises it, checked in the place's cancer.
    ['STAT3 phosphorylation fell in HCC cells lacking IL-6.', ['IL6 increases STAT3 [ctx HCC]'], 'supported'],
    ['STAT3 phosphorylation fell in gastric cancer cells lacking IL-6.', ['IL6 increases STAT3 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
    // A rise there: Z lowers it, against a finding that Z raises it.
    ['MMP-13 expression rose in OSCC cells lacking IL-11.', ['IL11 decreases MMP13 [ctx OSCC]'], 'contradicted'],
    // "In the absence of Z, Y rose": Y is lowered by Z.
    ['In the absence of IL-6, STAT3 phosphorylation rose in HCC cells.', ['IL6 decreases STAT3 [ctx HCC]'], 'contradicted'],
    ['In the absence of IL-6, STAT3 phosphorylation rose in gastric cancer cells.', ['IL6 decreases STAT3 [ctx GASTRIC_CANCER]'], 'unsupported/other-context'],
    // An agent's effect in a place that lacks Z: Z is no object of the agent, and a finding through Z backs nothing.
    ['Hypoxia raised MMP-9 in cells lacking IL-11.', ['HYPOXIA increases MMP9'], 'unsupported/no-evidence'],
    // The sibling STAT: nothing the library says.
    ['STAT1 phosphorylation fell in HCC cells lacking IL-6.', [], 'unsupported/no-evidence'],
    // A passive's change in the place (extract.ts agentInPlace, stop 40: read nothing, or the cancer as the cause):
    // the lost Z is the agent, turned round, as in "IL-6-deficient mice".
    ['STAT3 phosphorylation was reduced in mice lacking IL-6.', ['IL6 increases STAT3'], 'supported'],
    ['STAT3 phosphorylation was reduced in HCC cells lacking IL-6.', ['IL6 increases STAT3 [ctx HCC]'], 'supported'],
    ['MMP-13 expression was increased in OSCC cells that lack IL-11.', ['IL11 decreases MMP13 [ctx OSCC]'], 'contradicted'],
    // Rule 3 with any passive word of lossWording ("inactivated", not only "silenced"): the loss is the claim's context.
    ['In HCC cells, IL-6 elevated STAT3 only when STAT1 had been inactivated.', ['IL6 increases STAT3 [ctx HCC,STAT1]'], 'unsupported/other-context'],
    // A named agent is the cause; the place's loss is only where its effect was seen.
    ['STAT3 phosphorylation was reduced by hypoxia in cells lacking IL-6.', ['HYPOXIA decreases STAT3'], 'contradicted'],
  ];
  for (const [sentence, claims, verdict] of cases) {
    test(`"${sentence}" → ${claims.join('; ') || 'no claim'}, ${verdict}`, () => {
      assert.deepEqual(claimsAndVerdict(sentence, kb), { claims, verdict });
    });
  }
});
