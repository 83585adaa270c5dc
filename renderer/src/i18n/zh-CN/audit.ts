/** Strings of the audit screens. */
export const auditMessages = {
} as const;
