/**
 * USB-serial readers (CH340 / PL2303 / CP210x / FTDI bridges to the SAM's UART, 115 200 8N1 by
 * default): a configured port, or in automatic mode every USB-serial port the system lists,
 * probed with 11 FF (SAM status) so a modem or a GPS on another port is left alone. Ports are
 * looked for again every two seconds while no reader is attached, which is the hot-plug here.
 */
import fs from 'node:fs';
import { SerialPort } from 'serialport';
import { LinkBase, type ReaderDiscovery, type SamTransport } from './transport';

const RESCAN_MS = 2000;
/**
 * How often an open port's device node is looked for. A USB-serial adapter pulled out takes its
 * /dev node with it, but the tty layer does not always wake the open port (a hung-up pty never
 * does), so presence is checked as well as waiting for an error.
 */
const PRESENCE_MS = 500;

export class SerialTransport extends LinkBase implements SamTransport {
  readonly kind = 'serial' as const;
  private readonly presence: NodeJS.Timeout;

  private constructor(
    readonly label: string,
    private readonly port: SerialPort,
  ) {
    super();
    port.on('data', (chunk: Buffer) => this.data(chunk));
    port.on('close', (err?: Error & { disconnected?: boolean }) => this.lose(err?.disconnected ? '串口设备已拔出' : '串口已关闭'));
    // Errors also end in 'close'; listening keeps them from becoming uncaught.
    port.on('error', () => undefined);
    this.presence = setInterval(() => {
      if (!fs.existsSync(label)) this.lose('串口设备已拔出');
    }, PRESENCE_MS);
    this.presence.unref();
  }

  protected override released() {
    clearInterval(this.presence);
    if (this.port.isOpen) this.port.close(() => undefined);
  }

  static open(path: string, baudRate: number): Promise<SerialTransport> {
    return new Promise((resolve, reject) => {
      const port = new SerialPort({ path, baudRate, dataBits: 8, parity: 'none', stopBits: 1, autoOpen: false });
      port.open((err) => (err ? reject(err) : resolve(new SerialTransport(path, port))));
    });
  }

  write(frame: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.port.write(frame, (err) => (err ? reject(err) : this.port.drain((e) => (e ? reject(e) : resolve()))));
    });
  }

  close(): Promise<void> {
    this.open = false;
    clearInterval(this.presence);
    return new Promise((resolve) => {
      if (!this.port.isOpen) return resolve();
      this.port.close(() => resolve());
    });
  }
}

export interface SerialDiscoveryOptions {
  /** A fixed port; blank = every USB-serial port listed. */
  path: string;
  baudRate: number;
  /** Whether the opened port has a SAM behind it. */
  probe: (t: SamTransport) => Promise<boolean>;
  rescanMs?: number;
}

export class SerialDiscovery implements ReaderDiscovery {
  readonly kind = 'serial' as const;
  private timer: NodeJS.Timeout | null = null;
  private attached = false;
  private stopped = false;
  private scanning = false;
  /** Ports that answered but not as a SAM: not probed again while they stay listed. */
  private readonly notReaders = new Set<string>();
  private found: (t: SamTransport) => void = () => undefined;
  private problem: (message: string) => void = () => undefined;

  constructor(private readonly opts: SerialDiscoveryOptions) {}

  start(found: (t: SamTransport) => void, problem: (message: string) => void): void {
    this.found = found;
    this.problem = problem;
    void this.scan();
  }

  rescan(): void {
    this.attached = false;
    void this.scan();
  }

  private schedule() {
    if (this.stopped || this.attached || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.scan();
    }, this.opts.rescanMs ?? RESCAN_MS);
  }

  private async candidates(): Promise<string[]> {
    if (this.opts.path) return [this.opts.path];
    const listed = await SerialPort.list();
    const usbSerial = listed.filter((p) => p.vendorId).map((p) => p.path);
    for (const p of [...this.notReaders]) if (!usbSerial.includes(p)) this.notReaders.delete(p);
    return usbSerial.filter((p) => !this.notReaders.has(p));
  }

  private async scan() {
    if (this.stopped || this.attached || this.scanning) return;
    this.scanning = true;
    try {
      for (const path of await this.candidates()) {
        let t: SerialTransport;
        try {
          t = await SerialTransport.open(path, this.opts.baudRate);
        } catch (e) {
          if (this.opts.path) this.problem(`无法打开串口 ${path}：${(e as Error).message}`);
          continue;
        }
        if (this.stopped) {
          await t.close();
          return;
        }
        if (await this.opts.probe(t).catch(() => false)) {
          this.attached = true;
          this.found(t);
          return;
        }
        await t.close();
        if (!this.opts.path) this.notReaders.add(path);
        else this.problem(`串口 ${path} 上没有应答的身份证读卡器`);
      }
    } catch (e) {
      this.problem(`无法列出串口：${(e as Error).message}`);
    } finally {
      this.scanning = false;
      this.schedule();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
