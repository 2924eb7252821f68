import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { languageSchema } from '../../../lib/settings/settings-schema';
import { updateSettings, useSettings } from '../../../lib/settings/use-settings';
import { ModelSettings } from './model-settings';

const LANGUAGE_NAMES = { ko: '한국어', en: 'English' } as const;

/** Language, photo keeping, server preference and model files. */
export function SettingsForm(): ReactNode {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <form className="card form" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="language">{t('settings.language')}</label>
        <select
          id="language"
          data-testid="language"
          value={settings.language}
          onChange={(e) => updateSettings({ language: languageSchema.parse(e.target.value) })}
        >
          {languageSchema.options.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <input id="keep-photos" type="checkbox" checked={settings.keepPhotos} aria-describedby="keep-photos-hint" onChange={(e) => updateSettings({ keepPhotos: e.target.checked })} />
        <label htmlFor="keep-photos">{t('settings.keepPhotos')}</label>
        <p id="keep-photos-hint" className="muted small">
          {t(settings.keepPhotos ? 'settings.keepPhotosOn' : 'settings.keepPhotosHint')}
        </p>
      </div>
      <div className="field field-check">
        <input
          id="photo-advice"
          type="checkbox"
          checked={settings.keepPhotos && settings.photoAdvice}
          disabled={!settings.keepPhotos}
          aria-describedby="photo-advice-hint"
          onChange={(e) => updateSettings({ photoAdvice: e.target.checked })}
        />
        <label htmlFor="photo-advice">{t('settings.photoAdvice')}</label>
        <p id="photo-advice-hint" className="muted small">
          {t('settings.photoAdviceHint')}
        </p>
      </div>
      <div className="field field-check">
        <input id="prefer-server" type="checkbox" checked={settings.preferServer} aria-describedby="prefer-server-hint" onChange={(e) => updateSettings({ preferServer: e.target.checked })} />
        <label htmlFor="prefer-server">{t('settings.preferServer')}</label>
        <p id="prefer-server-hint" className="muted small">
          {t('settings.preferServerHint')}
        </p>
      </div>
      <ModelSettings />
    </form>
  );
}
