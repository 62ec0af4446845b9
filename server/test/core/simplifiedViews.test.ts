// Claims under the clutter of published sentences (claims/simplifiedViews.ts): each rule's example is its test;
// then sentences of our own for each class, read by the whole checker, with the offsets of what is read on a view,
// and the material a view must never drop (a denial, "only", "except").
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { aroundView, blanksAroundIn, clutterRules, simplifiedView } from '../../src/core/claims/simplifiedViews';
import { splitSentences } from '../../src/core/text/sentences';
import { readAbstract } from '../../src/core/kb/abstracts';
import type { Paper } from '../../src/core/kb/schema';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const squeezed = (text: string): string => text.replace(/\s+/g, ' ').trim();

suite('simplified views: each rule\'s example', () => {
  for (const rule of clutterRules) {
    test(`${rule.name}: ${rule.example}`, () => {
      const view = simplifiedView(rule.example, 0, rule.example.length, [rule]);
      assert.ok(view, 'the rule blanks something in its own example');
      assert.equal(view.text.length, rule.example.length, 'a view keeps the sentence\'s length');
      assert.equal(squeezed(view.text), rule.simplified);
    });
  }
});

suite('simplified views: what is never blanked', () => {
  const unchanged = (text: string): void => assert.equal(simplifiedView(text, 0, text.length), undefined, text);

  test('an aside that holds a denial, "only" or "except"', () => {
    unchanged('High IL-11 levels, only in breast tumours, go with nodal spread.');
    unchanged('IL-6, except in liver tumours, lowers STAT3 activity.');
    unchanged('Hypoxia, but not anoxia, raises IL-11 in these cells.');
    unchanged('Tumour hypoxia, not caused by poor perfusion alone, goes with a worse outcome.');
  });

  test('a fronted place or condition is the claim\'s setting, not clutter', () => {
    unchanged('In liver tumours, IL-6 raises STAT3 activity.');
    unchanged('Under hypoxia, breast tumour cells secrete more IL-11.');
  });

  test('a closing phrase that may state a claim, and a relative clause that runs on past its second comma', () => {
    unchanged('IL-11 raises MMP-13 in oral tumour cells, suggesting that STAT3 drives invasion.');
    unchanged('IL-11 raises MMP-13 in oral tumour cells, highlighting a role for STAT3 in invasion.');
    unchanged('IL-6 signalling, where the cytokine binds a soluble receptor, pairs with gp130 and starts signalling, drives liver inflammation.');
    unchanged('IL-6 raised STAT3 activity in liver tumour cells in vivo.');
    // Two subjects, each with its own apposition: no apposition of one subject with a list inside.
    unchanged('IL-11, a cytokine, and IL-6, another member of its family, raise STAT3 activity.');
    // A fronted cause is the claim, not the subject's quality.
    unchanged('Owing to hypoxia, breast tumour cells secrete more IL-11.');
    // Two named groups compared: the comparison is the claim.
    unchanged('IL-11 levels were higher in OSCC patients with nodal spread compared with those without it.');
  });

  test('a bracket that says more than a citation or a figure', () => {
    unchanged('NT157 (an IGF-1R inhibitor) lowered STAT3 phosphorylation.');
    unchanged('STAT3 phosphorylation rose (data not shown).');
    unchanged('IL-6 (10 ng/ml) raised STAT3 activity.');
  });

  test('the blanks stay inside the sentence they were found in', () => {
    const text = 'IL-11 raises MMP-13 (Fig. 2). Notably, hypoxia raises IL-11.';
    const second = text.indexOf('Notably');
    const view = simplifiedView(text, second, text.length);
    assert.ok(view);
    assert.equal(view.text.slice(0, second), text.slice(0, second));
    assert.deepEqual(view.blanked, [[second, second + 'Notably, '.length]]);
  });
});

