// Issue 7 (h-oos53, stop 53): scope both ways, each class in sentences of our own.
// - A drug defined by what it blocks, "D is a monoclonal antibody that targets Y", "D is a novel Y blocker"
//   (claims/drugTargets.ts): D inhibits Y, a claim the library can check; beside an indication outside cancer it went
//   out of scope, alone it was an actor with no claim.
// - Non-claims that were read as unsupported: "our study aimed to", "this review seeks to", a family defined by the
//   shared use of a receptor chain, and the general class "cytokine" as the predicate noun of a subject the library
//   has no findings on (scope.ts namedInPassing).
import * as assert from 'assert';
import { readingTable, bundledKb, verdictOf } from './helpers';
import { namedInPassing, nonClaimKind } from '../../src/core/verify/scope';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';

readingTable('reader oos53', 'a drug defined by the target it blocks inhibits the target (drugTargets.ts)', [
  ['Sarilumab is a monoclonal antibody that targets the IL-6 receptor.', ['SARILUMAB inhibits IL6R'], 'supported'],
  ['Sarilumab is a fully human antibody which selectively targets the interleukin-6 receptor.', ['SARILUMAB inhibits IL6R'], 'supported'],
  ['Sarilumab is a novel IL-6 receptor blocker.', ['SARILUMAB inhibits IL6R'], 'supported'],
  ['Sarilumab is an IL-6R antagonist given by injection.', ['SARILUMAB inhibits IL6R'], 'supported'],
  ['NT157 is a selective IGF-1R inhibitor.', ['NT157 inhibits IGF1R'], 'supported'],
  // The indication outside cancer is an aside on the drug: the backed definition speaks (off-topic yields to it).
  ['Sarilumab is a new IL-6R blocker that is used with methotrexate in adults with rheumatoid arthritis.', ['SARILUMAB inhibits IL6R'], 'supported'],
  ['Sarilumab is a human antibody that targets the IL-6 receptor, and it is given mainly for rheumatoid arthritis.', ['SARILUMAB inhibits IL6R'], 'supported'],
  // Denied: the definition's claim, denied, against the finding.
  ['Sarilumab is not an IL-6R antagonist.', ['NOT SARILUMAB inhibits IL6R'], 'contradicted'],
  // Near miss: a target the library has no such finding on.
  ['Sarilumab is a monoclonal antibody that targets IL-11.', ['SARILUMAB inhibits IL11'], 'unsupported/no-evidence'],
]);

suite('reader oos53: the shapes the drug definition leaves alone', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  test('a drug the library reports nothing of, defined as "a Y inhibitor", is a background definition', () => {
    for (const text of ['Linsitinib is a selective IGF-1R inhibitor.', 'Linsitinib is an oral IGF-1R antagonist.', 'Tocilizumab is a humanised antibody that targets the IL-6 receptor.']) assert.equal(verdictOf(text, kb), 'out-of-scope', text);
    // A drug the library reports on stays a claim it checks; an outcome after the class noun is a finding.
    assert.equal(nonClaimKind('Linsitinib is a selective IGF-1R inhibitor.', false, undefined, () => true), undefined);
    assert.equal(nonClaimKind('Linsitinib is a selective IGF-1R inhibitor of tumour growth.', false, undefined, () => false), undefined);
  });
  test('no drug before the copula, or a verb between, reads no target of a drug', () => {
    // A molecule is no drug: "STAT3 is a ... inhibitor" is no drug-target claim (left to the other readers).
    assert.notEqual(verdictOf('STAT3 is a well-known IL-6 inhibitor target.', kb), 'supported');
    // The class noun after something other than the target: "blocker" heads no target named before it.
    assert.notEqual(verdictOf('Sarilumab is a blocker used in arthritis clinics.', kb), 'supported');
  });
});

suite('scope oos53: non-claims read as unsupported', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  test('"our study aimed to", "this review seeks to" state an aim', () => {
    for (const text of [
      'Our study aimed to compare lenvatinib with sorafenib in patients with liver tumours.',
      'Our work aimed to learn whether serum IL-6 tracks relapse of oral tumours.',
      'This review seeks to summarise what is known of hypoxia and IL-11 in breast tumours.',
      'The present review seeks to gather the evidence on STAT3 in thyroid tumours.',
      'We seek to understand how IGF-1R shapes sorafenib resistance.',
    ]) assert.equal(nonClaimKind(text, true), 'aim', text);
    // A study that found something is no aim; "seek" in another sense is left alone.
    for (const text of ['Our study found that IL-6 raises STAT3 phosphorylation in HCC cells.', 'Tumour cells seek oxygen by raising VEGF.']) assert.notEqual(nonClaimKind(text, true), 'aim', text);
  });
  test('a family defined by the shared use of a chain is a definition, when no claim was read', () => {
    for (const text of [
      'The IL-6 family cytokines are characterised by the shared use of the signalling chain gp130.',
      'These cytokines are defined by their common usage of one receptor subunit.',
      'Members of the group are united by the joint use of gp130.',
    ]) assert.equal(nonClaimKind(text, false), 'definition', text);
    assert.equal(nonClaimKind('IL-6 is characterised by its effect on STAT3.', false), undefined);
  });
  test('"cytokine" as the predicate noun of a subject the library does not study is no actor', () => {
    for (const text of [
      'Oncostatin M is a secreted cytokine involved in homeostasis and in chronic inflammation.',
      'IL-10 is an anti-inflammatory and immunosuppressive cytokine.',
      'LIF is a pleiotropic cytokine of many tissues.',
      'IL-27 remains a poorly understood cytokine.',
    ]) assert.equal(verdictOf(text, kb), 'out-of-scope', text);
    // A subject the library studies stays an actor; so does the class as the subject, or after a named family.
    for (const text of ['IL-10 and IL-27 are immunosuppressive cytokines.', 'IL-27 is one of the least studied cytokines.']) assert.equal(verdictOf(text, kb), 'out-of-scope', text);
    for (const text of ['IL-6 is a pleiotropic cytokine.', 'Cytokines drive the spread of many tumours.']) assert.equal(verdictOf(text, kb), 'unsupported/no-evidence', text);
    // The class named as an agent after a participle or a preposition stays an actor.
    assert.equal(namedInPassing('IL-27 is induced by cytokines.', 0, { entityId: 'CYTOKINE', start: 20, end: 29 }), false);
    assert.equal(namedInPassing('Invasion is driven in part by cytokines.', 0, { entityId: 'CYTOKINE', start: 30, end: 39 }), false);
    assert.equal(namedInPassing('IL-27 is a secreted cytokine.', 0, { entityId: 'CYTOKINE', start: 20, end: 28 }), true);
  });
});
