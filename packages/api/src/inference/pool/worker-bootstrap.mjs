// Entry of every inference pool thread. Node 20 does not apply `--import` loader hooks to a
// worker's entry module, so this plain module loads the TypeScript entry through tsx's API.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
