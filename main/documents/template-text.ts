/**
 * Parsing of the text templates of form definitions and office notice overrides:
 * "依据{punishBasis}的规定" → literal, slot, literal.
 */
import type { SlotFormat } from './definition';
import { DocumentError } from './errors';

export interface Slot {
  field: string;
  format: SlotFormat;
  /** Width of the blank in em when the slot is empty. */
  blankEm?: number;
}

export type TemplatePart = { literal: string } | { slot: Slot };

export const SLOT_FORMATS: readonly SlotFormat[] = ['text', 'date', 'dateChars', 'datetime', 'time', 'money', 'moneyCapitals', 'moneyBoth', 'list', 'partyName'];

export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ literal: text.slice(last, m.index) });
    const [field, format = 'text', width] = m[1].split(':').map((s) => s.trim());
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) {
      throw new DocumentError('DOC_TEMPLATE_INVALID', `文书文字中的占位符“{${m[1]}}”无效`);
    }
    if (!SLOT_FORMATS.includes(format as SlotFormat)) {
      throw new DocumentError('DOC_TEMPLATE_INVALID', `文书文字中的占位符“{${m[1]}}”格式“${format}”无效`);
    }
    const blankEm = width === undefined ? undefined : Number(width);
    if (blankEm !== undefined && !(Number.isInteger(blankEm) && blankEm > 0 && blankEm <= 40)) {
      throw new DocumentError('DOC_TEMPLATE_INVALID', `文书文字中的占位符“{${m[1]}}”空白宽度无效`);
    }
    parts.push({ slot: { field, format: format as SlotFormat, ...(blankEm ? { blankEm } : {}) } });
    last = m.index + m[0].length;
  }
  const rest = text.slice(last);
  if (/[{}]/.test(rest) || parts.some((p) => 'literal' in p && /[{}]/.test(p.literal))) {
    throw new DocumentError('DOC_TEMPLATE_INVALID', `文书文字“${text.slice(0, 30)}……”中的花括号不成对`);
  }
  if (rest) parts.push({ literal: rest });
  return parts;
}

export function templateFields(text: string): string[] {
  return parseTemplate(text).flatMap((p) => ('slot' in p ? [p.slot.field] : []));
}
