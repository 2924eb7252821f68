export { ensureYolov8, GENERATED_DIR } from './ensure-yolov8';
export type { GeneratedModel } from './ensure-yolov8';
export { yolov8ModelSet } from './yolov8-model-set';
export type { Yolov8ModelSet } from './yolov8-model-set';
