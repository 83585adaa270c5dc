/**
 * 程序设置: the office's provincial thresholds (听证, 法制审核, 集体讨论), how periods are
 * counted and when deadlines are announced. Only the 系统管理员 changes them.
 *
 * As on 文书设置, what was typed stays on the page until saved: a refused save keeps it, Ctrl+S
 * saves, and leaving with unsaved changes asks first.
 */
import { Box, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import type { ProcedureSettings } from '../../../main/contract/procedure';
import { useWorkstation } from '../app/context';
import { usePathFocus, useSaveShortcut } from './editor-hooks';
import { SettingsLoader } from './SettingsLoader';
import { LeaveDialog } from '../app/LeaveDialog';
import { useLeaveGuard } from '../app/useLeaveGuard';
import { ProblemBanner } from '../components/ProblemBanner';
import { t } from '../i18n';
import { checkDraft, draftOf, GROUP_TEXT, GROUPS, keysOfGroup, placeIssues, sameDraft, SETTING_KEYS, type Draft, type SettingKey } from './procedure/fields';
import { SettingField } from './procedure/SettingField';

interface Loaded {
  settings: ProcedureSettings;
  defaults: ProcedureSettings;
  sources: Record<string, string>;
}

export function ProcedureSettingsPage() {
  return (
    <SettingsLoader
      call="settings.procedure.get"
      gate="settings.procedure.update"
      forbiddenTestId="proc-settings-forbidden"
      texts={{ forbidden: t('procSettings.forbidden'), loadFailed: t('procSettings.loadFailed'), loading: t('procSettings.loading') }}
    >
      {(loaded) => <SettingsEditor loaded={loaded} />}
    </SettingsLoader>
  );
}

interface Banner {
  message: string;
  /** Problems that belong to no input on the page. */
  items: string[];
}

function SettingsEditor({ loaded }: { loaded: Loaded }) {
  const { backend } = useWorkstation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(loaded.settings));
  /** As the backend last stored it: the page is "dirty" while `draft` differs. */
  const [saved, setSaved] = useState<Draft>(() => draftOf(loaded.settings));
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [busy, setBusy] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const setFocusKey = usePathFocus(rootRef);

  const dirty = !sameDraft(draft, saved);

  const change = useCallback((key: SettingKey, value: number | boolean | '') => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
    setJustSaved(false);
  }, []);


  const showErrors = (byKey: Partial<Record<SettingKey, string>>, message: string, others: string[]) => {
    setErrors(byKey);
    setJustSaved(false);
    setBanner({ message, items: others });
    const first = SETTING_KEYS.find((k) => k in byKey);
    if (first) setFocusKey(first);
  };

  const save = async (): Promise<boolean> => {
    if (busy) return false;
    const sent = draft;
    const checked = checkDraft(sent);
    if (!checked.ok) {
      showErrors(checked.errors, t('procSettings.invalid', { n: Object.keys(checked.errors).length }), []);
      return false;
    }
    setBusy(true);
    const r = await backend.call('settings.procedure.update', checked.settings);
    setBusy(false);
    if (!r.ok) {
      const { byKey, others } = placeIssues(r.error.issues ?? []);
      const placed = Object.keys(byKey).length;
      showErrors(byKey, r.error.code === 'VALIDATION_FAILED' && placed > 0 ? t('procSettings.invalid', { n: placed }) : r.error.message, others);
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

  useSaveShortcut(save);

  const guard = useLeaveGuard(dirty, save);

  return (
    <Box ref={rootRef} maw={980}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3}>{t('procSettings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('procSettings.intro')}
          </Text>
        </Stack>

        {banner && (
          <ProblemBanner title={t('procSettings.saveFailed')} message={banner.message} items={banner.items} testId="proc-settings-banner" onClose={() => setBanner(null)} />
        )}

        {GROUPS.map((group) => (
          <Paper key={group} withBorder p="md" radius="sm" data-testid={`settings-group-${group}`}>
            <Stack gap={4}>
              <Title order={4}>{t(GROUP_TEXT[group].title)}</Title>
              <Text size="sm" c="dimmed" mb="xs">
                {t(GROUP_TEXT[group].hint)}
              </Text>
              {group === 'review' && draft.reviewAllGeneral && (
                <Text size="sm" c="blue.8" mb="xs">
                  {t('procSettings.group.reviewAllOn')}
                </Text>
              )}
              {keysOfGroup(group).map((key) => (
                <SettingField
                  key={key}
                  settingKey={key}
                  value={draft[key]}
                  defaultValue={loaded.defaults[key]}
                  source={loaded.sources[key] ?? ''}
                  error={errors[key]}
                  inactive={draft.reviewAllGeneral && (key === 'reviewFineIndividual' || key === 'reviewFineOrganisation')}
                  onChange={(v) => change(key, v)}
                />
              ))}
            </Stack>
          </Paper>
        ))}

        <Group className="zf-submit-bar" justify="space-between" px="md" py="sm" wrap="nowrap">
          <Text
            size="sm"
            c={busy ? 'dimmed' : dirty ? 'orange.8' : justSaved ? 'green.8' : 'dimmed'}
            role="status"
            data-testid="proc-settings-save-state"
          >
            {busy ? t('procSettings.saving') : dirty ? t('procSettings.unsaved') : justSaved ? t('procSettings.saved') : ''}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd>
            </Text>
            <Button onClick={() => void save()} loading={busy} px="xl">
              {t('procSettings.save')}
            </Button>
          </Group>
        </Group>
      </Stack>

      <LeaveDialog guard={guard} body={t('procSettings.leave.body')} saveLabel={t('procSettings.leave.save')} />
    </Box>
  );
}
