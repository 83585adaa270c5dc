/**
 * The photo decoder through a real shared library loaded by koffi in a child process: a small C
 * library compiled here stands in for the vendor's licensed one.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { before, describe, it } from 'node:test';
import { encodePng, parseBmp, PHOTO_HEIGHT, PHOTO_WIDTH } from '../../../main/devices/idcard/photo-decoder/image';
import type { DecodeReply } from '../../../main/devices/idcard/photo-decoder/decoder-child';
import { checkPhotoDecoder, decodePhoto, DECODER_CHILD_MODULE, nodeDecoderLauncher } from '../../../main/devices/idcard/photo-decoder/photo-decoder';
import { fixturePhoto } from '../../../main/devices/idcard/simulator/fixtures';

const wlt = fixturePhoto('130102198506151230');

/** The colour fake_wlt.c promises for pixel (x, y), as R, G, B. */
const promised = (x: number, y: number) => [(y * 2) & 0xff, (x * 2) & 0xff, wlt[6 + (x % 200)]];

/** Reads a PNG back (signature, chunk CRCs, IHDR, unfiltered IDAT rows) without trusting our encoder. */
function readPng(png: Buffer): { width: number; height: number; rgb: Buffer } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let o = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (o < png.length) {
    const len = png.readUInt32BE(o);
    const type = png.toString('latin1', o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + len);
    assert.equal(png.readUInt32BE(o + 8 + len), zlib.crc32(png.subarray(o + 4, o + 8 + len)) >>> 0, `${type} CRC`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.deepEqual([data[8], data[9], data[10], data[11], data[12]], [8, 2, 0, 0, 0], '8-bit truecolour, no interlace');
    }
    if (type === 'IDAT') idat.push(data);
    o += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    assert.equal(raw[y * (width * 3 + 1)], 0, 'row filter none');
    raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  }
  return { width, height, rgb };
}

function assertPromisedPicture(png: Buffer) {
  const img = readPng(png);
  assert.deepEqual([img.width, img.height], [PHOTO_WIDTH, PHOTO_HEIGHT]);
  for (const [x, y] of [[0, 0], [101, 0], [0, 125], [101, 125], [37, 64]]) {
    const at = (y * img.width + x) * 3;
    assert.deepEqual([...img.rgb.subarray(at, at + 3)], promised(x, y), `pixel ${x},${y}`);
  }
}

