/** 案件: registration (立案), retrieval and search. */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  CaseOfficerRow,
  CaseRow,
  CauseRow,
  ConveyanceRow,
  NumberLedgerRow,
  OfficeRow,
  OfficerRow,
  PartyRow,
  officerCategories,
} from '../../db/entities';
import type { Database } from '../../db/open';
import type { Category } from '../contract/domain';
import { AppError, ERROR_MESSAGES } from '../contract/errors';
import { cardSummaries, claimCardReads, linkCardReads } from './card-reads';
import type { CaseDetail, CasePage, CaseSummary, Cause, Officer, Party } from '../contract/schemas';
import type { CallParsedInput } from '../contract/api';
import { maskIdNumber } from '../contract/validation';
import { ARCHIVIST_STAGES, caseAccess, refusalOf, type Viewer } from './access';
import { appendAudit, type Actor } from './audit';
import { formatCaseNumber, seriesOf } from './case-number';
import type { Clock } from './clock';
import { refreshCaseDeadlines } from './deadlines';
import { enqueueOutbox } from './outbox';
import { credentialsOf, CREDENTIAL_COLUMNS } from './officers';
import { officerQualification, unqualifiedOfficers } from '../procedure/officer-qualification';
import { parseSearchQuery, searchBigrams, searchBody } from './search-text';

type CreateInput = CallParsedInput<'cases.create'>;
type Query = CallParsedInput<'cases.search'>;

export async function nextCaseNumber(m: EntityManager, category: Category, year: number): Promise<{ series: string; serial: number; caseNumber: string }> {
  const office = await m.findOneByOrFail(OfficeRow, { id: 1 });
  const abbrevs = JSON.parse(office.categoryAbbrevs) as Record<string, string>;
  const parts = { agency: office.shortName, categoryAbbrev: abbrevs[category] ?? '' };
  const series = seriesOf(office.caseNumberTemplate, parts);
  const rows = (await m.query('SELECT last_serial AS s FROM number_counter WHERE series = ? AND year = ?', [series, year])) as { s: number }[];
  const serial = (rows[0]?.s ?? 0) + 1;
  return { series, serial, caseNumber: formatCaseNumber(office.caseNumberTemplate, { ...parts, year, serial }) };
}

/** Takes the next number of the series inside the caller's transaction and records it in the ledger. */
async function issueCaseNumber(m: EntityManager, category: Category, year: number, at: string) {
  const n = await nextCaseNumber(m, category, year);
  await m.query(
    `INSERT INTO number_counter (series, year, last_serial) VALUES (?, ?, ?)
     ON CONFLICT (series, year) DO UPDATE SET last_serial = excluded.last_serial`,
    [n.series, year, n.serial],
  );
  const clash = await m.query('SELECT 1 FROM enforcement_case WHERE case_number = ?', [n.caseNumber]);
  if (clash.length) {
    // Only possible when the template was changed to collide with an older series: never reuse a number.
    throw new AppError('CASE_NUMBER_TEMPLATE_INVALID', `案号 ${n.caseNumber} 已被使用，请检查案号模板设置`);
  }
  return { ...n, at };
}

