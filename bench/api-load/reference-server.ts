import { createHash } from 'node:crypto';
import { createAdaptorServer } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import mysql, { type ExecuteValues, type RowDataPacket } from 'mysql2/promise';

// The reference line of the load bench: what the hot reads cost on the same stack with nothing
// in between. Hono + mysql2 `pool.execute`, the session joined to its user on every request, the
// same data queries and the same answers as the API (the bench checks them). Prints its URL.
const pool = mysql.createPool({ uri: process.argv[2], connectionLimit: 20, timezone: 'Z' });
type Row = RowDataPacket & Record<string, never>;
const rows = async (sql: string, values: ExecuteValues[]) => (await pool.execute<Row[]>(sql, values))[0] as Record<string, unknown>[];
const HEAD = 'SELECT id, client_id, total_score, location, created_at FROM diagnoses WHERE user_id = ?';
const iso = (d: unknown) => (d as Date).toISOString();
const per = (fs: Record<string, unknown>[], key: string) => {
  const out: Record<string, unknown> = { acne: 0, atopy: 0, wrinkle: 0 };
  for (const f of fs) out[f.condition as string] = f[key];
  return out as { acne: number; atopy: number; wrinkle: number };
};
async function scored(sql: string, values: ExecuteValues[]) {
  const heads = await rows(sql, values);
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.id as string);
  const fs = await rows(`SELECT diagnosis_id, \`condition\`, score, lesion_count FROM findings WHERE diagnosis_id IN (${ids.map(() => '?').join(',')})`, ids);
  return heads.map((h) => ({ h, fs: fs.filter((f) => f.diagnosis_id === h.id) }));
}
const scores = ({ h, fs }: { h: Record<string, unknown>; fs: Record<string, unknown>[] }) => ({ id: h.id, createdAt: iso(h.created_at), totalScore: h.total_score, scores: per(fs, 'score') });
const summary = (s: { h: Record<string, unknown>; fs: Record<string, unknown>[] }) => ({ ...scores(s), clientId: s.h.client_id, lesionCounts: per(s.fs, 'lesion_count'), location: s.h.location });
const input = (c: Context) => JSON.parse(c.req.query('input') ?? '{}') as Record<string, unknown>;

async function user(c: Context): Promise<string | null> {
  const token = c.req.header('authorization')?.slice(7).toLowerCase() ?? '';
  const id = createHash('sha256').update(token).digest('hex');
  const [row] = await rows('SELECT s.user_id, s.expires_at, u.email, u.username FROM sessions s JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL WHERE s.id = ?', [id]);
  return row && (row.expires_at as Date).getTime() > Date.now() ? (row.user_id as string) : null;
}
const procedures: Record<string, (userId: string, c: Context) => Promise<unknown>> = {
  'diagnosis.list': async (userId, c) => {
    const limit = Number(input(c).limit ?? 20);
    const page = await scored(`${HEAD} AND created_at >= ? AND created_at <= ? ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`, [userId, new Date(Date.now() - 365 * 86_400_000), new Date()]);
    const last = page[limit - 1]?.h;
    return { items: page.slice(0, limit).map(summary), nextCursor: page.length > limit && last ? `${(last.created_at as Date).getTime()}_${String(last.id)}` : null };
  },
  'diagnosis.history': async (userId, c) => {
    const { range, endDate } = input(c);
    const to = typeof endDate === 'string' ? new Date(endDate) : new Date();
    const from = new Date(to.getTime() - (range === 'week' ? 7 : 30) * 86_400_000);
    const points = await scored(`${HEAD} AND created_at >= ? AND created_at <= ? ORDER BY created_at, id LIMIT 1000`, [userId, from, to]);
    return { range, from: from.toISOString(), to: to.toISOString(), points: points.map(scores) };
  },
  'diagnosis.latest': async (userId) => {
    const [row] = await rows('SELECT * FROM diagnoses WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 1', [userId]);
    if (!row) return null;
    const fs = await rows('SELECT * FROM findings WHERE diagnosis_id = ?', [row.id as string]);
    const recent = (await scored(`${HEAD} AND created_at <= ? ORDER BY created_at DESC, id DESC LIMIT 3`, [userId, row.created_at as Date])).map(scores);
    const findings = Object.fromEntries(fs.map((f) => [f.condition, { modelId: f.model_id, score: f.score, areaRatio: f.area_ratio, maxAreaRatio: f.max_area_ratio, lesionCount: f.lesion_count, detections: JSON.parse(f.detections as string), mask: { width: 256, height: 256, counts: f.mask_counts }, ...(f.zones ? { zones: JSON.parse(f.zones as string) } : {}) }]));
    const result = { ...JSON.parse(row.meta as string), findings, totalScore: row.total_score, models: JSON.parse(row.models as string), backend: JSON.parse(row.backend as string) };
    const head = summary({ h: row, fs });
    const prev = recent.find((r) => r.id !== row.id);
    const compared = prev ? { totalScore: head.totalScore as number - (prev.totalScore as number), scores: { acne: head.scores.acne - prev.scores.acne, atopy: head.scores.atopy - prev.scores.atopy, wrinkle: head.scores.wrinkle - prev.scores.wrinkle } } : null;
    return { ...head, result, hasPhoto: row.photo_path !== null, recent, comparedToPrevious: compared };
  },
  'insights.get': async (userId, c) => {
    const [row] = await rows('SELECT payload FROM insight_cache WHERE user_id = ? AND period_days = ? AND expires_at > ? LIMIT 1', [userId, Number(input(c).days ?? 30), new Date()]);
    return row ? JSON.parse(row.payload as string) : { error: 'the reference serves cached insights only' };
  },
};

const app = new Hono();
app.get('/trpc/:procedure', async (c) => {
  const procedure = procedures[c.req.param('procedure')];
  const userId = await user(c);
  if (!procedure || !userId) return c.json({ error: { message: 'Sign in first.', code: -32001 } }, 401);
  return c.json({ result: { data: await procedure(userId, c) } });
});
const server = createAdaptorServer({ fetch: app.fetch });
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => void pool.end().then(() => process.exit(0)));
