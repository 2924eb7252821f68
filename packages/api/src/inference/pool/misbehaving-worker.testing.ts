import { readImageHeader } from '../image-header';
import { serveJobs } from './serve-jobs';

// A pool worker for tests: it crashes on 7-pixel-wide images and never answers 9-pixel-wide
// ones; every other image is analysed normally.
await serveJobs((job) => {
  const width = readImageHeader(job.bytes).size?.[0];
  if (width === 7) process.exit(3);
  if (width === 9) return 'handled';
  return undefined;
});
