/**
 * Worker thread that renders documents: fonts are parsed once per worker and kept, and a long
 * render never blocks the backend's event loop.
 */
import { parentPort } from 'node:worker_threads';
import type { FormData, OfficeDocumentSettings } from '../documents/definition';
import { DocumentError } from '../documents/errors';
import type { FontSettings } from '../documents/fonts';
import { renderDocumentWithPages } from '../documents/render';
import { formDefinition } from '../../templates';
import type { WorkerRequest, WorkerResponse } from './pool';

export interface RenderJob {
  formId: number;
  data: FormData;
  office: OfficeDocumentSettings;
  createdAt: string;
  draft: boolean;
  fonts?: FontSettings;
}

export interface RenderOutput {
  pdf: Uint8Array;
  pages: number;
}

parentPort!.on('message', async ({ id, payload }: WorkerRequest<RenderJob>) => {
  let reply: WorkerResponse<RenderOutput>;
  try {
    const def = formDefinition(payload.formId);
    if (!def) throw new DocumentError('DOC_TEMPLATE_INVALID', `没有第${payload.formId}号文书式样`);
    const { pdf, pages } = await renderDocumentWithPages(def, payload.data, {
      office: payload.office,
      createdAt: payload.createdAt,
      draft: payload.draft,
      fonts: payload.fonts,
    });
    reply = { id, ok: true, value: { pdf: new Uint8Array(pdf), pages } };
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
