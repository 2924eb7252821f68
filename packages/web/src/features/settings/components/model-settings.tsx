import type { ModelRole, ModelVariant } from '@derma/shared';
import { CONDITIONS } from '@derma/shared';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { MessageKey } from '../../../lib/i18n/message-key';
import { updateSettings, useSettings } from '../../../lib/settings/use-settings';
import { loadModels, usePipelineState } from '../../../lib/worker/pipeline-store';
import { STANDARD_VARIANT } from '../../../lib/models/device-variants';
import type { ModelPreference } from '../../../lib/settings/settings-schema';
import { modelPreferenceSchema } from '../../../lib/settings/settings-schema';
import type { ModelSummary } from '../../../lib/worker/worker-protocol';
import { clearModelCache } from '../api/clear-model-cache';

/** A model file's size as the list shows it: KB below a tenth of a MB (the baselines), MB above. */
export function fileSize(bytes: number): string {
  return bytes < 1_048_576 / 10 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** How the list names each kind of file. */
const KIND_LABEL: Record<ModelVariant['kind'], MessageKey> = {
  fp16: 'settings.kind.fp16',
  'fp16-compute': 'settings.kind.fp16-compute',
  int8: 'settings.kind.int8',
  'int8-static': 'settings.kind.int8-static',
  imgsz: 'settings.kind.imgsz',
  alternative: 'settings.kind.alternative',
};

/**
 * Variant choice per model (when the manifest offers lighter files: automatic for this device,
 * the standard file, or one variant), the file in use, and deleting downloaded models.
 */
function inUseText(model: ModelSummary, standard: string): string {
  const variant = model.variants.find((v) => v.id === model.inUse);
  return variant ? `${variant.id} (${fileSize(variant.bytes)})` : `${standard} (${fileSize(model.bytes)})`;
}

export function ModelSettings(): ReactNode {
  const { t, language } = useI18n();
  const settings = useSettings();
  const pipeline = usePipelineState();
  const [cleared, setCleared] = useState(false);
  const withVariants = pipeline.ready?.models.filter((m) => m.variants.length > 0) ?? [];
  const roleName = (role: ModelRole): string => (role === 'face' ? 'face' : CONDITIONS[role].label[language]);
  const choose = (role: ModelRole, variant: string): void => {
    const variants = { ...settings.variants };
    if (variant) variants[role] = variant;
    else delete variants[role];
    updateSettings({ variants });
    void loadModels(true);
  };
  const prefer = (preference: ModelPreference): void => {
    updateSettings({ modelPreference: preference });
    void loadModels(true);
  };
  const preferenceLabel: Record<ModelPreference, string> = {
    auto: t('settings.preferenceAuto'),
    quality: t('settings.preferenceQuality'),
    small: t('settings.preferenceSmall'),
  };
  return (
    <fieldset className="fieldset">
      <legend>{t('models.title')}</legend>
      {withVariants.length === 0 && <p className="muted small">{t('settings.noVariants')}</p>}
      {withVariants.length > 0 && (
        <div className="field">
          <label htmlFor="model-preference">{t('settings.modelPreference')}</label>
          <select id="model-preference" value={settings.modelPreference} onChange={(e) => prefer(modelPreferenceSchema.parse(e.target.value))}>
            {modelPreferenceSchema.options.map((p) => (
              <option key={p} value={p}>
                {preferenceLabel[p]}
              </option>
            ))}
          </select>
          <p className="muted small">{t('settings.variantAutoHint')}</p>
        </div>
      )}
      {withVariants.map((model) => (
        <div key={model.id} className="field">
          <label htmlFor={`variant-${model.role}`}>{t('settings.variant', { role: roleName(model.role) })}</label>
          <select id={`variant-${model.role}`} value={settings.variants[model.role] ?? ''} onChange={(e) => choose(model.role, e.target.value)}>
            <option value="">{t('settings.variantAuto')}</option>
            <option value={STANDARD_VARIANT}>
              {t('settings.variantDefault')} ({fileSize(model.bytes)})
            </option>
            {model.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.id} ({t(KIND_LABEL[v.kind], { size: String(v.imgsz) })}, {fileSize(v.bytes)})
              </option>
            ))}
          </select>
          <p className="muted small" data-testid={`variant-in-use-${model.role}`}>
            {t('settings.variantInUse', { file: inUseText(model, t('settings.variantDefault')) })}
          </p>
        </div>
      ))}
      <button type="button" className="button" onClick={() => void clearModelCache().then(() => setCleared(true))}>
        {t('settings.clearModels')}
      </button>
      {cleared && <p role="status">{t('settings.clearedModels')}</p>}
    </fieldset>
  );
}
