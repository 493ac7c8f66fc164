/** How many folds the shared dev postings are split into for cross-validation. */
export const FOLDS = 5;
