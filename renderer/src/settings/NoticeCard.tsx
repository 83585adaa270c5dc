/**
 * One fixed notice of the forms: which forms print it, its default wording (read-only), and the
 * office's own wording for all those forms, or for one of them, if the office has chosen one.
 */
import { Anchor, Box, Button, Group, Paper, Stack, Switch, Text, Textarea } from '@mantine/core';
import { memo, useState } from 'react';
import type { NoticeInfo } from '../../../main/contract/documents';
import { joinList, t } from '../i18n';
import { formKey, keysOfNotice, overridePath, sharedDefault } from './model';

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

/** A field's label for `{field}` in a form's wording (undefined while the catalogue is loading). */
export type FieldLabel = (formId: number, field: string) => string | undefined;

/** A wording with its `{field}` placeholders marked, each titled with the field's label. */
export function TemplateText({ text, formId, fieldLabel }: { text: string; formId: number; fieldLabel: FieldLabel }) {
  const parts: (string | { raw: string; field: string })[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ raw: m[0], field: m[1].split(':')[0].trim() });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return (
    <>
      {parts.map((p, i) => {
        if (typeof p === 'string') return p;
        const label = fieldLabel(formId, p.field);
        return (
          <span key={i} className="zf-slot" title={label ? t('settings.notice.slotTitle', { label }) : undefined}>
            {p.raw}
          </span>
        );
      })}
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
}

/** The box for one override key; its wrapper carries the key's issue path so a message can focus it. */
export function WordingInput({ overrideKey, label, description, placeholder, value, error, readOnly, restoreLabel, actions }: WordingProps) {
  return (
    <Box data-path={overridePath(overrideKey)}>
      <Textarea
        label={label}
        description={description}
        placeholder={placeholder}
        value={value}
        error={error}
        readOnly={readOnly}
        autosize
        minRows={2}
        maxRows={12}
        onChange={(e) => actions.change(overrideKey, e.currentTarget.value)}
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
  fieldLabel: FieldLabel;
  actions: OverrideActions;
}

function NoticeCardView({ notice, overrides, errors, readOnly, fieldLabel, actions }: NoticeCardProps) {
  const [perFormOpen, setPerFormOpen] = useState(false);
  const shared = sharedDefault(notice);
  const own = overrides[notice.key];
  const hasPerForm = notice.forms.some((f) => formKey(f.formId, notice.key) in overrides);
  const several = notice.forms.length > 1;
  const showPerForm = hasPerForm || (several && perFormOpen);
  const formNames = joinList(notice.forms.map((f) => f.formName));
  const first = notice.forms[0];
  const mustKeep = [...new Set(notice.forms.flatMap((f) => f.mustKeep))];

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
            <Text size="sm" fw={600} data-testid="notice-forms">
              {t('settings.notice.usedBy', { forms: formNames })}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {t('settings.notice.key', { key: notice.key })}
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
            <TemplateText text={shared} formId={first.formId} fieldLabel={fieldLabel} />
          </div>
        ) : (
          notice.forms.map((f) => (
            <div key={f.formId} className="zf-notice-default" data-testid="notice-default">
              <Text span size="xs" fw={600} className="zf-notice-default-label">
                {t('settings.notice.defaultOf', { form: f.formName })}
              </Text>
              <TemplateText text={f.defaultText} formId={f.formId} fieldLabel={fieldLabel} />
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
  if (a.notice !== b.notice || a.readOnly !== b.readOnly || a.fieldLabel !== b.fieldLabel || a.actions !== b.actions) return false;
  return keysOfNotice(a.notice).every((k) => a.overrides[k] === b.overrides[k] && a.errors[overridePath(k)] === b.errors[overridePath(k)]);
});
