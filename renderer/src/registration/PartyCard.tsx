import { Alert, Badge, Box, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { GENDER_OPTIONS, ID_TYPES, labelOf, PARTY_KINDS, type Gender, type IdType } from '../../../main/contract/domain';
import { NATIONS } from '../../../main/contract/validation';
import { cardKindLabel, expiredText } from '../devices/card-text';
import { DateField } from '../components/DateFields';
import { CardPhoto } from '../devices/CardPhoto';
import { t } from '../i18n';
import type { IndividualDraft, OrganisationDraft, PartyDraft } from './draft';
import type { FieldKit } from './fields';

/** The 读卡 side of an individual party's card. */
export interface CardReading {
  /** A read for this party is under way. */
  reading: boolean;
  /** Another read is under way: the button waits. */
  busy: boolean;
  /** The backend's message for the last failed read meant for this party. */
  error: string | null;
  onRead(): void;
}

interface Props {
  index: number;
  party: PartyDraft;
  fields: FieldKit;
  /** `changed` are the field names (not paths) the edit touched. */
  onChange(party: PartyDraft, changed: string[]): void;
  onRemove(): void;
  /** Set when the ID number has just filled in birth date and sex. */
  autoFilled: boolean;
  /** Individual parties only. */
  cardReading?: CardReading;
}

export function PartyCard({ index, party, fields, onChange, onRemove, autoFilled, cardReading }: Props) {
  const n = index + 1;
  const card = party.kind === 'individual' ? party.card : null;
  return (
    <Paper withBorder p="md" radius="sm" data-testid={`party-${index}`} bg="gray.0">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {t('reg.partyHeading', { n, kind: labelOf(PARTY_KINDS, party.kind) })}
          </Text>
          {card && (
            <Badge color="green" variant="light" radius="sm" data-testid={`party-${index}-verified`} title={cardKindLabel(card.kind)}>
              {t('card.verified')} · {cardKindLabel(card.kind)}
              {card.simulated ? `（${t('card.simulatedBadge')}）` : ''}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {party.kind === 'individual' && cardReading && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={cardReading.onRead}
              loading={cardReading.reading}
              disabled={cardReading.busy && !cardReading.reading}
              aria-label={t('card.readLabel', { n })}
              title={t('card.readHint')}
              data-testid={`party-${index}-read`}
            >
              {t('card.read')}
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={t('reg.removePartyLabel', { n })}>
            {t('reg.removeParty')}
          </Button>
        </Group>
      </Group>
      {party.kind === 'individual' ? (
        <>
          <IndividualFields index={index} party={party} fields={fields} onChange={onChange} autoFilled={autoFilled} />
          <CardNotes index={index} party={party} error={cardReading?.error ?? null} />
        </>
      ) : (
        <OrganisationFields index={index} party={party} fields={fields} onChange={onChange} />
      )}
    </Paper>
  );
}

/** Below an individual party: a failed read, an expired card, a verification given up, the photo. */
function CardNotes({ index, party, error }: { index: number; party: IndividualDraft; error: string | null }) {
  const card = party.card;
  if (!error && !card && !party.cardDropped) return null;
  return (
    <Stack gap="xs" mt="sm">
      {error && (
        <Alert color="red" p="xs" role="alert" data-testid={`party-${index}-read-error`}>
          <Text size="sm">{error}</Text>
        </Alert>
      )}
      {card?.expired && (
        <Alert color="orange" p="xs" data-testid={`party-${index}-expired`}>
          <Text size="sm">{expiredText(card.validUntil)}</Text>
        </Alert>
      )}
      {!card && party.cardDropped && (
        <Text size="sm" c="orange.8" data-testid={`party-${index}-unverified`}>
          {t('card.dropped')}
        </Text>
      )}
      {card && (
        <Group align="flex-start" gap="sm">
          <CardPhoto readId={card.readId} testId={`party-${index}`} />
        </Group>
      )}
    </Stack>
  );
}

function IndividualFields({
  index,
  party,
  fields,
  onChange,
  autoFilled,
}: {
  index: number;
  party: IndividualDraft;
  fields: FieldKit;
  onChange: Props['onChange'];
  autoFilled: boolean;
}) {
  const path = (f: keyof IndividualDraft) => `parties.${index}.${f}`;
  const set = (patch: Partial<IndividualDraft>) => onChange({ ...party, ...patch }, Object.keys(patch));
  const nations = useMemo(() => NATIONS.map((x) => ({ value: x.code, label: x.name })), []);
  const idTypes = useMemo(() => ID_TYPES.map((x) => ({ value: x.code, label: x.label })), []);
  const genders = useMemo(() => GENDER_OPTIONS.map((x) => ({ value: x.code, label: x.label })), []);
  const common = (f: keyof IndividualDraft) => ({
    ref: fields.register(path(f)),
    error: fields.error(path(f)),
    onBlur: () => fields.blur(path(f)),
  });
  const foreign = party.idType === 'foreign_permanent_id' || party.englishName !== '' || party.nationality !== '';
  const latestAddressUsed = party.card !== null && party.card.latestAddress !== '' && party.address === party.card.latestAddress;

  return (
    <SimpleGrid cols={4} spacing="sm" verticalSpacing="xs">
      <TextInput label={t('reg.name')} required value={party.name} onChange={(e) => set({ name: e.currentTarget.value })} {...common('name')} />
      <Select
        label={t('reg.idType')}
        required
        data={idTypes}
        value={party.idType}
        onChange={(v) => set({ idType: v as IdType | null })}
        allowDeselect={false}
        {...common('idType')}
      />
      <TextInput
        label={t('reg.idNumber')}
        required
        value={party.idNumber}
        onChange={(e) => set({ idNumber: e.currentTarget.value })}
        description={autoFilled ? t('reg.idFilled') : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autoComplete="off"
        spellCheck={false}
        className="zf-mono"
        style={{ gridColumn: 'span 2' }}
        {...common('idNumber')}
      />
      <Select
        label={t('reg.gender')}
        required
        data={genders}
        value={party.gender}
        onChange={(v) => set({ gender: v as Gender | null })}
        {...common('gender')}
      />
      <DateField
        label={t('reg.birthDate')}
        required
        value={party.birthDate}
        onChange={(v) => set({ birthDate: v })}
        {...common('birthDate')}
      />
      <Select
        label={t('reg.ethnicity')}
        data={nations}
        value={party.ethnicity}
        onChange={(v) => set({ ethnicity: v })}
        searchable
        {...common('ethnicity')}
      />
      <TextInput
        label={t('reg.phone')}
        required
        value={party.phone}
        onChange={(e) => set({ phone: e.currentTarget.value })}
        inputMode="tel"
        autoComplete="off"
        {...common('phone')}
      />
      <TextInput
        label={t('reg.address')}
        required
        value={party.address}
        onChange={(e) => set({ address: e.currentTarget.value })}
        description={latestAddressUsed ? t('card.latestAddress') : undefined}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        style={{ gridColumn: 'span 2' }}
        {...common('address')}
      />
      <TextInput
        label={t('reg.workplace')}
        value={party.workplace}
        onChange={(e) => set({ workplace: e.currentTarget.value })}
        style={{ gridColumn: 'span 2' }}
        {...common('workplace')}
      />
      <TextInput
        label={t('card.issuer')}
        value={party.idIssuer}
        onChange={(e) => set({ idIssuer: e.currentTarget.value })}
        style={{ gridColumn: 'span 2' }}
        {...common('idIssuer')}
      />
      <DateField
        label={t('card.validFrom')}
        value={party.idValidFrom}
        onChange={(v) => set({ idValidFrom: v })}
        {...common('idValidFrom')}
      />
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <DateField
          label={t('card.validUntil')}
          value={party.idLongTerm ? '' : party.idValidUntil}
          onChange={(v) => set({ idValidUntil: v })}
          disabled={party.idLongTerm}
          style={{ flex: 1, minWidth: 0 }}
          {...common('idValidUntil')}
        />
        <Checkbox
          label={t('card.longTerm')}
          checked={party.idLongTerm}
          onChange={(e) => set({ idLongTerm: e.currentTarget.checked, idValidUntil: '' })}
          mt={32}
          styles={{ label: { whiteSpace: 'nowrap' } }}
        />
      </Group>
      {foreign && (
        <>
          <TextInput
            label={t('card.englishName')}
            value={party.englishName}
            onChange={(e) => set({ englishName: e.currentTarget.value })}
            autoComplete="off"
            spellCheck={false}
            style={{ gridColumn: 'span 2' }}
            {...common('englishName')}
          />
          <TextInput
            label={t('card.nationality')}
            description={t('card.nationalityHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={party.nationality}
            onChange={(e) => set({ nationality: e.currentTarget.value.toUpperCase() })}
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            className="zf-mono"
            {...common('nationality')}
          />
          <Box />
        </>
      )}
    </SimpleGrid>
  );
}

function OrganisationFields({
  index,
  party,
  fields,
  onChange,
}: {
  index: number;
  party: OrganisationDraft;
  fields: FieldKit;
  onChange: Props['onChange'];
}) {
  const path = (f: keyof OrganisationDraft) => `parties.${index}.${f}`;
  const set = (patch: Partial<OrganisationDraft>) => onChange({ ...party, ...patch }, Object.keys(patch));
  const common = (f: keyof OrganisationDraft) => ({
    ref: fields.register(path(f)),
    error: fields.error(path(f)),
    onBlur: () => fields.blur(path(f)),
  });

  return (
    <SimpleGrid cols={4} spacing="sm" verticalSpacing="xs">
      <TextInput
        label={t('reg.orgName')}
        required
        value={party.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        style={{ gridColumn: 'span 2' }}
        {...common('name')}
      />
      <TextInput
        label={t('reg.creditCode')}
        required
        value={party.creditCode}
        onChange={(e) => set({ creditCode: e.currentTarget.value })}
        autoComplete="off"
        spellCheck={false}
        className="zf-mono"
        style={{ gridColumn: 'span 2' }}
        {...common('creditCode')}
      />
      <TextInput label={t('reg.legalRep')} required value={party.legalRep} onChange={(e) => set({ legalRep: e.currentTarget.value })} {...common('legalRep')} />
      <TextInput
        label={t('reg.legalRepTitle')}
        value={party.legalRepTitle}
        onChange={(e) => set({ legalRepTitle: e.currentTarget.value })}
        {...common('legalRepTitle')}
      />
      <TextInput
        label={t('reg.phone')}
        required
        value={party.phone}
        onChange={(e) => set({ phone: e.currentTarget.value })}
        inputMode="tel"
        autoComplete="off"
        style={{ gridColumn: 'span 2' }}
        {...common('phone')}
      />
      <TextInput
        label={t('reg.orgAddress')}
        required
        value={party.address}
        onChange={(e) => set({ address: e.currentTarget.value })}
        style={{ gridColumn: 'span 4' }}
        {...common('address')}
      />
    </SimpleGrid>
  );
}
