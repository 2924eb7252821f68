/** One wrapped YuNet file: which original it comes from and how the manifest lists it. */
export interface YunetFile {
  /** Manifest id: of the entry for the main file, of the variant otherwise. */
  id: string;
  /** File name in ../shared/models/yunet/. */
  source: string;
  /** Path under models/. */
  file: string;
  /** YuNet's network size: n (75,856 params) or s (54,608). */
  network: 'n' | 's';
  /** `main` for the default file; otherwise the variant kind. */
  kind: 'main' | 'imgsz' | 'alternative';
}

/**
 * The shipped face model and its variants: YuNet-n at 640 (best WIDER FACE AP of the three),
 * the same network at 320 for slow devices, and YuNet-s (OpenCV's 2023mar model) as an
 * alternative network.
 */
export const YUNET_FILES: readonly YunetFile[] = [
  { id: 'yunet-face', source: 'yunet_n_640_640.onnx', file: 'yunet/yunet_n_640.onnx', network: 'n', kind: 'main' },
  { id: 'yunet-n-320', source: 'yunet_n_320_320.onnx', file: 'yunet/yunet_n_320.onnx', network: 'n', kind: 'imgsz' },
  { id: 'yunet-s-640', source: 'yunet_s_640_640.onnx', file: 'yunet/yunet_s_640.onnx', network: 's', kind: 'alternative' },
];
