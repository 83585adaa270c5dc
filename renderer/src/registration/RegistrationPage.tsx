import {
  Alert,
  Box,
  Button,
  Group,
  Kbd,
  List,
  MultiSelect,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CASE_SOURCES, CATEGORIES, labelOf, PROCEDURES, type CaseSource, type Category, type ConveyanceKind } from '../../../main/contract/domain';
import { simpleProcedureConflict } from '../../../main/contract/catalog';
import type { Cause, Officer } from '../../../main/contract/schemas';
import { validateIdNumber } from '../../../main/contract/validation';
import { mayCall, useWorkstation } from '../app/context';
import { navigate } from '../app/router';
import { DateTimeField } from '../components/DateFields';
import { useCardWatch } from '../devices/useCardWatch';
import { t } from '../i18n';
import { afterEdit, FILLED_FIELDS, fillFromCard, partyFromCard, targetIndex } from './card-fill';
import { ConveyanceCard } from './ConveyanceCard';
import {
  buildPayload,
  clientIssues,
  completeIdNumber,
  emptyDraft,
  hasResidentIdFormat,
  issuesByPath,
  newConveyance,
  newIndividual,
  newOrganisation,
  sourceDetailLabel,
  type CaseDraft,
  type Issues,
  type PartyDraft,
  type ConveyanceDraft,
} from './draft';
import { useFieldRegistry, type FieldKit } from './fields';
import { PartyCard } from './PartyCard';

const DRAFT_KEY = 'registrationDraft';
/** Paths shown inside a section rather than under one input. */
const SECTION_PATHS = new Set(['parties', 'conveyances']);

/** Failed reads: by the party key they were meant for, or for the section when no party was. */
interface ReadErrors {
  byKey: Record<number, string>;
  section: string | null;
}

interface TopError {
  title: string;
  /** Problems that belong to no field on the form. */
  others: { path: string; message: string }[];
}

export function RegistrationPage() {
  const { session } = useWorkstation();
  if (!mayCall(session.account.role, 'cases.create')) {
    return (
      <Alert color="yellow" maw={640}>
        {t('reg.forbidden')}
      </Alert>
    );
  }
  return <RegistrationForm />;
}

/** Reads the draft's value at a dotted path (for deciding whether a left field is worth checking). */
function valueAt(d: CaseDraft, path: string): unknown {
  let v: unknown = d;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

const isFilled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined);

/**
 * An officer as the picker lists them. One without the right to act (行政处罚法 第四十二条) — the
 * backend's `problem`, or a certificate that does not cover the chosen 执法门类 — is shown greyed
 * with the reason; one already chosen stays removable so the clerk can take them off.
 */
function officerOption(o: Officer, category: Category | null, chosen: boolean): { value: string; label: string; disabled?: boolean } {
  const label = t('reg.officerOption', { name: o.name, certNo: o.certNo });
  const problem =
    o.qualified === false
      ? (o.problem ?? t('reg.officerUnqualified'))
      : category && o.categories && !o.categories.includes(category)
        ? t('reg.officerNoCategory', { category: labelOf(CATEGORIES, category) })
        : null;
  if (!problem) return { value: String(o.id), label };
  return { value: String(o.id), label: t('reg.officerOptionProblem', { option: label, problem }), disabled: !chosen };
}

/**
 * 简易程序 for a 案由 whose lowest fine is above the on-the-spot limit (行政处罚法 第五十一条): a
 * warning, not a refusal, since the 案由 may still allow a 警告. A 公民 party (or none named yet)
 * meets the lower limit first.
 */
function simpleWarningOf(cause: Cause, parties: readonly PartyDraft[]): string | null {
  const kinds: PartyDraft['kind'][] = parties.length === 0 ? ['individual'] : parties.map((p) => p.kind);
  const order = (['individual', 'organisation'] as const).filter((k) => kinds.includes(k));
  for (const kind of order) {
    const conflict = simpleProcedureConflict(cause, kind);
    if (conflict) return conflict;
  }
  return null;
}