export async function createCase(db: Database, actor: Actor, input: CreateInput, clock: Clock): Promise<CaseDetail> {
  const id = await db.write(async (m) => {
    const now = clock.now();
    const cause = await m.findOneBy(CauseRow, { id: input.causeId, active: true });
    if (!cause) throw new AppError('VALIDATION_FAILED', '请从案由目录中选择案由', [{ path: 'causeId', message: '请从案由目录中选择案由' }]);
    if (cause.category !== input.category) {
      throw new AppError('CASE_CAUSE_CATEGORY_MISMATCH', undefined, [{ path: 'causeId', message: '所选案由不属于该执法门类' }]);
    }
    const officers = input.officerIds.length
      ? ((await m.query(`SELECT o.id, ${CREDENTIAL_COLUMNS} FROM officer o WHERE o.id IN (${input.officerIds.map(() => '?').join(',')})`, input.officerIds)) as ({
          id: number;
        } & Parameters<typeof credentialsOf>[0])[])
      : [];
    if (officers.length !== input.officerIds.length) {
      throw new AppError('VALIDATION_FAILED', '所选执法人员不存在', [{ path: 'officerIds', message: '所选执法人员不存在' }]);
    }
    // 行政处罚法 第四十二条: each officer assigned at 立案 holds a certificate in force today that covers the case's category.
    const unqualified = unqualifiedOfficers(officers.map(credentialsOf), input.category, now);
    if (unqualified.length) {
      const detail = unqualified.join('；');
      throw new AppError('OFFICER_NOT_QUALIFIED', `执法人员不具备执法资格，不能指派（行政处罚法 第四十二条）：${detail}`, [{ path: 'officerIds', message: detail }]);
    }
    if (officers.length < 2) {
      throw new AppError('CASE_OFFICERS_TOO_FEW', undefined, [{ path: 'officerIds', message: ERROR_MESSAGES.CASE_OFFICERS_TOO_FEW }]);
    }

    const year = Number(now.slice(0, 4));
    const number = await issueCaseNumber(m, input.category, year, now);
    const inserted = await m.insert(CaseRow, {
      uid: randomUUID(),
      caseNumber: number.caseNumber,
      numberSeries: number.series,
      numberYear: year,
      numberSerial: number.serial,
      category: input.category,
      causeId: cause.id,
      procedure: input.procedure,
      stage: 'registered',
      source: input.source,
      sourceDetail: input.sourceDetail,
      occurredAt: input.occurredAt,
      place: input.place,
      facts: input.facts,
      registeredAt: now,
      createdBy: actor.id ?? 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
      procedureState: '{}',
      // 普通程序: the head approves the 立案; 简易程序: the clerk decides on the spot.
      awaiting: input.procedure === 'general' ? 'head' : 'clerk',
      awaitingSince: now,
    });
    const caseId = Number(inserted.identifiers[0].id);
    await m.insert(NumberLedgerRow, {
      series: number.series,
      year,
      serial: number.serial,
      number: number.caseNumber,
      caseId,
      status: 'used',
      reason: '',
      at: now,
    });
    const reads = await claimCardReads(m, input.parties, now, actor.id);
    const partyInsert = await m.insert(
      PartyRow,
      input.parties.map((p, ordinal) =>
        p.kind === 'individual'
          ? {
              caseId, ordinal, kind: p.kind, name: p.name, gender: p.gender, ethnicity: p.ethnicity ?? null, birthDate: p.birthDate,
              idType: p.idType, idNumber: p.idNumber, creditCode: null, legalRep: null, legalRepTitle: null,
              address: p.address, phone: p.phone, workplace: p.workplace,
              idIssuer: p.idIssuer || null, idValidFrom: p.idValidFrom || null, idValidUntil: p.idValidUntil || null,
              englishName: p.englishName || null, nationality: p.nationality || null, cardReadId: p.cardReadId ?? null,
            }
          : {
              caseId, ordinal, kind: p.kind, name: p.name, gender: null, ethnicity: null, birthDate: null, idType: null,
              idNumber: null, creditCode: p.creditCode, legalRep: p.legalRep, legalRepTitle: p.legalRepTitle,
              address: p.address, phone: p.phone, workplace: null,
              idIssuer: null, idValidFrom: null, idValidUntil: null, englishName: null, nationality: null, cardReadId: null,
            },
      ),
    );
    await linkCardReads(m, reads, partyInsert.identifiers.map((i) => Number(i.id)));
    await m.insert(CaseOfficerRow, input.officerIds.map((officerId, ordinal) => ({ caseId, officerId, ordinal })));
    if (input.conveyances.length) {
      await m.insert(ConveyanceRow, input.conveyances.map((c, ordinal) => ({ caseId, ordinal, ...c })));
    }
    const searchable = {
      caseNumber: number.caseNumber,
      causeTitle: cause.title,
      place: input.place,
      partyNames: input.parties.map((p) => p.name),
      idNumbers: input.parties.map((p) => (p.kind === 'individual' ? p.idNumber : p.creditCode)),
      phones: input.parties.map((p) => p.phone),
      plates: input.conveyances.map((c) => c.plate),
    };
    await m.query('INSERT INTO case_search (rowid, body) VALUES (?, ?)', [caseId, searchBody(searchable)]);
    await m.query('INSERT INTO case_search_bigram (rowid, grams) VALUES (?, ?)', [caseId, searchBigrams(searchable)]);

    const detail = await loadDetail(m, caseId);
    await appendAudit(m, {
      actor,
      at: now,
      action: 'case.register',
      entity: 'case',
      entityId: caseId,
      after: detail,
      note: `立案 ${number.caseNumber}`,
    });
    await enqueueOutbox(m, { entity: 'case', entityId: detail.caseNumber, op: 'create', payload: detail, at: now });
    await refreshCaseDeadlines(m, caseId);
    return caseId;
  });
  return getCase(db, id);
}

