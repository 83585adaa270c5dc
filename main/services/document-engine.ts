/**
 * The document service's view of the form definitions (templates/) and the PDF renderer
 * (main/documents/): the catalogue the editor shows, pre-fill, data checks, and rendering in
 * worker threads so the backend keeps answering while a document renders.
 */
import path from 'node:path';
import type { DocumentData, FormField, FormSummary } from '../contract/documents';
import { AppError, ERROR_MESSAGES, type ErrorCode, type FieldIssue } from '../contract/errors';
import type { CaseDetail } from '../contract/schemas';
import type { EarlierDocument, FieldDef, FormData, FormDefinition, OfficeDocumentSettings, PrefillProcedure } from '../documents/definition';
import type { CardSheetData } from '../documents/card-sheet';
import type { FontSettings } from '../documents/fonts';
import { checkFormData, prefillForm } from '../documents/form-data';
import { FORM_DEFINITIONS, formDefinition } from '../../templates';
import { WorkerPool, type WorkerError } from '../workers/pool';
import type { RenderJob, RenderOutput } from '../workers/render-worker';

export type { OfficeDocumentSettings };

export interface DataCheck {
  /** Values of the wrong shape: refused even in a draft. */
  issues: FieldIssue[];
  /** Labels of required fields left blank: allowed in a draft, refused at issue. */
  missing: string[];
}

export interface RenderResult {
  pdf: Buffer;
  pages: number;
}

export interface DocumentEngine {
  forms(): FormSummary[];
  /** Filled for the party `partyId` (one of the case's), or the first party when none is given. */
  prefill(formId: number, c: CaseDetail, settings: OfficeDocumentSettings, today: string, earlier: readonly EarlierDocument[], procedure?: PrefillProcedure, partyId?: number): DocumentData;
  check(formId: number, data: DocumentData): DataCheck;
  /** Deterministic: the same inputs give the same bytes. `createdAt` becomes the PDF's dates. */
  render(formId: number, data: DocumentData, settings: OfficeDocumentSettings, createdAt: string, draft: boolean): Promise<RenderResult>;
  /** A card read's 证件信息核对单 (one page), rendered in the same workers as the forms. */
  renderCardSheet(sheet: CardSheetData, createdAt: string): Promise<RenderResult>;
  close(): Promise<void>;
}

function describeField(f: FieldDef): FormField {
  const base = { key: f.key, label: f.label, kind: f.kind, required: f.required, prefilled: Boolean(f.prefill), ...(f.hint ? { hint: f.hint } : {}) };
  switch (f.kind) {
    case 'text':
      return { ...base, ...(f.suggestions ? { suggestions: [...f.suggestions] } : {}) };
    case 'checkbox':
      return { ...base, options: [...f.options], multiple: f.multiple };
    case 'table':
      return { ...base, columns: f.columns.map((c) => ({ key: c.key, label: c.label })) };
    case 'party':
      return {
        ...base,
        party: {
          individual: f.variant.individual.map((a) => ({ key: a.attr, label: a.label })),
          organisation: f.variant.organisation.map((a) => ({ key: a.attr, label: a.label })),
        },
      };
    default:
      return base;
  }
}

function describeForm(def: FormDefinition): FormSummary {
  return {
    id: def.id,
    name: def.name,
    stage: def.stage,
    templateVersion: def.version,
    multiPage: Boolean(def.pageFooter),
    fields: def.fields.map(describeField),
  };
}

function definition(formId: number): FormDefinition {
  const def = formDefinition(formId);
  if (!def) throw new AppError('NOT_FOUND', '没有该文书式样');
  return def;
}

function toAppError(e: WorkerError): Error {
  const code = (e.code && e.code in ERROR_MESSAGES ? e.code : 'DOC_RENDER_FAILED') as ErrorCode;
  const issues = Array.isArray(e.issues) ? (e.issues as FieldIssue[]).map((i) => ({ ...i, path: `data.${i.path}` })) : undefined;
  return new AppError(code, e.message, issues);
}

export function createDocumentEngine(opts: { fonts?: FontSettings; workers?: number } = {}): DocumentEngine {
  const catalogue = FORM_DEFINITIONS.map(describeForm).sort((a, b) => a.id - b.id);
  const script = path.join(__dirname, '..', 'workers', `render-worker${path.extname(__filename)}`);
  let pool: WorkerPool<RenderJob, RenderOutput> | null = null;
  const workers = () => (pool ??= new WorkerPool<RenderJob, RenderOutput>(script, opts.workers, toAppError));
  return {
    forms: () => catalogue,
    prefill: (formId, c, settings, today, earlier, procedure, partyId) => {
      const def = definition(formId);
      const party = (partyId === undefined ? c.parties[0] : c.parties.find((p) => p.id === partyId)) ?? null;
      return prefillForm(def, { caseDetail: c, office: settings, party, today, earlier, procedure }) as DocumentData;
    },
    check: (formId, data) => {
      const { issues, missing } = checkFormData(definition(formId), data as FormData);
      return { issues, missing };
    },
    render: async (formId, data, settings, createdAt, draft) => {
      definition(formId);
      const out = await workers().run({ kind: 'form', formId, data: data as FormData, office: settings, createdAt, draft, fonts: opts.fonts });
      return { pdf: Buffer.from(out.pdf), pages: out.pages };
    },
    renderCardSheet: async (sheet, createdAt) => {
      const out = await workers().run({ kind: 'cardSheet', sheet, createdAt, fonts: opts.fonts });
      return { pdf: Buffer.from(out.pdf), pages: out.pages };
    },
    close: async () => {
      await pool?.close();
    },
  };
}
