/**
 * One conversation with one SAM: command out, exactly one response frame back, within a time-out.
 * Exchanges are strictly one at a time (the protocol has no request ids), so a poll for a card
 * and a clerk's 读卡 queue behind each other instead of interleaving.
 */
import { parseCardText, toCardFields, type CardFields } from './card-text';
import { hex2, IdCardError } from './errors';
import { parseAppendedAddress, parseReadData, parseSamId } from './read-data';
import { commandFrame, type SamCommandName } from './sam-commands';
import { decodeResponse, FrameAssembler, type SamResponse } from './sam-frame';
import { expectSuccess, SW3_SUCCESS } from './sam-status';
import type { SamTransport } from './transports/transport';

export interface ReaderTimeouts {
  /** Status, find, select and short commands: vendors wait 300–500 ms. */
  shortMs: number;
  /** Text + photo over RF is slow: vendors wait up to 3–3.5 s. */
  readMs: number;
}

export const DEFAULT_TIMEOUTS: ReaderTimeouts = { shortMs: 500, readMs: 3500 };

const SLOW_COMMANDS: ReadonlySet<SamCommandName> = new Set(['readTextPhoto', 'readWithFingerprint', 'readAppendedAddress']);

/** A card as read: the raw blocks (kept with the party) and what they say. */
export interface RawCard {
  text: Buffer;
  photo: Buffer;
  fields: CardFields;
  /** 最新住址 from 30 03, '' when the card has none. */
  latestAddress: string;
}

interface Waiter {
  resolve: (frame: Buffer) => void;
  reject: (err: Error) => void;
}

export class SamReader {
  private readonly assembler = new FrameAssembler();
  private waiter: Waiter | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lostReason: string | null = null;
  /** Told once when the link goes away (not when `close()` is called). */
  whenLost: ((reason: string) => void) | null = null;

  constructor(
    readonly transport: SamTransport,
    private readonly timeouts: ReaderTimeouts = DEFAULT_TIMEOUTS,
  ) {
    transport.onData((chunk) => this.receive(chunk));
    transport.onLost((reason) => this.lost(reason));
  }

  get connected(): boolean {
    return this.lostReason === null;
  }

  private receive(chunk: Buffer) {
    // Bytes nobody waits for are the tail of an answer that came too late: drop them.
    if (!this.waiter) return;
    try {
      this.assembler.push(chunk);
      const frame = this.assembler.next();
      if (frame) this.settle((w) => w.resolve(frame));
    } catch (e) {
      this.settle((w) => w.reject(e as Error));
    }
  }

  private lost(reason: string) {
    if (this.lostReason !== null) return;
    this.lostReason = reason;
    if (reason !== 'closed') this.whenLost?.(reason);
    this.settle((w) => w.reject(new IdCardError('IDCARD_NOT_CONNECTED', `link lost: ${reason}`, '读卡器已断开，请检查连接线')));
  }

  private settle(fn: (w: Waiter) => void) {
    const w = this.waiter;
    this.waiter = null;
    if (w) fn(w);
  }

  /** Sends one command and returns its response frame, decoded but with SW3 not yet judged. */
  exchange(name: SamCommandName, data?: Uint8Array): Promise<SamResponse> {
    const run = this.queue.then(() => this.exchangeNow(name, data));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async exchangeNow(name: SamCommandName, data?: Uint8Array): Promise<SamResponse> {
    if (this.lostReason !== null) throw new IdCardError('IDCARD_NOT_CONNECTED', `link lost: ${this.lostReason}`);
    this.assembler.reset();
    const timeoutMs = SLOW_COMMANDS.has(name) ? this.timeouts.readMs : this.timeouts.shortMs;
    let timer: NodeJS.Timeout | undefined;
    const frame = new Promise<Buffer>((resolve, reject) => {
      this.waiter = { resolve, reject };
      timer = setTimeout(() => this.settle((w) => w.reject(new IdCardError('IDCARD_TIMEOUT', `${name}: no complete answer within ${timeoutMs} ms`))), timeoutMs);
    });
    try {
      await this.transport.write(commandFrame(name, data));
    } catch (e) {
      this.settle((w) => w.reject(new IdCardError('IDCARD_NOT_CONNECTED', `${name}: write failed: ${(e as Error).message}`)));
    }
    try {
      return decodeResponse(await frame);
    } finally {
      clearTimeout(timer);
      this.assembler.reset();
    }
  }

  /** 11 FF: the SAM answers and reports itself healthy. */
  async checkSam(): Promise<void> {
    expectSuccess('samStatus', await this.exchange('samStatus'));
  }

  async samId(): Promise<string> {
    const r = await this.exchange('samId');
    expectSuccess('samId', r);
    return parseSamId(r.data);
  }

  /** 20 01: true when a card (not yet read) lies in the field, false when none does. */
  async findCard(): Promise<boolean> {
    const r = await this.exchange('findCard');
    if (r.sw3 === 0x80) return false;
    expectSuccess('findCard', r);
    return true;
  }

  /**
   * find → select → read text and photo → appended address. When find answers 80 the card may still
   * lie there already read: such a card stays selected (devices.md §1.5), and find cannot tell it
   * from an empty reader. Asked to read, the reader reads it straight away; a reader with nothing
   * selected refuses that read, which then means no card is there.
   */
  async readCard(): Promise<RawCard> {
    let r: SamResponse;
    if (await this.findCard()) {
      expectSuccess('selectCard', await this.exchange('selectCard'));
      r = await this.exchange('readTextPhoto');
      expectSuccess('readTextPhoto', r);
    } else {
      r = await this.exchange('readTextPhoto');
      if (r.sw3 !== SW3_SUCCESS) throw new IdCardError('IDCARD_NO_CARD', `find: SW3 80; read without select: SW3 0x${hex2(r.sw3)}`);
    }
    const payload = parseReadData(r.data, false);
    const fields = toCardFields(parseCardText(payload.text));
    let latestAddress = '';
    if (fields.kind === 'resident') {
      const a = await this.exchange('readAppendedAddress');
      if (expectSuccess('readAppendedAddress', a) === 'ok') latestAddress = parseAppendedAddress(a.data);
    }
    return { text: payload.text, photo: payload.photo, fields, latestAddress };
  }

  async close(): Promise<void> {
    this.lost('closed');
    await this.transport.close();
  }
}
