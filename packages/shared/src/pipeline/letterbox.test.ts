import { describe, expect, it } from 'vitest';
import { letterbox, unletterboxBox } from './letterbox';
import { preprocess } from './preprocess';

function solid(width: number, height: number, rgb: [number, number, number]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([...rgb, 255], i * 4);
  return { width, height, data };
}

describe('letterbox', () => {
  it('centres a wide region with ultralytics rounding of the padding', () => {
    expect(letterbox(400, 200, 640)).toEqual({ gain: 1.6, padX: 0, padY: 160, innerWidth: 640, innerHeight: 320, inputSize: 640 });
    expect(letterbox(333, 500, 640)).toMatchObject({ innerWidth: 426, innerHeight: 640, padX: 107, padY: 0 });
  });

  it('maps input boxes back to region pixels and clips them to the region', () => {
    const lb = letterbox(400, 200, 640);
    const region = { x: 0, y: 0, width: 400, height: 200 };
    expect(unletterboxBox([160, 240, 320, 400], lb, region)).toEqual([100, 50, 200, 150]);
    expect(unletterboxBox([-50, 100, 700, 600], lb, region)).toEqual([0, 0, 400, 200]);
  });
});

describe('preprocess', () => {
  it('writes RGB planes in 0..1 with 114 grey padding around a non-square image', () => {
    const { data, letterbox: lb } = preprocess(solid(40, 20, [255, 0, 51]), { x: 0, y: 0, width: 40, height: 20 }, 64);
    const plane = 64 * 64;
    expect(lb).toMatchObject({ padY: 16, innerHeight: 32 });
    expect(data[0]).toBeCloseTo(114 / 255, 6); // top padding row
    const centre = 32 * 64 + 32;
    expect([data[centre], data[centre + plane], data[centre + 2 * plane]].map((v) => Number(v?.toFixed(4)))).toEqual([1, 0, 0.2]);
  });

  it('writes into a used buffer exactly what it writes into a new one, padding included', () => {
    const [image, region] = [solid(40, 20, [255, 0, 51]), { x: -5, y: 0, width: 40, height: 20 }];
    const used = new Float32Array(3 * 64 * 64).fill(0.5);
    expect(preprocess(image, region, 64, used).data).toEqual(preprocess(image, region, 64).data);
  });

  it('pads the part of a crop outside the image with black', () => {
    const { data } = preprocess(solid(10, 10, [255, 255, 255]), { x: -10, y: 0, width: 20, height: 20 }, 20);
    expect(data[5 * 20 + 2]).toBe(0); // left half lies outside the image
    expect(data[5 * 20 + 15]).toBeCloseTo(1, 6);
    expect(data[15 * 20 + 15]).toBe(0); // so does the bottom half
  });

  it('averages the footprint when shrinking a lot, so fine stripes become grey instead of aliasing', () => {
    const img = solid(640, 640, [0, 0, 0]);
    for (let y = 0; y < 640; y++) for (let x = 0; x < 640; x += 2) img.data.set([255, 255, 255], (y * 640 + x) * 4);
    const { data } = preprocess(img, { x: 0, y: 0, width: 640, height: 640 }, 64);
    for (const v of data.subarray(0, 64)) expect(v).toBeCloseTo(0.5, 1);
  });
});
