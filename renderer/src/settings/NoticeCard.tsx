/**
 * One fixed notice of the forms, by its Chinese name: which forms print it, its default wording
 * (read-only), and the office's own wording for all those forms, or for one of them, if the office
 * has chosen one. Placeholders show as the fields' names; the stored text keeps them as they are.
 */
import { Anchor, Box, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import type { NoticeInfo } from '../../../main/contract/documents';
import { joinList, t } from '../i18n';
import { FieldChip } from './FieldChip';
import { formKey, keysOfNotice, overridePath, sharedDefault } from './model';
import { labelsOf, labelsOfNotice, splitWording, type FieldLabels } from './placeholders';
import { WordingEditor, type InsertableField } from './WordingEditor';

/** Changes to the office's wordings, by override key. Stable for the life of the page. */
export interface OverrideActions {
  change(key: string, text: string): void;
  /** Switches the office's wording on, starting from `initial` unless the admin typed one before. */
  turnOn(key: string, initial: string): void;
  /** Switches it off; what was typed is remembered for switching on again. */
  turnOff(key: string): void;
  /** 恢复默认: the wording is removed and forgotten. */
  restore(key: string): void;
}

/** A wording with its `{field}` placeholders shown as chips with the field's Chinese name. */
export function TemplateText({ text, labels }: { text: string; labels: FieldLabels }) {
  return (
    <>
      {splitWording(text, labels).map((p, i) => ('text' in p ? p.text : <FieldChip key={i} label={p.label} field={p.field} />))}
    </>
  );
}

interface WordingProps {
  overrideKey: string;
  label: string;
  description?: string;
  placeholder?: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  restoreLabel: string;
  actions: OverrideActions;
  labels: FieldLabels;
  fields: readonly InsertableField[];
}

/** The box for one override key; its wrapper carries the key's issue path so a message can focus it. */
export function WordingInput({ overrideKey, label, description, placeholder, value, error, readOnly, restoreLabel, actions, labels, fields }: WordingProps) {
  return (
    <Box data-path={overridePath(overrideKey)}>
      <WordingEditor
        label={label}
        description={description}
        placeholder={placeholder}
        value={value}
        error={error}
        readOnly={readOnly}
        labels={labels}
        fields={fields}
        onChange={(text) => actions.change(overrideKey, text)}
      />
      {!readOnly && (
        <Group justify="flex-end" mt={4}>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => actions.restore(overrideKey)}>
            {restoreLabel}
          </Button>
        </Group>
      )}
    </Box>
  );
}

export interface NoticeCardProps {
  notice: NoticeInfo;
  overrides: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  readOnly: boolean;
  actions: OverrideActions;
}

/** For a wording of every form of the notice: the fields all of them have, in the first form's order. */
function sharedFields(notice: NoticeInfo): InsertableField[] {
  const [first, ...others] = notice.forms;
  return (first?.fields ?? []).filter((f) => others.every((o) => o.fields.some((x) => x.key === f.key)));
}

