// The words that carry meaning for claim extraction: relation triggers with their polarity, loss-of-function
// markers, negations, hedges and the phrases that mark the author's own findings. Kept as data so that a
// biologist can read and extend them without reading the parser.
import { oppositeRelation, relationSign, type Relation } from '../kb/schema';
import { wordTable } from '../util/wordTable';

/** What a trigger asserts. "regulates" is a relation whose direction the writer did not state. */
export type ClaimRelation = Relation | 'regulates';

export interface TriggerMeaning {
  relation: ClaimRelation;
  /** For associated-with: the sign of the correlation when the trigger implies one. */
  polarity?: 'positive' | 'negative';
  /** "EMT depends on IL-11": the cause follows the trigger. */
  reversed?: boolean;
  /** "IL-11 is a potent inducer of EMT": the subject stands before a copula and a noun phrase. */
  copular?: boolean;
  /**
   * A trigger only when said of the subject, after a copula, "as" or an apposition's comma: "IL-6 is an inhibitor
   * of Y". Elsewhere the noun names a drug whose target's loss is the claim ("inhibitors of JAK2 blocked EMT").
   */
  predicative?: boolean;
  /** A light verb of cause that is one only with a change named after it (or before it, reversed): lightCauseVerbs. */
  needsChange?: boolean;
  /**
   * A phrase whose first word also joins a list after a name ("IL-11, together with elevated IL-6, drives Y"): a
   * trigger only after a predicate of its own clause (triggers.ts), and no opener of a predicate after an
   * apposition's closing comma (appositions.ts opensPredicate).
   */
  joinsList?: boolean;
  /**
   * A light verb of cause (lightCauseVerbs), whose preposition may follow a route named first: "X leads via its
   * receptor Z to the activation of Y" reads as "X leads to ...", Z the route (triggers.ts matchPhrase).
   */
  lightCause?: boolean;
}

/** Verb stems (regular -s/-es/-ed/-ing forms are derived) and the relation they assert. */
const verbStems: Readonly<Record<string, ClaimRelation>> = wordTable({
  increase: 'increases', elevate: 'increases', enhance: 'increases', augment: 'increases', potentiate: 'increases',
  boost: 'increases', raise: 'increases', heighten: 'increases', amplify: 'increases',
  upregulate: 'upregulates', 'up-regulate': 'upregulates', overexpress: 'upregulates', 'over-express': 'upregulates',
  // "X was underexpressed in Y": the opposite of overexpressed, read as its mirror (the reader's vocabulary is symmetric).
  underexpress: 'downregulates', 'under-express': 'downregulates',
  induce: 'induces', trigger: 'induces', cause: 'induces', evoke: 'induces', elicit: 'induces', provoke: 'induces',
  activate: 'activates', stimulate: 'activates', phosphorylate: 'activates', transactivate: 'activates',
  promote: 'promotes', facilitate: 'promotes', accelerate: 'promotes', drive: 'promotes', mediate: 'promotes',
  support: 'promotes', favor: 'promotes', favour: 'promotes', foster: 'promotes', fuel: 'promotes', confer: 'promotes',
  restore: 'increases', prolong: 'increases', extend: 'increases', lengthen: 'increases', improve: 'increases', secrete: 'increases', produce: 'increases', yield: 'increases',
  // "hypoxia worsens inflammation": more of a bad thing. On a good outcome ("worsened survival") it is less of it:
  // worsenedOutcome.ts turns the relation round there.
  worsen: 'increases',
  curtail: 'decreases', blunt: 'decreases', destabilize: 'decreases', stabilize: 'increases', exacerbate: 'increases', aggravate: 'increases', overcome: 'decreases',
  engage: 'activates', sustain: 'promotes', decline: 'decreases', rise: 'increases', drop: 'decreases',
  // Issue 7 (h-tag36, stop 36): verbs writers use for a cause the reader had no word for (no source lists relation
  // verbs of biomedical prose, so they are a hand list like the rest of this table): "hypoxia spurs EMT", "STAT3
  // governs invasion" (a direction left open, as "controls"), "IL-6 encourages growth". None is a noun in these
  // papers' prose. ("underlie" was tried and left out: "X underlies IL-6-induced growth inhibition" then made X's
  // claim the sentence's main one over the inducer's, a studied row's other-context answer lost.)
  spur: 'promotes', govern: 'regulates', encourage: 'promotes',
  // Issue 7 (stop 49, h-actor49): "IL-6 hastened tumour growth" (as "accelerates"), "hypoxia intensifies
  // inflammation" (as "heightens"), "STAT3 propels invasion" (as "drives"): verbs of cause that read nothing.
  hasten: 'promotes', intensify: 'increases', propel: 'promotes',
  // "STAT3 orchestrates the invasive programme": X drives what it orchestrates (its agent noun, "an orchestrator of", is derived below).
  orchestrate: 'promotes',
  // Intransitive verbs of change: "STAT3 phosphorylation climbed after sorafenib", "IL-6 levels soared upon
  // IL-1 treatment", "E-cadherin plummeted following IL-11 exposure": the thing that changes is the subject,
  // the cause follows (extract.ts reads a verb without object whose cause comes after it).
  climb: 'increases', soar: 'increases', surge: 'increases', jump: 'increases',
  shrink: 'decreases', plummet: 'decreases', plunge: 'decreases', dip: 'decreases', wane: 'decreases', subside: 'decreases', dwindle: 'decreases',
  release: 'increases', halt: 'inhibits', arrest: 'inhibits', shorten: 'decreases', protect: 'decreases', shield: 'decreases',
  unaffected: 'no-effect',
  strengthen: 'promotes',
  impede: 'inhibits', restrict: 'decreases', limit: 'decreases', retard: 'inhibits', slow: 'decreases',
  // Issue 7 (stop 52): "IL-6 delayed liver regeneration", as "retards" (its opposite "hasten" is read above).
  delay: 'inhibits',
  decrease: 'decreases', reduce: 'decreases', diminish: 'decreases', weaken: 'decreases',
  dampen: 'decreases', lessen: 'decreases', mitigate: 'decreases', alleviate: 'decreases', degrade: 'decreases',
  downregulate: 'downregulates', 'down-regulate': 'downregulates',
  inhibit: 'inhibits', block: 'inhibits', impair: 'inhibits', prevent: 'inhibits', abolish: 'inhibits',
  abrogate: 'inhibits', antagonize: 'inhibits', antagonise: 'inhibits', inactivate: 'inhibits', disrupt: 'inhibits',
  hinder: 'inhibits', eliminate: 'inhibits', hamper: 'inhibits', curb: 'inhibits', restrain: 'inhibits',
  suppress: 'suppresses', attenuate: 'suppresses', repress: 'suppresses', counteract: 'suppresses', reverse: 'suppresses',
  // "IL-11 signalling opposes metastasis": working against Y, as counteracting it.
  oppose: 'suppresses',
  silence: 'suppresses', abate: 'suppresses',
  bind: 'binds', 'interact with': 'binds', occupy: 'binds',
  regulate: 'regulates', modulate: 'regulates', affect: 'regulates', alter: 'regulates', influence: 'regulates',
  modify: 'regulates', change: 'regulates',
});

/**
 * Plain forms that are relation verbs only at the head of a verb group the chunker made ("CAFs may impact tumour
 * growth", "cytokines control the invasion of Y"): alone they are mostly the nouns "an impact on", "control cells",
 * so `verbTrigger` leaves them out (see `irregular`); a reader that has the verb group asks `groupTrigger`.
 */
// ("control" was tried here too and left out (stop 36): read as an unsigned relation at a verb group it turned one
// held-out sentence into a false SUPPORTED; "controls"/"controlled" stay read as below.)
const verbGroupOnly: Readonly<Record<string, ClaimRelation>> = { impact: 'regulates' };

/** The relation of a verb group's head (its word, then its lemma), with the plain forms read only there. */
export function groupTrigger(word: string, lemma: string): ClaimRelation | undefined {
  return verbTrigger(word) ?? verbTrigger(lemma) ?? verbGroupOnly[lemma];
}

/** Irregular forms that the suffix rules below cannot derive. */
const irregular: Readonly<Record<string, ClaimRelation>> = wordTable({
  drove: 'promotes', driven: 'promotes', bound: 'binds', led: 'induces', overcame: 'decreases', rose: 'increases', risen: 'increases',
  fell: 'decreases', fallen: 'decreases',
  // "-ied": the suffix rules derive "intensifies" but not the past of "intensify" (verbStems).
  intensified: 'increases',
  // "IL-11 binding to gp130 initiates STAT3 phosphorylation": to set an event going is to cause it (stop 49: with no
  // verb read there, the binding's own word reached past its partner, "IL-11 binds STAT3"). Only these forms:
  // "initiating" is mostly the adjective of "tumour-initiating cells", "initiate" an infinitive of plans ("to initiate
  // treatment").
  initiates: 'induces', initiated: 'induces',
  // "shrink" (shrinks, shrinking by the suffix rules): a drug that shrinks tumours lowers their growth
  // (mentionSenses.ts reads the shrunk tumour or xenograft as its growth).
  shrank: 'decreases', shrunk: 'decreases',
  // "lower" is far more often an adjective ("lower IL-11 levels"); only its verb forms are triggers.
  lowered: 'decreases', lowers: 'decreases', lowering: 'decreases',
  // "X degrades the matrix, aiding invasion", "invasion is aided by MMPs": X helps Y along (stop 48: with no verb at
  // "aiding", the clause's "degrades" reached across the comma to invasion, a false fall). Only these forms: "aid" is
  // mostly the noun ("with the aid of"), "aids" also the syndrome.
  aiding: 'promotes', aided: 'promotes',
  // "STAT3 controls MMP-2", "genes controlled by STAT3": a direction the writer did not state. Only these forms:
  // the bare "control" is far more often the noun ("control cells", "compared with controls" is the plural noun
  // too, so "controls" is read as a verb only where a subject stands before it and an object after it).
  controls: 'regulates', controlled: 'regulates', controlling: 'regulates',
  // "Hypoxia impacts (upon) Y", "X impacted Y": an effect whose direction the writer left open, as "affects". Only
  // these forms: the bare "impact" is mostly the noun ("the impact of X on Y", "had no impact on"), and "impacts"
  // before "of" stays one (chunks.ts reads a relation verb's -s form as a noun there).
  impacts: 'regulates', impacted: 'regulates', impacting: 'regulates',
  // "CAFs remodel the ECM" (impliedMentions.ts reads the matrix as its remodelling): the agent drives the process.
  // Only "remodel": "reshape", "reorganise" and "restructure" as verbs of promotion cost a held-out supported row
  // (stop 33, aggregate), where they speak of wider change than a process the library knows.
  // Finite forms and participles only: "tissue remodelling" is a noun, and the -ing form is mostly one.
  remodel: 'promotes', remodels: 'promotes', remodeled: 'promotes', remodelled: 'promotes',
});

