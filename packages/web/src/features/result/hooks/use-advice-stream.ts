import { useEffect, useState } from 'react';
import type { Language } from '../../../lib/settings/settings-schema';
import { api } from '../../../lib/trpc/trpc-client';

export interface AdviceState {
  status: 'idle' | 'streaming' | 'done' | 'failed';
  text: string;
  /** Why the stream failed (a tRPC client error, or a transport error). */
  error: unknown;
  /** The finished advice was written with the kept photo in view. */
  usedPhoto: boolean;
}

/**
 * Streams the advice of a stored diagnosis token by token (SSE), in the UI language; with
 * `usePhoto` the server shows the kept photo, if any, to its vision model.
 */
export function useAdviceStream(diagnosisId: string | null, language: Language, usePhoto = false): AdviceState {
  const [state, setState] = useState<AdviceState>({ status: 'idle', text: '', error: null, usedPhoto: false });
  useEffect(() => {
    if (!diagnosisId) return;
    setState({ status: 'streaming', text: '', error: null, usedPhoto: false });
    const subscription = api.advice.stream.subscribe(
      { diagnosisId, language, usePhoto },
      {
        onData: (event) => {
          if (event.type === 'token') setState((s) => ({ ...s, text: s.text + event.text }));
          else setState({ status: 'done', text: event.advice.content, error: null, usedPhoto: event.advice.usedPhoto });
        },
        onError: (error) => {
          setState((s) => ({ ...s, status: 'failed', error }));
          subscription.unsubscribe();
        },
        onComplete: () => setState((s) => (s.status === 'streaming' ? { ...s, status: 'done' } : s)),
      },
    );
    return () => subscription.unsubscribe();
  }, [diagnosisId, language, usePhoto]);
  return state;
}
