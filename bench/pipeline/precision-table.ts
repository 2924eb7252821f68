import type { Table } from '../lib/reporter';
import { fmt, fmtSpread } from '../lib/stats';
import type { Row } from './latency-tables';

/** Issue 16: the int8 static graphs on Chromium WASM ×2 in at most this share of the fp32 graphs' time. */
export const INT8_STATIC_GOAL = 0.6;

const NATIVE = 'onnxruntime-node ×2';

/**
 * The YOLOv8n@640 seg graphs as int8 static variants against the same graphs in fp32, per
 * runtime: the seg models' `session.run` (what the precision changes; the face model is the same
 * fp32 YuNet in both) and the whole diagnosis; the Chromium rows also as a multiple of native.
 */
export function int8StaticTable(rows: readonly Row[]): Table | null {
  const ok = (subject: string) => rows.filter((r) => r.subject === subject && !r.output.error);
  const [fp32, int8] = [ok('yolov8n-640'), ok('yolov8n-640-int8-static')];
  if (int8.length === 0) return null;
  const nativeFp32 = fp32.find((r) => r.config.startsWith(NATIVE));
  const nativeInt8 = int8.find((r) => r.config.startsWith(NATIVE));
  const x = (a: number, b: number | undefined) => (b ? `${fmt(a / b)}×` : '–');
  return {
    title: `YOLOv8n@640 seg graphs, int8 static (QDQ) against fp32 on the same runtime, ms median (p10–p90); goal: Chromium WASM ×2 seg inference ≤ ${INT8_STATIC_GOAL}× fp32`,
    columns: ['runtime', 'fp32 seg inference', 'int8 static seg inference', 'int8 static / fp32', 'fp32 total', 'int8 static total', 'int8 static / native fp32', 'int8 static / native int8 static', 'goal'],
    rows: int8.flatMap((r) => {
      const base = fp32.find((f) => f.config === r.config);
      if (!base) return [];
      const share = r.stages.inference.median / base.stages.inference.median;
      const goal = r.config.startsWith('Chromium WASM ×2') ? (share <= INT8_STATIC_GOAL ? 'met' : '**missed**') : '–';
      return [[r.config, fmtSpread(base.stages.inference), fmtSpread(r.stages.inference), `${fmt(share)}×`, fmtSpread(base.total), fmtSpread(r.total), x(r.stages.inference.median, nativeFp32?.stages.inference.median), x(r.stages.inference.median, nativeInt8?.stages.inference.median), goal]];
    }),
  };
}