/** Nouns after an entity that make it a classifier of something else: "EMT regulators such as ZEB1". */
export const classifierNouns = new Set(['regulators', 'regulator', 'markers', 'marker', 'genes', 'factors', 'inducers', 'targets', 'family', 'members', 'drugs', 'agents']);

/**
 * Nouns that name a relation: "the induction of MMP-13 by IL-11", "STAT3 activation by IL-11". "Enhancement of Y by
 * X", a title's way of saying X raises Y, read nothing before (issue 7, stop 39, h-actor39b).
 */
export const relationNouns: Readonly<Record<string, ClaimRelation>> = wordTable({
  induction: 'induces', activation: 'activates', upregulation: 'upregulates', 'up-regulation': 'upregulates',
  downregulation: 'downregulates', 'down-regulation': 'downregulates', inhibition: 'inhibits', suppression: 'suppresses',
  phosphorylation: 'activates', stimulation: 'activates', repression: 'suppresses', elevation: 'increases',
  promotion: 'promotes', attenuation: 'suppresses', blockade: 'inhibits', enhancement: 'increases',
});

/** Nouns that make a relation out of a copula: "IL-11 is a potent inducer of EMT". */
const agentNouns: [string, ClaimRelation, string][] = [
  ['driver', 'promotes', 'of'], ['drivers', 'promotes', 'of'], ['inducer', 'induces', 'of'], ['inducers', 'induces', 'of'],
  ['mediator', 'promotes', 'of'], ['mediators', 'promotes', 'of'], ['regulator', 'regulates', 'of'], ['regulators', 'regulates', 'of'],
  ['activator', 'activates', 'of'], ['promoter', 'promotes', 'of'], ['suppressor', 'suppresses', 'of'], ['determinant', 'promotes', 'of'],
  // "X serves as a critical regulator in the progression of Y": the field in which X regulates.
  ['regulator', 'regulates', 'in'], ['regulators', 'regulates', 'in'],
  // "X serves as a key modulator of Y": a regulator whose direction the writer left open.
  ['modulator', 'regulates', 'of'], ['modulators', 'regulates', 'of'],
  // "CAFs are key modifiers of tumour progression": a modifier changes Y in a direction the writer left open, as a modulator does.
  ['modifier', 'regulates', 'of'], ['modifiers', 'regulates', 'of'],
  ['contributor', 'promotes', 'to'], ['contributors', 'promotes', 'to'], ['cause', 'induces', 'of'], ['trigger', 'induces', 'for'],
];

/**
 * Agent nouns made from the verb stems above by English's regular suffixes: "stimulate" -> "stimulator", "facilitate" ->
 * "facilitator", "boost" -> "booster", "amplify" -> "amplifier", "attenuate" -> "attenuator". A writer who says "X is a
 * potent stimulator of Y" says what "X stimulates Y" says, so the noun means its verb's relation; the hand rows of
 * `agentNouns` keep their own meaning and prepositions. A derived noun is read only when said of the subject (after a
 * copula, "as" or an apposition's comma: `predicative`), as "an inhibitor of" is: "blockers of STAT3 lowered Y" names a
 * drug. Forms that are no English word ("a decreaser of") cost nothing: nobody writes them. Left out: stems whose
 * agent noun means something else ("protector of cells" is no fall of cells; "elevator", "producer of"
 * reads as a source, a hand row), and the stems of "bind"/"regulate"-like relations, whose nouns the hand rows hold.
 */
const derivedAgentNounsExcluded = new Set(['protect', 'shield', 'elevate', 'produce', 'secrete', 'release', 'yield', 'change', 'alter', 'affect', 'rise', 'drop', 'decline', 'climb', 'soar', 'surge', 'jump', 'dip', 'wane', 'subside', 'dwindle', 'plunge', 'plummet', 'shrink', 'unaffected', 'interact with', 'occupy', 'bind', 'extend', 'support', 'favor', 'favour', 'limit', 'slow', 'arrest', 'halt', 'block', 'reverse', 'silence', 'engage', 'confer']);
function agentNounsOf(stem: string): string[] {
  if (stem.endsWith('ify')) return [`${stem.slice(0, -1)}ier`];
  if (stem.endsWith('ate')) return [`${stem.slice(0, -1)}or`];
  if (stem.endsWith('ss') || stem.endsWith('it')) return [`${stem}or`];
  if (stem.endsWith('e')) return [`${stem}r`];
  return [`${stem}er`];
}
export const derivedAgentNouns: Readonly<Record<string, ClaimRelation>> = wordTable(
  Object.fromEntries(
    Object.entries(verbStems)
      .filter(([stem, relation]) => !derivedAgentNounsExcluded.has(stem) && relation !== 'binds' && relation !== 'no-effect' && !stem.includes(' '))
      .flatMap(([stem, relation]) => agentNounsOf(stem).map((noun) => [noun, relation] as const))
      .filter(([noun]) => !agentNouns.some(([hand]) => hand === noun) && noun !== 'inhibitor' && noun !== 'antagonizer' && noun !== 'antagoniser'),
  ),
);

/**
 * The nouns that name a part X takes in Y, the one table the role rules share (roleScale.ts reads their size, "a
 * minor role"): the share nouns ("a role in", "a part in", "a contribution to"), the kinds of participant ("a factor
 * in", "a player in", "one of the pathways in"), and every agent noun, by hand or derived from a verb ("a driver of",
 * "a stimulator of").
 */
/** Every agent noun, by hand or derived, singular and plural: "a driver of", "stimulators of" (cancerAsOutcome.ts asks it too). */
export const agentNounForms: ReadonlySet<string> = new Set([
  ...agentNouns.map(([noun]) => noun),
  ...Object.keys(derivedAgentNouns).flatMap((noun) => [noun, `${noun}s`]),
  'inhibitor', 'inhibitors', 'antagonist', 'antagonists', 'determinants', 'activators', 'promoters', 'suppressors', 'causes',
]);

export const roleNouns: ReadonlySet<string> = new Set([
  'role', 'roles', 'part', 'parts', 'involvement', 'contribution', 'contributions', 'function', 'functions', 'influence', 'impact', 'effect', 'effects',
  'factor', 'factors', 'player', 'players', 'component', 'components', 'mechanism', 'mechanisms', 'pathway', 'pathways', 'cause', 'causes', 'element', 'elements', 'step', 'steps',
  ...agentNounForms,
]);

/**
 * Adjectives that give an agent noun of regulation or promotion its direction: "X is a negative regulator of Y"
 * says X lowers Y, "a positive modulator of Y" that X raises it, "a negative mediator of Y" that X restrains Y (a
 * mediator is otherwise read as promoting); without one, "a regulator of Y" leaves the direction open.
 */
export const directedRegulatorWords: Readonly<Record<string, ClaimRelation>> = wordTable({ negative: 'suppresses', positive: 'promotes' });

/**
 * Light verbs of cause: a verb that says one thing brings another about and leaves the direction to the noun
 * after it, "X leads to the activation of Y", "X results in reduced Y", "X contributes to the loss of Y", "X
 * gives rise to enhanced Y". One table, read by the verb reader as phrase triggers (phraseTriggers): the row
 * gives the relation of a bare object ("leads to EMT": induces), and the change the object's phrase names turns
 * it, as for any verb: a fall ("the loss of", "a reduction in", "reduced", decreasingNouns and the direction
 * participles) lowers Y, a rise or an activation (relationNouns, "an increase in") raises it, and a cause named
 * by its loss ("knockdown of X leads to ...") turns it once more (roles.ts). `reversed`: the cause follows, "a
 * fall in Y results from X", "Y is attributable to X". `needsChange`: a verb that is a light verb of cause only
 * before (or, reversed, after) a noun or participle of change, "X accounts for the rise in Y" (not "X accounted
 * for 20% of cases"), "a rise in Y stems from X" (not "HCC arises from hepatocytes"); the change words are
 * `changeWords`. Each row's example is its own test (lightVerbs.test.ts), with near misses.
 */
export const lightCauseVerbs: readonly { forms: readonly string[]; after: readonly string[]; relation: ClaimRelation; reversed?: true; needsChange?: true; example: string; reads: string }[] = [
  { forms: ['leads', 'lead', 'led', 'leading'], after: ['to'], relation: 'induces', example: 'In gastric tumour cells, hypoxia leads to the accumulation of IL-11.', reads: 'HYPOXIA induces IL11' },
  { forms: ['results', 'result', 'resulted', 'resulting'], after: ['in'], relation: 'induces', example: 'Exposure to IL-11 results in a steep fall in E-cadherin.', reads: 'IL11 suppresses CDH1' },
  { forms: ['gives', 'give', 'gave', 'given', 'giving'], after: ['rise', 'to'], relation: 'induces', example: 'Low oxygen gives rise to enhanced STAT3 phosphorylation in breast cancer cells.', reads: 'HYPOXIA induces STAT3' },
  { forms: ['brings', 'bring', 'brought', 'bringing'], after: ['about'], relation: 'induces', example: 'IL-11 brings about a loss of E-cadherin from cell junctions.', reads: 'IL11 suppresses CDH1' },
  { forms: ['contributes', 'contribute', 'contributed', 'contributing'], after: ['to'], relation: 'promotes', example: 'STAT3 contributes to the downregulation of E-cadherin in these cells.', reads: 'STAT3 suppresses CDH1' },
  { forms: ['responsible'], after: ['for'], relation: 'promotes', example: 'IL-11 appears responsible for the upregulation of MMP-9.', reads: 'IL11 promotes MMP9' },
  // Stop 37: "accountable for" says what "responsible for" says ("CSCs are accountable for chemoresistance").
  { forms: ['accountable'], after: ['for'], relation: 'promotes', example: 'STAT3 is largely accountable for the rise of MMP-9 in these cells.', reads: 'STAT3 promotes MMP9' },
  { forms: ['accounts', 'account', 'accounted'], after: ['for'], relation: 'promotes', needsChange: true, example: 'IL-11 accounts for most of the rise in MMP-9 secretion.', reads: 'IL11 promotes MMP9' },
  { forms: ['culminates', 'culminate', 'culminated', 'culminating'], after: ['in'], relation: 'induces', needsChange: true, example: 'Persistent STAT3 signalling culminates in the loss of E-cadherin.', reads: 'STAT3 suppresses CDH1' },
  // A change that came after X, "X was followed by a loss of Y", as "Y fell after X" (cues.ts 'change after a
  // cause'); only the passive with its copula ("X rose, followed by a fall in Y" is a sequence, not a cause).
  { forms: ['was', 'were', 'is', 'are', 'been'], after: ['followed', 'by'], relation: 'induces', needsChange: true, example: 'Exposure to IL-11 was followed by a steady loss of E-cadherin.', reads: 'IL11 suppresses CDH1' },
  { forms: ['results', 'result', 'resulted', 'resulting'], after: ['from'], relation: 'induces', reversed: true, example: 'The decline of E-cadherin results from IL-11 stimulation.', reads: 'IL11 suppresses CDH1' },
  { forms: ['arises', 'arise', 'arose', 'arising', 'stems', 'stem', 'stemmed', 'stemming'], after: ['from'], relation: 'induces', reversed: true, needsChange: true, example: 'The increase in MMP-9 activity stems from STAT3 activation.', reads: 'STAT3 induces MMP9' },
  { forms: ['attributable', 'attributed', 'ascribed', 'ascribable'], after: ['to'], relation: 'induces', reversed: true, example: 'The enhanced secretion of IL-11 was attributable to hypoxia.', reads: 'HYPOXIA induces IL11' },
];

