/** Strings of the catalog screens. */
export const catalogMessages = {
} as const;
