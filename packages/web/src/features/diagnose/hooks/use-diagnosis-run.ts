import type { ConditionId } from '@derma/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../lib/auth/use-session';
import { decodePhoto } from '../../../lib/image/decode-photo';
import { diagnoseInWorker } from '../../../lib/worker/pipeline-client';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';
import { saveResult } from '../api/save-result';

/** The steps of one diagnosis, in the order the user sees them. */
export type Stage = 'decode' | 'face' | ConditionId | 'save';

export interface RunState {
  running: boolean;
  stage: Stage | null;
  done: Stage[];
  error: WorkerFailure | null;
}

const idle: RunState = { running: false, stage: null, done: [], error: null };

/** Runs a photo through decode → worker pipeline → save, then opens the result. */
export function useDiagnosisRun(): { state: RunState; run: (photo: Blob | ImageBitmap) => Promise<void> } {
  const [state, setState] = useState<RunState>(idle);
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const advance = useCallback((stage: Stage) => {
    setState((s) => (s.stage === stage ? s : { ...s, stage, done: s.stage ? [...s.done, s.stage] : s.done }));
  }, []);

  const run = useCallback(
    async (photo: Blob | ImageBitmap) => {
      setState({ ...idle, running: true, stage: 'decode' });
      try {
        const image = await decodePhoto(photo).catch((error: unknown) => {
          throw Object.assign(new Error((error as Error).message), { code: 'IMAGE_UNREADABLE' });
        });
        // The worker takes its own copy; this one is cropped for the overlay afterwards.
        const copy = { width: image.width, height: image.height, data: image.data.slice() };
        const outcome = await diagnoseInWorker(copy, (event) => {
          if (event.type === 'stage') advance(event.role);
        });
        if (!outcome.ok) {
          setState((s) => ({ ...s, running: false, error: outcome.error }));
          return;
        }
        advance('save');
        const clientId = await saveResult(outcome.value, image, user);
        void queryClient.invalidateQueries({ queryKey: ['diagnosis'] });
        setState(idle);
        void navigate(`/result/${clientId}`);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        setState((s) => ({ ...s, running: false, error: { code: typeof code === 'string' ? code : 'INTERNAL', message: (error as Error).message } }));
      }
    },
    [advance, navigate, queryClient, user],
  );
  return { state, run };
}