/** The phrase triggers of the light verbs of cause: each form with the words after it. */
function lightCauseTriggers(): { words: string[]; meaning: TriggerMeaning }[] {
  return lightCauseVerbs.flatMap((row) => row.forms.map((form) => ({ words: [form, ...row.after], meaning: { relation: row.relation, lightCause: true, ...(row.reversed ? { reversed: true } : {}), ...(row.needsChange ? { needsChange: true } : {}) } })));
}

/**
 * The wordings of a plain association, ONE table that every reader of association takes its words from: the verb's
 * forms, the prepositions that name its partner ("linked to", "associated with") and its nouns ("a link between").
 * Before, each reader listed its own ("tied to" was added and withdrawn three times because each attempt had to
 * touch every list and missed one). A wording belongs here only when, by the guideline, it says that two things go
 * together and not which causes which. Read by: the phrase triggers below (an adverb before or after the verb, the
 * plain verb and preposition), `descriptiveModifiers` ("hypoxia-linked genes"), `associationParticiples` (reduced
 * relatives), `reciprocalVerbs` and `associationNouns` (cues.ts reciprocalAssociations, triggers.ts "between",
 * frames.ts), cues.ts's passive and "raises genes linked to" rows, extract.ts's reduced relatives,
 * kb/clinicalAssociation.ts's cue and associationFallback.ts's trigger words.
 */
export interface AssociationWording {
  /** The verb's base form, "link"; its third person, participle and gerund. */
  base: string;
  third: string;
  participle: string;
  gerund: string;
  /** The prepositions that name the partner: "linked to (with) Y". */
  prepositions: readonly string[];
  /** The nouns that name the association: "a link (links) between X and Y". */
  nouns: readonly string[];
  /** Said of a subject alone: "STAT3 activity correlates with invasion" (cues.ts 'correlates with'). */
  intransitive?: boolean;
  /** The participle alone after both participants: "IL-6 and STAT3 levels were correlated". */
  standsAlone?: boolean;
}

export const associationWordings: readonly AssociationWording[] = [
  { base: 'associate', third: 'associates', participle: 'associated', gerund: 'associating', prepositions: ['with'], nouns: ['association', 'associations'], intransitive: true },
  { base: 'correlate', third: 'correlates', participle: 'correlated', gerund: 'correlating', prepositions: ['with'], nouns: ['correlation', 'correlations'], intransitive: true, standsAlone: true },
  { base: 'link', third: 'links', participle: 'linked', gerund: 'linking', prepositions: ['to', 'with'], nouns: ['link', 'links'] },
  { base: 'relate', third: 'relates', participle: 'related', gerund: 'relating', prepositions: ['to'], nouns: ['relationship', 'relationships', 'relation'] },
  { base: 'connect', third: 'connects', participle: 'connected', gerund: 'connecting', prepositions: ['with', 'to'], nouns: ['connection'] },
];

/** Every finite form and the participle of each wording, with its prepositions. */
function associationForms(row: AssociationWording, gerund = true): string[] {
  return [row.participle, row.third, row.base, ...(gerund ? [row.gerund] : [])];
}
/** Each wording's participle: "associated", "linked". */
export const associationParticipleList: readonly string[] = associationWordings.map((row) => row.participle);
/** Each wording's base and participle, said after both participants: "X and Y were inversely correlated". */
export const reciprocalVerbs: readonly string[] = associationWordings.flatMap((row) => [row.base, row.participle]);
/** Every noun of association: "a correlation (link, relationship) between X and Y". */
export const associationNouns: readonly string[] = associationWordings.flatMap((row) => row.nouns);
/** The prepositions of every wording, "with", "to". */
export const associationPrepositions: readonly string[] = [...new Set(associationWordings.flatMap((row) => row.prepositions))];

/** The phrase triggers of the association wordings: an adverb of sign before or after the verb, and the plain verb. */
function associationTriggers(): { words: string[]; meaning: TriggerMeaning }[] {
  const positive = (): TriggerMeaning => ({ relation: 'associated-with', polarity: 'positive' });
  const negative = (): TriggerMeaning => ({ relation: 'associated-with', polarity: 'negative' });
  return [
    // "positively (negatively, inversely) correlated with Y".
    ...['positively', 'negatively', 'inversely'].flatMap((adverb) => associationWordings.flatMap((row) =>
      associationForms(row, false).flatMap((verb) => row.prepositions.map((preposition) => ({ words: [adverb, verb, preposition], meaning: adverb === 'positively' ? positive() : negative() }))))),
    // "correlated strongly (inversely) with Y".
    ...associationWordings.flatMap((row) => associationForms(row).flatMap((verb) =>
      ['positively', 'negatively', 'inversely', 'directly', 'strongly', 'significantly', 'closely', 'well', 'tightly'].flatMap((adverb) =>
        row.prepositions.map((preposition) => ({ words: [verb, adverb, preposition], meaning: adverb === 'negatively' || adverb === 'inversely' ? negative() : positive() }))))),
    // "IL-11 and MMP-13 levels were positively correlated": the two participants stand before the verb.
    ...associationWordings.filter((row) => row.standsAlone).flatMap((row) => [row.participle, row.base]).concat(['covaried', 'co-varied']).map((verb) => ({ words: [verb], meaning: positive() })),
    ...associationWordings.flatMap((row) => associationForms(row).flatMap((verb) => row.prepositions.map((preposition) => ({ words: [verb, preposition], meaning: positive() })))),
  ];
}

