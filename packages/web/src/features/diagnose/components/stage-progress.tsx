import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { RunState, Stage } from '../hooks/run-state';

/** Each step of the running diagnosis: done, in progress or waiting. */
export function StageProgress({ state, withFace }: { state: RunState; withFace: boolean }): ReactNode {
  const { t } = useI18n();
  const stages: Stage[] =
    state.route === 'server' ? ['decode', 'upload', 'save'] : ['decode', ...(withFace ? (['face'] as const) : []), 'acne', 'atopy', 'wrinkle', 'save'];
  return (
    <section className="card" aria-labelledby="stages-title" aria-busy={state.running}>
      <h2 id="stages-title" className="card-title">
        {t('diagnose.progress')}
      </h2>
      <ol className="stages" data-route={state.route}>
        {stages.map((stage) => {
          const status = state.done.includes(stage) ? 'done' : state.stage === stage ? (state.running ? 'active' : 'failed') : 'waiting';
          return (
            <li key={stage} className={`stage stage-${status}`} aria-current={status === 'active' ? 'step' : undefined}>
              <span className="stage-dot" aria-hidden="true">
                {status === 'done' ? '✓' : status === 'failed' ? '✕' : ''}
              </span>
              {t(`diagnose.stage.${stage}`)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
