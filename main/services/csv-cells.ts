/**
 * Spreadsheet formula injection (CSV injection): Excel and WPS read a cell that starts with
 * = + - @, a tab or a CR as a formula, so a 案由 title or an officer's unit typed as
 * `=HYPERLINK(...)` would run when an admin opens the exported file. On export such a cell gets a
 * leading apostrophe, which the spreadsheet shows as text and does not display; on import one
 * leading apostrophe before those characters is taken off again, so values round-trip exactly.
 *
 * A value that itself starts with apostrophes before such a character gets one more on export, so
 * the import's single strip gives it back unchanged.
 */

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as written to the file. */
export function neutraliseCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The value a cell read from the file stands for. */
export function restoreCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