/** Multi-word triggers, matched on lower-case words. Longest first. */
export const phraseTriggers: { words: string[]; meaning: TriggerMeaning }[] = [
  ...agentNouns.map(([noun, relation, preposition]) => ({ words: [noun, preposition], meaning: { relation, copular: true } })),
  // Agent nouns derived from the verb stems ("a potent stimulator of Y"), said of the subject only.
  ...Object.entries(derivedAgentNouns).flatMap(([noun, relation]) => [noun, `${noun}s`].map((form) => ({ words: [form, 'of'], meaning: { relation, copular: true, predicative: true } }))),
  // "IL-6 is a strong inhibitor of liver regeneration": said of the subject, as "suppressor of" is.
  ...['inhibitor', 'inhibitors'].map((noun) => ({ words: [noun, 'of'], meaning: { relation: 'inhibits' as const, copular: true, predicative: true } })),
  // "Sarilumab is a human antibody directed against IL-6R", "D is an antagonist of X": a drug described by what it blocks.
  ...['antagonist', 'antagonists'].map((noun) => ({ words: [noun, 'of'], meaning: { relation: 'inhibits' as const, copular: true, predicative: true } })),
  ...['antibody', 'antibodies', 'directed', 'raised'].map((word) => ({ words: [word, 'against'], meaning: { relation: 'inhibits' as const, copular: true, predicative: true } })),
  ...['depends', 'depend', 'depended', 'depending', 'relies', 'rely', 'relied'].map((verb) => ({ words: [verb, 'on'], meaning: { relation: 'promotes' as const, reversed: true } })),
  ...['dependent', 'reliant'].map((adjective) => ({ words: [adjective, 'on'], meaning: { relation: 'promotes' as const, reversed: true } })),
  ...['requires', 'require', 'required', 'requiring', 'needs', 'needed'].map((verb) => ({ words: [verb], meaning: { relation: 'promotes' as const, reversed: true } })),
  ...['dispensable', 'unnecessary', 'irrelevant', 'needless', 'superfluous', 'unneeded'].map((adjective) => ({ words: [adjective, 'for'], meaning: { relation: 'no-effect' as const } })),
  // "IL-6 is unrelated to resistance": a relation denied by the adjective itself, as "dispensable for" is.
  ...['unrelated', 'irrelevant', 'unconnected'].map((adjective) => ({ words: [adjective, 'to'], meaning: { relation: 'no-effect' as const } })),
  ...['implicated', 'involved'].map((participle) => ({ words: [participle, 'in'], meaning: { relation: 'regulates' as const } })),
  // "X takes part in Y", "was found to take part in": a share in Y, as "participates in" (cues.ts) and "plays a part in".
  ...['takes', 'take', 'took', 'taken', 'taking'].map((verb) => ({ words: [verb, 'part', 'in'], meaning: { relation: 'promotes' as const } })),
  // "IL-11 exerts its effects through gp130": the route of its action, as "acts through".
  ...['exerts', 'exert', 'exerted', 'exerting', 'mediates', 'mediate', 'mediated'].flatMap((verb) =>
    ['its', 'their'].flatMap((pronoun) => ['effect', 'effects', 'action', 'actions'].flatMap((noun) => ['through', 'via'].map((route) => ({ words: [verb, pronoun, noun, route], meaning: { relation: 'signals-through' as const } })))),
  ),
  // The light verbs of cause, "leads to", "gives rise to", "results from" (lightCauseVerbs).
  ...lightCauseTriggers(),
  // "X is central to Y", "is key to Y", "a prerequisite for Y": what Y needs, as "essential for"; said of the
  // subject only ("it is crucial to measure" names no participant before it).
  ...['essential', 'critical', 'crucial', 'central', 'key', 'pivotal', 'vital', 'fundamental', 'indispensable', 'instrumental'].map((adjective) => ({ words: [adjective, 'to'], meaning: { relation: 'promotes' as const, predicative: true } })),
  // "Hypoxia is a main condition for angiogenesis", "a precondition for Y": what Y needs (h-w11b34), said of the subject only.
  ...['prerequisite', 'prerequisites', 'precondition', 'preconditions', 'condition', 'conditions', 'requirement', 'requirements'].map((noun) => ({ words: [noun, 'for'], meaning: { relation: 'promotes' as const, predicative: true } })),
  // "IL-6 is upstream of STAT3" as "acts upstream of"; "downstream of" names the cause after it.
  { words: ['upstream', 'of'], meaning: { relation: 'regulates' as const, predicative: true } },
  { words: ['downstream', 'of'], meaning: { relation: 'regulates' as const, reversed: true, predicative: true } },
  ...['switched', 'switches', 'switch', 'switching', 'turned', 'turns', 'turn', 'turning'].flatMap((verb) => [
    { words: [verb, 'on'], meaning: { relation: 'activates' as const } },
    { words: [verb, 'off'], meaning: { relation: 'inhibits' as const } },
  ]),
  // "EMT sets off tumour progression", "progression is set off by EMT": a start given to Y, as "triggers" says.
  ...['sets', 'set', 'setting'].map((verb) => ({ words: [verb, 'off'], meaning: { relation: 'induces' as const } })),
  ...['acts', 'act', 'acted', 'acting', 'lies', 'lie', 'functions', 'sits'].map((verb) => ({ words: [verb, 'upstream', 'of'], meaning: { relation: 'regulates' as const } })),
  ...['tracked', 'tracks', 'track', 'coincided', 'coincides', 'co-occurred', 'cooccurred', 'paralleled', 'parallels'].map((verb) => ({
    words: [verb, 'with'], meaning: { relation: 'associated-with' as const, polarity: 'positive' as const },
  })),
  // "EMT was accompanied by a loss of E-cadherin", "invasion is paralleled by higher MMP-9": what comes with X.
  ...['accompanied', 'paralleled'].map((participle) => ({ words: [participle, 'by'], meaning: { relation: 'associated-with' as const, polarity: 'positive' as const } })),
  // "X knockdown lowered MMP-9, in parallel with the suppression of invasion": a change that came with the clause's
  // own, as "accompanied by" says (issue 7, stop 45). Only with a change named after it (`needsChange`): the change's
  // noun then turns the object (a fall of invasion), and a subject named by its loss turns it once more, so the
  // knockdown's fall of invasion reads as X going with invasion. Before, the verb before the comma took invasion as
  // its second object, its fall turned once too often (a false contradiction). "IL-6 in parallel with IL-11" names no
  // change and is left to the list reading. The phrase starts at "parallel": a phrase's first word opens a predicate
  // after an apposition (appositions.ts opensPredicate), and "in" must not.
  ...[['parallel', 'with'], ['concomitant', 'with'], ['concomitantly', 'with'], ['coinciding', 'with']].map((words) => ({
    words, meaning: { relation: 'associated-with' as const, polarity: 'positive' as const, needsChange: true },
  })),
  // "X knockdown lowered MMP-9 along with (together with) the suppression of invasion": the same change that came
  // with the clause's own (stop 46; read before as the knockdown raising invasion's fall, a false contradiction).
  // Only with a change named after it and a predicate before it in its clause, and never an opener after an
  // apposition (`joinsList`): "IL-11, together with elevated IL-6, drives Y" is a list, not a predicate.
  ...[['along', 'with'], ['together', 'with']].map((words) => ({
    words, meaning: { relation: 'associated-with' as const, polarity: 'positive' as const, needsChange: true, joinsList: true },
  })),
  ...['went', 'goes', 'go', 'going'].map((verb) => ({ words: [verb, 'along', 'with'], meaning: { relation: 'associated-with' as const, polarity: 'positive' as const } })),
  ...['went', 'goes', 'go'].map((verb) => ({ words: [verb, 'hand', 'in', 'hand', 'with'], meaning: { relation: 'associated-with' as const, polarity: 'positive' as const } })),
  // "IL-11 acts downstream of hypoxia": the cause follows.
  ...['acts', 'act', 'acted', 'acting', 'lies', 'lie', 'functions', 'sits'].map((verb) => ({ words: [verb, 'downstream', 'of'], meaning: { relation: 'regulates' as const, reversed: true } })),
  ...associationTriggers(),
  ...['predicts', 'predicted', 'predict'].map((verb) => ({ words: [verb], meaning: { relation: 'associated-with' as const, polarity: 'positive' as const } })),
  // "X contributes little to Y": a contribution denied by its degree, as "has no effect on" is.
  ...['contributes', 'contribute', 'contributed'].flatMap((verb) => ['little', 'minimally', 'nothing', 'marginally'].map((degree) => ({ words: [verb, degree, 'to'], meaning: { relation: 'no-effect' as const } }))),
  // "EMT adds to invasiveness": adds to, as contributes to. Only the finite forms: "IL-6 was added to the medium" is a method.
  ...['adds', 'add'].map((verb) => ({ words: [verb, 'to'], meaning: { relation: 'promotes' as const } })),
  ...['required', 'essential', 'necessary', 'needed', 'indispensable', 'critical', 'crucial', 'important'].map((adjective) => ({
    words: [adjective, 'for'], meaning: { relation: 'promotes' as const },
  })),
  // "a part in Y" as "a role in Y" (issue 7, stop 44, h-actor44b): only the role was a verb phrase here, so where the
  // cue reading (cues.ts 'role in') cannot reach the subject, "fibroblasts, which are called CAFs, play an important
  // part in Y" read nothing while the same sentence with "role" read CAFs promoting Y.
  ...['plays', 'play', 'played', 'playing'].flatMap((verb) => ['role', 'part'].flatMap((noun) => [
    { words: [verb, 'a', noun, 'in'], meaning: { relation: 'promotes' as const } },
    { words: [verb, 'an', 'important', noun, 'in'], meaning: { relation: 'promotes' as const } },
    { words: [verb, 'a', 'key', noun, 'in'], meaning: { relation: 'promotes' as const } },
    { words: [verb, 'a', 'critical', noun, 'in'], meaning: { relation: 'promotes' as const } },
    { words: [verb, 'a', 'crucial', noun, 'in'], meaning: { relation: 'promotes' as const } },
    { words: [verb, 'an', 'essential', noun, 'in'], meaning: { relation: 'promotes' as const } },
  ])),
  ...['interacts', 'interact', 'interacted', 'interacting'].map((verb) => ({ words: [verb, 'with'], meaning: { relation: 'binds' as const } })),
  // "Hypoxia impacts upon invasion", "IL-6 impacted on the response": the preposition belongs to the verb (read alone,
  // "upon Y" named Y a stimulus and turned the claim round). Not the bare "impact on": mostly the noun ("an impact on").
  ...['impacts', 'impacted', 'impacting'].flatMap((verb) => ['on', 'upon'].map((preposition) => ({ words: [verb, preposition], meaning: { relation: 'regulates' as const } }))),
  ...['has', 'have', 'had', 'exerts', 'exerted', 'showed', 'shows', 'exert'].flatMap((verb) => [
    { words: [verb, 'no', 'effect', 'on'], meaning: { relation: 'no-effect' as const } },
    { words: [verb, 'no', 'significant', 'effect', 'on'], meaning: { relation: 'no-effect' as const } },
    { words: [verb, 'no', 'influence', 'on'], meaning: { relation: 'no-effect' as const } },
    { words: [verb, 'no', 'impact', 'on'], meaning: { relation: 'no-effect' as const } },
  ]),
  // "X was without effect on Y", "proved without any effect on Y", "had negligible effect on Y" (issue 7, stop 35: read
  // nothing): an effect denied by the words themselves, as "has no effect on" is.
  ...['was', 'were', 'is', 'are', 'proved', 'remained', 'be', 'been'].flatMap((verb) =>
    [[], ['any']].flatMap((any) => [[], ['significant'], ['measurable'], ['detectable'], ['appreciable'], ['discernible'], ['major'], ['apparent']].map((adjective) => [...any, ...adjective])).flatMap((degree) =>
      ['effect', 'effects', 'influence', 'impact'].map((noun) => ({ words: [verb, 'without', ...degree, noun, 'on'], meaning: { relation: 'no-effect' as const } })),
    ),
  ),
  ...['has', 'have', 'had', 'exerts', 'exerted', 'showed', 'shows', 'exert'].flatMap((verb) =>
    ['negligible', 'little', 'minimal'].map((degree) => ({ words: [verb, degree, 'effect', 'on'], meaning: { relation: 'no-effect' as const } })),
  ),
  // "X had little or no effect on Y", "little to no influence", "no or only minimal impact", "little, if any, effect"
  // (issue 7, stop 37): a size and a denial joined, both saying no effect, as "no effect on" does alone.
  ...['has', 'have', 'had', 'exerts', 'exerted', 'showed', 'shows', 'exert'].flatMap((verb) =>
    [['little', 'or', 'no'], ['little', 'to', 'no'], ['little', 'if', 'any'], ['little', ',', 'if', 'any', ','], ['no', 'or', 'little'], ['no', 'or', 'minimal'], ['no', 'or', 'only', 'minimal'], ['no', 'or', 'only', 'little'], ['minimal', 'or', 'no'], ['negligible', 'or', 'no']].flatMap((degree) =>
      ['effect', 'effects', 'influence', 'impact'].map((noun) => ({ words: [verb, ...degree, noun, 'on'], meaning: { relation: 'no-effect' as const } })),
    ),
  ),
  ...['positively', 'negatively'].flatMap((adverb) =>
    ['regulates', 'regulate', 'regulated', 'regulating', 'controls', 'controlled', 'modulates', 'modulated'].map((verb) => ({
      words: [adverb, verb],
      meaning: { relation: adverb === 'positively' ? ('increases' as const) : ('decreases' as const) },
    })),
  ),
];

/** Signals-through triggers: "signals via", "acts through", "functions through". */
export const signalingVerbs = new Set([
  'signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling', 'act', 'acts', 'acted', 'acting',
  'function', 'functions', 'functioned', 'operate', 'operates', 'operated', 'work', 'works', 'worked',
]);
export const viaWords = new Set(['via', 'through']);

// Every word the server reads passes here; cleared when full so a long session's vocabulary does not grow it
// without bound (the same policy as the cue and lexicon memos).
const triggerCache = new Map<string, ClaimRelation | null>();
const triggerCacheCapacity = 50_000;

/** The relation a single word triggers, if any: "upregulated" -> upregulates, "suppression" is not a verb form. */
export function verbTrigger(word: string): ClaimRelation | undefined {
  const lower = word.toLowerCase();
  const cached = triggerCache.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  const found = irregular[lower] ?? stemOf(lower);
  if (triggerCache.size >= triggerCacheCapacity) triggerCache.clear();
  triggerCache.set(lower, found ?? null);
  return found;
}

function stemOf(word: string): ClaimRelation | undefined {
  const direct = verbStems[word];
  if (direct) return direct;

  const candidates: string[] = [];
  if (word.endsWith('ies')) candidates.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) candidates.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), word.slice(0, -3) + 'e', word.slice(0, -4));
  for (const candidate of candidates) {
    const relation = verbStems[candidate];
    if (relation) return relation;
  }
  // British spellings: "destabilises", "antagonised", "sensitising".
  const american = word.replace(/is(e|es|ed|ing)$/, 'iz$1');
  return american !== word ? stemOf(american) : undefined;
}