function NoticeCardView({ notice, overrides, errors, readOnly, actions }: NoticeCardProps) {
  const [perFormOpen, setPerFormOpen] = useState(false);
  const shared = sharedDefault(notice);
  const own = overrides[notice.key];
  const hasPerForm = notice.forms.some((f) => formKey(f.formId, notice.key) in overrides);
  const several = notice.forms.length > 1;
  const showPerForm = hasPerForm || (several && perFormOpen);
  const formNames = joinList(notice.forms.map((f) => f.formName));
  const first = notice.forms[0];
  const mustKeep = [...new Set(notice.forms.flatMap((f) => f.mustKeep))];
  const allLabels = useMemo(() => labelsOfNotice(notice), [notice]);
  const allFields = useMemo(() => sharedFields(notice), [notice]);

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      data-testid="notice"
      data-key={notice.key}
      data-overridden={own !== undefined || hasPerForm || undefined}
      className="zf-notice"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} data-testid="notice-title">
              {notice.title}
            </Text>
            <Text size="xs" c="dimmed" data-testid="notice-forms">
              {t('settings.notice.usedBy', { forms: formNames })}
            </Text>
          </Stack>
          <Switch
            label={t('settings.notice.useOwn')}
            checked={own !== undefined}
            disabled={readOnly}
            onChange={(e) => (e.currentTarget.checked ? actions.turnOn(notice.key, shared ?? '') : actions.turnOff(notice.key))}
            style={{ flexShrink: 0 }}
          />
        </Group>

        {shared !== null && first ? (
          <div className="zf-notice-default" data-testid="notice-default">
            <Text span size="xs" fw={600} className="zf-notice-default-label">
              {t('settings.notice.default')}
            </Text>
            <TemplateText text={shared} labels={labelsOf(first)} />
          </div>
        ) : (
          notice.forms.map((f) => (
            <div key={f.formId} className="zf-notice-default" data-testid="notice-default">
              <Text span size="xs" fw={600} className="zf-notice-default-label">
                {t('settings.notice.defaultOf', { form: f.formName })}
              </Text>
              <TemplateText text={f.defaultText} labels={labelsOf(f)} />
            </div>
          ))
        )}

        {mustKeep.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="notice-must-keep">
            {t('settings.notice.mustKeep', { items: mustKeep.join('；') })}
          </Text>
        )}

        {own !== undefined && (
          <WordingInput
            overrideKey={notice.key}
            label={t('settings.notice.own')}
            description={several ? t('settings.notice.ownAll', { n: notice.forms.length }) : t('settings.notice.ownOne')}
            placeholder={t('settings.notice.ownPlaceholder')}
            value={own}
            error={errors[overridePath(notice.key)]}
            readOnly={readOnly}
            restoreLabel={t('settings.notice.restore')}
            actions={actions}
            labels={allLabels}
            fields={allFields}
          />
        )}

        {several && !hasPerForm && !readOnly && (
          <Group>
            <Anchor component="button" type="button" size="xs" onClick={() => setPerFormOpen((o) => !o)} aria-expanded={perFormOpen}>
              {perFormOpen ? t('settings.notice.perFormHide') : t('settings.notice.perForm')}
            </Anchor>
          </Group>
        )}

        {showPerForm && (
          <Stack gap="xs" pl="sm" className="zf-notice-perform">
            {notice.forms.map((f) => {
              const key = formKey(f.formId, notice.key);
              const text = overrides[key];
              if (readOnly && text === undefined) return null;
              return (
                <Stack key={f.formId} gap={4}>
                  <Switch
                    size="xs"
                    label={t('settings.notice.formOwn', { form: f.formName })}
                    checked={text !== undefined}
                    disabled={readOnly}
                    onChange={(e) => (e.currentTarget.checked ? actions.turnOn(key, f.defaultText) : actions.turnOff(key))}
                  />
                  {text !== undefined && (
                    <WordingInput
                      overrideKey={key}
                      label={t('settings.notice.formOwnLabel', { form: f.formName })}
                      description={t('settings.notice.formOwnHint', { form: f.formName })}
                      value={text}
                      error={errors[overridePath(key)]}
                      readOnly={readOnly}
                      restoreLabel={t('settings.notice.restore')}
                      actions={actions}
                      labels={labelsOf(f)}
                      fields={f.fields}
                    />
                  )}
                </Stack>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** Re-rendered only when something of its own changes: typing in one box leaves the other cards alone. */
export const NoticeCard = memo(NoticeCardView, (a, b) => {
  if (a.notice !== b.notice || a.readOnly !== b.readOnly || a.actions !== b.actions) return false;
  return keysOfNotice(a.notice).every((k) => a.overrides[k] === b.overrides[k] && a.errors[overridePath(k)] === b.errors[overridePath(k)]);
});
