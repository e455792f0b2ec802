/**
 * Merges the benchmarks' JSON files into bench/results/latest.json and, when an earlier run's
 * file is there, prints what changed (ratios), so two runs on one machine can be compared.
 *
 *   npm run bench   (runs last)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR } from './results';

const latest = path.join(RESULTS_DIR, 'latest.json');
const previous = path.join(RESULTS_DIR, 'previous.json');
const parts: Record<string, unknown> = {};
for (const f of fs.readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json') && !['latest.json', 'previous.json'].includes(f))) {
  parts[f.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8'));
}
if (fs.existsSync(latest)) fs.copyFileSync(latest, previous);
const run = { date: new Date().toISOString(), node: process.version, parts };
fs.writeFileSync(latest, JSON.stringify(run, null, 2));
console.log(`\nbench: ${Object.keys(parts).join(', ')} → ${path.relative(process.cwd(), latest)}`);

// The extension's figures come from the last `npm run test:host` (a real VS Code host).
const ext = (parts.extension as { date?: string; data?: Record<string, unknown> } | undefined)?.data;
if (ext) console.log(`extension (from test:host, ${(parts.extension as { date: string }).date}): ${JSON.stringify(ext)}`);
else console.log('extension: no figures yet; run npm run test:host');

if (fs.existsSync(previous)) {
  const before = JSON.parse(fs.readFileSync(previous, 'utf8')) as typeof run;
  // Compare every numeric leaf that both runs have, by its path.
  const leaves = (o: unknown, prefix = '', out = new Map<string, number>()) => {
    if (typeof o === 'number') out.set(prefix, o);
    else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  };
  const a = leaves(before.parts);
  const b = leaves(run.parts);
  const changed = [...b].filter(([k, v]) => a.has(k) && /ms|p50|p95|bytes|gzip|heap|Mb/i.test(k) && a.get(k)! > 0 && Math.abs(v / a.get(k)! - 1) > 0.2);
  console.log(changed.length ? `changed by more than 20% since ${before.date}:` : `no figure moved by more than 20% since ${before.date}`);
  for (const [k, v] of changed.slice(0, 30)) console.log(`  ${k}: ${a.get(k)!.toFixed(2)} → ${v.toFixed(2)} (${(v / a.get(k)!).toFixed(2)}×)`);
}
