/**
 * 模拟读卡器: for demos, training and the tests, a card from the simulator's set is laid on the
 * reader or lifted off, and the reader is unplugged or plugged in. Labelled as a simulator so no
 * one takes a sample card for a person's document.
 */
import { Alert, Button, CloseButton, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { SimulatorControl, SimulatorState } from '../../../main/contract/idcard';
import { useWorkstation } from '../app/context';
import { t } from '../i18n';

export function SimulatorPanel({ onClose }: { onClose(): void }) {
  const { backend } = useWorkstation();
  const [state, setState] = useState<SimulatorState | null>(null);
  const [fixture, setFixture] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void backend.call('idcard.simulator.get', {}).then((r) => {
      if (!live) return;
      if (r.ok) setState(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [backend]);

  const control = async (action: SimulatorControl) => {
    setBusy(true);
    setError(null);
    const r = await backend.call('idcard.simulator.control', action);
    setBusy(false);
    if (r.ok) setState(r.value);
    else setError(r.error.message);
  };

  const options = useMemo(() => (state?.fixtures ?? []).map((f) => ({ value: f.id, label: f.label })), [state]);
  const cardLabel = state?.card ? (state.fixtures.find((f) => f.id === state.card)?.label ?? state.card) : null;

  return (
    <Stack gap="sm" w={380} data-testid="sim-panel">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={5} c="orange.9">
          {t('sim.title')}
        </Title>
        <CloseButton size="sm" onClick={onClose} aria-label={t('sim.close')} />
      </Group>
      <Text size="xs" c="dimmed">
        {t('sim.intro')}
      </Text>

      {error && (
        <Alert color="red" p="xs" data-testid="sim-error">
          <Text size="sm">{error}</Text>
        </Alert>
      )}

      {!state ? (
        !error && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('sim.loading')}
            </Text>
          </Group>
        )
      ) : !state.active ? (
        <Text size="sm" c="dimmed" data-testid="sim-inactive">
          {t('sim.inactive')}
        </Text>
      ) : (
        <>
          <Stack gap={2} data-testid="sim-state">
            <Text size="sm">{state.plugged ? t('sim.plugged') : t('sim.unplugged')}</Text>
            <Text size="sm">{cardLabel ? t('sim.cardOn', { label: cardLabel }) : t('sim.cardNone')}</Text>
          </Stack>
          <Select
            label={t('sim.fixture')}
            placeholder={t('sim.fixturePlaceholder')}
            data={options}
            value={fixture}
            onChange={setFixture}
            maxDropdownHeight={320}
            comboboxProps={{ withinPortal: false }}
            data-testid="sim-fixture"
          />
          <SimpleGrid cols={2} spacing="xs">
            <Button
              size="xs"
              onClick={() => fixture && void control({ action: 'place', fixture })}
              disabled={!fixture || busy}
              data-testid="sim-place"
            >
              {t('sim.place')}
            </Button>
            <Button size="xs" variant="default" onClick={() => void control({ action: 'remove' })} disabled={!state.card || busy} data-testid="sim-remove">
              {t('sim.remove')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="orange"
              onClick={() => void control({ action: 'unplug' })}
              disabled={!state.plugged || busy}
              data-testid="sim-unplug"
            >
              {t('sim.unplug')}
            </Button>
            <Button size="xs" variant="light" onClick={() => void control({ action: 'plug' })} disabled={state.plugged || busy} data-testid="sim-plug">
              {t('sim.plug')}
            </Button>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
