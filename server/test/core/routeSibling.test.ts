// Issue 7, stop 47 (helper h-prec47): a route through a sibling of a step the library names. A mediator no finding
// names is a side remark the library cannot judge ("via JAK1" beside a finding that names no route), but a numbered
// or family sibling of a step the findings on the pair do name is the guideline's near miss put in the route
// (verify.ts findMatches, siblingOfNamedStep; near misses nm-m8* in corpus/nearmiss.jsonl). Each came out SUPPORTED before.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('a route through a sibling of a named step (stop 47)', () => {
  test('a sibling of the finding\'s own step: no evidence', () => {
    check('Regorafenib induces IL-6R through ATF6 in HCC.', 'unsupported', 'REGORAFENIB induces IL6R');
    check('In HCC cells, sorafenib raised IL-6R expression by way of ATF2.', 'unsupported', 'SORAFENIB increases IL6R');
    check('ATF4 upregulates IL-6R through ATF5 in sorafenib-treated HCC cells.', 'unsupported', 'ATF4 upregulates IL6R');
  });
  test('controls: the named step itself, and a step with no sibling among the named ones, stay supported', () => {
    check('Sorafenib induces IL-6R via ATF4 in HCC cells.', 'supported', 'SORAFENIB induces IL6R');
    check('IL-11 raises MMP-13 in OSCC cells via JAK1.', 'supported', 'IL11 increases MMP13');
  });
  // Round 2 (h-sib47): STAT5 (a curated family record) and EPAS1 (HIF-2α) come with no parents; their names are the
  // STAT and HIF families' words with a number, so they are siblings of STAT3 and HIF-1α (scope.ts stepSiblingOf).
  test('a step named by its family\'s word and a number (STAT5, HIF-2α) beside the finding\'s STAT3 or HIF-1α: no evidence', () => {
    check('IL-11 promoted cell invasion by activating STAT5.', 'unsupported', 'IL11 promotes CELL_INVASION');
    check('Through STAT5, IL-11 drives the invasion of cancer cells.', 'unsupported', 'IL11 promotes CELL_INVASION');
    check('Hypoxia increases IL-11 through HIF-2α.', 'unsupported', 'HYPOXIA increases IL11');
    check('CoCl2 raised IL-11 in ATC cells via hypoxia-inducible factor 2α.', 'unsupported', 'COCL2 increases IL11');
  });
  test('controls: the finding\'s own HIF-1α, and STAT5 beside STAT3 in a list, stay supported', () => {
    check('Hypoxia increases IL-11 through HIF-1α.', 'supported', 'HYPOXIA increases IL11');
    check('In tumour cells, activation of STAT3 and STAT5 promotes angiogenesis.', 'supported', 'STAT3 promotes ANGIOGENESIS');
  });
});
