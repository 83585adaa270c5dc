/**
 * 文书设置: the office's particulars printed on its documents (机关信息) and the wording of the
 * forms' fixed notices (告知文字). The 系统管理员 edits them; a 负责人 may look.
 *
 * As in the document editor, what was typed lives only in this page until saved: a refused save
 * never replaces it, Ctrl+S saves, and leaving with unsaved changes asks first.
 */
import { Alert, Box, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DocumentSettings, NoticeInfo } from '../../../main/contract/documents';
import type { ApiError } from '../../../main/contract/errors';
import { mayCall, useWorkstation } from '../app/context';
import { usePathFocus, useSaveShortcut } from './editor-hooks';
import { SaveBar } from './SaveBar';
import { SettingsLoader } from './SettingsLoader';
import { LeaveDialog } from '../app/LeaveDialog';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { ProblemBanner } from '../components/ProblemBanner';
import { t } from '../i18n';
import {
  draftOf,
  isOverridden,
  keysOfNotice,
  noticeMatches,
  OFFICE_FIELD_KEYS,
  OFFICE_FIELDS,
  orphanKeys,
  overridePath,
  pathsInOrder,
  placeIssues,
  sameDraft,
  settingsOf,
  type OfficeField,
  type SettingsDraft,
} from './model';
import { NoticeCard, WordingInput, type OverrideActions } from './NoticeCard';

/** A wording whose notice is gone names no field the page knows. */
const NO_LABELS: ReadonlyMap<string, string> = new Map();

export function DocumentSettingsPage() {
  return (
    <SettingsLoader
      call="settings.documents.get"
      forbiddenTestId="settings-forbidden"
      texts={{ forbidden: t('settings.forbidden'), loadFailed: t('settings.loadFailed'), loading: t('settings.loading') }}
    >
      {(loaded) => <SettingsEditor initial={loaded.settings} notices={loaded.notices} />}
    </SettingsLoader>
  );
}

interface Banner {
  message: string;
  /** Problems that belong to no input on the page. */
  items: string[];
}

