import { expect } from 'chai';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { crc32 } from 'zlib';
import { decodeCache, encodeCache, runtimeKey, sourceKey, usableData, type CacheEntry }
  from '../../server/compileCache/format';

const HOOK = join(__dirname, '..', '..', 'server', 'compileCache', 'hook.js');

// a fresh process per start, as the server's: records, or compiles from the cache
const CHILD = `
const hook = require(${JSON.stringify(HOOK)});
const [mode, file, fixture] = process.argv.slice(1);
const write = mode === 'record' ? hook.recordCompileCache() : undefined;
const report = mode === 'use' ? hook.useCompileCache(file) : undefined;
const loaded = require(fixture);
const answer = loaded.answer();
if (write) write(file);
process.stdout.write(JSON.stringify({ report, answer, dir: loaded.dir, helper: loaded.helper }));
`;

const HELPER = 'module.exports = { one: 1 };\n';
const answerSource = (base: number): string => `const helper = require('./helper');
exports.answer = () => ${base} + helper.one;
exports.dir = __dirname;
exports.helper = require.resolve('./helper');
`;

interface ChildOutput {
  report?: { ignored?: string; used: number; compiled: number; rejected: number };
  answer: number;
  dir: string;
  helper: string;
}

describe('the compile cache of the server\'s modules (server/compileCache)', () => {
  let root: string;
  let cacheFile: string;
  let fixture: string;

  const start = (mode: 'record' | 'use'): ChildOutput => {
    const output = execFileSync(process.execPath, ['-e', CHILD, mode, cacheFile, fixture]);
    const parsed: ChildOutput = JSON.parse(output.toString('utf8'));
    return parsed;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'brigade-compile-cache-'));
    cacheFile = join(root, 'cache', 'server.bin');
    fixture = join(root, 'answer.js');
    writeFileSync(join(root, 'helper.js'), HELPER);
    writeFileSync(fixture, answerSource(41));
    start('record');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('compiles each module from the code cached from its source, with its own require', () => {
    const { report, answer, dir, helper } = start('use');

    expect(report).to.include({ used: 2, compiled: 0, rejected: 0 });
    expect(answer).to.equal(42);
    expect(dir).to.equal(root);
    expect(helper).to.equal(join(root, 'helper.js'));
  });

  it('compiles a module changed since the recording from its new source, even same-sized', () => {
    writeFileSync(fixture, answerSource(40));

    const { report, answer } = start('use');

    expect(answer).to.equal(41);
    expect(report).to.include({ used: 1, compiled: 1 });
  });

  it('starts as usual without a cache file', () => {
    rmSync(cacheFile);

    const { report, answer } = start('use');

    expect(answer).to.equal(42);
    expect(report).to.deep.include({ ignored: 'no cache file', used: 0 });
  });

  it('is not stopped by a garbled cache: the damaged code is compiled from source', () => {
    const bytes = readFileSync(cacheFile);
    // the data comes after the header: the last bytes are some module's compiled code
    bytes.fill(0x5a, bytes.length - 64);
    writeFileSync(cacheFile, bytes);

    const { report, answer } = start('use');

    expect(answer).to.equal(42);
    expect(report).to.include({ used: 1, compiled: 1 });
  });

  it('ignores a file that is not a cache, or a cache cut short', () => {
    const whole = readFileSync(cacheFile);
    writeFileSync(cacheFile, Buffer.from('not a cache at all'));
    expect(start('use')).to.deep.include({ answer: 42 });
    expect(start('use').report?.ignored).to.equal('not a compile cache');

    writeFileSync(cacheFile, whole.subarray(0, whole.length - 10));
    expect(start('use')).to.deep.include({ answer: 42 });
    expect(start('use').report?.ignored).to.equal('truncated');
  });
});

describe('the compile cache file', () => {
  const entry = (source: string, data: string): CacheEntry => {
    const bytes = Buffer.from(data);
    return { ...sourceKey(source), data: bytes, dataCrc: crc32(bytes) };
  };

  it('reads back what was written, each entry usable for its own source only', () => {
    const file = encodeCache(new Map([['/a.js', entry('a()', 'AAAA')],
      ['/b.js', entry('b()', 'BB')]]), runtimeKey());

    const read = decodeCache(file, runtimeKey());

    expect(read).to.be.instanceOf(Map);
    const entries = read instanceof Map ? read : new Map<string, CacheEntry>();
    expect(usableData(entries.get('/a.js'), sourceKey('a()'))?.toString()).to.equal('AAAA');
    expect(usableData(entries.get('/b.js'), sourceKey('b()'))?.toString()).to.equal('BB');
    expect(usableData(entries.get('/a.js'), sourceKey('b()'))).to.equal(undefined);
    expect(usableData(entries.get('/c.js'), sourceKey('c()'))).to.equal(undefined);
  });

  it('is ignored whole when another Node, V8 or architecture made it', () => {
    const file = encodeCache(new Map([['/a.js', entry('a()', 'AAAA')]]), 'v0.0.0/1.0/vax');

    expect(decodeCache(file, runtimeKey())).to.deep.equal({ ignored: 'made by another runtime' });
  });

  it('is ignored whole when its header does not parse', () => {
    const file = encodeCache(new Map([['/a.js', entry('a()', 'AAAA')]]), runtimeKey());
    file.write('}', 9);

    expect(decodeCache(file, runtimeKey())).to.deep.equal({ ignored: 'unreadable header' });
  });
});
