import { expect } from 'chai';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import {
  createRegexGate, gatedExec, gatedReplace, gatedTest,
} from '../../nlu/regex-gate';
import { requirementOf } from '../../nlu/regex-literals';
import { NET_FAMILIES } from '../../nlu/triage-net';
import { builtRegexes } from '../../nlu/triage-words';

/** The clauses of a pattern with one alternative, each sorted. */
const sorted = (pattern: RegExp): string[][] => {
  const terms = requirementOf(pattern) ?? [];
  expect(terms).to.have.length(1);
  return terms[0].map((clause) => [...clause].sort());
};

/** Every regex the triage modules export, at any depth, and the net's per-family scans. */
function triageRegexes(): RegExp[] {
  const found = new Set<RegExp>();
  const visited = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (value instanceof RegExp) {
      found.add(value);
    } else if (typeof value === 'object' && value !== null && !visited.has(value)) {
      visited.add(value);
      Object.values(value).forEach(walk);
    }
  };
  const folder = join(__dirname, '..', '..', 'nlu');
  readdirSync(folder)
    .filter((name) => /^triage.*\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .forEach((name) => walk(require(join(folder, name)) as unknown));
  NET_FAMILIES.forEach((family) => found.add(
    new RegExp(family.patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'g')));
  // the modules' own regexes too: the calm rules ask the gate about theirs (gatedTest)
  builtRegexes().forEach((pattern) => found.add(pattern));
  return [...found];
}

