import type { ConditionId, RgbaImage } from '@derma/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../lib/auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { decodePhoto } from '../../../lib/image/decode-photo';
import { getSettings } from '../../../lib/settings/use-settings';
import { diagnoseInWorker } from '../../../lib/worker/pipeline-client';
import { getPipelineState } from '../../../lib/worker/pipeline-store';
import type { PipelineState } from '../../../lib/worker/pipeline-store';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';
import { analyzeOnServer } from '../api/analyze-on-server';
import { invalidateDiagnoses } from '../../../lib/trpc/invalidate-diagnoses';
import { saveResult, saveServerResult } from '../api/save-result';
import { photoKey, ServerAttempts } from './server-attempts';

/** The steps of one diagnosis, in the order the user sees them. */
export type Stage = 'decode' | 'face' | ConditionId | 'upload' | 'save';

/** Where the photo is analysed: on this device, or uploaded to the server. */
export type Route = 'device' | 'server';

export interface RunState {
  running: boolean;
  route: Route;
  stage: Stage | null;
  done: Stage[];
  error: WorkerFailure | null;
  /** Why an on-device run was handed to the server, when it was. */
  fallbackFrom: WorkerFailure | null;
}

/** Failures caused by the photo itself: the server would refuse it the same way. */
const PHOTO_FAULTS = new Set(['NO_FACE', 'IMAGE_UNREADABLE', 'IMAGE_INVALID']);

/** The server analyses when the user prefers it or this device cannot run the models. */
export function chooseRoute(preferServer: boolean, pipeline: Pick<PipelineState, 'status'>): Route {
  return preferServer || pipeline.status === 'error' ? 'server' : 'device';
}

/** Outlives the screen, so trying a photo again after a failed upload reuses its id. */
const serverAttempts = new ServerAttempts();

const idle: RunState = { running: false, route: 'device', stage: null, done: [], error: null, fallbackFrom: null };

function failureOf(error: unknown): WorkerFailure {
  const code = (error as { code?: unknown }).code;
  return { code: typeof code === 'string' ? code : 'INTERNAL', message: (error as Error).message };
}

/**
 * Runs a photo through decode → on-device pipeline (or the server) → save, then opens the
 * result. An on-device failure that is not the photo's fault is retried on the server.
 */
export function useDiagnosisRun(): { state: RunState; run: (photo: Blob | ImageBitmap) => Promise<void> } {
  const [state, setState] = useState<RunState>(idle);
  const { user } = useSession();
  const { language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const advance = useCallback((stage: Stage) => {
    setState((s) => (s.stage === stage ? s : { ...s, stage, done: s.stage ? [...s.done, s.stage] : s.done }));
  }, []);

  const onServer = useCallback(
    async (image: RgbaImage, keepPhoto: boolean): Promise<string> => {
      advance('upload');
      const clientId = serverAttempts.idFor(`${user?.id ?? 'guest'}:${await photoKey(image)}`);
      const analysis = await analyzeOnServer(image, { clientId, keepPhoto: keepPhoto && user !== null, language });
      serverAttempts.settle(clientId);
      advance('save');
      await saveServerResult(clientId, analysis, image, user, keepPhoto);
      return clientId;
    },
    [advance, language, user],
  );

  const run = useCallback(
    async (photo: Blob | ImageBitmap) => {
      const { preferServer, keepPhotos } = getSettings();
      const route = chooseRoute(preferServer, getPipelineState());
      setState({ ...idle, running: true, route, stage: 'decode' });
      try {
        const image = await decodePhoto(photo).catch((error: unknown) => {
          throw Object.assign(new Error((error as Error).message), { code: 'IMAGE_UNREADABLE' });
        });
        let clientId: string;
        if (route === 'server') clientId = await onServer(image, keepPhotos);
        else {
          // The worker takes its own copy; this one is cropped for the overlay afterwards.
          const copy = { width: image.width, height: image.height, data: image.data.slice() };
          const outcome = await diagnoseInWorker(copy, (event) => {
            if (event.type === 'stage') advance(event.role);
          });
          if (outcome.ok) {
            advance('save');
            clientId = await saveResult(outcome.value, image, user, keepPhotos);
          } else if (PHOTO_FAULTS.has(outcome.error.code)) {
            setState((s) => ({ ...s, running: false, error: outcome.error }));
            return;
          } else {
            setState((s) => ({ ...s, route: 'server', fallbackFrom: outcome.error }));
            clientId = await onServer(image, keepPhotos);
          }
        }
        void invalidateDiagnoses(queryClient);
        setState(idle);
        void navigate(`/result/${clientId}`);
      } catch (error) {
        setState((s) => ({ ...s, running: false, error: failureOf(error) }));
      }
    },
    [advance, navigate, onServer, queryClient, user],
  );
  return { state, run };
}
