// Issue 7 (stop 32): a published sentence carries material around its claim that a plain sentence does not: a
// structured-abstract label, an author-year citation or a figure reference in brackets, a statistics bracket, a
// discourse adverb or a time frame fronted or set between commas, a participial aside on the subject. The verb
// reader passes over most of it; frames, constructions and anchored reading, which match shorter shapes, often do
// not. So the readers read a simplified view: the same text with that material blanked to spaces. A view has the
// text's length, so every offset, every mention and so every diagnostic still lands on the writer's own words (the
// map back to the source is the identity). Material that holds no claim (labels, citations, figure references,
// statistics, fronted time frames and discourse words) is blanked before any reading; an aside between commas or a
// degree adverb is read around: the sentence is read whole and without it, and the view's reading is taken only
// when it reads more (`withSimplifiedView`). Scored on every studied set, blanking before reading changed no
// reading but those it was written for.
// What may change what a claim says is never blanked: a span holding a denial, "only", "except", "unless",
// "without" stays, and so does a place or a condition ("In HCC,", "under hypoxia,"): only the closed lists below go.
// Stop 33 added, each checked on sentences of our own with and without it (most published clutter the readers already
// pass over: method phrases, hedged openers, statistics, "respectively"): a closing comment on what a finding means, a
// relative clause or a subject's apposition with a list of its own between commas, a fronted means or reason clause
// and a reference group of controls. ("In vitro and in vivo" together is matching's, not clutter: verify.ts
// `bothSystemsCovered` keeps the systems in the claim and lets a finding in either cover it.)
// The rules are data, each with an example that is its own test (simplifiedViews.test.ts).
import type { EntityMention } from '../entities/recognize';
import { isStatistics } from '../kb/statistics';
import type { SentenceReading } from './extract';
import { requiredLiterals } from '../util/requiredLiterals';
import { allMatches } from '../util/allMatches';
import { contrastWords } from './vocabulary';
import { LiteralGate } from './sentenceWords';

export interface ClutterRule {
  name: string;
  /**
   * Where the rule looks: `bracket` tests the content of an outermost bracket pair (the brackets go with it);
   * `opening` a phrase at the sentence's start (tried again after each one it blanks: "RESULTS: Notably, ...");
   * `aside` a phrase between two commas, both commas blanked with it; `subject` the same, tried only at the first
   * comma, after a short subject ("X, a ..., raises Y"); `closing` a phrase from a comma to the sentence's end, its
   * full stop kept; `word` a match anywhere in the sentence (the pattern global).
   */
  where: 'bracket' | 'opening' | 'aside' | 'subject' | 'closing' | 'word';
  pattern: RegExp;
  /**
   * The sentence is read twice, whole and without the blanked words (`withSimplifiedView`), when they may hold a
   * claim of their own ("mainly secreted by macrophages") or a reader reads the words around them as one phrase
   * ("due, in part, to X being Y" is read, "due to X being Y" is not: the cause after "due to" is a route, roles.ts).
   * Other clutter is blanked before any reading.
   */
  readAround?: boolean;
  /**
   * With `readAround`: the view's reading wins a tie too, when it reads a pair of the whole sentence's otherwise. "By
   * blocking X, Y lowers Z": the whole sentence's readers take the fronted means for the main clause's own ("blocking
   * ... lowers" read as a loss of function, Y raising Z); the main clause read alone says what the sentence claims.
   */
  preferred?: boolean;
  /**
   * A `word` rule's match that holds a word which may change what the claim says (`meaningWords`) is left; the other
   * places always ask this.
   */
  guarded?: boolean;
  /**
   * A `word` rule's strings one of which every match holds, in lower case, where requiredLiterals cannot read them
   * from its pattern (a lookbehind before them): the rule is tried only on a sentence that holds one (`wordRuleGate`).
   */
  literals?: readonly string[];
  /** A sentence of our own in which the rule blanks something. */
  example: string;
  /** The example once blanked, runs of spaces read as one (the rule's test). */
  simplified: string;
}

// Discourse adverbs and fixed phrases that link a sentence to its neighbours and say nothing of the claim.
const discourse =
  'notably|interestingly|importantly|moreover|furthermore|in addition|additionally|collectively|taken together|together|altogether|indeed|however|thus|therefore|hence|consequently|accordingly|consistently|similarly|likewise|of note|in this regard|in this context|in particular|in general|generally|overall|in summary|in conclusion|in brief|as expected|surprisingly|remarkably|strikingly|intriguingly|conversely|in contrast|by contrast|on the other hand|nevertheless|nonetheless|first|firstly|second|secondly|third|thirdly|finally|lastly|specifically|mechanistically|clinically|functionally|briefly';

