/// <reference types="w3c-web-usb" />
/**
 * A USB bus with one kind of device on it: a vendor-bulk ID-card reader whose SAM is the
 * simulator. It implements the part of WebUSB (node-usb 3's API) the USB transport uses, with
 * transfers that behave as libusb's do: IN transfers wait for data and deliver at most one
 * packet, and every pending transfer fails when the device is pulled. This machine has no USB
 * bus in its kernel, so this is where the USB transport's code runs in the tests.
 */
import type { UsbBus } from '../../main/devices/idcard/transports/usb';
import type { SamSimulator } from '../../main/devices/idcard/simulator/sam-simulator';

type Listener = (ev: USBConnectionEvent) => void;

export interface SimulatedReaderOptions {
  vendorId?: number;
  productId?: number;
  /** Endpoint numbers as the model's descriptors give them. */
  inEndpoint?: number;
  outEndpoint?: number;
  packetSize?: number;
  /** A device with only an interrupt endpoint, which is not a SAM reader. */
  noBulk?: boolean;
}

export class SimulatedUsbReader {
  readonly vendorId: number;
  readonly productId: number;
  opened = false;
  claimed: number | null = null;
  attached = true;
  readonly configuration: USBConfiguration;
  private readonly inbox: Buffer[] = [];
  private waiting: ((r: USBInTransferResult) => void) | null = null;
  private failWaiting: ((e: Error) => void) | null = null;
  private readonly packetSize: number;

  constructor(
    private readonly sim: SamSimulator,
    private readonly o: SimulatedReaderOptions = {},
  ) {
    this.vendorId = o.vendorId ?? 0x0400;
    this.productId = o.productId ?? 0xc35a;
    this.packetSize = o.packetSize ?? 64;
    const ep = (endpointNumber: number, direction: USBDirection, type: USBEndpointType) =>
      ({ endpointNumber, direction, type, packetSize: this.packetSize }) as USBEndpoint;
    const endpoints = o.noBulk ? [ep(1, 'in', 'interrupt')] : [ep(o.inEndpoint ?? 1, 'in', 'bulk'), ep(o.outEndpoint ?? 2, 'out', 'bulk')];
    const alternate = { alternateSetting: 0, interfaceClass: 0xff, interfaceSubclass: 0, interfaceProtocol: 0, interfaceName: null, endpoints } as USBAlternateInterface;
    this.configuration = {
      configurationValue: 1,
      configurationName: null,
      interfaces: [{ interfaceNumber: 0, alternate, alternates: [alternate], claimed: false } as USBInterface],
    } as USBConfiguration;
    sim.onSend((frame) => {
      // The reader's firmware hands the host its answer in bulk packets.
      for (let i = 0; i < frame.length; i += this.packetSize) this.inbox.push(Buffer.from(frame.subarray(i, i + this.packetSize)));
      this.deliver();
    });
  }

  private deliver() {
    if (!this.waiting || !this.inbox.length) return;
    const w = this.waiting;
    this.waiting = null;
    this.failWaiting = null;
    const chunk = this.inbox.shift()!;
    w({ status: 'ok', data: new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength) } as USBInTransferResult);
  }

  private alive() {
    if (!this.attached) throw new Error('LIBUSB_ERROR_NO_DEVICE');
    if (!this.opened) throw new Error('device not open');
  }

  async open() {
    if (!this.attached) throw new Error('LIBUSB_ERROR_NO_DEVICE');
    this.opened = true;
  }

  async close() {
    this.opened = false;
    this.claimed = null;
    this.failWaiting?.(new Error('LIBUSB_TRANSFER_CANCELLED'));
    this.waiting = null;
    this.failWaiting = null;
  }

  async selectConfiguration() {
    this.alive();
  }

  async claimInterface(n: number) {
    this.alive();
    this.claimed = n;
  }

  async releaseInterface() {
    this.claimed = null;
  }

  async clearHalt() {
    this.alive();
  }

  async transferOut(endpoint: number, data: ArrayBuffer | ArrayBufferView): Promise<USBOutTransferResult> {
    this.alive();
    if (endpoint !== (this.o.outEndpoint ?? 2) || this.claimed === null) throw new Error('LIBUSB_ERROR_PIPE');
    const bytes = Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    this.sim.receive(bytes);
    return { status: 'ok', bytesWritten: bytes.length } as USBOutTransferResult;
  }

  transferIn(endpoint: number, length: number): Promise<USBInTransferResult> {
    this.alive();
    if (endpoint !== (this.o.inEndpoint ?? 1) || this.claimed === null) return Promise.reject(new Error('LIBUSB_ERROR_PIPE'));
    if (length < this.packetSize) return Promise.reject(new Error('LIBUSB_ERROR_OVERFLOW'));
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
      this.deliver();
    });
  }

  /** Pulled out: pending transfers fail as libusb reports a vanished device. */
  unplug() {
    this.attached = false;
    this.sim.cancelPending();
    this.failWaiting?.(new Error('LIBUSB_ERROR_NO_DEVICE'));
    this.waiting = null;
    this.failWaiting = null;
    this.opened = false;
  }
}

export class SimulatedUsbBus implements UsbBus {
  readonly devices: SimulatedUsbReader[] = [];
  private readonly listeners = { connect: new Set<Listener>(), disconnect: new Set<Listener>() };

  async getDevices(): Promise<USBDevice[]> {
    return this.devices.filter((d) => d.attached) as unknown as USBDevice[];
  }

  addEventListener(type: 'connect' | 'disconnect', l: Listener) {
    this.listeners[type].add(l);
  }

  removeEventListener(type: 'connect' | 'disconnect', l: Listener) {
    this.listeners[type].delete(l);
  }

  plug(d: SimulatedUsbReader) {
    if (!this.devices.includes(d)) this.devices.push(d);
    d.attached = true;
    for (const l of this.listeners.connect) l({ device: d as unknown as USBDevice } as USBConnectionEvent);
  }

  unplug(d: SimulatedUsbReader) {
    d.unplug();
    for (const l of this.listeners.disconnect) l({ device: d as unknown as USBDevice } as USBConnectionEvent);
  }
}
