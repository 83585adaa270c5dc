/**
 * 程序设置: the office's provincial thresholds (听证, 法制审核, 集体讨论), how periods are
 * counted, the powers the office holds only by a named law (延长办案期限, 直接强制执行), and when
 * deadlines are announced. Only the 系统管理员 changes them.
 *
 * As on 文书设置, what was typed stays on the page until saved: a refused save keeps it, Ctrl+S
 * saves, and leaving with unsaved changes asks first.
 */
import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type { ProcedureSettings } from '../../../main/contract/procedure';
import { useWorkstation } from '../app/context';
import { useFieldSettingsEditor } from './editor-hooks';
import { SaveBar } from './SaveBar';
import { SettingsLoader } from './SettingsLoader';
import { LeaveDialog } from '../app/LeaveDialog';
import { ProblemBanner } from '../components/ProblemBanner';
import { t } from '../i18n';
import { checkDraft, draftOf, GROUP_TEXT, GROUPS, isSwitchedOff, keysOfGroup, placeIssues, sameDraft, SETTING_KEYS, type Draft, type SettingKey } from './procedure/fields';
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

function SettingsEditor({ loaded }: { loaded: Loaded }) {
  const { backend } = useWorkstation();
  const rootRef = useRef<HTMLDivElement>(null);
  // Only the 系统管理员 reaches this editor (the page is admin-only).
  const { draft, errors, banner, closeBanner, busy, justSaved, dirty, change, save, guard } = useFieldSettingsEditor<Draft, ProcedureSettings, SettingKey>(
    {
      initial: loaded.settings,
      editable: true,
      draftOf,
      sameDraft,
      check: checkDraft,
      send: (settings) => backend.call('settings.procedure.update', settings),
      place: (issues) => {
        const { byKey, others } = placeIssues([...issues]);
        return { byKey, others };
      },
      keys: SETTING_KEYS,
      invalid: (n) => t('procSettings.invalid', { n }),
    },
    rootRef,
  );

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
          <ProblemBanner title={t('procSettings.saveFailed')} message={banner.message} items={banner.items} testId="proc-settings-banner" onClose={closeBanner} />
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
                  disabled={isSwitchedOff(key, draft)}
                  onChange={(v) => change(key, v)}
                />
              ))}
            </Stack>
          </Paper>
        ))}

        <SaveBar
          busy={busy}
          dirty={dirty}
          justSaved={justSaved}
          texts={{ saving: t('procSettings.saving'), unsaved: t('procSettings.unsaved'), saved: t('procSettings.saved'), save: t('procSettings.save') }}
          testId="proc-settings-save-state"
          onSave={() => void save()}
        />
      </Stack>

      <LeaveDialog guard={guard} body={t('procSettings.leave.body')} saveLabel={t('procSettings.leave.save')} />
    </Box>
  );
}
