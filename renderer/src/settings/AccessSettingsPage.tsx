/**
 * 安全设置 (系统管理员): the office's password, lockout and session policy (等保 level 3 asks for
 * lockout and session limits) and how early certificates are announced before they expire. As on
 * the other settings pages, what was typed stays until saved, Ctrl+S saves, and leaving with
 * unsaved changes asks first.
 */
import { Box, Button, Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type { AccessSettings } from '../../../main/contract/people';
import { useWorkstation } from '../app/context';
import { LeaveDialog } from '../app/LeaveDialog';
import { ProblemBanner } from '../components/ProblemBanner';
import { t } from '../i18n';
import { ACCESS_FIELDS, ACCESS_KEYS, boundsOf, checkDraft, draftOf, placeIssues, sameDraft, type AccessDraft, type AccessKey } from './access/fields';
import { useFieldSettingsEditor } from './editor-hooks';
import { SaveBar } from './SaveBar';
import { SettingsLoader } from './SettingsLoader';

export function AccessSettingsPage() {
  return (
    <SettingsLoader
      call="settings.access.get"
      forbiddenTestId="access-settings-forbidden"
      texts={{ forbidden: t('access.forbidden'), loadFailed: t('access.loadFailed'), loading: t('access.loading') }}
    >
      {(loaded) => <AccessEditor settings={loaded.settings} defaults={loaded.defaults} />}
    </SettingsLoader>
  );
}

function AccessEditor({ settings, defaults }: { settings: AccessSettings; defaults: AccessSettings }) {
  const { backend } = useWorkstation();
  const rootRef = useRef<HTMLDivElement>(null);
  const { draft, errors, banner, closeBanner, busy, justSaved, dirty, change, save, guard } = useFieldSettingsEditor<AccessDraft, AccessSettings, AccessKey>(
    {
      initial: settings,
      editable: true,
      draftOf,
      sameDraft,
      check: checkDraft,
      send: (s) => backend.call('settings.access.update', s),
      place: (issues) => placeIssues(issues),
      keys: ACCESS_KEYS,
      invalid: (n) => t('access.invalid', { n }),
    },
    rootRef,
  );

  return (
    <Box ref={rootRef} maw={820}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3}>{t('access.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('access.intro')}
          </Text>
        </Stack>
        {banner && <ProblemBanner title={t('access.saveFailed')} message={banner.message} items={banner.items} testId="access-settings-banner" onClose={closeBanner} />}
        <Paper withBorder p="md" radius="sm">
          {ACCESS_KEYS.map((key) => {
            const spec = ACCESS_FIELDS[key];
            const value = draft[key];
            const def = defaults[key];
            const isDefault = value === def;
            const defText = spec.kind === 'flag' ? t(def ? 'procSettings.yes' : 'procSettings.no') : `${String(def)} ${t(spec.unit)}`;
            return (
              <Box key={key} data-path={key} data-testid="access-setting" data-key={key} py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                <Group align="flex-start" justify="space-between" wrap="nowrap" gap="lg">
                  <Box style={{ flex: 1, minWidth: 0 }}>
                    {spec.kind === 'flag' ? (
                      <Switch label={t(spec.label)} description={t(spec.hint)} checked={value === true} error={errors[key]} onChange={(e) => change(key, e.currentTarget.checked)} />
                    ) : (
                      <NumberInput
                        label={t(spec.label)}
                        description={t(spec.hint)}
                        value={typeof value === 'number' ? value : ''}
                        error={errors[key]}
                        min={boundsOf(key as Exclude<AccessKey, 'allowRemember'>).min}
                        max={boundsOf(key as Exclude<AccessKey, 'allowRemember'>).max}
                        clampBehavior="none"
                        allowDecimal={false}
                        allowNegative={false}
                        hideControls
                        styles={{ wrapper: { maxWidth: 240 } }}
                        rightSection={
                          <Text size="sm" c="dimmed" pr={8} style={{ whiteSpace: 'nowrap' }}>
                            {t(spec.unit)}
                          </Text>
                        }
                        rightSectionWidth={t(spec.unit).length * 14 + 16}
                        rightSectionPointerEvents="none"
                        onChange={(v) => change(key, typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
                      />
                    )}
                  </Box>
                  <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                    <Text size="xs" c="dimmed">
                      {t('procSettings.default', { value: defText })}
                    </Text>
                    {!isDefault && (
                      <Button size="compact-xs" variant="subtle" onClick={() => change(key, def)}>
                        {t('access.restoreDefault')}
                      </Button>
                    )}
                  </Stack>
                </Group>
              </Box>
            );
          })}
        </Paper>
        <SaveBar
          busy={busy}
          dirty={dirty}
          justSaved={justSaved}
          texts={{ saving: t('access.saving'), unsaved: t('access.unsaved'), saved: t('access.saved'), save: t('access.save') }}
          testId="access-settings-save-state"
          onSave={() => void save()}
        />
      </Stack>
      <LeaveDialog guard={guard} body={t('access.leave.body')} saveLabel={t('access.leave.save')} />
    </Box>
  );
}
