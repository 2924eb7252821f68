import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MachineInfo } from './machine';
import { machineInfo } from './machine';

/** Options every benchmark takes from the command line. */
export interface BenchOptions {
  /** Tiny sizes and few runs: checks that the benchmark works, figures are not meaningful. */
  smoke: boolean;
}

/** A benchmark: measures, prints its tables and records them under bench/results. */
export type Benchmark = (options: BenchOptions) => Promise<void>;

/**
 * `bench/results/`: one file per benchmark holding a JSON array of runs, newest last.
 * `BENCH_RESULTS_DIR` puts them elsewhere (the test command's smoke run keeps the tree clean).
 */
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** A printable table: a title, column headers and rows of cells. */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

/** What one benchmark run records. */
export interface BenchRecord {
  name: string;
  at: string;
  smoke: boolean;
  machine: MachineInfo;
  figures: unknown;
  tables: Table[];
}

/** Renders a table as GitHub Markdown, so the console output pastes into RESULTS.md. */
export function renderTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [`### ${table.title}`, '', line(table.columns), line(table.columns.map(() => '---')), ...table.rows.map(line), ''].join('\n');
}

/**
 * Prints the tables and appends machine info, commit, node version and figures to
 * the JSON array in `bench/results/<name>.json` (one record per run, newest last).
 * @returns the record written
 */
export async function report(name: string, smoke: boolean, figures: unknown, tables: Table[]): Promise<BenchRecord> {
  const record: BenchRecord = { name, at: new Date().toISOString(), smoke, machine: machineInfo(), figures, tables };
  const { machine } = record;
  console.log(`\n## ${name}${smoke ? ' (smoke)' : ''}`);
  console.log(`${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, load ${machine.loadAverage.join(' ')}, node ${machine.node}, ${machine.commit.slice(0, 10)}${machine.dirty ? '+dirty' : ''}\n`);
  for (const table of tables) console.log(renderTable(table));
  const file = join(RESULTS_DIR, `${name}.json`);
  await mkdir(dirname(file), { recursive: true });
  const previous = await readFile(file, 'utf8').then((text) => JSON.parse(text) as unknown, () => []);
  const runs = Array.isArray(previous) ? previous : [];
  await writeFile(file, `${JSON.stringify([...runs, record], null, 1)}\n`);
  return record;
}
