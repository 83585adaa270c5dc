/**
 * Visual golden tests: page 1 of every standard form, filled for the case against a person,
 * rasterised by poppler at 50 dpi in gray and compared with the committed image in
 * test/golden/forms. Text checks (render.test.ts) cannot see a shifted table rule, a label
 * printed over a value or a seal placed off the page; these can.
 *
 * Anti-aliasing may differ between poppler/FreeType builds, so a page passes when at most
 * 0.5 % of its pixels differ by more than 48 gray levels. After an intended change of layout,
 * refresh the images with `node --import tsx scripts/update-golden.ts` and look at them.
 *
 * Also here: the PNG reader the comparison relies on (test/support/png.ts), checked against
 * images encoded in this file and against pdftoppm's own output.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import zlib from 'node:zlib';
import type { FormDefinition } from '../../../main/documents/definition';
import { renderDocument } from '../../../main/documents/render';
import { GOLDEN_DIR, goldenName, goldenPath, renderFirstPagePng } from '../../../scripts/update-golden';
import { FORM_DEFINITIONS, formDefinition } from '../../../templates/index';
import { GRAY_THRESHOLD, PngError, compareGray, decodePng, grayLevels, type DecodedPng, type GrayComparison } from '../../support/png';
import { CREATED_AT, INDIVIDUAL_CASE, OFFICE, completed } from './fixtures';
import { toFile } from './pdf-tools';

/** Share of pixels allowed to differ by more than GRAY_THRESHOLD. */
const MAX_RATIO = 0.005;
const REFRESH = 'node --import tsx scripts/update-golden.ts';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-golden-'));
after(() => {
  // Only failing pages leave files behind, for a person to look at.
  if (fs.readdirSync(outDir).length === 0) fs.rmdirSync(outDir);
});

const withinTolerance = (c: GrayComparison) => c.sameSize && c.ratio <= MAX_RATIO;
const percent = (r: number) => `${(r * 100).toFixed(3)} %`;
const readPng = (file: string) => decodePng(fs.readFileSync(file), file);

function requireForm(id: number): FormDefinition {
  const def = formDefinition(id);
  assert.ok(def, `form ${id} is defined`);
  return def;
}

/**
 * Where the differing pixels lie: the page cut into cells, each shown as "." (no pixel
 * differs), "+" (a few) or "#" (more than 5 % of the cell).
 */
function diffMap(a: DecodedPng, b: DecodedPng, cols = 24, rows = 34): string {
  const ga = grayLevels(a);
  const gb = grayLevels(b);
  const cw = Math.ceil(a.width / cols);
  const ch = Math.ceil(a.height / rows);
  const counts = new Array<number>(cols * rows).fill(0);
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = y * a.width + x;
      if (Math.abs(ga[i] - gb[i]) > GRAY_THRESHOLD) counts[Math.floor(y / ch) * cols + Math.floor(x / cw)]++;
    }
  }
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    lines.push(
      counts
        .slice(r * cols, (r + 1) * cols)
        .map((n) => (n === 0 ? '.' : n > 0.05 * cw * ch ? '#' : '+'))
        .join(''),
    );
  }
  return lines.join('\n');
}

function describeDiff(def: FormDefinition, golden: string, fresh: string, g: DecodedPng, f: DecodedPng, c: GrayComparison): string {
  const lines = [
    `式样之${def.id}《${def.name}》, page 1`,
    `golden:   ${golden} (${g.width}×${g.height})`,
    `rendered: ${fresh} (${f.width}×${f.height})`,
  ];
  if (!c.sameSize) lines.push('the sizes differ: the page size or the raster resolution changed');
  lines.push(
    `pixels differing by more than ${GRAY_THRESHOLD} gray levels: ${c.differing} of ${Math.max(g.width, f.width) * Math.max(g.height, f.height)} (${percent(c.ratio)}; allowed ${percent(MAX_RATIO)})`,
  );
  if (c.box) {
    const mm = (px: number) => ((px * 25.4) / 50).toFixed(0);
    const { left, top, right, bottom } = c.box;
    lines.push(`they lie within x ${left}–${right}, y ${top}–${bottom} px (${mm(left)}–${mm(right)} mm from the left, ${mm(top)}–${mm(bottom)} mm from the top at 50 dpi)`);
  }
  if (c.sameSize && c.differing > 0) lines.push('', 'where ("#" many, "+" a few, "." none):', diffMap(g, f));
  lines.push('', `If the change is intended, refresh the goldens with \`${REFRESH}\` and look at the images before committing them.`);
  return `${lines.join('\n')}\n`;
}

