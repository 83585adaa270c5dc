/**
 * What the reader session needs of a link to a SAM: send a frame, hear bytes back in whatever
 * chunks the link delivers them (64-byte USB packets, serial bytes), and learn when the link
 * goes away. USB bulk, serial ports and the simulator all look like this.
 */
export type TransportKind = 'usb' | 'serial' | 'simulator';

export interface SamTransport {
  readonly kind: TransportKind;
  /** Shown in the status bar: "USB 0400:C35A", "/dev/ttyUSB0", "模拟读卡器". */
  readonly label: string;
  write(frame: Buffer): Promise<void>;
  /** Replaces the listener of incoming bytes. */
  onData(listener: (chunk: Buffer) => void): void;
  /** Called once when the link is lost (unplugged, port gone); not called after `close()`. */
  onLost(listener: (reason: string) => void): void;
  close(): Promise<void>;
}

/**
 * What every link does alike: incoming bytes go to the session's listener, and losing the link is
 * told once, after which `released()` frees what the link holds. A link closed by us is not lost.
 */
export abstract class LinkBase {
  protected data: (chunk: Buffer) => void = () => undefined;
  private lostListener: (reason: string) => void = () => undefined;
  /** Until lost or closed. */
  protected open = true;

  onData(listener: (chunk: Buffer) => void): void {
    this.data = listener;
  }

  onLost(listener: (reason: string) => void): void {
    this.lostListener = listener;
  }

  lose(reason: string): void {
    if (!this.open) return;
    this.open = false;
    this.lostListener(reason);
    this.released();
  }

  protected released(): void {}
}

/** Finds readers and reports them coming and going (hot-plug) for one kind of link. */
export interface ReaderDiscovery {
  readonly kind: TransportKind;
  /** Starts watching; `found` is called with an opened transport whenever a reader becomes usable. */
  start(found: (transport: SamTransport) => void, problem: (message: string) => void): void;
  /** The session dropped its transport (lost or broken): look again. */
  rescan(): void;
  stop(): Promise<void>;
}