/**
 * A case as `viewer` sees it, with what they may do in it (按案授权); refused when the rule does not
 * let them see it. Without a viewer (the services' own reads) nothing is open in `access`.
 */
export function getCase(db: Database, id: number, viewer?: Viewer): Promise<CaseDetail> {
  return db.read(async (m) => withAccess(await loadDetail(m, id), viewer ?? null));
}

/** The caller's rights, read from the case as loaded: no query beyond the case's own. */
export function withAccess(detail: CaseRecord, viewer: Viewer | null): CaseDetail {
  if (!viewer) return { ...detail, access: { draft: false, act: false, reason: ERROR_MESSAGES.NOT_AUTHENTICATED } };
  const facts = { caseId: detail.id, caseNumber: detail.caseNumber, stage: detail.stage, officers: detail.officers };
  const no = refusalOf(viewer, facts, 'view');
  if (no) throw new AppError(no.code, no.message);
  return { ...detail, access: caseAccess(viewer, facts) };
}

/** A case without the caller's rights: what is stored, audited and synced. */
type CaseRecord = Omit<CaseDetail, 'access'>;

async function loadDetail(m: EntityManager, id: number): Promise<CaseRecord> {
  const c = await m.findOneBy(CaseRow, { id });
  if (!c) throw new AppError('NOT_FOUND', '未找到该案件');
  const cause = await m.findOneByOrFail(CauseRow, { id: c.causeId });
  const officers = (await m.query(
    `SELECT o.id, o.name, o.cert_no AS certNo, o.unit, o.active FROM case_officer co JOIN officer o ON o.id = co.officer_id
     WHERE co.case_id = ? ORDER BY co.ordinal`,
    [id],
  )) as (Omit<Officer, 'active'> & { active: number })[];
  const parties = await m.find(PartyRow, { where: { caseId: id }, order: { ordinal: 'ASC' } });
  const cards = await cardSummaries(m, parties, c.registeredAt);
  const conveyances = await m.find(ConveyanceRow, { where: { caseId: id }, order: { ordinal: 'ASC' } });
  const creator = (await m.query('SELECT display_name AS n FROM account WHERE id = ?', [c.createdBy])) as { n: string }[];
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    category: c.category,
    cause: toCause(cause),
    procedure: c.procedure,
    stage: c.stage,
    source: c.source,
    sourceDetail: c.sourceDetail,
    occurredAt: c.occurredAt,
    place: c.place,
    facts: c.facts,
    registeredAt: c.registeredAt,
    createdBy: creator[0]?.n ?? '',
    officers: officers.map((o) => ({ ...o, active: Boolean(o.active) })),
    parties: parties.map(
      (p): Party => ({
        id: p.id, kind: p.kind, name: p.name, gender: p.gender, ethnicity: p.ethnicity, birthDate: p.birthDate,
        idType: p.idType, idNumber: p.idNumber, creditCode: p.creditCode, legalRep: p.legalRep,
        legalRepTitle: p.legalRepTitle, address: p.address, phone: p.phone, workplace: p.workplace,
        idIssuer: p.idIssuer, idValidFrom: p.idValidFrom, idValidUntil: p.idValidUntil, englishName: p.englishName,
        nationality: p.nationality, card: cards.get(p.id) ?? null,
      }),
    ),
    conveyances: conveyances.map((v) => ({ id: v.id, kind: v.kind, plate: v.plate, plateColor: v.plateColor, model: v.model })),
    version: c.version,
  };
}

