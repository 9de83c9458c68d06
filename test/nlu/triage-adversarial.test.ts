import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { assessWhole } from '../../nlu/long-message';

interface AdversarialLine {
  text: string;
  emergency: boolean;
  /** For an emergency: the number that must come first. */
  first?: string;
}

const FIXTURE = fromRoot('nlp-models', 'triage', 'adversarial.jsonl');
const MAX_FALSE_ALARM_RATE = 0.03;

/** Reads the set, refusing any line that would make the figures meaningless. */
export function parseAdversarial(raw: string): AdversarialLine[] {
  return raw.split('\n').filter((line) => line.trim() !== '').map((line, index) => {
    const value: unknown = JSON.parse(line);
    const where = `triage-adversarial.jsonl line ${index + 1}`;
    if (typeof value !== 'object' || value === null) {
      throw new Error(`${where}: not an object`);
    }

    const { text, emergency, first } = value as Record<string, unknown>;
    if (typeof text !== 'string' || text.trim() === '' || typeof emergency !== 'boolean') {
      throw new Error(`${where}: needs a non-empty "text" and a boolean "emergency"`);
    }
    if (emergency && typeof first !== 'string') {
      throw new Error(`${where}: an emergency needs its "first" number`);
    }

    return { text, emergency, first: typeof first === 'string' ? first : undefined };
  });
}

const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
// as the recognizer reads it: a long message's later windows and present-anchored sentences
const assess = (text: string) =>
  assessWhole(text, triage.assess(normalize(text)), (part) => triage.assess(part));
const lines = parseAdversarial(readFileSync(FIXTURE, 'utf8'));
const emergencies = lines.filter((line) => line.emergency);
const calm = lines.filter((line) => !line.emergency);

describe('emergency triage on messages written to fool it', () => {
  it('holds at least 150 emergencies and 100 tricky calm messages', () => {
    expect(emergencies.length).to.be.at.least(150);
    expect(calm.length).to.be.at.least(100);
  });

  it('refuses a set line without its expected answer', () => {
    expect(() => parseAdversarial('{"text": "au feu", "emergency": true}'))
      .to.throw('needs its "first" number');
    expect(() => parseAdversarial('{"text": "", "emergency": false}')).to.throw('non-empty');
  });

  describe('catches every emergency (recall 100 %), the fitting number first', () => {
    for (const { text, first } of emergencies) {
      it(`"${text}" -> ${first}`, () => {
        const result = assess(text);

        expect(result.detected, 'detected').to.equal(true);
        expect(result.numbers[0], result.situation).to.equal(first);
      });
    }
  });

  it(`raises at most ${MAX_FALSE_ALARM_RATE * 100} % false alarms on the calm messages`, () => {
    const alarms = calm.filter(({ text }) => assess(text).detected).map(({ text }) => text);

    expect(alarms.length / calm.length, alarms.join(' | ')).to.be.at.most(MAX_FALSE_ALARM_RATE);
  });

  // the topic corpus also teaches the missing-person answer with a person in danger now
  // (a relative with dementia not found): those lines are in the set above as emergencies
  it('raises an alarm on at most 0.2 % of the 2,000+ calm corpus utterances', () => {
    const known = new Set(emergencies.map(({ text }) => text));
    const calmCorpus = corpus.filter(({ text }) => !known.has(text));
    const alarms = calmCorpus.filter(({ text }) => assess(text).detected).map(({ text }) => text);

    expect(alarms.length / calmCorpus.length, alarms.join(' | ')).to.be.at.most(0.002);
  });
});
