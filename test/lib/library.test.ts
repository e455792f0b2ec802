import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

/** The published library, tested as a consumer sees it: the built dist/lib through "exports". */
const node = (args: string[], cwd = ROOT) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

describe('library (dist/lib through package exports)', function () {
  this.timeout(120_000);

  before(function () {
    // `npm test` builds the types first (npm run build:types); a bare mocha run builds them here.
    if (!fs.existsSync(path.join(ROOT, 'dist', 'lib', 'index.d.ts'))) {
      const r = spawnSync('npm', ['run', 'build:types'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    }
  });

  it('imports as CommonJS', () => {
    const r = node(['-e', "const { createCoach } = require('stride-coach'); const { loadBuiltinCorpus } = require('stride-coach/node'); console.log(createCoach({ corpus: loadBuiltinCorpus() }).ask('what does the soleus do at mid-stance?').citations[0].excerpt)"]);
    assert.equal(r.status, 0, r.stderr);
    // The top citation speaks of the soleus at mid-stance (whichever passage holds that sentence).
    assert.match(r.stdout, /soleus/i);
  });

  it('imports as ESM', () => {
    const r = node(['--input-type=module', '-e', "import { createCoach } from 'stride-coach'; import { loadBuiltinCorpus } from 'stride-coach/node'; console.log(createCoach({ corpus: loadBuiltinCorpus() }).check('The soleus is mostly fast-twitch.').verdict)"]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'contradicted');
  });

  it('keeps the engine entry free of Node built-ins (it runs in a browser)', () => {
    for (const f of ['index.mjs', 'index.cjs']) {
      const code = fs.readFileSync(path.join(ROOT, 'dist', 'lib', f), 'utf8');
      assert.doesNotMatch(code, /require\(["'](node:)?(fs|path|os|child_process)["']\)|from ["']node:/, f);
    }
  });

  it('runs every example in examples/', () => {
    const outputs: Record<string, RegExp> = {
      'ask.mjs': /soleus[\s\S]*\[1\] /i,
      'check-claim.cjs': /^CONTRADICTED - The claim says "40%" where the source says "up to 15%"/,
      'engine-only.mjs': /Seated toe taps: sets and reps not specified/,
    };
    const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => /\.(mjs|cjs)$/.test(f));
    assert.deepEqual(examples.sort(), Object.keys(outputs).sort(), 'every example has an expectation here');
    for (const f of examples) {
      const r = node([path.join('examples', f)]);
      assert.equal(r.status, 0, `${f}: ${r.stderr}`);
      assert.match(r.stdout, outputs[f], f);
    }
  });

  it('builds the example pack and answers from it', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-')), 'my-club.json');
    const made = node([path.join('dist', 'cli.js'), 'pack', path.join('examples', 'my-pack'), '--out', out]);
    assert.equal(made.status, 0, made.stderr);
    const r = node(['-e', `const { createNodeCoach } = require('stride-coach/node'); console.log(createNodeCoach({ packs: [${JSON.stringify(out)}] }).ask('strides on grass after easy runs').citations[0].id)`]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'my-club:strides-on-grass');
  });

  it('ships types a consumer compiles against, and they are not `any`', () => {
    const ok = node([tsc, '-p', path.join('test', 'lib', 'consumer')]);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, '.cache', 'consumer-'));
    try {
      fs.writeFileSync(path.join(dir, 'bad.ts'), "import { createCoach } from 'stride-coach';\nconst n: number = createCoach({ corpus: [] }).ask('x').answer;\nexport { n };\n");
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] }, files: ['bad.ts'] }));
      const bad = node([tsc, '-p', dir]);
      assert.notEqual(bad.status, 0);
      assert.match(bad.stdout, /Type 'string' is not assignable to type 'number'/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
