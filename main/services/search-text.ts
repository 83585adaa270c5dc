/**
 * What the case search indexes and how a query is cut into index terms.
 *
 * Two FTS5 tables carry the search: a trigram table over everything searchable (answers terms of
 * three or more characters anywhere in the text), and a table of character bigrams of names and
 * 案由 (answers two-character terms such as 2-character Chinese names, which trigram cannot).
 * Officers are not indexed: their cases are found with the officer filter, and an officer's name
 * would otherwise match every case they handled.
 */
import { AppError } from '../contract/errors';

/** Brackets and separators people type in many ways: dropped on both sides so 〔2026〕, [2026] and (2026) all match. */
const NOISE = /[\s·・〔〕[\]()（）【】「」〈〉《》"'“”‘’,，.。、:：;；/\\-]+/g;

export function normaliseSearchText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(NOISE, '')
    .toUpperCase();
}

export interface Searchable {
  caseNumber: string;
  causeTitle: string;
  place: string;
  partyNames: string[];
  idNumbers: string[];
  phones: string[];
  plates: string[];
}

export function searchBody(s: Searchable): string {
  return [s.caseNumber, s.causeTitle, s.place, ...s.partyNames, ...s.idNumbers, ...s.phones, ...s.plates]
    .map(normaliseSearchText)
    .filter(Boolean)
    .join(' ');
}

function bigramsOf(field: string): string[] {
  const chars = [...normaliseSearchText(field)];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

export function searchBigrams(s: Searchable): string {
  const grams = new Set<string>();
  for (const f of [s.causeTitle, ...s.partyNames]) for (const g of bigramsOf(f)) grams.add(g);
  // unicode61 splits on anything that is not a letter or digit, so a gram like "A·" would split; keep only clean ones.
  return [...grams].filter((g) => /^[\p{L}\p{N}]{2}$/u.test(g)).join(' ');
}

export interface SearchTerms {
  trigram: string[];
  bigram: string[];
}

function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** Splits the user's query into index terms; every term must match (AND). */
export function parseSearchQuery(text: string): SearchTerms {
  const terms = text
    .split(/\s+/)
    .map(normaliseSearchText)
    .filter(Boolean);
  const out: SearchTerms = { trigram: [], bigram: [] };
  for (const t of terms) {
    const length = [...t].length;
    if (length < 2) throw new AppError('SEARCH_TERM_TOO_SHORT', `检索词“${t}”太短，请至少输入两个字`);
    if (length === 2) out.bigram.push(ftsPhrase(t));
    else out.trigram.push(ftsPhrase(t));
  }
  return out;
}
