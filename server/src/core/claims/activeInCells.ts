// A drug that stays active in cells: "neratinib remained active in lines with innate trastuzumab resistance",
// "X was still effective against the resistant subclones". As with cells that remain sensitive to a drug
// (sensitiveCells.ts), the sentence reports that the drug still checks the cells' growth: the drug inhibits cell
// growth, in those cells. Only with a word of persistence ("remained", "still", "retained"): a bare "was active
// in" may describe where a pathway or an enzyme works, and a comparison ("more active in") is drugActivityByGroup's.
import { addingWith, type Construction } from './construction';
import { growthCheckedClaims } from './sensitiveCells';

/** Right after the drug: the verb of persistence, the adjective, and up to six words before the cells. */
const activeIn =
  /^\s*(?:(?:remained|remains|stayed|stays)\s+(?:(?:highly|fully|still|also|similarly|equally)\s+)*|(?:was|were|is|are)\s+(?:(?:also|similarly|equally)\s+)*still\s+(?:(?:highly|fully)\s+)?|retained\s+(?:its\s+|their\s+)?)(?:active|effective|efficacious|activity|efficacy)\s+(?:in|against)\s+(?:the\s+|these\s+|all\s+)?(?:[\p{L}\p{N}/-]+\s+){0,6}?(?:cells|cell\s+lines|lines|subclones|clones|tumou?rs|xenografts)\b/iu;

export const activeInCells: Construction = {
  name: 'active-in-cells',
  reads: '"D remained active in cells with resistance to E": D inhibits the growth of those cells',
  triggers: ['active', 'effective', 'efficacious', 'activity', 'efficacy'],
  example: 'Afatinib remained active in lung cancer cells with acquired gefitinib resistance.',
  expected: ['DRUG_AFATINIB inhibits CELL_GROWTH [ctx DRUG_GEFITINIB,LUNG_CANCER]'],
  apply: addingWith((sentence, claims) => {
    const { text, end } = sentence;
    return growthCheckedClaims(sentence, claims, (drug) => {
      const found = activeIn.exec(text.slice(drug.end, end));
      return found ? drug.end + found[0].length : undefined;
    });
  }),
};
