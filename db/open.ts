import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type EntityManager, type Logger } from 'typeorm';
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
  /** Log statements slower than this many milliseconds (0: every statement). */
  slowQueryMs?: number;
  /** Migrate only this far (tests build older schemas to migrate from). */
  upTo?: number;
  /** Where query diagnostics go; standard error unless given. */
  log?: (line: string) => void;
}

/**
 * What the store says about its queries. Parameters carry what the office holds about people
 * (ID numbers, names, addresses, phone numbers), and a log file is copied, mailed and kept far
 * longer than a case: so a slow query is reported by its SQL text and time, a failed one by its
 * error message and SQL text, and the parameters of either never.
 */
export function queryLogger(log: (line: string) => void): Logger {
  return {
    logQuery: () => undefined,
    logQuerySlow: (time, query) => log(`[数据库] 慢查询 ${time} ms：${query}`),
    logQueryError: (error, query) => log(`[数据库] 查询失败：${typeof error === 'string' ? error : error.message}；语句：${query}`),
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: (level, message) => {
      if (level === 'warn') log(`[数据库] ${String(message)}`);
    },
  };
}

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * The folder holding the store is the data directory: only its owner may list or enter it. A
 * folder created by an older build (0755) is tightened; a shared sticky folder such as /tmp,
 * should a store ever be opened straight inside one, is left alone.
 */
function keepPrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  const st = fs.statSync(dir);
  if ((st.mode & 0o1000) === 0 && (st.mode & 0o777) !== PRIVATE_DIR) fs.chmodSync(dir, PRIVATE_DIR);
}

/** The database file and its WAL and shared-memory companions, readable by their owner only. */
function keepPrivateFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(f) && (fs.statSync(f).mode & 0o777) !== PRIVATE_FILE) fs.chmodSync(f, PRIVATE_FILE);
  }
}

/**
 * Opens (creating if needed) the case store at `file`, refuses a schema newer than this build,
 * and brings an older one up to date with the numbered migrations.
 */
export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<Database> {
  try {
    keepPrivateDir(path.dirname(file));
    // Created here, 0600, before SQLite opens it: SQLite gives the -wal and -shm it creates the
    // database file's own mode, whatever the process umask.
    fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE));
    keepPrivateFiles(file);
  } catch (e) {
    throw new AppError('DB_OPEN_FAILED', `无法打开本地数据库：${file}（${(e as Error).message}）`);
  }
  const slowMs = opts.slowQueryMs ?? 200;
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: file,
    entities: ENTITIES,
    migrations: MIGRATIONS.slice(0, opts.upTo ?? MIGRATIONS.length),
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    enableWAL: true,
    // TypeORM skips the check when the threshold is 0; -1 makes every statement "slow".
    maxQueryExecutionTime: slowMs > 0 ? slowMs : -1,
    logger: queryLogger(opts.log ?? ((line) => process.stderr.write(line + '\n'))),
    prepareDatabase: (db: import('better-sqlite3').Database) => {
      db.pragma('busy_timeout = 5000');
      // Deleted rows (a withdrawn party's ID number, a replaced password hash) are overwritten
      // with zeros, not left readable in free pages of the file.
      db.pragma('secure_delete = ON');
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
  // A -wal or -shm left by an older build keeps the mode it was made with.
  keepPrivateFiles(file);
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
