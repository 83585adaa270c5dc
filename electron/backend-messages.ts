import type { Result } from '../main/contract/errors';

/** Main process → backend utility process. */
export type BackendRequest =
  | { kind: 'call'; id: number; windowId: number; name: string; input: unknown }
  | { kind: 'closed'; windowId: number }
  /** The photo decoder `n` (a utility process the main process started for the backend) answered. */
  | { kind: 'decoder.reply'; n: number; reply: unknown }
  /** The photo decoder `n` ended (normally, by a crash, or it could not be started). */
  | { kind: 'decoder.exit'; n: number };

/** Backend utility process → main process. */
export type BackendReply =
  | { kind: 'reply'; id: number; result: Result<unknown> }
  /** An event, addressed to the signed-in windows only (policy.eventRecipients). */
  | { kind: 'event'; windowIds: number[]; name: string; payload: unknown }
  /**
   * The backend needs a photo decoder: only the main process can start a utility process, and with
   * the RunAsNode fuse off a forked Node child is no longer possible.
   */
  | { kind: 'decoder.spawn'; n: number; module: string }
  | { kind: 'decoder.send'; n: number; req: unknown }
  | { kind: 'decoder.kill'; n: number };
