/**
 * The box an admin types a notice wording in. Placeholders appear as chips with the field's
 * Chinese name and are deleted whole; 插入栏目 puts one in at the cursor. The text handed to
 * `onChange` is the stored form, placeholders exactly as written (`{illegalAct:text:12}`).
 *
 * The box is an uncontrolled contentEditable: the DOM is rebuilt from `value` only when the value
 * comes from outside (loading, 恢复默认), never while typing, so the cursor and the input method
 * are left alone.
 */
import { Box, Button, Group, Menu, ScrollArea, Text } from '@mantine/core';
import { useId, useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { t } from '../i18n';
import { splitWording, type FieldLabels } from './placeholders';

export interface InsertableField {
  key: string;
  label: string;
  token: string;
}

interface Props {
  label: string;
  description?: string;
  placeholder?: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  labels: FieldLabels;
  /** Offered by 插入栏目; none means the menu is not shown. */
  fields: readonly InsertableField[];
  onChange(text: string): void;
}

const CHIP_STYLE = [
  'display:inline-block',
  'margin:0 2px',
  'padding:0 6px',
  'border-radius:4px',
  'font-size:12px',
  'line-height:18px',
  'user-select:all',
].join(';');

function chip(token: string, label: string | null, field: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.contentEditable = 'false';
  span.dataset.token = token;
  span.dataset.testid = 'field-chip';
  span.textContent = label ?? field;
  span.title = label ? t('notices.chip.title', { label }) : t('notices.chip.unknown');
  span.setAttribute(
    'style',
    `${CHIP_STYLE};background:var(--mantine-color-${label ? 'blue' : 'red'}-light);color:var(--mantine-color-${label ? 'blue' : 'red'}-light-color)`,
  );
  return span;
}

function render(root: HTMLElement, text: string, labels: FieldLabels): void {
  root.replaceChildren(
    ...splitWording(text, labels).map((p) => ('text' in p ? document.createTextNode(p.text) : chip(p.token, p.label, p.field))),
  );
}

/** The stored text of what the box holds: chips by their placeholder, text as typed. */
function serialize(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) out += child.nodeValue ?? '';
    else if (child instanceof HTMLElement) {
      if (child.dataset.token) out += child.dataset.token;
      else if (child.tagName === 'BR') out += '\n';
      else out += (child.tagName === 'DIV' || child.tagName === 'P') && out && !out.endsWith('\n') ? `\n${serialize(child)}` : serialize(child);
    }
  });
  return out;
}

export function WordingEditor({ label, description, placeholder, value, error, readOnly, labels, fields, onChange }: Props) {
  const id = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  /** What the DOM holds, as stored text: a `value` equal to it came from this box. */
  const shown = useRef<string | null>(null);
  /** Where the cursor was last in the box, for 插入栏目 (the menu takes the focus). */
  const caret = useRef<Range | null>(null);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || shown.current === value) return;
    render(box, value, labels);
    shown.current = value;
  }, [value, labels]);

  const emit = () => {
    const box = boxRef.current;
    if (!box) return;
    const text = serialize(box);
    shown.current = text;
    onChange(text);
  };

  const keepCaret = () => {
    const sel = window.getSelection();
    const box = boxRef.current;
    if (sel && sel.rangeCount && box?.contains(sel.anchorNode)) caret.current = sel.getRangeAt(0).cloneRange();
  };

  const insert = (f: InsertableField) => {
    const box = boxRef.current;
    if (!box) return;
    box.focus();
    const range = caret.current && box.contains(caret.current.startContainer) ? caret.current : null;
    const node = chip(f.token, f.label, f.key);
    if (range) {
      range.deleteContents();
      range.insertNode(node);
    } else box.appendChild(node);
    const after = document.createRange();
    after.setStartAfter(node);
    after.collapse(true);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(after);
    caret.current = after.cloneRange();
    emit();
  };

  // A wording is one paragraph of the printed form; pasted text arrives as plain text.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter') e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    e.preventDefault();
    document.execCommand('insertText', false, e.clipboardData.getData('text/plain').replace(/\s*\n\s*/g, ''));
  };
  // Placeholders typed by hand become chips once the admin moves on.
  const onBlur = () => {
    keepCaret();
    const box = boxRef.current;
    if (box && [...box.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\{[^{}]*\}/.test(n.nodeValue ?? ''))) render(box, value, labels);
  };

  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <Box>
      <Group justify="space-between" align="flex-end" gap="xs" mb={4} wrap="nowrap">
        <Box>
          <Text component="label" id={`${id}-label`} size="sm" fw={500} onClick={() => boxRef.current?.focus()}>
            {label}
          </Text>
          {description && (
            <Text id={`${id}-description`} size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </Box>
        {!readOnly && fields.length > 0 && (
          <Menu position="bottom-end" withinPortal shadow="sm">
            <Menu.Target>
              <Button size="compact-xs" variant="light" onMouseDown={keepCaret}>
                {t('notices.insert')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown data-testid="insert-field-menu">
              <Menu.Label>{t('notices.insertHint')}</Menu.Label>
              <ScrollArea.Autosize mah={280} type="auto">
                {fields.map((f) => (
                  <Menu.Item key={f.key} onClick={() => insert(f)}>
                    {f.label}
                  </Menu.Item>
                ))}
              </ScrollArea.Autosize>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <div
        ref={boxRef}
        id={id}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
        aria-readonly={readOnly || undefined}
        aria-placeholder={placeholder}
        contentEditable={!readOnly}
        suppressContentEditableWarning
        tabIndex={0}
        data-value={value}
        data-placeholder={placeholder}
        className="zf-wording"
        onInput={emit}
        onKeyDown={onKeyDown}
        onKeyUp={keepCaret}
        onMouseUp={keepCaret}
        onPaste={onPaste}
        onBlur={onBlur}
        style={{
          minHeight: 60,
          padding: '6px 10px',
          lineHeight: 1.9,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          fontSize: 'var(--mantine-font-size-sm)',
          border: `1px solid ${error ? 'var(--mantine-color-error)' : 'var(--mantine-color-gray-4)'}`,
          borderRadius: 'var(--mantine-radius-sm)',
          background: readOnly ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-body)',
          outline: 'none',
        }}
      />
      {error && (
        <Box id={`${id}-error`} mt={4} data-testid="wording-problems">
          {error.split('\n').map((m, i) => (
            <Text key={i} size="xs" c="red">
              {m}
            </Text>
          ))}
        </Box>
      )}
    </Box>
  );
}
