/**
 * The one error type of the ID-card reader code. `message` is the Chinese text the UI shows as is; `detail` keeps
 * the technical reason (which byte, which SW3) for the log and the tests, since several different faults share one
 * user-facing message.
 */
import { AppError, type ErrorCode } from '../../contract/errors';

export type IdCardErrorCode = Extract<ErrorCode, `IDCARD_${string}`>;

export class IdCardError extends AppError {
  /** Narrowed so that a caller switching on `code` only sees the reader's codes. */
  declare readonly code: IdCardErrorCode;
  readonly detail: string;

  constructor(code: IdCardErrorCode, detail: string, message?: string) {
    super(code, message);
    this.name = 'IdCardError';
    this.detail = detail;
  }
}

export function isIdCardError(e: unknown): e is IdCardError {
  return e instanceof IdCardError;
}

/** Two upper-case hex digits, the way the protocol tables write bytes. */
export function hex2(n: number): string {
  return (n & 0xff).toString(16).toUpperCase().padStart(2, '0');
}
