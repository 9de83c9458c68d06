import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { asksWhatTheOtvIs } from '../../../dialogs/procedures/otv/aboutQuestion';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
const NOW = new Date(2026, 11, 4, 10, 0);
const START = 'je pars en vacances';
const QUESTION = "c'est quoi exactement que vous surveillez ?";
// the model's reading that the tester met: the service's presentation
const KNOWN: Said[] = [{ text: START, topic: 'procedure.otv', score: 0.95 },
  { text: QUESTION, topic: 'faq.about_service', score: 0.9 }];

describe('OTV: a question on what the OTV watches, asked during it (F4)', () => {
  it('gets the OTV\'s explanation, then the pending question again', async () => {
    const store = new OtvStore(new MemoryCollection<OtvRequest>(),
      { clock: () => NOW, newReference: () => 'OTV-T-1' });
    const bot = await harness({ known: KNOWN,
      procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
    for (const answer of [START, '20/12', '3 janvier', '42000']) {
      await bot.texts(answer);
    }

    const replies = await bot.texts(QUESTION);

    expect(replies).to.deep.equal([content.render('procedures/otv/about'),
      content.render('prompts/resume'), content.render('procedures/otv/ask_street')]);
  });

  it('tells such questions from answers that mention watching', () => {
    const questions = [QUESTION, "qu'est-ce que vous surveillez ?", 'vous surveillez quoi',
      "ça consiste en quoi l'OTV ?", 'comment ça se passe les passages ?'];
    const answers = ['pouvez-vous surveiller aussi le garage ?', 'le portail vert',
      'mon voisin surveille la maison', '12 rue des Lilas'];

    expect(questions.filter((text) => !asksWhatTheOtvIs(text))).to.deep.equal([]);
    expect(answers.filter(asksWhatTheOtvIs)).to.deep.equal([]);
  });
});
