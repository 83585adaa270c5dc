/**
 * Where a refused call's messages go on a form: each issue under the box its path names, a
 * refusal that names no box under the box its code is about (USERNAME_TAKEN under 用户名), and
 * everything else in the banner, as the API worded it.
 */
import type { ApiError } from '../../../main/contract/errors';

export interface PlacedRefusal<K extends string> {
  byField: Partial<Record<K, string>>;
  /** For the banner: the message, unless every part of it found its box. */
  banner: string | null;
  /** Issues that belong to no box on the form. */
  items: string[];
}

export function placeRefusal<K extends string>(
  error: ApiError,
  fieldOf: (path: string) => K | null,
  byCode: Partial<Record<string, K>> = {},
): PlacedRefusal<K> {
  const byField: Partial<Record<K, string>> = {};
  const items: string[] = [];
  for (const issue of error.issues ?? []) {
    const field = fieldOf(issue.path);
    if (field) byField[field] ??= issue.message;
    else items.push(issue.message);
  }
  const codeField = byCode[error.code];
  if (Object.keys(byField).length === 0 && codeField) byField[codeField] = error.message;
  const placed = Object.keys(byField).length > 0;
  return { byField, banner: placed && items.length === 0 ? null : error.message, items: items.filter((m) => m !== error.message) };
}

/** A field key from a path among the given keys (exact), e.g. `admin.password` or `trainings.0.hours`. */
export function exactField<K extends string>(keys: readonly K[]): (path: string) => K | null {
  return (path) => keys.find((k) => k === path) ?? null;
}
