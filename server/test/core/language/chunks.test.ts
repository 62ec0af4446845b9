// The chunker as input -> plain-text pairs: sentences of our own, one construction each, tagged by wink-nlp.
import * as assert from 'node:assert/strict';
import { chunk, showChunks, wordsOf } from '../../../src/core/language/chunks';
import { hasVerbBase, tagWords } from '../../../src/core/language/tagger';
import { verbTrigger } from '../../../src/core/claims/vocabulary';

const options = { isVerb: (w: string) => verbTrigger(w) !== undefined, isNounAfterName: (w: string) => ['signaling', 'signalling', 'levels'].includes(w) };

function chunked(sentence: string): string {
  const words = wordsOf(tagWords(sentence)).filter((w) => w.pos !== 'PUNCT');
  return showChunks(words, chunk(words, options));
}

const cases: [string, string][] = [
  // The domain lexicon overrides the tagger's plural noun after a symbol.
  ['BRAF increases ERK phosphorylation in melanoma cells.', '[NP BRAF] [VG increases] [NP ERK phosphorylation] [PP in melanoma cells]'],
  ['STAT3 was not activated by IL6 in liver cells.', '[NP STAT3] [VG:passive:neg was not activated] [PP by IL6] [PP in liver cells]'],
  ['Treatment with sorafenib produced a marked fall in IL6 levels.', '[NP Treatment] [PP with sorafenib] [VG produced] [NP a marked fall] [PP in IL6 levels]'],
  ['IL11 plays a key role in the progression of gastric cancer.', '[NP IL11] [VG plays] [NP a key role] [PP in the progression] [PP of gastric cancer]'],
  ['STAT3 is important for the invasion of breast cancer cells.', '[NP STAT3] [VG is] [ADJP important] [PP for the invasion] [PP of breast cancer cells]'],
  ['Low oxygen led to elevated levels of SNAI1 protein.', '[NP Low oxygen] [VG led] [PP to elevated levels] [PP of SNAI1 protein]'],
  ['Hypoxia may also trigger EMT through HIF1A.', '[NP Hypoxia] [VG may also trigger] [NP EMT] [PP through HIF1A]'],
  // The first word of a correlative pair goes with the preposition of means; the gerund heads its clause.
  ['The kinase drives growth by either blocking apoptosis or inducing angiogenesis.', '[NP The kinase] [VG drives] [NP growth] [PP by either] [VG blocking] [NP apoptosis] or [VG inducing] [NP angiogenesis]'],
  // Two adverbs inside a passive group stay in it: the participle is the group's head.
  ['The kinase is often constitutively phosphorylated in tumours.', '[NP The kinase] [VG:passive is often constitutively phosphorylated] [PP in tumours]'],
  ['Sorafenib failed to reduce IL6 levels.', '[NP Sorafenib] [VG:neg failed to reduce] [NP IL6 levels]'],
  // A relation verb in its plain form after an apposition's comma or an adverb heads the predicate.
  ['Stromal fibroblasts, the main cells of the niche, restrain tumour growth.', '[NP Stromal fibroblasts] [NP the main cells] [PP of the niche] [VG restrain] [NP tumour growth]'],
  ['Hypoxia can trigger EMT and thus impede tumour metastasis.', '[NP Hypoxia] [VG can trigger] [NP EMT] and thus [VG impede] [NP tumour metastasis]'],
  // A past form after the comma that closes an apposition is the predicate.
  ['Tocilizumab, an antibody to the receptor, reduced tumour growth in mice.', '[NP Tocilizumab] [NP an antibody] [PP to the receptor] [VG reduced] [NP tumour growth] [PP in mice]'],
  ['IL6 not only activates STAT3 but also induces EMT.', '[NP IL6] [VG not only activates] [NP STAT3] but also [VG induces] [NP EMT]'],
  ['Treated cells showed increased SNAI1 expression.', '[NP Treated cells] [VG showed] [NP increased SNAI1 expression]'],
  // A quantifier floated after the subject is no article: the relation word after it is the verb.
  ['IL6 and IL11 both activate STAT3.', '[NP IL6] and [NP IL11] both [VG activate] [NP STAT3]'],
  ['The kinase has been shown to suppress invasion.', '[NP The kinase] [VG has been shown to suppress] [NP invasion]'],
  // A plural-looking relation word before "in" is the verb when its clause has none other, a noun when it has.
  ['The cytokine increases in response to hypoxia.', '[NP The cytokine] [VG increases] [PP in response] [PP to hypoxia]'],
  // A conjunction the tagger reads as a preposition opens a clause, not a phrase.
  ['Although the kinase is active in tumours, its targets are unknown.', 'Although [NP the kinase] [VG is] [ADJP active] [PP in tumours] [NP its targets] [VG are] [ADJP unknown]'],
  // A word the tagger calls an adverb between an article and an adjective modifies the noun ("a new molecular target").
  ['The kinase is a new molecular target in liver tumours.', '[NP The kinase] [VG is] [NP a new molecular target] [PP in liver tumours]'],
  ['Cytokine increases in tumour tissue were modest.', '[NP Cytokine increases] [PP in tumour tissue] [VG were] [ADJP modest]'],
  // An -ing form after an article and before "of" is a gerund used as a noun, not a verb of the clause.
  ['The transition is an early step in the gaining of motility by tumour cells.', '[NP The transition] [VG is] [NP an early step] [PP in the gaining] [PP of motility] [PP by tumour cells]'],
  ['Cell migration slowed after the silencing of the kinase.', '[NP Cell migration] [VG slowed] [PP after the silencing] [PP of the kinase]'],
  // A participle after an article and "and" before the noun is one of its modifiers, not the clause's verb.
  ['The kinase is a layered and branched hub for invasion.', '[NP The kinase] [VG is] [NP a layered and branched hub] [PP for invasion]'],
];

