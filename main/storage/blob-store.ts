/**
 * Content-addressed file store (rendered PDFs, later evidence files): a blob's name is its
 * SHA-256, so a stored file can always be checked against its name and the same content is
 * kept once. Writes go to a temporary file, are flushed, then renamed: a crash leaves either
 * the whole blob or none. Folders are 0700 and files 0600: a rendered notice names the party and
 * their ID number, and is nobody else's business on a shared computer.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';

export class BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('NOT_FOUND', '文件标识无效');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Stores `data` and returns its SHA-256 (hex). Storing the same bytes twice is a no-op. */
  put(data: Buffer): string {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) return sha256;
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
    return sha256;
  }

  /** Reads a blob and checks it still matches its name; a damaged file is reported, never served. */
  get(sha256: string): Buffer {
    const file = this.pathOf(sha256);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', '文件不存在，可能已被移动或删除');
    const data = fs.readFileSync(file);
    if (createHash('sha256').update(data).digest('hex') !== sha256) {
      throw new AppError('BLOB_CORRUPT');
    }
    return data;
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /**
   * Brings blobs written by builds before schema 7 (plain umask, often 0644 / 0755) to 0700 / 0600,
   * once: a marker file records that the store was swept, so later starts cost nothing. New blobs
   * are written with these modes anyway. Returns how many entries were changed.
   */
  tightenExisting(): number {
    if (process.platform === 'win32' || !fs.existsSync(this.root)) return 0;
    const marker = path.join(this.root, TIGHTENED_MARKER);
    if (fs.existsSync(marker)) return 0;
    let changed = 0;
    const tighten = (p: string, mode: number) => {
      if ((fs.lstatSync(p).mode & 0o777) !== mode) {
        fs.chmodSync(p, mode);
        changed++;
      }
    };
    tighten(this.root, 0o700);
    for (const shard of fs.readdirSync(this.root, { withFileTypes: true })) {
      // Only the store's own shape (two-hex-digit folders of blobs); anything else is left as found.
      if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
      const dir = path.join(this.root, shard.name);
      tighten(dir, 0o700);
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) if (f.isFile()) tighten(path.join(dir, f.name), 0o600);
    }
    fs.writeFileSync(marker, 'blobs 0600, folders 0700\n', { mode: 0o600 });
    return changed;
  }
}

const TIGHTENED_MARKER = '.modes-tightened';