export const clutterRules: readonly ClutterRule[] = [
  // A structured abstract's results and conclusions labels are dropped; its aims and methods labels make the
  // sentence a non-claim instead (verify/scope.ts, the 'aim' and 'method' label rows), which no view undoes.
  {
    name: 'results-label',
    where: 'opening',
    pattern: /^(?:results?|conclusions?|background|findings|interpretation|significance|summary|introduction|discussion|context|rationale|main results|principal findings)\s*:\s*/i,
    example: 'CONCLUSIONS: In oral tumours, IL-11 raises MMP-13.',
    simplified: 'In oral tumours, IL-11 raises MMP-13.',
  },
  {
    name: 'time-frame',
    where: 'opening',
    pattern: /^(?:(?:during|over|in|within|throughout) (?:the )?(?:past|last|recent|preceding) (?:(?:few|several|two|three|four|five|ten|twenty|\d+) )?(?:decades?|years?|months?)|in recent (?:years|decades|times)|recently|to date|so far|until now|historically|since then)\s*,\s*/i,
    example: 'Over the last two decades, several stromal subsets were shown to dampen antitumour immunity.',
    simplified: 'several stromal subsets were shown to dampen antitumour immunity.',
  },
  {
    name: 'fronted-discourse',
    where: 'opening',
    pattern: new RegExp(`^(?:${discourse})\\s*,\\s*`, 'i'),
    example: 'Strikingly, a subset of fibroblasts restrains tumour growth.',
    simplified: 'a subset of fibroblasts restrains tumour growth.',
  },
  // "Looking at the downstream PI3K/Akt pathway, p-Akt levels were sustained ...", "Turning to the MAPK arm, ...": a
  // fronted phrase of attention names the topic the sentence goes on to report on, no participant of its finding.
  // Read whole, its name was taken for the main clause's subject or object ("the pathway activates Akt", "the drug
  // lowers the pathway": false facts from a library's abstract, issue 7 stop 51). Not a phrase that names where the
  // finding holds (cells, tissues, patients, tumours, a place after "in"): that is the claim's setting. Only the
  // writer's own looking: "With respect to matrix remodelling, MMPs are the chief executors" names the object.
  {
    name: 'fronted-topic',
    where: 'opening',
    pattern: /^(?:looking (?:at|into)|turning (?:now )?to|focusing on)\s+(?![^,;()]*\b(?:in|cells?|tissues?|patients?|tumou?rs?|cases|mice|samples?|lines?|cohorts?)\b)[^,;()]{1,80},\s*/i,
    example: 'Turning to the downstream MAPK cascade, ERK phosphorylation fell in cells given the drug.',
    simplified: 'ERK phosphorylation fell in cells given the drug.',
  },
  {
    name: 'discourse-aside',
    where: 'aside',
    readAround: true,
    pattern: new RegExp(
      `^,\\s*(?:in part|at least in part|partly|in turn|for example|for instance|e\\.g\\.|as (?:previously |earlier )?(?:reported|described|shown|noted|mentioned|discussed|observed)(?: (?:previously|earlier|above|before|elsewhere|in (?:several|many|other) (?:studies|models|reports)))?|to some extent|to a large extent|as expected|(?:as\\s+)?(?:we|I)\\s+(?:suspect|believe|think|propose|speculate|argue)|in\\s+(?:our|my)\\s+(?:view|opinion)|${discourse})\\s*,`,
      'i',
    ),
    example: 'High serum IL-6, as reported earlier, goes with shorter survival in liver tumours.',
    simplified: 'High serum IL-6 goes with shorter survival in liver tumours.',
  },
  // "X, mainly caused by Y, is linked to Z": an aside on where the subject comes from; the main clause goes on
  // after the second comma with a word that is no conjunction.
  {
    name: 'participial-aside',
    where: 'aside',
    readAround: true,
    pattern: /^,\s*(?:(?:mainly|mostly|largely|primarily|predominantly|partly|often|typically|usually|frequently|chiefly|commonly|originally|first|also)\s+)?(?:caused|produced|secreted|released|derived|generated|induced|triggered|driven|made|encoded|elicited|supplied|provided|formed|created|brought about|shaped)\s+(?:by|from|through|via|within)\s+[^,;()]{1,80},(?!\s*(?:and|or|which|who|whereas|while|but)\b)/i,
    example: 'Tumour hypoxia, chiefly brought about by poor perfusion, goes with a worse outcome.',
    simplified: 'Tumour hypoxia goes with a worse outcome.',
  },
  // "Given its role in inflammation, X drives Y", "Owing to their abundance in the stroma, CAFs ...": a fronted reason
  // or concession names what is already known of the subject; its names were read as the main verb's subject too
  // ("inflammation drives Y", first, so the sentence's verdict followed it). Only a phrase on the subject's own
  // qualities ("its", "their"): "Due to hypoxia, IL-11 rises" names a cause, which is the claim. Read around, so the
  // phrase's own claims are kept, after the main clause's.
  {
    name: 'fronted-reason',
    where: 'opening',
    readAround: true,
    pattern: /^(?:given|because of|owing to|due to|in view of|in light of|despite|in spite of|considering|on account of)\s+(?:its|their)\s+[^,;()]{1,80},\s*/i,
    example: 'Given its part in wound healing, IL-6 raises STAT3 activity in liver tumour cells.',
    simplified: 'IL-6 raises STAT3 activity in liver tumour cells.',
  },
  // "D, an inhibitor of A, B and C, lowers Y", "X, a cytokine made by A and B, raises Y": an apposition on the subject
  // whose own list or coordination holds commas or an "and", which the readers took for the main clause's ("C lowers
  // Y"; "X ... and is produced by B, raises Y" read as one phrase). Tried only at the first comma after a short subject,
  // and only for a phrase with a coordination inside (a plain apposition, "X, a cytokine of the IL-6 family, raises Y",
  // reads already); the main clause goes on after its last comma with a word that is no conjunction.
  {
    name: 'subject-apposition',
    where: 'subject',
    readAround: true,
    pattern: /^,\s*(?:a|an|the|one of the)\s+[^,;()]{1,80}?(?:(?:,\s*[^,;()]{1,40}?)+,?)?\s(?:and|or)\s+[^,;()]{1,40},(?!\s*(?:and|or|which|who|whereas|while|but|where|whereby)\b)/i,
    example: 'Regorafenib, an inhibitor of RAF, KIT and TIE2, lowers STAT3 activity in liver tumour cells.',
    simplified: 'Regorafenib lowers STAT3 activity in liver tumour cells.',
  },
  // "IL-6, unlike IL-11, raises Y": a rival set against the subject between commas. The readers took "unlike" for a
  // clause break and read the rival as the verb's subject (issue 7, stop 40: the rival's finding made the sentence
  // supported, its denial contradicted). Read around, the view preferred, so the subject keeps its verb; what the aside says
  // (the rival does not do it) is given back from the whole text by comparisons.ts (interposedContrast), as for a
  // fronted "Unlike X, ...".
  {
    name: 'subject-contrast',
    where: 'subject',
    readAround: true,
    preferred: true,
    pattern: new RegExp(String.raw`^,\s*${contrastWords}\s+[^,;()]{1,60},(?!\s*(?:and|or|which|who|whereas|while|but|where|whereby)\b)`, 'i'),
    example: 'IL-6, unlike IL-11, raises MMP-13 in oral tumour cells.',
    simplified: 'IL-6 raises MMP-13 in oral tumour cells.',
  },
  // "X, where Y binds Z, plays a role in W", "X, whose targets are Y, raises Z": a relative clause set between commas
  // says how the subject works or what it is; the main clause goes on after the second comma. The words of the clause
  // may hold a claim of their own, so the sentence is read around it. ("in which" and "whom" clauses read already.)
  // A clause that runs on over its second comma ("where X binds Y, pairs with Z and starts W, drives V": the next
  // phrase ends in "and ..." and another comma) is not set off by these two commas and stays.
  {
    name: 'relative-aside',
    where: 'aside',
    readAround: true,
    pattern: /^,\s*(?:where|whereby|whose|through which|by which|via which)\s+[^,;()]{1,100},(?!\s*(?:and|or|which|who|whereas|while|but|where|whereby)\b)(?![^,.;]*\band\b[^,.;]*,)/i,
    example: 'The IL-6 pathway, whereby the cytokine engages its receptor, drives liver tumour growth.',
    simplified: 'The IL-6 pathway drives liver tumour growth.',
  },
  // "By blocking X, Y lowers Z", "Through activation of X, Y raises Z": a fronted means clause; its agent is the main
  // clause's subject, so the main clause read alone says what the sentence claims (the means is read from the whole
  // sentence and kept as a claim of its own when it yields one). Without it the readers took "blocking ... lowers" for
  // a loss of function and read Y raising Z: a contradicted sentence called supported.
  {
    name: 'fronted-means',
    where: 'opening',
    readAround: true,
    preferred: true,
    pattern: /^(?:by|through|via)\s+(?:[a-z-]+ing\b|(?:the\s+)?(?:activation|induction|inhibition|suppression|blockade|blocking|upregulation|up-regulation|downregulation|down-regulation|stimulation|engagement|recruitment|phosphorylation|secretion|release|production|expression|loss|depletion|knockdown|silencing|targeting)\s+of\b)[^,;()]{1,80},\s*/i,
    example: 'By engaging its receptor, IL-6 raises STAT3 activity in liver tumour cells.',
    simplified: 'IL-6 raises STAT3 activity in liver tumour cells.',
  },
  // "plays a particularly important role in": a degree adverb before the adjective of a frame's noun phrase says
  // how much, not what; the frames match the phrase without it.
  {
    name: 'degree-before-adjective',
    where: 'word',
    readAround: true,
    pattern: /\b(?:particularly|especially|very|highly|extremely|exceptionally|critically|uniquely|increasingly|remarkably|relatively|quite|rather|vitally|fundamentally)\s+(?=(?:important|critical|crucial|central|key|pivotal|essential|prominent|significant|major|vital|decisive|fundamental|relevant|potent|powerful|prominent|dominant|active|strong)\b)/gi,
    example: 'Several members of the IL-6 family play a particularly important role in shaping inflammation.',
    simplified: 'Several members of the IL-6 family play an important role in shaping inflammation.',
  },
  // "X is regarded as a key pro-invasive factor", "X is a secreted messenger that is widely considered an
  // anti-apoptotic factor", "X is now recognised as a major driver of Y": a verb of regard between the copula and its
  // predicate noun says who holds the view, not what X is; the predicate frames ("is a pro-Y factor", "is a key driver
  // of Y") match the copula and the noun side by side. Issue 7 (stop 38, h-actor38): such sentences named an actor and
  // read no claim. The relative's own noun ("a pleiotropic cytokine that is ...") goes with the verb of regard only
  // when it is a few lower-case words, no name of a place among them; a view said to be past ("once", "formerly")
  // is no claim of the writer's and stays, as does a denial (meaningWords). Read around: only when the sentence read
  // without the words reads more.
  {
    name: 'verb-of-regard',
    where: 'word',
    readAround: true,
    pattern: /(?<=\b(?:is|are|was|were|be|been|being)\s+)(?:(?:a|an)\s+(?:(?!(?:not|no|never|only|once|formerly)\s)[a-z-]+\s+){1,4}?(?:that|which)\s+(?:is|are|has\s+been|have\s+been)\s+)?(?:(?:widely|generally|commonly|now|often|increasingly|also|largely|frequently|broadly|currently|justifiably|rightly)\s+)?(?:(?:regarded|considered|viewed|recognized|recognised|seen|known|described|accepted|identified|acknowledged)(?:\s+as)?|(?:thought|believed|presumed|considered)\s+to\s+be)\s+(?=(?:a|an|the)\s)/g,
    example: 'IL-11 is a secreted messenger that is widely considered a pro-invasive factor in breast tumours.',
    simplified: 'IL-11 is a pro-invasive factor in breast tumours.',
  },
  // "X correlates with Y in patients compared with controls": the reference group of a measurement, named by a closed
  // list of control groups, says what the change was measured against, not what changed; the correlation and frame
  // readers read nothing with it. Read around: only when the sentence read without it reads more. A comparison of
  // two named groups ("compared with those without metastasis", "than in normal liver") is not in the list and stays.
  {
    name: 'against-controls',
    where: 'word',
    readAround: true,
    pattern: /,?\s*\b(?:(?:as\s+)?compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s+(?:the\s+|their\s+)?(?:(?:untreated|unstimulated|vehicle-treated|mock-transfected|healthy|matched|corresponding|respective)\s+)?(?:controls?(?:\s+(?:cells|groups?|mice|subjects|individuals|samples))?|untreated\s+cells|healthy\s+(?:subjects|individuals|volunteers|donors))\b(?=\s*[,.;]|\s*$)/gi,
    example: 'High serum IL-6 tracks with early relapse of liver tumours compared with healthy controls.',
    simplified: 'High serum IL-6 tracks with early relapse of liver tumours .',
  },
  // "Metastasis – the process by which tumour cells leave the primary site and settle elsewhere – causes most deaths":
  // a definition or remark set between two dashes (spaced en or em dashes, or em dashes set close) interrupts the
  // subject and its verb, and a relative clause or a list inside it kept the readers from joining them. Read around,
  // so the aside's own claims stay; a span holding a word that may change the claim (a denial, "only") is left
  // (`guarded`). An en dash set close is a range or a compound ("10–20", "IL-6–induced") and is never a bound.
  {
    name: 'dash-aside',
    where: 'word',
    readAround: true,
    guarded: true,
    // Both branches hold an en or an em dash.
    literals: ['\u2013', '\u2014'],
    pattern: /(?<=\s)[\u2013\u2014]\s[^\u2013\u2014;:.!?()[\]]{3,160}?\s[\u2013\u2014](?=\s)|(?<=[\p{L}\p{N}])\u2014[^\u2013\u2014;:.!?()[\]\s][^\u2013\u2014;:.!?()[\]]{2,160}?\u2014(?=[\p{L}\p{N}])/gu,
    example: 'Hypoxia \u2013 a state in which tumour cells get too little oxygen, grow slowly and spread \u2013 raises IL-11 in breast tumour cells.',
    simplified: 'Hypoxia raises IL-11 in breast tumour cells.',
  },
  {
    name: 'author-year-citation',
    where: 'bracket',
    pattern: /^(?:(?:see|e\.g\.,?|reviewed in|cf\.|for (?:a )?review,? see)\s+)?(?:[A-Z][\p{L}'’-]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][\p{L}'’-]+|&\s+[A-Z][\p{L}'’-]+))?,?\s+(?:19|20)\d{2}[a-z]?(?:\s*,\s*(?:19|20)\d{2}[a-z]?)*\s*(?:[;,]\s*|$))+$/u,
    example: 'IL-11 raises MMP-13 in oral tumour cells (Ito and Sato 2011; Chen et al., 2015).',
    simplified: 'IL-11 raises MMP-13 in oral tumour cells .',
  },
  {
    name: 'figure-reference',
    where: 'bracket',
    pattern: /^(?:see\s+)?(?:(?:supplementary|suppl\.?|extended data)\s+)?(?:fig(?:ure)?s?\.?|tables?|panels?)\s*S?\d+[A-Za-z]?(?:\s*(?:[,–-]|and|&)\s*(?:(?:(?:supplementary|suppl\.?)\s+)?(?:fig(?:ure)?s?\.?|tables?)\s*)?S?\d*[A-Za-z]?)*$/i,
    example: 'Knockdown of STAT3 (Fig. 4C and D) lowered invasion of the cells.',
    simplified: 'Knockdown of STAT3 lowered invasion of the cells.',
  },
  {
    name: 'numbered-citation',
    where: 'bracket',
    pattern: /^(?:refs?\.?\s*)?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*$/i,
    example: 'Hypoxia raises IL-11 in breast tumour cells [14–16], which drives invasion.',
    simplified: 'Hypoxia raises IL-11 in breast tumour cells , which drives invasion.',
  },
  // Hazard and odds ratios, intervals and p values (kb/statistics.ts, the abstract reader's rule): "HR" and "OR"
  // are also gene symbols.
  {
    name: 'statistics',
    where: 'bracket',
    pattern: /[^]*/,
    example: 'Hypoxia increased IL-11 secretion by the cells (OR 2.4, 95% CI 1.3-4.4, p = 0.01).',
    simplified: 'Hypoxia increased IL-11 secretion by the cells .',
  },
  // "X raises Y, highlighting the importance of Z", "..., underscoring the need for new drugs": a closing comment on
  // what a finding means for the field (importance, need, value, potential) is no relation of its own, yet its names
  // were read as more objects of the main verb ("X raises Y and Z"), and a list with a near-miss member is unsupported.
  // Only evaluative heads: "highlighting a role of Z in W" or "suggesting that Z ..." may state a claim and stay.
  {
    name: 'closing-comment',
    where: 'closing',
    pattern: /^,\s*(?:thereby\s+|thus\s+|further\s+)?(?:highlighting|underscoring|underlining|emphasi[sz]ing|stressing|reinforcing|illustrating|pointing\s+(?:to|at)|calling\s+for)\s+(?:the\s+|a\s+|an\s+)?(?:(?:urgent|pressing|clinical|therapeutic|potential|critical|great|growing|translational|prognostic|unmet|broad|high)\s+)*(?:needs?|importance|value|potential|relevance|significance|complexity|promise|usefulness|necessity|urgency|feasibility|rationale|interest|utility|challenges?|difficulty|heterogeneity)(?=\s+(?:of|for|to|in)\b|\s*[.!?]?\s*$)[^;]*?(?=\s*[.!?]?\s*$)/i,
    example: 'IL-6 drives growth of liver tumour cells, underscoring the need for drugs that block its receptor.',
    simplified: 'IL-6 drives growth of liver tumour cells .',
  },
];

/** A span that holds one of these words may change what the claim says: it is never blanked. */
const meaningWords = /\b(?:not|no|never|neither|nor|none|without|only|except|unless|but|solely|exclusively|absent|lack(?:s|ed|ing)?|fail(?:s|ed)?|instead|rather|than)\b|n['’]t\b/i;


function bracketIsClutter(content: string, bracketRules: readonly ClutterRule[]): ClutterRule | undefined {
  const trimmed = content.trim();
  if (trimmed === '' || meaningWords.test(trimmed)) return undefined;
  for (const rule of bracketRules) {
    if (rule.name === 'statistics' ? isStatistics(trimmed) : rule.pattern.test(trimmed)) return rule;
  }
  return undefined;
}

export interface SimplifiedView {
  /**
   * The whole text, with the sentence's clutter blanked (same length as the text it was made from; "a" before a
   * blanked degree adverb is written "an", "a particularly important" read as "an important").
   */
  text: string;
  /** The blanked spans, in text offsets, in order. */
  blanked: [number, number][];
  /** The rules that blanked something, in the order they fired. */
  rules: string[];
}

type Span = [from: number, to: number, rule: string, written?: string];

// A rule's phrase is short: the text it is tried on is cut to this many characters, so a long sentence of many
// commas costs no more per comma (issue 11).
const reach = 200;
/** A subject an apposition may follow: a name and a few words ("The IL-6 receptor of liver cells"), no clause. */
const subjectReach = 50;

/** The spans the rules blank in the sentence `[start, end)`, in no particular order. */
function clutterSpans(text: string, start: number, end: number, rules: readonly ClutterRule[], spans: Span[]): void {
  const { bracketRules, openingRules, asideRules, closingRules, subjectRules, wordRules } = rulesByPlace(rules);
  const gate = new SentenceGate(text, start, end);
  // Brackets: outermost pairs only ("(HR 2.3 [1.4–4.1], p = 0.002)" is one), a mismatched pair ends the scan; a
  // bracket longer than a rule's reach is no citation.
  if (bracketRules.length > 0) {
    const open = firstOpeningBracket(text, start, end);
    const stack: { char: string; at: number }[] = [];
    for (let i = open; i < end; i++) {
      const c = text[i];
      if (c === '(' || c === '[') stack.push({ char: c, at: i });
      else if (c === ')' || c === ']') {
        const top = stack.pop();
        if (!top || (top.char === '(') !== (c === ')')) break;
        if (stack.length > 0 || i - top.at > reach) continue;
        const rule = bracketIsClutter(text.slice(top.at + 1, i), bracketRules);
        if (rule) spans.push([top.at, i + 1, rule.name]);
      }
    }
  }
  // Openings: after leading spaces, one rule after another ("RESULTS: Notably, ...").
  let at = start;
  while (at < end && /\s/.test(text[at])) at++;
  for (let more = openingRules.length > 0; more; ) {
    more = false;
    const rest = text.slice(at, Math.min(end, at + reach));
    for (const rule of openingRules) {
      if (!gate.mayMatch(rule)) continue;
      const m = rule.pattern.exec(rest);
      if (!m || m[0].length === 0 || meaningWords.test(m[0]) || at + m[0].length >= end) continue;
      spans.push([at, at + m[0].length, rule.name]);
      at += m[0].length;
      more = true;
      break;
    }
  }
  // The subject's apposition: at the first comma, when the words before it are few enough to be a subject.
  const firstComma = subjectRules.length > 0 ? nextComma(text, at, Math.min(end, at + subjectReach)) : -1;
  if (firstComma >= 0) {
    const rest = text.slice(firstComma, Math.min(end, firstComma + reach));
    for (const rule of subjectRules) {
      if (!gate.mayMatch(rule)) continue;
      const m = rule.pattern.exec(rest);
      if (!m || meaningWords.test(m[0].slice(1, -1))) continue;
      spans.push([firstComma, firstComma + m[0].length, rule.name]);
      break;
    }
  }
  // Asides: at each comma, the first rule whose phrase closes at a later comma. The commas are looked for inside the
  // sentence only: `indexOf` from a sentence with none ran on to the block's next comma, once per sentence, which
  // made a long paragraph with few commas quadratic (issue 11).
  for (let i = asideRules.length > 0 ? nextComma(text, at, end) : -1; i >= 0; i = nextComma(text, i + 1, end)) {
    const rest = text.slice(i, Math.min(end, i + reach));
    for (const rule of asideRules) {
      if (!gate.mayMatch(rule)) continue;
      const m = rule.pattern.exec(rest);
      if (!m || meaningWords.test(m[0].slice(1, -1))) continue;
      spans.push([i, i + m[0].length, rule.name]);
      i += m[0].length - 1;
      break;
    }
  }
  // Closings: the last comma whose phrase runs to the sentence's end ("..., underscoring the need for ..."); the
  // phrase is short, so only the sentence's last `reach` characters are looked at.
  if (closingRules.length > 0) {
    const from = Math.max(at, end - reach);
    for (let i = nextComma(text, from, end); i >= 0; i = nextComma(text, i + 1, end)) {
      const rest = text.slice(i, end);
      const rule = closingRules.find((r) => {
        if (!gate.mayMatch(r)) return false;
        const m = r.pattern.exec(rest);
        return m !== null && !meaningWords.test(m[0].slice(1));
      });
      if (!rule) continue;
      const m = rule.pattern.exec(rest)!;
      spans.push([i, i + m[0].length, rule.name]);
      break;
    }
  }
  if (wordRules.length > 0) {
    const sentence = text.slice(start, end);
    // A word rule searches the whole sentence (a copy of its pattern and an iterator each): it is run only when the
    // sentence holds one of the words its pattern requires (util/requiredLiterals.ts). Issue 10: the searches were
    // ~3% of a full check, and nearly every sentence holds none of the words.
    for (const rule of wordRules) {
      if (!gate.mayMatch(rule)) continue;
      for (const m of allMatches(rule.pattern, sentence)) {
        if (rule.guarded && meaningWords.test(m[0])) continue;
        const from = start + (m.index ?? 0);
        // "a particularly important role": the article before the adjective becomes "an", within the same length.
        if (/(?:^|\s)[Aa] $/.test(text.slice(Math.max(start, from - 3), from))) spans.push([from - 1, from + m[0].length, rule.name, 'n']);
        else spans.push([from, from + m[0].length, rule.name]);
      }
    }
  }
}

/** Each rule's required literals (its pattern's, else its own `literals`; null when it has none), read once. */
const ruleLiterals = new WeakMap<ClutterRule, readonly string[] | null>();

function literalsOf(rule: ClutterRule): readonly string[] | null {
  let literals = ruleLiterals.get(rule);
  if (literals === undefined) ruleLiterals.set(rule, (literals = requiredLiterals(rule.pattern) ?? rule.literals ?? null));
  return literals;
}

// The literals of the rules a view is read around are found with the other tables' words in the sentence's one pass
// (sentenceWords.ts), which has read the sentence when blanksAroundIn asks: a folded copy of each sentence with two
// names, a search for each of ~40 literals in it, and three searches at each comma were ~3% of a full check (issue
// 10, stop 41). The rules blanked before any reading are not gated: the pass has not read their sentences yet.
const gatedRules = clutterRules.filter((r) => r.readAround);
const ruleGate = new LiteralGate(() => gatedRules.map(literalsOf));
const gatePosition = new Map(gatedRules.map((rule, k) => [rule, k]));

/**
 * Whether a rule may match in the sentence `text` [start, end): every stretch a rule is tried on lies inside the
 * sentence, so a rule none of whose literals the sentence holds matches nowhere (a rule not among gatedRules, as a
 * test's own, is always tried). The sentence's pass is asked once, on the first gated rule.
 */
class SentenceGate {
  #gated: Uint8Array | undefined;
  constructor(readonly text: string, readonly start: number, readonly end: number) {}
  mayMatch(rule: ClutterRule): boolean {
    const k = gatePosition.get(rule);
    if (k === undefined) return true;
    this.#gated ??= ruleGate.mayMatch(this.text, this.start, this.end);
    return this.#gated[k] === 1;
  }
}

/** The first "(" or "[" in `[start, end)`, or `end` (a loop, not a search of a slice: issue 10). */
function firstOpeningBracket(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 || code === 91) return i;
  }
  return end;
}

interface RulesByPlace {
  bracketRules: readonly ClutterRule[];
  openingRules: readonly ClutterRule[];
  asideRules: readonly ClutterRule[];
  closingRules: readonly ClutterRule[];
  subjectRules: readonly ClutterRule[];
  wordRules: readonly ClutterRule[];
}

const byPlace = new WeakMap<readonly ClutterRule[], RulesByPlace>();

/** A rule list split by where its rules look, once per list rather than four filters for every sentence (issue 10). */
function rulesByPlace(rules: readonly ClutterRule[]): RulesByPlace {
  let split = byPlace.get(rules);
  if (!split) {
    split = {
      bracketRules: rules.filter((r) => r.where === 'bracket'),
      openingRules: rules.filter((r) => r.where === 'opening'),
      asideRules: rules.filter((r) => r.where === 'aside'),
      closingRules: rules.filter((r) => r.where === 'closing'),
      subjectRules: rules.filter((r) => r.where === 'subject'),
      wordRules: rules.filter((r) => r.where === 'word'),
    };
    byPlace.set(rules, split);
  }
  return split;
}

/** The first comma in `[from, end)`, or -1. */
function nextComma(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 44) return i;
  return -1;
}

function viewOf(text: string, spans: Span[]): SimplifiedView | undefined {
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let copied = 0;
  const blanked: [number, number][] = [];
  const rules: string[] = [];
  for (const [from, to, rule, written = ''] of spans) {
    if (from < copied) continue;
    parts.push(text.slice(copied, from), written, ' '.repeat(to - from - written.length));
    copied = to;
    blanked.push([from, to]);
    rules.push(rule);
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), blanked, rules };
}

