import { parseArgs } from 'node:util';
import { ensureYolov8 } from '../src/yolov8/ensure-yolov8';

const usage = 'usage: generate-yolov8.ts --task detect|segment [--nc N | --names a,b] [--imgsz 640] [--seed 0] [--out DIR]';

/** Parses the command line and prints the generated (or cached) model's path, hash and size. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      task: { type: 'string' },
      nc: { type: 'string' },
      names: { type: 'string' },
      imgsz: { type: 'string', default: '640' },
      seed: { type: 'string', default: '0' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (values.task !== 'detect' && values.task !== 'segment')) {
    console.error(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const started = performance.now();
  const model = await ensureYolov8({
    task: values.task,
    nc: values.nc === undefined ? undefined : Number(values.nc),
    names: values.names?.split(','),
    imgsz: Number(values.imgsz),
    seed: Number(values.seed),
    dir: values.out,
  });
  console.log(model.path);
  console.error(`sha256 ${model.sha256}, ${model.bytes} bytes, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
