import { parseArgs } from 'node:util';
import { ensureYolov8 } from '../src/yolov8/ensure-yolov8';

const usage = 'usage: generate-yolov8.ts --task detect|segment|pose [--nc N | --names a,b] [--kpt-shape 5,3] [--imgsz 640] [--seed 0] [--out DIR]';
const TASKS = ['detect', 'segment', 'pose'] as const;
const isTask = (t: string | undefined): t is (typeof TASKS)[number] => TASKS.some((known) => known === t);

/** `--kpt-shape K,D` as a pair; the generator validates the values. */
function kptShape(raw: string | undefined): [number, number] | undefined {
  const [k = Number.NaN, d = Number.NaN] = raw?.split(',').map(Number) ?? [];
  return raw === undefined ? undefined : [k, d];
}

/** Parses the command line and prints the generated (or cached) model's path, hash and size. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      task: { type: 'string' },
      nc: { type: 'string' },
      names: { type: 'string' },
      'kpt-shape': { type: 'string' },
      imgsz: { type: 'string', default: '640' },
      seed: { type: 'string', default: '0' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !isTask(values.task)) {
    console.error(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const started = performance.now();
  const model = await ensureYolov8({
    task: values.task,
    nc: values.nc === undefined ? undefined : Number(values.nc),
    names: values.names?.split(','),
    kptShape: kptShape(values['kpt-shape']),
    imgsz: Number(values.imgsz),
    seed: Number(values.seed),
    dir: values.out,
  });
  console.log(model.path);
  console.error(`sha256 ${model.sha256}, ${model.bytes} bytes, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
