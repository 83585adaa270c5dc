/**
 * 设备设置: how this desk's ID-card reader is attached (USB, serial, the simulator, none), how
 * often an open party form asks for a card, and where the reader vendor's photo decoder lives.
 * The 系统管理员 edits them; a 负责人 may look.
 *
 * As on the other settings pages, what was typed stays on the page until saved: a refused save
 * keeps it, Ctrl+S saves, and leaving with unsaved changes asks first.
 */
import { Alert, Box, Button, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { READER_STATES, READER_TRANSPORTS, type ReaderSettings, type ReaderTransportSetting } from '../../../main/contract/idcard';
import { mayCall, useWorkstation } from '../app/context';
import { LeaveDialog } from '../app/LeaveDialog';
import { ProblemBanner } from '../components/ProblemBanner';
import { useReaderStatus } from '../devices/reader-status';
import { t } from '../i18n';
import { BAUD_RATES, checkDraft, DEVICE_FIELDS, draftOf, placeIssues, sameDraft, type DeviceDraft, type DeviceField } from './devices/fields';
import { useFieldSettingsEditor } from './editor-hooks';
import { SaveBar } from './SaveBar';
import { SettingsLoader } from './SettingsLoader';

export function DeviceSettingsPage() {
  return (
    <SettingsLoader
      call="settings.devices.get"
      forbiddenTestId="device-settings-forbidden"
      texts={{ forbidden: t('devSettings.forbidden'), loadFailed: t('devSettings.loadFailed'), loading: t('devSettings.loading') }}
    >
      {(loaded) => <SettingsEditor initial={loaded.settings} defaults={loaded.defaults} />}
    </SettingsLoader>
  );
}

function SettingsEditor({ initial, defaults }: { initial: ReaderSettings; defaults: ReaderSettings }) {
  const { backend, session } = useWorkstation();
  const editable = mayCall(session.account.role, 'settings.devices.update');
  const rootRef = useRef<HTMLDivElement>(null);
  const { draft, setDraft, errors, banner, closeBanner, busy, justSaved, dirty, change, save, guard } = useFieldSettingsEditor<DeviceDraft, ReaderSettings, DeviceField>(
    {
      initial,
      editable,
      draftOf,
      sameDraft,
      check: checkDraft,
      send: (settings) => backend.call('settings.devices.update', settings),
      place: (issues, sent) => {
        const { byField, others } = placeIssues(issues, sent);
        return { byKey: byField, others };
      },
      keys: DEVICE_FIELDS,
      invalid: (n) => t('devSettings.invalid', { n }),
    },
    rootRef,
  );
  const isDefault = sameDraft(draft, draftOf(defaults));

  const transports = useMemo(() => READER_TRANSPORTS.map((x) => ({ value: x.code, label: x.label })), []);
  const bauds = useMemo(() => BAUD_RATES.map((b) => ({ value: b, label: b })), []);
  const usesUsb = draft.transport === 'auto' || draft.transport === 'usb';
  const usesSerial = draft.transport === 'auto' || draft.transport === 'serial';
  const field = (key: DeviceField) => ({ 'data-path': key });

  return (
    <Box ref={rootRef} maw={980}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3}>{t('devSettings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('devSettings.intro')}
          </Text>
        </Stack>

        <CurrentStatus />

        {!editable && (
          <Alert color="blue" data-testid="device-settings-readonly">
            {t('devSettings.readOnly')}
          </Alert>
        )}
        {banner && (
          <ProblemBanner
            title={t('devSettings.saveFailed')}
            message={banner.message}
            items={banner.items}
            testId="device-settings-banner"
            onClose={closeBanner}
          />
        )}

        <Paper withBorder p="md" radius="sm" className={editable ? undefined : 'zf-readonly-form'} data-testid="device-settings-reader">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={4}>{t('devSettings.section.reader')}</Title>
              <Text size="sm" c="dimmed">
                {t('devSettings.readerHint')}
              </Text>
            </Stack>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
              <Box {...field('transport')}>
                <Select
                  label={t('devSettings.transport')}
                  data={transports}
                  value={draft.transport}
                  onChange={(v) => v && change('transport', v as ReaderTransportSetting)}
                  allowDeselect={false}
                  readOnly={!editable}
                  error={errors.transport}
                />
              </Box>
              <Box {...field('pollMs')}>
                <NumberInput
                  label={t('devSettings.pollMs')}
                  description={t('devSettings.pollMsHint')}
                  value={draft.pollMs}
                  onChange={(v) => change('pollMs', typeof v === 'number' ? v : v.trim() === '' ? '' : Number(v))}
                  min={100}
                  max={2000}
                  step={50}
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  readOnly={!editable}
                  error={errors.pollMs}
                  rightSection={
                    <Text size="sm" c="dimmed" pr={8}>
                      {t('devSettings.ms')}
                    </Text>
                  }
                  rightSectionWidth={48}
                  rightSectionPointerEvents="none"
                />
              </Box>
              <Box {...field('usbIds')} style={{ opacity: usesUsb ? 1 : 0.6 }}>
                <Textarea
                  label={t('devSettings.usbIds')}
                  description={t('devSettings.usbIdsHint')}
                  value={draft.usbIds}
                  onChange={(e) => change('usbIds', e.currentTarget.value)}
                  autosize
                  minRows={3}
                  maxRows={8}
                  spellCheck={false}
                  className="zf-mono"
                  readOnly={!editable}
                  error={errors.usbIds}
                />
              </Box>
              <Stack gap="sm" style={{ opacity: usesSerial ? 1 : 0.6 }}>
                <Box {...field('serialPath')}>
                  <TextInput
                    label={t('devSettings.serialPath')}
                    description={t('devSettings.serialPathHint')}
                    placeholder={t('devSettings.serialPathPlaceholder')}
                    value={draft.serialPath}
                    onChange={(e) => change('serialPath', e.currentTarget.value)}
                    spellCheck={false}
                    readOnly={!editable}
                    error={errors.serialPath}
                  />
                </Box>
                <Box {...field('baudRate')}>
                  <Select
                    label={t('devSettings.baudRate')}
                    data={bauds}
                    value={draft.baudRate}
                    onChange={(v) => v && change('baudRate', v)}
                    allowDeselect={false}
                    readOnly={!editable}
                    error={errors.baudRate}
                  />
                </Box>
              </Stack>
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="sm" className={editable ? undefined : 'zf-readonly-form'} data-testid="device-settings-photo">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={4}>{t('devSettings.section.photo')}</Title>
              <Text size="sm" c="dimmed" data-testid="device-settings-photo-hint">
                {t('devSettings.photoHint')}
              </Text>
            </Stack>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
              <Box {...field('photoDecoderPath')}>
                <TextInput
                  label={t('devSettings.photoDecoderPath')}
                  description={t('devSettings.photoDecoderPathHint')}
                  value={draft.photoDecoderPath}
                  onChange={(e) => change('photoDecoderPath', e.currentTarget.value)}
                  spellCheck={false}
                  readOnly={!editable}
                  error={errors.photoDecoderPath}
                />
              </Box>
              <Box {...field('photoDecoderSymbol')}>
                <TextInput
                  label={t('devSettings.photoDecoderSymbol')}
                  description={t('devSettings.photoDecoderSymbolHint')}
                  value={draft.photoDecoderSymbol}
                  onChange={(e) => change('photoDecoderSymbol', e.currentTarget.value)}
                  spellCheck={false}
                  className="zf-mono"
                  readOnly={!editable}
                  error={errors.photoDecoderSymbol}
                />
              </Box>
              <Box {...field('photoDecoderSha256')} style={{ gridColumn: '1 / -1' }}>
                <TextInput
                  label={t('devSettings.photoDecoderSha256')}
                  description={t('devSettings.photoDecoderSha256Hint')}
                  value={draft.photoDecoderSha256}
                  onChange={(e) => change('photoDecoderSha256', e.currentTarget.value)}
                  spellCheck={false}
                  className="zf-mono"
                  readOnly={!editable}
                  error={errors.photoDecoderSha256}
                />
              </Box>
            </SimpleGrid>
          </Stack>
        </Paper>

        {editable && (
          <SaveBar
            busy={busy}
            dirty={dirty}
            justSaved={justSaved}
            texts={{ saving: t('devSettings.saving'), unsaved: t('devSettings.unsaved'), saved: t('devSettings.saved'), save: t('devSettings.save') }}
            testId="device-settings-save-state"
            onSave={() => void save()}
            extra={
              <Button variant="subtle" disabled={isDefault} onClick={() => setDraft(draftOf(defaults))}>
                {t('devSettings.restoreDefaults')}
              </Button>
            }
          />
        )}
      </Stack>

      <LeaveDialog guard={guard} body={t('devSettings.leave.body')} saveLabel={editable ? t('devSettings.leave.save') : null} />
    </Box>
  );
}

/** The reader as it is now, so a changed setting can be seen taking effect. */
function CurrentStatus() {
  const status = useReaderStatus();
  if (!status) return null;
  const word = READER_STATES.find((s) => s.code === status.state)?.label ?? status.state;
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0" data-testid="device-settings-status">
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('devSettings.current')}
        </Text>
        <Text size="sm">
          {t('reader.status', { state: word })}
          {status.device ? `　${status.device}` : ''}
          {status.simulated ? `　${t('reader.simulatedTitle')}` : ''}
        </Text>
        {status.state === 'error' && status.error && (
          <Text size="sm" c="red.8">
            {status.error.message}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {status.photoUnavailable ? t('devSettings.photoUnavailable', { reason: status.photoUnavailable }) : t('devSettings.photoAvailable')}
        </Text>
      </Stack>
    </Paper>
  );
}