describe('card photo through the vendor decoder library (stand-in compiled from test/fixtures/wlt-decoder)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-wlt-'));
  const lib = path.join(dir, 'libfakewlt.so');
  const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  let libSha = '';
  const cfg = (symbol: string, timeoutMs?: number) => ({ libraryPath: lib, symbol, sha256: libSha, timeoutMs });

  before(() => {
    assert.equal(spawnSync('cc', ['--version']).status, 0, 'a C compiler is needed to build the stand-in decoder: apt-get install build-essential');
    execFileSync('cc', ['-shared', '-fPIC', '-O1', '-o', lib, path.join(__dirname, '..', '..', 'fixtures', 'wlt-decoder', 'fake_wlt.c')]);
    // The folder as an admin would leave it: the account's own, writable by no one else.
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(lib, 0o755);
    libSha = sha(lib);
  });

  it('decodes a photo returned as a bottom-up BMP into a 102 × 126 PNG with the promised pixels', async () => {
    const times: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      last = await decodePhoto(cfg('wlt2bmp'), wlt);
      times.push(performance.now() - t0);
    }
    assert.ok(last?.ok, JSON.stringify(last));
    assertPromisedPicture(last.png);
    times.sort((a, b) => a - b);
    console.log(`photo decode through a child process: median ${times[2].toFixed(0)} ms over 5 runs`);
  });

  it('accepts bare BGR pixels as well', async () => {
    const r = await decodePhoto(cfg('wlt2raw'), wlt);
    assert.ok(r.ok);
    assertPromisedPicture(r.png);
  });

  it('checks the library and its function for the settings page', async () => {
    assert.deepEqual(await checkPhotoDecoder(cfg('wlt2bmp')), { ok: true });
    const missing = await checkPhotoDecoder(cfg('GetBmp'));
    assert.equal(missing.ok, false);
    assert.deepEqual(missing.ok ? null : [missing.code, missing.reason], ['symbol_missing', '相片解码库中没有函数 GetBmp']);
  });

  it('says why when nothing is configured, the file is missing, or it is not a library', async () => {
    const none = await decodePhoto({ libraryPath: '', symbol: 'wlt2bmp', sha256: '' }, wlt);
    assert.equal(!none.ok && none.code, 'not_configured');
    const gone = await decodePhoto({ libraryPath: path.join(dir, 'nope.so'), symbol: 'wlt2bmp', sha256: libSha }, wlt);
    assert.equal(!gone.ok && gone.reason, `找不到相片解码库：${path.join(dir, 'nope.so')}`);
    const text = path.join(dir, 'readme.so');
    fs.writeFileSync(text, '这不是动态库');
    const bad = await decodePhoto({ libraryPath: text, symbol: 'wlt2bmp', sha256: sha(text) }, wlt);
    assert.equal(!bad.ok && bad.code, 'load_failed');
    assert.match(!bad.ok ? bad.reason : '', /^相片解码库无法加载：/);
  });

  it('refuses a library whose SHA-256 is not the pinned one, naming both values', async () => {
    const wrong = 'ab'.repeat(32);
    const r = await decodePhoto({ ...cfg('wlt2bmp'), sha256: wrong }, wlt);
    assert.equal(!r.ok && r.code, 'untrusted');
    assert.equal(!r.ok && r.reason, `相片解码库未通过校验，已拒绝加载：文件的 SHA-256 校验值（${libSha}）与设备设置中填写的（${wrong}）不符`);
    const unpinned = await checkPhotoDecoder({ ...cfg('wlt2bmp'), sha256: '' });
    assert.match(unpinned.ok ? '' : unpinned.reason, /未填写相片解码库的 SHA-256 校验值/);
  });

  it('refuses a library in a folder that group or others can write, and a file they can write', async () => {
    const open = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-wlt-open-'));
    const copy = path.join(open, 'libfakewlt.so');
    fs.copyFileSync(lib, copy);
    fs.chmodSync(copy, 0o755);
    fs.chmodSync(open, 0o775);
    const r = await decodePhoto({ ...cfg('wlt2bmp'), libraryPath: copy }, wlt);
    assert.equal(!r.ok && r.code, 'untrusted');
    assert.equal(!r.ok && r.reason, `相片解码库未通过校验，已拒绝加载：所在文件夹 ${fs.realpathSync(open)} 可被同组或其他用户写入（权限 775）`);
    fs.chmodSync(open, 0o755);
    fs.chmodSync(copy, 0o666);
    const file = await checkPhotoDecoder({ ...cfg('wlt2bmp'), libraryPath: copy });
    assert.match(file.ok ? '' : file.reason, /文件 .*libfakewlt\.so 可被同组或其他用户写入（权限 666）/);
    fs.chmodSync(copy, 0o755);
    assert.deepEqual(await checkPhotoDecoder({ ...cfg('wlt2bmp'), libraryPath: copy }), { ok: true }, 'the same copy, once closed to others, loads');
    fs.rmSync(open, { recursive: true, force: true });
  });

  it('checks again in the child just before loading: a library swapped after the settings were checked is refused', async () => {
    const swap = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-wlt-swap-'));
    const copy = path.join(swap, 'libfakewlt.so');
    fs.copyFileSync(lib, copy);
    assert.deepEqual(await checkPhotoDecoder({ ...cfg('wlt2bmp'), libraryPath: copy }), { ok: true });
    // What reaches the child is a request naming the path; the bytes there are now others.
    fs.appendFileSync(copy, Buffer.from('tampered'));
    const child = nodeDecoderLauncher(DECODER_CHILD_MODULE);
    const reply = await new Promise<DecodeReply>((resolve) => {
      child.onMessage(resolve);
      child.send({ libraryPath: copy, symbol: 'wlt2bmp', sha256: libSha, checkOnly: true, wlt: null });
    });
    assert.equal(reply.ok, false);
    assert.match(!reply.ok ? reply.detail : '', /SHA-256 校验值.*不符/);
    fs.rmSync(swap, { recursive: true, force: true });
  });

  it('refuses a block that is not WLT without starting anything', async () => {
    const r = await decodePhoto(cfg('wlt2bmp'), Buffer.alloc(1024, 0x20));
    assert.deepEqual(r, { ok: false, code: 'not_wlt', reason: '证件相片数据格式不正确' });
  });

  it('passes on the licence refusal of an unlicensed decoder', async () => {
    const r = await decodePhoto(cfg('wlt_unlicensed'), wlt);
    assert.deepEqual(r, { ok: false, code: 'decode_failed', reason: '相片解码库未获授权' });
  });

  it('keeps the backend alive when the vendor library crashes, and decodes again afterwards', async () => {
    const r = await decodePhoto(cfg('wlt_crash'), wlt);
    assert.deepEqual(r, { ok: false, code: 'crashed', reason: '相片解码库运行时崩溃，相片未能显示' });
    assert.ok((await decodePhoto(cfg('wlt2bmp'), wlt)).ok);
  });

  it('kills a decoder that never returns at the time-out', async () => {
    const t0 = Date.now();
    const r = await decodePhoto(cfg('wlt_hang', 1500), wlt);
    const took = Date.now() - t0;
    assert.deepEqual(r, { ok: false, code: 'timeout', reason: '相片解码超时' });
    assert.ok(took >= 1400 && took < 4000, `gave up after ${took} ms`);
    assert.ok((await decodePhoto(cfg('wlt2bmp'), wlt)).ok, 'the next decode runs normally');
  });

  it('parses top-down BMPs and rejects other images', () => {
    const bmp = Buffer.alloc(54 + 2 * 8);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(54, 10);
    bmp.writeInt32LE(2, 18);
    bmp.writeInt32LE(-2, 22);
    bmp.writeUInt16LE(24, 28);
    bmp.set([1, 2, 3, 4, 5, 6], 54); // row 0 (top): two BGR pixels, then 2 bytes of padding
    bmp.set([7, 8, 9, 10, 11, 12], 62);
    assert.deepEqual([...parseBmp(bmp)!.rgb], [3, 2, 1, 6, 5, 4, 9, 8, 7, 12, 11, 10]);
    bmp.writeUInt16LE(8, 28);
    assert.equal(parseBmp(bmp), null, '8-bit palette images are not what decoders return');
    assert.equal(parseBmp(Buffer.from('BMtoo short')), null);
    const png = encodePng({ width: 2, height: 2, rgb: Buffer.from([3, 2, 1, 6, 5, 4, 9, 8, 7, 12, 11, 10]) });
    assert.deepEqual([...readPng(png).rgb], [3, 2, 1, 6, 5, 4, 9, 8, 7, 12, 11, 10]);
  });
});
