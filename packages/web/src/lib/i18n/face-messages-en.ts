import type { QualityReason } from '@derma/shared';

type LiveKey = `live.${QualityReason}`;

/**
 * English texts of the face work: the zone map and table of the result screen, the
 * largest-face notice, and the camera's live framing hints (short forms of `QUALITY_MESSAGES`).
 */
export const faceEn = {
  'result.largestFace': 'Several faces were in the photo; the largest one was analysed.',
  'result.zones.title': 'By face zone',
  'result.zones.map': 'Face zones, tinted by what was found in each',
  'result.zones.zone': 'Zone',
  'result.zones.caption': 'Per condition: how many findings lie in the zone, and below, the share of the zone they cover.',
  'result.zones.guide': 'The zones follow the on-screen guide, not a detected face.',
  'live.checking': 'Checking the framing…',
  'live.ready': 'Good: hold still and take the photo',
  'live.IMAGE_TOO_SMALL': 'The camera picture is too small',
  'live.NO_FACE': 'Face the camera',
  'live.MULTIPLE_FACES': 'Only one person, please',
  'live.FACE_TOO_SMALL': 'Move closer',
  'live.FACE_CUT': 'Keep your whole face in the frame',
  'live.FACE_TURNED': 'Look straight at the camera',
  'live.TOO_DARK': 'Find more light',
  'live.TOO_BRIGHT': 'Too bright: avoid direct light',
  'live.TOO_BLURRY': 'Hold still',
} as const satisfies Record<string, string> & Record<LiveKey, string>;

export type FaceKey = keyof typeof faceEn;
