import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The name/value pairs a Hono `secureHeaders` middleware sets, read by running it once. */
async function headersSetBy(middleware: MiddlewareHandler): Promise<[string, string][]> {
  const headers = new Headers();
  await middleware({ res: { headers } } as unknown as Context, async () => undefined);
  return [...headers];
}

/**
 * Security headers for every response. COOP same-origin + COEP require-corp make the page
 * cross-origin isolated, which WASM threads (SharedArrayBuffer) need; the CSP allows only
 * same-origin code, plus WebAssembly compilation and blob: workers for onnxruntime-web.
 * The headers are Hono's `secureHeaders` with these options, computed once; served by Node they
 * go straight onto the outgoing message (fourteen fetch `Headers.set` calls per response cost
 * more than the rest of a cached read), elsewhere (`app.request()`) onto the Response.
 */
export function securityHeaders(production: boolean): MiddlewareHandler {
  const computed = headersSetBy(
    secureHeaders({
      crossOriginOpenerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: 'require-corp',
      crossOriginResourcePolicy: 'same-origin',
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: production ? 'max-age=31536000; includeSubDomains' : false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [] },
    }),
  );
  return async (c, next) => {
    const headers = await computed;
    await next();
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    // A header set here would lose to the Response's own of the same name: no route sets one.
    if (outgoing && !outgoing.headersSent) {
      for (const [name, value] of headers) outgoing.setHeader(name, value);
    } else {
      for (const [name, value] of headers) c.res.headers.set(name, value);
    }
  };
}
