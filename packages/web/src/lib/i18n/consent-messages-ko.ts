import type { ConsentKey } from './consent-messages-en';

/** Korean texts of the privacy promise, key for key with the English table. */
export const consentKo: Record<ConsentKey, string> = {
  'queue.title': '사진이 모델을 기다리고 있습니다',
  'queue.body': '사진은 이 기기에 보관되며, 모델이 준비되는 즉시 이 기기에서 분석됩니다. 아무것도 전송되지 않습니다.',
  'consent.title': '이 기기에서 사진을 분석할 수 없습니다',
  'consent.reason.download': '모델을 내려받지 못했습니다.',
  'consent.reason.noWasm': '이 브라우저는 모델을 실행할 수 없습니다(WebAssembly 미지원).',
  'consent.reason.runtime': '이 기기에서 모델을 시작하거나 실행하지 못했습니다.',
  'consent.detail': '자세한 내용: {message}',
  'consent.nothingSent': '아무것도 전송되지 않았습니다. 다음에 할 일을 선택하세요.',
  'consent.sent': '서버 분석을 선택하면 1024px로 줄인 사진 사본이 서버로 전송됩니다.',
  'consent.storedGuest': '게스트는 아무것도 저장되지 않습니다. 사본은 분석 후 폐기됩니다.',
  'consent.storedNotKept': '계정에는 결과만 보관되며, 사진은 분석 후 폐기됩니다(“사진 보관” 꺼짐).',
  'consent.storedKept': '“사진 보관”이 켜져 있어 사진이 결과와 함께 계정에 보관됩니다.',
  'consent.always': '이 기기에서는 항상 서버 사용(설정에서 바꿀 수 있습니다)',
  'consent.server': '서버에서 분석',
  'consent.retry': '이 기기에서 다시 시도',
  'result.serverChosen': '이 사진을 서버에서 분석하도록 직접 선택했습니다. 1024px로 줄인 사본이 전송되었습니다.',
};
