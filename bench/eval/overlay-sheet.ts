import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { CONDITION_IDS } from '@derma/shared';
import type { Tile } from './overlay-tile';
import { TILE, TINTS } from './overlay-tile';

const COLUMNS = 10;
const GAP = 4;
const CAPTION = 28;
const TITLE = 22;
const LEGEND = 30;

function escape(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function text(x: number, y: number, size: number, body: string, fill = '#eee'): string {
  return `<text x="${x}" y="${y}" font-family="DejaVu Sans, sans-serif" font-size="${size}" fill="${fill}">${escape(body)}</text>`;
}

function legend(width: number): string {
  const keys = CONDITION_IDS.map((id, k) => `<rect x="${8 + k * 110}" y="9" width="12" height="12" fill="rgb(${TINTS[id].join(',')})"/>${text(24 + k * 110, 20, 12, `${id} mask`)}`).join('');
  const rest = `${text(340, 20, 12, 'dots: landmarks (green: result, magenta: guide fallback) · white: painted lesions · dim: not skin · caption: a/t/w scores')}`;
  return `<rect width="${width}" height="${LEGEND}" fill="#222"/>${keys}${rest}`;
}

/**
 * Writes the overlay sheet: one tile per analysed photo, grouped (real photos, synthetic
 * lesions, degraded), each group under its title, a legend on top. Refused photos get a red frame.
 */
export async function writeSheet(tiles: readonly Tile[], file: string): Promise<void> {
  const width = COLUMNS * (TILE + GAP) + GAP;
  const groups = [...new Set(tiles.map((t) => t.group))];
  const placed: { tile: Tile; left: number; top: number }[] = [];
  const svg: string[] = [];
  let top = LEGEND;
  for (const group of groups) {
    svg.push(text(GAP, top + 16, 14, group, '#fff'));
    top += TITLE;
    const members = tiles.filter((t) => t.group === group);
    members.forEach((tile, k) => {
      const [left, y] = [GAP + (k % COLUMNS) * (TILE + GAP), top + Math.floor(k / COLUMNS) * (TILE + CAPTION + GAP)];
      placed.push({ tile, left, top: y });
      if (tile.refused) svg.push(`<rect x="${left + 1}" y="${y + 1}" width="${TILE - 2}" height="${TILE - 2}" fill="none" stroke="#f33" stroke-width="2"/>`);
      svg.push(text(left + 2, y + TILE + 12, 9, tile.caption[0].slice(0, 32)), text(left + 2, y + TILE + 24, 11, tile.caption[1], tile.refused ? '#f77' : '#fff'));
    });
    top += Math.ceil(members.length / COLUMNS) * (TILE + CAPTION + GAP);
  }
  const height = top + GAP;
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${legend(width)}${svg.join('')}</svg>`;
  await mkdir(dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 4, background: '#111111' } })
    .composite([
      ...placed.map(({ tile, left, top: y }) => ({ input: Buffer.from(tile.pixels.buffer), raw: { width: TILE, height: TILE, channels: 4 as const }, left, top: y })),
      { input: Buffer.from(overlay), left: 0, top: 0 },
    ])
    // 64 colours keep the committed sheet a few hundred KB; masks and captions stay legible.
    .png({ compressionLevel: 9, palette: true, colours: 64, dither: 0.5 })
    .toFile(file);
}
