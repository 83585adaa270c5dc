/** Strings of the procedure screens. */
export const procedureMessages = {
} as const;
