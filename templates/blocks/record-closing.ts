/**
 * How a record (笔录: forms 2, 3, 13) closes: "以下空白" right after the last entry, so nothing can
 * be added after signing, then the person heard confirms it was read and is accurate, and signs
 * and dates. An unconfirmed or open-ended record is a 案卷评查 deduction. (Form 4 has its own
 * confirmation ticks, with the same mark after its 现场情况.)
 */
import type { DateField, FieldDef } from '../../main/documents/definition';
import { signature } from '../common';
import type { Piece } from './compose';

/**
 * The closing mark, the confirmation line in the words of the person heard, their signature
 * and date. `who` is that person's label ("被询问人", "现场人员", "当事人或其代理人").
 */
export function recordClosing(opts: { who: string; signKey: string; dateKey: string; statement?: string }): Piece {
  const sign: FieldDef = signature(opts.signKey, `${opts.who}签名`);
  const date: DateField = { key: opts.dateKey, label: `${opts.who}签名日期`, kind: 'date', required: false, hint: '由签名人手写的，可不填' };
  const key = 'recordConfirmation';
  return {
    fields: [sign, date],
    notices: { [key]: opts.statement ?? '以上笔录我已看过（向我宣读过），与我所说的相符。' },
    noticeRequirements: { [key]: [{ anyOf: ['相符', '无误'], what: '被记录人确认笔录与其陈述或现场情况相符' }] },
    layout: [
      { type: 'blankBelow' },
      { type: 'notice', key },
      { type: 'signatures', items: [{ label: `${opts.who}签名`, field: opts.signKey, dateField: opts.dateKey }] },
    ],
  };
}
