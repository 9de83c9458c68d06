import { expect } from 'chai';
import { classifyLine } from '../../scripts/classify';
import {
  DEV_SET, evaluate, formatReport, meetsThresholds, readEvalLines,
} from '../../nlu/evaluation';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';

// the real model: read from nlp-models/model.json, or trained from the corpus on a clean clone
describe('recognizer', function recognizerSpec() {
  this.timeout(120_000);
  let recognizer: Recognizer;

  before(async () => {
    recognizer = await createRecognizer();
  });

  it('normalises once, then gives topic, score, alternatives and emergency', async () => {
    const result = await recognizer.understand("J'ai perdu mon passeport");

    expect(result.text).to.equal("J'ai perdu mon passeport");
    expect(result.normalized).to.equal('je ai perdu mon passeport');
    expect(result.topic).to.equal('faq.lost_documents');
    expect(result.score).to.be.within(0.3, 1);
    expect(result.alternatives[0].topic).to.equal('faq.lost_documents');
    expect(result.emergency).to.deep.equal({ detected: false, numbers: [] });
  });

  it('flags an emergency whatever the topic', async () => {
    const result = await recognizer.understand('au secour il me frappe');

    expect(result.emergency.detected).to.equal(true);
    expect(result.emergency.numbers[0]).to.equal('17');
  });

  it('flags an emergency typed in full-width letters as in plain ones', async () => {
    const result = await recognizer.understand('ＩＬ Ａ ＵＮ ＣＯＵＴＥＡＵ ＤＡＮＳ ＬＡ ＭＡＩＳＯＮ');

    expect(result.emergency.detected).to.equal(true);
    expect(result.emergency.numbers[0]).to.equal('17');
  });

  it('understands SMS spelling and typos', async () => {
    expect((await recognizer.understand('jveux fair une procu pr les elections')).topic)
      .to.equal('faq.proxy_vote');
    const typo = await recognizer.understand('ma voitur est a la fouriere');
    expect(typo.topic).to.equal('faq.impound');
  });

  it('says none to other administrations and chit-chat it does not cover', async () => {
    for (const text of ['calcul de ma taxe d habitation', 'recette du gratin dauphinois']) {
      expect((await recognizer.understand(text)).topic, text).to.equal('none');
    }
  });

  it('offers official pages when no topic fits, and none otherwise', async () => {
    const other = await recognizer.understand("comment faire une demande d'APL");
    const known = await recognizer.understand('faire une procuration');

    expect(other.topic).to.equal('none');
    expect(other.pages?.[0]).to.include({ title: 'Aide personnalisée au logement (APL)' });
    expect(known.pages).to.equal(undefined);
  });

  it('survives empty, huge and odd input', async () => {
    expect((await recognizer.understand('')).topic).to.equal('none');
    expect((await recognizer.understand('🙂'.repeat(50_000))).emergency.detected).to.equal(false);
    expect((await recognizer.understand('vol '.repeat(100_000))).topic).to.be.a('string');
  });

  describe('classify command lines', () => {
    it('answers text, topic, score and emergency for a good line', async () => {
      const out = await classifyLine(recognizer, '{"text":"je veux mourir"}');

      expect(out).to.have.keys(['text', 'topic', 'score', 'emergency']);
      const emergency = { detected: true, numbers: ['3114', '15', '112'] };
      expect(out).to.deep.include({ emergency });
    });

    it('gives an error line, and goes on, when understanding fails', async () => {
      const broken: Recognizer = { understand: () => Promise.reject(new TypeError('boom')) };

      expect(await classifyLine(broken, '{"text":"x"}')).to.deep.equal({
        error: 'could not classify: TypeError',
      });
    });

    const bad: Array<[string, RegExp]> = [
      ['not json', /not valid JSON/], ['', /not valid JSON/], ['{"texte":"x"}', /no "text"/],
      ['{"text":42}', /no "text"/], ['null', /no "text"/], ['[1,2]', /no "text"/],
    ];
    for (const [line, error] of bad) {
      it(`gives an error line for ${JSON.stringify(line)}`, async () => {
        const out = await classifyLine(recognizer, line);

        expect(Object.keys(out)).to.deep.equal(['error']);
        expect('error' in out ? out.error : '').to.match(error);
      });
    }
  });

  it('meets the targets on the dev set (npm run eval)', async () => {
    const report = await evaluate(recognizer, readEvalLines(DEV_SET));

    expect(meetsThresholds(report), formatReport(report)).to.equal(true);
  });
});