/** The sentence `[start, end)` of `text` with the clutter of the given rules blanked, or undefined when it holds none. */
export function simplifiedView(text: string, start: number, end: number, rules: readonly ClutterRule[] = clutterRules): SimplifiedView | undefined {
  const spans: Span[] = [];
  clutterSpans(text, start, end, rules, spans);
  return viewOf(text, spans);
}

/**
 * Every sentence of a block (or an abstract) with its clutter blanked, as one text made once (a view per sentence
 * would copy the block once per sentence: quadratic in a long paragraph). Blanking is each sentence's own, so the
 * block's view read between a sentence's offsets is that sentence's view.
 */
function blockView(text: string, sentences: readonly { start: number; end: number }[], rules: readonly ClutterRule[]): SimplifiedView | undefined {
  const spans: Span[] = [];
  for (const s of sentences) clutterSpans(text, s.start, s.end, rules, spans);
  return viewOf(text, spans);
}

const blankedFirst = clutterRules.filter((r) => !r.readAround);
const readAround = clutterRules.filter((r) => r.readAround);

/**
 * The block with the clutter that holds no claim blanked (labels, citations, figure references, statistics,
 * fronted time frames and discourse words): the readers read this view, not the block, and a name in the blanks
 * ("HR 1.9": a gene symbol) is no participant. Undefined when no sentence holds any. Asides between commas and
 * degree adverbs are read around instead (`aroundView`, `withSimplifiedView`).
 */
