import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 4: ID cards read through the desk's reader.
 *
 * - `card_read` keeps each successful read as the reader returned it: the 256-byte text block,
 *   the 1 024-byte photo block (WLT, decodable only by the vendor's licensed library) and the
 *   appended address, with the decoded fields. A party registered from a read points at it, which
 *   is what 读卡核验 means; reads never used for a party are removed after a day.
 * - Parties gain the document's 签发机关 and 有效期限, and for foreign permanent residents the
 *   English name and nationality.
 */
export class CardReads0000000000004 implements MigrationInterface {
  name = 'CardReads0000000000004';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE card_read (
        id INTEGER PRIMARY KEY,
        read_at TEXT NOT NULL,
        account_id INTEGER REFERENCES account(id),
        kind TEXT NOT NULL CHECK (kind IN ('resident','hmt_residence','foreign_2017','foreign_2023')),
        reader TEXT NOT NULL,
        sam_id TEXT,
        simulated INTEGER NOT NULL DEFAULT 0,
        text_block BLOB NOT NULL CHECK (length(text_block) = 256),
        photo_block BLOB,
        latest_address TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL,
        party_id INTEGER
      )`,
      `CREATE INDEX ix_card_read_unlinked ON card_read(read_at) WHERE party_id IS NULL`,
      `ALTER TABLE party ADD COLUMN id_issuer TEXT`,
      `ALTER TABLE party ADD COLUMN id_valid_from TEXT`,
      `ALTER TABLE party ADD COLUMN id_valid_until TEXT`,
      `ALTER TABLE party ADD COLUMN english_name TEXT`,
      `ALTER TABLE party ADD COLUMN nationality TEXT`,
      `ALTER TABLE party ADD COLUMN card_read_id INTEGER REFERENCES card_read(id)`,
      `CREATE UNIQUE INDEX ux_party_card_read ON party(card_read_id) WHERE card_read_id IS NOT NULL`,
    ];
    for (const sql of statements) await q.query(sql);
    await q.query('PRAGMA user_version = 4');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS ux_party_card_read');
    for (const col of ['card_read_id', 'nationality', 'english_name', 'id_valid_until', 'id_valid_from', 'id_issuer']) {
      await q.query(`ALTER TABLE party DROP COLUMN ${col}`);
    }
    await q.query('DROP TABLE IF EXISTS card_read');
    await q.query('PRAGMA user_version = 3');
  }
}
