import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 1. TypeORM orders migrations by the 13-digit number ending the class name; here it is
 * the migration's sequence number, not a timestamp.
 *
 * The case store's first schema: office, people, the 案由 catalogue, cases, numbering, audit, outbox, search. */
export class Initial0000000000001 implements MigrationInterface {
  name = 'Initial0000000000001';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        short_name TEXT NOT NULL,
        case_number_template TEXT NOT NULL,
        category_abbrevs TEXT NOT NULL,
        demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE officer (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        cert_no TEXT NOT NULL UNIQUE,
        unit TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
      )`,
      `CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk','reviewer','head','archivist','admin')),
        password_hash TEXT NOT NULL,
        officer_id INTEGER REFERENCES officer(id),
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE cause (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        legal_basis TEXT NOT NULL,
        penalty_basis TEXT NOT NULL,
        penalty_range TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
      )`,
      `CREATE INDEX ix_cause_category ON cause(category)`,
      `CREATE TABLE enforcement_case (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        case_number TEXT NOT NULL UNIQUE,
        number_series TEXT NOT NULL,
        number_year INTEGER NOT NULL,
        number_serial INTEGER NOT NULL,
        category TEXT NOT NULL,
        cause_id INTEGER NOT NULL REFERENCES cause(id),
        procedure TEXT NOT NULL CHECK (procedure IN ('general','simple')),
        stage TEXT NOT NULL,
        source TEXT NOT NULL,
        source_detail TEXT NOT NULL DEFAULT '',
        occurred_at TEXT NOT NULL,
        place TEXT NOT NULL,
        facts TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES account(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (number_series, number_year, number_serial)
      )`,
      `CREATE INDEX ix_case_registered ON enforcement_case(registered_at, id)`,
      `CREATE INDEX ix_case_category ON enforcement_case(category, registered_at)`,
      `CREATE INDEX ix_case_stage ON enforcement_case(stage, registered_at)`,
      `CREATE TABLE party (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('individual','organisation')),
        name TEXT NOT NULL,
        gender TEXT,
        ethnicity TEXT,
        birth_date TEXT,
        id_type TEXT,
        id_number TEXT,
        credit_code TEXT,
        legal_rep TEXT,
        legal_rep_title TEXT,
        address TEXT NOT NULL,
        phone TEXT NOT NULL,
        workplace TEXT
      )`,
      `CREATE INDEX ix_party_case ON party(case_id, ordinal)`,
      `CREATE TABLE case_officer (
        case_id INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
        officer_id INTEGER NOT NULL REFERENCES officer(id),
        ordinal INTEGER NOT NULL,
        PRIMARY KEY (case_id, officer_id)
      )`,
      `CREATE INDEX ix_case_officer_officer ON case_officer(officer_id, case_id)`,
      `CREATE TABLE conveyance (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES enforcement_case(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('vehicle','vessel')),
        plate TEXT NOT NULL,
        plate_color TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX ix_conveyance_case ON conveyance(case_id, ordinal)`,
      `CREATE TABLE number_counter (
        series TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_serial INTEGER NOT NULL,
        PRIMARY KEY (series, year)
      )`,
      `CREATE TABLE number_ledger (
        series TEXT NOT NULL,
        year INTEGER NOT NULL,
        serial INTEGER NOT NULL,
        number TEXT NOT NULL UNIQUE,
        case_id INTEGER REFERENCES enforcement_case(id),
        status TEXT NOT NULL CHECK (status IN ('used','void')),
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        PRIMARY KEY (series, year, serial)
      )`,
      `CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id INTEGER,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before_hash TEXT,
        after_hash TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`,
      `CREATE INDEX ix_audit_entity ON audit_log(entity, entity_id)`,
      `CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
      )`,
      // Search: rowid = case id. Trigram answers terms of 3+ characters over everything searchable;
      // the bigram table answers 2-character terms (names, 案由), which trigram cannot match.
      `CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'trigram')`,
      `CREATE VIRTUAL TABLE case_search_bigram USING fts5(grams, tokenize = 'unicode61')`,
      `PRAGMA user_version = 1`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'case_search_bigram', 'case_search', 'sync_outbox', 'audit_log', 'number_ledger', 'number_counter', 'conveyance',
      'case_officer', 'party', 'enforcement_case', 'cause', 'account', 'officer', 'office',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query('PRAGMA user_version = 0');
  }
}
