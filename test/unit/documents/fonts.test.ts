import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentError } from '../../../main/documents/errors';
import { fontCandidates, parseFontSpec, resolveFont, type FontEnvironment } from '../../../main/documents/fonts';

const machine = (platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}): FontEnvironment => ({
  platform,
  env,
  exists: (f) => files.includes(f),
});

const missing = (role: string) => (e: unknown) => e instanceof DocumentError && e.code === 'DOC_FONT_MISSING' && e.message.includes(role);

describe('choosing the document fonts', () => {
  it('prefers the TrueType Ming face for the body on Debian, by its PostScript name', () => {
    const f = resolveFont('song', {}, machine('linux', ['/usr/share/fonts/truetype/arphic/uming.ttc', '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc']));
    assert.equal(f.file, '/usr/share/fonts/truetype/arphic/uming.ttc');
    assert.equal(f.face, 'UMingCN');
    assert.equal(f.source, 'system');
  });

  it('falls back to Noto Serif CJK SC when AR PL UMing is not installed', () => {
    const f = resolveFont('song', {}, machine('linux', ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc']));
    assert.equal(f.face, 'NotoSerifCJKsc-Regular');
  });

  it('uses SimSun from the Windows font folder, wherever Windows is installed', () => {
    const f = resolveFont('song', {}, machine('win32', ['D:\\Win\\Fonts\\simsun.ttc'], { WINDIR: 'D:\\Win' }));
    assert.equal(f.file, 'D:\\Win\\Fonts\\simsun.ttc');
    assert.equal(f.face, 'SimSun');
    const h = resolveFont('hei', {}, machine('win32', ['C:\\Windows\\Fonts\\simhei.ttf', 'C:\\Windows\\Fonts\\msyh.ttc']));
    assert.equal(h.file, 'C:\\Windows\\Fonts\\simhei.ttf');
  });

  it('finds Songti and Heiti on macOS', () => {
    assert.equal(resolveFont('song', {}, machine('darwin', ['/System/Library/Fonts/Supplemental/Songti.ttc'])).face, 'STSongti-SC-Regular');
    assert.equal(resolveFont('hei', {}, machine('darwin', ['/System/Library/Fonts/STHeiti Medium.ttc'])).face, 'STHeitiSC-Medium');
  });

  it('lists the candidates in order of preference for every platform', () => {
    for (const p of ['linux', 'win32', 'darwin'] as const) {
      assert.ok(fontCandidates('song', p).length > 0);
      assert.ok(fontCandidates('hei', p).length > 0);
    }
    assert.equal(fontCandidates('hei', 'linux')[0].face, 'WenQuanYiMicroHei');
  });

  it('takes the font named in the settings, with a face chosen after "#"', () => {
    const f = resolveFont('song', { songPath: '/opt/fonts/FangSong.ttc#FangSong' }, machine('linux', ['/opt/fonts/FangSong.ttc']));
    assert.deepEqual([f.file, f.face, f.source], ['/opt/fonts/FangSong.ttc', 'FangSong', 'settings']);
    assert.deepEqual(parseFontSpec('/a/b.ttf'), { file: '/a/b.ttf' });
    assert.deepEqual(parseFontSpec('/a/c#d/b.ttf'), { file: '/a/c#d/b.ttf' });
  });

  it('refuses a font named in the settings that is not there, rather than silently using another', () => {
    assert.throws(() => resolveFont('song', { songPath: '/opt/none.ttf' }, machine('linux', ['/usr/share/fonts/truetype/arphic/uming.ttc'])), missing('/opt/none.ttf'));
  });

  it('sets titles in the body face when no 黑体 is installed', () => {
    const f = resolveFont('hei', {}, machine('linux', ['/usr/share/fonts/truetype/arphic/uming.ttc']));
    assert.equal(f.face, 'UMingCN');
    assert.equal(f.role, 'hei');
  });

  it('refuses to go on without a CJK body font, saying in Chinese what to install', () => {
    assert.throws(() => resolveFont('song', {}, machine('linux', [])), (e: unknown) => missing('宋体')(e) && (e as Error).message.includes('fonts-arphic-uming'));
    assert.throws(() => resolveFont('song', {}, machine('win32', [])), (e: unknown) => missing('宋体')(e) && (e as Error).message.includes('simsun.ttc'));
    assert.throws(() => resolveFont('song', {}, machine('darwin', [])), missing('宋体'));
  });
});
