import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import type { DiagnosisResult, RgbaImage } from '@derma/shared';
import { loadPipeline } from '@derma/shared';
import { createNodeRuntime } from '@derma/api/inference';
import { loadModelSet } from '../lib/model-sets';

/** Request bytes of one diagnosis on each path. */
export interface UploadSizes {
  /** `diagnosis.submit` JSON body in edge mode: the result, no photo. */
  edgeJson: number;
  edgeJsonGzip: number;
  lesions: number;
  /** Server fallback: the downscaled JPEG the app uploads (1024², q85). */
  serverJpeg: number;
  /** The original design: a 1024² JPEG q95 up, three 1024² overlay JPEGs q95 back. */
  originalPhoto: number;
  originalOverlays: number;
}

async function diagnoseBaseline(image: RgbaImage): Promise<DiagnosisResult> {
  const set = await loadModelSet('baseline');
  const pipeline = await loadPipeline({ manifest: set.manifest, runtime: createNodeRuntime({ threads: 1 }), readFile: set.readFile });
  const result = await pipeline.run(image);
  await pipeline.dispose();
  return result;
}

/** Measures what each path sends for one diagnosis of `image` (on the baseline models). */
export async function uploadSizes(image: RgbaImage): Promise<UploadSizes> {
  const result = await diagnoseBaseline(image);
  const body = JSON.stringify({ clientId: crypto.randomUUID(), result });
  const rgba = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  const square = await sharp(rgba, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().resize(1024, 1024, { fit: 'cover' }).raw().toBuffer();
  const jpeg = (quality: number, input: Buffer = square) => sharp(input, { raw: { width: 1024, height: 1024, channels: 3 } }).jpeg({ quality }).toBuffer();
  // An overlay is the photo with a tinted region, as the original server drew its masks.
  const overlays = await Promise.all(
    [0, 1, 2].map(async (i) => {
      const tinted = Buffer.from(square);
      for (let p = i * 600_000; p < i * 600_000 + 900_000; p += 3) tinted[p] = 255;
      return (await jpeg(95, tinted)).length;
    }),
  );
  return {
    edgeJson: Buffer.byteLength(body),
    edgeJsonGzip: gzipSync(body).length,
    lesions: Object.values(result.findings).reduce((n, f) => n + f.lesionCount, 0),
    serverJpeg: (await jpeg(85)).length,
    originalPhoto: (await jpeg(95)).length,
    originalOverlays: overlays.reduce((a, b) => a + b, 0),
  };
}
