/**
 * The desk's ID-card reader as the backend sees it: finds the reader over the configured links,
 * follows it being plugged and unplugged, keeps the status bar's state, asks for a card while a
 * party form is open, and reads on request. Every exchange has a time-out, so an unplugged or
 * silent reader ends in an error, never a hang.
 */
import type { ReaderSettings, ReaderState, ReaderStatus, SimulatorControl, SimulatorState } from '../../contract/idcard';
import { AppError } from '../../contract/errors';
import { IdCardError, isIdCardError } from './errors';
import { DEFAULT_TIMEOUTS, SamReader, type RawCard, type ReaderTimeouts } from './reader';
import { CARD_FIXTURES } from './simulator/fixtures';
import { DEMO_LATENCY, SamSimulator, type SimulatorLatency } from './simulator/sam-simulator';
import { SimulatorLink } from './simulator/simulated-link';
import { SerialDiscovery } from './transports/serial';
import type { ReaderDiscovery, SamTransport } from './transports/transport';
import { parseUsbId, UsbDiscovery, type UsbBus } from './transports/usb';

export interface ReaderServiceOptions {
  onStatus: (status: ReaderStatus) => void;
  log?: (msg: string, err?: unknown) => void;
  timeouts?: ReaderTimeouts;
  /** Latency of the simulated reader; the demo's by default. */
  simulatorLatency?: SimulatorLatency;
  /** A USB bus to use instead of node-usb's (tests). */
  usbBus?: UsbBus;
}

export interface CardReadResult {
  card: RawCard;
  device: string;
  samId: string | null;
  simulated: boolean;
}

/** Probing a port or a USB device: a SAM answers 11 FF within this. */
const PROBE_TIMEOUTS: ReaderTimeouts = { shortMs: 500, readMs: 500 };

export class IdCardReaderService {
  private settings: ReaderSettings | null = null;
  private discoveries: ReaderDiscovery[] = [];
  private reader: SamReader | null = null;
  private samId: string | null = null;
  private state: ReaderState = 'disconnected';
  private error: ReaderStatus['error'] = null;
  private cardPresent = false;
  private reading = false;
  private seq = 0;
  private photoUnavailable: string | null = null;
  private readonly watchers = new Set<object>();
  private pollTimer: NodeJS.Timeout | null = null;
  private polling = false;
  private closed = false;
  /** The simulated reader, kept across reconfigurations so a placed card stays placed. */
  readonly simulator: SamSimulator;
  private simLink: SimulatorLink | null = null;

  constructor(private readonly opts: ReaderServiceOptions) {
    this.simulator = new SamSimulator(CARD_FIXTURES, opts.simulatorLatency ?? DEMO_LATENCY);
  }

  status(): ReaderStatus {
    const t = this.reader?.transport;
    return {
      state: this.state,
      transport: t?.kind ?? null,
      device: t?.label ?? '',
      simulated: t?.kind === 'simulator' || (this.settings?.transport === 'simulator' && !t),
      samId: this.samId,
      cardPresent: this.cardPresent,
      error: this.error,
      photoUnavailable: this.photoUnavailable,
      seq: this.seq,
    };
  }

  private changed(patch: Partial<{ state: ReaderState; error: ReaderStatus['error']; cardPresent: boolean }>) {
    let dirty = false;
    if (patch.state !== undefined && patch.state !== this.state) {
      this.state = patch.state;
      dirty = true;
    }
    if (patch.error !== undefined && JSON.stringify(patch.error) !== JSON.stringify(this.error)) {
      this.error = patch.error;
      dirty = true;
    }
    if (patch.cardPresent !== undefined && patch.cardPresent !== this.cardPresent) {
      this.cardPresent = patch.cardPresent;
      dirty = true;
    }
    if (dirty) this.publish();
  }

  private publish() {
    this.seq++;
    this.opts.onStatus(this.status());
  }

  /** Why no photo can be shown (null when the vendor's decoder loads); set by the backend after checking the decoder. */
  setPhotoUnavailable(reason: string | null) {
    if (reason === this.photoUnavailable) return;
    this.photoUnavailable = reason;
    this.publish();
  }

  /** (Re)starts looking for the reader as the settings say. */
  async configure(settings: ReaderSettings): Promise<void> {
    await this.stopDiscoveries();
    this.settings = settings;
    this.error = null;
    this.discoveries = this.makeDiscoveries(settings);
    this.state = 'disconnected';
    this.publish();
    for (const d of this.discoveries) {
      d.start(
        (t) => void this.attach(t),
        (message) => {
          if (!this.reader) this.changed({ error: { code: 'IDCARD_NOT_CONNECTED', message } });
        },
      );
    }
  }

  private makeDiscoveries(s: ReaderSettings): ReaderDiscovery[] {
    const probe = async (t: SamTransport) => {
      await new SamReader(t, PROBE_TIMEOUTS).checkSam();
      return true;
    };
    const usb = () => new UsbDiscovery({ ids: s.usbIds.map(parseUsbId), probe, bus: this.opts.usbBus });
    const serial = () => new SerialDiscovery({ path: s.serialPath, baudRate: s.baudRate, probe });
    switch (s.transport) {
      case 'simulator':
        this.simLink ??= new SimulatorLink(this.simulator);
        return [this.simLink];
      case 'usb':
        return [usb()];
      case 'serial':
        return [serial()];
      case 'auto':
        return [usb(), serial()];
      case 'off':
        return [];
    }
  }

