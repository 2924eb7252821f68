import { expose } from 'comlink';
import { PipelineHost } from './pipeline-host';
import { toFailure } from './to-failure';
import type { PipelineWorkerApi } from './worker-protocol';

const host = new PipelineHost();

const api: PipelineWorkerApi = {
  async init(options, onEvent) {
    try {
      return { ok: true, value: await host.init(options, onEvent) };
    } catch (error) {
      return { ok: false, error: toFailure(error) };
    }
  },
  async diagnose(image, onEvent) {
    try {
      return { ok: true, value: await host.diagnose(image, onEvent) };
    } catch (error) {
      return { ok: false, error: toFailure(error) };
    }
  },
  async check(image) {
    try {
      return { ok: true, value: await host.check(image) };
    } catch (error) {
      return { ok: false, error: toFailure(error) };
    }
  },
};

expose(api);
