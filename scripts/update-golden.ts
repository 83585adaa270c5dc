/**
 * Refreshes the golden images of the document tests (test/golden/forms/NN-slug.png): page 1
 * of each form (the 24 standard ones and the 不予行政处罚决定书), filled from the case against a
 * person as the render tests fill it, rasterised by poppler at 50 dpi in gray.
 *
 *   node --import tsx scripts/update-golden.ts          every form (the 24 式样 and 25)
 *   node --import tsx scripts/update-golden.ts 2 15     only forms 2 and 15
 *
 * Look at the changed images before committing them: the golden test trusts them.
 * The golden test renders through the helpers exported here, so both agree by construction.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { FormDefinition } from '../main/documents/definition';
import { renderDocument } from '../main/documents/render';
import { FORM_DEFINITIONS } from '../templates/index';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, completed } from '../test/integration/documents/fixtures';
import { toFile } from '../test/integration/documents/pdf-tools';
import { decodePng } from '../test/support/png';

export const GOLDEN_DIR = path.resolve(__dirname, '..', 'test', 'golden', 'forms');

/** pdftoppm options for a golden: first page only, gray, 50 dpi, written as `<root>.png`. */
export const RASTER_ARGS: readonly string[] = ['-png', '-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile'];

/** Above this the goldens are too heavy for the repository; something changed the resolution. */
export const TOTAL_BUDGET_BYTES = 2 * 1024 * 1024;

/** File name (without .png) of a form's golden, e.g. "02-inquiry-record". */
export function goldenName(def: FormDefinition): string {
  return `${String(def.id).padStart(2, '0')}-${def.slug}`;
}

export function goldenPath(def: FormDefinition): string {
  return path.join(GOLDEN_DIR, `${goldenName(def)}.png`);
}

/**
 * Renders the form finished for the case against a person, rasterises page 1 into
 * `<outDir>/NN-slug.png` and returns that path.
 */
export async function renderFirstPagePng(def: FormDefinition, outDir: string): Promise<string> {
  const pdf = await renderDocument(def, completed(def, INDIVIDUAL_CASE), { office: OFFICE, createdAt: CREATED_AT });
  const pdfFile = toFile(pdf, goldenName(def));
  const root = path.join(outDir, goldenName(def));
  execFileSync('pdftoppm', [...RASTER_ARGS, pdfFile, root], { stdio: ['ignore', 'ignore', 'pipe'] });
  return `${root}.png`;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).map(Number);
  const unknown = wanted.filter((id) => !FORM_DEFINITIONS.some((d) => d.id === id));
  if (unknown.length) throw new Error(`no such form: ${process.argv.slice(2).join(' ')} (forms are numbered 1–${FORM_DEFINITIONS.length})`);
  const defs = wanted.length ? FORM_DEFINITIONS.filter((d) => wanted.includes(d.id)) : FORM_DEFINITIONS;

  fs.mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const def of defs) {
    const file = await renderFirstPagePng(def, GOLDEN_DIR);
    const png = decodePng(fs.readFileSync(file), file);
    const kb = (fs.statSync(file).size / 1024).toFixed(1);
    console.log(`${path.relative(process.cwd(), file)}  ${png.width}×${png.height}  ${kb} KB`);
  }

  const expected = new Set(FORM_DEFINITIONS.map((d) => `${goldenName(d)}.png`));
  const present = fs.readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.png'));
  for (const stale of present.filter((f) => !expected.has(f))) console.warn(`warning: ${stale} belongs to no form; delete it if the form was renamed`);
  for (const missing of [...expected].filter((f) => !present.includes(f))) console.warn(`warning: no golden yet for ${missing}`);

  const total = present.reduce((n, f) => n + fs.statSync(path.join(GOLDEN_DIR, f)).size, 0);
  console.log(`${present.length} goldens, ${(total / 1024).toFixed(1)} KB in all`);
  if (total > TOTAL_BUDGET_BYTES) {
    console.error(`the goldens exceed ${TOTAL_BUDGET_BYTES / 1024 / 1024} MB: check RASTER_ARGS`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
