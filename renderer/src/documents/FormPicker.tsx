import { Alert, Anchor, Badge, Box, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { FormSummary } from '../../../main/contract/documents';
import type { Party } from '../../../main/contract/schemas';
import { useWorkstation } from '../app/context';
import { navigate } from '../app/router';
import { t } from '../i18n';
import { useForms } from './forms';
import { chineseNumber } from './numbers';

/** The 24 式样 of the Ministry's annex by their number; forms the office adds beyond them (不予行政处罚决定书) say so. */
export const ANNEX_FORMS = 24;

export function formNumber(id: number): string {
  return id > ANNEX_FORMS ? t('doc.formAdded') : t('doc.formNumber', { n: chineseNumber(id) });
}

/** Forms grouped by the 环节 they belong to, in catalogue order (an added form joins its 环节's group). */
function byStage(forms: readonly FormSummary[]): [string, FormSummary[]][] {
  const groups = new Map<string, FormSummary[]>();
  for (const f of forms) groups.set(f.stage, [...(groups.get(f.stage) ?? []), f]);
  return [...groups];
}

/** A form that prints a 当事人 block is filled for one party: with several on the case, the clerk says which. */
const namesParty = (form: FormSummary) => form.fields.some((f) => f.kind === 'party');

/**
 * The 24 文书式样 and the added forms to choose from; choosing one (and, for a form about a party on
 * a case with several, the party) makes a draft pre-filled from the case and opens it.
 */
export function FormPicker({ caseId, opened, onClose }: { caseId: number; opened: boolean; onClose(): void }) {
  const { backend } = useWorkstation();
  const { forms, error } = useForms();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [parties, setParties] = useState<Party[]>([]);
  /** The form chosen, waiting for its party. */
  const [forParty, setForParty] = useState<FormSummary | null>(null);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    void backend.call('cases.get', { id: caseId }).then((r) => {
      if (live && r.ok) setParties(r.value.parties);
    });
    return () => {
      live = false;
    };
  }, [backend, caseId, opened]);

  const shown = useMemo(() => {
    const q = query.trim();
    if (!forms || !q) return forms ?? [];
    // Figures or numerals find a form by its number too (式样之十五, 15).
    return forms.filter((f) => f.name.includes(q) || String(f.id) === q || chineseNumber(f.id) === q || formNumber(f.id).includes(q));
  }, [forms, query]);

  const create = async (form: FormSummary, partyId?: number) => {
    if (creating !== null) return;
    setCreating(form.id);
    setFailure(null);
    const r = await backend.call('documents.create', { caseId, formId: form.id, ...(partyId !== undefined ? { partyId } : {}) });
    setCreating(null);
    if (!r.ok) return setFailure(r.error.message);
    setForParty(null);
    onClose();
    navigate({ name: 'document', caseId, docId: r.value.id });
  };

  const pick = async (form: FormSummary) => {
    if (creating !== null) return;
    if (parties.length > 1 && namesParty(form)) {
      setFailure(null);
      setForParty(form);
      return;
    }
    await create(form);
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && shown[0]) {
      e.preventDefault();
      void pick(shown[0]);
    }
  };

  const close = () => {
    if (creating !== null) return;
    setQuery('');
    setFailure(null);
    setForParty(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={forParty ? t('doc.picker.partyTitle') : t('doc.picker.title')} size="lg" data-testid="form-picker">
      {forParty ? (
        <PartyChoice form={forParty} parties={parties} creating={creating !== null} failure={failure} onPick={(id) => void create(forParty, id)} onBack={() => setForParty(null)} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('doc.picker.intro')}
          </Text>
          <TextInput
            label={t('doc.picker.search')}
            placeholder={t('doc.picker.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={onSearchKey}
            data-autofocus
          />
          {failure && (
            <Alert color="red" title={t('doc.picker.failed')}>
              {failure}
            </Alert>
          )}
          {error && <Alert color="red">{t('doc.picker.loadFailed', { message: error })}</Alert>}
          {!forms && !error && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('doc.picker.loading')}
              </Text>
            </Group>
          )}
          {forms && shown.length === 0 && (
            <Text size="sm" c="dimmed" py="md" ta="center">
              {t('doc.picker.nothing')}
            </Text>
          )}
          <ScrollArea.Autosize mah="min(60vh, 520px)" type="auto" offsetScrollbars>
            <Stack gap="sm">
              {byStage(shown).map(([stage, list]) => (
                <Box key={stage} component="section" aria-label={stage}>
                  <Text size="xs" fw={600} c="dimmed" mb={4}>
                    {stage}
                  </Text>
                  <Stack gap={2}>
                    {list.map((f) => (
                      <UnstyledButton
                        key={f.id}
                        className="zf-form-option"
                        onClick={() => void pick(f)}
                        disabled={creating !== null}
                        aria-label={`${formNumber(f.id)} ${f.name}`}
                        data-testid="form-option"
                        data-form-id={f.id}
                      >
                        <Group gap="sm" wrap="nowrap">
                          <Text size="xs" c="dimmed" w="5.5em" style={{ flexShrink: 0 }}>
                            {formNumber(f.id)}
                          </Text>
                          <Text size="sm" fw={500} style={{ flex: 1 }}>
                            {f.name}
                          </Text>
                          {f.multiPage && (
                            <Badge size="xs" variant="outline" color="gray" radius="sm">
                              {t('doc.picker.multiPage')}
                            </Badge>
                          )}
                          {creating === f.id && <Loader size="xs" />}
                        </Group>
                      </UnstyledButton>
                    ))}
                  </Stack>
                </Box>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Modal>
  );
}

/** The case's parties to draw the form up for, in the order they were registered. */
function PartyChoice(props: { form: FormSummary; parties: readonly Party[]; creating: boolean; failure: string | null; onPick(id: number): void; onBack(): void }) {
  const { form, parties, creating, failure } = props;
  return (
    <Stack gap="sm" data-testid="party-choice">
      <Text size="sm" c="dimmed">
        {t('doc.picker.partyIntro', { n: parties.length, name: form.name })}
      </Text>
      {failure && (
        <Alert color="red" title={t('doc.picker.failed')}>
          {failure}
        </Alert>
      )}
      <Stack gap={2}>
        {parties.map((p, i) => (
          <UnstyledButton
            key={p.id}
            className="zf-form-option"
            onClick={() => props.onPick(p.id)}
            disabled={creating}
            data-testid="party-option"
            data-party-id={p.id}
            data-autofocus={i === 0 ? true : undefined}
          >
            <Group gap="sm" wrap="nowrap">
              <Badge size="sm" variant="light" color={p.kind === 'organisation' ? 'grape' : 'blue'} radius="sm" style={{ flexShrink: 0 }}>
                {p.kind === 'organisation' ? t('doc.picker.partyOrganisation') : t('doc.picker.partyIndividual')}
              </Badge>
              <Text size="sm" fw={500} style={{ flex: 1 }}>
                {p.name}
              </Text>
              {creating && <Loader size="xs" />}
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
      <Group>
        <Anchor component="button" type="button" size="sm" onClick={props.onBack} disabled={creating}>
          {t('doc.picker.partyBack')}
        </Anchor>
      </Group>
    </Stack>
  );
}
