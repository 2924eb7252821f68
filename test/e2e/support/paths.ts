import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of this checkout. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The web build the API serves. */
export const WEB_DIST = join(REPO_ROOT, 'packages/web/dist');
/** `models/`: manifest and ONNX files, served at `/models`. */
export const MODELS_DIR = join(REPO_ROOT, 'models');
/** Where screenshots are kept as test artifacts. */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results/screenshots');
/** Shared fixtures beside the checkout. */
export const FIXTURES_DIR = join(REPO_ROOT, '..', 'shared', 'fixtures');
export const ASTRONAUT_PNG = join(FIXTURES_DIR, 'astronaut.png');
export const CHELSEA_PNG = join(FIXTURES_DIR, 'chelsea.png');
