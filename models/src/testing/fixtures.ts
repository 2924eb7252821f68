import { join } from 'node:path';

/** The repository's shared test fixtures (see its README for provenance). */
const FIXTURES = process.env.DERMA_FIXTURES ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures');

/** 512x512 frontal portrait with clear skin (NASA, public domain). */
export const ASTRONAUT = join(FIXTURES, 'astronaut.png');
/** 451x300 photo of a cat: no human face. */
export const CHELSEA = join(FIXTURES, 'chelsea.png');
