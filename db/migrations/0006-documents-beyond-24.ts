/**
 * Migration 6: the document table takes the documents an office issues besides the 24 式样 (form 25,
 * 不予行政处罚决定书, first). Its form_id CHECK said 1–24, and SQLite cannot change a CHECK in place, so
 * the table is rebuilt the way SQLite's ALTER TABLE documentation prescribes: foreign keys off (which
 * is only possible outside a transaction, hence `transaction = false`), then in one transaction of our
 * own create the new table, copy every row, drop the old one, rename, recreate the indexes and the
 * triggers that keep issued documents immutable, and check the foreign keys before committing.
 *
 * TypeORM records the migration after `up` returns; should the process stop in between, `up` runs again
 * and finds the table already rebuilt (it reads the table's definition), so it only stamps the version.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Highest form number the table accepts: the 24 式样 and the documents added after them. */
export const HIGHEST_FORM_ID = 25;

const TABLE = (name: string) => `CREATE TABLE ${name} (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
  form_id INTEGER NOT NULL CHECK (form_id BETWEEN 1 AND ${HIGHEST_FORM_ID}),
  template_version TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  supersedes_id INTEGER REFERENCES document(id),
  status TEXT NOT NULL CHECK (status IN ('draft','issued','superseded')),
  data TEXT NOT NULL,
  pdf_sha256 TEXT,
  created_by INTEGER NOT NULL REFERENCES account(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  issued_by INTEGER REFERENCES account(id),
  issued_at TEXT,
  CHECK ((status = 'draft') = (pdf_sha256 IS NULL))
)`;

const COLUMNS = 'id, case_id, form_id, template_version, version, supersedes_id, status, data, pdf_sha256, created_by, created_at, updated_at, issued_by, issued_at';

/** The indexes and triggers of migration 2, as they were. */
const AFTER = [
  `CREATE INDEX ix_document_case ON document(case_id, form_id, version)`,
  `CREATE UNIQUE INDEX ux_document_supersedes ON document(supersedes_id) WHERE supersedes_id IS NOT NULL`,
  `CREATE TRIGGER document_issued_immutable BEFORE UPDATE ON document
    WHEN OLD.status <> 'draft'
     AND NOT (OLD.status = 'issued' AND NEW.status = 'superseded'
              AND NEW.data IS OLD.data AND NEW.pdf_sha256 IS OLD.pdf_sha256
              AND NEW.template_version IS OLD.template_version AND NEW.issued_at IS OLD.issued_at
              AND NEW.case_id IS OLD.case_id AND NEW.form_id IS OLD.form_id AND NEW.version IS OLD.version)
    BEGIN SELECT RAISE(ABORT, 'DOCUMENT_IMMUTABLE'); END`,
  `CREATE TRIGGER document_issued_undeletable BEFORE DELETE ON document
    WHEN OLD.status <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'DOCUMENT_IMMUTABLE'); END`,
];

async function highestAccepted(q: QueryRunner): Promise<number> {
  const [row] = (await q.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'document'")) as { sql: string }[];
  const m = /form_id BETWEEN 1 AND (\d+)/.exec(row?.sql ?? '');
  return m ? Number(m[1]) : 0;
}

async function rebuild(q: QueryRunner, highest: number): Promise<void> {
  await q.query('PRAGMA foreign_keys = OFF');
  try {
    await q.startTransaction();
    try {
      await q.query(TABLE('document_rebuilt').replace(`BETWEEN 1 AND ${HIGHEST_FORM_ID}`, `BETWEEN 1 AND ${highest}`));
      await q.query(`INSERT INTO document_rebuilt (${COLUMNS}) SELECT ${COLUMNS} FROM document`);
      await q.query('DROP TABLE document');
      await q.query('ALTER TABLE document_rebuilt RENAME TO document');
      for (const s of AFTER) await q.query(s);
      const broken = (await q.query('PRAGMA foreign_key_check')) as unknown[];
      if (broken.length) throw new Error(`重建文书表后有 ${broken.length} 处外键不一致，已撤销`);
      await q.commitTransaction();
    } catch (e) {
      await q.rollbackTransaction();
      throw e;
    }
  } finally {
    await q.query('PRAGMA foreign_keys = ON');
  }
}

export class DocumentsBeyond240000000000006 implements MigrationInterface {
  name = 'DocumentsBeyond240000000000006';
  /** PRAGMA foreign_keys cannot change inside a transaction: this migration runs its own. */
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    if ((await highestAccepted(q)) < HIGHEST_FORM_ID) await rebuild(q, HIGHEST_FORM_ID);
    await q.query('PRAGMA user_version = 6');
  }

  async down(q: QueryRunner): Promise<void> {
    const beyond = (await q.query('SELECT COUNT(*) AS n FROM document WHERE form_id > 24')) as { n: number }[];
    if (Number(beyond[0].n) > 0) throw new Error('本地数据库已有第24种以外的文书，不能回退到旧版本');
    await rebuild(q, 24);
    await q.query('PRAGMA user_version = 5');
  }
}
