import type { Hono } from 'hono';
import { and, eq, isNotNull } from 'drizzle-orm';
import { readSessionToken } from '../auth/session-cookie';
import { diagnoses } from '../db/schema/index';
import type { ApiDeps } from '../trpc/context';
import type { AppEnv } from './app-env';
import { resolveSession } from '../trpc/resolve-session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `GET /photos/:diagnosisId`: a kept photo, to its owner only (session cookie or bearer token).
 * Another user's id, or one without a photo, is 404, so existence is never revealed.
 */
export function mountPhotos(app: Hono<AppEnv>, deps: Pick<ApiDeps, 'db' | 'dbStatus' | 'photos' | 'sessionCache' | 'config'>): void {
  app.get('/photos/:id', async (c) => {
    c.header('Cache-Control', 'private, no-store');
    const id = c.req.param('id');
    const presented = readSessionToken(c.req.raw.headers);
    const token = presented?.token;
    if (!token) return c.json({ error: { message: 'Sign in first.', code: 'UNAUTHORIZED' } }, 401);
    if (!deps.dbStatus.ready) return c.json({ error: { message: 'The database is unavailable.', code: 'SERVICE_UNAVAILABLE' } }, 503);
    // A renewal on this route re-sends the cookie too, or the browser would keep the old expiry.
    const resHeaders = new Headers();
    const validated = await resolveSession({
      db: deps.db,
      session: null,
      sessionToken: token,
      sessionFromCookie: presented?.source === 'cookie',
      resHeaders,
      config: deps.config,
      logFields: c.get('logFields'),
      sessionCache: deps.sessionCache ?? null,
    });
    for (const cookie of resHeaders.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
    if (!validated) return c.json({ error: { message: 'Sign in first.', code: 'UNAUTHORIZED' } }, 401);
    const notFound = c.json({ error: { message: 'No such photo.', code: 'NOT_FOUND' } }, 404);
    if (!UUID.test(id) || !deps.photos) return notFound;
    const [row] = await deps.db
      .select({ id: diagnoses.id })
      .from(diagnoses)
      .where(and(eq(diagnoses.id, id), eq(diagnoses.userId, validated.user.id), isNotNull(diagnoses.photoPath)))
      .limit(1);
    const bytes = row ? await deps.photos.read(validated.user.id, id) : null;
    if (!bytes) return notFound;
    c.header('Content-Type', 'image/jpeg');
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });
}