describe('golden images of page 1 of every form (pdftoppm, gray, 50 dpi)', () => {
  it('has a golden image for each of the forms and no other', () => {
    const expected = FORM_DEFINITIONS.map((d) => `${goldenName(d)}.png`).sort();
    const present = fs.existsSync(GOLDEN_DIR) ? fs.readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.png')).sort() : [];
    assert.deepEqual(present, expected, `goldens in ${GOLDEN_DIR}; create missing ones with \`${REFRESH}\``);
  });

  for (const def of FORM_DEFINITIONS) {
    it(`式样之${def.id}《${def.name}》 matches ${goldenName(def)}.png`, async () => {
      const golden = goldenPath(def);
      assert.ok(fs.existsSync(golden), `no golden image ${golden}; create it with \`${REFRESH}\``);
      const fresh = await renderFirstPagePng(def, outDir);
      const g = readPng(golden);
      const f = readPng(fresh);
      const c = compareGray(g, f);
      if (withinTolerance(c)) {
        fs.rmSync(fresh);
        return;
      }
      const report = fresh.replace(/\.png$/, '.diff.txt');
      fs.writeFileSync(report, describeDiff(def, golden, fresh, g, f, c));
      assert.fail(
        `page 1 of 式样之${def.id} no longer matches its golden image ` +
          `(${c.sameSize ? `${percent(c.ratio)} of pixels differ, ${percent(MAX_RATIO)} allowed` : `size ${f.width}×${f.height}, golden ${g.width}×${g.height}`}).\n` +
          `  rendered: ${fresh}\n  diff:     ${report}\n  golden:   ${golden}\n` +
          `If the change is intended, refresh the goldens with \`${REFRESH}\`.`,
      );
    });
  }

  it('tells different forms apart: the golden of form 2 against the render of form 15 exceeds the tolerance', async () => {
    const inquiry = requireForm(2);
    const decision = requireForm(15);
    const fresh = await renderFirstPagePng(decision, outDir);
    const c = compareGray(readPng(goldenPath(inquiry)), readPng(fresh));
    fs.rmSync(fresh);
    assert.ok(c.sameSize, 'both forms are A4 portrait, so only the pixel count can fail them');
    assert.ok(c.ratio > MAX_RATIO, `expected more than ${percent(MAX_RATIO)} of pixels to differ, got ${percent(c.ratio)}`);
    assert.equal(withinTolerance(c), false);
  });
});

// ---------------------------------------------------------------------------------------
// The PNG reader, against images made here and against pdftoppm's output.

/** Deterministic bytes covering the whole 0–255 range, so filters wrap around. */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

function predictPaeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [da, db, dc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return da <= db && da <= dc ? a : db <= dc ? b : c;
}

/** Applies PNG filter `type` to one row, as an encoder would. */
function filterRow(type: number, row: Uint8Array, prior: Uint8Array, bpp: number): Uint8Array {
  const out = new Uint8Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp] : 0;
    const b = prior[i];
    const c = i >= bpp ? prior[i - bpp] : 0;
    const predicted = [0, a, b, (a + b) >> 1, predictPaeth(a, b, c)][type];
    out[i] = (row[i] - predicted) & 0xff;
  }
  return out;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

