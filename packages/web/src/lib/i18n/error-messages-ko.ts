import type { ErrorKey } from './error-messages-en';

/** Korean texts of API errors and form validation, key for key with the English table. */
export const errorsKo: Record<ErrorKey, string> = {
  'error.reason.EMAIL_TAKEN': '이미 이 이메일로 가입된 계정이 있습니다. 로그인하거나 다른 주소를 사용하세요.',
  'error.reason.USERNAME_TAKEN': '이미 사용 중인 사용자 이름입니다. 다른 이름을 고르세요.',
  'error.reason.WRONG_CREDENTIALS': '이메일 또는 비밀번호가 올바르지 않습니다.',
  'error.reason.WRONG_PASSWORD': '비밀번호가 올바르지 않습니다.',
  'error.reason.ACCOUNT_DISABLED': '이 계정은 사용이 중지되었습니다. 서비스 운영자에게 문의하세요.',
  'error.reason.RESET_LINK_INVALID': '재설정 링크가 잘못되었거나 이미 사용되었거나 만료되었습니다. 새 링크를 요청하세요.',
  'error.code.UNAUTHORIZED': '로그인이 만료되었습니다. 다시 로그인하세요.',
  'error.code.FORBIDDEN': '이 작업을 할 권한이 없습니다.',
  'error.code.NOT_FOUND': '찾을 수 없습니다. 삭제되었을 수 있습니다.',
  'error.code.CONFLICT': '기존 데이터와 충돌합니다.',
  'error.code.BAD_REQUEST': '서버가 입력을 거부했습니다. 확인 후 다시 시도하세요.',
  'error.code.PAYLOAD_TOO_LARGE': '서버가 받기에는 너무 큽니다.',
  'error.code.TOO_MANY_REQUESTS': '시도가 너무 많습니다. 1분 뒤에 다시 시도하세요.',
  'error.code.SERVICE_UNAVAILABLE': '서비스를 잠시 이용할 수 없습니다. 잠시 후 다시 시도하세요.',
  'error.code.TIMEOUT': '서버 응답이 너무 늦습니다. 다시 시도하세요.',
  'error.network': '서버에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도하세요.',
  'error.unknown': '서버에서 문제가 발생했습니다. 나중에 다시 시도하세요.',
  'validation.email': '올바른 이메일 주소를 입력하세요.',
  'validation.username': '사용자 이름은 영문자, 숫자, 밑줄(_)로 3~50자입니다.',
  'validation.password': '비밀번호는 영문자와 숫자를 포함해 8자 이상이어야 합니다.',
  'validation.required': '이 칸을 입력하세요.',
  'validation.token': '재설정 링크가 불완전합니다. 이메일의 링크를 다시 여세요.',
  'validation.invalid': '입력한 내용을 확인하세요.',
};
