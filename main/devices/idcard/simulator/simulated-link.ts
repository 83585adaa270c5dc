/**
 * The simulated reader as the reader service sees any other: a discovery that "finds" it when
 * plugged and loses it when unplugged, and a transport whose answers arrive in 64-byte pieces as
 * USB bulk packets do, so the session's frame assembly is exercised as with hardware.
 */
import { LinkBase, type ReaderDiscovery, type SamTransport } from '../transports/transport';
import type { SamSimulator } from './sam-simulator';

export const SIMULATOR_LABEL = '模拟读卡器';
const PACKET_BYTES = 64;

class SimulatedTransport extends LinkBase implements SamTransport {
  readonly kind = 'simulator' as const;
  readonly label = SIMULATOR_LABEL;

  constructor(private readonly sim: SamSimulator) {
    super();
    sim.onSend((frame) => {
      for (let i = 0; i < frame.length && this.open; i += PACKET_BYTES) this.data(frame.subarray(i, i + PACKET_BYTES));
    });
  }

  async write(frame: Buffer): Promise<void> {
    if (!this.open) throw new Error('simulated reader unplugged');
    this.sim.receive(frame);
  }

  async close(): Promise<void> {
    this.open = false;
  }

  get isOpen(): boolean {
    return this.open;
  }
}

export class SimulatorLink implements ReaderDiscovery {
  readonly kind = 'simulator' as const;
  private found: ((t: SamTransport) => void) | null = null;
  private current: SimulatedTransport | null = null;
  private pluggedIn = true;

  constructor(readonly sim: SamSimulator) {}

  get plugged(): boolean {
    return this.pluggedIn;
  }

  start(found: (t: SamTransport) => void): void {
    this.found = found;
    this.connect();
  }

  private connect() {
    if (!this.found || !this.pluggedIn || this.current?.isOpen) return;
    this.current = new SimulatedTransport(this.sim);
    this.found(this.current);
  }

  unplug(): void {
    this.pluggedIn = false;
    this.sim.cancelPending();
    this.current?.lose('读卡器已拔出');
    this.current = null;
  }

  plug(): void {
    this.pluggedIn = true;
    this.connect();
  }

  rescan(): void {
    this.connect();
  }

  async stop(): Promise<void> {
    this.found = null;
    await this.current?.close();
    this.current = null;
  }
}