interface EncodeOptions {
  colourType?: number;
  bitDepth?: number;
  interlace?: number;
  /** Filter type of row y; by default rows cycle through all five. */
  filterOf?: (y: number) => number;
  /** Split the compressed data into IDAT chunks of this size. */
  idatSize?: number;
}

function encodePng(width: number, height: number, channels: 1 | 3, pixels: Uint8Array, o: EncodeOptions = {}): Buffer {
  const stride = width * channels;
  const rows: Uint8Array[] = [];
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prior = y === 0 ? new Uint8Array(stride) : pixels.subarray((y - 1) * stride, y * stride);
    const type = (o.filterOf ?? ((r: number) => r % 5))(y);
    rows.push(Uint8Array.of(type), filterRow(type, row, prior, channels));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([o.bitDepth ?? 8, o.colourType ?? (channels === 1 ? 0 : 2), 0, 0, o.interlace ?? 0], 8);
  const data = zlib.deflateSync(Buffer.concat(rows));
  const size = o.idatSize ?? data.length;
  const idats: Buffer[] = [];
  for (let p = 0; p < data.length; p += size) idats.push(chunk('IDAT', data.subarray(p, p + size)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('tEXt', Buffer.from('Comment\0test')), ...idats, chunk('IEND', new Uint8Array(0))]);
}

const gray = (width: number, height: number, pixels: Uint8Array): DecodedPng => ({ width, height, channels: 1, pixels });

