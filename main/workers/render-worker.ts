/**
 * Worker thread that renders documents: fonts are parsed once per worker and kept, and a long
 * render never blocks the backend's event loop.
 */
import { parentPort } from 'node:worker_threads';
import type { FormData, OfficeDocumentSettings } from '../documents/definition';
import { DocumentError } from '../documents/errors';
import type { FontSettings } from '../documents/fonts';
import { renderCardSheet, type CardSheetData } from '../documents/card-sheet';
import { renderDocumentWithPages } from '../documents/render';
import { formDefinition } from '../../templates';
import type { WorkerRequest, WorkerResponse } from './pool';

/** A form to render, or (with `cardSheet`) a card read's 证件信息核对单. */
export type RenderJob = FormJob | CardSheetJob;

export interface FormJob {
  kind: 'form';
  formId: number;
  data: FormData;
  office: OfficeDocumentSettings;
  createdAt: string;
  draft: boolean;
  fonts?: FontSettings;
}

export interface CardSheetJob {
  kind: 'cardSheet';
  sheet: CardSheetData;
  createdAt: string;
  fonts?: FontSettings;
}

export interface RenderOutput {
  pdf: Uint8Array;
  pages: number;
}

parentPort!.on('message', async ({ id, payload }: WorkerRequest<RenderJob>) => {
  let reply: WorkerResponse<RenderOutput>;
  try {
    if (payload.kind === 'cardSheet') {
      // Worker messages are structured clones: the photo's Buffer arrives as a plain Uint8Array.
      const photo = 'png' in payload.sheet.photo ? { png: Buffer.from(payload.sheet.photo.png) } : payload.sheet.photo;
      const { pdf, pages } = await renderCardSheet({ ...payload.sheet, photo }, { createdAt: payload.createdAt, fonts: payload.fonts });
      reply = { id, ok: true, value: { pdf: new Uint8Array(pdf), pages } };
    } else {
      const def = formDefinition(payload.formId);
      if (!def) throw new DocumentError('DOC_TEMPLATE_INVALID', `没有第${payload.formId}号文书式样`);
      const { pdf, pages } = await renderDocumentWithPages(def, payload.data, {
        office: payload.office,
        createdAt: payload.createdAt,
        draft: payload.draft,
        fonts: payload.fonts,
      });
      reply = { id, ok: true, value: { pdf: new Uint8Array(pdf), pages } };
    }
  } catch (e) {
    const err = e as Error & { code?: string; issues?: unknown };
    reply = {
      id,
      ok: false,
      error: { message: err.message, code: e instanceof DocumentError ? e.code : 'DOC_RENDER_FAILED', ...(err.issues ? { issues: err.issues } : {}) },
    };
  }
  parentPort!.postMessage(reply);
});
