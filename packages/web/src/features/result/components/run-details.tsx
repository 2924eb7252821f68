import type { DiagnosisResult } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

const STAGES = ['face', 'preprocess', 'inference', 'postprocess', 'total'] as const;

/** Where the models ran (and, on the server, that the person chose it), and how long each stage took. */
export function RunDetails({ result }: { result: DiagnosisResult }): ReactNode {
  const { t, formatNumber } = useI18n();
  const { backend } = result;
  const where =
    backend.location === 'server'
      ? t('backend.server')
      : backend.executionProvider === 'webgpu'
        ? t('backend.webgpu')
        : t('backend.wasm', { threads: backend.threads });
  return (
    <section className="card" aria-labelledby="run-title">
      <h2 id="run-title" className="card-title">
        {t('result.timings')}
      </h2>
      <p>
        {t('result.backend')}:{' '}
        <span className="badge" data-testid="result-backend" data-ep={backend.executionProvider} data-threads={backend.threads}>
          {where}
        </span>
      </p>
      {/* Every server run is one the person chose: in settings, or when the device could not run the models. */}
      {backend.location === 'server' && (
        <p className="muted small" data-testid="server-consented">
          {t('result.serverChosen')}
        </p>
      )}
      <table className="timings">
        <tbody>
          {STAGES.map((stage) => (
            <tr key={stage}>
              <th scope="row">{t(`result.timing.${stage}`)}</th>
              <td>{formatNumber(result.timings[stage], 0)} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