describe('PNG reader (test/support/png.ts)', () => {
  for (const channels of [1, 3] as const) {
    it(`reads 8-bit ${channels === 1 ? 'grayscale' : 'RGB'} with every filter type, across split IDAT chunks`, () => {
      const [width, height] = [13, 11];
      const pixels = noise(width * height * channels, 7 + channels);
      const png = encodePng(width, height, channels, pixels, { idatSize: 50 });
      const out = decodePng(png);
      assert.deepEqual({ width: out.width, height: out.height, channels: out.channels }, { width, height, channels });
      assert.deepEqual(out.pixels, pixels);
    });

    for (const type of [0, 1, 2, 3, 4]) {
      it(`undoes filter ${type} alone on ${channels === 1 ? 'grayscale' : 'RGB'} (smooth and noisy rows)`, () => {
        const [width, height] = [9, 6];
        const smooth = Uint8Array.from({ length: width * height * channels }, (_, i) => (i * 37) % 256);
        for (const pixels of [smooth, noise(width * height * channels, 99 + type)]) {
          assert.deepEqual(decodePng(encodePng(width, height, channels, pixels, { filterOf: () => type })).pixels, pixels);
        }
      });
    }
  }

  it('refuses what pdftoppm does not write, saying what it found', () => {
    const px = new Uint8Array(4 * 4);
    const refused: [string, EncodeOptions, RegExp][] = [
      ['interlaced', { interlace: 1 }, /interlaced/],
      ['16-bit', { bitDepth: 16 }, /bit depth 16/],
      ['palette', { colourType: 3 }, /palette/],
      ['gray with alpha', { colourType: 4 }, /colour type 4 \(grayscale with alpha\)/],
      ['RGBA', { colourType: 6 }, /colour type 6 \(RGB with alpha\)/],
    ];
    for (const [what, o, message] of refused) {
      assert.throws(
        () => decodePng(encodePng(4, 4, 1, px, o), 'x.png'),
        (e: unknown) => e instanceof PngError && e.message.startsWith('x.png: ') && message.test(e.message),
        what,
      );
    }
    const good = encodePng(4, 4, 1, px);
    assert.throws(() => decodePng(Buffer.from('GIF89a')), /bad signature/);
    assert.throws(() => decodePng(good.subarray(0, good.length - 12)), /no IEND/);
    const corrupt = Buffer.from(good);
    corrupt[20] ^= 0xff; // inside IHDR
    assert.throws(() => decodePng(corrupt), /CRC mismatch in chunk IHDR/);
    const badFilter = Buffer.from(encodePng(4, 4, 1, px, { filterOf: (y) => (y === 2 ? 5 : 0) }));
    assert.throws(() => decodePng(badFilter), /row 2 has unknown filter type 5/);
  });

  it("reads poppler's output at the size asked for with -scale-to-x/-scale-to-y, gray and RGB alike", async () => {
    const def = requireForm(15);
    const pdf = toFile(await renderDocument(def, completed(def, INDIVIDUAL_CASE), { office: OFFICE, createdAt: CREATED_AT }), 'golden-scale');
    const raster = (tool: 'pdftoppm' | 'pdftocairo', extra: string[], name: string) => {
      const root = path.join(outDir, name);
      execFileSync(tool, ['-png', ...extra, '-scale-to-x', '210', '-scale-to-y', '297', '-f', '1', '-l', '1', '-singlefile', pdf, root]);
      const img = readPng(`${root}.png`);
      fs.rmSync(`${root}.png`);
      assert.deepEqual([img.width, img.height], [210, 297], `${tool} ${extra.join(' ')}`);
      assert.equal(img.pixels.length, 210 * 297 * img.channels);
      return img;
    };
    // pdftoppm 22.12 writes "-png -gray" as RGB with three equal samples; a poppler that
    // writes true grayscale is just as good, as the comparison works on gray levels.
    const ppmGray = raster('pdftoppm', ['-gray'], 'ppm-gray');
    if (ppmGray.channels === 3) {
      const p = ppmGray.pixels;
      const tinted = Array.from({ length: p.length / 3 }, (_, i) => i).filter((i) => p[3 * i] !== p[3 * i + 1] || p[3 * i] !== p[3 * i + 2]);
      assert.equal(tinted.length, 0, 'pdftoppm -gray pixels are neutral');
    }
    const ppmColour = raster('pdftoppm', [], 'ppm-rgb');
    assert.equal(ppmColour.channels, 3);
    // pdftocairo does write 8-bit grayscale PNG: the reader's gray path on real data.
    const cairoGray = raster('pdftocairo', ['-gray'], 'cairo-gray');
    assert.equal(cairoGray.channels, 1);

    // A white page with black print: mostly white, some ink.
    const levels = grayLevels(ppmGray);
    const white = levels.filter((v) => v > 240).length / levels.length;
    assert.ok(white > 0.8 && white < 0.999, `white share ${white}`);
    // All three are the same page seen in gray.
    assert.ok(compareGray(ppmGray, ppmColour).ratio <= MAX_RATIO, 'pdftoppm gray vs colour');
    const cairo = compareGray(ppmGray, cairoGray);
    assert.ok(cairo.ratio <= 0.05, `pdftoppm vs pdftocairo: ${percent(cairo.ratio)}`);
  });

  it('compares gray levels with a threshold of 48 and counts size mismatches', () => {
    const base = new Uint8Array(10 * 10).fill(200);
    const same = compareGray(gray(10, 10, base), gray(10, 10, base.slice()));
    assert.deepEqual(same, { sameSize: true, differing: 0, ratio: 0, box: null });

    const edited = base.slice();
    edited[3 * 10 + 4] = 200 - 48; // at the threshold: alike
    edited[5 * 10 + 6] = 200 - 49; // past it: differs
    edited[7 * 10 + 2] = 255;
    const c = compareGray(gray(10, 10, base), gray(10, 10, edited));
    assert.deepEqual(c, { sameSize: true, differing: 2, ratio: 0.02, box: { left: 2, top: 5, right: 6, bottom: 7 } });

    const wider = compareGray(gray(10, 10, base), gray(12, 10, new Uint8Array(120).fill(200)));
    assert.equal(wider.sameSize, false);
    assert.equal(wider.differing, 20);

    const rgb: DecodedPng = { width: 2, height: 1, channels: 3, pixels: Uint8Array.of(255, 255, 255, 255, 0, 0) };
    assert.deepEqual([...grayLevels(rgb)], [255, 76]);
    assert.equal(compareGray(rgb, gray(2, 1, Uint8Array.of(250, 80))).differing, 0);
  });
});