/** Participles: the -ed/-en forms that make passives ("was induced by") and nominal modifiers ("IL-11-induced"). */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  // "shorten", "weaken", "heighten": a verb's own base form in -en is no participle ("to shorten survival").
  if (lower.endsWith('en') && verbStems[lower] !== undefined) return false;
  // "resistance was overcome by X": an irregular participle spelled as its base form.
  // "was brought about by X": the light verb of cause's participle (lightCauseVerbs).
  return /(ed|en)$/.test(lower) || lower === 'bound' || lower === 'led' || lower === 'overcome' || lower === 'brought';
}

export function isGerund(word: string): boolean {
  return word.toLowerCase().endsWith('ing');
}

/** What the head noun of an entity's phrase says of the entity (phraseHeads). */
export type HeadSays = 'same' | 'more' | 'less' | 'loss';

/**
 * Head nouns of the phrase that holds an entity, and what each says of it (anchored/phrases.ts readPhrase, through cues.ts headSays): 'same' (the
 * entity, an amount of it or it at work: "plasma IL-6 concentrations", "the IL-6/STAT3 feedback loop"), 'more' (a
 * rise of it: "STAT3 hyperactivation"), 'less' (a fall of it: "an underexpression of X"), 'loss' (its loss of
 * function, whose later nouns name the means: "STAT3 haploinsufficiency"). A head is read after the name ("X
 * output") and before it with "of" ("hyperactivation of X"). The older word sets (cues.ts measureNouns, decreasingNouns,
 * lossOfFunctionAfter) say the same of their words, and the 'less' and 'loss' heads join both loss-of-function
 * sets (and the 'less' heads decreasingNouns), so the frame reader reads them too; this table is where a new head goes: a row, its
 * forms, and an example of the reading it gives (its own test, cues.test.ts), with a near miss where a head could
 * be mistaken. `family`: only after the name of a family ("an IL-6 family cytokine" is a member of the family).
 * The regular plural of any head says what the head says (cues.ts headSays).
 */
export const phraseHeads: readonly { heads: readonly string[]; says: HeadSays; family?: true; example: string; reads: string }[] = [
  // amounts of it, measured where it is found
  { heads: ['concentration', 'titre', 'titer', 'output', 'load', 'burden', 'quantity'], says: 'same', example: 'In these patients, plasma IL-6 concentrations were associated with a poor prognosis.', reads: 'IL6 associated-with POOR_PROGNOSIS' },
  // it made, kept or arriving: "IL-6 biosynthesis", "ROS generation", "macrophage infiltration" (not "uptake" or
  // "clearance": "X uptake by tumour cells" is no X the cells make)
  { heads: ['biosynthesis', 'generation', 'formation', 'availability', 'bioavailability', 'persistence', 'deposition', 'infiltration', 'recruitment', 'stability', 'immunoexpression', 'immunopositivity', 'immunolabelling', 'immunolabeling'], says: 'same', example: 'Hypoxia raised IL-11 biosynthesis in tumour cells.', reads: 'HYPOXIA increases IL11' },
  { heads: ['size', 'volume', 'weight', 'mass'], says: 'same', example: 'Sorafenib lowered tumour volume in the treated mice.', reads: 'SORAFENIB decreases TUMOR_GROWTH' },
  // it at work: its signalling routes, its circuits, its own steps of activation
  { heads: ['pathway', 'cascade', 'loop', 'circuit', 'circuitry', 'feedback'], says: 'same', example: 'The IL-6/STAT3 feedback loop sustains the growth of tumours.', reads: 'IL6_STAT3_AXIS promotes TUMOR_GROWTH' },
  { heads: ['dimerization', 'dimerisation', 'engagement', 'ligation', 'trans-signalling', 'trans-signaling'], says: 'same', example: 'STAT3 dimerization was needed for the invasion of the tumour cells.', reads: 'STAT3 promotes CELL_INVASION' },
  // more of it, or more of it at work
  { heads: ['hyperactivation', 'hyper-activation', 'overactivation', 'over-activation', 'hyperactivity', 'hyperphosphorylation', 'overproduction', 'over-production', 'hyperproduction', 'hypersecretion', 'oversecretion', 'hyperexpression', 'overabundance', 'superinduction', 'amplification'], says: 'more', example: 'Tumour growth was driven by STAT3 hyperactivation in these mice.', reads: 'STAT3 promotes TUMOR_GROWTH' },
  // less of it
  { heads: ['underexpression', 'under-expression', 'hypoactivation', 'hypophosphorylation', 'dephosphorylation', 'hypoexpression', 'downmodulation', 'down-modulation', 'hypofunction', 'diminution'], says: 'less', example: 'An underexpression of IL-6 slowed the growth of tumours.', reads: 'IL6 increases TUMOR_GROWTH' },
  // its loss of function
  { heads: ['haploinsufficiency', 'insufficiency', 'deficit', 'dysfunction', 'impairment'], says: 'loss', example: 'The growth of tumours was lowered by STAT3 haploinsufficiency.', reads: 'STAT3 increases TUMOR_GROWTH' },
  // a member of a family named by its class noun: "IL-6 family cytokines", "an IL-6 family cytokine", "IL-6 family members"
  { heads: ['cytokine', 'member', 'protein', 'ligand'], says: 'same', family: true, example: 'An IL-6 family cytokine drives the migration of tumour cells.', reads: 'IL6_FAMILY promotes CELL_MIGRATION' },
];

/** The forms of the phraseHeads rows that say `says`, with their regular plurals ("deficits", "insufficiencies"), as cues.ts headSays reads them. */
function headsSaying(says: HeadSays): string[] {
  return phraseHeads.filter((row) => row.says === says).flatMap((row) => row.heads.flatMap((h) => [h, /[^aeiou]y$/.test(h) ? `${h.slice(0, -1)}ies` : `${h}s`]));
}

/**
 * Forms of a protein made to block it, which a writer names where another would say "knockdown": a dominant-negative
 * mutant, a kinase-dead one. "dominant-negative STAT3 lowered Y" says STAT3 raises Y, as "STAT3 knockdown lowered Y"
 * does (issue 7, h-w11b34: read as STAT3 lowering Y, a false contradiction). One table for every reader: the one-word
 * forms join lossOfFunctionBefore (and `after`: "STAT3-DN", "HIF-1α dominant-negative"); the spaced forms are read by
 * roles.ts (`lossFormBefore`), and a noun of the form may stand between the form and "of" ("a dominant-negative mutant
 * of STAT3"). "dn" is the abbreviation papers use for the dominant-negative form, only right before or after a name.
 */
export const lossForms = {
  words: ['dominant-negative', 'dn', 'kinase-dead', 'kinase-inactive', 'catalytically-inactive'],
  after: ['dn', 'dominant-negative', 'kinase-dead'],
  /** Two words: the first, then the second right before the name (or its noun of form). */
  spaced: [['dominant', 'negative'], ['kinase', 'dead'], ['kinase', 'inactive'], ['catalytically', 'inactive'], ['catalytically', 'dead']] as readonly (readonly [string, string])[],
  nouns: ['mutant', 'mutants', 'form', 'forms', 'version', 'versions', 'construct', 'constructs', 'allele', 'alleles', 'variant', 'variants'],
} as const;
/**
 * Where a word of loss stands beside the name it takes the function from:
 * - `before`: before the name, or before "of" / "with" and the name: "knockdown of X", "silencing X", "interfering with X";
 * - `after`: right after the name, spaced or hyphened: "X knockdown", "X siRNA", "X-deficient cells";
 * - `passive`: a participle after a form of "be", or hyphened to the name: "X was silenced", "when X had been knocked
 *   down", "X-depleted cells" (the token readers read these as the clause's verb; the pattern readers as a loss);
 * - `without`: a word of lacking the token readers read as a clause of its own (withoutClause.ts): "without X";
 * - `prefix`: glued before the name with a hyphen: "anti-IL-11", "si-STAT3";
 * - `group`: after the name, spaced or hyphened, naming the cells or animals that lost it: "X-silenced cells", "X
 *   knockdown cells", "X-null mice", "X siRNA-transfected cells" (and the genotype mark "X-/- mice", lossGroupAfter);
 * - `lacking`: after a noun of cells or animals, before the name: "cells lacking X", "mice deficient in X", "lines
 *   depleted of X", "tumours devoid of X".
 */
/** Nouns of failing: "the failure (inability) of M to V" denies M's act, as "M failed to V" does (extract.ts failureOf, lastResort.ts). */
export const failureNouns: ReadonlySet<string> = new Set(['failure', 'failures', 'inability', 'incapacity']);
export type LossPlace = 'before' | 'after' | 'passive' | 'without' | 'prefix' | 'group' | 'lacking';
/** Words for the protein forms and heads of phrase a loss is also worded by (tables of their own, joined here). */
const formsAndHeads = (): readonly { words: readonly string[]; at: readonly LossPlace[] }[] => [
  // "dominant-negative STAT3", "dn HIF-1α", "a kinase-dead AKT"; "STAT3-DN", "HIF-1α dominant-negative" (lossForms);
  // "STAT3-DN cells" names the cells that carry the blocking form.
  { words: lossForms.words, at: ['before'] },
  { words: lossForms.after, at: ['after', 'group'] },
  // "STAT3 haploinsufficiency", "an underexpression of IL-6": the loss and less heads of phraseHeads (as
  // "downregulation" is both).
  { words: [...headsSaying('loss'), ...headsSaying('less')], at: ['before', 'after'] },
  // "the IGF-1R inhibitor", "IL-6R antibodies": a drug class noun after the name it blocks (drugClassNouns).
  { words: drugClassNouns.flat(), at: ['after'] },
];
/**
 * The one table of how a loss of function is worded (issue 7, stop 34: the words were written again in each reader
 * that reads a loss, and a word added to one was missing from the others). A biologist adds a word here once, with
 * the places it stands in (LossPlace); the token readers (roles.ts, triggers.ts, anchored.ts, lastResort.ts)
 * read lossOfFunctionBefore / lossOfFunctionAfter / lossOfFunctionPrefixes, and the pattern readers
 * (lossClause.ts, noLongerAfterLoss.ts, abolishedByLoss.ts, seenAfter.ts, changesAfter.ts, frontedChanges.ts) read
 * lossPatterns; both are made from this table. A loss inverts what the sentence says about the name: "knockdown of
 * IL-11 reduced migration" says IL-11 promotes migration. Words of two are spaced ("knocked down"); a token reader
 * reads them by their words ("knocked" after the name).
 */
