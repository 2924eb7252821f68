import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestSchema, sha256Hex } from '@derma/shared';
import { DEFAULT_MANIFEST_PATH, readManifestFile, writeManifestFile } from '../inference/manifest-file';
import { createNodeRuntime } from '../inference/node-runtime';
import { syntheticCalibration } from '../optimize/calibration-images';
import { DataType, decodeModel, encodeModel, onnx } from '../optimize/onnx-model';
import { optimizeModel } from '../optimize/optimize-model';
import { formatOptimizeReport, optimizeManifestModel } from './models-optimize';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A manifest holding only the shipped wrinkle baseline (the smallest model), in a temporary folder. */
async function wrinkleOnly(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'derma-optimize-'));
  dirs.push(dir);
  const shipped = await readManifestFile();
  const entry = shipped.manifest.models.find((m) => m.id === 'baseline-wrinkle');
  if (!entry) throw new Error('no baseline-wrinkle in the shipped manifest');
  await mkdir(join(dir, dirname(entry.file)), { recursive: true });
  await copyFile(join(dirname(DEFAULT_MANIFEST_PATH), entry.file), join(dir, entry.file));
  await writeManifestFile(join(dir, 'manifest.json'), { schemaVersion: 1, models: [{ ...entry, variants: [] }] });
  return join(dir, 'manifest.json');
}

const images = syntheticCalibration(2);

describe('derma models optimize', () => {
  it('writes the fp16, fp16-compute and int8 files beside the model and lists them with hash, size, precision and agreement', async () => {
    const path = await wrinkleOnly();
    const report = await optimizeManifestModel(await readManifestFile(path), 'baseline-wrinkle', images);
    const written = manifestSchema.parse(JSON.parse(await readFile(path, 'utf8'))).models[0];
    expect(written?.variants.map((v) => [v.id, v.kind, v.precision, v.file])).toEqual([
      ['baseline-wrinkle-fp16', 'fp16', 'fp16', 'baseline/wrinkle.fp16.onnx'],
      ['baseline-wrinkle-fp16-compute', 'fp16-compute', 'fp16', 'baseline/wrinkle.fp16-compute.onnx'],
      ['baseline-wrinkle-int8', 'int8', 'int8', 'baseline/wrinkle.int8.onnx'],
    ]);
    // Its filters are not a YOLO anchor grid: no smaller input size, and it says why.
    expect(report.skipped.map((s) => [s.id, s.reason])).toEqual([['baseline-wrinkle-320', 'no YOLO anchor grid (strides constant) to rebuild at another size']]);
    for (const v of written?.variants ?? []) {
      const bytes = new Uint8Array(await readFile(join(dirname(path), v.file)));
      expect([await sha256Hex(bytes), bytes.length]).toEqual([v.sha256, v.bytes]);
      expect(v.agreement).toMatchObject({ images: 2 });
      expect(v.agreement?.boxIou).toBeGreaterThanOrEqual(0.9);
    }
    // The baseline's hand-set filters and thresholds do not survive uint8 activations: refused, with its figure.
    expect(report.refused.map((r) => r.id)).toEqual(['baseline-wrinkle-int8-static']);
    expect(report.refused[0]?.reason).toMatch(/(IoU [\d.]+ < 0\.9|differs by [\d.]+ points > 3).* on 2 images$/);
  });

  it('refuses a variant outside the bound with its figure, and lists nothing for it', async () => {
    const { manifest, readFile: read } = await readManifestFile(await wrinkleOnly());
    const entry = manifest.models[0];
    if (!entry) throw new Error('empty manifest');
    const result = await optimizeModel(createNodeRuntime({ threads: 1 }), entry, await read(entry.file), images, ['int8'], { minIou: 1.01, maxScoreDiff: 0 });
    expect(result.accepted).toEqual([]);
    expect(result.refused[0]?.reason).toMatch(/^matched box IoU [\d.]+ < 1\.01.* on 2 images$/);
    const lines = formatOptimizeReport({ entry, images: images.length, ...result });
    expect(lines.filter((l) => l.includes('baseline-wrinkle-int8'))).toEqual([`  refused  baseline-wrinkle-int8: ${result.refused[0]?.reason}`]);
  });

  it('skips a variant whose file does not run, with the runtime\'s reason, and still writes the others', async () => {
    const { manifest, readFile: read } = await readManifestFile(await wrinkleOnly());
    const entry = manifest.models[0];
    if (!entry) throw new Error('empty manifest');
    // A float Range (ONNX has no float16 Range): fine in fp32, invalid once the whole graph is float16.
    const model = decodeModel(await read(entry.file));
    const scalar = (name: string, v: number) => onnx.TensorProto.create({ name, dims: [], dataType: DataType.FLOAT, rawData: new Uint8Array(Float32Array.of(v).buffer) });
    model.graph?.initializer?.push(scalar('r_start', 0), scalar('r_limit', 4), scalar('r_delta', 1));
    model.graph?.node?.push(onnx.NodeProto.create({ opType: 'Range', input: ['r_start', 'r_limit', 'r_delta'], output: ['r_out'], name: 'unused_range' }));
    const bytes = encodeModel(model);
    const withRange = { ...entry, sha256: await sha256Hex(bytes), bytes: bytes.length };
    const result = await optimizeModel(createNodeRuntime({ threads: 1 }), withRange, bytes, images, ['fp16-compute', 'fp16']);
    expect(result.skipped.map((s) => [s.id, s.reason])).toEqual([['baseline-wrinkle-fp16-compute', expect.stringMatching(/^the written file does not run: .*float16/)]]);
    expect(result.accepted.map((a) => a.variant.id)).toEqual(['baseline-wrinkle-fp16']);
  });
});
