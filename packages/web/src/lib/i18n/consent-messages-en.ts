/**
 * English texts of the privacy promise: a photo waits on the device for the models, and leaves
 * it only when the person chooses server analysis. The Korean table has the same keys.
 */
export const consentEn = {
  'queue.title': 'Your photo is waiting for the models',
  'queue.body': 'It is held on this device and analysed here as soon as the models are ready. Nothing is sent.',
  'consent.title': 'This device cannot analyse the photo',
  'consent.reason.download': 'The models could not be downloaded.',
  'consent.reason.noWasm': 'This browser cannot run the models (it has no WebAssembly).',
  'consent.reason.runtime': 'The models could not be started or run on this device.',
  'consent.detail': 'Details: {message}',
  'consent.nothingSent': 'Nothing has been sent. You decide what happens next.',
  'consent.sent': 'Server analysis sends a copy of this photo, downscaled to 1024 px, to our server.',
  'consent.storedGuest': 'As a guest, nothing is stored: the copy is discarded after the analysis.',
  'consent.storedNotKept': 'Only the result is kept in your account; the photo is discarded after the analysis (“Keep photos” is off).',
  'consent.storedKept': '“Keep photos” is on: the photo is kept in your account with the result.',
  'consent.always': 'Always use the server on this device (you can change this in Settings)',
  'consent.server': 'Analyse on the server',
  'consent.retry': 'Try on this device again',
  'result.serverChosen': 'You chose to have this photo analysed on the server; a copy downscaled to 1024 px was sent.',
} as const;

export type ConsentKey = keyof typeof consentEn;
