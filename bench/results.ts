/** Where each benchmark leaves its figures: bench/results/<name>.json, merged by bench/report.ts. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const RESULTS_DIR = path.resolve(__dirname, 'results');

export function saveResults(name: string, data: unknown): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, data }, null, 2));
  return file;
}
