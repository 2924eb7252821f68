import { describe, expect, it } from 'vitest';
import { ASTRONAUT, CHELSEA, evalPhotos } from '../testing/fixtures';
import { readPhoto } from '../testing/read-photo';
import { committedFaceEntry, loadFaceFile, poseDetections, wholePhotoInput } from './wrapped-detections';

const entry = committedFaceEntry();

async function facesIn(photo: string): Promise<Awaited<ReturnType<typeof poseDetections>>> {
  const model = await loadFaceFile(entry);
  const faces = await poseDetections(model, wholePhotoInput(await readPhoto(photo), model.contract.imgsz), entry.conf);
  await model.session.release();
  return faces;
}

describe('the shipped face model at the manifest threshold', () => {
  it.each([CHELSEA, ...evalPhotos('not-faces')])('finds no face on %s', async (photo) => {
    expect(await facesIn(photo)).toEqual([]);
  });

  const portraits = [ASTRONAUT, ...evalPhotos('clear-faces').filter((p) => !p.includes('two_people')), ...evalPhotos('acne')];
  it.each(portraits)('finds exactly one face on the portrait %s', async (photo) => {
    expect(await facesIn(photo)).toHaveLength(1);
  });

  it('finds both people of the two-person portrait', async () => {
    const [photo] = evalPhotos('clear-faces').filter((p) => p.includes('two_people'));
    expect(await facesIn(photo ?? '')).toHaveLength(2);
  });

  it("gives the landmarks in YuNet's order: the right eye (image left) first, nose between the eyes, mouth below", async () => {
    const [face] = await facesIn(ASTRONAUT);
    const k = face?.keypoints ?? [];
    const at = (i: number): [number, number, number] => [k[3 * i] ?? Number.NaN, k[3 * i + 1] ?? Number.NaN, k[3 * i + 2] ?? Number.NaN];
    const [rightEye, leftEye, nose, rightMouth, leftMouth] = [at(0), at(1), at(2), at(3), at(4)];
    expect(rightEye[0]).toBeLessThan(leftEye[0]);
    expect(rightMouth[0]).toBeLessThan(leftMouth[0]);
    expect(nose[0]).toBeGreaterThan(rightEye[0]);
    expect(nose[0]).toBeLessThan(leftEye[0]);
    expect(nose[1]).toBeGreaterThan(rightEye[1]);
    expect(rightMouth[1]).toBeGreaterThan(nose[1]);
    // Visibility is the face score: YuNet has no per-landmark confidence.
    expect(rightEye[2]).toBeCloseTo(face?.score ?? 0, 6);
  });
});
