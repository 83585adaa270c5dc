/**
 * A small pool of worker threads running one script. Requests are answered in any order and
 * matched by id; a worker that dies fails its request (never hangs it) and is replaced.
 * Used for PDF rendering, so the backend's event loop keeps serving while a document renders.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

export interface WorkerRequest<T> {
  id: number;
  payload: T;
}

export interface WorkerError {
  message: string;
  code?: string;
  issues?: unknown;
}

export type WorkerResponse<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: WorkerError };

export class WorkerPool<T, R> {
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, Set<number>>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private turn = 0;
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size = Math.max(1, Math.min(2, os.availableParallelism() - 1)),
    private readonly makeError: (e: WorkerError) => Error = (e) => new Error(e.message),
  ) {}

  private spawn(): Worker {
    const w = new Worker(this.script);
    this.busy.set(w, new Set());
    w.on('message', (msg: WorkerResponse<R>) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      this.settle(w, msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(this.makeError(msg.error));
    });
    const fail = (err: Error) => {
      for (const id of this.busy.get(w) ?? []) {
        this.pending.get(id)?.reject(err);
        this.pending.delete(id);
      }
      this.busy.delete(w);
      const i = this.workers.indexOf(w);
      if (i >= 0) this.workers.splice(i, 1);
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`render worker exited with code ${code}`)));
    // An idle worker must not keep the process alive; a busy one must.
    w.unref();
    return w;
  }

  private settle(w: Worker, id: number) {
    const set = this.busy.get(w);
    set?.delete(id);
    if (set && set.size === 0) w.unref();
  }

  run(payload: T): Promise<R> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    while (this.workers.length < this.size) this.workers.push(this.spawn());
    const w = this.workers[this.turn++ % this.workers.length];
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.busy.get(w)!.add(id);
      w.ref();
      w.postMessage({ id, payload } satisfies WorkerRequest<T>);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
