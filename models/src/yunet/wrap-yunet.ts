import { GraphBuilder } from '../onnx-graph';
import { pythonNames } from '../yolov8/metadata';
import { embedYunet, readYunet } from './embed-yunet';
import { decodeYunet, YUNET_KEYPOINTS } from './yunet-decode';

/** Bump when the wrapped bytes change for the same original file. */
export const YUNET_WRAPPER_VERSION = '1.0.0';

// Fixed rather than now() so that wrapping twice is byte-identical.
const WRAPPED_ON = '2025-01-01T00:00:00';

/** A wrapped YuNet: the ONNX bytes and what its graph declares. */
export interface WrappedYunet {
  bytes: Uint8Array;
  imgsz: number;
  /** Columns of `output0`: (S/8)² + (S/16)² + (S/32)². */
  anchors: number;
}

/** The `metadata_props` as ultralytics writes them for a pose export (Python literals), for a wrapped YuNet. */
export function yunetMetadata(imgsz: number, network: string): Record<string, string> {
  return {
    description: `YuNet ${network} face detector (libfacedetection.train, trained on WIDER FACE) wrapped by derma-edge into the ultralytics pose contract; keypoints: right eye, left eye, nose tip, right and left mouth corner; visibility is the face score`,
    author: 'Shiqi Yu et al. (YuNet); wrapped by derma-edge',
    date: WRAPPED_ON,
    version: YUNET_WRAPPER_VERSION,
    license: 'Apache License 2.0 (https://github.com/ShiqiYu/libfacedetection.train/blob/master/LICENSE)',
    docs: 'https://github.com/ShiqiYu/libfacedetection.train',
    stride: '32',
    task: 'pose',
    batch: '1',
    imgsz: `[${imgsz}, ${imgsz}]`,
    names: pythonNames(['face']),
    channels: '3',
    kpt_shape: `[${YUNET_KEYPOINTS}, 3]`,
  };
}

/**
 * Wraps an original YuNet .onnx (input `input` BGR 0-255; per-stride cls/obj/bbox/kps) into our
 * model contract, in-graph: input `images` float32 [1,3,S,S] RGB 0..1 is scaled by 255 and
 * swapped to BGR in front of the original nodes, and the decode runs behind them, giving the
 * ultralytics pose `output0` [1, 20, N]. Deterministic: the same file gives the same bytes.
 * @example wrapYunet(readFileSync('yunet_n_640_640.onnx'), 'n').anchors // 8400
 */
export function wrapYunet(original: Uint8Array, network: string): WrappedYunet {
  const source = readYunet(original);
  const { imgsz } = source;
  const g = new GraphBuilder();
  const images = g.input('images', [1, 3, imgsz, imgsz]);
  const scaled = g.op('Mul', [images, g.scalar('pre.255', 255)]);
  const bgr = g.op('Gather', [scaled, g.int64('pre.bgr', [2, 1, 0])], { axis: { i: 1 } });
  const heads = embedYunet(g, source, bgr);
  const { output0, anchors } = decodeYunet(g, heads);
  g.output('output0', output0, [1, 4 + 1 + YUNET_KEYPOINTS * 3, anchors]);
  const bytes = g.build({ name: `yunet_${network}_${imgsz}`, metadata: yunetMetadata(imgsz, network), opset: source.opset });
  return { bytes, imgsz, anchors };
}
