import { serveJobs } from './serve-jobs';

// Entry of each inference pool thread.
await serveJobs();
