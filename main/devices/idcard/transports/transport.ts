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

/** Finds readers and reports them coming and going (hot-plug) for one kind of link. */
export interface ReaderDiscovery {
  readonly kind: TransportKind;
  /** Starts watching; `found` is called with an opened transport whenever a reader becomes usable. */
  start(found: (transport: SamTransport) => void, problem: (message: string) => void): void;
  /** The session dropped its transport (lost or broken): look again. */
  rescan(): void;
  stop(): Promise<void>;
}
