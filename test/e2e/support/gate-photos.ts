import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ASTRONAUT_PNG } from './paths';

async function tempFile(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'derma-gate-')), name);
}

/** A picture smaller than any analysable face needs (the gate's IMAGE_TOO_SMALL). */
export async function tinyPhoto(side = 64): Promise<string> {
  const file = await tempFile('tiny.png');
  await sharp(ASTRONAUT_PNG).resize(side, side).png().toFile(file);
  return file;
}

/**
 * The astronaut (eyes 43 px apart at 512 px) shrunk to `side` px in the middle of a large grey
 * picture: a face the detector finds, with its eyes under the gate's 36 px (FACE_TOO_SMALL).
 */
export async function smallFacePhoto(side = 256, width = 1200, height = 900): Promise<string> {
  const file = await tempFile('small-face.png');
  const face = await sharp(ASTRONAUT_PNG).resize(side, side).png().toBuffer();
  const background = { r: 128, g: 128, b: 128 };
  await sharp({ create: { width, height, channels: 3, background } })
    .composite([{ input: face, left: Math.round((width - side) / 2), top: Math.round((height - side) / 2) }])
    .png()
    .toFile(file);
  return file;
}

/**
 * A still picture as a Y4M video (4:2:0, BT.601 full range) for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`), which loops it.
 */
export async function fakeCameraVideo(photo: string, side = 640): Promise<string> {
  const { data } = await sharp(photo).resize(side, side).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const half = side / 2;
  const y = Buffer.alloc(side * side);
  const [u, v] = [Buffer.alloc(half * half), Buffer.alloc(half * half)];
  for (let i = 0; i < side * side; i++) {
    const [r, g, b] = [data[i * 3] ?? 0, data[i * 3 + 1] ?? 0, data[i * 3 + 2] ?? 0];
    y[i] = 0.299 * r + 0.587 * g + 0.114 * b;
    const [row, col] = [Math.floor(i / side), i % side];
    if (row % 2 === 0 && col % 2 === 0) {
      const c = (row / 2) * half + col / 2;
      u[c] = Math.max(0, Math.min(255, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b));
      v[c] = Math.max(0, Math.min(255, 128 + 0.5 * r - 0.418688 * g - 0.081312 * b));
    }
  }
  const file = await tempFile('camera.y4m');
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  await writeFile(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}
