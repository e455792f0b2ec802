// CommonJS works too. Check a writer's claim against the sources.
//   node examples/check-claim.cjs "The soleus is mostly fast-twitch."
const { createNodeCoach } = require('stride-coach/node');

const coach = createNodeCoach();
const result = coach.check(process.argv[2] ?? 'Poorly timed calf activation raises the metabolic cost of running by 40%.');
console.log(result.verdict.toUpperCase(), '-', result.notes.join(' '));
