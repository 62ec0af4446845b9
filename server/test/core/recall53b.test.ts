// Issue 7, stop 53 (h-recB53): supported claims the reader did not read, on the halves A of waves 14..19 opened this
// stop. Five mechanisms, each with our own sentences and near misses (another cancer, an unbacked actor, the
// reversed direction or pair, a denial):
// - "X has long been V-ed (crucial for) Y": "long" after "has" is an adverb, so the verb group stays whole
//   (language/chunks.ts retag; the tagger called it an adjective and the reader found no cue between X and Y);
// - "X is an inflammatory cytokine (mediator)": the plain kind is the pro-inflammatory one (inflammatoryKind.ts);
//   "inflammatory reaction(s)" names inflammation (data/entities.json);
// - "X kept (maintained, retained, sustained) a survival benefit": the benefit shown again (frames.ts outcome-benefit);
// - "median OS was N months longer for patients treated with X than for those given placebo": one figure for the
//   two arms (trialArms.ts comparedToDrug);
// - "the main regulators of Y are A, B and C": the regulators named first (frames.ts key-regulators-of-y-are-x).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertNotSupported, assertReading, bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});

suite('recall on opened prose (stop 53, h-recB53)', () => {
  test('"has long been": one verb group, the claim read; near misses stay unsupported or contradicted', () => {
    assertReading(kb, 'EMT has long been considered crucial for metastasis.', 'supported', 'EMT promotes METASTASIS');
    assertReading(kb, 'EMT has long been considered to be crucial for metastasis.', 'supported', 'EMT promotes METASTASIS');
    assertReading(kb, 'Hypoxia has long been recognized as a driver of metastasis.', 'supported', 'HYPOXIA promotes METASTASIS');
    assertReading(kb, 'STAT3 has long been known to drive the invasion of tumour cells.', 'supported', 'STAT3 promotes CELL_INVASION');
    // The opposite direction and a denied role contradict; an unbacked pair and the reversed pair are no support.
    assertReading(kb, 'STAT3 has long been thought to suppress the invasion of tumour cells.', 'contradicted', 'STAT3 suppresses CELL_INVASION');
    assertReading(kb, 'EMT has long been considered dispensable for metastasis.', 'contradicted');
    assertNotSupported(kb, 'EMT has long been considered crucial for angiogenesis.');
    assertNotSupported(kb, 'Metastasis has long been considered crucial for EMT.');
    assertNotSupported(kb, 'IL-6 has long been considered crucial for metastasis.');
    // "long" as an adjective keeps its tag: no claim of a long thing.
    assert.deepEqual(claimsOf('IL-11 has a long half-life in serum.', kb), []);
  });

  test('a plain "inflammatory" kind is the pro-inflammatory one; "inflammatory reactions" are inflammation', () => {
    assertReading(kb, 'IL-6 is an inflammatory cytokine.', 'supported', 'IL6 promotes INFLAMMATION');
    assertReading(kb, 'Interleukin-6 (IL-6) is one of the most important inflammatory cytokines.', 'supported', 'IL6 promotes INFLAMMATION');
    assertReading(kb, 'IL-6 is a key inflammatory mediator.', 'supported', 'IL6 promotes INFLAMMATION');
    assertReading(kb, 'IL-6 has a key role in inflammatory reactions.', 'supported', 'IL6 promotes INFLAMMATION');
    assertReading(kb, 'IL-6 triggers an inflammatory reaction in the liver.', 'supported', 'IL6 induces INFLAMMATION');
    // Called the opposite kind: contradicted, as before; a cytokine the library has no finding on, and
    // a kind in an apposition (a side remark), read no claim on inflammation.
    // The plain kind denied is not read (the denial may be of what follows); nor is a kind a relative or a
    // participle goes on to describe.
    assertNotSupported(kb, 'IL-6 is not an inflammatory cytokine.');
    assert.ok(!claimsOf('IL-11 is not an inflammatory cytokine associated with metastasis.', kb).some((c) => c.includes('INFLAMMATION')));
    assert.ok(!claimsOf('IL-6 is an inflammatory cytokine which protects hepatoma cells from apoptosis.', kb).some((c) => c.includes('INFLAMMATION')));
    assertReading(kb, 'IL-6 is an anti-inflammatory cytokine.', 'contradicted', 'IL6 inhibits INFLAMMATION');
    assertNotSupported(kb, 'IL-10 is an inflammatory cytokine.');
    assertNotSupported(kb, 'IL-6 is a non-inflammatory cytokine.');
    assert.ok(!claimsOf('IL-6, an inflammatory cytokine, activates STAT3.', kb).some((c) => c.includes('INFLAMMATION')));
  });

  test('a survival benefit kept, maintained or retained is the benefit shown', () => {
    assertReading(kb, 'Regorafenib kept a prolonged overall survival benefit in patients with advanced HCC.', 'supported', 'REGORAFENIB increases OVERALL_SURVIVAL');
    assertReading(kb, 'Sorafenib maintained its survival benefit in patients with HCC at two years.', 'supported', 'SORAFENIB increases SURVIVAL');
    // Another cancer, a drug with no finding, a denial.
    assertReading(kb, 'Sorafenib retained an overall survival benefit in patients with gastric cancer.', 'unsupported');
    assertNotSupported(kb, 'Tocilizumab kept a survival benefit in patients with HCC.');
    assertReading(kb, 'Sorafenib failed to maintain a survival benefit in patients with HCC.', 'contradicted');
    assertReading(kb, 'Sorafenib did not retain a survival benefit in patients with HCC.', 'contradicted');
  });

  test('one figure for two arms: longer with the drug than with placebo', () => {
    assertReading(kb, 'In patients with advanced HCC, the median OS and time to progression were nearly 3 months longer for patients treated with sorafenib than for those given placebo.', 'supported', 'SORAFENIB increases OVERALL_SURVIVAL');
    assertReading(kb, 'Overall survival was longer with sorafenib than with placebo.', 'supported', 'SORAFENIB increases OVERALL_SURVIVAL');
    assertReading(kb, 'Median overall survival was significantly longer in patients treated with regorafenib than in those receiving placebo.', 'supported', 'REGORAFENIB increases OVERALL_SURVIVAL');
    // Shorter: the opposite; not longer: nothing read; a drug against another drug: no placebo arm; a drug with no finding.
    assertReading(kb, 'Median overall survival was 2 months shorter for patients treated with sorafenib than for those receiving placebo.', 'contradicted', 'SORAFENIB decreases OVERALL_SURVIVAL');
    assertNotSupported(kb, 'Median overall survival was not longer for patients treated with sorafenib than for those receiving placebo.');
    assertNotSupported(kb, 'Median overall survival was longer for patients treated with sorafenib than for those receiving regorafenib.');
    assertNotSupported(kb, 'Median overall survival was longer with tocilizumab than with placebo.');
    // In cells (or patients) resistant to the drug itself: nothing the survival finding covers.
    assertNotSupported(kb, 'Overall survival was longer with sorafenib than with placebo in sorafenib-resistant cells.');
  });

  test('"the main regulators of Y are A, B and C": A regulates Y (the importance word required)', () => {
    assertReading(kb, 'The main regulators of EMT are E-cadherin, Twist and vimentin.', 'supported', 'CDH1 regulates EMT');
    assertReading(kb, 'Many factors take part in EMT, and the key regulators of EMT are E-cadherin and vimentin.', 'supported', 'CDH1 regulates EMT');
    // Another process, the regulated one named as a molecule, molecules with no finding, regulators left unknown.
    assertNotSupported(kb, 'The main regulators of angiogenesis are E-cadherin and Twist.');
    assertNotSupported(kb, 'The main regulators of E-cadherin are Twist and Snail.');
    assertNotSupported(kb, 'The main regulators of EMT are Snail and Slug.');
    assertNotSupported(kb, 'The main regulators of EMT in gastric cancer are E-cadherin and Twist.');
    assert.deepEqual(claimsOf('The regulators of EMT are poorly defined.', kb), []);
  });
});
