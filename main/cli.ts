/**
 * Batch commands for the administrator and the archivist, run beside (or without) the app:
 *
 *   node --import tsx main/cli.ts audit-verify [--data-dir DIR | --db FILE] [--key-dir DIR]
 *
 * audit-verify walks the 执法全过程记录 chain and prints the verdict in Chinese, era by era: for
 * each key era its entries, where its key is kept (the OS keychain or the key directory) and
 * whether the key could be used. Exit code 0 when the chain is intact, 1 when it is broken, 2 when
 * the command is misused or the database cannot be opened, 3 when no break was found but some
 * era's key was unavailable so its entries' MACs could not be checked. The database is opened
 * read-only and never migrated: checking a record must not change it, whichever build does the
 * checking.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrations';
import { defaultDataDir } from './paths';
import { actionLabel } from './services/audit-labels';
import { openSystemKeychain } from './security/os-keychain';
import { defaultKeyDir, loadEraKeys } from './services/audit-key';
import { verifyAuditChain, type ChainVerdict } from './services/audit-verify';
import { chinaTime } from './services/clock';

const EXIT_INTACT = 0;
const EXIT_BROKEN = 1;
const EXIT_USAGE = 2;
const EXIT_UNCHECKED = 3;

const USAGE = [
  '用法：',
  '  audit-verify [--data-dir 数据目录 | --db 数据库文件] [--key-dir 密钥目录]   校验执法全过程记录是否完整',
  '未指定时使用本机默认数据目录（可由环境变量 ZHIFA_DATA_DIR 指定）；密钥目录默认为数据目录旁的“数据目录-keys”。',
].join('\n');

/** A refusal the user can act on: printed as is, exit code 2. */
class UsageError extends Error {}

const PROBLEMS: Record<NonNullable<ChainVerdict['brokenAt']>['problem'], string> = {
  content: '该条内容与其校验值不符（记录被修改）',
  link: '该条与前一条的链接不符（前面的记录被删除、调换或重新计算）',
  missing: '该条之前缺少记录（记录被删除）',
  mac: '该条的密钥校验码不符（记录被修改后重新计算了记录链）',
  unsigned: '该条处于密钥时期内却没有密钥校验码（记录被无密钥地写入或改写）',
  era: '该条所标的密钥时期与其位置不符，或数据库未登记该时期（密钥时期记录被改动）',
};

const STORES = { keychain: '系统钥匙串', file: '密钥文件' } as const;

function idRange(first: number, last: number | null): string {
  return last === null ? '尚无记录' : first === last ? `第 ${first} 条` : `第 ${first}–${last} 条`;
}

function databaseFileOf(values: { 'data-dir'?: string; db?: string }): string {
  if (values['data-dir'] !== undefined && values.db !== undefined) throw new UsageError('--data-dir 与 --db 只能指定其一');
  // `npm run` starts in the project folder; a relative path means one relative to where the user typed it.
  const from = process.env.INIT_CWD ?? process.cwd();
  if (values.db !== undefined) return path.resolve(from, values.db);
  // The app's file name inside its data directory (main/backend.ts databaseFile).
  return path.join(path.resolve(from, values['data-dir'] ?? defaultDataDir()), 'workstation.sqlite');
}

/** The key directory the app uses beside this database's data directory, unless given. */
function keyDirOf(values: { 'key-dir'?: string }, file: string): string {
  const from = process.env.INIT_CWD ?? process.cwd();
  return values['key-dir'] !== undefined ? path.resolve(from, values['key-dir']) : defaultKeyDir(path.dirname(file));
}

function openReadOnly(file: string): BetterSqlite3.Database {
  if (!fs.existsSync(file)) throw new UsageError(`未找到数据库文件：${file}`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new UsageError(`无法打开本地数据库：${file}（${(e as Error).message}）`);
  }
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > SCHEMA_VERSION) {
      throw new UsageError(
        `数据库（结构版本 ${found}）由更新版本的执法工作站创建，本软件只支持到版本 ${SCHEMA_VERSION}。请升级软件后再打开，切勿降级使用。文件：${file}`,
      );
    }
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get();
    if (!table) throw new UsageError(`该文件不是执法工作站的数据库（没有执法全过程记录）：${file}`);
  } catch (e) {
    db.close();
    if (e instanceof UsageError) throw e;
    throw new UsageError(`无法读取本地数据库：${file}（${(e as Error).message}）`);
  }
  return db;
}