function SettingsEditor({ initial, notices }: { initial: DocumentSettings; notices: NoticeInfo[] }) {
  const { backend, session } = useWorkstation();
  const editable = mayCall(session.account.role, 'settings.documents.update');
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(initial));
  /** As the backend last stored it: the page is "dirty" while `draft` differs. */
  const [saved, setSaved] = useState<SettingsDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const [query, setQuery] = useState('');
  const [onlyOverridden, setOnlyOverridden] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const setFocusPath = usePathFocus(rootRef);
  /** Wordings switched off in this visit, kept so that switching on again brings them back. */
  const remembered = useRef(new Map<string, string>());

  const dirty = !sameDraft(draft, saved);

  const clearError = useCallback((path: string) => {
    setErrors((e) => {
      if (!(path in e)) return e;
      const rest = { ...e };
      delete rest[path];
      return rest;
    });
  }, []);

  const changeOffice = (key: OfficeField, value: string) => {
    setDraft((d) => ({ ...d, office: { ...d.office, [key]: value } }));
    clearError(key);
    setJustSaved(false);
  };

  const draftRef = useRef(draft);
  draftRef.current = draft;
  const actions = useMemo<OverrideActions>(() => {
    const put = (key: string, text: string | null) => {
      setDraft((d) => {
        const overrides = { ...d.overrides };
        if (text === null) delete overrides[key];
        else overrides[key] = text;
        return { ...d, overrides };
      });
      clearError(overridePath(key));
      setJustSaved(false);
    };
    return {
      change: (key, text) => put(key, text),
      turnOn: (key, initialText) => put(key, remembered.current.get(key) ?? initialText),
      turnOff: (key) => {
        const current = draftRef.current.overrides[key];
        if (current !== undefined) remembered.current.set(key, current);
        put(key, null);
      },
      restore: (key) => {
        remembered.current.delete(key);
        put(key, null);
      },
    };
  }, [clearError]);

  const save = async (): Promise<boolean> => {
    if (!editable || busy) return false;
    const sent = draft;
    setBusy(true);
    const r = await backend.call('settings.documents.update', settingsOf(sent));
    setBusy(false);
    if (!r.ok) {
      report(r.error, sent);
      return false;
    }
    const stored = draftOf(r.value);
    setSaved(stored);
    // Whatever was typed while the call was under way stays, and still counts as unsaved.
    setDraft((d) => (sameDraft(d, sent) ? stored : d));
    setErrors({});
    setBanner(null);
    setJustSaved(true);
    return true;
  };

  /** Problems under their inputs, the rest above the form; the page keeps what was typed. */
  const report = (err: ApiError, sent: SettingsDraft) => {
    const { byPath, others } = placeIssues(err.issues ?? [], sent);
    // Every problem counts, several under one box among them (checkOverrides reports them all).
    const placed = (err.issues ?? []).length - others.length;
    setErrors(byPath);
    setJustSaved(false);
    const message = err.code === 'VALIDATION_FAILED' && placed > 0 ? t('settings.invalid', { n: placed }) : err.message;
    setBanner({ message, items: others.map((o) => o.message) });
    const first = pathsInOrder(notices, sent.overrides).find((p) => p in byPath);
    if (first) setFocusPath(first);
  };

  useSaveShortcut(save);

  // --- Unsaved changes: asked about before another page, a reload or closing the window.
  const guard = useLeaveGuard(dirty, save);

  // --- Notices: filtered by the search box; one with a problem on it is always shown.
  const hasError = (n: NoticeInfo) => keysOfNotice(n).some((k) => overridePath(k) in errors);
  const overriddenCount = notices.filter((n) => isOverridden(n, draft.overrides)).length;
  const shown = notices.filter(
    (n) => hasError(n) || (noticeMatches(n, draft.overrides, query) && (!onlyOverridden || isOverridden(n, draft.overrides))),
  );
  const orphans = orphanKeys(notices, draft.overrides);

  return (
    <Box ref={rootRef} maw={980}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3}>{t('settings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('settings.intro')}
          </Text>
        </Stack>

        {!editable && (
          <Alert color="blue" data-testid="settings-readonly">
            {t('settings.readOnly')}
          </Alert>
        )}
        {banner && (
          <ProblemBanner title={t('settings.saveFailed')} message={banner.message} items={banner.items} testId="settings-banner" onClose={() => setBanner(null)} />
        )}

        <Paper withBorder p="md" radius="sm" className={editable ? undefined : 'zf-readonly-form'} data-testid="settings-office">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={4}>{t('settings.section.office')}</Title>
              <Text size="sm" c="dimmed">
                {t('settings.officeHint')}
              </Text>
            </Stack>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
              {OFFICE_FIELD_KEYS.map((key) => {
                const spec = OFFICE_FIELDS[key];
                return (
                  <Box key={key} data-path={key} style={spec.wide ? { gridColumn: '1 / -1' } : undefined}>
                    <TextInput
                      label={t(spec.label)}
                      description={spec.hint ? t(spec.hint) : undefined}
                      withAsterisk={spec.required && editable}
                      value={draft.office[key]}
                      error={errors[key]}
                      readOnly={!editable}
                      onChange={(e) => changeOffice(key, e.currentTarget.value)}
                    />
                  </Box>
                );
              })}
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="sm" className={editable ? undefined : 'zf-readonly-form'} data-testid="settings-notices">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={4}>{t('settings.section.notices')}</Title>
              <Text size="sm" c="dimmed">
                {t('settings.noticesHint')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('notices.placeholderHint')}
              </Text>
            </Stack>
            <Group gap="md" align="flex-end">
              <TextInput
                label={t('settings.noticeSearch')}
                placeholder={t('settings.noticeSearchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Checkbox label={t('settings.onlyOverridden')} checked={onlyOverridden} onChange={(e) => setOnlyOverridden(e.currentTarget.checked)} mb={8} />
            </Group>
            <Text size="xs" c="dimmed" data-testid="notice-count">
              {t('settings.noticeCount', { total: notices.length, set: overriddenCount })}
            </Text>
            {shown.length === 0 && (
              <Text size="sm" c="dimmed" py="md" ta="center">
                {t('settings.noticeNothing')}
              </Text>
            )}
            {shown.map((n) => (
              <NoticeCard key={n.key} notice={n} overrides={draft.overrides} errors={errors} readOnly={!editable} actions={actions} />
            ))}

            {orphans.length > 0 && (
              <Paper withBorder p="sm" radius="sm" bg="yellow.0" data-testid="notice-orphans">
                <Stack gap="xs">
                  <Text size="sm" fw={600}>
                    {t('settings.orphans.title')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('settings.orphans.hint')}
                  </Text>
                  {orphans.map((key) => (
                    <WordingInput
                      key={key}
                      overrideKey={key}
                      label={t('notices.orphan.label', { key })}
                      value={draft.overrides[key] ?? ''}
                      error={errors[overridePath(key)]}
                      readOnly={!editable}
                      restoreLabel={t('settings.orphans.remove')}
                      actions={actions}
                      labels={NO_LABELS}
                      fields={[]}
                    />
                  ))}
                </Stack>
              </Paper>
            )}
          </Stack>
        </Paper>

        {editable && (
          <SaveBar
            busy={busy}
            dirty={dirty}
            justSaved={justSaved}
            texts={{ saving: t('settings.saving'), unsaved: t('settings.unsaved'), saved: t('settings.saved'), save: t('settings.save') }}
            testId="settings-save-state"
            onSave={() => void save()}
          />
        )}
      </Stack>

      <LeaveDialog guard={guard} body={t('settings.leave.body')} saveLabel={editable ? t('settings.leave.save') : null} />
    </Box>
  );
}
