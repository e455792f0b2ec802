// A consumer of the published types: compiled by test/lib/library.test.ts with `tsc --noEmit`
// against dist/lib/*.d.ts through the package's own "exports" map.
import { createCoach, type Answer, type CheckResult, type Coach, type SerializedCorpus, type SerializedPack } from 'stride-coach';
import { createNodeCoach, loadBuiltinCorpus, readPackFile } from 'stride-coach/node';

const corpus: SerializedCorpus = loadBuiltinCorpus();
const coach: Coach = createCoach({ corpus, maxCitations: 3, minCoverage: 0.6 });
const answer: Answer = coach.ask('what does the soleus do?');
const n: number = answer.citations[0].n;
const verdict: CheckResult['verdict'] = coach.check('x').verdict;
const packs: SerializedPack[] = [readPackFile('club.json')];
const other: Coach = createNodeCoach({ knowledge: ['notes'], onWarning: (m: string) => void m });
export const used = [n, verdict, packs, other, coach.plan('calves', { equipment: ['band'] }).items.length, coach.gait()[0].phase];
