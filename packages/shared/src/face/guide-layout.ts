import type { Layout } from '../result/result-schema';

/**
 * Where the on-screen guide puts a face inside the centre square, as crop fractions: the guide
 * oval is centred at (0.5, 0.48) with half axes 0.30 × 0.38 of the square, and an average adult
 * face that fills it has these landmarks (inter-ocular distance 0.26 of the square, like a
 * detected face cropped at `cropScale` 1.3).
 */
export const GUIDE_LAYOUT: Layout = {
  source: 'guide',
  landmarks: [
    [0.37, 0.41],
    [0.63, 0.41],
    [0.5, 0.56],
    [0.4, 0.68],
    [0.6, 0.68],
  ],
};

/** The guide oval in the same fractions, for drawing it. */
export const GUIDE_OVAL = { cx: 0.5, cy: 0.48, rx: 0.3, ry: 0.38 } as const;