  private async attach(t: SamTransport) {
    if (this.closed || this.reader) {
      await t.close();
      return;
    }
    const reader = new SamReader(t, this.opts.timeouts ?? DEFAULT_TIMEOUTS);
    reader.whenLost = (reason) => this.detach(reader, reason);
    this.reader = reader;
    this.samId = null;
    this.changed({ state: 'ready', error: null, cardPresent: false });
    try {
      this.samId = await reader.samId();
      this.publish();
    } catch (e) {
      this.opts.log?.('SAM id not read', e);
    }
    this.schedulePoll();
  }

  private detach(reader: SamReader, reason: string) {
    if (this.reader !== reader) return;
    this.reader = null;
    this.samId = null;
    this.reading = false;
    this.changed({ state: 'disconnected', cardPresent: false, error: { code: 'IDCARD_NOT_CONNECTED', message: `读卡器已断开（${reason}）` } });
    const kind = reader.transport.kind;
    for (const d of this.discoveries) if (d.kind === kind) d.rescan();
  }

  /** A party form opened (`on`) or closed, keyed by the window's connection. */
  watch(key: object, on: boolean): ReaderStatus {
    if (on) this.watchers.add(key);
    else this.watchers.delete(key);
    if (!this.watchers.size) this.changed({ cardPresent: false });
    this.schedulePoll();
    return this.status();
  }

  /**
   * The reader is asked for a card while a party form watches, and also while it shows 错误 with no
   * form open: the fault must go from every window's status bar once its cause (the card) is gone.
   */
  private shouldPoll(): boolean {
    return this.watchers.size > 0 || this.state === 'error';
  }

  private schedulePoll() {
    if (this.pollTimer || this.closed || !this.shouldPoll() || !this.reader) return;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = null;
      void this.poll();
    }, this.settings?.pollMs ?? 300);
  }

  private async poll() {
    const reader = this.reader;
    if (!reader || !this.shouldPoll() || this.reading || this.polling) {
      this.schedulePoll();
      return;
    }
    this.polling = true;
    try {
      const present = await reader.findCard();
      if (this.reader === reader && !this.reading) this.afterPoll(present);
    } catch (e) {
      if (this.reader === reader && reader.connected) this.fail(e);
    } finally {
      this.polling = false;
      this.schedulePoll();
    }
  }

  /**
   * What a poll's answer means. The reader answered, so the link is sound: a fault ends once no card
   * lies there (the faulty card was lifted, or the fault was the reader's and it answers again). A
   * faulty card still lying there keeps the fault shown; the next good read ends it too.
   */
  private afterPoll(present: boolean) {
    const patch: Parameters<IdCardReaderService['changed']>[0] = {};
    if (this.watchers.size) patch.cardPresent = present;
    if (this.state === 'error' && !present) {
      patch.state = 'ready';
      patch.error = null;
    }
    this.changed(patch);
  }

  private fail(e: unknown) {
    const err = isIdCardError(e) ? e : new IdCardError('IDCARD_PROTOCOL', (e as Error)?.message ?? String(e));
    this.changed({ state: this.reader ? 'error' : 'disconnected', error: { code: err.code, message: err.message } });
    this.schedulePoll();
  }

  /** Reads the card lying on the reader now. */
  async read(): Promise<CardReadResult> {
    const reader = this.reader;
    if (!reader) throw new IdCardError('IDCARD_NOT_CONNECTED', this.error?.message ?? 'no reader attached');
    if (this.reading) throw new IdCardError('IDCARD_BUSY', 'a read is in progress');
    this.reading = true;
    this.changed({ state: 'reading', error: null });
    try {
      const card = await reader.readCard();
      this.reading = false;
      this.changed({ state: 'ready', cardPresent: false });
      return { card, device: reader.transport.label, samId: this.samId, simulated: reader.transport.kind === 'simulator' };
    } catch (e) {
      this.reading = false;
      if (this.reader === reader) {
        if (isIdCardError(e) && e.code === 'IDCARD_NO_CARD') this.changed({ state: 'ready', cardPresent: false });
        else this.fail(e);
      }
      throw e;
    }
  }

  simulatorState(): SimulatorState {
    return {
      active: this.settings?.transport === 'simulator',
      plugged: this.simLink?.plugged ?? true,
      card: this.simulator.cardId,
      fixtures: this.simulator.fixtures.map((f) => ({ id: f.id, label: f.label })),
    };
  }

  simulatorControl(c: SimulatorControl): SimulatorState {
    if (this.settings?.transport !== 'simulator' || !this.simLink) throw new AppError('IDCARD_SIMULATOR_OFF');
    switch (c.action) {
      case 'place':
        if (!this.simulator.place(c.fixture)) throw new AppError('VALIDATION_FAILED', '没有这张模拟证件', [{ path: 'fixture', message: '没有这张模拟证件' }]);
        break;
      case 'remove':
        this.simulator.remove();
        break;
      case 'unplug':
        this.simLink.unplug();
        break;
      case 'plug':
        this.simLink.plug();
        break;
    }
    return this.simulatorState();
  }

  private async stopDiscoveries() {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
    const reader = this.reader;
    this.reader = null;
    this.samId = null;
    this.cardPresent = false;
    await Promise.all(this.discoveries.map((d) => d.stop().catch(() => undefined)));
    this.discoveries = [];
    await reader?.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watchers.clear();
    await this.stopDiscoveries();
    this.simulator.cancelPending();
  }
}