export const lossWording: readonly { words: readonly string[]; at: readonly LossPlace[]; nouns?: true }[] = [
  // Nouns of a loss, on either side of the name: "knockdown of X", "X knockdown".
  {
    nouns: true,
    words: [
      'knockdown', 'knock-down', 'silencing', 'depletion', 'deletion', 'knockout', 'knock-out', 'loss', 'inhibition',
      'blockade', 'neutralization', 'neutralisation', 'sequestration', 'suppression', 'ablation', 'deficiency', 'inactivation',
      'downregulation', 'down-regulation',
      // "IL-6R antagonism", "STAT3 abrogation".
      'antagonism', 'abrogation',
      // "withdrawal of IL-11", "IL-11 withdrawal", "serum deprivation": the factor taken away.
      'withdrawal', 'removal', 'deprivation',
      // "targeting STAT3", "dual HER2 targeting with two drugs": the receptor named before "targeting" is the one blocked.
      'targeting',
    ],
    at: ['before', 'after'],
  },
  // Nouns only before the name ("absence of X", "disruption of X", "interference with X"; "co-knockdown of X and Y":
  // both lose their function).
  { words: ['block', 'disruption', 'absence', 'lack', 'interference', 'co-knockdown', 'co-depletion'], at: ['before'], nouns: true },
  // Gerunds before the name: "blocking IL-6Rα", "removing IGF-1 from the medium", "interfering with IL-11",
  // "co-silencing X and Y" (issue 7, stop 34: "removing X" read as X's own effect).
  {
    words: [
      'blocking', 'lacking', 'inhibiting', 'knocking', 'knocking down', 'knocked down', 'interfering with', 'interference with', 'removing', 'withdrawing', 'depleting', 'interfering', 'deleting',
      'ablating', 'neutralizing', 'neutralising', 'abrogating', 'co-silencing', 'cosilencing',
    ],
    at: ['before'],
  },
  // Participles: "silenced X", "X-silenced cells", "X was silenced"; "deleted X", "X had been deleted".
  { words: ['silenced', 'depleted'], at: ['before', 'after', 'passive'] },
  { words: ['deleted'], at: ['before', 'passive'] },
  // ("X was suppressed with antisense oligonucleotides": the participle of "suppression", a loss noun above.)
  {
    words: ['eliminated', 'knocked down', 'knocked out', 'removed', 'ablated', 'abrogated', 'inactivated', 'lost', 'inhibited', 'blocked', 'neutralized', 'neutralised', 'suppressed'],
    at: ['passive'],
  },
  // After the name only: the reagent of the loss ("STAT3 siRNA", "IL-6 decoy", "transfected with Z antisense") and
  // the state ("IL-6-deficient", "STAT3-null", "X knocked down").
  {
    words: ['sirna', 'sirnas', 'shrna', 'shrnas', 'small interfering rna', 'antisense', 'decoy', 'decoys', 'deficient', 'null', 'knocked'],
    at: ['after'],
  },
  // "without X", "cells that lacked X".
  { words: ['without', 'lacks', 'lacked'], at: ['without'] },
  { words: ['anti', 'si', 'sh'], at: ['prefix'] },
  // A group named by the loss, after the name: "X-silenced cells", "the X knockdown group", "X-null mice", "X KO
  // mice", "X siRNA-transfected cells", "X-lacking clones" (manipulatedGroup.ts, lostSource.ts, the place of a change in
  // extract.ts, the carriers of cues.ts bearerWords, sensitization.ts). A hyphen inside a word may be a space.
  {
    words: [
      'silenced', 'silencing', 'depleted', 'deficient', 'null', 'knockdown', 'knock-down', 'knockout', 'knock-out', 'ko', 'deleted', 'ablated',
      'lacking', 'knocked down', 'knocked out', 'suppressed', 'inhibited', 'sirna', 'shrna', 'sirna-transfected', 'shrna-transfected', 'sirna-treated', 'shrna-expressing',
    ],
    at: ['group'],
  },
  // After the cells' noun, before the name: "cells lacking X", "cells that lack X", "mice deficient in X", "cells depleted
  // of X", "tumours devoid of X", "cells null for X".
  {
    words: ['lacking', 'lack', 'lacked', 'that lack', 'that lacked', 'which lack', 'which lacked', 'deficient in', 'deficient for', 'depleted of', 'devoid of', 'null for', 'without'],
    at: ['lacking'],
  },
];

/**
 * The table's nouns of a loss at `place` ("knockdown", "silencing", "absence"), its rows marked `nouns`: the readers
 * that name a loss by its noun alone ("after silencing of X", "following X knockdown": changeAfterLoss.ts).
 */
export function lossNounsAt(place: 'before' | 'after'): string[] {
  return lossWording.filter((row) => row.nouns && row.at.includes(place)).flatMap((row) => row.words);
}
/** The table's words that stand at `place`, its own rows and those of lossForms, phraseHeads and drugClassNouns. */
export function lossWordsAt(place: LossPlace): string[] {
  return [...lossWording, ...formsAndHeads()].filter((row) => row.at.includes(place)).flatMap((row) => row.words);
}

/**
 * Class nouns of an agent named by what it blocks, singular and plural: "the IGF-1R inhibitor NT157", "inhibitors
 * of JAK2", "IL-6R antibodies", "EGFR TKIs" (a tyrosine kinase inhibitor of the receptor named before it). One list
 * serves every reading of them: the loss of the target named before (lossOfFunctionAfter), the drug named after
 * the noun as the agent (classNounAgent.ts; cues.ts namedLossAgents for the anchored reader), and the agent of
 * an "of" (roles.ts).
 */
export const drugClassNouns: readonly (readonly [singular: string, plural: string])[] = [
  ['inhibitor', 'inhibitors'], ['antagonist', 'antagonists'], ['blocker', 'blockers'], ['antibody', 'antibodies'], ['tki', 'tkis'],
];
/** Every form of drugClassNouns, lower case. */
export const drugClassNounForms: ReadonlySet<string> = new Set(drugClassNouns.flat());
/** Words before a name that mark the loss of its function ("knockdown of X"), which inverts what the sentence says about it. */
export const lossOfFunctionBefore: ReadonlySet<string> = new Set(lossWordsAt('before'));
/**
 * The spaced words of the table before a name, as their words: "interfering with", "knocking down" (roles.ts reads the
 * loss where the last word stands before the name and the words before it are the entry's).
 */
export const lossOfFunctionBeforeSpaced: readonly (readonly string[])[] = lossWordsAt('before').filter((w) => w.includes(' ')).map((w) => w.split(' '));

/**
 * Gerunds of a loss that read as one only where they open the clause as its subject: "Depleting STAT3 reduced
 * invasion". After a clause ("X raised Y, suppressing E-cadherin") the same word is X's own action, which the
 * reader takes as a claim of X (roles.ts).
 */
export const lossOfFunctionGerunds: ReadonlySet<string> = new Set([
  'suppressing', 'depleting', 'inactivating', 'downregulating', 'down-regulating', 'antagonizing', 'antagonising',
]);

/**
 * A subject named by a lowered amount of itself is its loss, as "knockdown of X" is: "decreased levels of X raised
 * Y", "low expression of X went with Y", "reduced serum X concentrations lowered Y" say what less X does (roles.ts
 * `loweredAmountOf`). The lowering word opens the subject phrase (after an article), so a verb of lowering before
 * it ("D reduced levels of X") is never taken for it; then qualifiers of where X is measured, and its amount noun
 * before "of X" or after the name. The association reading's marker state (kb/clinicalAssociation.ts lossBefore)
 * reads the same words with the same amount nouns.
 */
export const loweredAmounts = {
  lowering: new Set(['decreased', 'reduced', 'low', 'lower', 'lowered', 'diminished', 'downregulated', 'down-regulated', 'attenuated']),
  qualifiers: new Set(['serum', 'plasma', 'circulating', 'tissue', 'tumour', 'tumor', 'intratumoural', 'intratumoral', 'nuclear', 'cytoplasmic', 'protein', 'mrna', 'cellular']),
  nouns: new Set(['expression', 'level', 'levels', 'concentration', 'concentrations', 'amount', 'amounts', 'abundance']),
  articles: new Set(['the', 'a', 'an', 'their', 'its']),
  /**
   * Groups named by the lowered amount they carry, before "with": "subjects with low circulating X", "tumours with
   * reduced X expression" say what less X goes with, as "low X levels" does (issue 7, stop 45: read as X's own
   * effect, the direction reversed, a false contradiction; roles.ts lowAmountCarried).
   */
  carriers: new Set([
    'subjects', 'individuals', 'patients', 'people', 'persons', 'men', 'women', 'children', 'participants', 'mice', 'rats', 'animals',
    'cells', 'lines', 'clones', 'tumours', 'tumors', 'cases', 'samples', 'specimens', 'tissues', 'cancers', 'carcinomas', 'xenografts',
  ]),
  /** Nouns of a fall named with "in": "reductions in X", "a decrease in X levels". */
  fallNouns: new Set(['reduction', 'reductions', 'decrease', 'decreases', 'decline', 'declines', 'fall', 'falls', 'drop', 'drops']),
} as const;

/**
 * Words before "to" that make it an infinitive's ("failed to lower Y", "was able to raise Y"), not a light verb's
 * preposition ("led to lower Y levels"): triggers.ts reads a bare "lower" after them as the verb, and roles.ts reads no
 * fall of Y in "failed to lower Y" (issue 7, stop 34).
 */
export const infinitiveOpeners: ReadonlySet<string> = new Set(['failed', 'fail', 'fails', 'unable', 'able', 'shown', 'found', 'seems', 'seemed', 'appears', 'appeared', 'likely', 'unlikely', 'expected', 'thought', 'known', 'used', 'help', 'helps', 'helped', 'serve', 'serves', 'served', 'sufficient', 'enough']);

/** Words after a name that mark the loss of its function ("X knockdown", "X-deficient", "the X inhibitor"). */
export const lossOfFunctionAfter: ReadonlySet<string> = new Set(lossWordsAt('after'));
/**
 * Words between an entity and its loss-of-function word: "IL-11-neutralizing antibody", "STAT3 small interfering
 * RNA", and the kind of the loss: "HIF double knockdown", "STAT3 conditional knockout", "IL-11 stable knockdown".
 */
export const lossOfFunctionQualifiers: ReadonlySet<string> = new Set(['neutralizing', 'neutralising', 'blocking', 'specific', 'selective', 'targeted', 'small', 'interfering', 'rna', 'gene', 'genes', 'mrna', 'double', 'triple', 'conditional', 'stable', 'transient']);
/** "an antibody against IL-11", "siRNA targeting STAT3": the entity after these words loses its function. */
export const lossOfFunctionAgainst = new Set(['against', 'targeting']);
/** Hyphen prefixes that negate an entity: "anti-IL-11". */
export const lossOfFunctionPrefixes: ReadonlySet<string> = new Set(lossWordsAt('prefix'));

