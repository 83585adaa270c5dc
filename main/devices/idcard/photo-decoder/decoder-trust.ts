/**
 * Whether the vendor's photo decoder may be loaded at all: native code loaded into a process of
 * ours runs with the workstation's rights, so a library someone else could replace is refused.
 * The library is trusted only when
 *   - its folder is owned by root or by the account running the workstation and is not writable
 *     by group or others (nobody else can swap the file),
 *   - the file itself is owned likewise and not writable by group or others (nobody else can
 *     rewrite it in place),
 *   - its SHA-256 is the one the admin pinned in 设备设置 from the vendor's published value.
 * The checks run on the open file (fstat of the descriptor whose bytes are hashed), so the bytes
 * checked are the bytes read. On Windows, where POSIX modes say nothing, only the hash is checked.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export type TrustCheck = { ok: true; bytes: Buffer; realPath: string } | { ok: false; reason: string };

const POSIX = process.platform !== 'win32';
const untrusted = (why: string): TrustCheck => ({ ok: false, reason: `相片解码库未通过校验，已拒绝加载：${why}` });

function ownerOk(st: fs.Stats): boolean {
  const me = process.getuid?.();
  return st.uid === 0 || st.uid === me;
}

/** Reads the library once and checks folder, file and hash against what was read. */
export function readTrustedDecoder(libraryPath: string, expectedSha256: string): TrustCheck {
  const expected = expectedSha256.trim().toLowerCase();
  if (!SHA256_HEX.test(expected)) return untrusted('设备设置中未填写相片解码库的 SHA-256 校验值（应为厂商公布的 64 位十六进制值）');
  if (!path.isAbsolute(libraryPath)) return untrusted(`路径必须是完整路径：${libraryPath}`);
  let real: string;
  try {
    // The folder that matters is the one the file really sits in, not that of a link to it.
    real = fs.realpathSync(libraryPath);
  } catch {
    return untrusted(`找不到文件：${libraryPath}`);
  }
  const folder = path.dirname(real);
  const fd = fs.openSync(real, 'r');
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return untrusted(`不是文件：${real}`);
    if (POSIX) {
      const dir = fs.statSync(folder);
      if (!ownerOk(dir)) return untrusted(`所在文件夹 ${folder} 的所有者不是 root 或本机运行工作站的账户（uid ${dir.uid}）`);
      if ((dir.mode & 0o022) !== 0) return untrusted(`所在文件夹 ${folder} 可被同组或其他用户写入（权限 ${(dir.mode & 0o777).toString(8)}）`);
      if (!ownerOk(st)) return untrusted(`文件 ${real} 的所有者不是 root 或本机运行工作站的账户（uid ${st.uid}）`);
      if ((st.mode & 0o022) !== 0) return untrusted(`文件 ${real} 可被同组或其他用户写入（权限 ${(st.mode & 0o777).toString(8)}）`);
    }
    const bytes = fs.readFileSync(fd);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== expected) return untrusted(`文件的 SHA-256 校验值（${actual}）与设备设置中填写的（${expected}）不符`);
    return { ok: true, bytes, realPath: real };
  } finally {
    fs.closeSync(fd);
  }
}
