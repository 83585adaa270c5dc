import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 2: documents (文书) and office settings.
 *
 * A document row holds the filled data (JSON), the template version used and, once issued, the
 * SHA-256 of the rendered PDF, which lives content-addressed on disk. Issued documents are
 * immutable at the database level: a trigger refuses any change but marking one superseded by
 * its correction.
 */
export class Documents0000000000002 implements MigrationInterface {
  name = 'Documents0000000000002';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE document (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES enforcement_case(id),
        form_id INTEGER NOT NULL CHECK (form_id BETWEEN 1 AND 24),
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
      )`,
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
      `CREATE TABLE office_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `PRAGMA user_version = 2`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS office_setting');
    await q.query('DROP TRIGGER IF EXISTS document_issued_undeletable');
    await q.query('DROP TRIGGER IF EXISTS document_issued_immutable');
    await q.query('DROP TABLE IF EXISTS document');
    await q.query('PRAGMA user_version = 1');
  }
}
