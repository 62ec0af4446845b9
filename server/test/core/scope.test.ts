// Scope of a sentence (verify/scope.ts): the non-claim patterns, each with its own example, and what turns a
// sentence that names the library's entities into "unsupported" rather than silence.
import * as assert from 'node:assert/strict';
import { namesUnknownContext, nonClaimKind, nonClaimPatterns } from '../../src/core/verify/scope';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { bundledKb, kbFromFiles, onlySentence } from './helpers';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';

suite('scope: non-claims', () => {
  for (const { kind, pattern, example } of nonClaimPatterns) {
    test(`${kind}: "${example}"`, () => {
      assert.match(example, pattern);
      assert.equal(nonClaimKind(example, false), kind, example);
    });
  }

  // nonClaimKind first asks the alternation of the patterns that apply always (the only one, once a claim was read).
  test('each pattern that applies always finds its example also when a claim was read', () => {
    for (const { example } of nonClaimPatterns.filter((p) => p.when === 'always')) assert.ok(nonClaimKind(example, true), example);
  });

  // nonClaimKind tries a pattern only on a sentence whose lower case holds one of its words.
  test('each pattern that applies always finds its example written in capitals', () => {
    for (const { kind, example } of nonClaimPatterns.filter((p) => p.when === 'always')) assert.equal(nonClaimKind(example.toUpperCase(), true), kind, example);
  });

  // Issue 7, stop 38: the agency before "approved", and a rate per 100,000 people beside a claim about the disease.
  test('a drug approved by a named agency is its history; a rate per 100,000 people a statistic of the disease', () => {
    for (const text of ['Cabozantinib was FDA approved in 2012 for medullary thyroid tumours.', 'The antibody had been EMA-approved as a second-line option before the trial closed.', 'Regorafenib subsequently received FDA approval for liver tumours progressing on sorafenib.']) assert.equal(nonClaimKind(text, true), 'history', text);
    for (const text of ['Gastric tumours show a higher death rate in men, with 11 deaths per 100,000 each year.', 'Oral tumours reach an incidence of 8 per 100,000 inhabitants in parts of Asia.', 'Liver tumours carry a rising mortality, about 9 cases per million in 2019.']) assert.equal(nonClaimKind(text, true), 'epidemiology', text);
    // A rate that sizes an effect someone caused is the effect's, not the disease's.
    for (const text of ['Sorafenib lowered mortality to 20 deaths per 100,000 person-years.', 'IL-6 raised tumour incidence in mice, to 12 tumours per 100,000 cells injected.']) assert.notEqual(nonClaimKind(text, true), 'epidemiology', text);
  });

  // Issue 7, stop 40: a study's aim with the plain article, and a study protocol's title.
  test('"the study aims to" is an aim; a protocol\'s title is a study planned, a protocol named in a finding is not', () => {
    for (const text of ['The study aims to relate serum IL-6 to relapse of liver tumours and to build a risk score.', 'The work set out to learn whether STAT3 drives invasion of thyroid tumour cells.']) assert.equal(nonClaimKind(text, true), 'aim', text);
    for (const text of ['Tissue IL-11 and Nodal Spread of Tongue Tumours: a Retrospective Study Protocol', 'Tocilizumab With Sorafenib in Advanced Liver Tumours: Protocol of a Randomised Phase II Trial.']) assert.equal(nonClaimKind(text, false), 'legend', text);
    // A signalling molecule's textbook role is a definition; the same words beside a finding leave the finding read.
    assert.equal(nonClaimKind('Signal transducer and activator of transcription (STAT) proteins carry signals from cytokine receptors to the nucleus.', false), 'definition');
    assert.equal(nonClaimKind('IL-6 activated STAT3, which carried the signal from gp130 to the nucleus and raised MMP-9.', true), undefined);
    for (const text of ['IL-11 raised MMP-13 in OSCC cells under the hypoxia protocol.', 'The study showed that IL-6 raises IGF-1 in fibroblasts of liver tumours.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  // Issue 7, stop 47 (h-w24b47b): the literature disagreeing with itself is an open question, in several wordings; a
  // claim that the writer's data go against a view ("inconsistent with") is no such question.
  test('reports said to conflict are an open question; data inconsistent with a view are a claim', () => {
    for (const text of ['Reports about IL-6 as a predictor of relapse after liver resection are inconsistent.', 'There are conflicting data on whether STAT3 limits or favours spread of thyroid tumours.', 'Discordant results have been published for MMP-9 in the serum of patients with oral tumours.', 'The literature on hypoxia and the growth of breast tumour cells remains highly controversial.']) assert.equal(nonClaimKind(text, true), 'question', text);
    for (const text of ['Our data are inconsistent with a role of IL-11 in invasion of OSCC cells.', 'These findings are contradictory to the view that STAT3 favours invasion.', 'IL-11 raised MMP-13 in OSCC cells, although earlier reports on other lines were conflicting.', 'Although studies of IL-6 in liver tumours are conflicting, IL-6 raised IGF-1 in their fibroblasts.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('claims with the same words are not non-claims', () => {
    for (const text of ['IL-11 raises MMP-13 expression in OSCC cells.', 'Hypoxia was found to increase IL-11 secretion.', 'STAT3 knockdown reduced invasion of MDA-MB-231 cells.', 'Invasion rose when the cells were incubated with IL-11.', 'Migration fell once HCC cells were cultured with NT157.', 'The role of IL-11 in OSCC invasion is well established.', 'IL-6 plays a key role in liver regeneration.', 'Migration rose when IL-11 was added to OSCC cells.']) {
      assert.equal(nonClaimKind(text, true), undefined, text);
    }
  });

  test('a verbless title is out of scope, a title-length sentence with a verb the reader missed is not', () => {
    assert.equal(nonClaimKind('STAT3 and VEGF in liver tumour cells.', false), 'legend');
    // A title on an exchange names its partners after "between" (stop 39).
    assert.equal(nonClaimKind('Crosstalk Between Hypoxia, Tumour Cells and Stromal Fibroblasts in Thyroid Cancer.', false), 'legend');
    assert.equal(nonClaimKind('Hypoxia drives crosstalk between tumour cells and fibroblasts.', false), undefined);
    for (const text of ['IL-11 orchestrates MMP-13 in OSCC cells.', 'STAT3 and VEGF often rise together.', 'IL-11 was linked to MMP-13 in OSCC.', 'STAT3 governing VEGF in liver tumours']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('a culture step in an "if" clause is the condition of the finding before it, not a method', () => {
    assert.equal(nonClaimKind('Blocking gp130 raised apoptosis only if the cells were grown without stromal support.', false), undefined);
    assert.equal(nonClaimKind('The cells were grown in medium with ten per cent serum.', false), 'method');
  });

  test('another disease named only in a second predicate of the subject leaves the main claim on topic', () => {
    assert.equal(nonClaimKind('STAT3 keeps tumour cells alive, and is also active in the synovium of arthritis patients.', true), undefined);
    assert.equal(nonClaimKind('IL-11 raises collagen output, and is high in the lungs of patients with fibrosis.', true), undefined);
    // Named in the first clause, the disease is the sentence's topic.
    assert.equal(nonClaimKind('IL-11 drives lung fibrosis, and is high in the serum of these patients.', true), 'off-topic');
  });

  test('an effect named with its own verb after it is a statement, not a legend', () => {
    assert.equal(nonClaimKind('Influence of hypoxia on IL-11 secretion in thyroid tumour cells.', false), 'legend');
    for (const text of ['The influence of hypoxia on IL-11 secretion was slight.', 'The effect of STAT3 on invasion remained modest in these cells.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('a statement followed by ", but" and a question on a part of it stays a claim; "but whether ..." stays a question', () => {
    assert.equal(nonClaimKind('Hypoxia is tied to invasion, but its role in the spread of liver tumours remains unclear.', true), undefined);
    assert.equal(nonClaimKind('Hypoxia is tied to invasion, but whether it drives the spread of liver tumours remains unclear.', true), 'question');
    // Nothing read: the question stands.
    assert.equal(nonClaimKind('Hypoxia is common, but its role in the spread of liver tumours remains unclear.', false), 'question');
  });

  test('a named mechanism without an article ("but underlying mechanisms remain unclear") questions a part of the statement', () => {
    assert.equal(nonClaimKind('Hypoxia is tied to invasion, but underlying mechanisms remain unclear.', true), undefined);
  });

  test('a gap in knowledge, then "however" and a statement, is a claim when every claim read lies after the turn', () => {
    const text = 'The function of stromal cells is not fully understood; however, recent reports suggest that hypoxia drives the spread of breast tumours.';
    const turn = text.indexOf('recent');
    assert.equal(nonClaimKind(text, true, undefined, undefined, undefined, (from) => from <= turn), undefined);
    // A claim read inside the gap ("the role of X in Y is unclear"): the question stands.
    assert.equal(nonClaimKind(text, true, undefined, undefined, undefined, () => false), 'question');
    // Nothing read, or a question after the turn: the question stands.
    assert.equal(nonClaimKind(text, false, undefined, undefined, undefined, () => true), 'question');
    assert.equal(nonClaimKind('The function of stromal cells is not fully understood; however, whether hypoxia drives their spread remains unknown.', true, undefined, undefined, undefined, () => true), 'question');
  });

  test('a gap, then "however it is (well) known (established, clear) that" and a statement: the statement is the claim', () => {
    for (const text of [
      'Its origin is poorly understood, however it is known that hypoxia drives the spread of breast tumours.',
      'The cause of this tumour is poorly understood; however, it is well established that IL-6 activates STAT3 in liver tumour cells.',
      'The source of these fibroblasts is unclear, but it is clear that they raise IL-11 in gastric tumours.',
      'How these cells arise is not fully understood; nevertheless, it is now accepted that STAT3 drives their growth.',
      'The early steps remain poorly understood, yet it is widely recognised that IL-6 promotes invasion of HCC cells.',
    ]) {
      const turn = text.search(/\bit is\b/);
      assert.equal(nonClaimKind(text, true, undefined, undefined, undefined, (from) => from <= turn), undefined, text);
    }
    // What follows the turn stays a question when it denies or asks: "it is not known (clear) that", "it is unclear whether".
    for (const text of [
      'Its origin is poorly understood, however it is not known that hypoxia drives the spread of breast tumours.',
      'Its origin is poorly understood, however it is not clear that hypoxia drives the spread of breast tumours.',
      'Its origin is poorly understood; however, it is unclear whether hypoxia drives the spread of breast tumours.',
      'Its origin is poorly understood; however, it is known whether hypoxia drives the spread of breast tumours.',
      'Its origin is poorly understood, but it remains to be determined whether hypoxia drives the spread of breast tumours.',
    ]) assert.equal(nonClaimKind(text, true, undefined, undefined, undefined, () => true), 'question', text);
  });

  test('"first identified for doing X" says what was found, not when: no history', () => {
    assert.equal(nonClaimKind('First identified for inducing IRS-1 loss, NT157 also blocks STAT3.', true), undefined);
    assert.equal(nonClaimKind('First identified in 1990, IL-11 also acts on bone.', true), 'history');
  });

  test('an aim as the subject, a technique put to use "to study", a condition recreated in the dish: non-claims in other words too', () => {
    for (const text of ['The primary objective is to compare STAT3 staining between two oral tumour cohorts.', 'Their goal was to learn whether IL-6 in serum tracks the size of liver tumours.']) assert.equal(nonClaimKind(text, true), 'aim', text);
    for (const text of ['We utilized laser capture and RNA sequencing to examine MMP-13 in the invasive front.', 'We adopted a spheroid model to investigate how IL-11 shapes invasion.', 'Inflammation was modelled by the addition of LPS to the culture medium.', 'Hypoxic stress was emulated using a chamber flushed with nitrogen.']) assert.equal(nonClaimKind(text, true), 'method', text);
    // A reported result, or an agent right after "mimicked by", is a finding.
    for (const text of ['We employed an IL-11 antibody, and invasion of the cells fell.', 'The rise in IL-11 under hypoxia was mimicked by cobalt chloride.', 'The aim of sorafenib therapy, slowing tumour growth, was met in half the patients.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('the study\'s own topic, a gap in knowledge and the design of an experiment are non-claims in many wordings', () => {
    for (const text of ['Next, we examined the link between IGF-1R and the spread of liver tumours.', 'The current study compared serum IL-6 in two thyroid tumour cohorts.', 'Our work was carried out to learn whether STAT3 governs sorafenib response.', 'This was the first study to measure IL-11 in tongue tumours.']) assert.equal(nonClaimKind(text, true), 'aim', text);
    for (const text of ['We further asked why IL-11 rises under low oxygen.', 'Not much is known regarding IGF-1R in oral tumours.', 'The part STAT3 plays in regorafenib resistance has never been systematically explored.', 'How IL-6 reaches the liver remains largely unknown.']) assert.equal(nonClaimKind(text, true), 'question', text);
    for (const text of ['Hypoxia was established by incubating the plates at 1% oxygen.', 'The cohort was stratified according to tumour stage.', 'STAT3 was knocked down with specific siRNAs in both lines.', 'IL-6 levels were compared among the three groups.', 'IL-11 was measured in 64 serum samples.']) assert.equal(nonClaimKind(text, false), 'method', text);
  });

  test('a result reported beside the study verb, a "that" after it, or a design in a "when" clause stays a claim', () => {
    for (const text of ['We examined IL-11 in OSCC cells and found that it raised MMP-13.', 'We investigated IL-6 in HCC cells, which raised STAT3 phosphorylation.', 'In HCC patients, we evaluated IL-6 and observed higher levels in advanced tumours.', 'We examined IL-11 levels, showing a rise under hypoxia.', 'We established that IL-11 drives MMP-13.', 'IL-11 has not been detected in normal oral mucosa.', 'Sorafenib has not been shown to prolong survival in thyroid tumours.', 'STAT3 activation was induced by exposing the cells to IL-6.', 'IL-11 was detected in 80% of the tumours.', 'When the samples were grouped by IL-6 level, survival differed sharply.', 'STAT3 was silenced by IL-6 treatment in the cells.']) {
      assert.equal(nonClaimKind(text, false), undefined, text);
    }
  });

  test('a study verb after an opening clause that states a finding leaves the finding standing', () => {
    for (const text of ['Because hypoxia raises IL-11, we examined whether IL-11 drives invasion.', 'Since IL-6 activates STAT3, we investigated its role in sorafenib resistance.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  // Stop 29 (issue 7): genres that were out of scope only because they named nothing the library studies; each must
  // hold when the sentence names an actor the library knows (IL-6, STAT3, sorafenib) and no claim was read.
  test('a literature search, an opening infinitive aim, a gap in knowledge and a dated first report are non-claims in other wordings', () => {
    for (const text of ['We screened Embase and the Cochrane Library for trials of sorafenib in liver tumours.', 'Nine cohorts reporting serum IL-6 in oral tumours were eligible for the meta-analysis.', 'Eligible articles on STAT3 were retrieved.', 'The phase II study enrolled 48 patients with anaplastic thyroid tumours given an IL-11 antibody.', 'Mice bearing HCC grafts were allocated 1:1 to NT157 or vehicle.']) assert.equal(nonClaimKind(text, false), 'method', text);
    for (const text of ['To summarise what is known of IL-11 in the thyroid.', 'To shed light on how STAT3 is switched on under low oxygen, we built two reporter lines.']) assert.equal(nonClaimKind(text, false), 'aim', text);
    for (const text of ['We have only scant knowledge of how IL-6 reaches the tumour bed.', 'Our understanding of STAT3 in tongue tumours remains fragmentary.']) assert.equal(nonClaimKind(text, false), 'question', text);
    for (const text of ['In 1989, two groups were the first to isolate IL-11 from stromal cells.', 'Development of the IL-6 antibody in myeloma was halted after a phase III study.']) assert.equal(nonClaimKind(text, false), 'history', text);
  });

  test('statistics of a disease (a rate per head, a rank by severity, a survival figure, the usual course) are non-claims', () => {
    for (const text of ['Epidemiologic research links betel chewing to oral tumours in South Asia.', 'Liver tumours cause about nine deaths per 100,000 men each year.', 'Thyroid cancer incidences have tripled in thirty years.', 'Anaplastic thyroid carcinoma remains one of the deadliest human malignancies.', 'Overall survival of patients with metastatic HCC is roughly one year.', 'The majority of patients with oral tumours present at an advanced stage.']) assert.equal(nonClaimKind(text, false), 'epidemiology', text);
  });

  test('a survival figure compared between groups, or the course of patients with a level of a molecule, stays a claim', () => {
    for (const text of ['Median survival was 14 months with high serum IL-6 against 25 months with low levels.', 'The median overall survival was nine months in the sorafenib arm and six in the placebo arm.', 'Most patients whose tumours overexpress IL-11 develop distant metastases.', 'Many patients with high STAT3 activity relapse within a year.', 'Patients were included when serum IL-6 exceeded 10 pg/ml, and IL-6 raised STAT3 in their tumours.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('a statement before ", but (and, ; however,) the mechanism has not been elucidated" stays a claim; "but whether" stays a question', () => {
    for (const text of ['IL-11 raises invasion of ATC cells, but the route it takes has not been fully elucidated.', 'Hypoxia raises IL-11 in breast cancer cells; however, the part HIF-2α plays remains to be explored.', 'STAT3 drives MMP-9 in HCC cells, and how it does so is not yet fully understood.', 'IL-6 activates STAT3 in liver tumours, but the receptor involved is incompletely understood.']) assert.equal(nonClaimKind(text, true), undefined, text);
    for (const text of ['IL-11 raises invasion of ATC cells, but whether it does so in vivo has not been explored.', 'IL-6 is abundant in liver tumours, but what it does there remains unclear.']) assert.equal(nonClaimKind(text, true), 'question', text);
  });

  test('a definition or a cancer\'s rank that carries a finding ("that drives", ", and studies have shown that", "have shown that ...") is not a non-claim', () => {
    for (const text of ['Hypoxia is a feature of the tumour bed that drives IL-11 secretion.', 'STAT3 is a central node of the IL-6 pathway, and several groups have shown that it raises MMP-9.', 'Reports have shown that IL-11 is raised in oral tumours, one of the most common cancers of the head and neck.', 'Epidemiological studies have shown that high serum IL-6 predicts relapse of liver tumours.']) assert.equal(nonClaimKind(text, false), undefined, text);
    for (const text of ['STAT3 is a central node of the IL-6 pathway, which is shared by the whole family.', 'Liver cancer is one of the most common tumours in East Asia.']) assert.ok(nonClaimKind(text, false), text);
  });

  test('a concession before "it is not known whether" grants a fact to ask about another relation: a question; "how" after it, or "because", leaves the fact a claim', () => {
    for (const text of ['Though IL-11 is abundant in ATC, it remains unclear whether it governs their spread.', 'While serum IL-6 is high in liver cancer, whether it switches on STAT3 in the tumour is still unknown.']) assert.equal(nonClaimKind(text, true), 'question', text);
    for (const text of ['Although IL-11 makes ATC cells invade, how it does so is poorly understood.', 'Since IL-6 activates STAT3, it is unclear whether STAT3 blockers would spare the liver.', 'Although IL-6 is high in liver cancer, it is well known that it activates STAT3.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('a setting outside cancer is off-topic; the liver\'s stellate cells, CAFs and the TME are the library\'s topic', () => {
    assert.equal(nonClaimKind('IL-11 turns lung fibroblasts into myofibroblasts in pulmonary fibrosis.', true), 'off-topic');
    for (const text of ['IL-6 pushes hepatic stellate cells toward a myofibroblast fate.', 'In the fibrotic liver, activated HSCs become myofibroblasts under IL-11.', 'CAFs arise in part from myofibroblasts.']) assert.equal(nonClaimKind(text, true), undefined, text);
    // A drug's indication is an aside on the drug; the disease as the claim's setting stays off-topic.
    for (const text of ['Tocilizumab, prescribed for rheumatoid arthritis, blocks IL-6 signalling.', 'Sarilumab, licensed in the treatment of juvenile idiopathic arthritis, binds IL-6R.']) assert.equal(nonClaimKind(text, true), undefined, text);
    assert.equal(nonClaimKind('Sarilumab lessens synovial damage in patients with arthritis.', true), 'off-topic');
  });

  test('a process defined is a non-claim, and a clause after ", and it" that says what it does is left a claim', () => {
    assert.equal(nonClaimKind('Metastasis is a multistep cascade through which tumour cells leave the primary site.', false), 'definition');
    assert.equal(nonClaimKind('EMT refers to the programme whereby epithelial cells shed their polarity.', false), 'definition');
    assert.equal(nonClaimKind('Metastasis is a multistep process through which tumour cells leave the primary site, and it causes most deaths from cancer.', false), undefined);
  });

  test('a molecule placed in its family as the shared part "for the" family is a definition when no claim was read', () => {
    assert.equal(nonClaimKind('Every cytokine of the group binds its own receptor and gp130, which is the shared signalling subunit for the whole family.', false), 'definition');
    assert.equal(nonClaimKind('Every cytokine of the group binds its own receptor and gp130, which is the shared signalling subunit for the whole family.', true), undefined);
  });

  // Issue 7, stop 41 (h-scope41): two non-claim kinds the reader did not know; our own sentences.
  test('a gap in knowledge named as a noun phrase ("a poorly charted corner of") is a question when no claim was read', () => {
    assert.equal(nonClaimKind('Oncostatin M signalling is one less studied aspect of how inflammation feeds liver tumours.', false), 'question');
    assert.equal(nonClaimKind('The LIF receptor forms a poorly understood link between wound healing and cancer.', false), 'question');
    // A relation read beside it, or one stated after "is that", keeps the sentence a claim.
    assert.equal(nonClaimKind('IL-6 raised STAT3 phosphorylation in a poorly studied subset of gastric cancer cells.', true), undefined);
    assert.equal(nonClaimKind('A less charted facet of IL-11 biology is that it raises MMP-13 in OSCC cells.', false), undefined);
    // "poorly differentiated" names a grade, not a gap.
    assert.equal(nonClaimKind('Poorly differentiated parts of the tumour held more IL-11.', false), undefined);
  });

  test('a kind of cells defined as a subset of a larger population is a definition when no claim was read', async () => {
    assert.equal(nonClaimKind('Side-population cells are a small fraction of tumour cells that exclude a dye.', false), 'definition');
    assert.equal(nonClaimKind('Myeloid-derived suppressor cells constitute a heterogeneous population of immature myeloid cells.', false), 'definition');
    // A relative clause with a verb of effect, or a claim read, is left to the reader.
    assert.equal(nonClaimKind('CAFs are a heterogeneous population of stromal cells that secrete IL-6 in liver tumours.', false), undefined);
    assert.equal(nonClaimKind('Cancer-associated fibroblasts are the dominant population of stromal cells and raise IL-6 in HCC.', true), undefined);
    const kb = await bundledKb();
    assert.equal(onlySentence('Cancer-associated fibroblasts are the dominant population of stromal cells and raise IL-6 in HCC.', kb).verdict, 'supported');
  });

  test('how often a gene is altered in a cancer is epidemiology when no claim was read', () => {
    assert.equal(nonClaimKind('TP53 is the most commonly mutated gene in oral tumours.', false), 'epidemiology');
    assert.equal(nonClaimKind('The MAPK pathway is the most often altered pathway in papillary thyroid tumours.', false), 'epidemiology');
  });

  test('an approval after a reported trial result leaves the result a claim; an approval alone is history', () => {
    assert.equal(nonClaimKind('A phase III trial showed that lenvatinib extended survival, and the drug was approved for first-line use.', true), undefined);
    assert.equal(nonClaimKind('Regorafenib was approved for second-line therapy of liver tumours in 2017.', true), 'history');
  });

  test('the passive aim needs the study verb to end the sentence, so a finding about a role stays a claim', () => {
    assert.equal(nonClaimKind('The role of STAT3 in the invasion of liver tumour cells was investigated.', true), 'aim');
    assert.equal(nonClaimKind('The role of IL-11 in OSCC invasion was established by several groups.', true), undefined);
  });

  test('a review\'s outline is an aim, its reported evidence is not; a technique used to measure is a method, a drug used to treat is not', () => {
    assert.equal(nonClaimKind('In this review, we discuss how hypoxia raises IL-11 in tumours.', true), 'aim');
    assert.equal(nonClaimKind('This review summarises the evidence on STAT3 in liver cancer.', true), 'aim');
    for (const text of ['This review provides evidence that IL-11 raises STAT3 phosphorylation.', 'This study shows that IL-11 raises STAT3 phosphorylation.', 'Sorafenib was used to treat patients with advanced liver tumours.', 'IL-11 was used to stimulate migration of OSCC cells.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('what a molecule is and who makes it is a definition; with a claim read, or with an effect in the relative clause read, it is not', () => {
    assert.equal(nonClaimKind('Leptin is an adipokine hormone produced chiefly in fat tissue.', false), 'definition');
    assert.equal(nonClaimKind('Osteopontin is a phosphorylated glycoprotein that is expressed by bone cells.', false), 'definition');
    assert.equal(nonClaimKind('IL-11 is a cytokine secreted by tumour cells that drives invasion.', true), undefined);
  });

  test('a share of patients who respond or survive is a clinical statistic; a marker raised in a share of patients is not', () => {
    assert.equal(nonClaimKind('Only some 25% of advanced liver cancer patients respond well to kinase inhibitors.', false), 'epidemiology');
    assert.equal(nonClaimKind('About 60% of all cases relapse within two years of surgery.', false), 'epidemiology');
    assert.equal(nonClaimKind('IL-6 was raised in 40% of patients with liver tumours.', false), undefined);
  });

  test('cells grown under a condition are a method; tumours grown in mice that changed are a finding', () => {
    assert.equal(nonClaimKind('The thyroid cells were grown in serum-free medium for two days.', true), 'method');
    assert.equal(nonClaimKind('Xenografts were grown to 100 mm3 before treatment started.', true), 'method');
    assert.equal(nonClaimKind('Tumours grown in nude mice were larger when IL-11 was added.', true), undefined);
  });

  test('what the field studied is no finding; what studies found is', () => {
    assert.equal(nonClaimKind('Many papers investigated STAT3 activation and its possible link with tumour invasion.', true), 'aim');
    assert.equal(nonClaimKind('Previous reports have addressed MMP levels in serum of patients with oral tumours.', true), 'aim');
    for (const text of ['Several studies examined IL-6 in HCC and found that it raises STAT3 phosphorylation.', 'Earlier reports showed that IL-11 drives invasion.', 'Two studies explored IL-11 signalling, revealing a rise in MMP-13.']) assert.equal(nonClaimKind(text, true), undefined, text);
  });

  test('a molecule placed in its pathway is a definition only when no claim was read', () => {
    assert.equal(nonClaimKind('Vimentin is a major filament protein of the mesenchymal cytoskeleton.', false), 'definition');
    assert.equal(nonClaimKind('Vimentin is a strong marker of the spread of gastric tumours.', false), undefined);
    assert.equal(nonClaimKind('STAT1 is a key component of the interferon pathway.', true), undefined);
  });

  // Issue 7, stop 27 (h-oos): kinds of non-claim that recur across authors, each with a second wording of our own,
  // and claims sharing their words that must stay claims.
  test('material chosen for the study, and a culture verb after "and", are methods only when no claim was read', () => {
    for (const text of ['Archived tumour blocks from sixty patients were included in this analysis.', 'Four HCC lines were selected for the present study and grown under normoxia or hypoxia.', 'Primary thyrocytes were thawed and then cultured in medium without serum.']) assert.equal(nonClaimKind(text, false), 'method', text);
    for (const text of ['OSCC cells that were cultured under low oxygen secreted more IL-11.', 'IL-11 levels were raised and cultured cells invaded more.', 'STAT3 was found in every tumour and cultured line we tested.', 'Hypoxia was induced and the cells that were incubated with IL-11 moved faster.']) assert.equal(nonClaimKind(text, false), undefined, text);
    assert.equal(nonClaimKind('Three OSCC lines were chosen for this study because hypoxia raised their IL-11 output.', true), undefined);
    // A method verb followed by a consequence after ", which" reports a finding.
    assert.equal(nonClaimKind('Patients were given sorafenib at 400 mg twice daily, which lowered their serum IL-6.', false), undefined);
    assert.equal(nonClaimKind('Cells were seeded in six-well plates, which were coated with collagen.', false), 'method');
  });

  test('a drug\'s listed targets are a definition; targets with a purpose or a consequence are not', () => {
    assert.equal(nonClaimKind('Sorafenib acts on RAF, VEGFR2 and PDGFR-beta.', false), 'definition');
    assert.equal(nonClaimKind('Regorafenib acts upon several kinases, among them TIE2, KIT, and BRAF.', false), 'definition');
    for (const text of ['IL-11 acts on tumour cells, fibroblasts and endothelial cells to raise invasion.', 'IL-6 acts on hepatocytes, macrophages and T cells, thereby driving inflammation.', 'NT157 acts on IGF-1R and STAT3.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('a genre title after a colon is a legend; a finding before the colon is read as one', () => {
    for (const text of ['Sorafenib resistance in liver tumours: a brief overview', 'Hepcidin and iron in liver tumours: an update of the evidence.', 'STAT3 inhibitors in head and neck cancer: a systematic review and meta-analysis']) assert.equal(nonClaimKind(text, false), 'legend', text);
    assert.equal(nonClaimKind('IL-6 drives sorafenib resistance in HCC: a review', true), undefined);
    assert.equal(nonClaimKind('IL-6 raises STAT3: evidence from a review.', false), undefined);
  });

  test('how common a cancer is, and a dosing schedule, are non-claims; a finding with the same words is not', () => {
    for (const text of ['Liver cancer ranks sixth among cancers worldwide.', 'The incidence of OSCC has been rising among young adults.', 'Gastric carcinoma accounts for nearly 8% of cancer deaths.']) assert.equal(nonClaimKind(text, false), 'epidemiology', text);
    for (const text of ['Patients were given sorafenib at 400 mg twice daily.', 'Mice received NT157 (50 mg/kg) by oral gavage on alternate days.']) assert.equal(nonClaimKind(text, false), 'method', text);
    for (const text of ['The incidence of metastasis was higher in IL-6 treated mice.', 'IL-6 accounts for 30% of the rise in STAT3.', 'Sorafenib at 400 mg twice daily prolonged survival.', 'Mice given 50 mg/kg NT157 daily had smaller tumours.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('where a name came from is history; a sentence that also states a finding is not when it is read', () => {
    assert.equal(nonClaimKind('IL-6 was first named B-cell stimulatory factor 2.', false), 'history');
    assert.equal(nonClaimKind('In 1993, oncostatin M was characterised as a growth regulator.', false), 'history');
    assert.equal(nonClaimKind('IL-11 was cloned in 1990 and raises STAT3 activity in OSCC cells.', true), undefined);
  });

  test('a treatment\'s place in practice, a trait of tumours in general and a family adjective are non-claims in other wordings', () => {
    for (const text of ['For a decade, sorafenib has been the treatment of choice in unresectable liver tumours.', 'Surgery with radioiodine is still the mainstay of care for differentiated thyroid tumours.', 'Lenvatinib became a first-line option for liver tumours that cannot be resected.']) assert.equal(nonClaimKind(text, false), 'history', text);
    for (const text of ['Chronic inflammation is a hallmark of human cancers.', 'Leaky, tortuous vessels are among the typical traits of solid tumours.', 'LIF and CNTF are IL-6 family cytokines.', 'MMP-13 and MMP-1 are two collagenase subfamily members.']) assert.equal(nonClaimKind(text, false), 'definition', text);
    assert.equal(nonClaimKind('Oncostatin M was first purified from the medium of a lymphoma line.', false), 'history');
  });

  test('a standard treatment, a trait of tumours or a family named beside a finding leaves the finding a claim', () => {
    // With a claim read, the no-claim patterns are not tried.
    for (const text of ['Sorafenib, the standard treatment for advanced HCC, raised IL-6R in HCC cells.', 'Hypoxia is a key feature of solid tumours and raises IL-11 in breast cancer cells.']) assert.equal(nonClaimKind(text, true), undefined, text);
    // In a relative clause the trait or status is an aside on the main clause's subject; a named cancer is left to the reader;
    // a family placement followed by ", and ... shown that" reports a finding.
    for (const text of ['Hypoxia, which is a common feature of solid tumours, has a part in invasion.', 'Sorafenib, which remains the standard treatment for HCC, lost its effect in the resistant cells.', 'Hypoxia is a hallmark of HCC.', 'IL-11 is an IL-6 family cytokine, and work in mice has shown that it drives gastric tumours.', 'STAT3 is a standard marker of activation.', 'STAT3 is activated by Src family kinases.', 'IL-11 is made by fibroblasts of the CAF family members.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('a molecule or drug defined by its class and build alone is a definition; a function, a target or a finding after it is not', () => {
    for (const text of ['Regorafenib is an oral multikinase inhibitor structurally related to sorafenib.', 'HIF-1α is a heterodimeric transcription factor composed of an oxygen-sensitive subunit and a stable one.', 'MMP-13, also called collagenase-3, is a zinc-dependent endopeptidase.', 'STAT3 is a latent transcription factor that resides in the cytoplasm of resting cells.']) assert.equal(nonClaimKind(text, false), 'definition', text);
    for (const text of ['STAT1 is a transcription factor with diverse functions in immunity and tumour growth.', 'IL-6 is a pro-inflammatory cytokine.', 'STAT3 is an oncogenic transcription factor.', 'GSK3β is a Ser/Thr protein kinase, and it is a tumour suppressor in oral cancer.', 'STAT3 is a transcription factor that drives invasion of liver tumour cells.', 'STAT3 is a key transcription factor in HCC.']) assert.equal(nonClaimKind(text, false), undefined, text);
    // A drug defined by its target (stop 33) is a definition only when the library reports nothing of the drug itself;
    // so is the target written before the class noun (stop 53), which the reader reads as the drug's inhibition.
    assert.equal(nonClaimKind('NT157 is a selective IGF-1R inhibitor.', false, undefined, () => true), undefined);
    assert.equal(nonClaimKind('Linsitinib is a selective IGF-1R inhibitor.', false, undefined, () => false), 'definition');
    const text = 'Sarilumab is a human monoclonal antibody directed against the IL-6 receptor.';
    assert.equal(nonClaimKind(text, false, undefined, () => true), undefined, text);
    assert.equal(nonClaimKind(text, false, undefined, () => false), 'definition', text);
  });

  test('a title whose part after the colon names its angle is a legend; a finding after the colon is not', () => {
    for (const text of ['STAT3 in liver tumours: friend or foe', 'Sorafenib resistance in HCC: mechanisms and strategies.', 'Gp130 signalling in thyroid tumours: from bench to bedside', 'IL-6 trans-signalling: a promising therapeutic target', 'Hypoxia and HIF-1α in oral tumours: past, present and future']) assert.equal(nonClaimKind(text, false), 'legend', text);
    for (const text of ['One result stood out: IL-11 raised STAT3 activity in the oral tumour lines.', 'Two mechanisms explain resistance: IGF-1R signalling and autophagy.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('a drug\'s regulatory firsts, a year of discovery, a family listed, a protein\'s domains, plural classes and a census of cells are non-claims', () => {
    for (const text of ['Sorafenib was the first systemic drug licensed for advanced HCC.', 'In 2007, sorafenib became the first approved drug for liver tumours.', 'IL-11 was discovered in 1990 in a primate stromal line.']) assert.equal(nonClaimKind(text, false), 'history', text);
    for (const text of ['The IL-6 family includes IL-6, IL-11, oncostatin M and LIF.', 'STAT3 comprises an N-terminal domain, a coiled-coil domain, a DNA-binding domain and a transactivation domain.', 'MMPs are zinc-dependent endopeptidases.', 'Hypoxia-inducible factors are heterodimers of an α and a β subunit.', 'Low oxygen is a common feature of the tumour microenvironment.']) assert.equal(nonClaimKind(text, false), 'definition', text);
    for (const text of ['CAFs are the most abundant stromal cells in the tumour microenvironment.', 'Fibroblasts are the most common cell type of the liver tumour stroma.']) assert.equal(nonClaimKind(text, false), 'epidemiology', text);
  });

  test('a first drug shown to work, a domain that binds, cells that act and a family member that drives stay claims', () => {
    for (const text of ['Sorafenib was the first drug to prolong survival in advanced HCC.', 'STAT3 contains an SH2 domain that binds phosphorylated gp130.', 'CAFs are the most abundant cells that secrete IL-6 in liver tumours.', 'IL-11 was identified in 2014 as a driver of gastric tumours.', 'MMPs are key endopeptidases.']) assert.equal(nonClaimKind(text, false), undefined, text);
  });

  test('weak patterns (definitions, epidemiology) apply only when no claim was read', () => {
    assert.equal(nonClaimKind('Oncostatin M belongs to the IL-6 family.', false), 'definition');
    assert.equal(nonClaimKind('Oncostatin M belongs to the IL-6 family.', true), undefined);
    assert.equal(nonClaimKind('Blocking gp130 opens new avenues for treating thyroid tumours.', true), undefined);
    assert.equal(nonClaimKind('Blocking gp130 provides evidence for a role in thyroid tumours.', false), undefined);
  });
});

suite('scope: contexts the lexicon does not know', () => {
  const generic = new Set(['CANCER']);
  const at = (text: string, word: string, entityId: string) => ({ entityId, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  test('an unknown cell line or a cancer read only as "cancer" is an unknown context', () => {
    assert.equal(namesUnknownContext('IL-6 raised growth of 4T1 cells.', 0, [], generic), true);
    const prostate = 'IL-6 raised growth of prostate cancer cells.';
    assert.equal(namesUnknownContext(prostate, 0, [at(prostate, 'cancer', 'CANCER')], generic), true);
  });
  test('a tumour named by a word of its own the lexicon lacks ("gliomas", "meningioma") is an unknown context; the stroma is none', () => {
    assert.equal(namesUnknownContext('STAT3 drives angiogenesis in human gliomas.', 0, [], generic), true);
    assert.equal(namesUnknownContext('STAT3 raised VEGF in meningioma.', 0, [], generic), true);
    assert.equal(namesUnknownContext('Tocilizumab lowered STAT3 phosphorylation in glioma cells.', 0, [], generic), true);
    assert.equal(namesUnknownContext('CAFs of the tumour stroma raised VEGF.', 0, [], generic), false);
    const known = 'STAT3 raised VEGF in melanoma.';
    assert.equal(namesUnknownContext(known, 0, [at(known, 'melanoma', 'MELANOMA')], generic), false);
  });
  test('a subtype word before a named cancer the lexicon lacks as a subtype is an unknown context', () => {
    // "follicular thyroid cancer" read as thyroid cancer would be covered by a finding in ATC, another subtype.
    const follicular = 'IL-11 raised invasion of follicular thyroid cancer cells.';
    assert.equal(namesUnknownContext(follicular, 0, [at(follicular, 'thyroid cancer', 'THYROID_CANCER')], generic), true);
    const plain = 'IL-11 raised invasion of human thyroid cancer cells.';
    assert.equal(namesUnknownContext(plain, 0, [at(plain, 'thyroid cancer', 'THYROID_CANCER')], generic), false);
    // The word is part of the mention when the lexicon knows the subtype.
    const known = 'IL-11 raised invasion of anaplastic thyroid cancer cells.';
    assert.equal(namesUnknownContext(known, 0, [at(known, 'anaplastic thyroid cancer', 'ATC')], generic), false);
  });
  test('an organism\'s embryos, or an animal\'s or developing organ without a tumour word, is an unknown context', () => {
    // Read with no context, "in zebrafish embryos" was covered by a finding in cancer cells.
    assert.equal(namesUnknownContext('Low oxygen raised IL-11 in zebrafish embryos.', 0, [], generic), true);
    assert.equal(namesUnknownContext('IL-6 raised IGF-1 levels in murine liver after partial hepatectomy.', 0, [], generic), true);
    assert.equal(namesUnknownContext('STAT3 was phosphorylated in the fetal lungs of knockout animals.', 0, [], generic), true);
    // The tumour's own organ, a normal organ (most often a baseline) and a setting after "than" are left alone.
    assert.equal(namesUnknownContext('CAFs in the liver release IL-6.', 0, [], generic), false);
    assert.equal(namesUnknownContext('IL-11 rose in mouse liver tumours.', 0, [], generic), false);
    assert.equal(namesUnknownContext('IGF-1 was higher in tumours than in mouse liver.', 0, [], generic), false);
    assert.equal(namesUnknownContext('IGF-1 was lower in normal liver.', 0, [], generic), false);
  });
  test('generic cancer, a verb before "cancer" and known cell lines are not', () => {
    const generic1 = 'IL-6 raised growth of human cancer cells.';
    assert.equal(namesUnknownContext(generic1, 0, [at(generic1, 'cancer', 'CANCER')], generic), false);
    const verb = 'IL-11 promotes cancer cell migration.';
    assert.equal(namesUnknownContext(verb, 0, [at(verb, 'cancer', 'CANCER')], generic), false);
    const known = 'IL-11 raised invasion of MDA-MB-231 cells.';
    assert.equal(namesUnknownContext(known, 0, [at(known, 'MDA-MB-231', 'MDA_MB_231')], generic), false);
  });
});

suite('scope: sentence verdicts (issue 7)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  test('a claim in an unknown cell line is other-context, not supported', () => {
    const s = onlySentence('IL-6 increased the proliferation of 4T1 cells.', kb);
    assert.equal(`${s.verdict}/${s.basis}`, 'unsupported/other-context');
  });
  test('a background finding on cancer in general does not support a claim about a tumour the lexicon lacks', () => {
    const s = onlySentence('Constitutive STAT3 activity drives angiogenesis in human gliomas.', kb);
    assert.notEqual(s.verdict, 'supported');
  });
  test('a tumour word the lexicon knows ("hepatocarcinoma" for HCC) is its context, not an unknown one', () => {
    const s = onlySentence('IL-6 promotes proliferation of hepatocarcinoma cells.', kb);
    assert.equal(s.verdict, 'supported');
  });
  test('a numbered sibling of a gene with findings is a near miss, unsupported; a gene of no such family stays out of scope', () => {
    // The library has findings on MMP-2, MMP-9 and MMP-13, none on MMP-7 or TNF.
    const sibling = onlySentence('In tongue carcinoma cells, forced MMP-7 expression sped up wound closure.', kb);
    assert.equal(`${sibling.verdict}/${sibling.basis}`, 'unsupported/no-evidence');
    const claim = onlySentence('MMP-7 raised the invasion of OSCC cells.', kb);
    assert.equal(`${claim.verdict}/${claim.basis}`, 'unsupported/no-evidence');
    assert.equal(onlySentence('TNF raised the invasion of OSCC cells.', kb).verdict, 'out-of-scope');
    // Off the library's topic, a sibling is no near miss: nothing else the sentence names has findings.
    assert.equal(onlySentence('IL-4 steers the maturation of mast cells in atopic skin.', kb).verdict, 'out-of-scope');
  });
  test('an aim that states a claim is out of scope', () => {
    const s = onlySentence('We aimed to test whether IL-11 raises MMP-13 expression in OSCC.', kb);
    assert.equal(s.verdict, 'out-of-scope');
    assert.equal(s.nonClaim, 'aim');
  });
  test('a backed main claim beside an unbacked aside: the sentence is supported, and the aside keeps its own verdict', () => {
    const s = onlySentence('IL-11 upregulates MMP-13 in OSCC, which may also raise PD-L1.', kb);
    assert.equal(s.verdict, 'supported');
  });
  test('coordinated objects are one main claim: supported only when each is', () => {
    const s = onlySentence('IL-11 upregulated MMP-13 and MMP-9 in OSCC cells.', kb);
    assert.equal(`${s.verdict}/${s.basis}`, 'unsupported/other-context');
  });
  test('an unbacked list member beside a backed one is a side remark; a sibling of the backed one is a near miss', () => {
    // The library backs N-cadherin and vimentin under hypoxia and after STAT3's loss; it has no finding on fibronectin
    // (known only as one of EMT's markers) or on PD-L1.
    const panel = onlySentence('Hypoxia raised N-cadherin and fibronectin in the tumour cells.', kb);
    assert.equal(panel.verdict, 'supported');
    assert.equal(panel.claims.find((c) => c.claim.object.entityId === 'FN1')?.verification.basis, 'no-evidence', 'the silent member keeps its own verdict');
    assert.equal(onlySentence('Knocking down STAT3 lowered vimentin and fibronectin.', kb).verdict, 'supported');
    assert.equal(onlySentence('IL-11 drove MMP-13 and PD-L1 expression in OSCC cells.', kb).verdict, 'supported');
    // Stop 35 (mixed lists): MMP-11 is no sibling of the backed STAT3, so it is a side member with its own verdict;
    // beside the backed MMP-13 it is a near miss. A member reported in another cancer (MMP-2) and a contradicted
    // member (E-cadherin): never supported.
    assert.equal(`${onlySentence('IL-6 raised STAT3 phosphorylation and MMP-11 in HCC cells.', kb).verdict}`, 'supported');
    assert.equal(`${onlySentence('IL-11 raised MMP-13 and MMP-11 in OSCC cells.', kb).verdict}`, 'unsupported');
    const elsewhere = onlySentence('In OSCC cells IL-11 raised MMP-13 together with MMP-2.', kb);
    assert.equal(`${elsewhere.verdict}/${elsewhere.basis}`, 'unsupported/other-context');
    assert.equal(onlySentence('IL-11 raised vimentin and E-cadherin in the cells.', kb).verdict, 'contradicted');
  });
  test('a molecule\'s level in a disease the library is silent on sets the scene: the mechanism beside it is the main claim', () => {
    const activated = onlySentence('STAT3 is activated in many human carcinomas, and STAT3 raises MMP-2 expression.', kb);
    assert.equal(activated.verdict, 'supported');
    assert.equal(activated.claims[0].verification.basis, 'no-evidence', 'the level keeps its own verdict');
    const escc = onlySentence('MMP-13 and IL-11 were overexpressed in ESCC, and IL-11 raised MMP-13 in these tumours.', kb);
    assert.equal(`${escc.verdict}/${escc.basis}`, 'unsupported/other-context');
    // Alone it is the sentence's claim: silent (STAT1), or reported in another tumour (IL-11 raised in OSCC tissue,
    // verify.ts foundInAnotherTumour), which sets the scene above just as silence does (silentWhereClaimed).
    assert.equal(`${onlySentence('STAT1 is overexpressed in ESCC.', kb).basis}`, 'no-evidence');
    assert.equal(`${onlySentence('IL-11 is overexpressed in ESCC.', kb).basis}`, 'other-context');
  });
  test('a list member known only through a class above it is a side member unless it is a sibling of a backed one', () => {
    // The library has findings on growth factors (CAFs raise them), none on VEGF, and none of CoCl2 on growth factors:
    // VEGF beside CoCl2's backed HIF-1α is a side remark, first or last in the list.
    assert.equal(onlySentence('Cobalt chloride raised HIF-1α and VEGF in anaplastic thyroid cancer cells.', kb).verdict, 'supported');
    assert.equal(onlySentence('In ATC cells, CoCl2 induced VEGF and HIF-1α protein.', kb).verdict, 'supported');
    // Stop 35 (mixed lists): VEGF is no sibling of the backed IL-6, nor AKT1 of the backed MMP-13, so each is a side
    // member with its own verdict (they were near misses before, through a class the subject acts on).
    assert.equal(onlySentence('CAFs raised IL-6 and VEGF in HCC.', kb).verdict, 'supported');
    assert.equal(onlySentence('IL-11 raised MMP-13 and AKT1 in OSCC cells.', kb).verdict, 'supported');
  });
  test('resistance to a drug the library studies is its topic: what drives it is unsupported, not out of scope; a title on it is out', () => {
    for (const text of ['EGFR activation underlies acquired resistance to regorafenib in liver tumours.', 'KRAS mutation underlies resistance to sorafenib in HCC.']) {
      const s = onlySentence(text, kb);
      assert.equal(`${s.verdict}/${s.basis}`, 'unsupported/no-evidence', text);
    }
    assert.equal(onlySentence('Sorafenib resistance in liver tumours: a brief overview', kb).verdict, 'out-of-scope');
    // A process every paper touches does not bring an unknown gene into the library's topic.
    assert.equal(onlySentence('IRTKS raises the proliferation of colon cancer cells.', kb).verdict, 'out-of-scope');
  });
  test('a claim the library is silent on that carries an out-of-scope claim on from its outcome leaves the sentence out of scope', () => {
    for (const text of ['IRTKS raised the proliferation of colon cancer cells, which may add to tumour growth.', 'TNF drove the migration of the cells, which might favour tumour growth.']) {
      assert.equal(onlySentence(text, kb).verdict, 'out-of-scope', text);
    }
    // A step the library reports (migration towards metastasis, a finding on cancer that names no system, so it covers
    // one "in vivo") still speaks: supported, not out of scope.
    assert.equal(`${onlySentence('TNF drove the migration of the cells, which might favour metastasis in vivo.', kb).verdict}`, 'supported');
    // An actor the library knows keeps the sentence in scope.
    assert.equal(`${onlySentence('IL-11 raised the proliferation of OSCC cells, which may add to tumour growth.', kb).verdict}`, 'unsupported');
  });
  test('a contradicted claim anywhere wins', () => {
    const s = onlySentence('IL-11 upregulates MMP-13 in OSCC, and IL-11 suppresses MMP-13 in OSCC cells.', kb);
    assert.equal(s.verdict, 'contradicted');
  });
  test('an assertive sentence naming library entities without a readable claim is unsupported, never supported', () => {
    const s = onlySentence('The interplay of IL-11 and MMP-13 in OSCC is intricate.', kb);
    assert.equal(`${s.verdict}/${s.basis}`, 'unsupported/no-evidence');
    assert.deepEqual(s.claims, []);
  });
  test('a process the library reports acting, named as the subject with no claim read, is unsupported, not out of scope', () => {
    for (const text of ['EMT may explain the aggressive behaviour of gastric tumour cells.', 'Notably, EMT is thought to be exploited by carcinoma cells as they spread.', 'During the growth of liver tumours, EMT is co-opted by the malignant cells.']) {
      const s = onlySentence(text, kb);
      assert.equal(`${s.verdict}/${s.basis}`, 'unsupported/no-evidence', text);
    }
    // A process named inside the predicate, or one the library reports only as an outcome, stays out of scope.
    for (const text of ['Among the regulators of tumour invasion is ZNF217.', 'Angiogenesis may explain the aggressive behaviour of gastric tumour cells.', 'EMT is a programme through which epithelial cells take on a motile form.']) {
      assert.equal(onlySentence(text, kb).verdict, 'out-of-scope', text);
    }
  });
  test('an entity named in passing (a trait of cells, a general class after a vague quantifier) does not put the sentence in the library\'s topic', () => {
    for (const text of ['A stromal clone we isolated secreted several factors, one of which kept an interleukin 6-dependent mouse myeloma line growing.', 'The KT-3 clone released a variety of growth factors.', 'Bone marrow stromal clones give off numerous cytokines, among them a factor that feeds an IL-11-responsive hybridoma line.']) {
      assert.equal(onlySentence(text, kb).verdict, 'out-of-scope', text);
    }
    // The same entities as actors: a dependence of a process on IL-11, a bare class as the subject, a class a known actor secretes.
    assert.equal(onlySentence('IL-11-dependent proliferation of the plasmacytoma line was reported.', kb).verdict, 'unsupported');
    assert.equal(onlySentence('Growth factors activate STAT3 in cancer cells.', kb).verdict, 'supported');
    assert.equal(onlySentence('CAFs secrete a variety of growth factors.', kb).verdict, 'supported');
  });
  test('a sentence naming only a cancer or a process is out of scope', () => {
    assert.equal(onlySentence('Cisplatin triggers apoptosis in ovarian cancer cells.', kb).verdict, 'out-of-scope');
  });
  test('a panel of a process\'s markers reads out the process: an agent the library does not know is out of scope', () => {
    // Two markers of EMT or more, or their class, speak of EMT, as "induced EMT" would.
    assert.equal(onlySentence('Interferon-γ lowered E-cadherin while it raised vimentin and N-cadherin in the cells.', kb).verdict, 'out-of-scope');
    assert.equal(onlySentence('Interferon-γ raised the levels of EMT markers.', kb).verdict, 'out-of-scope');
    // One marker alone is a protein of its own: a near miss of the library's findings on E-cadherin.
    assert.equal(`${onlySentence('Interferon-γ lowered E-cadherin in the cells.', kb).verdict}`, 'unsupported');
    // An agent the library knows keeps its claims on the markers.
    assert.equal(onlySentence('IL-11 lowered E-cadherin while it raised vimentin.', kb).verdict, 'supported');
  });
});

suite('scope: a sentence citing a paper of the writer\'s library', () => {
  // A made-up library of one paper on gastric cancer; the draft sentences are our own.
  const item = { id: 'roe2020gastric', type: 'article-journal', title: 'IL-1β in gastric cancer cells', issued: { 'date-parts': [[2020]] }, abstract: 'In gastric cancer cells, IL-1β increased COX-2 expression.' };
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(30000);
    const entities = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');
    kb = (await kbFromFiles([['entities.json', entities], ['refs.json', [item]]])).kb;
  });
  const verdictOf = (text: string) => {
    const [sentence] = analyzeDocument('markdown', `${text}\n`, kb).sentences;
    return `${sentence.verdict}/${sentence.basis}`;
  };
  test('naming what the cited paper studies, it is a claim the library is silent on (no evidence), not out of scope', () => {
    assert.equal(verdictOf('A urinary metabolite predicts the risk of gastric cancer [@roe2020gastric].'), 'unsupported/no-evidence');
    // Without the citation the same sentence names only a cancer: out of scope.
    assert.equal(verdictOf('A urinary metabolite predicts the risk of gastric cancer.'), 'out-of-scope/null');
  });
  test('a citing sentence on another topic, a method or an epidemiological remark stays out of scope', () => {
    assert.equal(verdictOf('Regular walking lowers the risk of heart failure [@roe2020gastric].'), 'out-of-scope/null');
    assert.equal(verdictOf('Gastric cancer is one of the leading causes of death in East Asia [@roe2020gastric].'), 'out-of-scope/null');
  });
});

// Issue 7, stop 32 (h-scope32): sentences that are no claims but name a molecule or drug the library studies came out
// unsupported (a false warning in the editor). Each class in several wordings of our own; beside each, claims with
// the same words that must stay claims.
/** Each sentence's verdict is out of scope (`expected` true) or is not. */
function expectOutOfScope(kb: KnowledgeBase, texts: readonly string[], expected: boolean): void {
  for (const text of texts) {
    if (expected) assert.equal(onlySentence(text, kb).verdict, 'out-of-scope', text);
    else assert.notEqual(onlySentence(text, kb).verdict, 'out-of-scope', text);
  }
}

suite('scope: non-claims that name what the library studies (stop 32)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const outOfScope = (texts: readonly string[]) => expectOutOfScope(kb, texts, true);
  const notOutOfScope = (texts: readonly string[]) => expectOutOfScope(kb, texts, false);

  test('a structured abstract\'s heading of aims or methods; a results heading heads a claim', () => {
    outOfScope(['AIM: To probe the part IL-11 plays in oral tumour spread.', 'OBJECTIVE: To learn whether serum IL-6 forecasts sorafenib response.', 'Purpose: To grade IGF-1R staining in liver tumour tissue.', 'Background and aims: To chart the serum IL-6 profile of HCC patients on sorafenib.', 'Study design: A retrospective review of 120 HCC patients given sorafenib.', 'Methods - HCC cells were exposed to IL-6 and STAT3 phosphorylation was read by western blot.']);
    notOutOfScope(['Results: IL-11 raised MMP-13 in OSCC cells.', 'Conclusion: IGF-1R drives sorafenib resistance in HCC.']);
  });

  test('what is not known, said with "is"; a claim whose route is unknown stays a claim', () => {
    outOfScope(['The mechanism by which IGF-1R aids sorafenib resistance is still unknown.', 'The exact function of IGF-1R in oral tumours is not yet fully understood.', 'The clinical significance of serum IL-11 in thyroid cancer is unclear.', 'How hypoxia switches on IL-11 transcription is still poorly understood.', 'Why some HCC patients never respond to sorafenib is unknown.', 'Little information exists on STAT3 in anaplastic thyroid tumours.']);
    notOutOfScope(['IL-11 raises MMP-13 through a mechanism that is still unknown.', 'Hypoxia raised IL-11, and the role of HIF-1α in this is still unknown.', 'The role of STAT3 in sorafenib resistance is well established.']);
  });

  test('a purpose or a need still to be met, a motive, a plan of the text', () => {
    outOfScope(['This prompted us to investigate IL-11 in oral tumours.', 'To elucidate how IL-6 drives sorafenib resistance, we knocked down STAT3 in HCC cells.', 'To better understand the role of IL-11 in OSCC, we analysed 40 tumours.', 'To gain insight into how hypoxia raises IL-11, we silenced HIF-1α.', 'These observations led us to examine the role of STAT3 in sorafenib resistance.', 'We wondered whether IL-6 from CAFs could shield HCC cells.', 'It is therefore important to determine whether IGF-1R inhibition adds to sorafenib.', 'Future studies should address whether IL-11 blockade slows thyroid tumours.', 'It will be of interest to test IL-11 antibodies in oral cancer models.', 'We discuss the role of STAT3 in sorafenib resistance.', 'Below, we summarise how IL-6 signals through gp130.', 'Here we report the effects of IL-11 on oral cancer cells.', 'In the present study, the effect of NT157 on HCC cells was investigated.']);
    notOutOfScope(['To our surprise, IL-11 lowered MMP-13 in OSCC cells.', 'To identify its partner, we silenced IL-11 and found that MMP-13 fell in OSCC cells.', 'Here we describe how hypoxia raises IL-11 in breast cancer cells.', 'These results led us to conclude that IL-11 drives invasion of OSCC cells.', 'We discuss evidence that IL-6 drives sorafenib resistance in HCC.']);
  });

  test('definitions of a term or a molecule\'s class, its mass or its subunits', () => {
    outOfScope(['IL-11, a member of the IL-6 cytokine family, is a secreted glycoprotein.', 'IL-6 is a 26-kDa glycoprotein.', 'MMP-9, a gelatinase, is a zinc-dependent endopeptidase of 92 kDa.', 'IL-11Rα is a cytokine receptor subunit.', 'EMT refers to the loss of epithelial traits and the gain of mesenchymal ones.', 'Drug resistance is commonly defined as the failure of a tumour to shrink under treatment.', 'In the clinic, the term acquired resistance describes relapse after an initial response.', 'The IGF axis consists of two ligands, two receptors and six binding proteins.']);
    notOutOfScope(['NT157, first designed to block IGF-1R, also lowers IRS-1 in HCC cells.', 'IL-11 is a secreted cytokine that drives invasion of OSCC cells.', 'IL-6 has been established as a driver of HCC progression.']);
  });

  test('a drug\'s history and place in the clinic, its trials, its pharmacology and safety', () => {
    outOfScope(['Sorafenib has become the standard first-line drug for advanced liver tumours.', 'Regorafenib emerged as a second-line option for patients who progress on sorafenib.', 'Sorafenib is used as first-line therapy in advanced HCC.', 'Regorafenib is indicated for HCC patients previously treated with sorafenib.', 'IL-6 was discovered in the 1980s as a B-cell differentiation factor.', 'NT157 was originally developed as an inhibitor of IGF-1R signalling.', 'Hypoxic regions are found in most solid tumours.', 'Several trials of IL-6 blockade in solid tumours are under way.', 'Tocilizumab is currently being evaluated in clinical trials for pancreatic cancer.', 'A trial of NT157 in HCC patients has been registered (NCT01234567).', 'Regorafenib is mainly metabolised by CYP3A4 in the liver.', 'Tocilizumab was well tolerated, and no dose-limiting toxicity was seen.', 'The bioavailability of NT157 after oral dosing is low.', 'Sarilumab stays in the blood longer than tocilizumab and has a longer half-life.']);
    notOutOfScope(['Sorafenib was well tolerated and prolonged survival in patients with HCC.', 'IL-6 reduced the frequency of apoptosis in HCC cells.']);
  });

  test('bench and clinical methods named by their tools, schedules and criteria; a result in the same words stays a claim', () => {
    outOfScope(['Sections were incubated overnight with a primary antibody against IL-11 (1:200).', 'Proteins were separated by SDS-PAGE and probed with antibodies against STAT3 and phospho-STAT3.', 'HCC cells were pretreated with 10 µM stattic before IL-6 stimulation.', 'Data on IL-11 staining are presented as mean ± SD.', 'Differences in IL-6 levels were tested with the Mann-Whitney U test.', 'IL-11 mRNA was quantified relative to GAPDH using the 2-ΔΔCt method.', 'Mice bearing Huh7 xenografts received sorafenib by oral gavage daily.', 'Tumour volume was calculated as length × width² / 2 in mice treated with NT157.', 'Knockdown efficiency of STAT3 was confirmed by western blot.', '(A) Western blot of p-STAT3 in Huh7 cells treated with IL-6.', 'HCC cells were treated with sorafenib at increasing doses for six months.', 'IGF-1R was knocked down by transfecting the cells with siRNA.', 'Resistant Huh7 cells were generated through stepwise exposure to higher doses of sorafenib.', 'Stable IL-11 knockdown clones were established by lentiviral transduction.', 'IL-6 levels in serum were analysed before and after sorafenib.', 'STAT3 status was scored on a four-point scale.', 'HCC patients were followed up for a median of 24 months after sorafenib.', 'Inclusion criteria were HCC confirmed by biopsy and no prior sorafenib.']);
    notOutOfScope(['IL-11 protein was detected in 80% of OSCC tumours.', 'Sorafenib given daily shrank Huh7 xenografts in mice.', 'Western blotting showed that IL-11 raised MMP-13 in OSCC cells.', 'Serum IL-6 measured after sorafenib was higher in patients who progressed.', 'Tumours treated with sorafenib for four weeks had higher IL-6 levels.']);
  });

  test('a claim whose partner the library never mentions stays in scope (unsupported, no evidence)', () => {
    for (const text of ['In liver tumour cells, IL-6 switches on PD-L1.', 'IL-11 raises CD44 levels in oral cancer cells.', 'IGF-1 increases survivin in HCC cells.']) assert.equal(`${onlySentence(text, kb).verdict}/${onlySentence(text, kb).basis}`, 'unsupported/no-evidence', text);
  });

  // scope.ts, framingKinds: a drug's history, a method step or a disease statistic beside a finding the library backs
  // leaves the sentence to its main claim; an aim, a question or a heading holds the claim it frames.
  test('a finding the library backs outweighs a history, method or statistic pattern; a framing pattern holds it', () => {
    for (const text of [
      'Regorafenib, approved for liver tumours after sorafenib, induced IL-6Rα expression in HCC cells.',
      'Anaplastic thyroid cells were incubated with CoCl2, which raised IL-11 secretion through HIF-1α.',
      'We treated HCC cells with IL-6, and it increased STAT3 phosphorylation.',
      'Oral tumours lack effective treatment options, and IL-11 promotes the migration of OSCC cells.',
    ]) assert.equal(onlySentence(text, kb).verdict, 'supported', text);
    for (const text of [
      'Whether IL-11 raises MMP-13 in OSCC cells is not yet known.',
      'Several reports have studied IL-6 and its link with STAT3 phosphorylation in HCC.',
      'METHODS: OSCC cells were exposed to IL-11, which raised MMP-13 expression.',
      'Sorafenib was approved by the FDA in 2007 for liver tumours.',
      'Thyroid tumour cells were incubated with cobalt chloride to mimic hypoxia.',
    ]) assert.equal(onlySentence(text, kb).verdict, 'out-of-scope', text);
  });
});

// Issue 7, stop 33 (h-scope33): further sentence types the guideline counts as no claim that name what the library
// studies (a drug defined by its target, a bench step with its purpose first, a cohort, a guideline, a build of a
// molecule, a share of patients in words, a prospect, an aim with "aimed at"), each in several wordings of our own; beside
// each, claims with the same words that must stay claims.
suite('scope: sentence types that are no claims (stop 33)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const outOfScope = (texts: readonly string[]) => expectOutOfScope(kb, texts, true);
  const notOutOfScope = (texts: readonly string[]) => expectOutOfScope(kb, texts, false);

  test('a drug the library reports nothing of, defined by its class and target, is a definition; a setting, an outcome or a consequence makes it a claim', () => {
    outOfScope(['Ganitumab is a fully human antibody raised against IGF-1R.', 'Siltuximab is a chimeric monoclonal antibody that neutralises IL-6.', 'Tocilizumab is a humanised monoclonal antibody against the IL-6 receptor.', 'Stattic is a nonpeptidic small molecule that selectively blocks STAT3 dimerisation.']);
    notOutOfScope(['Stattic is an inhibitor of STAT3 in HCC cells.', 'Linsitinib is a potent inhibitor of HCC cell growth.', 'Tocilizumab is an antibody to IL-6R, preventing IL-6 from binding its receptor.']);
  });

  test('the same definition of a drug the library reports on is a claim it checks: a near miss stays unsupported', () => {
    assert.equal(`${onlySentence('Sarilumab is an antibody directed against IL-11.', kb).verdict}`, 'unsupported');
  });

  test('a drug\'s regulatory first, a field\'s attention and a coined term are history', () => {
    outOfScope(['Tocilizumab was the first IL-6 receptor antagonist licensed for rheumatoid arthritis.', 'Siltuximab became the first anti-IL-6 antibody to be approved for Castleman disease.', 'Ruxolitinib was the only JAK inhibitor registered for myelofibrosis at the time.', 'Since its discovery, STAT3 has been the subject of intense research in oncology.', 'IL-11 has long been a focus of considerable interest in haematology.', 'The term epithelial-mesenchymal transition was coined in the 1980s.']);
  });

  test('a molecule\'s place in a complex, its isoforms and its homology are definitions; a subunit that drives something is not', () => {
    outOfScope(['IL-11Rα is the ligand-binding alpha chain of the IL-11 receptor complex.', 'gp130 is the common signal-transducing receptor subunit shared by all IL-6 family cytokines.', 'Akt, also known as protein kinase B, exists in three isoforms.', 'IGF-1 is a 70-amino-acid polypeptide that shares structural homology with proinsulin.', 'IL-11 shares about 20% sequence identity with IL-6.']);
    notOutOfScope(['gp130 is the subunit of the IL-6 receptor that drives STAT3 activation in HCC cells.', 'MMP-13 is a collagenase and takes part in several steps of OSCC invasion.']);
  });

  test('a share of patients in words is a clinical statistic; a share with a level of a molecule is not', () => {
    outOfScope(['Fewer than a third of patients with advanced HCC respond to sorafenib.', 'A minority of HCC patients derive a lasting benefit from sorafenib.', 'Only one in five patients with advanced HCC survives two years on sorafenib.']);
    notOutOfScope(['A third of patients with high serum IL-6 respond poorly to sorafenib.']);
  });

  test('a prospect a result opens is no claim; a finding before it is read', () => {
    outOfScope(['These results lay the groundwork for clinical trials of IL-11 blockade in OSCC.', 'Our data provide a rationale for further studies of NT157 in liver cancer.', 'These observations pave the way for testing IL-6R antibodies in HCC.']);
    notOutOfScope(['IL-11 drives invasion of OSCC cells, which paves the way for trials of IL-11 blockade.']);
  });

  test('an aim with "aimed at" or "we focused on" is an aim; a finding reported with it is not', () => {
    outOfScope(['Thus, this study aimed at clarifying the involvement of CAFs in sorafenib resistance.', 'Our work was aimed at identifying partners of IL-11 in OSCC.', 'We aimed at testing NT157 together with sorafenib in HCC cells.', 'We focused on the role of IL-11 in OSCC invasion.', 'Here, we concentrated on IGF-1R signalling in sorafenib-resistant liver tumour cells.']);
    notOutOfScope(['This study aimed at clarifying the role of CAFs and found that they secrete IL-6 in HCC.']);
  });

  test('a bench step with its purpose first is a method; a result after it is read', () => {
    outOfScope(['To inhibit STAT3, cells were treated with 5 µM Stattic.', 'To knock down IL-11, OSCC cells were transfected with two siRNAs.', 'To block IL-6 signalling, tocilizumab was added to the co-culture medium.', 'To activate STAT3, we treated the HCC cells with recombinant IL-6.']);
    notOutOfScope(['To inhibit STAT3, cells were treated with Stattic, which reduced MMP-13 expression in OSCC cells.', 'To block IL-6, we added tocilizumab and invasion of HCC cells fell.']);
  });

  test('starving, transducing, selecting and switching genes on are bench steps; a condition before a finding is not', () => {
    outOfScope(['OSCC cells were serum-starved overnight and then stimulated with IL-11.', 'Huh7 cells were infected with lentiviruses carrying IGF-1R shRNA.', 'Stable IL-11 knockdown clones were selected with puromycin for two weeks.', 'IL-11 expression was induced by doxycycline in the Tet-on system.', 'Cells were pretreated with the STAT3 inhibitor Stattic for one hour before IL-6 was added.', 'Cells were exposed to hypoxia (1% O2) or normoxia for the indicated times.', 'STAT3 was silenced in HepG2 cells by transfection with a specific siRNA.', 'The IL11 gene was deleted in OSCC cells with CRISPR/Cas9.', 'IGF-1R was overexpressed in Huh7 cells by lentiviral transduction.', 'IL-6 was neutralised with a blocking antibody in the conditioned medium experiments.']);
    notOutOfScope(['When the cells were serum-starved, IL-6 increased STAT3 phosphorylation in HCC cells.']);
  });

  test('a pathway blocked as a step of the method is no finding; an outcome blocked is', () => {
    outOfScope(['STAT3 activity was inhibited by pretreating the cells with Stattic.', 'IL-6 signalling was blocked with tocilizumab at 10 µg/ml in all co-culture experiments.', 'IGF-1R was inhibited with NT157 at a final concentration of 2 µM.']);
    notOutOfScope(['Invasion was inhibited by treating the cells with NT157.', 'Migration of OSCC cells was blocked with an IL-11 antibody at 5 µg/ml.']);
  });

  test('a reagent put to a purpose or used as a control, patients classed by a measure, the next measurement named, doses and groups set are methods', () => {
    outOfScope(['IL-11 was used to stimulate OSCC cells in all invasion assays.', 'Sorafenib was added to the co-cultures to inhibit RAF signalling.', 'HCC cells treated with IL-6 served as a positive control for STAT3 phosphorylation.', 'IL-6-stimulated Huh7 cells were used as a positive control.', 'Patients were classified as IL-6-high or IL-6-low using the median as cut-off.', 'Tumours were categorised as IL-11-positive or IL-11-negative by two pathologists.', 'We next determined the levels of IL-6 in the serum of 60 HCC patients.', 'We then tested the effect of NT157 on IGF-1R phosphorylation in HCC cells.', 'We further evaluated whether STAT3 is needed for IL-11 to raise MMP-13.', 'The concentrations of IL-6 used in this study were chosen on the basis of earlier reports.', 'The sorafenib dose was chosen on the basis of its plasma levels in patients.', 'Huh7 cells were treated with sorafenib, IL-6 or both.', 'The experimental groups were as follows: vehicle, NT157, sorafenib and the combination.', 'STAT3 phosphorylation was assessed 30 minutes after IL-6 stimulation.']);
    notOutOfScope(['We measured serum IL-6 in HCC patients and found that it was higher in those who relapsed.', 'We then tested the effect of NT157 on HCC cells, which showed that it lowered IGF-1R.', 'Huh7 cells were treated with sorafenib, IL-6 or both, and IL-6 reduced sorafenib-induced apoptosis.', 'STAT3 phosphorylation was assessed 30 minutes after IL-6 stimulation and was higher in HCC cells.']);
  });

  test('a link named as what an analysis looked at frames the sentence; the link reported with a result is read', () => {
    outOfScope(['Correlations between IL-11 and MMP-13 expression were analysed with Spearman\'s rank test.', 'The association of IL-6 with sorafenib response was tested in a logistic regression model.', 'Spearman correlation analysis was used to assess the link between IL-11 and HIF-1α levels.', 'Next, the relationship between serum IL-6 and IGF-1 was examined by linear regression.']);
    notOutOfScope(['The correlation between IL-11 and MMP-13 expression was analysed with Spearman\'s test and was significant.', 'Correlation between IL-11 and MMP-13 was assessed by Spearman\'s test (r = 0.61, p < 0.001).', 'Pearson analysis showed a positive correlation between IL-11 and MMP-13 in OSCC.']);
  });

  test('curves drawn to evaluate, material given by a colleague, levels normalised and public data downloaded are methods', () => {
    outOfScope(['Receiver operating characteristic curves were drawn to evaluate the diagnostic value of serum IL-11.', 'Sorafenib-resistant HCC cell lines were kindly provided by Dr Smith.', 'The IL-6R expression plasmid was a kind gift from a colleague in Osaka.', 'IL-11 mRNA levels were normalised to GAPDH.', 'We downloaded RNA-seq data on IL-6 and STAT3 in HCC from the TCGA portal.', 'Expression profiles of IL-11 in oral tumours were retrieved from the GEO database.']);
  });

  test('an introduction\'s background: other names, what the field proposed, studied or reviewed, a clinical problem or need, a poor prognosis', () => {
    outOfScope(['IL-6 was formerly known as B-cell stimulatory factor 2.', 'IL-11 is also called adipogenesis inhibitory factor.', 'Several mechanisms have been proposed to explain sorafenib resistance in HCC.', 'Various models have been put forward for how IL-11 reaches STAT3.', 'The biology of IL-6 has been extensively reviewed elsewhere.', 'Hypoxia has been extensively studied in solid tumours.', 'IL-11 signalling is reviewed in detail in reference 12.', 'Sorafenib resistance remains a major obstacle in the treatment of advanced HCC.', 'Acquired resistance to sorafenib represents a considerable clinical challenge.', 'Invasion of OSCC into bone poses a serious therapeutic problem.', 'New strategies to overcome sorafenib resistance are urgently needed.', 'Novel biomarkers of sorafenib response are still lacking.', 'Reliable markers of IL-11 activity in oral tumours are still missing.', 'The prognosis of patients with sorafenib-resistant HCC remains poor.', 'Survival of ATC patients given IGF-1R blockers is still dismal.']);
    notOutOfScope(['IL-6 has been extensively studied as a driver of HCC progression.', 'The prognosis of HCC patients with high serum IL-6 is poor.', 'Metastatic spread is the principal cause of treatment failure in ATC.']);
  });

  test('reagents and tools used or made, animals put down and genes picked out with an online tool are methods; a result with them is not', () => {
    outOfScope(['Primary antibodies against IL-6R, STAT3 and p-STAT3 were used at 1:1000.', 'The following antibodies were used: anti-STAT3, anti-IGF-1R and anti-GAPDH.', 'siRNAs targeting IL-11 were synthesised by a commercial supplier.', 'A luciferase reporter containing the MMP-13 promoter was constructed.', 'Huh7 cells stably expressing IL-6R were established.', 'Mice were sacrificed four weeks after injection of IL-11-overexpressing cells.', 'Genes co-expressed with IL-11 in OSCC were identified using cBioPortal.']);
    notOutOfScope(['siRNAs targeting IL-11 were used, and MMP-13 fell in OSCC cells.']);
  });

  test('where material came from and how engineered cells were made hold a descriptor the library backs; a result stated with them is read', () => {
    outOfScope(['The IGF-1R inhibitor NT157 was a gift of Professor Levitzki.', 'OSCC cells overexpressing IL-11 were generated by lentiviral infection.', 'IL-6R-deficient Huh7 cells were created with CRISPR/Cas9 gene editing.', 'The STAT3 inhibitor Stattic was purchased from a commercial supplier.']);
    notOutOfScope(['OSCC cells overexpressing IL-11 were generated by lentiviral infection, and they invaded more than control cells.', 'Huh7 cells lacking IL-6R were made by CRISPR knockout and were more sensitive to sorafenib.']);
  });

  test('a gene\'s place on a chromosome, a credited discovery, a limitation and an acknowledgement are no claims; an absence found is', () => {
    outOfScope(['The human IL11 gene is located on chromosome 19q13.', 'The STAT3 gene maps to human chromosome 17.', 'Hypoxia inducible factors were discovered by Semenza in the 1990s.', 'Oncostatin M was first purified by Zarling and colleagues in 1986.', 'Second, we did not examine IL-11 in serum.', 'We could not measure IGF-1R activity in the tumour samples.', 'We thank Dr Lee for providing the IL-6R antibody.', 'The authors are grateful to the pathology staff for the OSCC sections.']);
    notOutOfScope(['We did not find any change in STAT3 phosphorylation after IL-11 treatment of OSCC cells.']);
  });

  test('a cohort described, a guideline\'s advice, a list of abbreviations and a where-to-find note are no claims', () => {
    outOfScope(['This retrospective cohort comprised 112 patients with HCC treated with sorafenib between 2010 and 2018.', 'The validation set included 84 OSCC tumours stained for IL-11.', 'Our study population consisted of sixty-two patients with anaplastic thyroid cancer given IL-6 blockers.', 'Current guidelines recommend sorafenib or lenvatinib as first-line systemic therapy for advanced HCC.', 'The EASL guidelines list regorafenib as a second-line option after sorafenib.', 'NCCN recommendations include cisplatin-based chemoradiation for advanced OSCC.', 'Abbreviations: HCC, hepatocellular carcinoma; IL-6, interleukin-6.', 'The primers used to amplify IL-11 and MMP-13 are listed in Supplementary Table S2.', 'The antibodies against STAT3 and IGF-1R are detailed in the Supplementary Materials.', 'Baseline IL-6 values of each patient are provided in Table S1.']);
    notOutOfScope(['The cohort included 80 HCC patients, and serum IL-6 was higher in those who progressed on sorafenib.']);
  });

  // Issue 7, stop 43 (h-scope43): a membership counted in words, "is one member of", and a receptor defined by the family
  // that uses it were read as no definition, and the sentence called unsupported for naming what the library studies; a
  // low-oxygen state opened by "a", or made with a named mimetic, was no method. A claim beside the same words is read.
  test('membership counted in words and a receptor used by a family are definitions; a low-oxygen state made with a mimetic is a method', () => {
    outOfScope(['STAT5 is one member of the STAT family of transcription factors.', 'MMP-13 is one of the members of the collagenase subfamily.', 'The common beta chain is used by the IL-3 family of cytokines.', 'Gp130 is shared by all members of the IL-6 family.', 'A hypoxic milieu was established with deferoxamine before the thyroid cells were seeded.', 'Hypoxic conditions were generated using 150 µM CoCl2 in serum-free medium.', 'The low oxygen state was achieved with 1% O2 in a humidified incubator.']);
    // A member with a verb of its own, a factor named for hypoxia, and a change told after the step are claims.
    notOutOfScope(['IL-11, one member of the IL-6 family, raises MMP-13 in OSCC cells.', 'gp130 is used by IL-11 to switch on STAT3 in oral tumour cells.', 'Hypoxia-inducible factor 1α was induced with CoCl2 in the oral tumour cells.', 'Hypoxia was induced with cobalt chloride, which raised IL-11 secretion by the OSCC cells.', 'A hypoxic state was created with DMOG, and MMP-9 expression rose in the breast tumour cells.', 'Low oxygen was created with 1% O2, and the thyroid cells then released more IL-6.']);
  });
});