suite('simplified views: the per-sentence test for a view to read around', () => {
  // analyzeBlock asks blanksAroundIn before it makes the block's aroundView: the two must agree on every sentence.
  const overlaps = (blanked: readonly [number, number][], start: number, end: number): boolean => blanked.some(([from, to]) => from < end && to > start);
  const sentences = [
    ...clutterRules.map((rule) => rule.example),
    'STAT3, in turn, raised MMP-9 in these cells, as noted above, and a markedly higher invasion followed.',
    'A rather small rise in IL-6, mostly produced by fibroblasts, preceded the relapse.',
    'IL-11 raised MMP-13 in oral tumour cells.',
    'Hypoxia, but not anoxia, raised IL-11.',
    'Notably, a particularly strong rise in VEGF, as expected, went with angiogenesis, e.g., in glioma.',
    'No aside here at all',
  ];
  test('blanksAroundIn says whether the block\'s view blanks anything in the sentence', () => {
    for (let first = 0; first < sentences.length; first++) {
      // Blocks of two to four sentences, so that blanks of one sentence sit beside the next.
      for (let size = 1; size <= 4 && first + size <= sentences.length; size++) {
        const text = sentences.slice(first, first + size).join(' ');
        const spans = splitSentences(text);
        const view = aroundView(text, spans);
        for (const span of spans) assert.equal(blanksAroundIn(text, span.start, span.end), view !== undefined && overlaps(view.blanked, span.start, span.end), `${text} [${span.start}, ${span.end})`);
      }
    }
  });
  // The rules a view is read around run only on a sentence that holds one of their literals, found in the sentence's
  // shared pass (sentenceWords.ts); copies of the rules are not gated and run on every sentence: both blank the same.
  test('the gate by literals blanks what the rules tried on every sentence blank', () => {
    const gated = clutterRules.filter((r) => r.readAround);
    const copies = gated.map((r) => ({ ...r }));
    for (const rule of gated) if (rule.literals) assert.ok(rule.literals.some((l) => rule.example.toLowerCase().includes(l)), rule.name);
    const more = ['A dash \u2013 set between spaces \u2013 stays a dash here.', 'An EXTREMELY important role and a VERY central one.', 'Given ITS role, X, WHOSE targets are many, rose.'];
    for (const text of [...sentences, ...more]) {
      for (const span of splitSentences(text)) {
        assert.deepEqual(simplifiedView(text, span.start, span.end, gated), simplifiedView(text, span.start, span.end, copies), text);
        for (const rule of gated) assert.deepEqual(simplifiedView(text, span.start, span.end, [rule]), simplifiedView(text, span.start, span.end, [{ ...rule }]), `${rule.name}: ${text}`);
      }
    }
  });
});