function projectTexts(): string[] {
  const lists = ['emergencies', 'not-emergencies', 'adversarial']
    .map((name) => fromRoot('nlp-models', 'triage', `${name}.jsonl`))
    .concat(fromRoot('nlp-models', 'heldout', 'heldout.jsonl'));
  const lines = lists.flatMap((path) => readFileSync(path, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => String(Reflect.get(Object(JSON.parse(line)), 'text')));
  return [...loadCorpus(fromRoot('nlp-models', 'corpus')).map((e) => e.text), ...lines]
    .map(normalize);
}

describe('required literals of a regex', () => {
  it('are the words of a phrase, joined across spaces and word boundaries', () => {
    expect(sorted(/\b(il|elle) me frappe\b/)).to.deep.include(['elle me frappe', 'il me frappe']);
  });

  it('take one word of each alternative, or nothing when one alternative has none', () => {
    expect(sorted(/\b(couteau|arme a feu)\b/)).to.deep.equal([['arme a feu', 'couteau']]);
    expect(sorted(/\b(couteau (de|a) cuisine|flingue)\b/)).to.have.length(1);
    expect(requirementOf(/\b(couteau|x)\b/)).to.equal(null);
  });

  it('keep what each alternative of the whole pattern needs, every clause of it', () => {
    const terms = requirementOf(/(?:\benvie de (mourir|en finir)\b)|(?:\bcouteau\b)/);

    expect(terms).to.have.length(2);
    expect(terms?.[0]).to.have.deep.members([['envie de mourir', 'envie de en finir'],
      ['mourir', 'en finir']]);
    expect(terms?.[1]).to.deep.equal([['couteau']]);
  });

  it('require nothing of an optional part, a lookaround, or a word under three letters', () => {
    expect(requirementOf(/\b(couteau)?\b/)).to.equal(null);
    expect(requirementOf(/(?=.*couteau)(?<!pas )/)).to.equal(null);
    expect(requirementOf(/\bje\b/)).to.equal(null);
  });

  it('keep what a repeated part needs at least once, and the words around a wide part', () => {
    expect(sorted(/(secours)+/)).to.deep.equal([['secours']]);
    expect(sorted(/\bfeu( [a-z]+){0,3} maison\b/)).to.have.deep.members([[' maison'], ['feu']]);
  });

  it('read escapes, classes and ranges as the characters they match', () => {
    expect(sorted(/a\.b\-c/)).to.deep.equal([['a.b-c']]);
    expect(sorted(/ab[cd]/)).to.deep.equal([['abc', 'abd']]);
    expect(sorted(/\x41BC/)).to.deep.equal([['ABC']]);
  });

  it('require nothing it cannot bound: backreferences, wide classes, any character', () => {
    expect(requirementOf(/(ab)\1/)).to.equal(null);
    expect(requirementOf(/[^a]bc/)).to.equal(null);
    expect(sorted(/[^a]bcd/)).to.deep.equal([['bcd']]);
    expect(requirementOf(/\w\w\w/)).to.equal(null);
    expect(requirementOf(/.../)).to.equal(null);
  });

  it('require nothing of a regex whose flags change what a literal means', () => {
    expect(requirementOf(/couteau/i)).to.equal(null);
    expect(requirementOf(/couteau/u)).to.equal(null);
    expect(requirementOf(/couteau/y)).to.equal(null);
  });
});

/** Every triage regex on every project text, in shards: each one a fraction of the work. */
const SHARDS = 8;

describe('regex gate', () => {
  // built once for the shards below: ~16 s of matching in all on a quiet machine, minutes at a
  // load of 12 on 2 cores, so each shard has its own time budget (tester18 F17)
  let regexes: RegExp[] = [];
  let texts: string[] = [];
  let gate: ReturnType<typeof createRegexGate> | undefined;
  let skipped = 0;
  before(() => {
    regexes = triageRegexes();
    texts = [...new Set(projectTexts())];
    gate = createRegexGate(regexes);
  });

  for (let shard = 0; shard < SHARDS; shard += 1) {
    it(`lets through every triage regex on every text it matches (corpus and triage lists), `
      + `shard ${shard + 1} of ${SHARDS}`, function everyRegexOnEveryText() {
      this.timeout(400000);
      const missed: string[] = [];

      // text by text: the gate keeps what it read of the last text
      for (let index = shard; index < texts.length; index += SHARDS) {
        const text = texts[index];
        for (const pattern of regexes) {
          pattern.lastIndex = 0;
          const matches = pattern.test(text);
          pattern.lastIndex = 0;
          const may = gate?.mayMatch(pattern, text) ?? true;
          skipped += may ? 0 : 1;
          if (matches && !may) {
            missed.push(`${pattern.source.slice(0, 60)} on "${text}"`);
          }
        }
      }

      expect(missed).to.deep.equal([]);
    });
  }

  it('has read enough regexes, and skipped some of them', () => {
    expect(regexes.length).to.be.above(100);
    expect(skipped).to.be.above(0);
  });

  it('skips a regex whose words are not in the text', () => {
    const gate = createRegexGate([/\bcouteau\b/]);

    expect(gate.mayMatch(/\bcouteau\b/, 'il a un couteau')).to.equal(true);
    expect(gate.mayMatch(/\bcouteau\b/, 'je veux une procuration')).to.equal(false);
  });

  it('skips a regex whose word is absent though each of its trigrams is in the text', () => {
    const gate = createRegexGate([/\bcouteau\b/, /\bflingue\b/]);
    // cou, out, ute, tea, eau; fli, lin, ing, ngu, gue: never "couteau" nor "flingue"
    const decoy = 'un coup et un outil ute teal eau au flic du lino bingo angus figue';
    const other = 'il a un couteau';

    expect(gate.mayMatch(/\bcouteau\b/, decoy)).to.equal(false);
    expect(gate.mayMatch(/\bcouteau\b/, other)).to.equal(true);
    // the decoy asked about again after another text: its trigrams are read anew
    expect(gate.mayMatch(/\bflingue\b/, decoy)).to.equal(false);
    expect(gate.mayMatch(/\bcouteau\b/, decoy)).to.equal(false);
    expect(gate.mayMatch(/\bflingue\b/, `${decoy} un flingue`)).to.equal(true);
  });

  it('learns a regex first seen after texts were read, and runs one it knows nothing of', () => {
    const gate = createRegexGate();
    const text = 'au feu la maison brule';

    expect(gate.mayMatch(/\bcouteau\b/, text)).to.equal(false);
    expect(gate.mayMatch(/\bmaison brule\b/, text)).to.equal(true);
    expect(gate.mayMatch(/\b(a|b)\b/, 'zzz')).to.equal(true);
  });

  it('in batches, runs a regex it has not read and reads it with the others first asked about '
    + 'before its next new text', () => {
    const read: string[] = [];
    const knife = /\bcouteau\b/;
    const gate = createRegexGate([knife], (pattern) => {
      read.push(pattern.source);
      return requirementOf(pattern);
    }, { batched: true });
    const text = 'il a pris un fusil';
    read.length = 0;

    // answered as "may match" (the regex runs) until read: never a wrong skip
    expect(gate.mayMatch(knife, text)).to.equal(false);
    expect(gate.mayMatch(/\bmachette\b/, text)).to.equal(true);
    expect(gate.mayMatch(/\bsabre\b/, text)).to.equal(true);
    expect(read).to.deep.equal([]);

    expect(gate.mayMatch(knife, 'un autre texte')).to.equal(false);
    expect(read).to.deep.equal(['\\bmachette\\b', '\\bsabre\\b']);
  });

  it('answers the same about texts asked in turns, more of them than it remembers', () => {
    const patterns = [/\bcouteau\b/, /\bau feu\b/, /\bje suis en danger\b/];
    const texts = Array.from({ length: 20 }, (_, i) =>
      ['un couteau', 'au feu', 'je suis en danger', 'rien'][i % 4] + ` ${i}`);
    const gate = createRegexGate(patterns);
    const answers = (): boolean[] =>
      texts.flatMap((text) => patterns.map((pattern) => gate.mayMatch(pattern, text)));

    const first = answers();

    expect(answers()).to.deep.equal(first);
    expect(first).to.deep.equal(
      texts.flatMap((text) => patterns.map((pattern) => pattern.test(text))));
  });

  it('answers as exec, test and replace would, lastIndex included', () => {
    const global = /\bcouteau\b/g;
    global.lastIndex = 5;

    expect(gatedTest(global, 'rien a voir')).to.equal(false);
    expect(global.lastIndex).to.equal(0);
    expect(gatedExec(/\bcouteau\b/, 'un couteau')?.index).to.equal(3);
    expect(gatedReplace('un couteau ici', /\bcouteau\b/g, 'X')).to.equal('un X ici');
    expect(gatedReplace('rien ici', /\bcouteau\b/g, 'X')).to.equal('rien ici');
  });
});
