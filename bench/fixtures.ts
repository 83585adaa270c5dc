/**
 * Bulk fixture: N generated cases written straight into a migrated database, in the shape the
 * case service writes (case, parties, officers, vehicles, ledger, search rows, audit entry),
 * in one transaction so 100k cases take seconds rather than minutes.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createBackend } from '../main/backend';
import { caseCreateInput, type PartyInput } from '../main/contract/schemas';
import { entryHash, entryMac, GENESIS_HASH, registeredAuditKey, sha256 } from '../main/services/audit';
import { formatCaseNumber, seriesOf, DEFAULT_CASE_NUMBER_TEMPLATE } from '../main/services/case-number';
import { chinaTime } from '../main/services/clock';
import { createRng, sampleCase } from '../main/services/demo/sample-data';
import { searchBigrams, searchBody } from '../main/services/search-text';
import type { Category } from '../main/contract/domain';

export interface FixtureCase {
  id: number;
  caseNumber: string;
  names: string[];
  idNumbers: string[];
  plates: string[];
  causeTitle: string;
}

export async function buildCaseFixture(dataDir: string, count: number, seed = 1): Promise<FixtureCase[]> {
  const backend = await createBackend({ dataDir, host: 'browser', demoCases: 0, demo: true, log: () => undefined });
  // The backend's start-up purge of stale card reads holds the database lock; the raw writes below wait for it.
  await backend.db.read(async () => undefined);
  const raw = backend.db.raw();
  const causes = raw.prepare('SELECT id, category, title FROM cause').all() as { id: number; category: Category; title: string }[];
  const officers = raw.prepare('SELECT id, name FROM officer').all() as { id: number; name: string }[];
  const causeIds = {} as Record<Category, number[]>;
  for (const c of causes) (causeIds[c.category] ??= []).push(c.id);
  const causeTitle = new Map(causes.map((c) => [c.id, c.title]));
  const agency = (raw.prepare('SELECT short_name AS s FROM office').get() as { s: string }).s;
  const series = seriesOf(DEFAULT_CASE_NUMBER_TEMPLATE, { agency, categoryAbbrev: '' });

  const insCase = raw.prepare(`INSERT INTO enforcement_case (uid, case_number, number_series, number_year, number_serial, category, cause_id, procedure, stage, source, source_detail, occurred_at, place, facts, registered_at, created_by, created_at, updated_at, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1)`);
  const insParty = raw.prepare(`INSERT INTO party (case_id, ordinal, kind, name, gender, ethnicity, birth_date, id_type, id_number, credit_code, legal_rep, legal_rep_title, address, phone, workplace)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insOfficer = raw.prepare('INSERT INTO case_officer (case_id, officer_id, ordinal) VALUES (?, ?, ?)');
  const insVehicle = raw.prepare('INSERT INTO conveyance (case_id, ordinal, kind, plate, plate_color, model) VALUES (?, ?, ?, ?, ?, ?)');
  const insLedger = raw.prepare("INSERT INTO number_ledger (series, year, serial, number, case_id, status, reason, at) VALUES (?, ?, ?, ?, ?, 'used', '', ?)");
  const insCounter = raw.prepare('INSERT INTO number_counter (series, year, last_serial) VALUES (?, ?, ?) ON CONFLICT (series, year) DO UPDATE SET last_serial = excluded.last_serial');
  const insSearch = raw.prepare('INSERT INTO case_search (rowid, body) VALUES (?, ?)');
  const insBigram = raw.prepare('INSERT INTO case_search_bigram (rowid, grams) VALUES (?, ?)');
  const insAudit = raw.prepare(`INSERT INTO audit_log (at, actor_id, actor_name, action, entity, entity_id, before_hash, after_hash, detail, prev_hash, hash, era, mac)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Signed as appendAudit signs them, chained on to what the backend wrote at start, so the fixture's log verifies.
  const signing = registeredAuditKey(backend.db.dataSource);
  if (!signing) throw new Error('the backend registered no audit key');

  const rng = createRng(seed);
  const out: FixtureCase[] = [];
  const serials = new Map<number, number>();
  let prevHash = (raw.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? GENESIS_HASH;
  raw.transaction(() => {
    for (let i = 0; i < count; i++) {
      const input = caseCreateInput.parse(sampleCase(rng, { causeIds, causeTitles: Object.fromEntries(causeTitle), officerIds: officers.map((o) => o.id) }));
      const registeredAt = chinaTime(new Date(Date.parse(`${input.occurredAt}:00+08:00`) + 86_400_000));
      const year = Number(registeredAt.slice(0, 4));
      const serial = (serials.get(year) ?? 0) + 1;
      serials.set(year, serial);
      const caseNumber = formatCaseNumber(DEFAULT_CASE_NUMBER_TEMPLATE, { agency, categoryAbbrev: '', year, serial });
      const id = Number(
        insCase.run(randomUUID(), caseNumber, series, year, serial, input.category, input.causeId, input.procedure, 'registered', input.source, input.sourceDetail, input.occurredAt, input.place, input.facts, registeredAt, registeredAt, registeredAt).lastInsertRowid,
      );
      input.parties.forEach((p: PartyInput, n) => {
        if (p.kind === 'individual') insParty.run(id, n, p.kind, p.name, p.gender, p.ethnicity ?? null, p.birthDate, p.idType, p.idNumber, null, null, null, p.address, p.phone, p.workplace);
        else insParty.run(id, n, p.kind, p.name, null, null, null, null, null, p.creditCode, p.legalRep, p.legalRepTitle, p.address, p.phone, null);
      });
      input.officerIds.forEach((o, n) => insOfficer.run(id, o, n));
      input.conveyances.forEach((v, n) => insVehicle.run(id, n, v.kind, v.plate, v.plateColor, v.model));
      insLedger.run(series, year, serial, caseNumber, id, registeredAt);
      insCounter.run(series, year, serial);
      const searchable = {
        caseNumber,
        causeTitle: causeTitle.get(input.causeId) ?? '',
        place: input.place,
        partyNames: input.parties.map((p) => p.name),
        idNumbers: input.parties.map((p) => (p.kind === 'individual' ? p.idNumber : p.creditCode)),
        phones: input.parties.map((p) => p.phone),
        plates: input.conveyances.map((v) => v.plate),
      };
      insSearch.run(id, searchBody(searchable));
      insBigram.run(id, searchBigrams(searchable));
      const entry = {
        at: registeredAt, actorId: 1, actorName: '李明（clerk）', action: 'case.register', entity: 'case', entityId: String(id),
        beforeHash: null, afterHash: sha256(caseNumber), detail: `立案 ${caseNumber}`, changes: '', prevHash, era: signing.era,
      };
      prevHash = entryHash(entry);
      insAudit.run(entry.at, entry.actorId, entry.actorName, entry.action, entry.entity, entry.entityId, entry.beforeHash, entry.afterHash, entry.detail, entry.prevHash, prevHash, signing.era, entryMac(signing.key, prevHash));
      out.push({ id, caseNumber, names: searchable.partyNames, idNumbers: searchable.idNumbers, plates: searchable.plates, causeTitle: searchable.causeTitle });
    }
  })();
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.exec('ANALYZE');
  await backend.close();
  return out;
}

export const FIXTURE_FILE = (dataDir: string) => path.join(dataDir, 'workstation.sqlite');
