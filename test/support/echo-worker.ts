/** Worker for the pool tests: echoes, fails on request, or dies. */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', ({ id, payload }: { id: number; payload: { op: 'echo' | 'fail' | 'die'; value: string; delayMs?: number } }) => {
  const answer = () => {
    if (payload.op === 'die') process.exit(3);
    if (payload.op === 'fail') parentPort!.postMessage({ id, ok: false, error: { message: payload.value, code: 'DOC_RENDER_FAILED' } });
    else parentPort!.postMessage({ id, ok: true, value: payload.value.toUpperCase() });
  };
  if (payload.delayMs) setTimeout(answer, payload.delayMs);
  else answer();
});