suite('simplified views: sentences read by the whole checker', () => {
  const verdictOf = (text: string): string => onlySentence(text, kb).verdict;
  const claimsIn = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));

  test('a fronted time frame', () => {
    assert.equal(verdictOf('During the past decade, some CAF subsets enhance antitumour immunity.'), 'contradicted');
    assert.equal(verdictOf('Within the last few years, some CAF subsets have been reported to strengthen antitumour immunity.'), 'contradicted');
    assert.equal(verdictOf('Over the past decade, high IL-11 levels, as reported previously, correlate with lymph node metastasis in OSCC patients.'), 'supported');
  });

  test('a discourse phrase between commas', () => {
    assert.equal(verdictOf('Some CAF subsets, however, enhance antitumour immunity.'), 'contradicted');
    assert.equal(verdictOf('A subset of CAFs, as shown previously, strengthens antitumour immunity.'), 'contradicted');
    assert.equal(verdictOf('Hypoxia, as noted above, is one of the main triggers of IL-11 expression.'), 'supported');
    assert.equal(verdictOf('High IL-11 levels, as noted in several studies, correlate with lymph node metastasis in OSCC patients.'), 'supported');
  });

  test('a participial aside on the subject', () => {
    assert.equal(verdictOf('Hypoxia, mainly caused by poor blood flow, is one of the main triggers of IL-11 expression.'), 'supported');
    assert.equal(verdictOf('Low oxygen, mostly produced by irregular vessels, goes along with more aggressive tumours and reduced metastasis.'), 'contradicted');
    assert.equal(verdictOf('IL-6, chiefly released by stromal fibroblasts, is one of the main drivers of sorafenib resistance in HCC.'), 'supported');
  });

  test('a degree adverb before the adjective of a frame\'s phrase', () => {
    assert.equal(verdictOf('Several members of the IL-6 family play a particularly important role in shaping inflammation.'), 'supported');
    assert.equal(verdictOf('Several cytokines of the IL-6 family play a very important role in liver regeneration.'), 'supported');
    assert.equal(verdictOf('HIF-1α is an extremely important driver of cell invasion.'), 'supported');
  });

  test('a statistics bracket: its ratio symbol is no gene', () => {
    assert.equal(verdictOf('Hypoxia increased HIF-1α levels (HR 1.5, p < 0.05).'), 'supported');
    assert.equal(verdictOf('Hypoxia is often associated with higher IL-11 levels (HR 1.8, p = 0.02).'), 'supported');
    assert.equal(verdictOf('Hypoxia increases IL-11 expression (HR 2.1, 95% CI 1.2-3.4, p = 0.01).'), 'supported');
  });

  test('an aim or methods label makes the sentence a non-claim', () => {
    for (const text of ['AIMS: To define whether hypoxia raises IL-11 in breast tumour cells.', 'Purpose: To test if HIF-1α drives invasion.', 'Materials and methods: HCC cells were exposed to sorafenib and IL-6.']) {
      const sentence = onlySentence(text, kb);
      assert.equal(sentence.verdict, 'out-of-scope', text);
      assert.ok(sentence.nonClaim === 'aim' || sentence.nonClaim === 'heading', text);
    }
  });

  test('a claim read on a view lands on the writer\'s words', () => {
    const text = 'During the past decade, some CAF subsets enhance antitumour immunity.';
    const [claim] = onlySentence(text, kb).claims;
    assert.ok(claim);
    assert.equal(text.slice(claim.claim.subject.start, claim.claim.subject.end), claim.claim.subject.text);
    assert.equal(text.slice(claim.claim.object.start, claim.claim.object.end), claim.claim.object.text);
    assert.ok(claim.claim.start >= text.indexOf('some'), 'the claim starts after the blanked time frame');
  });

  test('a closing comment on what the finding means (stop 33)', () => {
    assert.equal(verdictOf('Hypoxia increases IL-11 secretion in breast cancer cells, highlighting the importance of the tumour microenvironment.'), 'supported');
    assert.equal(verdictOf('IL-11 may raise MMP-13 expression in OSCC cells, underscoring the importance of STAT3 in this process.'), 'supported');
    assert.equal(verdictOf('Sorafenib has been shown to upregulate IL-6Rα in hepatoma cells, thereby underlining the clinical relevance of IL-6 in drug response.'), 'supported');
    assert.equal(verdictOf('IL-11 lowered MMP-13 expression in OSCC cells, highlighting the complexity of cytokine signalling in oral cancer.'), 'contradicted');
  });

  test('an inference in a closing participle is a side remark, not a second object (stop 33)', () => {
    assert.equal(verdictOf('IL-11 raised MMP-13 expression in OSCC cells, suggesting a role in invasion.'), 'supported');
    assert.equal(verdictOf('Moreover, IL-11 markedly raised MMP-13 expression in OSCC cells in a dose-dependent manner, thus pointing to a role in invasion.'), 'supported');
    assert.equal(verdictOf('IL-11 raised MMP-13 in OSCC cells, suggesting that it lowers the invasion of breast cancer cells.'), 'contradicted');
    // Read first by a frame reader, the inference still goes after the finding (sideClauses.ts).
    assert.equal(verdictOf('Exposure to IL-11 led to higher MMP-13 levels in OSCC cells, thus suggesting a role in invasion.'), 'supported');
    assert.equal(verdictOf('IL-6 is one of the main drivers of sorafenib resistance in HCC, indicating a role in invasion.'), 'supported');
    // The readout named as evidence is a side remark too.
    assert.equal(verdictOf('Sorafenib raised IL-6Rα levels in hepatoma cells, as evidenced by increased vimentin expression.'), 'supported');
    assert.equal(verdictOf('IL-11 promoted EMT in ATC cells, as shown by lower E-cadherin levels.'), 'supported');
    assert.equal(verdictOf('Hypoxia increased IL-11 secretion in breast cancer cells, as indicated by higher HIF-1α levels.'), 'supported');
    // In one list the objects are one claim: the one the library reports elsewhere leaves it other-context.
    assert.equal(onlySentence('IL-11 raised MMP-13 expression in OSCC cells and a role in invasion.', kb).basis, 'other-context');
  });

  test('a relative clause set between commas (stop 33)', () => {
    assert.equal(verdictOf('IL-6 trans-signalling, where IL-6 binds a soluble receptor, plays a central role in sorafenib resistance in HCC.'), 'supported');
    assert.equal(verdictOf('The IL-11/STAT3 axis, whereby IL-11 engages gp130, is essential for the invasiveness of breast cancer cells under hypoxia.'), 'supported');
    assert.equal(verdictOf('Sorafenib, whose main targets are RAF kinases, upregulates IL-6Rα in hepatoma cells.'), 'supported');
    assert.equal(verdictOf('Sorafenib, whose targets include VEGFR2, lowered IL-6Rα levels in hepatoma cells.'), 'contradicted');
  });

  test('a fronted means clause: the main clause says what the sentence claims (stop 33)', () => {
    // The whole sentence was read as the loss of the means ("blocking ... suppresses"): Y raising Z, supported.
    assert.equal(verdictOf('By blocking STAT3, IL-11 suppresses the invasion of breast cancer cells.'), 'contradicted');
    assert.equal(verdictOf('By inhibiting PI3K, IL-11 suppresses EMT in thyroid cancer cells.'), 'contradicted');
    assert.equal(verdictOf('Through inhibition of Akt, IL-11 may reduce the migration of ATC cells.'), 'contradicted');
    assert.equal(verdictOf('By activating STAT3, IL-11 promotes the invasion of breast cancer cells.'), 'supported');
    // Where both readings agree the whole sentence's stands, with the route the means names first.
    assert.equal(verdictOf('By upregulating IL-6Rα, sorafenib enhances STAT3 signalling in hepatoma cells.'), 'supported');
  });

  test('an apposition on the subject with a list or a clause of its own (stop 33)', () => {
    assert.equal(verdictOf('Sorafenib, a multikinase inhibitor of RAF, VEGFR and PDGFR, upregulates IL-6Rα in hepatoma cells.'), 'supported');
    assert.equal(verdictOf('IL-11, a member of the IL-6 family that signals through gp130 and is produced by stromal cells, activates STAT3 in breast cancer cells.'), 'supported');
    assert.equal(verdictOf('IL-11, a cytokine secreted by fibroblasts, epithelial cells and tumour cells, promotes EMT in ATC cells.'), 'supported');
    assert.equal(verdictOf('Sorafenib, a multikinase inhibitor of RAF, VEGFR, and PDGFR, lowered IL-6Rα levels in hepatoma cells.'), 'contradicted');
  });

  test('a drug\'s history in an aside does not silence a claim the library contradicts (stop 33)', () => {
    assert.equal(verdictOf('Sorafenib, a multikinase inhibitor approved for advanced liver cancer, lowers IL-6Rα in hepatoma cells.'), 'contradicted');
    assert.equal(verdictOf('Sorafenib, which was approved for advanced HCC in 2007, lowers IL-6Rα in hepatoma cells.'), 'contradicted');
    assert.equal(verdictOf('Sorafenib was approved for advanced HCC in 2007.'), 'out-of-scope');
  });

  test('a purpose clause before a reported result (stop 33)', () => {
    assert.equal(verdictOf('To test this idea, we showed that hypoxia lowered IL-11 secretion in breast cancer cells.'), 'contradicted');
    assert.equal(verdictOf('To study this further, we found that sorafenib raised IL-6Rα levels in hepatoma cells.'), 'supported');
    assert.equal(verdictOf('To examine how STAT3 affects invasion, cells were treated with an inhibitor.'), 'out-of-scope');
    assert.equal(verdictOf('To test whether IL-11 raises MMP-13 in OSCC cells, we silenced its receptor.'), 'out-of-scope');
  });

  test('a fronted reason on the subject\'s own qualities (stop 33)', () => {
    assert.equal(verdictOf('Given its central role in inflammation, IL-6 drives sorafenib resistance in HCC.'), 'supported');
    assert.equal(verdictOf('Given its role in inflammation, IL-11 promotes EMT in ATC cells.'), 'supported');
    assert.equal(verdictOf('Given their role in inflammation, CAFs promote the growth of HCC cells.'), 'supported');
    assert.equal(verdictOf('Despite its role in inflammation, IL-11 lowered MMP-13 in OSCC cells.'), 'contradicted');
  });

  test('a reference group of controls (stop 33)', () => {
    assert.equal(verdictOf('High IL-11 levels correlate with lymph node metastasis in OSCC patients compared with controls.'), 'supported');
    assert.equal(verdictOf('Elevated IL-11 was linked to nodal metastasis in OSCC patients relative to healthy controls.'), 'supported');
    assert.equal(verdictOf('High IL-11 levels do not correlate with lymph node metastasis in OSCC patients versus matched controls.'), 'contradicted');
  });

  test('both systems named together (stop 33); one system alone still sets the claim apart', () => {
    assert.equal(verdictOf('IL-11 promoted EMT in ATC cells both in vitro and in vivo.'), 'supported');
    assert.equal(verdictOf('Hypoxia raises IL-11 in breast cancer cells in vitro as well as in vivo.'), 'supported');
    assert.equal(verdictOf('In vitro and in vivo, sorafenib induced IL-6Rα expression in hepatoma cells.'), 'supported');
    assert.equal(onlySentence('IL-11 promoted EMT in ATC cells in vivo.', kb).basis, 'other-context');
  });

  test('a denial after the aside is kept', () => {
    assert.equal(verdictOf('High IL-11 levels, as reported previously, do not correlate with lymph node metastasis in OSCC patients.'), 'contradicted');
    assert.equal(verdictOf('Hypoxia, mainly caused by poor blood flow, is not one of the main triggers of IL-11 expression.'), 'contradicted');
    assert.deepEqual(claimsIn('Hypoxia increased HIF-1α levels in the cells (HR 1.5, p < 0.05), but not IL-11 expression.').filter((c) => c.includes('IL11')), ['HYPOXIA no-effect IL11']);
  });

  test('an aside naming a narrower place is no clutter', () => {
    assert.notEqual(verdictOf('High IL-11 levels, only in breast cancer patients, correlate with lymph node metastasis.'), 'supported');
  });
});