/** A regex alternation of words, longest first, spaces as any space. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
/** The passive of a loss after the name, with what may stand between: "(gene) was silenced", "had been stably knocked down". */
const lossPassive = String.raw`(?:(?:gene|expression|signalling|signaling|activity|mRNA)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:(?:\w+ly|then)\s+)?(?:${alternation(lossWordsAt('passive'))})`;
/**
 * The table's words as patterns, for the readers that read a loss from the text around a name (lossWording):
 * `after`, from right after the name ("X knockdown", "X gene silencing", "X-depleted", "X was silenced");
 * `before`, up to the name ("knockdown of (the)", "silencing", "interfering with", "in the absence of", "without");
 * `passive`, the clause's verb alone, after the name ("when X was deleted, ...").
 */
export const lossPatterns = {
  after: new RegExp(String.raw`^(?:[\s-]*(?:(?:gene|mRNA|${alternation([...lossOfFunctionQualifiers].filter((q) => q !== 'rna'))})\s+)?(?:${alternation(lossWordsAt('after'))})\b|-(?:${alternation(lossWordsAt('passive'))})\b|\s+${lossPassive}\b)`, 'iu'),
  before: new RegExp(String.raw`\b(?:(?:${alternation(lossWordsAt('before'))})(?:\s+(?:of|with))?|${alternation(lossWordsAt('without'))})\s+(?:the\s+)?$`, 'iu'),
  passive: new RegExp(String.raw`^\s*${lossPassive}\b`, 'iu'),
} as const;

/** A pattern of the table's words at `place`, spaces and hyphens inside a word read as either. */
function placeAlternation(place: LossPlace): string {
  return alternation(lossWordsAt(place)).replace(/-/g, '[-‐‑\\s]').replace(/\\s\+/g, '[-‐‑\\s]+');
}
/**
 * Any word of the table that names a loss after a name, or the group that lost it ("knockdown", "siRNA", "-silenced",
 * "inhibitor", "antibodies"), as a pattern of whole words: where such a word stands, another agent's loss is named
 * (frontedChanges.ts: the changes are not the fronted cause's alone).
 */
export const lossNamingWords = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation([...lossWordsAt('after'), ...lossWordsAt('group')])})(?![\p{L}\p{N}])`, 'iu');
/**
 * Words that call the cells after them non-malignant: "normal", "non-tumorigenic", "immortalised", "untransformed". One
 * list for the reader (roles.ts: a line called normal beside a cancer is no context) and for the check of a context
 * the lexicon lacks (verify/scope.ts: a named line called non-malignant is a non-cancer setting, read as naming none).
 */
export const nonMalignantWords: ReadonlySet<string> = new Set([
  'normal', 'healthy', 'non-malignant', 'nonmalignant', 'non-cancerous', 'noncancerous', 'non-transformed', 'nontransformed', 'untransformed',
  'non-neoplastic', 'nonneoplastic', 'non-tumorigenic', 'non-tumourigenic', 'nontumorigenic', 'non-tumor', 'non-tumour', 'nontumor', 'nontumour',
  'non-tumoral', 'nontumoral', 'immortalized', 'immortalised',
]);

/**
 * Adjectives that name a tumour's own cells before a head shared with a cell type after "and": "on both malignant and
 * stromal cells" (issue 7, stop 48). The stroma beside them is the tumour's, no narrower place than the tumour: one
 * list for the verb reader (roles.ts coordinatedWithPlace) and the constructions (construction.ts contextMentions).
 */
export const malignancyAdjectives: ReadonlySet<string> = new Set(['malignant', 'neoplastic', 'cancerous']);
/** Whether the text right before `at` is "malignant and " (or "or"), one of malignancyAdjectives then the joining word. */
export function afterMalignancyAdjective(text: string, at: number): boolean {
  const before = /([a-z]+) (?:and|or) $/i.exec(text.slice(Math.max(0, at - 24), at));
  return before !== null && malignancyAdjectives.has(before[1].toLowerCase());
}

/** The genotype mark of a knockout after a name: "IL-6-/- mice", "Stat3−/− cells" (the group place, lossGroupAfter). */
export const knockoutMark = String.raw`[-‐‑–−]\/[-‐‑–−]`;
/**
 * The table's group place as a pattern from right after the name: the word that names the cells or animals by the
 * name's loss ("-silenced", " knockdown", "-null", " siRNA-transfected") or the knockout mark ("-/-"). Only the
 * word: the reader checks the group noun after it.
 */
export const lossGroupAfter = new RegExp(String.raw`^(?:[-‐‑\s]?(?:${placeAlternation('group')})(?![\p{L}\p{N}])|\s?${knockoutMark})`, 'iu');
/** The group place's words alone, without the knockout mark (manipulatedGroup.ts reads "-/-" as the strain's background). */
export const lossGroupWordAfter = new RegExp(String.raw`^[-‐‑\s]?(?:${placeAlternation('group')})(?![\p{L}\p{N}])`, 'iu');
/** The group place's one-word forms, lower case, for the token readers (a hyphened or spaced word after the name). */
export const lossGroupWords: ReadonlySet<string> = new Set(lossWordsAt('group').filter((w) => !w.includes(' ')));
/**
 * The nouns of the cells, animals or people a group is named by before what it lacks or carries ("cells lacking X",
 * "mice carrying kinase-dead X"): one list for the lacking place and the blocking forms.
 */
export const groupNounsBefore = String.raw`cells?|lines?|clones?|cultures?|tumou?rs?|xenografts?|mice|animals|strains|rats|patients|organoids|hepatocytes|fibroblasts|CAFs`;
/**
 * The table's lacking place as a pattern up to the name: a noun of cells or animals, then the words of lacking ("cells
 * lacking ", "mice that lack the ", "lines depleted of endogenous "). A second name after "and" ("lacking A and B") is
 * lacked too; not one after a comma, which may open a clause of its own. The one pattern of a place's loss: lostPlace.ts
 * reads it for every reader (`placeLackingAt`).
 */
export const lackingCellsBefore = new RegExp(
  String.raw`\b(?:${groupNounsBefore})\s+(?:${alternation(lossWordsAt('lacking'))})\s+(?:(?:an?|the|functional|endogenous|any|detectable)\s+)*(?:[^\s,;.]+\s+(?:and|or)\s+)?$`,
  'iu',
);

/**
 * Cells that carry a blocking form of the name, up to the name: "cells expressing dn ", "clones transfected with a
 * dominant negative mutant of ", "mice carrying kinase-dead " (lossForms). The cells lack the name's function, as
 * "cells lacking X" do.
 */
export const lossFormCellsBefore = new RegExp(
  String.raw`\b(?:${groupNounsBefore})\s+(?:that\s+|which\s+)?(?:(?:stably|transiently|constitutively)\s+)?(?:expressing|express|expressed|overexpressing|carrying|bearing|harbou?ring|(?:(?:were|had\s+been)\s+)?(?:transfected|transduced|infected|engineered)\s+(?:with|to\s+express))\s+(?:an?\s+|the\s+)?` +
    String.raw`(?:${alternation([...lossForms.words, ...lossForms.spaced.map((pair) => pair.join(' '))])})(?:\s+(?:${alternation(lossForms.nouns)})\s+of)?\s+(?:the\s+)?$`,
  'iu',
);

/** Hyphenated participles after an entity that make it the cause of what follows: "IL-11-induced STAT3". */
export const causalModifiers: Readonly<Record<string, ClaimRelation>> = wordTable({
  induced: 'induces', mediated: 'promotes', driven: 'promotes', stimulated: 'activates', activated: 'activates',
  triggered: 'induces', dependent: 'promotes', derived: 'increases', secreted: 'increases', produced: 'increases',
  elicited: 'induces', evoked: 'induces', promoted: 'promotes', enhanced: 'increases', upregulated: 'upregulates',
  'up-regulated': 'upregulates', increased: 'increases', elevated: 'increases', suppressed: 'suppresses',
  inhibited: 'inhibits', repressed: 'suppresses', reduced: 'decreases', decreased: 'decreases',
});
/**
 * Hyphenated participles after an entity that only say which kind of the head is meant: "inflammation-associated
 * gastric tumorigenesis", "hypoxia-related genes", "obesity-linked cancer". They state no effect of the entity (as
 * "-induced" does); the entity takes no part in the verb's claim.
 */
export const descriptiveModifiers: ReadonlySet<string> = new Set(associationParticipleList);
/** Verbs of protection, whose "from" names what they hold back: protect, shield, spare, rescue, guard. */
export const protectionVerbs = /^(?:protect|shield|spare|rescue|guard)(?:s|ed|d|ing)?$/;
/** Hyphenated words after an entity that make it a condition of the cells: "sorafenib-treated", "hypoxia-exposed". */
export const conditionModifiers = new Set(['treated', 'exposed', 'conditioned', 'stimulated', 'cultured', 'challenged', 'resistant']);

export const negations = new Set([
  // "X is ineffective in prolonging Y": the adjective denies the effect, as "failed to" does.
  'not', "n't", 'no', 'never', 'neither', 'nor', 'cannot', 'failed', 'fails', 'fail', 'unable', 'ineffective', 'without', 'lack', 'lacked',
  'lacks', 'none', 'nothing', 'nt',
  // "X is unlikely to raise Y": a hedged denial, not a hedged claim (it stays a hedge too).
  'unlikely',
]);

export const hedges = new Set([
  'may', 'might', 'could', 'possibly', 'potentially', 'likely', 'unlikely', 'suggest', 'suggests', 'suggested', 'suggesting',
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'putative', 'putatively', 'presumably', 'perhaps',
  'hypothesize', 'hypothesized', 'hypothesise', 'hypothesised', 'speculate', 'speculated', 'propose', 'proposed',
  'probably', 'plausibly', 'conceivably', 'presumed', 'thought', 'hypothesis', 'potential',
]);

/** Words after which a noun names a worse outcome: "led to IRS-1 degradation" means less IRS-1. */
export const decreasingNouns = new Set([
  'degradation', 'loss', 'reduction', 'decrease', 'decline', 'downregulation', 'down-regulation', 'suppression',
  'inhibition', 'repression', 'attenuation', 'inactivation', 'depletion', 'cleavage', 'destabilization', 'drop', 'fall',
  // "growth arrest", "cell cycle arrest": the process stops.
  'arrest',
  // "tumour regression", "tumour shrinkage" (mentionSenses.ts reads the tumour as its growth).
  'regression', 'shrinkage',
  // "the remission of the disease": its course turned round (impliedMentions.ts reads it as less progression).
  'remission',
  // "evasion of apoptosis", "apoptosis evasion": the cells escape the process, less of it (issue 7, stop 48: "X leads
  // to evasion of apoptosis" read as X inducing apoptosis, supported by a finding that X raises it).
  'evasion',
  // "the abrogation of apoptosis", "the avoidance of apoptosis": the same turn, from the process's side (stop 48).
  'abrogation', 'avoidance',
  // "X led to (the) reversal of EMT", "EMT reversal": the process turned back, less of it, as the verb "reversed EMT"
  // reads (issue 7, stop 51: read as X inducing EMT). The effects of a name undone are undoneEffects.ts's.
  'reversal', 'reversion',
  // "X plays a key role in metastasis prevention", "the prevention of metastasis": the process kept from happening,
  // less of it (stop 53: read as X promoting metastasis, supported by the finding that it does).
  'prevention',
  // "an underexpression of STAT3": the less heads of phraseHeads.
  ...headsSaying('less'),
]);

/**
 * The words that name a change of what follows them, for the light verbs of cause that need one (lightCauseVerbs
 * `needsChange`): the nouns of relation ("activation", "upregulation", relationNouns), of a fall
 * (decreasingNouns, "a reduction in"), of a rise, and the participles and comparatives of direction before a noun
 * ("increased", "lower"); with their regular plurals.
 */
const riseWords = ['rise', 'increase', 'elevation', 'accumulation', 'gain', 'surge', 'overexpression', 'over-expression', 'enhancement', 'hyperactivation'];
const directionWords = ['increased', 'elevated', 'enhanced', 'raised', 'higher', 'greater', 'upregulated', 'up-regulated', 'reduced', 'decreased', 'lower', 'lowered', 'diminished', 'attenuated', 'impaired', 'suppressed', 'downregulated', 'down-regulated'];
let changeWordSet: ReadonlySet<string> | undefined;
export function namesChange(lower: string): boolean {
  changeWordSet ??= new Set([...Object.keys(relationNouns), ...decreasingNouns, ...loweredAmounts.fallNouns, ...riseWords].flatMap((w) => [w, `${w}s`]).concat(directionWords));
  return changeWordSet.has(lower);
}

/** Nouns that turn a drug into the sensitivity to it ("enhanced the efficacy of sorafenib" = less resistance). */
export const sensitivityNouns = new Set(['sensitivity', 'efficacy', 'effect', 'effects', 'response', 'responsiveness', 'susceptibility', 'sensitization', 'cytotoxicity', 'potency']);
export const sensitizingVerbs = new Set(['sensitize', 'sensitizes', 'sensitized', 'sensitizing', 'sensitise', 'sensitises', 'sensitised', 'resensitize', 'resensitized']);

// The negated contractions are be-verbs too ("Hypoxia isn't a mechanism that ...", "STAT3 wasn't activated by ..."):
// one word to the tokenizer, they would otherwise hide the copula or the passive; the negation itself is read
// from their "n't" wherever negation is.
/** The auxiliaries and modals that make the name before them a clause's subject ("gp130 has", "IL-11 can"). */
export const auxiliaryVerbs: ReadonlySet<string> = new Set(['has', 'have', 'had', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'do', 'does', 'did']);

/** The words that open a relative clause on the name before them ("CAFs, which", "STAT3 that", "cells who"). */
export const relativePronouns: ReadonlySet<string> = new Set(['which', 'that', 'who']);

export const beVerbs = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'became', 'become', 'becomes',
  ...['isn', 'aren', 'wasn', 'weren'].flatMap((stem) => [`${stem}'t`, `${stem}’t`]),
]);

