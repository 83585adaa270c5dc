import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AppError } from '../../main/contract/errors';
import { BlobStore } from '../../main/storage/blob-store';
import { tempDir } from '../support/backend';

describe('content-addressed blob store', () => {
  it('names a blob by its SHA-256 and returns the same bytes', () => {
    const store = new BlobStore(tempDir());
    const data = Buffer.from('%PDF-1.7 文书');
    const sha = store.put(data);
    assert.equal(sha, createHash('sha256').update(data).digest('hex'));
    assert.deepEqual(store.get(sha), data);
    assert.equal(store.put(data), sha, 'storing again is a no-op');
  });

  it('refuses to serve a file whose content no longer matches its name', () => {
    const root = tempDir();
    const store = new BlobStore(root);
    const sha = store.put(Buffer.from('original'));
    fs.writeFileSync(path.join(root, sha.slice(0, 2), sha), 'tampered');
    assert.throws(() => store.get(sha), (e: unknown) => e instanceof AppError && e.code === 'BLOB_CORRUPT');
  });

  it('rejects names that are not hashes (no path tricks)', () => {
    const store = new BlobStore(tempDir());
    assert.throws(() => store.get('../../etc/passwd'), (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND');
  });

  it('leaves no temporary files behind', () => {
    const root = tempDir();
    const store = new BlobStore(root);
    for (let i = 0; i < 20; i++) store.put(Buffer.from(`blob ${i}`));
    const leftovers = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    assert.deepEqual(leftovers, []);
  });
});
