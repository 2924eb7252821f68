// YOLOv8 'n' scale from ultralytics/cfg/models/v8/yolov8.yaml: [depth, width, max_channels].
const DEPTH = 0.33;
const WIDTH = 0.25;
const MAX_CHANNELS = 1024;

/** DFL bins per box side (Detect.reg_max), mask coefficients (Segment.nm) and yaml proto width (npr). */
export const REG_MAX = 16;
export const MASK_COEFFS = 32;
const PROTO_YAML_CHANNELS = 256;

/** Detection strides of P3, P4, P5. */
export const STRIDES = [8, 16, 32] as const;

/**
 * Scales a yaml channel count to YOLOv8n as parse_model does: make_divisible(min(c, max) * width, 8).
 * @example scaledChannels(1024) // 256
 */
export function scaledChannels(yamlChannels: number): number {
  return Math.ceil((Math.min(yamlChannels, MAX_CHANNELS) * WIDTH) / 8) * 8;
}

/**
 * Scales a yaml repeat count to YOLOv8n as parse_model does: max(round(n * depth), 1).
 * @example scaledRepeats(6) // 2
 */
export function scaledRepeats(yamlRepeats: number): number {
  return Math.max(Math.round(yamlRepeats * DEPTH), 1);
}

/** Channel widths of the head branches for a model with `nc` classes and P3 width `p3Channels`. */
export interface HeadWidths {
  /** Box branch (Detect.cv2): max(16, ch0 // 4, reg_max * 4). */
  box: number;
  /** Class branch (Detect.cv3): max(ch0, min(nc, 100)). */
  cls: number;
  /** Mask-coefficient branch (Segment.cv4): max(ch0 // 4, nm). */
  mask: number;
  /** Proto hidden width (Segment npr scaled like any yaml channel count). */
  proto: number;
}

/** Computes the head branch widths exactly as ultralytics' Detect and Segment constructors do. */
export function headWidths(p3Channels: number, nc: number): HeadWidths {
  return {
    box: Math.max(16, Math.floor(p3Channels / 4), REG_MAX * 4),
    cls: Math.max(p3Channels, Math.min(nc, 100)),
    mask: Math.max(Math.floor(p3Channels / 4), MASK_COEFFS),
    proto: scaledChannels(PROTO_YAML_CHANNELS),
  };
}