export function toCause(c: CauseRow): Cause {
  return {
    id: c.id, category: c.category, code: c.code, title: c.title, legalBasis: c.legalBasis, penaltyBasis: c.penaltyBasis,
    penaltyRange: c.penaltyRange, fineMin: c.fineMin, fineMax: c.fineMax, discretion: JSON.parse(c.discretion) as Cause['discretion'],
  };
}

/** Above this many text hits, walking the date index newest-first beats sorting the hits. */
const LARGE_HIT_SET = 2000;

/** Cases matching `q`; a viewer sees only the cases the access rule lets them see (the archivist: finished ones). */
export function searchCases(db: Database, q: Query, viewer?: Viewer): Promise<CasePage> {
  const started = performance.now();
  if (viewer?.role === 'admin') return Promise.reject(new AppError('ADMIN_NO_CASEWORK'));
  return db.read(async (m) => {
    const where: string[] = [];
    const args: unknown[] = [];
    if (viewer?.role === 'archivist') {
      where.push(`c.stage IN (${ARCHIVIST_STAGES.map(() => '?').join(',')})`);
      args.push(...ARCHIVIST_STAGES);
    }
    if (q.category) {
      where.push('c.category = ?');
      args.push(q.category);
    }
    if (q.stage) {
      where.push('c.stage = ?');
      args.push(q.stage);
    }
    if (q.officerId) {
      where.push('c.id IN (SELECT case_id FROM case_officer WHERE officer_id = ?)');
      args.push(q.officerId);
    }
    if (q.from) {
      where.push('c.registered_at >= ?');
      args.push(q.from);
    }
    if (q.to) {
      // Inclusive of the whole end day.
      where.push('c.registered_at < ?');
      args.push(`${q.to}T99`);
    }

    // Text terms: the index with fewer hits drives, the other (if any) filters. FTS counts its own
    // hits in a millisecond or two, which tells which plan to use for the page.
    const text = q.text ? parseSearchQuery(q.text) : { trigram: [], bigram: [] };
    const indexes = (
      await Promise.all(
        (
          [
            ['case_search', text.trigram],
            ['case_search_bigram', text.bigram],
          ] as const
        )
          .filter(([, terms]) => terms.length)
          .map(async ([table, terms]) => {
            const match = terms.join(' AND ');
            const [{ n }] = (await m.query(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`, [match])) as { n: number }[];
            return { table, match, hits: n };
          }),
      )
    ).sort((a, b) => a.hits - b.hits);
    const [driver, ...others] = indexes;
    for (const o of others) {
      where.push(`c.id IN (SELECT rowid FROM ${o.table} WHERE ${o.table} MATCH ?)`);
      args.push(o.match);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const columns = `c.id, c.case_number AS caseNumber, c.category, k.title AS causeTitle, c.procedure, c.stage,
              c.occurred_at AS occurredAt, c.registered_at AS registeredAt`;
    const order = 'ORDER BY c.registered_at DESC, c.id DESC LIMIT ? OFFSET ?';

    let total: number;
    let rows: Omit<CaseSummary, 'parties' | 'plates' | 'officerNames'>[];
    if (!driver) {
      total = ((await m.query(`SELECT count(*) AS n FROM enforcement_case c ${filter}`, args)) as { n: number }[])[0].n;
      rows = await m.query(`SELECT ${columns} FROM enforcement_case c JOIN cause k ON k.id = c.cause_id ${filter} ${order}`, [...args, q.limit, q.offset]);
    } else {
      const hits = `SELECT rowid AS id FROM ${driver.table} WHERE ${driver.table} MATCH ?`;
      total = where.length
        ? ((await m.query(`SELECT count(*) AS n FROM (${hits}) h JOIN enforcement_case c ON c.id = h.id ${filter}`, [driver.match, ...args])) as { n: number }[])[0].n
        : driver.hits;
      rows =
        driver.hits > LARGE_HIT_SET
          ? await m.query(
              `SELECT ${columns} FROM enforcement_case c INDEXED BY ix_case_registered JOIN cause k ON k.id = c.cause_id
               WHERE c.id IN (${hits}) ${where.length ? `AND ${where.join(' AND ')}` : ''} ${order}`,
              [driver.match, ...args, q.limit, q.offset],
            )
          : await m.query(`SELECT ${columns} FROM (${hits}) h JOIN enforcement_case c ON c.id = h.id JOIN cause k ON k.id = c.cause_id ${filter} ${order}`, [
              driver.match,
              ...args,
              q.limit,
              q.offset,
            ]);
    }
    const items = await attachSummaryLists(m, rows);
    return { items, total, tookMs: Math.round((performance.now() - started) * 100) / 100 };
  });
}

async function attachSummaryLists(m: EntityManager, rows: Omit<CaseSummary, 'parties' | 'plates' | 'officerNames'>[]): Promise<CaseSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const marks = ids.map(() => '?').join(',');
  const parties = (await m.query(
    `SELECT case_id AS caseId, name, coalesce(id_number, credit_code, '') AS ident FROM party WHERE case_id IN (${marks}) ORDER BY case_id, ordinal`,
    ids,
  )) as { caseId: number; name: string; ident: string }[];
  const plates = (await m.query(`SELECT case_id AS caseId, plate FROM conveyance WHERE case_id IN (${marks}) ORDER BY case_id, ordinal`, ids)) as {
    caseId: number;
    plate: string;
  }[];
  const officers = (await m.query(
    `SELECT co.case_id AS caseId, o.name FROM case_officer co JOIN officer o ON o.id = co.officer_id WHERE co.case_id IN (${marks}) ORDER BY co.case_id, co.ordinal`,
    ids,
  )) as { caseId: number; name: string }[];
  const group = <T extends { caseId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const x of list) map.set(x.caseId, [...(map.get(x.caseId) ?? []), x]);
    return map;
  };
  const byParty = group(parties);
  const byPlate = group(plates);
  const byOfficer = group(officers);
  return rows.map((r) => ({
    ...r,
    parties: (byParty.get(r.id) ?? []).map((p) => ({ name: p.name, maskedId: maskIdNumber(p.ident) })),
    plates: (byPlate.get(r.id) ?? []).map((p) => p.plate),
    officerNames: (byOfficer.get(r.id) ?? []).map((o) => o.name),
  }));
}

/**
 * Every officer for the pickers and the case list's filter, with whether they may be newly assigned
 * today and why not. `active` is on duty: the registration form offers those, and among them the
 * qualified ones; the case list may still filter by an officer who has left.
 */
export async function listOfficers(db: Database, clock: Clock): Promise<Officer[]> {
  const today = clock.now().slice(0, 10);
  return db.read(async (m) =>
    (await m.find(OfficerRow, { order: { id: 'ASC' } })).map((o): Officer => {
      const q = officerQualification(credentialsOf(o), null, today);
      return {
        id: o.id, name: o.name, certNo: o.certNo, unit: o.unit, active: o.status === 'on_duty',
        categories: officerCategories(o), certValidTo: o.certValidTo, qualified: q.qualified, ...(q.qualified ? {} : { problem: q.message }),
      };
    }),
  );
}
