import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../lib/test-image';

const run = promisify(execFile);

/**
 * The last commit before the face stage changed (wrapped YuNet face model, quality gate, skin
 * grid: 70910c2 onwards): its packages/shared and its shipped models, the classical baseline face
 * detector `models/baseline/face.onnx` among them, are what "before" measures.
 */
export const BEFORE_COMMIT = '801aeb253ff0efcd675822ee2e270fe2c6bc0918';

/** Where the snapshot is unpacked (ignored by git, kept between runs). */
const DIR = join(REPO_ROOT, 'bench', '.cache', `before-${BEFORE_COMMIT.slice(0, 10)}`);
const DONE = join(DIR, '.complete');

/** The unpacked snapshot: its pipeline entry, its manifest and how to read its model files. */
export interface BeforeSnapshot {
  commit: string;
  /** `packages/shared/src/index.ts` of the snapshot, to import or bundle in place of `@derma/shared`. */
  sharedEntry: string;
  manifestJson: unknown;
  readFile: (file: string) => Promise<Uint8Array>;
}

async function unpack(): Promise<void> {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  const paths = ['packages/shared/src', 'packages/shared/package.json', 'models/manifest.json', 'models/baseline'];
  // pipefail: without the commit (a shallow clone) git archive fails, and so must the unpack.
  await run('bash', ['-o', 'pipefail', '-c', `git archive --format=tar ${BEFORE_COMMIT} ${paths.join(' ')} | tar -x -C "${DIR}"`], { cwd: REPO_ROOT, maxBuffer: 1 << 26 });
  // The snapshot's imports (zod, onnxruntime-common) resolve to today's installed versions.
  await symlink(join(REPO_ROOT, 'packages', 'shared', 'node_modules'), join(DIR, 'packages', 'shared', 'node_modules'), 'dir');
  await writeFile(DONE, `${BEFORE_COMMIT}\n`);
}

/**
 * Unpacks (once) the pipeline and models of {@link BEFORE_COMMIT} from git history.
 * @returns the snapshot, or null with the reason when the history is not there (a shallow clone)
 */
export async function beforeSnapshot(): Promise<BeforeSnapshot | { error: string }> {
  try {
    if (!existsSync(DONE)) await unpack();
  } catch (error) {
    return { error: `cannot unpack ${BEFORE_COMMIT.slice(0, 7)} from git: ${(error as Error).message.split('\n')[0] ?? ''}` };
  }
  const models = join(DIR, 'models');
  return {
    commit: BEFORE_COMMIT,
    sharedEntry: join(DIR, 'packages', 'shared', 'src', 'index.ts'),
    manifestJson: JSON.parse(await readFile(join(models, 'manifest.json'), 'utf8')) as unknown,
    readFile: async (file) => new Uint8Array(await readFile(join(models, file))),
  };
}
