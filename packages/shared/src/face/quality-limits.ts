/**
 * The quality gate's limits, each with the reason for its value. Distances are in the face's
 * inter-ocular distance (IOD, about 63 mm on an adult) or in image pixels.
 */
export const QUALITY_LIMITS = {
  /**
   * Smallest IOD in pixels: below it a 3 mm papule spans under 2 pixels (0.57 px/mm), finer
   * than anything the skin models resolve, and upscaled JPEG blocks start to read as lesions.
   */
  minInterocularPx: 36,
  /** Hairline to chin is about 2.8 IOD: no smaller picture can hold a face of `minInterocularPx`. */
  faceHeightInIod: 2.8,
  /**
   * A second face at least this size (longer box side) of the largest is another person in the
   * frame, not a poster in the background: which face to analyse is then the person's call.
   */
  similarFaceRatio: 0.7,
  /** Share of the skin region that may lie outside the photo (a forehead touching the edge). */
  maxSkinOutside: 0.15,
  /**
   * Yaw, from the nose tip's offset from the face's midline in IOD: the tip stands about
   * 0.55 IOD proud of the face, so 0.55·tan(50°) ≈ 0.65 is a head turned 50°, past which the
   * far cheek is mostly hidden.
   */
  maxYaw: 0.55 * Math.tan((50 * Math.PI) / 180),
  /** Roll in degrees: the crop is aligned on the eyes, but past this the photo is sideways. */
  maxRollDeg: 40,
  /** Nose tip height between the eye line (0) and the mouth line (1); frontal faces sit near 0.55. */
  pitchRange: [0.25, 0.85] as const,
  /** Median skin luma (0..1, sRGB) below which sensor noise swamps the colour differences the models read. */
  minSkinLuma: 0.2,
  /** Median skin luma above which skin tone is washed out. */
  maxSkinLuma: 0.9,
  /** Share of skin pixels with a channel at 250 or more (clipped) past which the photo is overexposed. */
  maxClipped: 0.3,
  /**
   * Sharpness: mean absolute Laplacian of luma around the eyes and brows, relative to the skin's
   * median luma, sampled at 48 px per IOD. Eyes, lashes and brows always carry edges in a
   * focused photo; below this they are smeared (a Gaussian blur of about 1.5 px at that scale).
   */
  minSharpness: 0.025,
} as const;

/** Side below which a picture is refused outright as IMAGE_TOO_SMALL. */
export const MIN_IMAGE_SIDE = Math.ceil(QUALITY_LIMITS.minInterocularPx * QUALITY_LIMITS.faceHeightInIod);
