// Issue 7, stop 41: SUPPORTED precision on sentences of our own that the context-swap probe (eval/swapProbe.ts) showed
// losing a part of their setting (helper h-prec41; near misses nm-hu* in corpus/nearmiss.jsonl):
// - cells named by their resistance alone, with no line or cancer between, "in sorafenib-resistant cells", "In
//   cisplatin-resistant clones, ...": the resistance was read as the verb's object or a subject of its own, and the
//   claim kept no drug, so a finding made in drug-sensitive cells covered it (claims/roles.ts resistantCellsDrug);
//   the constructions' claims, "EMT was seen after X exposure in sorafenib-resistant cells", "X-knockdown cells showed
//   less invasion in sorafenib-resistant cells", likewise (claims/construction.ts contextMentions).
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('precision audit (stop 41): cells named by their resistance alone', () => {
  test('the drug the cells resist is their condition, after the verb or fronted', () => {
    check('NT157 raised apoptosis in sorafenib-resistant cells.', 'unsupported', 'NT157 increases APOPTOSIS');
    check('In sorafenib-resistant cells, NT157 raised apoptosis.', 'unsupported', 'NT157 increases APOPTOSIS');
  });
  test('a finding made under the drug still covers the claim', () => {
    check('IL-6 raised STAT3 phosphorylation in sorafenib-resistant cells.', 'supported', 'IL6 increases STAT3');
  });
  test('the resistance as what the verb acts on is still the object', () => {
    check('IL-6 promotes sorafenib resistance in HCC cells.', 'supported', 'IL6 promotes SORAFENIB_RESISTANCE');
  });
  test('a construction\'s claim keeps the drug too', () => {
    check('EMT was seen after IL-11 exposure in sorafenib-resistant clones.', 'unsupported', 'IL11 promotes EMT');
    check('HIF-1α knockdown cells showed less invasion in sorafenib-resistant cells.', 'unsupported', 'HIF1A increases CELL_INVASION');
  });
});
