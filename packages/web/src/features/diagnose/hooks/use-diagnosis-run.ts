import type { RgbaImage } from '@derma/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../lib/auth/use-session';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { decodePhoto } from '../../../lib/image/decode-photo';
import { getSettings, updateSettings } from '../../../lib/settings/use-settings';
import { invalidateDiagnoses } from '../../../lib/trpc/invalidate-diagnoses';
import { diagnoseInWorker } from '../../../lib/worker/pipeline-client';
import { getPipelineState, loadModels, whenModelsSettle } from '../../../lib/worker/pipeline-store';
import type { WorkerFailure } from '../../../lib/worker/worker-protocol';
import { analyzeOnServer } from '../api/analyze-on-server';
import { saveResult, saveServerResult } from '../api/save-result';
import type { DiagnosisRun, RunState, ServerReason, Stage } from './run-state';
import { chooseRoute, failureOf, idleRun, isPhotoFault } from './run-state';
import { photoKey, ServerAttempts } from './server-attempts';

/** Outlives the screen, so trying a photo again after a failed upload reuses its id. */
const serverAttempts = new ServerAttempts();

/**
 * Runs a photo through decode → on-device pipeline → save, then opens the result. A photo picked
 * before the models are ready is held here until they are. The server analyses it only when the
 * person prefers the server in settings, or chooses it after the device could not run the models.
 */
export function useDiagnosisRun(): DiagnosisRun {
  const [state, setState] = useState<RunState>(idleRun);
  const { user } = useSession();
  const { language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const held = useRef<RgbaImage | null>(null);
  // Bumped by every new photo and by cancel, so a run that was left behind changes nothing.
  const ticket = useRef(0);
  const advance = useCallback((stage: Stage) => {
    setState((s) => (s.stage === stage ? s : { ...s, stage, done: s.stage ? [...s.done, s.stage] : s.done }));
  }, []);

  const settle = useCallback(
    async (mine: number, work: () => Promise<string | null>) => {
      try {
        const clientId = await work();
        if (mine !== ticket.current || clientId === null) return;
        held.current = null;
        void invalidateDiagnoses(queryClient);
        setState(idleRun);
        void navigate(`/result/${clientId}`);
      } catch (error) {
        if (mine === ticket.current) setState((s) => ({ ...s, running: false, queued: false, error: failureOf(error) }));
      }
    },
    [navigate, queryClient],
  );

  const onServer = useCallback(
    async (image: RgbaImage, reason: ServerReason): Promise<string> => {
      const { keepPhotos } = getSettings();
      setState((s) => ({ ...s, route: 'server', serverReason: reason, consent: null, running: true }));
      advance('upload');
      const clientId = serverAttempts.idFor(`${user?.id ?? 'guest'}:${await photoKey(image)}`);
      const analysis = await analyzeOnServer(image, { clientId, keepPhoto: keepPhotos && user !== null, language });
      serverAttempts.settle(clientId);
      advance('save');
      await saveServerResult(clientId, analysis, image, user, keepPhotos);
      return clientId;
    },
    [advance, language, user],
  );

  /** On the device, waiting for the models first; null when the person has a choice to make. */
  const onDevice = useCallback(
    async (image: RgbaImage, mine: number): Promise<string | null> => {
      const ask = (reason: WorkerFailure): null => {
        if (mine === ticket.current) setState((s) => ({ ...s, running: false, queued: false, consent: reason }));
        return null;
      };
      let pipeline = getPipelineState();
      if (pipeline.status !== 'ready' && pipeline.status !== 'error') {
        setState((s) => ({ ...s, queued: true }));
        pipeline = await whenModelsSettle();
        if (mine !== ticket.current) return null;
        setState((s) => ({ ...s, queued: false }));
      }
      if (pipeline.status === 'error') return ask(pipeline.error ?? { code: 'INTERNAL', message: 'the models could not be loaded' });
      // The worker takes its own copy; this one is cropped for the overlay afterwards.
      const copy = { width: image.width, height: image.height, data: image.data.slice() };
      const outcome = await diagnoseInWorker(copy, (event) => {
        if (event.type === 'stage' && mine === ticket.current) advance(event.role);
      });
      if (outcome.ok) {
        advance('save');
        return saveResult(outcome.value, image, user, getSettings().keepPhotos);
      }
      if (isPhotoFault(outcome.error.code)) throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
      return ask(outcome.error);
    },
    [advance, user],
  );

  const run = useCallback(
    async (photo: Blob | ImageBitmap) => {
      const mine = ++ticket.current;
      const route = chooseRoute(getSettings().preferServer);
      setState({ ...idleRun, running: true, route, stage: 'decode', serverReason: route === 'server' ? 'preferred' : null });
      await settle(mine, async () => {
        const image = await decodePhoto(photo).catch((error: unknown) => {
          throw Object.assign(new Error((error as Error).message), { code: 'IMAGE_UNREADABLE' });
        });
        held.current = image;
        return route === 'server' ? onServer(image, 'preferred') : onDevice(image, mine);
      });
    },
    [onDevice, onServer, settle],
  );

  const chooseServer = useCallback(
    async (always: boolean) => {
      const image = held.current;
      if (!image) return;
      // Stored as the settings' server preference, so it shows, and can be undone, there.
      if (always) updateSettings({ preferServer: true });
      await settle(ticket.current, () => onServer(image, 'chosen'));
    },
    [onServer, settle],
  );

  const retryOnDevice = useCallback(async () => {
    const image = held.current;
    if (!image) return;
    if (getPipelineState().status === 'error') void loadModels(true);
    setState((s) => ({ ...s, running: true, consent: null }));
    await settle(ticket.current, () => onDevice(image, ticket.current));
  }, [onDevice, settle]);

  const cancel = useCallback(() => {
    ticket.current += 1;
    held.current = null;
    setState(idleRun);
  }, []);

  return { state, run, chooseServer, retryOnDevice, cancel };
}
