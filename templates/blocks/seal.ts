/**
 * The foot of a served form: the agency's name over its seal with the date (the renderer prints
 * the office's 执法部门全称, not a placeholder), and the copies note under it.
 */
import type { DateField } from '../../main/documents/definition';
import { COPIES_NOTE, makeDateField } from '../common';
import type { Piece } from './compose';

export { COPIES_NOTE };

/** Seal and date; with the copies note unless the form is not served (posted, internal). */
export function seal(opts: { copies?: boolean; dateFormat?: 'date' | 'dateChars'; date?: DateField } = {}): Piece {
  const copies = opts.copies ?? true;
  const date = opts.date ?? makeDateField;
  if (date.key !== 'makeDate') throw new Error('落款日期栏目应为 makeDate');
  return {
    fields: [date],
    layout: [{ type: 'seal', dateField: 'makeDate', ...(opts.dateFormat ? { dateFormat: opts.dateFormat } : {}) }, ...(copies ? [{ type: 'copies' as const }] : [])],
    ...(copies ? { copiesNote: COPIES_NOTE } : {}),
  };
}