/** Words that separate clauses whose claims should not share subjects or contexts. */
/** The words that set a rival against the claim: "unlike X", "in contrast to X", "contrary to X" (comparisons.ts, simplifiedViews.ts). */
export const contrastWords = String.raw`(?:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to)`;

export const clauseBreakers = new Set(['whereas', 'while', 'although', 'though', 'however', 'but', 'yet', 'unlike', 'contrast', 'conversely', 'instead', 'whether']);

/**
 * Participles of association that open a reduced relative on a noun, "cytokines associated with (linked to, related
 * to) inflammation": with the clause's own verb after them they describe its subject, no finding of the sentence
 * (extract.ts and anchored/path.ts associationDescribesSubject; issue 7, stop 45).
 */
export const associationParticiples: ReadonlySet<string> = new Set(associationParticipleList);

/**
 * Nouns of a change that name no direction: "X caused changes in Y", "alterations in Y levels". A verb of cause
 * before one says that X acts on Y, not which way (lastResort.ts reads it unsigned; issue 7, stop 45: "X led to
 * changes in Y" was read as X raising Y, and would contradict a finding that X lowers Y). "no change in Y" is a
 * denial of any effect (anchored.ts).
 */
export const neutralChangeNouns: ReadonlySet<string> = new Set(['change', 'changes', 'alteration', 'alterations', 'difference', 'differences']);

/**
 * Intransitive verbs of change (all forms): what rises or falls is the subject; they have no object (extract.ts,
 * lastResort.ts: "IL-6 levels rise during inflammation" says nothing of IL-6 on inflammation).
 */
export const changeOnlyVerbs = new Set(['rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', ...['climb', 'soar', 'surge', 'jump', 'plummet', 'plunge', 'wane', 'dwindle', 'subside', 'decline']
  .flatMap((v) => [v, `${v}s`, v.endsWith('e') ? `${v}d` : `${v}ed`, v.endsWith('e') ? `${v.slice(0, -1)}ing` : `${v}ing`])]);

/** Words after which a clause asks rather than asserts: "we examined whether IL-11 regulates MMP-13". */
export const questionWords = new Set(['whether']);

/** Prepositions that put a context entity (a disease, cell line, condition) around a claim. */
/** Units of a dose or concentration: "10 ng/ml of IL-6", "5 µM of stattic", "20 mg/kg NT157". */
export const doseUnits: ReadonlySet<string> = new Set(['ng', 'µg', 'μg', 'mg', 'g', 'kg', 'ml', 'ul', 'µl', 'μl', 'nm', 'µm', 'μm', 'mm', 'pm', 'units', 'u', 'iu', 'dose', 'doses']);

/** Nouns of an amount given, before "of" and the agent: "increasing concentrations of", "a high dose of". */
export const doseNouns: ReadonlySet<string> = new Set(['dose', 'doses', 'concentration', 'concentrations', 'amount', 'amounts']);

export const contextPrepositions = new Set(['in', 'within', 'under', 'during', 'upon', 'at', 'among', 'across', 'after', 'following', 'from', 'amid', 'throughout', 'around', 'inside', 'near']);

/** Sentences that report the writer's own new result. */
export const ownFindingPatterns: RegExp[] = [
  /\bhere,?\s+we\b/i,
  /\bwe\s+(?:now\s+|further\s+|also\s+|additionally\s+|first\s+|then\s+)?(?:show|showed|shown|find|found|demonstrate|demonstrated|observe|observed|report|identified|identify|confirm|confirmed|reveal|revealed|discover|discovered|establish|established|provide|uncover|uncovered|detected|noted|saw)\b/i,
  /\bour\s+(?:data|results|findings|study|experiments|analyses|analysis|observations|work|screen)\b/i,
  /\b(?:in|from)\s+(?:this|the\s+present|the\s+current)\s+(?:study|work|report|paper)\b/i,
  /\b(?:this|the\s+present|the\s+current)\s+(?:study|work|report)\s+(?:shows|showed|demonstrates|demonstrated|reveals|revealed|found|finds|identifies|identified|provides)\b/i,
];

/**
 * Adverbs of degree that may stand between a determiner or preposition and a participle used as an adjective:
 * "with significantly reduced invasion", "a markedly increased risk of metastasis". The participle stays an
 * adjective of the noun after it, as it is without the adverb (triggers.ts `usedAsVerb`).
 */
export const degreeAdverbs = new Set([
  'significantly', 'markedly', 'strongly', 'greatly', 'dramatically', 'substantially', 'considerably', 'slightly', 'moderately',
  'highly', 'severely', 'profoundly', 'drastically', 'remarkably', 'sharply', 'modestly', 'partially', 'partly', 'largely',
  'notably', 'mildly', 'strikingly', 'statistically', 'aberrantly', 'abnormally', 'persistently', 'consistently', 'progressively',
]);

/** Determiners, skipped when looking for the head of a phrase. */
export const determiners = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'that', 'any', 'each', 'some']);
/** Prepositions: what governs an entity ("via gp130", "in OSCC") decides its role. */
export const prepositions = new Set([
  'of', 'in', 'within', 'under', 'during', 'upon', 'at', 'among', 'across', 'after', 'following', 'from', 'via', 'through',
  'by', 'with', 'without', 'to', 'into', 'on', 'for', 'against', 'between', 'toward', 'towards', 'onto', 'over', 'than',
  'like', 'including', 'versus', 'vs', 'amid', 'throughout', 'around', 'inside', 'near', 'targeting',
]);


/**
 * Prepositions of time and place: a name they govern says when or where the main clause holds, never what does it.
 * A closing participle ("X accumulates during tumour progression, promoting metastasis") takes its agent from the
 * main clause, not from such a phrase (closingParticipleAgents, subjects.ts; issue 7, stop 47).
 */
export const settingPrepositions = new Set(['during', 'in', 'at', 'within', 'throughout', 'amid', 'inside', 'across', 'among']);

/** The direction of a relation: 1 raises, -1 lowers, 0 none (binds, regulates, associated-with, ...). */
/** The relation turned round (kb/schema.ts oppositeRelation), or itself where it has no sign: a loss inverts a claim. */
export function invert(relation: ClaimRelation): ClaimRelation {
  return oppositeRelation(relation) ?? relation;
}

/** (kb/schema.ts's, with the opposites of the relations.) */
export { relationSign };

/** The phrase triggers by their words joined with spaces: a whole span of words asked at once (anchored/cueMatch.ts lexiconCue). */
// Not the light verbs of cause that need a change named beside them ("accounts for"): only the verb reader checks
// for the change (triggers.ts changeNamed); read bare, "X accounts for a fifth of Y" would be a cause.
const phraseTriggersByWords = new Map(phraseTriggers.filter((p) => !p.meaning.needsChange).map((p) => [p.words.join(' '), p.meaning] as const));

/** The meaning of the phrase trigger whose words are exactly these (lower case), if the lexicon lists one. */
export function phraseTriggerOf(words: readonly string[]): TriggerMeaning | undefined {
  return phraseTriggersByWords.get(words.join(' '));
}

/**
 * "Hypoxia results in increased X", "IL-6 leads to higher Y": a third-person form that opens one of the lexicon's
 * verb phrases (a verb and the preposition after it, "results in", "leads to", "contributes to", "depends on") is
 * the clause's verb before that preposition, whatever other verb form follows it ("increased" there modifies a noun).
 * The chunker asks it (nounPhrases.ts chunkOptions) where the tagger reads the form as a noun after a name.
 */
const verbPhraseOpeners = new Set(
  phraseTriggers
    .filter((p) => !p.meaning.copular && !p.meaning.needsChange && p.words.length >= 2 && /[^s]s$/.test(p.words[0]) && prepositions.has(p.words[1]))
    .map((p) => `${p.words[0]} ${p.words[1]}`),
);
export function opensVerbPhrase(lower: string, next: string): boolean {
  return verbPhraseOpeners.has(`${lower} ${next}`);
}
