/// <reference types="w3c-web-usb" />
/**
 * Desktop readers in USB mode (vendor-specific bulk; 0400:C35A in every open implementation,
 * 0483:5652 as a fallback — configurable): the SAM frames travel inside bulk transfers. The bulk
 * endpoint pair is found from the interface descriptors rather than hard-coded, since models
 * differ. Hot-plug comes from node-usb's connect/disconnect events.
 *
 * node-usb is loaded only when a USB reader is wanted, so a machine whose native module or USB
 * stack is missing still starts, and says why no USB reader can be found.
 */
import { LinkBase, type ReaderDiscovery, type SamTransport } from './transport';

/** The slice of WebUSB (node-usb 3's API) this transport uses; tests hand in a simulated bus. */
export interface UsbBus {
  getDevices(): Promise<USBDevice[]>;
  addEventListener(type: 'connect' | 'disconnect', listener: (ev: USBConnectionEvent) => void): void;
  removeEventListener(type: 'connect' | 'disconnect', listener: (ev: USBConnectionEvent) => void): void;
}

export interface UsbId {
  vendorId: number;
  productId: number;
}

export function parseUsbId(text: string): UsbId {
  const [v, p] = text.split(':');
  return { vendorId: parseInt(v, 16), productId: parseInt(p, 16) };
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

interface BulkPair {
  interfaceNumber: number;
  inEndpoint: number;
  outEndpoint: number;
  packetSize: number;
}

function findBulkPair(device: USBDevice): BulkPair | null {
  for (const iface of device.configuration?.interfaces ?? []) {
    const eps = iface.alternate.endpoints;
    const inEp = eps.find((e) => e.type === 'bulk' && e.direction === 'in');
    const outEp = eps.find((e) => e.type === 'bulk' && e.direction === 'out');
    if (inEp && outEp) {
      return { interfaceNumber: iface.interfaceNumber, inEndpoint: inEp.endpointNumber, outEndpoint: outEp.endpointNumber, packetSize: inEp.packetSize || 64 };
    }
  }
  return null;
}

export class UsbTransport extends LinkBase implements SamTransport {
  readonly kind = 'usb' as const;
  readonly label: string;

  private constructor(
    readonly device: USBDevice,
    private readonly pair: BulkPair,
  ) {
    super();
    this.label = `USB ${hex4(device.vendorId)}:${hex4(device.productId)}`;
    void this.readLoop();
  }

  static async open(device: USBDevice): Promise<UsbTransport> {
    await device.open();
    if (!device.configuration) await device.selectConfiguration(1);
    const pair = findBulkPair(device);
    if (!pair) {
      await device.close().catch(() => undefined);
      throw new Error('no bulk IN/OUT endpoint pair');
    }
    const withKernel = device as USBDevice & { detachKernelDriver?: (n: number) => Promise<void> };
    await withKernel.detachKernelDriver?.(pair.interfaceNumber).catch(() => undefined);
    await device.claimInterface(pair.interfaceNumber);
    return new UsbTransport(device, pair);
  }

  /** Keeps one IN transfer pending at all times; what arrives goes to the session as it comes. */
  private async readLoop() {
    while (this.open) {
      try {
        const r = await this.device.transferIn(this.pair.inEndpoint, this.pair.packetSize);
        if (!this.open) return;
        if (r.data && r.data.byteLength) this.data(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength));
        if (r.status === 'stall') await this.device.clearHalt('in', this.pair.inEndpoint);
      } catch (e) {
        this.lose(`USB 读取失败：${(e as Error).message}`);
        return;
      }
    }
  }

  async write(frame: Buffer): Promise<void> {
    const r = await this.device.transferOut(this.pair.outEndpoint, frame);
    if (r.status !== 'ok' || r.bytesWritten !== frame.length) throw new Error(`USB write ${r.status}, ${r.bytesWritten}/${frame.length} bytes`);
  }

  protected override released() {
    void this.device.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.device.releaseInterface(this.pair.interfaceNumber).catch(() => undefined);
    await this.device.close().catch(() => undefined);
  }
}

