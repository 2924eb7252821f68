/**
 * English texts of API errors and form validation: what the user reads instead of the server's
 * English `message`. Keys by `error.data.reason`, by tRPC code, and by form field.
 */
export const errorsEn = {
  'error.reason.EMAIL_TAKEN': 'An account with this email already exists. Log in, or use another address.',
  'error.reason.USERNAME_TAKEN': 'This username is taken. Choose another one.',
  'error.reason.WRONG_CREDENTIALS': 'Wrong email or password.',
  'error.reason.WRONG_PASSWORD': 'The password is wrong.',
  'error.reason.ACCOUNT_DISABLED': 'This account has been disabled. Contact the service operator.',
  'error.reason.RESET_LINK_INVALID': 'This reset link is invalid, used or expired. Ask for a new one.',
  'error.code.UNAUTHORIZED': 'Your session has ended. Log in again.',
  'error.code.FORBIDDEN': 'You are not allowed to do this.',
  'error.code.NOT_FOUND': 'This was not found. It may have been deleted.',
  'error.code.CONFLICT': 'This conflicts with existing data.',
  'error.code.BAD_REQUEST': 'The server refused the input. Check it and try again.',
  'error.code.PAYLOAD_TOO_LARGE': 'This is too large for the server.',
  'error.code.TOO_MANY_REQUESTS': 'Too many attempts. Wait a minute and try again.',
  'error.code.SERVICE_UNAVAILABLE': 'The service is temporarily unavailable. Try again shortly.',
  'error.code.TIMEOUT': 'The server took too long to answer. Try again.',
  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.unknown': 'Something went wrong on the server. Try again later.',
  'validation.email': 'Enter a valid email address.',
  'validation.username': 'A username is 3 to 50 letters, digits or underscores.',
  'validation.password': 'A password needs at least 8 characters with a letter and a digit.',
  'validation.required': 'Fill in this field.',
  'validation.token': 'This reset link is incomplete. Open the link from the email again.',
  'validation.invalid': 'Check what you entered.',
} as const;

export type ErrorKey = keyof typeof errorsEn;