/** Commas kept: parentheticals and clause joins are read at them. `takesTo` as the cue table gives it. */
function chunkedWithCommas(sentence: string): string {
  const words = wordsOf(tagWords(sentence)).filter((w) => w.pos !== 'PUNCT' || w.text === ',');
  return showChunks(words, chunk(words, { ...options, takesTo: (lemma: string) => ['contribute', 'lead', 'bind'].includes(lemma) }));
}

const withCommas: [string, string][] = [
  // A past form after "and" that ends a first predicate's list of objects heads a second predicate.
  ['The drug lowered the first marker, its ligand, and raised the second marker.', '[NP The drug] [VG lowered] [NP the first marker] , [NP its ligand] , and [VG raised] [NP the second marker]'],
  ['The drug lowered the first marker, its ligand and phosphorylated kinase levels.', '[NP The drug] [VG lowered] [NP the first marker] , [NP its ligand] and [NP phosphorylated kinase levels]'],
  // A fixed adverbial phrase is an adverb, not a preposition and a verb.
  ['The kinase, in turn, activates its target.', '[NP The kinase] , in turn , [VG activates] [NP its target]'],
  // "to" after a verb that takes it as a preposition, before a noun the tagger read as a verb.
  ['Inflammation contributes to drug resistance in liver tumours.', '[NP Inflammation] [VG contributes] [PP to drug resistance] [PP in liver tumours]'],
  // A possessive opens a noun phrase; "both" before an article stays in it.
  ['The cytokine exerts its effects on tumour cells.', '[NP The cytokine] [VG exerts] [NP its effects] [PP on tumour cells]'],
  ['The cytokine enhanced both the migration and the invasion of cells.', '[NP The cytokine] [VG enhanced] [NP both the migration] and [NP the invasion] [PP of cells]'],
  // An adverb between the subject and a third-person relation verb.
  ['The factor transcriptionally upregulates the receptor.', '[NP The factor] transcriptionally [VG upregulates] [NP the receptor]'],
  // A past form after "but" heads a second predicate.
  ['The kinase activated the factor but decreased receptor levels.', '[NP The kinase] [VG activated] [NP the factor] but [VG decreased] [NP receptor levels]'],
  // A past form after a parenthetical (an adverbial, a participle clause) is the predicate.
  ['Hypoxia, as expected, increased cytokine secretion.', '[NP Hypoxia] , as expected , [VG increased] [NP cytokine secretion]'],
  ['The cytokine, secreted by stromal cells, activated the kinase.', '[NP The cytokine] , [VG secreted] [PP by stromal cells] , [VG activated] [NP the kinase]'],
  // Coordinated modifiers before one head; "as well as" is one conjunction.
  ['The factor has a major paracrine, autocrine and endocrine role in tissue repair.', '[NP The factor] [VG has] [NP a major paracrine , autocrine and endocrine role] [PP in tissue repair]'],
  ['The cytokine raised the first kinase as well as the second kinase.', '[NP The cytokine] [VG raised] [NP the first kinase] as well as [NP the second kinase]'],
];