function formatVerdict(v: ChainVerdict, tookMs: number, file: string): string {
  const lines = [`数据库：${file}`, `校验时间：${chinaTime(new Date()).replace('T', ' ')}`, `条目数：${v.entries.toLocaleString('zh-CN')}`, `用时：${tookMs < 1000 ? `${Math.max(1, Math.round(tookMs))} 毫秒` : `${(tookMs / 1000).toFixed(2)} 秒`}`];
  if (v.legacyEntries > 0) lines.push(`早期记录（启用密钥前写入）：${v.legacyEntries.toLocaleString('zh-CN')} 条，按原有记录链校验`);
  for (const e of v.eras) {
    const key = e.keyAvailable ? '密钥可用，已核验校验码' : `密钥不可用（${e.keyProblem}），未能核验校验码`;
    lines.push(`第 ${e.era} 密钥时期：${idRange(e.firstId, e.lastId)}，共 ${e.entries.toLocaleString('zh-CN')} 条，密钥保存于${STORES[e.store]}，${key}`);
  }
  if (v.status === 'intact') {
    lines.push('结论：完整（每一条记录均与其校验值、密钥校验码及前一条记录相符）');
    lines.push('说明：仅凭记录链无法发现最新若干条被整体删除，请与上次校验的条目数核对。');
  } else if (v.status === 'unchecked') {
    lines.push(`结论：未发现断点，但有 ${v.unchecked.toLocaleString('zh-CN')} 条记录所属时期的密钥不可用，无法核验其密钥校验码，不能认定完整`);
  } else {
    const b = v.brokenAt!;
    const era = b.era === null ? '早期记录' : `第 ${b.era} 密钥时期，密钥保存于${STORES[v.eras.find((e) => e.era === b.era)?.store ?? 'keychain']}`;
    lines.push(`结论：第 ${b.id} 条起被篡改（属${era}）`);
    lines.push(`问题：${PROBLEMS[b.problem]}`);
    lines.push(`该条记录：时间 ${b.at.replace('T', ' ')}，操作人 ${b.actorName}，操作 ${actionLabel(b.action)}，对象 ${b.entity} #${b.entityId}`);
  }
  return lines.join('\n') + '\n';
}

async function auditVerify(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, db: { type: 'string' }, 'key-dir': { type: 'string' } }, strict: true });
  const file = databaseFileOf(values);
  const db = openReadOnly(file);
  try {
    const started = performance.now();
    const keys = await loadEraKeys(db, { keychain: openSystemKeychain(), keyDir: keyDirOf(values, file) });
    const verdict = verifyAuditChain(db, keys);
    process.stdout.write(formatVerdict(verdict, performance.now() - started, file));
    return verdict.status === 'intact' ? EXIT_INTACT : verdict.status === 'broken' ? EXIT_BROKEN : EXIT_UNCHECKED;
  } finally {
    db.close();
  }
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  'audit-verify': auditVerify,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`${name === undefined ? '缺少命令' : `未知命令：${name}`}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest);
  } catch (e) {
    const message = e instanceof UsageError ? e.message : argumentProblem(e);
    if (message !== null) {
      process.stderr.write(`${message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`校验未完成：${(e as Error)?.message ?? String(e)}\n`);
    return EXIT_USAGE;
  }
}

/** parseArgs reports bad options with ERR_PARSE_ARGS_* codes and English text; say it in Chinese. */
function argumentProblem(e: unknown): string | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-[^' ]+)/.exec((e as Error).message)?.[1] ?? '';
  const what =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `无法识别的参数 ${option}`
      : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `参数 ${option} 缺少取值`
        : '多余的参数';
  return `参数有误：${what}\n${USAGE}`;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
