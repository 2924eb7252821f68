import type { AccountKey } from './account-messages-en';
import type { ConsentKey } from './consent-messages-en';
import type { ErrorKey } from './error-messages-en';
import type { FaceKey } from './face-messages-en';
import type { en } from './messages-en';

/** Every key of the UI text tables. */
export type MessageKey = keyof typeof en | AccountKey | ErrorKey | FaceKey | ConsentKey;
