/**
 * Which CJK fonts the documents are set in, found on the machine or named in the settings,
 * read and registered once per process (per worker thread), and embedded as subsets.
 *
 * Two roles as on the printed forms: 宋体 for the body, 黑体 for the title. TrueType faces are
 * preferred: pdfkit subsets them ~2.5× faster than CFF-based OpenType (Noto CJK).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type pdfmake from 'pdfmake';
import { engine } from './pdfmake-instance';
import { DocumentError } from './errors';

export type FontRole = 'song' | 'hei';

/** Fonts named in the office settings; a TTC face may be chosen with "file.ttc#PostScriptName". */
export interface FontSettings {
  songPath?: string;
  heiPath?: string;
  /** Face for characters the body face lacks (rare characters in names, CJK Extension B and later). */
  fallbackPath?: string;
}

export interface FontCandidate {
  file: string;
  /** PostScript name of the face inside a TrueType collection. */
  face?: string;
  /** What a person would call it, for messages. */
  name: string;
}

export interface ResolvedFont extends FontCandidate {
  role: FontRole;
  source: 'settings' | 'system';
}

export interface FontEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
}

const ROLE_LABEL: Record<FontRole, string> = { song: '宋体（正文）', hei: '黑体（标题）' };

function windowsFontDirs(env: NodeJS.ProcessEnv): string[] {
  const dirs = [path.win32.join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts')];
  if (env.LOCALAPPDATA) dirs.push(path.win32.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
  return dirs;
}

function notoCandidates(style: 'Serif' | 'Sans'): FontCandidate[] {
  return ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', `/usr/share/fonts/google-noto-${style.toLowerCase()}-cjk-fonts`].map((d) => ({
    file: `${d}/Noto${style}CJK-Regular.ttc`,
    face: `Noto${style}CJKsc-Regular`,
    name: style === 'Serif' ? '思源宋体（Noto Serif CJK SC）' : '思源黑体（Noto Sans CJK SC）',
  }));
}

/**
 * Faces with the widest coverage, for characters the body face lacks: AR PL UMing stops at
 * CJK Extension A, but names on identity cards use Extension B and later (𠮷, 𬌗).
 */
export function fallbackCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}): FontCandidate[] {
  if (platform === 'win32') {
    return windowsFontDirs(env).flatMap((d) => [
      { file: path.win32.join(d, 'simsunb.ttf'), name: '宋体-方正超大字符集（SimSun-ExtB）' },
      { file: path.win32.join(d, 'simsunb.ttc'), face: 'SimSun-ExtB', name: '宋体-ExtB' },
    ]);
  }
  if (platform === 'darwin') return [{ file: '/System/Library/Fonts/Supplemental/Songti.ttc', face: 'STSongti-SC-Regular', name: '宋体-简' }];
  return [...notoCandidates('Serif'), ...notoCandidates('Sans')];
}