export interface UsbDiscoveryOptions {
  ids: readonly UsbId[];
  probe: (t: SamTransport) => Promise<boolean>;
  /** The bus; node-usb's when not given. */
  bus?: UsbBus;
}

async function nodeUsbBus(ids: readonly UsbId[]): Promise<UsbBus> {
  const { WebUSB } = await import('usb');
  return new WebUSB({ allowedDevices: ids.map((id) => ({ vendorId: id.vendorId, productId: id.productId })), deviceTimeout: 1000 }) as unknown as UsbBus;
}

function usbProblem(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  return /sys\/bus\/usb/.test(msg) ? '本机没有 USB 子系统，无法使用 USB 读卡器' : `无法列出 USB 设备：${msg}`;
}

export class UsbDiscovery implements ReaderDiscovery {
  readonly kind = 'usb' as const;
  private bus: UsbBus | null = null;
  private current: UsbTransport | null = null;
  private stopped = false;
  private listening = false;
  private found: (t: SamTransport) => void = () => undefined;
  private problem: (message: string) => void = () => undefined;

  constructor(private readonly opts: UsbDiscoveryOptions) {}

  private readonly onConnect = (ev: USBConnectionEvent) => void this.consider(ev.device);
  private readonly onDisconnect = (ev: USBConnectionEvent) => {
    if (this.current && this.current.device === ev.device) {
      this.current.lose('USB 读卡器已拔出');
      this.current = null;
    }
  };

  start(found: (t: SamTransport) => void, problem: (message: string) => void): void {
    this.found = found;
    this.problem = problem;
    void this.init();
  }

  private async init() {
    try {
      this.bus = this.opts.bus ?? (await nodeUsbBus(this.opts.ids));
    } catch (e) {
      this.problem(`USB 驱动模块无法加载：${(e as Error).message}`);
      return;
    }
    // node-usb starts its hot-plug watch from within addEventListener and lets a failure there go
    // unhandled, so the bus is listed once first: a machine without a USB stack stops here.
    try {
      await this.bus.getDevices();
    } catch (e) {
      this.problem(usbProblem(e));
      return;
    }
    if (this.stopped) return;
    this.bus.addEventListener('connect', this.onConnect);
    this.bus.addEventListener('disconnect', this.onDisconnect);
    this.listening = true;
    await this.rescanNow();
  }

  rescan(): void {
    this.current = null;
    void this.rescanNow();
  }

  private async rescanNow() {
    if (!this.bus || this.stopped || this.current) return;
    let devices: USBDevice[];
    try {
      devices = await this.bus.getDevices();
    } catch (e) {
      this.problem(usbProblem(e));
      return;
    }
    for (const d of devices) {
      if (await this.consider(d)) return;
    }
  }

  private async consider(device: USBDevice): Promise<boolean> {
    if (this.stopped || this.current) return false;
    if (!this.opts.ids.some((id) => id.vendorId === device.vendorId && id.productId === device.productId)) return false;
    let t: UsbTransport;
    try {
      t = await UsbTransport.open(device);
    } catch (e) {
      this.problem(`无法打开 USB 读卡器 ${hex4(device.vendorId)}:${hex4(device.productId)}：${(e as Error).message}`);
      return false;
    }
    if (!(await this.opts.probe(t).catch(() => false))) {
      await t.close();
      this.problem(`USB 设备 ${t.label} 没有按身份证读卡器协议应答`);
      return false;
    }
    this.current = t;
    this.found(t);
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.listening) {
      this.bus?.removeEventListener('connect', this.onConnect);
      this.bus?.removeEventListener('disconnect', this.onDisconnect);
    }
    await this.current?.close();
    this.current = null;
  }
}
