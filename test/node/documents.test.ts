import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCoach } from '../../src/engine/coach';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { loadDocumentDirs, MAX_DOCUMENT_BYTES } from '../../src/node/documents';
import { CORPUS_FILE } from '../helpers';

/** A knowledge folder with one good document and every kind of bad file beside it. */
function hostileFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-docs-'));
  fs.writeFileSync(path.join(dir, 'good.md'), '# Club drills\n\n## Hill bounding\n\nOur hill bounding session is six reps up the towpath ramp.\n');
  fs.writeFileSync(path.join(dir, 'front-matter.md'), '---\ntitle: [unclosed\n---\n# Notes\n\nPlain notes about marble pickups for the feet.\n');
  fs.writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(MAX_DOCUMENT_BYTES * 10, 'a'));
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  fs.symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'broken-link.md'));
  fs.mkdirSync(path.join(dir, 'loop'));
  fs.symlinkSync(dir, path.join(dir, 'loop', 'back-to-top'));
  fs.mkdirSync(path.join(dir, 'looks-like-a-file.md'));
  return dir;
}

describe('loading knowledge folders from disk (Node adapter)', () => {
  it('skips each bad file with one message naming it, and loads the rest', () => {
    const dir = hostileFolder();
    const name = path.basename(dir);
    const { documents, warnings } = loadDocumentDirs([dir, path.join(dir, 'no-such-folder')]);
    assert.deepEqual(documents.map((d) => d.path).sort(), [`${name}/front-matter.md`, `${name}/good.md`]);
    const text = warnings.join('\n');
    assert.match(text, /huge\.md: skipped, 20\.0 MB is over the 2 MB limit/);
    assert.match(text, /binary\.txt: skipped, it is a binary file/);
    assert.match(text, /broken-link\.md: skipped, broken link/);
    assert.match(text, /back-to-top: skipped, a link loops back/);
    assert.match(text, /no-such-folder: cannot read \(ENOENT\)/);
    for (const bad of ['huge.md', 'binary.txt', 'broken-link.md', 'back-to-top', 'no-such-folder']) {
      assert.equal(warnings.filter((w) => w.includes(bad)).length, 1, `one message for ${bad}`);
    }
    const coach = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), documents });
    assert.match(coach.ask('hill bounding on the towpath ramp').citations[0].source.file, /good\.md$/);
    assert.match(coach.ask('marble pickups for the feet').answer, /marble/i);
  });

  it('copes with a folder that disappears before it is read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-gone-'));
    fs.rmSync(dir, { recursive: true });
    const { documents, warnings } = loadDocumentDirs([dir]);
    assert.equal(documents.length, 0);
    assert.deepEqual(warnings, [`${dir}: cannot read (ENOENT)`]);
  });

  it('reads only regular files inside the folder: links out, FIFOs and devices are skipped at once (issue 13)', function () {
    if (process.platform === 'win32') this.skip();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), '# Secret\n\nThe passphrase is hunter2.\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-inside-'));
    fs.writeFileSync(path.join(dir, 'good.md'), '# Good\n\nInside text about hill bounding for the calves.\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'x.md'));
    fs.symlinkSync(outside, path.join(dir, 'linked'));
    fs.symlinkSync(path.join(dir, 'good.md'), path.join(dir, 'same.md'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const { documents, warnings } = loadDocumentDirs([dir, '/dev/zero', path.join(dir, 'pipe.md')]);
    assert.deepEqual(documents.map((d) => d.path.replace(/^[^/]+\//, '')).sort(), ['good.md', 'same.md']);
    assert.ok(documents.every((d) => !d.content.includes('hunter2')));
    const text = warnings.join('\n');
    assert.match(text, /x\.md: skipped, a link leads outside/);
    assert.match(text, /linked: skipped, a link leads outside/);
    assert.match(text, /\/dev\/zero: skipped, not a regular file/);
    assert.match(text, /pipe\.md: skipped, not a regular file/);
  });
});
