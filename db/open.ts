import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../main/contract/errors';
import { ENTITIES } from './entities';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { Mutex } from './mutex';

export interface Database {
  readonly dataSource: DataSource;
  readonly file: string;
  /** Runs `fn` alone on the connection: nothing else interleaves between its awaits. */
  read<T>(fn: (m: EntityManager) => Promise<T>): Promise<T>;
  /** Runs `fn` in one transaction, alone on the connection; a throw rolls everything back. */
  write<T>(fn: (m: EntityManager) => Promise<T>): Promise<T>;
  /** Raw handle for bulk jobs (bench fixtures, integrity checks). Synchronous; use inside read/write. */
  raw(): import('better-sqlite3').Database;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Log statements slower than this many milliseconds. */
  slowQueryMs?: number;
  /** Migrate only this far (tests build older schemas to migrate from). */
  upTo?: number;
}

/**
 * Opens (creating if needed) the case store at `file`, refuses a schema newer than this build,
 * and brings an older one up to date with the numbered migrations.
 */
export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<Database> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: file,
    entities: ENTITIES,
    migrations: MIGRATIONS.slice(0, opts.upTo ?? MIGRATIONS.length),
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    enableWAL: true,
    maxQueryExecutionTime: opts.slowQueryMs ?? 200,
    logging: ['error', 'warn'],
    prepareDatabase: (db: import('better-sqlite3').Database) => {
      db.pragma('busy_timeout = 5000');
      // A committed case must survive a power cut, not only a crash of the process.
      db.pragma('synchronous = FULL');
      // Office-wide passes (deadline recompute, dashboard, audit verify) read far more than the 2 MiB
      // default cache holds; memory-mapped reads spare a copy per page.
      db.pragma('cache_size = -65536');
      db.pragma('mmap_size = 268435456');
    },
  });
  try {
    await ds.initialize();
  } catch (e) {
    throw new AppError('DB_OPEN_FAILED', `无法打开本地数据库：${file}（${(e as Error).message}）`);
  }
  try {
    const [{ user_version: found }] = (await ds.query('PRAGMA user_version')) as { user_version: number }[];
    if (found > SCHEMA_VERSION) {
      throw new AppError(
        'DB_SCHEMA_TOO_NEW',
        `数据库（结构版本 ${found}）由更新版本的执法工作站创建，本软件只支持到版本 ${SCHEMA_VERSION}。请升级软件后再打开，切勿降级使用。文件：${file}`,
      );
    }
    // No integrity scan here: on a 100k-case store it costs seconds of every start. SQLite reports
    // a damaged page when it reads one; a full check is a maintenance task.
    await ds.runMigrations({ transaction: 'each' });
  } catch (e) {
    await ds.destroy();
    throw e;
  }

  const lock = new Mutex();
  const raw = () => (ds.driver as unknown as { databaseConnection: import('better-sqlite3').Database }).databaseConnection;
  return {
    dataSource: ds,
    file,
    read: (fn) => lock.run(() => fn(ds.manager)),
    write: (fn) => lock.run(() => ds.transaction((m) => fn(m))),
    raw,
    close: async () => {
      await lock.run(async () => {
        if (ds.isInitialized) await ds.destroy();
      });
    },
  };
}

export { SCHEMA_VERSION };
