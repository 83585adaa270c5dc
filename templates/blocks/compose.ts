/**
 * Composing a form from pieces. A piece is what a repeated block of the 式样 contributes: its
 * fields, its fixed notices (with the elements an office's wording must keep), its layout and
 * its checks across fields. A form file lists its pieces in print order; what is particular to
 * the form is one more piece of its own.
 */
import type { Block, FieldDef, FormDefinition, NoticeElement, TextTemplate } from '../../main/documents/definition';

export interface Piece {
  fields?: readonly FieldDef[];
  notices?: Readonly<Record<string, TextTemplate>>;
  noticeRequirements?: Readonly<Record<string, readonly NoticeElement[]>>;
  layout?: readonly Block[];
  validate?: FormDefinition['validate'];
  /** The copies note, from the seal piece of a served form. */
  copiesNote?: string;
}

/** What a form says about itself besides its pieces. */
export type FormHead = Omit<FormDefinition, 'fields' | 'notices' | 'noticeRequirements' | 'layout' | 'validate' | 'copiesNote'>;

/** Layout blocks only. */
export function blocks(...layout: Block[]): Piece {
  return { layout };
}

/**
 * The definition made of the pieces, in order. A field or notice two pieces both bring must be
 * the same: a different one under the same key is a template bug, thrown when the module loads.
 */
export function composeForm(head: FormHead, pieces: readonly Piece[]): FormDefinition {
  const fields = new Map<string, FieldDef>();
  const notices: Record<string, TextTemplate> = {};
  const requirements: Record<string, readonly NoticeElement[]> = {};
  const layout: Block[] = [];
  const checks: NonNullable<FormDefinition['validate']>[] = [];
  let copiesNote: string | undefined;
  for (const p of pieces) {
    for (const f of p.fields ?? []) {
      const seen = fields.get(f.key);
      if (seen && seen !== f) throw new Error(`式样${head.id}: 栏目 ${f.key} 由两个部件以不同定义提供`);
      fields.set(f.key, f);
    }
    for (const [k, t] of Object.entries(p.notices ?? {})) {
      if (notices[k] !== undefined && notices[k] !== t) throw new Error(`式样${head.id}: 告知文字 ${k} 由两个部件以不同文字提供`);
      notices[k] = t;
    }
    Object.assign(requirements, p.noticeRequirements ?? {});
    layout.push(...(p.layout ?? []));
    if (p.validate) checks.push(p.validate);
    copiesNote = p.copiesNote ?? copiesNote;
  }
  return {
    ...head,
    fields: [...fields.values()],
    notices,
    ...(Object.keys(requirements).length ? { noticeRequirements: requirements } : {}),
    layout,
    ...(checks.length ? { validate: (data) => checks.flatMap((c) => c(data)) } : {}),
    ...(copiesNote ? { copiesNote } : {}),
  };
}
