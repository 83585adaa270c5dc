/**
 * 文书 editor: the form generated from the 式样's fields on the left, the PDF on the right.
 * A draft's preview is the backend's rendering of what is on screen (saved or not); an issued or
 * superseded version shows its stored file, read-only, with the file's SHA-256.
 *
 * What the clerk typed lives only in this page until saved, so nothing here ever replaces it on a
 * failed call, and leaving with unsaved changes asks first.
 */
import { Alert, Anchor, Badge, Box, Button, Group, Kbd, Loader, Modal, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentData, DocumentDetail, FieldValue, FormSummary, PdfFile } from '../../../main/contract/documents';
import type { ApiError } from '../../../main/contract/errors';
import { mayCall, useWorkstation } from '../app/context';
import { clearLeaveGuard, hrefOf, navigate } from '../app/router';
import { LeaveDialog } from '../app/LeaveDialog';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { ProblemBanner } from '../components/ProblemBanner';
import { formatDateTime, formatTime, joinList, t } from '../i18n';
import { fieldNamedIn, isBlank, isProcedureRefusal, keysOfLabels, labelsInMessage, missingLabels, placeIssues, sameData, shortSha } from './data';
import { saveFile } from './save-file';
import { CorrectionDialog } from './CorrectionDialog';
import { DeleteDraftDialog } from './DeleteDraftDialog';
import { FieldInput } from './FieldInput';
import { formNumber } from './FormPicker';
import { useForms } from './forms';
import { PdfPreview } from './PdfPreview';
import { DocumentStatusBadge } from './StatusBadge';
import { caseAccessOf, type CaseAccess } from '../session/case-access';

/** Quiet time after the last keystroke before the preview is rendered again. */
const PREVIEW_DELAY_MS = 600;

export function DocumentEditorPage({ caseId, docId }: { caseId: number; docId: number }) {
  const { backend } = useWorkstation();
  const { forms, error: formsError } = useForms();
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [caseNumber, setCaseNumber] = useState<string | null>(null);
  /** Until the case is loaded nothing is offered that changes the document. */
  const [access, setAccess] = useState<CaseAccess | null>(null);

  useEffect(() => {
    let live = true;
    void backend.call('documents.get', { id: docId }).then((r) => {
      if (!live) return;
      if (r.ok) setDetail(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [backend, docId]);

  const ownerCase = detail?.caseId ?? caseId;
  useEffect(() => {
    let live = true;
    void backend.call('cases.get', { id: ownerCase }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setCaseNumber(r.value.caseNumber);
        setAccess(caseAccessOf(r.value));
      } else setAccess({ draft: false, act: false, reason: null });
    });
    return () => {
      live = false;
    };
  }, [backend, ownerCase]);

  const back = (
    <Button variant="default" size="xs" onClick={() => navigate({ name: 'case', id: ownerCase })}>
      {t('doc.editor.back')}
    </Button>
  );

  const failure = error?.message ?? formsError;
  if (failure) {
    return (
      <Stack maw={720} align="flex-start">
        {back}
        <Alert color="red" title={t('doc.editor.loadFailed')} w="100%">
          {failure}
        </Alert>
      </Stack>
    );
  }
  if (!detail || !forms) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('doc.editor.loading')}
        </Text>
      </Group>
    );
  }
  const form = forms.find((f) => f.id === detail.formId);
  if (!form) {
    return (
      <Stack maw={720} align="flex-start">
        {back}
        <Alert color="red" title={t('doc.editor.loadFailed')} w="100%">
          {t('doc.editor.formMissing', { n: detail.formId })}
        </Alert>
      </Stack>
    );
  }
  return <DocumentEditor initial={detail} form={form} caseNumber={caseNumber} access={access} />;
}

/** A refused call, above the form. */
interface Banner {
  title: string;
  message?: string;
  /** Problems that belong to no field of the form. */
  items?: string[];
  /** Refused because the case's recorded procedure does not allow it (DOC_PROCEDURE_MISMATCH, PROC_*). */
  procedural?: boolean;
}

type Busy = 'save' | 'issue' | 'download' | 'correct' | 'delete' | null;

interface PreviewState {
  file: PdfFile | null;
  pending: boolean;
  error: string | null;
}

