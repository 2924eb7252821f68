import { startBenchApi } from '../lib/api-server';
import { seedDataset } from './seed';

/** What the load-test server process reports once it is serving. */
export interface LoadServerInfo {
  url: string;
  /** The seeded database, for the reference server and the replicas. */
  databaseUrl: string;
  tokens: string[];
  seedMs: number;
}

/**
 * The API under test in its own process, so autocannon never shares its event loop: a fresh
 * database, the seeded dataset, the real app. Prints one JSON line when ready; stops and drops
 * the database when stdin closes.
 */
async function main(): Promise<void> {
  const [userCount, perUser] = [Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 50)];
  const api = await startBenchApi({ rateLimit: 1_000_000_000 });
  const started = performance.now();
  const seeded = await seedDataset(api.db.db, userCount, perUser);
  const info: LoadServerInfo = { url: api.url, databaseUrl: api.db.url, tokens: seeded.map((u) => u.token), seedMs: Math.round(performance.now() - started) };
  process.stdout.write(`${JSON.stringify(info)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void api.close().then(() => process.exit(0));
  });
}

await main();
