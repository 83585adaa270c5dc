/**
 * The reader in the status bar: a coloured dot and 读卡器：未连接 / 就绪 / 读卡中 / 错误, the device,
 * and 模拟 when the reader is the built-in simulator. Whoever may drive the simulator opens its
 * panel from a button of its own beside it (a labelled, focusable control, not a badge that happens
 * to take clicks), and closes it with Esc or its close button.
 */
import { Badge, Box, Button, Group, Popover, Text, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { READER_STATES, type ReaderState } from '../../../main/contract/idcard';
import { mayCall, useWorkstation } from '../app/context';
import { t } from '../i18n';
import { useReaderStatus } from './reader-status';
import { SimulatorPanel } from './SimulatorPanel';

const DOT_COLOR: Record<ReaderState, string> = {
  disconnected: 'var(--mantine-color-gray-5)',
  ready: 'var(--mantine-color-green-6)',
  reading: 'var(--mantine-color-blue-6)',
  error: 'var(--mantine-color-red-6)',
};

export function ReaderStatusIndicator() {
  const { session } = useWorkstation();
  const status = useReaderStatus();
  const [panelOpen, setPanelOpen] = useState(false);
  const mayDrive = mayCall(session.account.role, 'idcard.simulator.control');

  // Esc closes the panel wherever focus is (the panel does not trap focus, so the clerk can go on
  // typing in the form beside it); a dropdown inside the panel that handles Esc itself keeps it.
  useEffect(() => {
    if (!panelOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) setPanelOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panelOpen]);

  if (!status) {
    return (
      <Text size="xs" c="dimmed" data-testid="reader-status" data-state="unknown">
        {t('reader.statusUnknown')}
      </Text>
    );
  }

  const word = READER_STATES.find((s) => s.code === status.state)?.label ?? status.state;
  const problem = status.state === 'error' ? status.error?.message : undefined;
  const badge = (
    <Badge size="xs" radius="sm" color="orange" variant="filled" title={t('reader.simulatedTitle')}>
      {t('reader.simulated')}
    </Badge>
  );

  return (
    <Group gap={6} wrap="nowrap" data-testid="reader-status" data-state={status.state} data-simulated={status.simulated}>
      <Tooltip label={problem ?? ''} disabled={!problem} withArrow position="top">
        <Group gap={6} wrap="nowrap" title={problem} role="status" aria-live="polite">
          <Box
            component="span"
            aria-hidden
            w={8}
            h={8}
            style={{ borderRadius: '50%', background: DOT_COLOR[status.state], flexShrink: 0 }}
            className={status.state === 'reading' ? 'zf-pulse' : undefined}
          />
          <Text size="xs" c={status.state === 'error' ? 'red.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
            {t('reader.status', { state: word })}
          </Text>
          {status.device && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="reader-device">
              {status.device}
            </Text>
          )}
          {status.cardPresent && (
            <Text size="xs" c="blue.8" style={{ whiteSpace: 'nowrap' }}>
              {t('reader.cardWaiting')}
            </Text>
          )}
        </Group>
      </Tooltip>
      {status.simulated && badge}
      {/* An open panel stays while the simulated reader is unplugged, so it can be plugged in again. */}
      {mayDrive && (status.simulated || panelOpen) && (
        <Popover opened={panelOpen} onChange={setPanelOpen} position="top-start" shadow="md" withArrow closeOnClickOutside={false} trapFocus={false}>
          <Popover.Target>
            <Button
              size="compact-xs"
              variant="light"
              color="orange"
              onClick={() => setPanelOpen((o) => !o)}
              title={t('reader.openSimulator')}
              aria-expanded={panelOpen}
              aria-haspopup="dialog"
              data-testid="sim-open"
            >
              {t('reader.simulatorButton')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown role="dialog" aria-label={t('sim.title')}>
            <SimulatorPanel onClose={() => setPanelOpen(false)} />
          </Popover.Dropdown>
        </Popover>
      )}
    </Group>
  );
}
