/**
 * A simulated GA 467 reader that speaks the protocol byte for byte: it takes command frames in
 * whatever chunks they arrive, checks them as a SAM does (answering SW3 10 for a bad checksum,
 * 21 for an unknown command), and answers with real response frames. The card on it behaves as
 * real cards do: found and selected until read, then "already read" (find answers 80) until it
 * is lifted and placed again.
 *
 * Used by the demo office and training (labelled as a simulator in the UI), by the tests, and by
 * the benchmark; the serial-port test wires it to a pseudo-terminal so the real serial transport
 * talks to it.
 */
import { encodeCardText } from '../card-text';
import { encodeAppendedAddress, encodeReadData, encodeSamId } from '../read-data';
import { commandNameOf } from '../sam-commands';
import { decodeCommand, encodeResponse, FrameAssembler } from '../sam-frame';
import { isIdCardError } from '../errors';
import { CARD_FIXTURES, fixturePhoto, type CardFixture } from './fixtures';

export interface SimulatorLatency {
  /** Per answer to short commands (status, find, select). */
  shortMs: number;
  /** Per answer to reads: text + photo over RF takes a real reader about a second. */
  readMs: number;
}

/** Slow enough for a person to see 读卡中, fast enough for a demo. */
export const DEMO_LATENCY: SimulatorLatency = { shortMs: 20, readMs: 400 };
export const NO_LATENCY: SimulatorLatency = { shortMs: 0, readMs: 0 };

interface CardOnReader {
  fixture: CardFixture;
  /** Bumped on every placement, so an answer computed for a lifted card is not sent for a new one. */
  placement: number;
  selected: boolean;
  read: boolean;
}

/** The SAM's management number, as 12 FF returns it (16 bytes). */
const SAM_ID = encodeSamId('05.01-20240315-1029384756-3141592653');

export class SamSimulator {
  private readonly assembler = new FrameAssembler({ minLength: 3 });
  private card: CardOnReader | null = null;
  private placements = 0;
  private send: (chunk: Buffer) => void = () => undefined;
  private busy: Promise<void> = Promise.resolve();
  /** Answers held back by latency, with the way to give up on each; dropped when the reader is unplugged. */
  /** Answers queued before an unplug belong to an older generation and are never sent. */
  private generation = 0;
  private readonly held = new Map<NodeJS.Timeout | NodeJS.Immediate, () => void>();

  constructor(
    readonly fixtures: readonly CardFixture[] = CARD_FIXTURES,
    public latency: SimulatorLatency = NO_LATENCY,
  ) {}

  /** Where the simulator's answers go (the host side of the link). */
  onSend(listener: (chunk: Buffer) => void): void {
    this.send = listener;
  }

  get cardId(): string | null {
    return this.card?.fixture.id ?? null;
  }

  place(fixtureId: string): boolean {
    const fixture = this.fixtures.find((f) => f.id === fixtureId);
    if (!fixture) return false;
    this.card = { fixture, placement: ++this.placements, selected: false, read: false };
    return true;
  }

  remove(): void {
    this.card = null;
  }

  /** Drops answers still on their way (the cable was pulled). */
  cancelPending(): void {
    this.generation++;
    for (const [t, giveUp] of this.held) {
      clearTimeout(t as NodeJS.Timeout);
      clearImmediate(t as NodeJS.Immediate);
      giveUp();
    }
    this.held.clear();
    this.busy = Promise.resolve();
    this.assembler.reset();
  }

  /** Bytes from the host. */
  receive(chunk: Uint8Array): void {
    try {
      this.assembler.push(chunk);
      for (let frame = this.assembler.next(); frame; frame = this.assembler.next()) this.handle(frame);
    } catch (e) {
      // A frame that does not even start right is not answered, as a UART SAM would ignore line noise.
      if (!isIdCardError(e)) throw e;
      this.assembler.reset();
    }
  }

  private handle(frame: Buffer) {
    let cmd;
    try {
      cmd = decodeCommand(frame);
    } catch {
      this.answer(encodeResponse(0x10), 'short');
      return;
    }
    const name = commandNameOf(cmd.cmd, cmd.para);
    const card = this.card;
    switch (name) {
      case 'reset':
      case 'samStatus':
      case 'setBaudRate':
      case 'maxRfFrame':
        return this.answer(encodeResponse(0x90), 'short');
      case 'samId':
        return this.answer(encodeResponse(0x90, SAM_ID), 'short');
      case 'findCard':
        if (!card || card.read) return this.answer(encodeResponse(0x80), 'short');
        return this.answer(encodeResponse(0x9f, Buffer.from([0, 0, 0, 0])), 'short');
      case 'selectCard':
        if (!card || card.read) return this.answer(encodeResponse(0x81), 'short');
        if (card.fixture.behaviour === 'forged') return this.answer(encodeResponse(0x32), 'short');
        card.selected = true;
        return this.answer(encodeResponse(0x90, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])), 'short');
      case 'readTextPhoto':
      case 'readWithFingerprint':
        return this.answerRead(card, name === 'readWithFingerprint');
      case 'readAppendedAddress': {
        if (!card) return this.answer(encodeResponse(0x41), 'short');
        const addr = card.fixture.appendedAddress;
        return this.answer(addr ? encodeResponse(0x90, encodeAppendedAddress(addr)) : encodeResponse(0x91), 'read');
      }
      default:
        return this.answer(encodeResponse(0x21), 'short');
    }
  }

  private answerRead(card: CardOnReader | null, withFingerprint: boolean) {
    if (!card || !card.selected) return this.answer(encodeResponse(0x41), 'short');
    const { fixture } = card;
    if (fixture.behaviour === 'lifted_mid_read') {
      this.card = null;
      return this.answer(encodeResponse(0x41), 'read');
    }
    const data = encodeReadData(encodeCardText(fixture.text), fixturePhoto(fixture.text.idNumber), withFingerprint ? null : undefined);
    const frame = encodeResponse(0x90, data);
    if (fixture.behaviour === 'bad_checksum') {
      frame[frame.length - 1] ^= 0x5a;
    } else if (fixture.behaviour === 'truncated') {
      return this.answer(frame.subarray(0, 600), 'read');
    }
    const placement = card.placement;
    // The card may be lifted while the answer is on its way: then the SAM reports a failed read.
    return this.answer(frame, 'read', () => {
      if (this.card?.placement !== placement) return encodeResponse(0x41);
      this.card.read = true;
      return frame;
    });
  }

  private answer(frame: Buffer, speed: 'short' | 'read', atSend?: () => Buffer) {
    const ms = speed === 'read' ? this.latency.readMs : this.latency.shortMs;
    const generation = this.generation;
    const deliver = () => {
      if (generation === this.generation) this.send(atSend ? atSend() : frame);
    };
    // Answers leave in order, one after another, as from a serial line.
    this.busy = this.busy.then(
      () =>
        new Promise<void>((resolve) => {
          if (generation !== this.generation) return resolve();
          const fire = () => {
            this.held.delete(t);
            deliver();
            resolve();
          };
          // No latency means "as soon as the event loop turns", without a timer's 1 ms floor.
          const t: NodeJS.Timeout | NodeJS.Immediate = ms > 0 ? setTimeout(fire, ms) : setImmediate(fire);
          this.held.set(t, resolve);
        }),
    );
  }
}
