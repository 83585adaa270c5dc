/**
 * Characters the body face cannot draw (rare characters in names: 𠮷, 𬌗) are set in a
 * fallback face, run by run, since pdfkit has no per-glyph fallback and would print an empty
 * box in a name on a legal document.
 */
import type pdfmake from 'pdfmake';

type Content = pdfmake.Content;
type Node = pdfmake.Node;

/** Only characters outside ASCII need a look-up: the body face is checked for those on load. */
function needsCheck(cp: number): boolean {
  return cp > 0x7f;
}

function eachText(content: Content, visit: (text: string) => void): void {
  if (typeof content === 'string') {
    visit(content);
    return;
  }
  if (Array.isArray(content)) {
    content.forEach((c) => eachText(c, visit));
    return;
  }
  // A node with its own font (the title) is not set in the body face.
  if (content.font !== undefined) return;
  if (content.text !== undefined) eachText(content.text, visit);
  content.stack?.forEach((c) => eachText(c, visit));
  content.columns?.forEach((c) => eachText(c, visit));
  content.table?.body.forEach((row) => row.forEach((c) => eachText(c, visit)));
}

/** Characters of the content the body face lacks, in order of first appearance. */
export function uncoveredCharacters(content: Content, covers: (cp: number) => boolean): string[] {
  const missing = new Set<string>();
  eachText(content, (text) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      if (needsCheck(cp) && !covers(cp)) missing.add(ch);
    }
  });
  return [...missing];
}

/**
 * How a fallback run is set: its face, and its line height. pdfmake's line height is a factor
 * of the face's own ascent + descent, larger in Noto CJK than in the body face; scaling it keeps
 * a line holding a rare character as high as its neighbours.
 */
interface Fallback {
  covers: (cp: number) => boolean;
  family: string;
  /** Body face's ascent + descent over the fallback face's. */
  ratio: number;
}

/** Runs of a string alternating between the body face (plain) and the fallback face. */
function runs(text: string, fb: Fallback, lineHeight: number, style: Omit<Node, 'text'>): Content[] {
  const { covers, family } = fb;
  const out: Content[] = [];
  let current = '';
  let inFallback = false;
  const flush = () => {
    if (!current) return;
    out.push(inFallback ? { ...style, text: current, font: family, lineHeight: lineHeight * fb.ratio } : Object.keys(style).length ? { ...style, text: current } : current);
    current = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const fallback = needsCheck(cp) && !covers(cp);
    if (fallback !== inFallback) flush();
    inFallback = fallback;
    current += ch;
  }
  flush();
  return out;
}

/**
 * Inline arrays are rebuilt flat: pdfmake drops the style of a node whose text is itself an
 * array (pdfmake issue 1174), so each run carries its node's style (underline, no-wrap) itself.
 */
function inline(items: Content[], fb: Fallback, lineHeight: number): Content[] {
  return items.flatMap((item): Content[] => {
    if (typeof item === 'string') return allCovered(item, fb.covers) ? [item] : runs(item, fb, lineHeight, {});
    if (Array.isArray(item)) return [inline(item, fb, lineHeight)];
    if (item.font !== undefined) return [item];
    const lh = item.lineHeight ?? lineHeight;
    if (typeof item.text === 'string') {
      if (allCovered(item.text, fb.covers)) return [item];
      const { text, ...style } = item;
      return runs(text, fb, lh, style);
    }
    if (Array.isArray(item.text)) return [{ ...item, text: inline(item.text, fb, lh) }];
    return [item];
  });
}

function allCovered(text: string, covers: (cp: number) => boolean): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (needsCheck(cp) && !covers(cp)) return false;
  }
  return true;
}

function block(content: Content, fb: Fallback, lineHeight: number): Content {
  if (typeof content === 'string') {
    if (allCovered(content, fb.covers)) return content;
    const r = runs(content, fb, lineHeight, {});
    return r.length === 1 ? r[0] : { text: r };
  }
  if (Array.isArray(content)) return content.map((c) => block(c, fb, lineHeight));
  if (content.font !== undefined) return content;
  const node: Node = { ...content };
  const lh = node.lineHeight ?? lineHeight;
  if (typeof node.text === 'string' && !allCovered(node.text, fb.covers)) node.text = runs(node.text, fb, lh, {});
  else if (Array.isArray(node.text)) node.text = inline(node.text, fb, lh);
  if (node.stack) node.stack = node.stack.map((c) => block(c, fb, lh));
  if (node.columns) node.columns = node.columns.map((c) => block(c, fb, lh));
  if (node.table) node.table = { ...node.table, body: node.table.body.map((row) => row.map((c) => block(c, fb, lh))) };
  return node;
}

/** The content with every run the body face lacks set in the fallback face. */
export function withFallbackFont(content: Content[], fallback: Fallback, bodyLineHeight: number): Content[] {
  return content.map((c) => block(c, fallback, bodyLineHeight));
}

export type { Fallback };