/** Names marked as the recognizer marks them (a symbol with a digit), commas and parentheses kept. */
function chunkedWithNames(sentence: string): string {
  const words = wordsOf(tagWords(sentence)).filter((w) => w.pos !== 'PUNCT' || [',', '(', ')'].includes(w.text)).map((w) => (/[0-9]/.test(w.text) ? { ...w, entity: true } : w));
  return showChunks(words, chunk(words, options));
}

// Issue 7, stop 35: the verb lexicon over the tagger's noun or adjective after a modal, a plural noun or a name, and
// a relative "which"; the nouns of change stay nouns before "of".
const lexiconOverTagger: [string, string][] = [
  ['Stromal fibroblasts can foster the growth of liver tumours.', '[NP Stromal fibroblasts] [VG can foster] [NP the growth] [PP of liver tumours]'],
  ['Tumour macrophages may foster invasion of breast cancer cells.', '[NP Tumour macrophages] [VG may foster] [NP invasion] [PP of breast cancer cells]'],
  ['Hypoxia-responsive genes drive angiogenesis in breast tumours.', '[NP Hypoxia responsive genes] [VG drive] [NP angiogenesis] [PP in breast tumours]'],
  ['IL6 and IL11 fuel tumour growth in the liver.', '[NP IL6] and [NP IL11] [VG fuel] [NP tumour growth] [PP in the liver]'],
  ['Two transcription factors (STAT3 and STAT5) drive invasion of tumour cells.', '[NP Two transcription factors] ( [NP STAT3] and [NP STAT5] ) [VG drive] [NP invasion] [PP of tumour cells]'],
  ['The kinase is made by stromal cells, which fuels tumour growth.', '[NP The kinase] [VG:passive is made] [PP by stromal cells] , which [VG fuels] [NP tumour growth]'],
  ['We asked which signals drive invasion.', 'We [VG asked] [NP which signals] [VG drive] [NP invasion]'],
  ['The increases of IL6 in tumours were modest.', '[NP The increases] [PP of IL6] [PP in tumours] [VG were] [ADJP modest]'],
  ['The drives of tumour growth remain unclear.', '[NP The drives] [PP of tumour growth] [VG remain] [ADJP unclear]'],
  ['The impacts of IL11 on tumour cells are broad.', '[NP The impacts] [PP of IL11] [PP on tumour cells] [VG are] [ADJP broad]'],
  ['STAT3 target genes were measured in tumour cells.', '[NP STAT3 target genes] [VG:passive were measured] [PP in tumour cells]'],
];

/** As chunkedWithNames, with the tagger's lexicon asked whether a word can be a verb (as the claim reader asks it). */
function chunkedWithVerbForms(sentence: string): string {
  const words = wordsOf(tagWords(sentence)).filter((w) => w.pos !== 'PUNCT' || [',', '(', ')'].includes(w.text)).map((w) => (/[0-9]/.test(w.text) ? { ...w, entity: true } : w));
  return showChunks(words, chunk(words, { ...options, hasVerbBase }));
}

