export * from './users';
export * from './sessions';
export * from './diagnoses';
export * from './advice';
export * from './reviews';
export * from './insight-cache';
