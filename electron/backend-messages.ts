import type { Result } from '../main/contract/errors';

/** Main process → backend utility process. */
export type BackendRequest =
  | { kind: 'call'; id: number; windowId: number; name: string; input: unknown }
  | { kind: 'closed'; windowId: number };

/** Backend utility process → main process. */
export type BackendReply =
  | { kind: 'reply'; id: number; result: Result<unknown> }
  /** An event, addressed to the signed-in windows only (policy.eventRecipients). */
  | { kind: 'event'; windowIds: number[]; name: string; payload: unknown };