export function clutterView(text: string, sentences: readonly { start: number; end: number }[]): SimplifiedView | undefined {
  return simplifiedViews.enabled ? blockView(text, sentences, blankedFirst) : undefined;
}

/** The block (already a clutter view, or not) with its asides and degree adverbs blanked too. */
export function aroundView(text: string, sentences: readonly { start: number; end: number }[]): SimplifiedView | undefined {
  return simplifiedViews.enabled ? blockView(text, sentences, readAround) : undefined;
}

/**
 * Whether `aroundView` of the block blanks anything in the sentence `[start, end)` of `text`: exactly when the
 * sentence's own scan finds a span (each sentence's blanks lie inside it, and the first of them is always kept),
 * so a block whose sentences have none is never copied into a view (issue 10: the view was made for every block
 * with a sentence of two names, ~2% of a full check, and the bench's drafts read none of them again).
 */
export function blanksAroundIn(text: string, start: number, end: number): boolean {
  if (!simplifiedViews.enabled) return false;
  const spans: Span[] = [];
  clutterSpans(text, start, end, readAround, spans);
  return spans.length > 0;
}

/** The mentions of a view: those the blanking left whole. */
export function mentionsOfView(view: SimplifiedView, mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => !inBlanks(view, m));
}

/** Whether a span overlaps a blank (the blanks sorted and apart: only the last one starting before its end can). */
function inBlanks(view: SimplifiedView, m: { start: number; end: number }): boolean {
  let low = 0;
  let high = view.blanked.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (view.blanked[middle][0] < m.end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && view.blanked[low - 1][1] > m.start;
}

/**
 * "X, mainly caused by Y, is linked to Z", "X, as reported previously, raises Y": the sentence read again without
 * its asides, on `around` (the block's `aroundView`, asked for only here; `read` runs the readers that read
 * `reading`). The view's claims win when the whole sentence read fewer outside the aside (none, or a stray pair
 * where an aside broke the subject off its verb); on a tie the whole sentence's reading stands, with the context
 * and words it read, unless a `preferred` rule (a fronted means clause) blanked part of the sentence. The aside's own claims, read from the whole
 * sentence, come after them, so the sentence's verdict follows the main clause and the aside keeps its diagnostic.
 */
export function withSimplifiedView(
  reading: SentenceReading,
  around: () => SimplifiedView | undefined,
  start: number,
  end: number,
  mentions: readonly EntityMention[],
  read: (viewText: string, viewMentions: readonly EntityMention[]) => SentenceReading,
): SentenceReading {
  if (!simplifiedViews.enabled || mentions.length < 2) return reading;
  const view = around();
  if (!view || !inBlanks(view, { start, end })) return reading;
  const viewMentions = mentionsOfView(view, mentions);
  if (viewMentions.length < 2) return reading;
  simplifiedViews.rereads++;
  const viewReading = read(view.text, viewMentions);
  if (viewReading.claims.length === 0) return reading;
  const inAside = (c: SentenceReading['claims'][number]): boolean => inBlanks(view, c.subject) || inBlanks(view, c.object);
  const asideClaims = reading.claims.filter(inAside);
  const outsideClaims = reading.claims.filter((c) => !inAside(c));
  if (outsideClaims.length > viewReading.claims.length) return reading;
  if (outsideClaims.length === viewReading.claims.length) {
    const means = preferredIn(view, start, end);
    const viewWins = (means && readOtherwise(outsideClaims, viewReading.claims)) || subjectRejoined(view, start, end, mentions, outsideClaims, viewReading.claims);
    // On a tie the whole sentence's reading stands, its main clause's claims before the aside's (the verdict follows
    // the first: "D, an inhibitor of A and B, raises Y" is about D raising Y, not D inhibiting A). A fronted means
    // keeps the whole sentence's order: "By raising M, X raises Y" reads M raising Y, the route, which is the claim's.
    if (!viewWins) return means || asideClaims.length === 0 ? reading : { ...reading, claims: [...outsideClaims, ...asideClaims] };
  }
  simplifiedViews.reads++;
  return {
    ...viewReading,
    claims: [...viewReading.claims, ...asideClaims],
    hedged: viewReading.hedged || reading.hedged,
    ownFinding: viewReading.ownFinding || reading.ownFinding,
  };
}

const preferredRules: ReadonlySet<string> = new Set(clutterRules.filter((r) => r.preferred).map((r) => r.name));

/** Whether a rule whose view wins a tie blanked something in the sentence `[start, end)`. */
function preferredIn(view: SimplifiedView, start: number, end: number): boolean {
  return view.blanked.some(([from, to], i) => from >= start && to <= end && preferredRules.has(view.rules[i]));
}

type Claim = SentenceReading['claims'][number];

/**
 * Whether the view read a pair the whole sentence also read, in another relation or sign ("By blocking X, Y lowers Z":
 * the whole sentence read Y raising Z). Only then does a fronted means clause's view win a tie: where both read the
 * same, the whole sentence's reading keeps its order, with the route the means clause names ("By raising M, X raises
 * Y": M raising Y) first.
 */
function readOtherwise(whole: readonly Claim[], view: readonly Claim[]): boolean {
  const key = (c: Claim): string => `${c.relation}|${c.negated}|${c.polarity ?? ''}`;
  return view.some((v) => whole.some((w) => w.subject.entityId === v.subject.entityId && w.object.entityId === v.object.entityId && key(w) !== key(v)));
}

/**
 * Whether the view joined the sentence's subject to its verb where the whole sentence did not: a view claim's subject
 * is the name just before a blanked aside ("X, a member of A that binds B and is made by C, activates Y"), and no claim
 * the whole sentence read outside the asides has it for subject (it read a stray pair instead).
 */
function subjectRejoined(view: SimplifiedView, start: number, end: number, mentions: readonly EntityMention[], whole: readonly Claim[], viewClaims: readonly Claim[]): boolean {
  for (const [from, to] of view.blanked) {
    if (from < start || to > end) continue;
    let subject: EntityMention | undefined;
    for (const m of mentions) if (m.start >= start && m.end <= from && (!subject || m.start > subject.start)) subject = m;
    if (!subject) continue;
    const isSubject = (c: Claim): boolean => c.subject.start === subject!.start && c.subject.entityId === subject!.entityId;
    if (viewClaims.some(isSubject) && !whole.some(isSubject)) return true;
  }
  return false;
}

/** Eval turns it off (`--no-simplified-views`) to measure what it adds. */
export const simplifiedViews = {
  enabled: true,
  /** How many sentences were read a second time, around an aside, and how many of those readings were kept (eval only). */
  rereads: 0,
  reads: 0,
};
