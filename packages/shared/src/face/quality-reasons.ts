/**
 * Why the quality gate refused a photo, before any skin model ran. Each has a message in both
 * languages that tells the person what to do (`QUALITY_MESSAGES`).
 */
export const QUALITY_REASONS = [
  'IMAGE_TOO_SMALL',
  'NO_FACE',
  'MULTIPLE_FACES',
  'FACE_TOO_SMALL',
  'FACE_CUT',
  'FACE_TURNED',
  'TOO_DARK',
  'TOO_BRIGHT',
  'TOO_BLURRY',
] as const;
export type QualityReason = (typeof QUALITY_REASONS)[number];

/** True for the codes of {@link QUALITY_REASONS}. */
export function isQualityReason(code: string): code is QualityReason {
  return (QUALITY_REASONS as readonly string[]).includes(code);
}

/** What the person is told for each refusal: the problem, then what to do. */
export const QUALITY_MESSAGES: Readonly<Record<QualityReason, { ko: string; en: string }>> = {
  IMAGE_TOO_SMALL: {
    ko: '사진이 너무 작습니다. 얼굴이 크게 나온 사진을 원본 크기로 올려주세요.',
    en: 'The picture is too small. Use a full-size photo in which your face is large.',
  },
  NO_FACE: {
    ko: '얼굴을 찾을 수 없습니다. 정면 사진을 업로드해주세요.',
    en: 'No face found. Please upload a frontal photo.',
  },
  MULTIPLE_FACES: {
    ko: '얼굴이 여러 개 보입니다. 한 사람만 나오게 찍어주세요.',
    en: 'More than one face is in the photo. Take a photo of one person only.',
  },
  FACE_TOO_SMALL: {
    ko: '얼굴이 너무 작게 나왔습니다. 카메라에 더 가까이 다가가 주세요.',
    en: 'Your face is too small in the photo. Move closer to the camera.',
  },
  FACE_CUT: {
    ko: '얼굴 일부가 사진 밖으로 잘렸습니다. 얼굴 전체가 화면 안에 들어오게 해주세요.',
    en: 'Part of your face is cut off. Keep your whole face inside the frame.',
  },
  FACE_TURNED: {
    ko: '고개가 너무 돌아가거나 기울어져 있습니다. 카메라를 정면으로 바라봐 주세요.',
    en: 'Your head is turned or tilted too far. Look straight at the camera.',
  },
  TOO_DARK: {
    ko: '사진이 너무 어둡습니다. 밝은 곳에서 얼굴에 빛이 고르게 닿게 찍어주세요.',
    en: 'The photo is too dark. Find even, bright light on your face.',
  },
  TOO_BRIGHT: {
    ko: '사진이 너무 밝아 피부가 하얗게 날아갔습니다. 직사광선이나 플래시를 피해주세요.',
    en: 'The photo is overexposed. Avoid direct sunlight and flash.',
  },
  TOO_BLURRY: {
    ko: '사진이 흐립니다. 카메라를 고정하고 초점을 맞춘 뒤 다시 찍어주세요.',
    en: 'The photo is blurred. Hold the camera still and let it focus, then try again.',
  },
};
