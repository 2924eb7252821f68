// `@derma/api/testing`: what the end-to-end tests and the benchmarks build a real API from.
export { createTestDatabase, type TestDatabase } from './test-database';
export { createTestDeps, TEST_CONFIG } from './test-deps';
export { startTestServer, type TestServer } from './test-server';
export { createTcpProxy, type TcpProxy } from './tcp-proxy';
export { createDatabase } from '../db/client';
export { loadTestSettings } from '../env';
export { makeResult, pixelsForScore, type ResultSpec } from './result-factory';
export { PhotoStore } from '../photos/photo-store';
export type { Database } from '../db/client';
export { diagnoses, findings, sessions, users } from '../db/schema/index';
export { generateToken, hashToken } from '../auth/tokens';
export { toFindingRows } from '../services/diagnosis/diagnosis-mapper';
export { freePort } from './free-port';
export { startNginx, proxyConfig, NGINX, type NginxProxy } from './nginx-proxy';
export { startReplica, type ReplicaProcess } from './replica-process';
export { RedisRateLimiter } from '../rate-limit/redis-rate-limiter';
