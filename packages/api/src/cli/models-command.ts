import { parseArgs } from 'node:util';
import { readManifestFile } from '../inference/manifest-file';
import { CliError } from './cli-error';
import { addModel } from './models-add';
import { calibrationImages, formatOptimizeReport, optimizeManifestModel } from './models-optimize';
import { verifyManifest } from './models-verify';

export const MODELS_USAGE = [
  'derma models verify [--manifest path]',
  'derma models add <file.onnx> --condition acne|atopy|wrinkle|face [--id ID] [--version V] [--max-area-ratio R] [--images dir]... [--manifest path]',
  'derma models optimize <id> [--images dir]... [--manifest path]',
];

async function readOnDisk(path: string | undefined): Promise<Awaited<ReturnType<typeof readManifestFile>>> {
  return readManifestFile(path).catch((error: Error) => {
    throw new CliError(error.message);
  });
}

async function optimize(args: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { images: { type: 'string', multiple: true }, manifest: { type: 'string' } } });
  const [id] = positionals;
  if (!id) throw new CliError(`usage: ${MODELS_USAGE[2]}`, 2);
  const report = await optimizeManifestModel(await readOnDisk(values.manifest), id, await calibrationImages(values.images ?? []));
  for (const line of formatOptimizeReport(report)) out(line);
}

async function verify(args: string[], out: (text: string) => void): Promise<void> {
  const { values } = parseArgs({ args, options: { manifest: { type: 'string' } } });
  const onDisk = await readManifestFile(values.manifest).catch((error: Error) => {
    throw new CliError(error.message);
  });
  const rows = await verifyManifest(onDisk);
  out(['id'.padEnd(28), 'task'.padEnd(10), 'classes'.padEnd(14), 'imgsz'.padStart(5), 'bytes'.padStart(10), 'node ms'.padStart(9), 'wasm ms'.padStart(9), '  status'].join(' '));
  for (const r of rows) {
    const ms = (k: string): string => (r.ms[k] === undefined ? '-' : r.ms[k].toFixed(1)).padStart(9);
    out([r.id.padEnd(28), r.task.padEnd(10), r.classes.slice(0, 14).padEnd(14), String(r.imgsz).padStart(5), String(r.bytes).padStart(10), ms('node'), ms('wasm'), `  ${r.error ? `FAILED: ${r.error}` : 'ok'}`].join(' '));
  }
  const failed = rows.filter((r) => r.error);
  if (failed.length > 0) throw new CliError(`${failed.length} of ${rows.length} model files failed verification`);
}

async function add(args: string[], out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      condition: { type: 'string' },
      id: { type: 'string' },
      version: { type: 'string' },
      'max-area-ratio': { type: 'string' },
      images: { type: 'string', multiple: true },
      manifest: { type: 'string' },
    },
  });
  const [source] = positionals;
  if (!source || !values.condition) throw new CliError(`usage: ${MODELS_USAGE[1]}`, 2);
  const ratio = values['max-area-ratio'] === undefined ? undefined : Number(values['max-area-ratio']);
  const onDisk = await readManifestFile(values.manifest).catch((error: Error) => {
    throw new CliError(error.message);
  });
  const entry = await addModel(onDisk, { source, role: values.condition, id: values.id, version: values.version, maxAreaRatio: ratio });
  const task = entry.kptShape ? `${entry.task}, ${entry.kptShape[0]} keypoints` : entry.task;
  out(`added ${entry.id} (${task}, classes ${entry.names.join(', ')}, imgsz ${entry.imgsz}, ${entry.bytes} bytes, sha256 ${entry.sha256}) as the ${entry.role} model in ${onDisk.path}`);
  const report = await optimizeManifestModel(await readOnDisk(onDisk.path), entry.id, await calibrationImages(values.images ?? []));
  for (const line of formatOptimizeReport(report)) out(line);
}

/** `derma models verify|add|optimize`. */
export async function modelsCommand(args: string[], out: (text: string) => void): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'verify') return verify(rest, out);
  if (sub === 'add') return add(rest, out);
  if (sub === 'optimize') return optimize(rest, out);
  throw new CliError(`usage:\n  ${MODELS_USAGE.join('\n  ')}`, 2);
}
