import type { Backend } from '@derma/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';

/** Which backend runs the models, e.g. "WebGPU (GPU)" or "WASM (4 threads)". */
export function BackendBadge({ backend }: { backend: Backend }): ReactNode {
  const { t } = useI18n();
  const label =
    backend.location === 'server'
      ? t('backend.server')
      : backend.executionProvider === 'webgpu'
        ? t('backend.webgpu')
        : t('backend.wasm', { threads: backend.threads });
  return (
    <span className="badge" data-testid="backend" data-ep={backend.executionProvider} data-threads={backend.threads}>
      {label}
    </span>
  );
}