function RegistrationForm() {
  const { backend, session, keep, setFlash } = useWorkstation();
  const ownOfficer = session.account.officerId;
  const [draft, setDraft] = useState<CaseDraft>(() => keep.get<CaseDraft>(DRAFT_KEY) ?? emptyDraft(ownOfficer ? [String(ownOfficer)] : []));
  const [errors, setErrors] = useState<Issues>({});
  const [topError, setTopError] = useState<TopError | null>(null);
  const [busy, setBusy] = useState(false);
  const [officers, setOfficers] = useState<Officer[] | null>(null);
  const [causes, setCauses] = useState<{ category: Category; list: Cause[] } | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [autoFilled, setAutoFilled] = useState<ReadonlySet<number>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [changes, setChanges] = useState(0);
  const registry = useFieldRegistry();
  const alertRef = useRef<HTMLDivElement>(null);
  const causeCache = useRef(new Map<Category, Cause[]>());
  /** A read ends after the clerk may have typed on: it is applied to the draft as it is then. */
  const draftRef = useRef(draft);
  draftRef.current = draft;
  /** The party whose 读卡 was pressed last (its key), until a read has gone into it. */
  const pressedRef = useRef<number | null>(null);
  const readingRef = useRef(false);
  /** The party key a read under way is meant for, 'new' when it will add one. */
  const [reading, setReading] = useState<number | 'new' | null>(null);
  const [readErrors, setReadErrors] = useState<ReadErrors>({ byKey: {}, section: null });

  useEffect(() => keep.set(DRAFT_KEY, draft), [keep, draft]);

  // Officers who may be named on a case: active and holding an enforcement certificate.
  useEffect(() => {
    let live = true;
    void backend.call('officers.list', {}).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(t('reg.loadFailed', { message: r.error.message }));
      const usable = r.value.filter((o) => o.active && o.certNo.trim() !== '');
      setOfficers(usable);
      // One who may not act (certificate lapsed, suspended) is listed, greyed, but not kept in the draft.
      const ids = new Set(usable.filter((o) => o.qualified !== false).map((o) => String(o.id)));
      setDraft((d) => (d.officerIds.every((id) => ids.has(id)) ? d : { ...d, officerIds: d.officerIds.filter((id) => ids.has(id)) }));
    });
    return () => {
      live = false;
    };
  }, [backend]);

  // 案由 of the chosen category, fetched once per category.
  useEffect(() => {
    const category = draft.category;
    if (!category) return setCauses(null);
    const cached = causeCache.current.get(category);
    if (cached) return setCauses({ category, list: cached });
    let live = true;
    void backend.call('catalog.causes', { category }).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(t('reg.loadFailed', { message: r.error.message }));
      causeCache.current.set(category, r.value);
      setCauses({ category, list: r.value });
    });
    return () => {
      live = false;
    };
  }, [backend, draft.category]);

  // The next number of the category's series; refreshed when anyone registers a case.
  useEffect(() => backend.on('cases.changed', () => setChanges((n) => n + 1)), [backend]);
  useEffect(() => {
    const category = draft.category;
    if (!category) return setPreview(null);
    let live = true;
    void backend.call('numbering.preview', { category }).then((r) => {
      if (live) setPreview(r.ok ? r.value.caseNumber : null);
    });
    return () => {
      live = false;
    };
  }, [backend, draft.category, changes]);

  // After a refused submit: the first field with a message takes the focus.
  // Only a new request moves the focus, not every later change of the messages.
  const errorsRef = useRef(errors);
  errorsRef.current = errors;
  useEffect(() => {
    if (focusRequest === 0) return;
    if (!registry.focusFirst(Object.keys(errorsRef.current))) alertRef.current?.focus();
  }, [focusRequest, registry]);

  /** Checks `paths` again on `next`: those that show a message, and any listed in `force`. */
  const recheck = useCallback((next: CaseDraft, paths: string[], force: string[] = []) => {
    setErrors((prev) => {
      const due = paths.filter((p) => p in prev || force.includes(p));
      if (due.length === 0) return prev;
      const found = clientIssues(next);
      const out = { ...prev };
      for (const p of due) {
        if (found[p]) out[p] = found[p];
        else delete out[p];
      }
      return out;
    });
  }, []);

  const update = (next: CaseDraft, paths: string[], force: string[] = []) => {
    setDraft(next);
    recheck(next, paths, force);
  };

  const fields: FieldKit = {
    error: (path) => errors[path],
    register: registry.register,
    blur: (path) => {
      if (isFilled(valueAt(draft, path)) || path in errors) recheck(draft, [path], [path]);
    },
  };

  const changeParty = (index: number, party: PartyDraft, changed: string[]) => {
    let p = party;
    const touched = [...changed];
    const force: string[] = [];
    const before = draft.parties[index];
    if (p.kind === 'individual' && (changed.includes('idNumber') || changed.includes('idType'))) {
      const r = hasResidentIdFormat(p.idType) ? validateIdNumber(p.idNumber) : null;
      const filled = Boolean(r?.ok);
      if (r?.ok) {
        p = { ...p, birthDate: r.value.birthDate, gender: r.value.gender };
        touched.push('birthDate', 'gender');
      }
      setAutoFilled((prev) => {
        const s = new Set(prev);
        if (filled) s.add(p.key);
        else s.delete(p.key);
        return s;
      });
      if (completeIdNumber(p.idNumber)) force.push('idNumber');
    }
    if (p.kind === 'organisation' && changed.includes('creditCode') && p.creditCode.replace(/\s+/g, '').length >= 18) force.push('creditCode');
    if (p.kind === 'individual' && before?.kind === 'individual') p = afterEdit(before, p);
    const next = { ...draft, parties: draft.parties.map((x, i) => (i === index ? p : x)) };
    const at = (f: string) => `parties.${index}.${f}`;
    update(next, touched.map(at), force.map(at));
  };

  /** Removing a card renumbers the ones after it: their messages are worked out again. */
  const restructure = (next: CaseDraft, prefix: 'parties' | 'conveyances') => {
    setDraft(next);
    setErrors((prev) => {
      const had = Object.keys(prev).some((k) => k.startsWith(`${prefix}.`));
      const out: Issues = {};
      for (const [k, v] of Object.entries(prev)) if (k !== prefix && !k.startsWith(`${prefix}.`)) out[k] = v;
      if (had) for (const [k, v] of Object.entries(clientIssues(next))) if (k.startsWith(`${prefix}.`)) out[k] = v;
      return out;
    });
  };

  const addParty = (party: PartyDraft) => {
    restructure({ ...draft, parties: [...draft.parties, party] }, 'parties');
    // The new card's first field is where the clerk continues typing.
    const index = draft.parties.length;
    requestAnimationFrame(() => registry.focusFirst([`parties.${index}.name`]));
  };
  const addConveyance = (kind: ConveyanceKind) => {
    restructure({ ...draft, conveyances: [...draft.conveyances, newConveyance(kind)] }, 'conveyances');
    const index = draft.conveyances.length;
    requestAnimationFrame(() => registry.focusFirst([`conveyances.${index}.plate`]));
  };

  /**
   * Reads the card on the reader into a party: the one whose 读卡 was pressed last, else the first
   * empty individual party, else a new one. A failure is shown where the read was meant to go.
   */
  const readCard = async (pressedKey: number | null) => {
    if (pressedKey !== null) pressedRef.current = pressedKey;
    if (readingRef.current) return;
    readingRef.current = true;
    const planned = targetIndex(draftRef.current.parties, pressedRef.current);
    const plannedKey = planned === null ? null : draftRef.current.parties[planned].key;
    setReading(plannedKey ?? 'new');
    setReadErrors((e) => {
      const byKey = { ...e.byKey };
      if (plannedKey !== null) delete byKey[plannedKey];
      return { byKey, section: null };
    });
    const r = await backend.call('idcard.read', {});
    readingRef.current = false;
    setReading(null);

    const current = draftRef.current;
    const index = targetIndex(current.parties, pressedRef.current);
    if (!r.ok) {
      const key = index === null ? null : current.parties[index].key;
      setReadErrors((e) => (key === null ? { ...e, section: r.error.message } : { ...e, byKey: { ...e.byKey, [key]: r.error.message } }));
      return;
    }
    pressedRef.current = null;
    if (index === null) {
      restructure({ ...current, parties: [...current.parties, partyFromCard(r.value)] }, 'parties');
      return;
    }
    const target = current.parties[index];
    if (target.kind !== 'individual') return;
    const filled = fillFromCard(target, r.value);
    setAutoFilled((prev) => {
      if (!prev.has(filled.key)) return prev;
      const s = new Set(prev);
      s.delete(filled.key);
      return s;
    });
    update(
      { ...current, parties: current.parties.map((x, i) => (i === index ? filled : x)) },
      FILLED_FIELDS.map((f) => `parties.${index}.${f}`),
    );
  };

  // A card laid on the reader while the form is open is read at once.
  const readRef = useRef(readCard);
  readRef.current = readCard;
  useCardWatch(() => void readRef.current(null));

  const submit = async () => {
    if (busy) return;
    const found = clientIssues(draft);
    const count = Object.keys(found).length;
    if (count > 0) {
      setErrors(found);
      setTopError({ title: t('reg.clientInvalid', { n: count }), others: [] });
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(true);
    const r = await backend.call('cases.create', buildPayload(draft));
    setBusy(false);
    if (r.ok) {
      keep.set(DRAFT_KEY, undefined);
      setFlash({ caseId: r.value.id, message: t('reg.success', { caseNumber: r.value.caseNumber }) });
      navigate({ name: 'case', id: r.value.id });
      return;
    }
    const byPath = issuesByPath(r.error.issues ?? []);
    const onForm: Issues = {};
    const others: TopError['others'] = [];
    for (const [path, message] of Object.entries(byPath)) {
      if (registry.has(path) || SECTION_PATHS.has(path)) onForm[path] = message;
      else others.push({ path, message });
    }
    const fieldCount = Object.keys(onForm).length;
    // When the backend's message is the one already shown under a field, the banner counts instead of repeating it.
    const repeated = Object.values(onForm).includes(r.error.message);
    setErrors(onForm);
    setTopError({ title: repeated && fieldCount > 0 ? t('reg.clientInvalid', { n: fieldCount + others.length }) : r.error.message, others });
    setFocusRequest((n) => n + 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const categoryOptions = useMemo(() => CATEGORIES.map((c) => ({ value: c.code, label: c.label })), []);
  const sourceOptions = useMemo(() => CASE_SOURCES.map((s) => ({ value: s.code, label: s.label })), []);
  const causeList = causes && causes.category === draft.category ? causes.list : [];
  const causeOptions = useMemo(() => causeList.map((c) => ({ value: String(c.id), label: c.title })), [causeList]);
  const cause = causeList.find((c) => String(c.id) === draft.causeId) ?? null;
  const officerOptions = useMemo(
    () => (officers ?? []).map((o) => officerOption(o, draft.category, draft.officerIds.includes(String(o.id)))),
    [officers, draft.category, draft.officerIds],
  );
  const simpleWarning = draft.procedure === 'simple' && cause ? simpleWarningOf(cause, draft.parties) : null;
  const detailLabel = sourceDetailLabel(draft.source);
  const reg = (path: string) => ({ ref: registry.register(path), error: errors[path], onBlur: () => fields.blur(path) });

  return (
    <Box maw={1180}>
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={3}>{t('reg.title')}</Title>
        <Text size="sm" c={preview ? 'blue.8' : 'dimmed'} fw={preview ? 600 : 400} data-testid="case-number-preview">
          {preview ? t('reg.preview', { caseNumber: preview }) : t('reg.previewNone')}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('reg.intro')}
      </Text>

      {loadError && (
        <Alert color="red" mb="md">
          {loadError}
        </Alert>
      )}
      {topError && (
        <Alert color="red" title={topError.title} mb="md" ref={alertRef} tabIndex={-1} data-testid="form-error">
          {topError.others.length > 0 && (
            <>
              <Text size="sm">{t('common.otherIssues')}</Text>
              <List size="sm">
                {topError.others.map((o) => (
                  <List.Item key={o.path}>{o.message}</List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}

      <form onSubmit={(e) => e.preventDefault()} onKeyDown={onKeyDown} noValidate>
        <Stack gap="md">
          <Section title={t('reg.section.case')}>
            <SimpleGrid cols={4} spacing="sm" verticalSpacing="sm">
              <Select
                label={t('reg.category')}
                required
                data={categoryOptions}
                value={draft.category}
                onChange={(v) => update({ ...draft, category: v as Category | null, causeId: null }, ['category', 'causeId'])}
                autoFocus
                {...reg('category')}
              />
              <Select
                label={t('reg.cause')}
                required
                searchable
                data={causeOptions}
                value={draft.causeId}
                onChange={(v) => update({ ...draft, causeId: v }, ['causeId'])}
                placeholder={draft.category ? t('reg.causePlaceholder') : t('reg.causePlaceholderNoCategory')}
                nothingFoundMessage={draft.category && !causes ? t('reg.causeLoading') : t('reg.causeNothing')}
                disabled={!draft.category}
                style={{ gridColumn: 'span 2' }}
                maxDropdownHeight={320}
                {...reg('causeId')}
              />
              <Radio.Group
                label={t('reg.procedure')}
                required
                value={draft.procedure}
                onChange={(v) => update({ ...draft, procedure: v === 'simple' ? 'simple' : 'general' }, ['officerIds'])}
              >
                <Group gap="lg" mt={8}>
                  {PROCEDURES.map((p) => (
                    <Radio key={p.code} value={p.code} label={p.label} />
                  ))}
                </Group>
              </Radio.Group>
            </SimpleGrid>

            {simpleWarning && (
              <Alert color="orange" variant="light" mt="sm" title={t('reg.simpleWarningTitle')} data-testid="simple-procedure-warning">
                {simpleWarning}
              </Alert>
            )}
            {cause && (
              <Paper withBorder radius="sm" p="sm" mt="sm" bg="blue.0" data-testid="cause-basis">
                <dl className="zf-facts">
                  <dt>{t('reg.legalBasis')}</dt>
                  <dd>{cause.legalBasis}</dd>
                  <dt>{t('reg.penaltyBasis')}</dt>
                  <dd>{cause.penaltyBasis}</dd>
                  <dt>{t('reg.penaltyRange')}</dt>
                  <dd>{cause.penaltyRange}</dd>
                </dl>
              </Paper>
            )}

            <SimpleGrid cols={4} spacing="sm" verticalSpacing="sm" mt="sm">
              <Select
                label={t('reg.source')}
                required
                data={sourceOptions}
                value={draft.source}
                onChange={(v) => update({ ...draft, source: v as CaseSource | null }, ['source', 'sourceDetail'])}
                {...reg('source')}
              />
              {detailLabel ? (
                <TextInput
                  label={detailLabel}
                  required
                  value={draft.sourceDetail}
                  onChange={(e) => update({ ...draft, sourceDetail: e.currentTarget.value }, ['sourceDetail'])}
                  {...reg('sourceDetail')}
                />
              ) : (
                <div />
              )}
              <DateTimeField
                label={t('reg.occurredAt')}
                required
                value={draft.occurredAt}
                onChange={(v) => update({ ...draft, occurredAt: v }, ['occurredAt'])}
                {...reg('occurredAt')}
              />
              <TextInput
                label={t('reg.place')}
                required
                value={draft.place}
                onChange={(e) => update({ ...draft, place: e.currentTarget.value }, ['place'])}
                {...reg('place')}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('reg.facts')}
              required
              placeholder={t('reg.factsPlaceholder')}
              autosize
              minRows={3}
              maxRows={10}
              value={draft.facts}
              onChange={(e) => update({ ...draft, facts: e.currentTarget.value }, ['facts'])}
              {...reg('facts')}
            />
          </Section>

          <Section title={t('reg.section.officers')}>
            <MultiSelect
              label={t('reg.officers')}
              required
              data={officerOptions}
              value={draft.officerIds}
              onChange={(v) => update({ ...draft, officerIds: v }, ['officerIds'])}
              searchable
              maxValues={10}
              nothingFoundMessage={t('reg.officersNothing')}
              description={draft.procedure === 'general' ? t('reg.officersHintGeneral') : t('reg.officersHintSimple')}
              // Focused after a refused submit, the list would open over the message that says what is wrong.
              openOnFocus={!errors.officerIds}
              {...reg('officerIds')}
            />
          </Section>

          <Section
            title={t('reg.section.parties')}
            actions={
              <>
                <Button size="xs" variant="light" onClick={() => addParty(newIndividual())}>
                  {t('reg.addIndividual')}
                </Button>
                <Button size="xs" variant="light" onClick={() => addParty(newOrganisation())}>
                  {t('reg.addOrganisation')}
                </Button>
              </>
            }
          >
            <Stack gap="sm">
              <Text size="xs" c="dimmed" mt={-8}>
                {t('card.readHint')}
              </Text>
              {draft.parties.length === 0 && (
                <Text size="sm" c={errors.parties ? 'red.7' : 'dimmed'} data-testid="parties-empty">
                  {errors.parties ?? t('reg.partiesEmpty')}
                </Text>
              )}
              {draft.parties.length > 0 && errors.parties && (
                <Text size="sm" c="red.7">
                  {errors.parties}
                </Text>
              )}
              {readErrors.section && (
                <Alert color="red" p="xs" role="alert" data-testid="read-error" withCloseButton onClose={() => setReadErrors((e) => ({ ...e, section: null }))}>
                  <Text size="sm">{readErrors.section}</Text>
                </Alert>
              )}
              {reading === 'new' && (
                <Text size="sm" c="blue.8" data-testid="reading-new">
                  {t('card.readingNew')}
                </Text>
              )}
              {draft.parties.map((p, i) => (
                <PartyCard
                  key={p.key}
                  index={i}
                  party={p}
                  fields={fields}
                  autoFilled={autoFilled.has(p.key)}
                  cardReading={
                    p.kind === 'individual'
                      ? {
                          reading: reading === p.key,
                          busy: reading !== null,
                          error: readErrors.byKey[p.key] ?? null,
                          onRead: () => void readCard(p.key),
                        }
                      : undefined
                  }
                  onChange={(next, changed) => changeParty(i, next, changed)}
                  onRemove={() => restructure({ ...draft, parties: draft.parties.filter((_, j) => j !== i) }, 'parties')}
                />
              ))}
            </Stack>
          </Section>

          <Section
            title={t('reg.section.conveyances')}
            actions={
              <>
                <Button size="xs" variant="light" onClick={() => addConveyance('vehicle')}>
                  {t('reg.addVehicle')}
                </Button>
                <Button size="xs" variant="light" onClick={() => addConveyance('vessel')}>
                  {t('reg.addVessel')}
                </Button>
              </>
            }
          >
            <Stack gap="sm">
              {draft.conveyances.length === 0 && (
                <Text size="sm" c="dimmed">
                  {errors.conveyances ?? t('reg.conveyancesEmpty')}
                </Text>
              )}
              {draft.conveyances.map((c, i) => (
                <ConveyanceCard
                  key={c.key}
                  index={i}
                  conveyance={c}
                  fields={fields}
                  onChange={(next: ConveyanceDraft, changed) =>
                    update(
                      { ...draft, conveyances: draft.conveyances.map((x, j) => (j === i ? next : x)) },
                      changed.map((f) => `conveyances.${i}.${f}`),
                    )
                  }
                  onRemove={() => restructure({ ...draft, conveyances: draft.conveyances.filter((_, j) => j !== i) }, 'conveyances')}
                />
              ))}
            </Stack>
          </Section>

          <Group className="zf-submit-bar" justify="space-between" px="md" py="sm">
            <Text size="sm" c="dimmed">
              {preview ? t('reg.previewWithNote', { caseNumber: preview }) : t('reg.previewNone')}
            </Text>
            <Group gap="sm">
              <Text size="xs" c="dimmed">
                <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>
              </Text>
              <Button type="button" onClick={() => void submit()} loading={busy} px="xl">
                {t('reg.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Box>
  );
}

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="sm" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{title}</Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Paper>
  );
}
