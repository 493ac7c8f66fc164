import type { Column } from '@rolefit/core';

/** The short name of each column, as the page's legend and marks say it. */
export const COLUMN_LABEL: Readonly<Record<Column, string>> = {
  research: 'Research',
  rnd: 'R&D',
  product: 'Product',
};

/** The column's name inside a sentence: "product work", "R&D work". */
export const columnWords = (column: Column) =>
  column === 'rnd' ? COLUMN_LABEL.rnd : COLUMN_LABEL[column].toLowerCase();
