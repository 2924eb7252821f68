import type { OnnxRuntime } from '@derma/shared';
import { createNodeRuntime } from '../inference/node-runtime';
import { createWasmRuntime } from '../inference/wasm-runtime';
import { CliError } from './cli-error';

/** The runtimes the CLI can run the pipeline on. */
export const RUNTIME_NAMES = ['node', 'wasm'] as const;

/** Resolves `--runtime node|wasm` (and `--threads`) to an injected runtime. */
export function runtimeFromOption(name: string | undefined, threads: string | undefined): OnnxRuntime {
  const count = threads === undefined ? undefined : Number(threads);
  if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 64)) {
    throw new CliError(`--threads must be an integer 1..64, got "${threads}"`, 2);
  }
  switch (name ?? 'node') {
    case 'node':
      return createNodeRuntime({ location: 'device', ...(count ? { threads: count } : {}) });
    case 'wasm':
      return createWasmRuntime({ threads: count ?? 1 });
    default:
      throw new CliError(`--runtime must be one of ${RUNTIME_NAMES.join(', ')}, got "${name}"`, 2);
  }
}
