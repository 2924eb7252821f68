import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '@derma/shared';
import { ASTRONAUT, evalPhotos, YUNET_SOURCE_DIR } from '../testing/fixtures';
import { readPhoto } from '../testing/read-photo';
import { rawYunetDetections } from './raw-yunet-decode';
import { committedFaceEntry, loadFaceFile, poseDetections, wholePhotoInput } from './wrapped-detections';
import { YUNET_FILES } from './yunet-files';

// Below the manifest threshold, so weak detections (a second face, a flag) are compared too.
const CONF = 0.3;
const PHOTOS = [ASTRONAUT, ...evalPhotos('clear-faces'), ...evalPhotos('acne')];

function expectSameFaces(wrapped: Candidate[], reference: Candidate[], label: string): void {
  expect(wrapped.map((c) => c.anchor), label).toEqual(reference.map((c) => c.anchor));
  for (const [i, ref] of reference.entries()) {
    const mine = wrapped[i];
    expect(mine?.score, label).toBeCloseTo(ref.score, 4);
    const points = (c: Candidate | undefined): number[] => [c?.x1, c?.y1, c?.x2, c?.y2, ...(c?.keypoints ?? [])].map((v) => v ?? Number.NaN);
    const diffs = points(mine).map((v, j) => Math.abs(v - (points(ref)[j] ?? Number.NaN)));
    expect(diffs, label).toHaveLength(4 + 15);
    expect(Math.max(...diffs), label).toBeLessThan(1);
  }
}

describe.each(YUNET_FILES.map((f) => [f.id, f] as const))('wrapped YuNet %s', (_id, file) => {
  it('finds the same faces, boxes and landmarks (within 1 px) as the original decoded in TypeScript', async () => {
    const entry = committedFaceEntry();
    const model = await loadFaceFile(entry, file.kind === 'main' ? undefined : file.id);
    const original = new Uint8Array(readFileSync(join(YUNET_SOURCE_DIR, file.source)));
    let faces = 0;
    for (const photo of PHOTOS) {
      const input = wholePhotoInput(await readPhoto(photo), model.contract.imgsz);
      const wrapped = await poseDetections(model, input, CONF);
      const reference = await rawYunetDetections(original, input, model.contract.imgsz, CONF, entry.iou);
      expectSameFaces(wrapped, reference, photo);
      faces += reference.length;
    }
    await model.session.release();
    // Every photo holds at least one face: an empty comparison would prove nothing.
    expect(faces).toBeGreaterThanOrEqual(PHOTOS.length);
  });
});