suite('a place the sentence excludes (verify/scope.ts excludedPlaces)', () => {
  const verdictOf = (text: string): string => onlySentence(text, kb).verdict;

  test('"except in", "but not in", "other than": the finding stated there does not back the claim', () => {
    assert.equal(verdictOf('High IL-11 levels, except in OSCC patients, correlate with lymph node metastasis.'), 'unsupported');
    assert.equal(verdictOf('IL-6 drives sorafenib resistance, but not in HCC.'), 'unsupported');
    assert.equal(verdictOf('Hypoxia raised IL-11 in all lines other than HCC cells.'), 'unsupported');
  });

  test('the claim keeps the places it is not denied', () => {
    assert.equal(verdictOf('IL-6 promotes sorafenib resistance in HCC, but not in breast cancer.'), 'supported');
    assert.equal(verdictOf('High IL-11 levels correlate with lymph node metastasis in OSCC.'), 'supported');
  });
});

suite('simplified views: abstracts are read the same way (kb/abstracts.ts)', () => {
  const factsOf = (abstract: string): string[] =>
    readAbstract({ key: 'own2020', title: 'A study of our own', abstract } as Paper, kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);

  test('a discourse aside and a participial aside', () => {
    assert.deepEqual(factsOf('High IL-11 levels, as noted in several studies, correlate with lymph node metastasis in OSCC patients.'), ['IL11 associated-with LYMPH_NODE_METASTASIS']);
    assert.deepEqual(factsOf('Low oxygen, mostly produced by irregular vessels, goes along with more aggressive tumours and reduced metastasis.'), ['HYPOXIA decreases METASTASIS']);
  });
});
