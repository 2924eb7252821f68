import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ASTRONAUT_PNG } from './paths';

async function tempFile(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'derma-e2e-')), name);
}

/** A plain sky-blue picture: nothing a face detector can take for a face. */
export async function noFacePhoto(width = 640, height = 480): Promise<string> {
  const file = await tempFile('no-face.png');
  await sharp({ create: { width, height, channels: 3, background: { r: 120, g: 170, b: 230 } } }).png().toFile(file);
  return file;
}

/** The astronaut portrait stretched to a camera-sized photo. */
export async function largeAstronaut(width: number, height: number): Promise<string> {
  const file = await tempFile('large.png');
  await sharp(ASTRONAUT_PNG).resize(width, height, { fit: 'fill' }).png().toFile(file);
  return file;
}
