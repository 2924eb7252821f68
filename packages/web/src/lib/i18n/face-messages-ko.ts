import type { FaceKey } from './face-messages-en';

/** Korean texts of the face work, key for key with the English table. */
export const faceKo: Record<FaceKey, string> = {
  'result.largestFace': '사진에 얼굴이 여러 개 있어 가장 큰 얼굴을 분석했습니다.',
  'result.zones.title': '부위별 결과',
  'result.zones.map': '부위별 얼굴 지도 (발견된 정도에 따라 색칠)',
  'result.zones.zone': '부위',
  'result.zones.caption': '상태별: 부위 안에서 발견된 개수와, 그 아래에 부위 중 덮인 비율.',
  'result.zones.guide': '얼굴 인식이 아니라 화면 가이드에 맞춰 부위를 나눴습니다.',
  'live.checking': '얼굴 위치를 확인하는 중…',
  'live.ready': '좋습니다. 움직이지 말고 촬영하세요',
  'live.IMAGE_TOO_SMALL': '카메라 화면이 너무 작습니다',
  'live.NO_FACE': '카메라를 정면으로 봐주세요',
  'live.MULTIPLE_FACES': '한 사람만 나오게 해주세요',
  'live.FACE_TOO_SMALL': '더 가까이 다가오세요',
  'live.FACE_CUT': '얼굴 전체가 화면에 들어오게 해주세요',
  'live.FACE_TURNED': '고개를 돌리지 말고 정면을 봐주세요',
  'live.TOO_DARK': '더 밝은 곳으로 가주세요',
  'live.TOO_BRIGHT': '너무 밝습니다. 직사광선을 피해주세요',
  'live.TOO_BLURRY': '움직이지 말고 잠시 기다려주세요',
};
