import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { DiagnosisResult } from '@derma/shared';
import { loadPipeline, PipelineError } from '@derma/shared';
import { decodeImage } from '../inference/decode-image';
import { readManifestFile } from '../inference/manifest-file';
import { CliError, qualityRefusal } from './cli-error';
import { formatResult } from './format-result';
import { runtimeFromOption } from './runtime-option';

export const DIAGNOSE_USAGE = 'derma diagnose <image...> [--json] [--runtime node|wasm] [--threads N] [--manifest path] [--no-face]';

async function decodeFile(path: string): Promise<Awaited<ReturnType<typeof decodeImage>>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return await decodeImage(bytes);
  } catch {
    throw new CliError(`${path}: unreadable image (not a valid JPEG, PNG or WebP)`);
  }
}

/** `derma diagnose`: runs the on-device pipeline on image files and prints tables or JSON. */
export async function diagnoseCommand(args: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      runtime: { type: 'string' },
      threads: { type: 'string' },
      manifest: { type: 'string' },
      'no-face': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new CliError(`usage: ${DIAGNOSE_USAGE}`, 2);
  const runtime = runtimeFromOption(values.runtime, values.threads);
  const images = await Promise.all(positionals.map(async (path) => ({ path, image: await decodeFile(path) })));
  const { manifest, readFile: readModel } = await readManifestFile(values.manifest).catch((error: Error) => {
    throw new CliError(`manifest: ${error.message}`);
  });
  try {
    const pipeline = await loadPipeline({ manifest, runtime, readFile: readModel, skipFace: values['no-face'] });
    const results: DiagnosisResult[] = [];
    for (const { path, image } of images) {
      const result = await pipeline.run(image).catch((error: unknown) => {
        throw qualityRefusal(path, error) ?? error;
      });
      results.push(result);
      if (!values.json) out(`${formatResult(basename(path), result)}\n`);
    }
    if (values.json) out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
    await pipeline.dispose();
  } catch (error) {
    if (error instanceof PipelineError) throw new CliError(error.message);
    throw error;
  }
}
