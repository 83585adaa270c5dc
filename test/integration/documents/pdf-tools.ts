/**
 * poppler and qpdf as independent checkers of the PDFs the engine writes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-docs-'));
let counter = 0;

/** Writes the PDF to a scratch file (the tools read files) and returns its path. */
export function toFile(pdf: Buffer, name = 'doc'): string {
  const file = path.join(dir, `${name}-${++counter}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

/** `raw`: in the order the PDF draws the text (a rotated line, such as a watermark, reads whole). */
export function pdfText(file: string, opts: { layout?: boolean; raw?: boolean; page?: number } = {}): string {
  const args = [...(opts.raw ? ['-raw'] : opts.layout === false ? [] : ['-layout']), '-enc', 'UTF-8'];
  if (opts.page) args.push('-f', String(opts.page), '-l', String(opts.page));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

/** Text with all white space removed: table columns and wrapped lines still read in order. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

export function pdfFonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      // Columns are right-aligned after the name; the last six are emb sub uni object ID.
      const cells = l.trim().split(/\s+/);
      const n = cells.length;
      return { name: cells[0], type: cells.slice(1, n - 6).join(' '), emb: cells[n - 5], sub: cells[n - 4], uni: cells[n - 3] };
    });
}

export function pageCount(file: string): number {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
}

export function qpdfCheck(file: string): { status: number | null; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

export function sha256(buf: Buffer): string {
  return crypto.createHash('sha256').update(buf).digest('hex');
}
