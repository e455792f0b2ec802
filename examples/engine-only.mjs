// The engine alone, as a browser or a worker would use it: no file system, the corpus passed in.
// Here the prebuilt corpus is read with fetch-like plain JSON; in a page, fetch it or bundle it.
//   node examples/engine-only.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCoach } from 'stride-coach';

const corpus = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('stride-coach/corpus.json'), 'utf8'));
const coach = createCoach({ corpus, maxCitations: 2 });
const plan = coach.plan('weak calves and shin pain', { equipment: ['none', 'band'] });
for (const item of plan.items) console.log(`${item.exercise.title}: ${item.dose ?? 'sets and reps not specified'} [${item.citation.source.file}]`);
