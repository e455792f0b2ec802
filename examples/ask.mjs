// Ask a question from Node with the built-in corpus: three lines.
//   node examples/ask.mjs "exercises for weak peroneals?"
import { createNodeCoach } from 'stride-coach/node';

const coach = createNodeCoach();
const answer = coach.ask(process.argv[2] ?? 'What does the soleus do at mid-stance?');
console.log(answer.answer);
for (const c of answer.citations) console.log(`[${c.n}] ${c.title} (${c.source.title ?? c.source.file} › ${c.source.section})`);