// Issue 7, stop 55: a verb outside the relation lexicon that the tagger read as a noun right after its subject is
// the verb by its own form (an -s form after a singular name, a plain form after a plural), a noun phrase or a
// preposition after it, no other verb in its clause and the tagger's lexicon knowing it as a verb. Nouns stay nouns.
const verbsByForm: [string, string][] = [
  ['STAT5 shapes the response of liver cells to injury.', '[NP STAT5] [VG shapes] [NP the response] [PP of liver cells] [PP to injury]'],
  ['IL-33 governs the balance between repair and fibrosis.', '[NP IL-33] [VG governs] [NP the balance] [PP between repair] and [NP fibrosis]'],
  ['Stromal fibroblasts adopt a contractile state near the tumour edge.', '[NP Stromal fibroblasts] [VG adopt] [NP a contractile state] [PP near the tumour edge]'],
  ['Fibroblasts display a secretory profile in tumours.', '[NP Fibroblasts] [VG display] [NP a secretory profile] [PP in tumours]'],
  ['MMP-14 reshapes the extracellular matrix around invading cells.', '[NP MMP-14] [VG reshapes] [NP the extracellular matrix] [PP around invading cells]'],
  ['CXCL12 orchestrates immune evasion through CXCR4.', '[NP CXCL12] [VG orchestrates] [NP immune evasion] [PP through CXCR4]'],
  // A participle opening the clause modifies the subject; after a word of the clause it is the verb.
  ['Activated fibroblasts display a secretory profile in tumours.', '[NP Activated fibroblasts] [VG display] [NP a secretory profile] [PP in tumours]'],
  ['Phosphorylated STAT5 shapes the response of liver cells.', '[NP Phosphorylated STAT5] [VG shapes] [NP the response] [PP of liver cells]'],
  ['Hypoxia activated STAT5 signals through the receptor.', '[NP Hypoxia] [VG activated] [NP STAT5 signals] [PP through the receptor]'],
  // Nouns: another verb in the clause, a preposition or a verb governing the name, a compound after a plural.
  ['MMP-14 levels rose after treatment with the drug.', '[NP MMP-14 levels] [VG rose] [PP after treatment] [PP with the drug]'],
  ['STAT5 targets include cyclin D1 and BCL-XL.', '[NP STAT5 targets] [VG include] [NP cyclin D1] and [NP BCL XL]'],
  ['The CCL2 signals were weak in stromal cells.', '[NP The CCL2 signals] [VG were] [ADJP weak] [PP in stromal cells]'],
  ['Increases in IL-33 levels during injury.', '[NP Increases] [PP in IL-33 levels] [PP during injury]'],
  ['The rise in STAT5 marks during repair was modest.', '[NP The rise] [PP in STAT5 marks] [PP during repair] [VG was] [ADJP modest]'],
  ['We measured STAT5 targets in liver cells.', 'We [VG measured] [NP STAT5 targets] [PP in liver cells]'],
  ['Fibroblast shapes vary between tumours.', '[NP Fibroblast shapes] [VG vary] [PP between tumours]'],
];

suite('language: chunks', () => {
  for (const [sentence, expected] of verbsByForm) {
    test(sentence, () => assert.equal(chunkedWithVerbForms(sentence), expected));
  }

  for (const [sentence, expected] of lexiconOverTagger) {
    test(sentence, () => assert.equal(chunkedWithNames(sentence), expected));
  }

  for (const [sentence, expected] of withCommas) {
    test(sentence, () => assert.equal(chunkedWithCommas(sentence), expected));
  }

  for (const [sentence, expected] of cases) {
    test(sentence, () => assert.equal(chunked(sentence), expected));
  }

  test('an entity is a noun phrase whatever the tagger said, and a hyphen ties a word to it', () => {
    const words = [
      { text: 'IL-6', lower: 'il-6', pos: 'VERB' as const, lemma: 'il-6', entity: true },
      { text: 'induced', lower: 'induced', pos: 'VERB' as const, lemma: 'induce', hyphenBefore: true },
      { text: 'STAT3', lower: 'stat3', pos: 'NOUN' as const, lemma: 'stat3', entity: true },
      { text: 'activation', lower: 'activation', pos: 'NOUN' as const, lemma: 'activation' },
    ];
    assert.equal(showChunks(words, chunk(words, options)), '[NP IL-6-induced STAT3 activation]');
  });
});
