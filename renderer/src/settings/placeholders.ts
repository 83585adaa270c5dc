/**
 * A notice wording as the admin sees it: the text with each `{field:format:width}` placeholder
 * shown as the field's Chinese name. The stored text is never rewritten: a chip keeps the exact
 * placeholder it stands for, so that what is saved is what was loaded.
 */
import type { NoticeInfo } from '../../../main/contract/documents';

export type WordingPart = { text: string } | { token: string; field: string; label: string | null };

/** The fields a form's wording may name, by key. */
export type FieldLabels = ReadonlyMap<string, string>;

export function labelsOf(form: NoticeInfo['forms'][number] | undefined): FieldLabels {
  return new Map((form?.fields ?? []).map((f) => [f.key, f.label]));
}

/** Labels of every form of a notice (a wording for all of them may name a field of any). */
export function labelsOfNotice(notice: NoticeInfo): FieldLabels {
  return new Map(notice.forms.flatMap((f) => f.fields.map((x) => [x.key, x.label] as const)));
}

export function splitWording(text: string, labels: FieldLabels): WordingPart[] {
  const parts: WordingPart[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    const field = m[1].split(':')[0].trim();
    parts.push({ token: m[0], field, label: labels.get(field) ?? null });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The wording as it reads on the page: placeholders by name (for searching and for tests). */
export function readableWording(text: string, labels: FieldLabels): string {
  return splitWording(text, labels)
    .map((p) => ('text' in p ? p.text : `【${p.label ?? p.field}】`))
    .join('');
}
