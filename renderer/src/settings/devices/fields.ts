/**
 * 设备设置 as the page holds it: the reader settings as typed (USB identifiers one per line, the
 * number boxes possibly blank while edited), the checks made before sending, and where a backend
 * issue belongs on the page.
 */
import type { FieldIssue } from '../../../../main/contract/errors';
import { readerSettings, type ReaderSettings, type ReaderTransportSetting } from '../../../../main/contract/idcard';
import { t, type MessageKey } from '../../i18n';

export type DeviceField = keyof ReaderSettings;

/** In screen order: the first one with a message takes the focus. */
export const DEVICE_FIELDS: readonly DeviceField[] = ['transport', 'usbIds', 'serialPath', 'baudRate', 'pollMs', 'photoDecoderPath', 'photoDecoderSymbol', 'photoDecoderSha256'];

export const FIELD_LABEL: Record<DeviceField, MessageKey> = {
  transport: 'devSettings.transport',
  usbIds: 'devSettings.usbIds',
  serialPath: 'devSettings.serialPath',
  baudRate: 'devSettings.baudRate',
  pollMs: 'devSettings.pollMs',
  photoDecoderPath: 'devSettings.photoDecoderPath',
  photoDecoderSymbol: 'devSettings.photoDecoderSymbol',
  photoDecoderSha256: 'devSettings.photoDecoderSha256',
};

export const BAUD_RATES = ['115200', '57600', '38400', '19200', '9600'] as const;

export interface DeviceDraft {
  transport: ReaderTransportSetting;
  /** One VID:PID per line. */
  usbIds: string;
  serialPath: string;
  baudRate: string;
  pollMs: number | '';
  photoDecoderPath: string;
  photoDecoderSymbol: string;
  photoDecoderSha256: string;
}

export function draftOf(s: ReaderSettings): DeviceDraft {
  return { ...s, usbIds: s.usbIds.join('\n'), baudRate: String(s.baudRate) };
}

/** Blank lines and surrounding spaces of the USB list are not the clerk's meaning. */
function usbLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** As it is sent (before the contract's own trimming and upper-casing). */
export function settingsOf(d: DeviceDraft): ReaderSettings {
  return {
    transport: d.transport,
    usbIds: usbLines(d.usbIds),
    serialPath: d.serialPath.trim(),
    baudRate: Number(d.baudRate) as ReaderSettings['baudRate'],
    pollMs: d.pollMs === '' ? Number.NaN : d.pollMs,
    photoDecoderPath: d.photoDecoderPath.trim(),
    photoDecoderSymbol: d.photoDecoderSymbol.trim(),
    photoDecoderSha256: d.photoDecoderSha256.trim(),
  };
}

function canonical(d: DeviceDraft): string {
  const s = settingsOf(d);
  return JSON.stringify({ ...s, usbIds: s.usbIds.map((x) => x.toUpperCase()), pollMs: d.pollMs });
}

export function sameDraft(a: DeviceDraft, b: DeviceDraft): boolean {
  return a === b || canonical(a) === canonical(b);
}

export type FieldErrors = Partial<Record<DeviceField, string>>;

const CJK = /[\u4e00-\u9fff]/;

/**
 * Issues under their inputs (`usbIds.2` under the USB list, naming the line). A message without
 * Chinese text (a bare type check) is replaced by the page's own wording.
 */
export function placeIssues(issues: readonly FieldIssue[], d: DeviceDraft): { byField: FieldErrors; others: string[] } {
  const byField: FieldErrors = {};
  const others: string[] = [];
  const lines = usbLines(d.usbIds);
  for (const issue of issues) {
    const [head, index] = issue.path.split('.');
    const field = DEVICE_FIELDS.find((f) => f === head);
    if (!field) {
      others.push(issue.message);
      continue;
    }
    if (field in byField) continue;
    const message = CJK.test(issue.message) ? issue.message : t('devSettings.required', { label: t(FIELD_LABEL[field]) });
    const line = index !== undefined && /^\d+$/.test(index) ? Number(index) : null;
    byField[field] = field === 'usbIds' && line !== null && line < lines.length ? t('devSettings.usbLine', { n: line + 1, message }) : message;
  }
  return { byField, others };
}

/** The settings to send, or what keeps the draft from being sent (the contract's own messages). */
export function checkDraft(d: DeviceDraft): { ok: true; settings: ReaderSettings } | { ok: false; errors: FieldErrors } {
  // A blank interval goes in as NaN: the schema refuses it, and the page words that as 请填写.
  const settings = settingsOf(d);
  const parsed = readerSettings.safeParse(settings);
  if (parsed.success) return { ok: true, settings };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  return { ok: false, errors: placeIssues(issues, d).byField };
}
