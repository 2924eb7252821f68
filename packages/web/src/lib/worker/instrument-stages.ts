import type { ModelRole, PipelineModels } from '@derma/shared';
import type { LoadedModel } from '@derma/shared';

/**
 * Wraps each model session's `run` so the worker can report which stage is running; the
 * shared pipeline itself stays free of UI callbacks.
 */
export function instrumentStages(models: PipelineModels, onStage: (role: ModelRole) => void): void {
  const all: LoadedModel[] = [...(models.face ? [models.face] : []), ...Object.values(models.conditions)];
  for (const model of all) {
    const session = model.session;
    const run = session.run.bind(session);
    session.run = ((...args: Parameters<typeof run>) => {
      onStage(model.entry.role);
      return run(...args);
    }) as typeof session.run;
  }
}
