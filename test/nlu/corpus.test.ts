import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { CorpusError, loadCorpus, parseCsv } from '../../nlu/corpus';
import { DEV_SET } from '../../nlu/evaluation';
import { normalize } from '../../nlu/normalize';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'corpus-')), name);
  writeFileSync(path, text);
  return path;
}

describe('corpus formats', () => {
  it('reads JSON {topic: [utterances]}', () => {
    const path = file('c.json', '{"a": ["un", "deux"], "b": ["trois"]}');

    expect(loadCorpus(path)).to.deep.equal([
      { text: 'un', labels: ['a'] },
      { text: 'deux', labels: ['a'] },
      { text: 'trois', labels: ['b'] },
    ]);
  });

  it('reads CSV text,label with a header, quotes and commas', () => {
    const path = file('c.csv', 'text,label\n"vol, hier",a\n"il a dit ""non""",b\r\nsimple,c\n');

    expect(loadCorpus(path)).to.deep.equal([
      { text: 'vol, hier', labels: ['a'] }, { text: 'il a dit "non"', labels: ['b'] },
      { text: 'simple', labels: ['c'] },
    ]);
  });

  it('reads JSONL with one or several accepted topics', () => {
    const path = file('c.jsonl', '{"text":"x","topic":["a","b"]}\n\n{"text":"y","label":"c"}\n');

    expect(loadCorpus(path)).to.deep.equal([
      { text: 'x', labels: ['a', 'b'] }, { text: 'y', labels: ['c'] },
    ]);
  });

  it('merges every corpus file of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'a.json'), '{"a": ["un"]}');
    writeFileSync(join(dir, 'b.csv'), 'deux,b\n');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');

    expect(loadCorpus(dir).map((example) => example.labels[0])).to.deep.equal(['a', 'b']);
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['invalid JSON', 'c.json', '{"a": [', /not valid JSON/],
    ['a JSON list', 'c.json', '["a"]', /must be an object/],
    ['a topic without a list', 'c.json', '{"a": "un"}', /"a" must be a list of strings/],
    ['a CSV row without label', 'c.csv', 'text,label\nseul\n', /row 1 must be "text,label"/],
    ['a JSONL line without text', 'c.jsonl', '{"topic":"a"}\n', /line 1 needs "text"/],
    ['a JSONL line that is not JSON', 'c.jsonl', 'oops\n', /line 1 is not JSON/],
    ['an unknown extension', 'c.yaml', 'a: b', /unknown format/],
  ];
  for (const [what, name, text, message] of bad) {
    it(`rejects ${what} with a clear error`, () => {
      const path = file(name, text);

      expect(() => loadCorpus(path)).to.throw(CorpusError, message);
    });
  }

  it('rejects a folder without corpus files', () => {
    expect(() => loadCorpus(mkdtempSync(join(tmpdir(), 'corpus-')))).to.throw(/no .json/);
  });

  it('parses CSV without a final newline', () => {
    expect(parseCsv('a,b')).to.deep.equal([['a', 'b']]);
  });
});

describe('our French corpus', () => {
  const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
  const byTopic = new Map<string, string[]>();
  for (const example of corpus) {
    byTopic.set(example.labels[0], [...(byTopic.get(example.labels[0]) ?? []), example.text]);
  }

  it('has at least 30 utterances for every topic and a big none class', () => {
    for (const [topic, utterances] of byTopic) {
      expect(utterances.length, topic).to.be.at.least(30);
    }
    expect(byTopic.get('none')?.length).to.be.at.least(100);
  });

  it('has no utterance twice', () => {
    const seen = new Set<string>();
    const twice = corpus.filter((example) => {
      const key = example.text.toLowerCase();
      const repeated = seen.has(key);
      seen.add(key);
      return repeated;
    });

    expect(twice.map((example) => example.text)).to.deep.equal([]);
  });

  it('holds no dev-set line, nor one within 0.75 word overlap of it', () => {
    const dev = loadCorpus(DEV_SET).map((example) => new Set(normalize(example.text).split(' ')));
    const close = corpus.filter((example) => {
      const words = new Set(normalize(example.text).split(' '));
      return dev.some((line) => {
        const shared = [...words].filter((word) => line.has(word)).length;
        return shared / new Set([...words, ...line]).size >= 0.75;
      });
    });

    expect(close.map((example) => example.text)).to.deep.equal([]);
  });
});
