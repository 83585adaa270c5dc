/**
 * Outcome of checking one identifier. `message` is shown to the officer as is, so it is Simplified Chinese and says
 * what exactly is wrong; `warning` marks a value that is accepted but worth a second look.
 */
export type Check<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

/**
 * Chinese IMEs often type full-width letters and digits (ＡＢ１２); identifiers are only ever stored half-width.
 * The ideographic space becomes an ordinary space so callers can strip all spaces in one pass.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
