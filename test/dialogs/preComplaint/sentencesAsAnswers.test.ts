import { expect } from 'chai';
import type { Said } from '../../bots/harness';
import { content } from './harness';
import { assistantAt } from './inAssistant';

const START = 'je veux porter plainte';
const RESUME = 'je veux reprendre ma pre plainte';
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: RESUME, topic: 'procedure.pre_complaint', score: 0.9 },
];

describe('sentences typed at a name question are not stored as the name', () => {
  const sentences = [
    'mon mari me frappe quand il boit',
    'mon copain me frappe',
    "j'ai pas compris la question",
    'il est parti avec ma voiture et mes papiers dans la boite a gants',
  ];

  for (const sentence of sentences) {
    it(`« ${sentence} » gets an explanation, then the question waits`, async () => {
      const { bot } = await assistantAt('lastName', KNOWN, START);

      expect(await bot.texts(sentence)).to.deep.equal(
        [content.render('prompts/errors.name_sentence')]);
    });
  }

  const names = ['Le Guen', "N'Diaye", 'Ma', 'De La Fontaine', 'Jean-Éric', 'Si'];

  for (const name of names) {
    it(`still takes « ${name} » as a name`, async () => {
      const { bot } = await assistantAt('lastName', KNOWN, START);

      const next = await bot.texts(name);

      expect(next).to.not.include(content.render('prompts/errors.name_sentence'));
      expect(next).to.not.include(content.render('prompts/errors.name_format'));
    });
  }
});

describe('a request for a procedure typed at a free-text question', () => {
  for (const field of ['birthPlace', 'placeDetails', 'lastName']) {
    it(`is not stored as the answer at ${field}: says how to stop, asks again`, async () => {
      const { bot, question } = await assistantAt(field, KNOWN, START);

      expect(await bot.texts(RESUME)).to.deep.equal(
        [content.render('prompts/elsewhere'), question]);
    });
  }
});

describe('a disclosure typed at a short question', () => {
  const DISCLOSURE = 'mon mari me frappe quand il boit';
  const SURE: Said[] = [...KNOWN,
    { text: DISCLOSURE, topic: 'faq.domestic_violence', score: 0.9 }];

  it('gets its help first (numbers, listening line), then the question again', async () => {
    const { bot, question } = await assistantAt('lastName', SURE, START);

    expect(await bot.texts(DISCLOSURE)).to.deep.equal([
      content.render('faq/faq.domestic_violence'), content.render('prompts/resume'), question]);
  });
});
