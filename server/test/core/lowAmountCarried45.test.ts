// A group named by the lowered amount it carries (claims/roles.ts lowAmountCarried, vocabulary.ts
// loweredAmounts.carriers; issue 7, h-prec45): "patients with low X are protected from Y", "cells with reduced X
// expression showed less Y" say that X raises Y, as "low X levels lowered Y" does. The verb and frame readers took X
// for the agent as written, the direction reversed (a false contradiction of a finding that X raises Y). Sentences
// written for this test: wordings the group turns round, and near readings it must leave as they read.
import { bundledPlainReadings } from './helpers';

const { reads } = bundledPlainReadings();

suite('a group that carries a lowered amount of X', () => {
  reads([
    ['Patients with low STAT3 are protected from metastasis.', 'STAT3 promotes METASTASIS'],
    ['Mice with reduced IGF-1 are shielded from tumour development.', 'IGF1 promotes TUMORIGENESIS'],
    ['HCC cells with reduced IL-6 expression showed less invasion.', 'IL6 increases CELL_INVASION'],
    ['Gastric cancer cells with lower levels of IL-11 showed reduced migration.', 'IL11 increases CELL_MIGRATION'],
    ['Tumours with low IL-6 showed reduced invasion.', 'IL6 increases CELL_INVASION'],
  ]);
  reads([
    // A raised amount, or a treatment "with" a low dose, is no lowered amount carried by a group.
    ['Cells with high IL-6 are protected from apoptosis.', 'IL6 suppresses APOPTOSIS'],
    ['Treatment with low IL-6 reduced invasion.', 'IL6 decreases CELL_INVASION'],
  ], 'kept as it reads: ');
});