/** Candidates in order of preference for a role on a platform. */
export function fontCandidates(role: FontRole, platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}): FontCandidate[] {
  if (platform === 'win32') {
    const inDirs = (file: string, face: string | undefined, name: string) =>
      windowsFontDirs(env).map((d) => ({ file: path.win32.join(d, file), ...(face ? { face } : {}), name }));
    return role === 'song'
      ? [...inDirs('simsun.ttc', 'SimSun', '宋体'), ...inDirs('simsun.ttc', 'NSimSun', '新宋体'), ...inDirs('simsun.ttf', undefined, '宋体')]
      : [...inDirs('simhei.ttf', undefined, '黑体'), ...inDirs('msyh.ttc', 'MicrosoftYaHei', '微软雅黑'), ...inDirs('msyh.ttf', undefined, '微软雅黑')];
  }
  if (platform === 'darwin') {
    return role === 'song'
      ? [
          { file: '/System/Library/Fonts/Supplemental/Songti.ttc', face: 'STSongti-SC-Regular', name: '宋体-简' },
          { file: '/Library/Fonts/Songti.ttc', face: 'STSongti-SC-Regular', name: '宋体-简' },
        ]
      : [
          { file: '/System/Library/Fonts/STHeiti Medium.ttc', face: 'STHeitiSC-Medium', name: '黑体-简' },
          { file: '/System/Library/Fonts/STHeiti Light.ttc', face: 'STHeitiSC-Light', name: '黑体-简' },
          { file: '/System/Library/Fonts/PingFang.ttc', face: 'PingFangSC-Regular', name: '苹方-简' },
        ];
  }
  return role === 'song'
    ? [
        { file: '/usr/share/fonts/truetype/arphic/uming.ttc', face: 'UMingCN', name: '文鼎PL明体（AR PL UMing）' },
        { file: '/usr/share/fonts/arphic-uming/uming.ttc', face: 'UMingCN', name: '文鼎PL明体（AR PL UMing）' },
        ...notoCandidates('Serif'),
      ]
    : [
        { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei', name: '文泉驿微米黑' },
        { file: '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc', face: 'WenQuanYiMicroHei', name: '文泉驿微米黑' },
        { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', face: 'WenQuanYiZenHei', name: '文泉驿正黑' },
        { file: '/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc', face: 'WenQuanYiZenHei', name: '文泉驿正黑' },
        ...notoCandidates('Sans'),
      ];
}

function installAdvice(role: FontRole, platform: NodeJS.Platform): string {
  if (platform === 'win32') {
    return role === 'song'
      ? '请确认系统字体目录中有“宋体”（simsun.ttc），或在“系统设置—文书字体”中指定宋体字体文件。'
      : '请确认系统字体目录中有“黑体”（simhei.ttf）或“微软雅黑”（msyh.ttc），或在“系统设置—文书字体”中指定黑体字体文件。';
  }
  if (platform === 'darwin') {
    return role === 'song'
      ? '请在“字体册”中启用“宋体-简”（Songti SC），或在“系统设置—文书字体”中指定宋体字体文件。'
      : '请在“字体册”中启用“黑体-简”（Heiti SC），或在“系统设置—文书字体”中指定黑体字体文件。';
  }
  return role === 'song'
    ? '请安装字体软件包 fonts-arphic-uming（文鼎PL明体）或 fonts-noto-cjk（思源宋体），或在“系统设置—文书字体”中指定宋体字体文件（.ttf/.ttc/.otf）。'
    : '请安装字体软件包 fonts-wqy-microhei 或 fonts-wqy-zenhei（文泉驿黑体），或在“系统设置—文书字体”中指定黑体字体文件（.ttf/.ttc/.otf）。';
}

/** What to do when a character (a rare one in a name) is in none of the installed faces. */
export function fallbackAdvice(platform: NodeJS.Platform): string {
  if (platform === 'win32') return '请确认系统字体目录中有“宋体-ExtB”（simsunb.ttf），或在“系统设置—文书字体”中指定字符集更全的备用字体。';
  return '请安装字符集更全的字体（如 fonts-noto-cjk 思源宋体），或在“系统设置—文书字体”中指定备用字体。';
}

/** "file.ttc#Face" → file and face; a plain path has no face. */
export function parseFontSpec(spec: string): { file: string; face?: string } {
  const hash = spec.lastIndexOf('#');
  if (hash > 0 && /\.(ttc|otc)$/i.test(spec.slice(0, hash))) return { file: spec.slice(0, hash), face: spec.slice(hash + 1) };
  return { file: spec };
}

/**
 * The face a role will use: the settings' file if one is named (an error if it is missing: a
 * person chose it, silently using another face would surprise them), else the first candidate
 * present. The title role falls back to the body face, since a 宋体 title is still a valid form.
 */
export function resolveFont(role: FontRole, settings: FontSettings, envi: FontEnvironment): ResolvedFont {
  const configured = role === 'song' ? settings.songPath : settings.heiPath;
  if (configured && configured.trim()) {
    const spec = parseFontSpec(configured.trim());
    if (!envi.exists(spec.file)) {
      throw new DocumentError('DOC_FONT_MISSING', `设置中指定的${ROLE_LABEL[role]}字体文件不存在：${spec.file}。请检查“系统设置—文书字体”。`);
    }
    return { role, source: 'settings', ...spec, name: path.basename(spec.file) };
  }
  const found = fontCandidates(role, envi.platform, envi.env).find((c) => envi.exists(c.file));
  if (found) return { role, source: 'system', ...found };
  if (role === 'hei') return { ...resolveFont('song', settings, envi), role: 'hei' };
  throw new DocumentError('DOC_FONT_MISSING', `未找到可嵌入文书的中文${ROLE_LABEL[role]}字体。${installAdvice(role, envi.platform)}`);
}

// ---------------------------------------------------------------------------------------------
// Loading and registration (once per process)

/** The parts of fontkit (pdfkit's own copy) used to check a face before registering it. */
interface FontkitFont {
  postscriptName: string | null;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  directory: { tables: Record<string, unknown> };
}
interface FontkitCollection {
  fonts: FontkitFont[];
}
interface Fontkit {
  create(buffer: Buffer, postscriptName?: string): FontkitFont | FontkitCollection | null;
}

// Using the fontkit pdfkit itself loads guarantees we validate with the same parser that embeds.
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;

/** Characters every form prints: if a face lacks any of them the PDF would show empty boxes. */
const PROBE = '交通运输行政处罚决定书案号当事人年月日零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整〇（）《》〔〕，。、；：□■√0123456789ABCXYZabcxyz';

export interface RegisteredFace {
  /** Family name to use in pdfmake content. */
  family: string;
  resolved: ResolvedFont;
  isCff: boolean;
  bytes: number;
  /** Ascent + descent in em: what pdfmake's `lineHeight: 1` means in this face (pdfkit leaves out the gap). */
  lineEm: number;
  /** Whether the face has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

export interface DocumentFonts {
  song: RegisteredFace;
  hei: RegisteredFace;
}

const registered = new Map<string, RegisteredFace>();
const resolvedBySettings = new Map<string, DocumentFonts>();

const systemEnvironment = (): FontEnvironment => ({ platform: process.platform, env: process.env, exists: (f) => fs.existsSync(f) });

/** `probe` = check the face has what every form prints; a fallback face need not. */
function register(resolved: ResolvedFont, probe = true): RegisteredFace {
  const key = `${resolved.file}#${resolved.face ?? ''}`;
  const known = registered.get(key);
  if (known) return known;
  let data: Buffer;
  try {
    data = fs.readFileSync(resolved.file);
  } catch {
    throw new DocumentError('DOC_FONT_UNREADABLE', `无法读取字体文件：${resolved.file}`);
  }
  let font: FontkitFont | FontkitCollection | null;
  try {
    font = fontkit.create(data, resolved.face);
  } catch {
    throw new DocumentError('DOC_FONT_UNREADABLE', `不是可用的字体文件：${resolved.file}`);
  }
  if (!font) {
    throw new DocumentError('DOC_FONT_UNREADABLE', `字体文件 ${resolved.file} 中没有名为 ${resolved.face ?? ''} 的字体`);
  }
  let face = resolved.face;
  if ('fonts' in font) {
    // A collection named without a face: take its Simplified Chinese member if it says which.
    const members = font.fonts;
    const pick = members.find((m) => /SC|CN|GB|Hans/.test(m.postscriptName ?? '')) ?? members[0];
    if (!pick?.postscriptName) throw new DocumentError('DOC_FONT_UNREADABLE', `字体集 ${resolved.file} 中没有可用的字体`);
    face = pick.postscriptName;
    font = pick;
  }
  const single: FontkitFont = font;
  const missing = probe ? [...PROBE].filter((c) => !single.hasGlyphForCodePoint(c.codePointAt(0) as number)) : [];
  if (missing.length > 0) {
    throw new DocumentError(
      'DOC_FONT_UNREADABLE',
      `字体 ${resolved.name} 缺少文书所需的字符（${missing.slice(0, 10).join('')}），请改用完整的中文字体。${installAdvice(resolved.role, process.platform)}`,
    );
  }
  const vfsName = `zhifa-fonts/${registered.size + 1}${path.extname(resolved.file).toLowerCase()}`;
  engine.virtualfs.writeFileSync(vfsName, data);
  const entry: RegisteredFace = {
    family: `${vfsName}#${face ?? ''}`,
    resolved: { ...resolved, ...(face ? { face } : {}) },
    isCff: 'CFF ' in single.directory.tables,
    bytes: data.length,
    lineEm: (single.ascent - single.descent) / single.unitsPerEm,
    covers: (cp) => single.hasGlyphForCodePoint(cp),
  };
  registered.set(key, entry);
  return entry;
}

/**
 * The fonts for the given settings, read, checked and registered on first use; later calls
 * with the same settings are a map lookup.
 */
export function loadDocumentFonts(settings: FontSettings = {}, envi: FontEnvironment = systemEnvironment()): DocumentFonts {
  const key = `${settings.songPath ?? ''}\u0000${settings.heiPath ?? ''}`;
  const cached = resolvedBySettings.get(key);
  if (cached) return cached;
  const song = register(resolveFont('song', settings, envi));
  const hei = register(resolveFont('hei', settings, envi));
  const fonts = { song, hei };
  resolvedBySettings.set(key, fonts);
  return fonts;
}

const fallbackByKey = new Map<string, RegisteredFace | null>();

/**
 * The face for characters the body face lacks, read and checked on first need only (most
 * documents never need it): the one named in the settings, else the first candidate present
 * that is not the body face itself. Null when there is none.
 */
export function loadFallbackFont(fonts: DocumentFonts, settings: FontSettings = {}, envi: FontEnvironment = systemEnvironment()): RegisteredFace | null {
  const key = `${fonts.song.family}\u0000${settings.fallbackPath ?? ''}`;
  const known = fallbackByKey.get(key);
  if (known !== undefined) return known;
  let chosen: ResolvedFont | undefined;
  if (settings.fallbackPath?.trim()) {
    const spec = parseFontSpec(settings.fallbackPath.trim());
    if (!envi.exists(spec.file)) throw new DocumentError('DOC_FONT_MISSING', `设置中指定的备用字体文件不存在：${spec.file}。请检查“系统设置—文书字体”。`);
    chosen = { role: 'song', source: 'settings', ...spec, name: path.basename(spec.file) };
  } else {
    const body = fonts.song.resolved;
    const c = fallbackCandidates(envi.platform, envi.env).find((x) => envi.exists(x.file) && !(x.file === body.file && (x.face ?? '') === (body.face ?? '')));
    if (c) chosen = { role: 'song', source: 'system', ...c };
  }
  const face = chosen ? register(chosen, false) : null;
  fallbackByKey.set(key, face);
  return face;
}

/**
 * pdfmake font table for a render. Built fresh every time because pdfkit writes the loaded
 * font buffer back into the [file, face] array it is given, which breaks the next render if
 * the array is shared.
 */
export function pdfmakeFontTable(fonts: DocumentFonts, extra: readonly RegisteredFace[] = []): Record<string, pdfmake.FontDescriptor> {
  const table: Record<string, pdfmake.FontDescriptor> = {};
  for (const f of [fonts.song, fonts.hei, ...extra]) {
    const [file] = f.family.split('#');
    const source = (): pdfmake.FontSource => (f.resolved.face ? [file, f.resolved.face] : file);
    // No bold or italic faces exist for these fonts; mapping every style to the regular face
    // keeps a stray `bold` from aborting the render.
    table[f.family] = { normal: source(), bold: source(), italics: source(), bolditalics: source() };
  }
  return table;
}
