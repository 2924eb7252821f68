import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SCREENSHOT_DIR, WEB_DIST } from './paths';

/** Builds the web app once when no build is there (CI builds it before), and makes the artifact folder. */
export default function setup(): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build'], { cwd: join(REPO_ROOT, 'packages/web'), stdio: 'inherit' });
}
