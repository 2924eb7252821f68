import { z } from 'zod';

/**
 * The skin zones a face is divided into, in display order. Left and right are the person's own
 * (anatomical): the left cheek is on the right of an unmirrored photo.
 */
export const ZONE_IDS = ['forehead', 'periocular', 'nose', 'leftCheek', 'rightCheek', 'chin'] as const;

export const zoneIdSchema = z.enum(ZONE_IDS);
export type ZoneId = z.infer<typeof zoneIdSchema>;

/** Display names of the zones, shared by the web app, the CLI and advice prompts. */
export const ZONE_LABELS: Readonly<Record<ZoneId, { ko: string; en: string }>> = {
  forehead: { ko: '이마', en: 'forehead' },
  periocular: { ko: '눈가', en: 'around the eyes' },
  nose: { ko: '코', en: 'nose' },
  leftCheek: { ko: '왼쪽 볼', en: 'left cheek' },
  rightCheek: { ko: '오른쪽 볼', en: 'right cheek' },
  chin: { ko: '턱', en: 'chin' },
};
