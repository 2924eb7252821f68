import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ManifestModel } from '@derma/shared';
import type { ManifestOnDisk } from '../inference/manifest-file';
import { writeManifestFile } from '../inference/manifest-file';
import { createNodeRuntime } from '../inference/node-runtime';
import type { CalibrationImage } from '../optimize/calibration-images';
import { readCalibrationImages, syntheticCalibration } from '../optimize/calibration-images';
import type { AcceptedVariant, RefusedVariant, SkippedVariant } from '../optimize/optimize-model';
import { optimizeModel } from '../optimize/optimize-model';
import { CliError } from './cli-error';

/** Generated calibration images used when the operator names no folder of photos. */
export const SYNTHETIC_CALIBRATION_COUNT = 8;

/** The outcome of optimizing one model: what was listed, refused and skipped. */
export interface OptimizeReport {
  entry: ManifestModel;
  images: number;
  accepted: AcceptedVariant[];
  refused: RefusedVariant[];
  skipped: SkippedVariant[];
}

/** The calibration images: the photos of `dirs`, or the generated set when none is given. */
export async function calibrationImages(dirs: readonly string[]): Promise<CalibrationImage[]> {
  if (dirs.length === 0) return syntheticCalibration(SYNTHETIC_CALIBRATION_COUNT);
  return readCalibrationImages(dirs).catch((error: Error) => {
    throw new CliError(error.message);
  });
}

/**
 * Writes the fp16, int8 weight-only and int8 static variants of manifest model `id` next to its file and
 * lists those that agree with it on the calibration images in its `variants` (replacing earlier
 * variants of the same id and dropping an earlier one now refused; other variants are kept).
 * @throws CliError when the manifest has no model `id`
 */
export async function optimizeManifestModel(onDisk: ManifestOnDisk, id: string, images: readonly CalibrationImage[]): Promise<OptimizeReport> {
  const entry = onDisk.manifest.models.find((m) => m.id === id);
  if (!entry) throw new CliError(`no model "${id}" in ${onDisk.path}; ids: ${onDisk.manifest.models.map((m) => m.id).join(', ')}`);
  const result = await optimizeModel(createNodeRuntime({ threads: 1 }), entry, await onDisk.readFile(entry.file), images);
  for (const { variant, bytes } of result.accepted) {
    const target = join(dirname(onDisk.path), variant.file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  const redone = new Set([...result.accepted.map((a) => a.variant.id), ...result.refused.map((r) => r.id), ...result.skipped.map((s) => s.id)]);
  const updated: ManifestModel = { ...entry, variants: [...entry.variants.filter((v) => !redone.has(v.id)), ...result.accepted.map((a) => a.variant)] };
  const models = onDisk.manifest.models.map((m) => (m.id === id ? updated : m));
  await writeManifestFile(onDisk.path, { ...onDisk.manifest, models });
  return { entry: updated, images: images.length, ...result };
}

/** The lines `derma models optimize` prints: one per variant, with its size and agreement. */
export function formatOptimizeReport(report: OptimizeReport): string[] {
  const { entry } = report;
  const pct = (bytes: number): string => `${((100 * bytes) / entry.bytes).toFixed(0)}%`;
  const lines = [`${entry.id}: ${entry.bytes} bytes fp32, agreement on ${report.images} calibration images`];
  for (const { variant } of report.accepted) {
    const a = variant.agreement;
    const mask = a?.maskIou === undefined ? '' : `, mask IoU ${a.maskIou}`;
    lines.push(`  listed   ${variant.id}  ${variant.file}  ${variant.bytes} bytes (${pct(variant.bytes)})  box IoU ${a?.boxIou}${mask}, score diff ${a?.scoreDiff}`);
  }
  for (const r of report.refused) lines.push(`  refused  ${r.id}: ${r.reason}`);
  for (const s of report.skipped) lines.push(`  skipped  ${s.id}: ${s.reason}`);
  return lines;
}
