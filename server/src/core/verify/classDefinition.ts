// Issue 7, stop 54 (h-defn54): a molecule defined by its class and its origin, discovery, family or a receptor part it
// shares, "X is a multifunctional cytokine first isolated in 1990 from marrow stromal cells", "X is a stromal
// cell-derived cytokine that belongs to a family of cytokines sharing the gp130 subunit": what the molecule is, a
// definition (the guideline's out-of-scope), not a finding a writer wants checked, whether or not the library knows X.
//
// The labels of studied rows draw the line. The class noun's modifiers and what follows it are claims when they name a
// role: "IL-6 is a pro-inflammatory cytokine" is backed (supported), "IL-6 is an anti-inflammatory cytokine" is
// contradicted, "IL-6 is a pleiotropic cytokine that controls growth" is supported, "IL-6 is a cytokine elevated in
// colon tumours" is a claim in another context, and a subject the library has no findings on made "one of the
// inflammatory cytokines" (a claim on inflammation, unbacked) or "one of the cytokines, all of which use gp130" (a route
// through gp130) is read, not dismissed (near misses). So the definition is the class with neutral modifiers followed by
// its origin, its discovery, its family or a shared receptor part, and no word of a process, an outcome, a cancer or an
// effect anywhere after it. (A role word kept a sentence on a subject beyond the library in scope too: "X is a major
// proinflammatory cytokine which is raised in the tumour stroma" is left to the reader, as the near misses require.)
//
// It holds only when no claim the library backs or contradicts was read (a definition is not a framing kind, scope.ts):
// a definition that carries a backed role ("X is a member of the IL-6 family that signals through gp130") keeps it.
import type { NonClaimPattern } from './scope';

/** Cells of the tumour's stroma the library reports on as sources of its molecules. */
const stromaCells = String.raw`(?:fibroblasts?|myofibroblasts?|CAFs?|stellate|HSCs?|macrophages?|TAMs?|stroma|adipocytes?|endothelial)`;

/** The class nouns of molecules: what a definition names its subject as. */
const classNoun = String.raw`(?:cytokines?|chemokines?|interleukins?|(?:[\w/-]+ )?kinases?|receptors?|co-?receptors?|glycoproteins?|(?:[\w-]+ )?proteins?|polypeptides?|transcription(?:al)? factors?|enzymes?|(?:[\w-]+ )?(?:proteases?|proteinases?|peptidases?)|phosphatases?|hormones?|GTPases?|members? of (?:the )?(?:[\w/()-]+ ){0,4}?(?:family|superfamily|class|group|cytokines|proteins|enzymes|receptors|kinases))`;

/** A modifier of the class noun that names a role or a rank, which over a library subject is a claim ("a key cytokine"). */
const roleModifier = String.raw`(?:key|major|critical|crucial|central|important|potent|main|leading|principal|primary|dominant|novel|negative|positive|essential|powerful|strong|classic(?:al)?|prototypic(?:al)?|pro-?\w+|anti-?\w+|inflammatory|oncogenic|tumou?r[\w-]*|survival|growth|angiogenic|apoptotic|mitogenic|immunosuppressive|immunoregulatory|regulatory|stimulatory|inhibitory|and|or|that|which|with|as)`;

/**
 * What follows the class noun in a plain definition: its discovery (any source: history), its origin in cells the library
 * has no findings of (a source among the tumour's stroma, "secreted by fibroblasts", "made by macrophages", is a claim the
 * library may back), or its family. Not the class alone: "IL-6 is a pleiotropic cytokine." over a subject the library
 * reports on stays an actor with no claim read, unsupported, as the near misses hold. Nor a receptor part its family
 * uses as a further statement on the family ("..., all of which use gp130", "..., whose members employ gp130"): the near
 * misses read it as a route through that part, a claim on the subject.
 */
const neutralTail = String.raw`(?:,?\s+(?:(?:that|which) (?:is|was|are|were) )?(?:(?:first|originally|initially|also) )*(?:obtained|identified|isolated|purified|cloned|discovered|described|characteri[sz]ed) (?:in|from|by|as|on)\b|,?\s+(?:(?:that|which) (?:is|are) )?(?:(?:mainly|mostly|primarily|predominantly|largely|chiefly|also) )*(?:produced|made|secreted|released|derived|synthesi[sz]ed|encoded) (?:in|from|by|on)\b(?![^.;]*\b${stromaCells}\b)|,?\s+(?:that|which) (?:belongs?|belonged) to\b)`;

/** Words after the copula that make the sentence say more than what the molecule is: a process, an outcome, a cancer, an effect. */
const roleWords = String.raw`(?:growth|proliferat\w*|invasi\w*|migrat\w*|metasta\w*|surviv\w*|resistan\w*|apoptos\w*|apoptotic|EMT|mesenchymal|progression|tumou?r\w*|oncogen\w*|angiogen\w*|carcinogen\w*|cancers?|carcinomas?|malignan\w*|inflammat\w*|immun\w*|HCC|OSCC|ATC|HNSCC|CRC|promot\w*|induc\w*|activat\w*|inhibit\w*|suppress\w*|driv\w*|regulat\w*|control\w*|mediat\w*|stimulat\w*|enhanc\w*|trigger\w*|increas\w*|decreas\w*|reduc\w*|elevat\w*|raised|implicated|involved|contribut\w*|plays?|role|associat\w*|correlat\w*|linked|prognos\w*)`;

/**
 * The subject: a name before the first copula, with no relative word, copula or finite verb of effect in it ("Sorafenib
 * targets Raf and ATF3 is a transcription factor" states a finding before the definition), then an article.
 */
const subject = String.raw`^(?:(?!\b(?:is|are|was|were|that|which|who|whose|targets|inhibits|activates|induces|promotes|drives|blocks|binds|raises|lowers|increases|decreases|reduces|suppresses|regulates|controls|mediates|stimulates|enhances|triggers|comprise|comprises)\b)[^,;:]){1,80}?\b(?:is|are) (?:a|an|one of the) `;

export const classDefinitionPatterns: readonly NonClaimPattern[] = [
  {
    kind: 'definition',
    when: 'always',
    pattern: new RegExp(String.raw`${subject}(?:(?!${roleModifier}\b)[\w/()-]+,? ){0,6}?${classNoun}\b${neutralTail}(?![^]*\b${roleWords}\b)(?![^]*,\s*(?:whose|all of which|each of which|members of which)\b)`, 'i'),
    words: ['is ', 'are '],
    example: 'IL-11 is a pleiotropic cytokine that belongs to the gp130 family of signalling molecules.',
  },
];
