/** Messages on the browser host's WebSocket. Parsed defensively: the socket is a trust boundary. */
import { ERROR_MESSAGES, type Result } from '../contract/errors';

export interface ClientMessage {
  id: number;
  call: string;
  input: unknown;
}

export type ServerMessage =
  | { id: number | null; result: Result<unknown> }
  | { event: string; payload: unknown };

export function parseClientMessage(text: string): ClientMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'number' || !Number.isSafeInteger(v.id) || typeof v.call !== 'string' || v.call.length > 100) return null;
  return { id: v.id, call: v.call, input: v.input };
}

/** The answer to a call whose handling failed in a way nothing more specific covers. */
export function internalError(id: number | null): ServerMessage {
  return { id, result: { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } } };
}
