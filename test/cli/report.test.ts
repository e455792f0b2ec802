import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { formatReport, reportFrom } from '../../src/cli/report';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stride-coach report (what the sources lack, from an ask --json batch)', () => {
  const questions = ['what is the capital of France?', 'What is the capital of france', 'what does the soleus do at mid-stance?', 'what should I eat before a race?', '', 'what is the CAPITAL of France ?'];
  let batch: string;
  before(() => {
    const asked = run(['ask', '--json'], questions.join('\n') + '\n');
    assert.equal(asked.code, 0, asked.stderr);
    batch = asked.stdout;
  });

  it('lists the abstained questions from standard input, most asked first, with counts', () => {
    const r = run(['report'], batch);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '4 of 5 questions abstained (2 distinct), most asked first:\n\n  3×  what is the capital of France?\n  1×  what should I eat before a race?\n');
  });

  it('reads a file, prints JSON, and says which lines it skipped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-report-'));
    try {
      const file = path.join(dir, 'batch.jsonl');
      fs.writeFileSync(file, `${batch}not json\n{"other":1}\n`);
      const r = run(['report', file, '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), {
        lines: 8,
        answers: 5,
        abstained: 4,
        questions: [
          { question: 'what is the capital of France?', count: 3 },
          { question: 'what should I eat before a race?', count: 1 },
        ],
      });
      assert.match(r.stderr, /skipped 2 lines that were not answers/);
      assert.equal(run(['report', dir]).code, 2, 'a folder is refused');
      const missing = run(['report', path.join(dir, 'nope.jsonl')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^stride-coach: cannot read .*ENOENT\n$/);
      assert.equal(run(['report', file, file]).code, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts check --json lines too, and strips control characters from what it prints', async () => {
    const lines = [
      JSON.stringify({ claim: 'the moon\u001b[31m is cheese', verdict: 'unverified', evidence: [], notes: [], tookMs: 1 }),
      JSON.stringify({ claim: 'the soleus is slow-twitch', verdict: 'supported', evidence: [{}], notes: [], tookMs: 1 }),
      JSON.stringify({ question: 'constructor', abstained: true }),
    ];
    const r = await reportFrom(Readable.from(lines.join('\n')));
    assert.deepEqual(r.questions, [
      { question: 'the moon [31m is cheese', count: 1 },
      { question: 'constructor', count: 1 },
    ]);
    assert.equal(r.answers, 3);
    assert.doesNotMatch(formatReport(r), /\u001b/);
  });

  it('says so when nothing abstained or nothing was an answer', () => {
    assert.equal(formatReport({ lines: 2, answers: 2, abstained: 0, questions: [], skipped: 0 }), 'The sources answered all 2 questions.\n');
    assert.match(formatReport({ lines: 1, answers: 0, abstained: 0, questions: [], skipped: 1 }), /No answers in the input/);
  });
});
