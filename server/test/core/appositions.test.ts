// Appositions that describe the subject (claims/appositions.ts): each rule's example is its test; the
// description's entities are neither participants nor context of the verb after it, in the frame reader and in
// knowledge-anchored reading alike.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { appositionRules } from '../../src/core/claims/appositions';
import { anchoredClaimsOf, bundledKb, claimsOf, formatClaim, onlySentence, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const anchoredClaims = (text: string): string[] => anchoredClaimsOf(text, kb);

suite('appositions: each example', () => {
  for (const rule of appositionRules) {
    test(`${rule.name}: ${rule.example}`, () => {
      assert.deepEqual(claimsOf(rule.example, kb), [...rule.reads].sort());
      assert.deepEqual(anchoredClaims(rule.example), [...rule.reads].sort());
    });
  }
});

suite('appositions: the frame reader', () => {
  test('a disease named in the description is not the claim\'s context', () => {
    assert.deepEqual(claimsOf('Sorafenib, a multikinase inhibitor approved for HCC, raised IL-6R expression.', kb), ['SORAFENIB increases IL6R']);
  });

  test('the description\'s own verb keeps its reading, and is no earlier predicate of the subject', () => {
    assert.deepEqual(claimsOf('HIF-1α, a transcription factor stabilised under hypoxia, increases IL-11 expression.', kb), ['HIF1A increases IL11', 'HYPOXIA increases HIF1A']);
  });

  test('a context after the verb stays the claim\'s', () => {
    assert.deepEqual(claimsOf('IL-11, a member of the IL-6 family, activates STAT3 in breast cancer cells.', kb), ['IL11 activates STAT3 [ctx BREAST_CANCER]']);
  });

  test('a frame reads from the subject past its list of parts to its predicate', () => {
    assert.deepEqual(claimsOf('The tumour microenvironment, including CAFs, hypoxia, and immune cells, has a strong impact on HCC progression.', kb), ['TUMOR_MICROENVIRONMENT regulates TUMOR_PROGRESSION [ctx HCC]']);
  });

  test('a list of parts closes at the comma its predicate follows, not at its own commas', () => {
    assert.deepEqual(claimsOf('The tumour microenvironment, including hypoxia, CAFs, and exosomes, promotes HCC progression.', kb), ['TUMOR_MICROENVIRONMENT promotes TUMOR_PROGRESSION [ctx HCC]']);
  });

  test('a relative clause on the subject: the verb after it is the subject\'s, and its own claim comes second', () => {
    const sentence = onlySentence('Sorafenib, which blocks Raf kinases, lowered STAT3 phosphorylation in HCC cells.', kb);
    assert.deepEqual(sentence.claims.map((c) => formatClaim(c.claim)), ['SORAFENIB decreases STAT3 [ctx HCC]', 'SORAFENIB inhibits RAF_FAMILY']);
    assert.equal(sentence.mainClaim, 0);
  });

  test('a relative clause whose verb is no relation still leaves the subject to the verb after it', () => {
    assert.ok(claimsOf('Sorafenib, which targets Raf kinases, lowered STAT3 phosphorylation.', kb).includes('SORAFENIB decreases STAT3'));
  });

  test('a passive relative clause is said of its antecedent, and keeps its place to itself', () => {
    assert.deepEqual(claimsOf('IL-11, which is overexpressed in OSCC, activates STAT3 in breast cancer cells.', kb), ['IL11 activates STAT3 [ctx BREAST_CANCER]', 'OSCC associated-with(positive) IL11']);
  });

  test('a list of names is no apposition', () => {
    assert.deepEqual(claimsOf('IL-6, IL-11 and OSM activate STAT3.', kb).filter((c) => c.startsWith('IL11')), ['IL11 activates STAT3']);
  });
});

suite('appositions: anchored reading', () => {
  test('a description holding an entity, an adjective or a participle is passed over', () => {
    assert.ok(anchoredClaims('IL-11, a gp130 cytokine, induces MMP-13 expression.').includes('IL11 induces MMP13'));
    assert.ok(anchoredClaims('IL-6, an inflammatory cytokine abundant in HCC, activates STAT3.').includes('IL6 activates STAT3'));
  });

  test('a member of a list of parts is not the verb\'s subject', () => {
    assert.deepEqual(anchoredClaims('The tumour microenvironment, including hypoxia, CAFs, and exosomes, promotes HCC progression.'), ['TUMOR_MICROENVIRONMENT promotes TUMOR_PROGRESSION [ctx HCC]']);
  });

  test('the entity inside the description is not the verb\'s subject', () => {
    assert.ok(!anchoredClaims('IL-11, a gp130 cytokine, induces MMP-13 expression.').some((c) => c.startsWith('GP130')));
  });
  test('a graded participle after a determiner ("a significantly reduced risk") is no verb taking a subject from the description', () => {
    // Read as a verb, "reduced" took the tumour from the relative clause as its subject and the sentence said nothing
    // of hypoxia; as a modifier it is the association's lowered partner, against the finding that hypoxia drives metastasis.
    const hypoxia = onlySentence('Hypoxia, which acts on both tumour and stromal cells, is linked to a significantly reduced risk of metastasis.', kb);
    assert.deepEqual(hypoxia.claims.map((c) => formatClaim(c.claim)), ['HYPOXIA associated-with(negative) METASTASIS']);
    assert.equal(hypoxia.verdict, 'contradicted');
    const il6 = onlySentence('IL-6, which reaches both tumour and stromal cells, is linked to a markedly decreased rate of tumour growth in HCC.', kb);
    assert.equal(il6.verdict, 'contradicted');
    // A graded past form after a name is still a verb.
    assert.equal(onlySentence('IL-6 significantly reduced apoptosis in HCC cells.', kb).verdict, 'supported');
  });
});

suite('a described subject whose noun takes a relative clause (stop 41)', () => {
  test('"X, a cytokine that binds A, drives Y": the verb after the comma is X\'s', () => {
    assert.ok(claimsOf('OSM, a cytokine that binds gp130, drives tumour growth.', kb).includes('NCBIGENE_5008 promotes TUMOR_GROWTH'));
  });

  test('the clause\'s own agent ("which is secreted by CAFs") is no agent of the main verb', () => {
    const claims = claimsOf('VEGF, a factor which is secreted by CAFs, promotes angiogenesis.', kb);
    assert.ok(claims.includes('VEGF promotes ANGIOGENESIS'), JSON.stringify(claims));
    assert.ok(!claims.includes('CAF promotes ANGIOGENESIS'), JSON.stringify(claims));
  });

  test('the main claim speaks for the sentence, not the clause\'s', () => {
    assert.equal(verdictOf('IL-6, a cytokine that signals through gp130, promotes metastasis in gastric cancer.', kb), 'unsupported/no-evidence');
  });
});

/** Each sentence reads its claim, set only in the main clause's place, in the clause reader and the anchored reader alike. */
function asideCases(cases: readonly [string, string][]): void {
  for (const [text, claim] of cases) {
    test(text, () => {
      assert.ok(claimsOf(text, kb).includes(claim), claimsOf(text, kb).join('; '));
      assert.deepEqual(anchoredClaims(text), [claim]);
    });
  }
}

// Issue 7, stop 43: a cancer an aside on the subject names is a side remark, not the setting of a claim whose clause
// names its own (the guideline's context is per claim); a claim that names no setting of its own keeps the aside's.
suite('a setting named in an aside is not the claim\'s own (stop 43)', () => {
  const cases: [string, string][] = [
    // A remark on where the subject was studied.
    ['IL-6, long studied in myeloma, raised STAT3 phosphorylation in HCC cells.', 'IL6 increases STAT3 [ctx HCC]'],
    ['IL-11, originally characterised in breast cancer, increased MMP-9 secretion by HCC cells.', 'IL11 increases MMP9 [ctx HCC]'],
    ['STAT3, extensively investigated in gastric cancer, promoted the invasion of Huh7 cells.', 'STAT3 promotes CELL_INVASION [ctx CELL_HUH7]'],
    // A description making the subject a driver of a disease.
    ['IL-6, a known driver of breast cancer, raised STAT3 phosphorylation in HCC cells.', 'IL6 increases STAT3 [ctx HCC]'],
    ['STAT3, a key regulator in gastric cancer, promoted the migration of HCC cells.', 'STAT3 promotes CELL_MIGRATION [ctx HCC]'],
    ['IL-11, a central mediator of colorectal tumours, activated STAT3 in OSCC cells.', 'IL11 activates STAT3 [ctx OSCC]'],
    // A bracketed remark.
    ['IL-6 (first described in myeloma) raised STAT3 phosphorylation in HCC cells.', 'IL6 increases STAT3 [ctx HCC]'],
    ['IL-11 (originally cloned from breast cancer cells) activated STAT3 in HCC cells.', 'IL11 activates STAT3 [ctx HCC]'],
    ['STAT3 (long investigated in gastric cancer) promoted the migration of HCC cells.', 'STAT3 promotes CELL_MIGRATION [ctx HCC]'],
  ];
  asideCases(cases);

  test('a claim that names no setting of its own keeps the aside\'s', () => {
    assert.deepEqual(claimsOf('IL-6, long studied in breast cancer, raised STAT3 phosphorylation.', kb), ['IL6 increases STAT3 [ctx BREAST_CANCER]']);
    assert.ok(claimsOf('STAT3, a key regulator in gastric cancer, promoted cell migration.', kb).includes('STAT3 promotes CELL_MIGRATION [ctx GASTRIC_CANCER]'));
    assert.deepEqual(claimsOf('IL-11, widely investigated in colorectal cancer, activated STAT3.', kb), ['IL11 activates STAT3 [ctx COLORECTAL_CANCER]']);
  });

  test('a drug or cancer as a class is no setting of the claim\'s own', () => {
    assert.deepEqual(claimsOf('IL-6, long studied in breast cancer, raised STAT3 phosphorylation in sorafenib-treated cells.', kb), ['IL6 increases STAT3 [ctx BREAST_CANCER,SORAFENIB]']);
  });

  test('a main clause in another cancer is set there, the aside\'s cancer left out', () => {
    assert.deepEqual(claimsOf('IL-6, long studied in HCC, raised STAT3 phosphorylation in gastric cancer cells.', kb), ['IL6 increases STAT3 [ctx GASTRIC_CANCER]']);
    assert.equal(verdictOf('IL-6, long studied in HCC, raised STAT3 phosphorylation in gastric cancer cells.', kb), 'unsupported/other-context');
    assert.equal(verdictOf('IL-11, widely investigated in HCC, activated STAT3 in OSCC cells.', kb), 'unsupported/other-context');
  });
});

// Issue 7, stop 43, round 3: three more shapes of the same side remark, a bare participle or adjective of level or
// presence ("X, elevated in D, ..."), a "whose" relative ("X, whose levels rise in D, ...") and "also" before the
// participle ("X, also implicated in D, ..."): the place is the claim's only when its own clause names none.
suite('a setting named in a remark on where the subject is found is not the claim\'s own (stop 43, round 3)', () => {
  const cases: [string, string][] = [
    // A bare participle or adjective of level or presence.
    ['IL-11, overexpressed in gastric cancer, increased MMP-9 secretion by HCC cells.', 'IL11 increases MMP9 [ctx HCC]'],
    ['STAT3, detected in the serum of breast cancer patients, promoted the invasion of Huh7 cells.', 'STAT3 promotes CELL_INVASION [ctx CELL_HUH7]'],
    ['IL-11, highly expressed in colorectal cancer, activated STAT3 in OSCC cells.', 'IL11 activates STAT3 [ctx OSCC]'],
    // A relative clause on what the subject has.
    ['IL-11, whose serum levels climb in breast cancer, raised STAT3 phosphorylation in HCC cells.', 'IL11 increases STAT3 [ctx HCC]'],
    ['IL-6, whose serum levels climb in breast cancer, increased MMP-9 secretion by HCC cells.', 'IL6 increases MMP9 [ctx HCC]'],
    ['IL-6, whose titres rise in colorectal cancer, raised STAT3 phosphorylation in Huh7 cells.', 'IL6 increases STAT3 [ctx CELL_HUH7]'],
    // "also" before the participle.
    ['IL-11, also implicated in breast cancer, activated STAT3 in OSCC cells.', 'IL11 activates STAT3 [ctx OSCC]'],
    ['STAT3, also overexpressed in gastric cancer, promoted the invasion of Huh7 cells.', 'STAT3 promotes CELL_INVASION [ctx CELL_HUH7]'],
    ['IL-6, also elevated in colorectal cancer, raised STAT3 phosphorylation in HCC cells.', 'IL6 increases STAT3 [ctx HCC]'],
  ];
  asideCases(cases);

  test('a claim that names no setting of its own keeps the aside\'s', () => {
    assert.deepEqual(claimsOf('IL-6, elevated in breast cancer patients, raised STAT3 phosphorylation.', kb), ['IL6 increases STAT3 [ctx BREAST_CANCER]']);
    assert.deepEqual(claimsOf('IL-6, whose levels rise in breast cancer, raised STAT3 phosphorylation.', kb), ['IL6 increases STAT3 [ctx BREAST_CANCER]']);
    assert.ok(claimsOf('STAT3, also overexpressed in gastric cancer, promoted cell migration.', kb).includes('STAT3 promotes CELL_MIGRATION [ctx GASTRIC_CANCER]'));
  });

  test('a main clause in another cancer is set there, the remark\'s cancer left out', () => {
    assert.deepEqual(claimsOf('IL-11, highly expressed in HCC, activated STAT3 in gastric cancer cells.', kb), ['IL11 activates STAT3 [ctx GASTRIC_CANCER]']);
    assert.equal(verdictOf('IL-6, whose levels rise in HCC, raised STAT3 phosphorylation in gastric cancer cells.', kb), 'unsupported/other-context');
    assert.equal(verdictOf('IL-6, also implicated in HCC, raised STAT3 phosphorylation in gastric cancer cells.', kb), 'unsupported/other-context');
  });

  test('a participle with its agent or a name is no remark on where the subject is found', () => {
    // (Stop 45, h-prec45b: with its object after it, "raised" is the subject's verb, so the reduced passive is read as
    // a description of IL-6 (appositions.ts participleDescription): hypoxia no longer takes "raised", and the
    // description's own claim keeps no setting of the main clause, as "STAT3, activated by IL-11, drives ..." reads.)
    const claims = claimsOf('IL-6, induced by hypoxia, raised STAT3 phosphorylation in HCC cells.', kb);
    assert.ok(claims.includes('HYPOXIA induces IL6') && claims.includes('IL6 increases STAT3 [ctx HCC]'), claims.join('; '));
    assert.ok(!claims.some((c) => c.startsWith('HYPOXIA increases STAT3')), claims.join('; '));
  });
});
