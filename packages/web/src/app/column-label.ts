import type { Column } from '@rolefit/core';
import { messages } from '../messages/messages.ts';

const t = messages();

/** The short name of each column, as the page's legend and marks say it. */
export const COLUMN_LABEL: Readonly<Record<Column, string>> = {
  research: t['column.research'],
  rnd: t['column.rnd'],
  product: t['column.product'],
};

/** The column's name inside a sentence: "product work", "R&D work". */
export const columnWords = (column: Column) =>
  column === 'rnd' ? COLUMN_LABEL.rnd : COLUMN_LABEL[column].toLowerCase();