function DocumentEditor({ initial, form, caseNumber, access }: { initial: DocumentDetail; form: FormSummary; caseNumber: string | null; access: CaseAccess | null }) {
  const { backend, session } = useWorkstation();
  const [detail, setDetail] = useState(initial);
  const [data, setData] = useState<DocumentData>(initial.data);
  /** The data as the backend last stored it: the page is "dirty" while `data` differs. */
  const [saved, setSaved] = useState<DocumentData>(initial.data);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirmingIssue, setConfirmingIssue] = useState(false);
  const [askingReason, setAskingReason] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [preview, setPreview] = useState<PreviewState>({ file: null, pending: true, error: null });
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  /** Issued from this page a moment ago: the read-only note doubles as the confirmation. */
  const [justIssued, setJustIssued] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  /** A refusal that points at no field: the banner itself is brought into view. */
  const [showBanner, setShowBanner] = useState(0);
  useEffect(() => {
    if (showBanner) bannerRef.current?.scrollIntoView({ block: 'nearest' });
  }, [showBanner]);

  const role = session.account.role;
  const isDraft = detail.status === 'draft';
  // Drafting here is the role's right and this person's on this case (handling officer, or the head).
  const mayDraft = access?.draft === true;
  const editable = isDraft && mayDraft && mayCall(role, 'documents.saveDraft') && busy !== 'issue';
  const dirty = isDraft && !sameData(data, saved);
  // Once saved, the backend's list is the truth; while typing, the form's own reckoning follows the keys.
  const missing = dirty ? missingLabels(form, data) : detail.missing;

  const focusField = useCallback((key: string) => {
    const box = formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    const target = box?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea, button') ?? null;
    if (!box) return;
    box.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, []);

  const change = (key: string, value: FieldValue) => {
    setData((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
  };

  /** Marks blank required fields (by label) and takes the clerk to the first. */
  const markMissing = (labels: readonly string[]) => {
    const keys = keysOfLabels(form, labels);
    const label = (key: string) => form.fields.find((f) => f.key === key)?.label ?? key;
    setErrors((prev) => ({ ...prev, ...Object.fromEntries(keys.map((k) => [k, t('doc.editor.required', { label: label(k) })])) }));
    if (keys[0]) focusField(keys[0]);
  };

  /** Shows a refused call: field problems under their fields, the rest in the banner. The form keeps its data. */
  const report = (title: string, err: ApiError) => {
    if (err.code === 'DOC_INCOMPLETE') {
      const labels = labelsInMessage(err.message);
      setBanner({ title, message: err.message });
      markMissing(labels.length > 0 ? labels : missingLabels(form, data));
      return;
    }
    const { byField, others } = placeIssues(form, err.issues ?? []);
    const procedural = isProcedureRefusal(err.code);
    // A refusal for the procedure's sake names the field in its words when it carries no path: that field is marked too.
    if (procedural && Object.keys(byField).length === 0) {
      const named = fieldNamedIn(form, err.message);
      if (named) byField[named] = err.message;
    }
    setErrors((prev) => ({ ...prev, ...byField }));
    setBanner({
      title: procedural ? t('doc.editor.procedureRefused') : title,
      message: err.message,
      items: others.map((o) => o.message).filter((m) => m !== err.message),
      procedural,
    });
    const first = form.fields.find((f) => f.key in byField);
    if (first) focusField(first.key);
    else setShowBanner((n) => n + 1);
  };

  // --- Preview: a draft renders what is on screen, debounced; an issued version shows its stored file.
  const previewSeq = useRef(0);
  const previewedOnce = useRef(false);
  useEffect(() => {
    if (!isDraft) return;
    const seq = ++previewSeq.current;
    setPreview((p) => (p.pending ? p : { ...p, pending: true }));
    const delay = previewedOnce.current ? PREVIEW_DELAY_MS : 0;
    previewedOnce.current = true;
    const timer = window.setTimeout(() => {
      void backend.call('documents.preview', { id: detail.id, data }).then((r) => {
        if (seq !== previewSeq.current) return;
        if (r.ok) {
          setPreview({ file: r.value, pending: false, error: null });
          return;
        }
        setPreview((p) => ({ file: p.file, pending: false, error: r.error.message }));
        if (r.error.code === 'VALIDATION_FAILED') {
          const { byField } = placeIssues(form, r.error.issues ?? []);
          setErrors((prev) => ({ ...prev, ...byField }));
        }
      });
    }, delay);
    return () => window.clearTimeout(timer);
  }, [backend, detail.id, isDraft, data, form]);

  useEffect(() => {
    if (isDraft) return;
    let live = true;
    previewSeq.current++;
    setPreview({ file: null, pending: true, error: null });
    void backend.call('documents.download', { id: detail.id }).then((r) => {
      if (!live) return;
      setPreview(r.ok ? { file: r.value, pending: false, error: null } : { file: null, pending: false, error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [backend, detail.id, isDraft, detail.pdfSha256]);

  // --- Actions
  const save = async (): Promise<DocumentDetail | null> => {
    if (!editable || busy) return null;
    const sent = data;
    setBusy('save');
    const r = await backend.call('documents.saveDraft', { id: detail.id, data: sent });
    setBusy(null);
    if (!r.ok) {
      report(t('doc.editor.saveFailed'), r.error);
      return null;
    }
    // Whatever was typed while the call was under way stays, and still counts as unsaved.
    setDetail(r.value);
    setSaved(sent);
    setSavedAt(formatTime(r.value.updatedAt));
    setBanner(null);
    setChangedElsewhere(false);
    return r.value;
  };

  /** Saves if need be, then either points at what is missing or asks for confirmation. */
  const startIssue = async () => {
    if (!editable || busy) return;
    let current = detail;
    if (dirty) {
      const stored = await save();
      if (!stored) return;
      current = stored;
    }
    if (current.missing.length > 0) {
      setBanner({ title: t('doc.editor.issueFailed'), message: t('doc.editor.incomplete', { labels: joinList(current.missing) }) });
      markMissing(current.missing);
      return;
    }
    setConfirmingIssue(true);
  };

  const issue = async () => {
    setConfirmingIssue(false);
    if (busy) return;
    setBusy('issue');
    const r = await backend.call('documents.issue', { id: detail.id });
    setBusy(null);
    if (!r.ok) return report(t('doc.editor.issueFailed'), r.error);
    setDetail(r.value);
    setData(r.value.data);
    setSaved(r.value.data);
    setErrors({});
    setBanner(null);
    setJustIssued(true);
  };

  /** 下载PDF is the stored document: a draft with changes on screen is saved first, so the file is what the clerk sees. */
  const download = async () => {
    if (busy) return;
    if (editable && dirty && !(await save())) return;
    setBusy('download');
    const r = await backend.call('documents.download', { id: detail.id });
    setBusy(null);
    if (!r.ok) return report(t('doc.editor.downloadFailed'), r.error);
    saveFile(r.value);
  };

  /** A refusal of the reason itself stays in the dialog, under its field; any other goes to the banner. */
  const correct = async (reason: string): Promise<ApiError | null> => {
    if (busy) return null;
    setBusy('correct');
    const r = await backend.call('documents.correct', { id: detail.id, reason });
    setBusy(null);
    if (!r.ok) {
      if (r.error.issues?.some((i) => i.path === 'reason')) return r.error;
      setAskingReason(false);
      report(t('doc.editor.correctFailed'), r.error);
      return null;
    }
    setAskingReason(false);
    navigate({ name: 'document', caseId: r.value.caseId, docId: r.value.id });
    return null;
  };

  /** Unsaved edits go with the draft: the leave guard has nothing left to protect. */
  const deleteDraft = async () => {
    if (busy) return;
    setBusy('delete');
    const r = await backend.call('documents.deleteDraft', { id: detail.id });
    setBusy(null);
    setConfirmingDelete(false);
    if (!r.ok) return report(t('doc.delete.failed'), r.error);
    clearLeaveGuard();
    navigate({ name: 'case', id: r.value.caseId });
  };

  // --- Keyboard: Ctrl+S saves, Ctrl+Enter issues (the app's "submit" key), wherever the focus is on the page.
  const actions = useRef({ save, startIssue });
  actions.current = { save, startIssue };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key === 's' || e.key === 'S') {
        // Never the browser's "save page as".
        e.preventDefault();
        void actions.current.save();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        void actions.current.startIssue();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // --- Unsaved changes: asked about before another page, a reload or closing the window.
  const guard = useLeaveGuard(dirty, async () => (await save()) !== null);

  // --- Changes made in another window: taken over unless the clerk has unsaved work here.
  const state = useRef({ dirty, busy, saved });
  state.current = { dirty, busy, saved };
  useEffect(
    () =>
      backend.on('documents.changed', (e) => {
        // Our own save or issue announces itself too; its answer brings the new state.
        if (e.id !== detail.id || state.current.busy) return;
        void backend.call('documents.get', { id: e.id }).then((r) => {
          if (!r.ok || state.current.busy) return;
          const fresh = r.value;
          const { dirty: unsaved, saved: stored } = state.current;
          const storedSame = sameData(fresh.data, stored);
          // Unsaved work here is never replaced; the clerk is told that saving will overwrite the other change.
          if (fresh.status === 'draft' && unsaved) {
            if (storedSame) setDetail(fresh);
            else setChangedElsewhere(true);
            return;
          }
          setDetail(fresh);
          if (!storedSame) {
            setData(fresh.data);
            setSaved(fresh.data);
          }
        });
      }),
    [backend, detail.id],
  );

  const mayCorrect = detail.status === 'issued' && mayDraft && mayCall(role, 'documents.correct');
  const mayDelete = isDraft && mayDraft && mayCall(role, 'documents.deleteDraft');
  const readOnlyNote =
    detail.status === 'issued'
      ? `${justIssued ? t('doc.editor.issuedNow') : ''}${t('doc.editor.readOnlyIssued', { time: formatDateTime(detail.issuedAt) })}`
      : detail.status === 'superseded'
        ? t('doc.editor.readOnlySuperseded')
        : !mayCall(role, 'documents.saveDraft')
          ? t('doc.editor.readOnlyRole')
          : access && !access.draft
            ? (access.reason ?? t('case.readOnlyDefault'))
            : null;

  return (
    <Box>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="sm" align="baseline">
            <Title order={3} data-testid="doc-title">
              {detail.formName}
            </Title>
            <Text size="sm" c="dimmed">
              {formNumber(detail.formId)}
            </Text>
          </Group>
          <Group gap="xs">
            <Badge variant="outline" color="blue" radius="sm" data-testid="doc-version">
              {t('doc.version', { n: detail.version })}
            </Badge>
            <DocumentStatusBadge status={detail.status} />
            {caseNumber && (
              <Anchor href={hrefOf({ name: 'case', id: detail.caseId })} size="sm" data-testid="doc-case-number">
                {t('doc.editor.caseNumber', { caseNumber })}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {t('doc.editor.templateVersion', { version: detail.templateVersion })}
            </Text>
            {detail.pdfSha256 && (
              <Group gap={6} data-testid="doc-sha" data-sha256={detail.pdfSha256}>
                <Text size="xs" c="dimmed">
                  {t('doc.editor.sha')}
                </Text>
                <Tooltip label={t('doc.editor.shaTitle', { sha: detail.pdfSha256 })} openDelay={200} multiline maw={360} style={{ wordBreak: 'break-all' }}>
                  <Text size="xs" ff="monospace" className="zf-mono" tabIndex={0} aria-label={t('doc.editor.shaTitle', { sha: detail.pdfSha256 })}>
                    {shortSha(detail.pdfSha256)}
                  </Text>
                </Tooltip>
              </Group>
            )}
          </Group>
        </Stack>
        <Button variant="default" size="xs" onClick={() => navigate({ name: 'case', id: detail.caseId })}>
          {t('doc.editor.back')}
        </Button>
      </Group>

      <Stack gap="sm" mb="sm">
        {banner && (
          <div ref={bannerRef} data-procedural={banner.procedural ? 'true' : undefined}>
            <ProblemBanner title={banner.title} message={banner.message} items={banner.items} testId="doc-banner" onClose={() => setBanner(null)} />
            {banner.procedural && (
              <Text size="xs" c="dimmed" mt={4} data-testid="doc-banner-hint">
                {t('doc.editor.procedureHint')}
              </Text>
            )}
          </div>
        )}
        {changedElsewhere && (
          <Alert color="yellow" withCloseButton closeButtonLabel={t('common.dismiss')} onClose={() => setChangedElsewhere(false)}>
            {t('doc.editor.changedElsewhere')}
          </Alert>
        )}
        {readOnlyNote && (
          <Alert
            color={justIssued && detail.status === 'issued' ? 'green' : detail.status === 'superseded' ? 'gray' : 'blue'}
            role={justIssued ? 'status' : undefined}
            data-testid="doc-readonly"
          >
            {readOnlyNote}
          </Alert>
        )}
        {detail.supersedesId && (
          <Text size="sm" c="dimmed">
            {t('doc.editor.correctionOf', { n: detail.version - 1 })}{' '}
            <Anchor href={hrefOf({ name: 'document', caseId: detail.caseId, docId: detail.supersedesId })} size="sm">
              {t('doc.editor.openCorrected', { n: detail.version - 1 })}
            </Anchor>
          </Text>
        )}
        {detail.correctionReason && (
          <Text size="sm" data-testid="doc-correction-reason">
            {t('doc.correct.reasonShown', { reason: detail.correctionReason })}
          </Text>
        )}
      </Stack>

      <div className="zf-doc-layout">
        <Stack gap="md" ref={formRef} data-testid="doc-form" style={{ minWidth: 0 }}>
          {isDraft && mayDraft && mayCall(role, 'documents.saveDraft') && (
            <Paper withBorder p="sm" radius="sm" bg={missing.length > 0 ? 'yellow.0' : 'green.0'} data-testid="doc-missing" data-count={missing.length}>
              {missing.length > 0 ? (
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {t('doc.editor.missing')}
                  </Text>
                  {missing.map((label, i) => {
                    const key = form.fields.find((f) => f.label === label)?.key;
                    return (
                      <Fragment key={label}>
                        {i > 0 && t('common.listSeparator')}
                        {key ? (
                          <Anchor component="button" type="button" size="sm" onClick={() => focusField(key)} title={t('doc.editor.missingFocus', { label })} data-testid="missing-item">
                            {label}
                          </Anchor>
                        ) : (
                          <span data-testid="missing-item">{label}</span>
                        )}
                      </Fragment>
                    );
                  })}
                </Text>
              ) : (
                <Text size="sm" c="green.9">
                  {t('doc.editor.complete')}
                </Text>
              )}
            </Paper>
          )}

          <Paper withBorder p="md" radius="sm" className={editable ? undefined : 'zf-readonly-form'}>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
              {form.fields.map((f) => (
                <FieldInput
                  key={f.key}
                  field={f}
                  value={data[f.key]}
                  fromCase={f.prefilled && !isBlank(f, initial.data[f.key])}
                  readOnly={!editable}
                  error={errors[f.key]}
                  onChange={(v) => change(f.key, v)}
                />
              ))}
            </SimpleGrid>
          </Paper>

          <Group className="zf-submit-bar" justify="space-between" px="md" py="sm" wrap="nowrap">
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} data-testid="doc-save-state">
              {busy === 'save'
                ? t('doc.editor.saving')
                : dirty
                  ? t('doc.editor.unsaved')
                  : savedAt && isDraft
                    ? t('doc.editor.savedAt', { time: savedAt })
                    : isDraft
                      ? t('doc.editor.allSaved')
                      : ''}
            </Text>
            <Group gap="sm" wrap="nowrap">
              {editable && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd>
                </Text>
              )}
              {editable && (
                <Button variant="default" onClick={() => void save()} loading={busy === 'save'} disabled={busy !== null && busy !== 'save'}>
                  {t('doc.editor.save')}
                </Button>
              )}
              <Button variant="default" onClick={() => void download()} loading={busy === 'download'} disabled={busy !== null && busy !== 'download'}>
                {t('doc.editor.download')}
              </Button>
              {mayDelete && (
                <Button variant="subtle" color="red" onClick={() => setConfirmingDelete(true)} loading={busy === 'delete'} disabled={busy !== null && busy !== 'delete'}>
                  {t('doc.delete.button')}
                </Button>
              )}
              {mayCorrect && (
                <Button variant="light" onClick={() => setAskingReason(true)} loading={busy === 'correct'} disabled={busy !== null && busy !== 'correct'}>
                  {t('doc.editor.correct')}
                </Button>
              )}
              {isDraft && mayDraft && mayCall(role, 'documents.issue') && (
                <Button onClick={() => void startIssue()} loading={busy === 'issue'} disabled={busy !== null && busy !== 'issue'} px="xl">
                  {t('doc.editor.issue')}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>

        <PdfPreview file={preview.file} pending={preview.pending} error={preview.error} stored={!isDraft} />
      </div>

      <Modal opened={confirmingIssue} onClose={() => setConfirmingIssue(false)} title={t('doc.issue.title')} centered>
        <Stack gap="sm">
          <Text fw={600}>{t('doc.issue.which', { name: detail.formName, version: detail.version })}</Text>
          <Text size="sm">{t('doc.issue.body')}</Text>
          <Text size="sm" c="dimmed">
            {t('doc.issue.correction')}
          </Text>
          <Group justify="flex-end" mt="xs">
            {/* The cautious choice has the focus: an irreversible step takes a deliberate click. */}
            <Button variant="default" onClick={() => setConfirmingIssue(false)} data-autofocus>
              {t('doc.issue.cancel')}
            </Button>
            <Button onClick={() => void issue()}>{t('doc.issue.confirm')}</Button>
          </Group>
        </Stack>
      </Modal>

      <CorrectionDialog detail={detail} opened={askingReason} busy={busy === 'correct'} onClose={() => setAskingReason(false)} onConfirm={correct} />
      <DeleteDraftDialog detail={detail} opened={confirmingDelete} busy={busy === 'delete'} onClose={() => setConfirmingDelete(false)} onConfirm={() => void deleteDraft()} />

      <LeaveDialog guard={guard} body={t('doc.leave.body')} saveLabel={editable ? t('doc.leave.save') : null} />
    </Box>
  );
}
