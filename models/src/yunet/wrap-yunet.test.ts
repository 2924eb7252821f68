import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUltralyticsMetadata, readOnnxModelInfo } from '@derma/shared';
import { MODELS_DIR } from '../testing/baseline-pipeline';
import { YUNET_SOURCE_DIR } from '../testing/fixtures';
import { buildYunetFiles, yunetEntry } from './yunet-manifest';
import { committedFaceEntry } from './wrapped-detections';
import { wrapYunet } from './wrap-yunet';

const built = buildYunetFiles(YUNET_SOURCE_DIR);

describe('wrapYunet', () => {
  it('writes the same bytes twice, equal to the committed models/yunet files', () => {
    const again = buildYunetFiles(YUNET_SOURCE_DIR);
    for (const [i, b] of built.entries()) {
      expect(Buffer.from(b.bytes).equals(Buffer.from(again[i]?.bytes ?? [])), b.file).toBe(true);
      expect(readFileSync(join(MODELS_DIR, b.file)).equals(Buffer.from(b.bytes)), `${b.file} is stale: run npx tsx models/scripts/wrap-yunet.ts`).toBe(true);
    }
  });

  it('declares input images [1, 3, S, S] and the pose output0 [1, 20, N] with N anchors of strides 8, 16, 32', () => {
    const anchors: Record<number, number> = { 320: 2100, 640: 8400 };
    for (const b of built) {
      const info = readOnnxModelInfo(b.bytes);
      expect(info.inputs).toEqual([{ name: 'images', elemType: 1, dims: [1, 3, b.imgsz, b.imgsz] }]);
      expect(info.outputs).toEqual([{ name: 'output0', elemType: 1, dims: [1, 20, anchors[b.imgsz]] }]);
    }
  });

  it('writes metadata as ultralytics does for a pose export, as Python literals', () => {
    const [main] = built;
    const props = readOnnxModelInfo(main?.bytes ?? new Uint8Array()).metadata;
    expect(props).toMatchObject({ task: 'pose', names: "{0: 'face'}", imgsz: '[640, 640]', kpt_shape: '[5, 3]', stride: '32', version: '1.0.0' });
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['description', 'author', 'license', 'version']));
    expect(parseUltralyticsMetadata(props)).toMatchObject({ task: 'pose', names: ['face'], imgsz: [640, 640], kptShape: [5, 3] });
  });

  it('matches the committed manifest face entry, hashes and sizes of the main file and variants included', () => {
    expect(committedFaceEntry()).toEqual(expect.objectContaining(yunetEntry(built)));
  });

  it('refuses a file that is not a YuNet, naming what is missing', () => {
    const acne = new Uint8Array(readFileSync(join(MODELS_DIR, 'baseline', 'acne.onnx')));
    expect(() => wrapYunet(acne, 'n')).toThrow('not a YuNet model: no graph input "input"');
  });
});
