/** Child process of the bench: one cold open (+ migrations) of the database at argv[2]; prints the ms as JSON. */
import { openDatabase } from '../db/open';

async function main() {
  const t0 = performance.now();
  const db = await openDatabase(process.argv[2]);
  const openMs = performance.now() - t0;
  const t1 = performance.now();
  const [{ n }] = (await db.read((m) => m.query('SELECT count(*) AS n FROM enforcement_case'))) as { n: number }[];
  const firstQueryMs = performance.now() - t1;
  await db.close();
  process.stdout.write(JSON.stringify({ openMs, firstQueryMs, cases: n, rssMiB: process.memoryUsage().rss / 2 ** 20 }) + '\n');
}

void main();
