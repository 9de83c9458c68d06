import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../dialogs/procedures/otv';
import type { OtvRequest } from '../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../geo/postcodes';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { MemoryCollection } from '../helpers/memoryCollection';
import { ask } from '../dialogs/preComplaint/harness';
import { content, harness, type Harness } from './harness';
import { OTV_START, preComplaintAt, routed } from './formEntry';

const NOW = new Date(2026, 11, 4, 10, 0);
const NUMBERS = /\*\*1[578]\*\*|\*\*112\*\*/;

async function otvAtAccess(recognizer: Recognizer): Promise<Harness> {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-TEST-0001' });
  const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
  const bot = await harness({ realRecognizer: routed(recognizer), clock: () => NOW,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [OTV_START, '42000', '3 rue de la Paix', '12/12/2026', '20/12/2026',
    'Une maison']) {
    await bot.texts(answer);
  }
  return bot;
}

describe('answers typed inside a form that name a danger without telling one (t56)',
  function formAnswers() {
    this.timeout(120_000);
    let recognizer: Recognizer;
    before(async () => {
      recognizer = await createRecognizer();
    });

    describe('F1: a street or a commune named after a danger is the address', () => {
      const streets: Array<[string, string]> = [
        ['street', '12 chemin de la Croix de Feu'],
        ['street', '12 rue du Feu'],
        ['street', "impasse de l'Incendie"],
        ['placeDetails', 'rue de la Noyade'],
        ['homeCommune', "L'Isle-sur-la-Sorgue"],
        ['homeCommune', 'Isle-sur-la-Sorgue 84800'],
        ['commune', 'L Isle sur la Sorgue'],
      ];
      for (const [field, said] of streets) {
        it(`at ${field}, "${said}": no numbers, no gendarme called`, async () => {
          const bot = await preComplaintAt(field, recognizer);

          const replies = await bot.texts(said);

          expect(replies.join('\n')).not.to.match(NUMBERS);
          expect(bot.gate.requests).to.deep.equal([]);
        });
      }

      const dangers = ['12 rue du Feu, il y a le feu chez moi', '12 rue de la Paix au secours',
        'le feu a pris dans ma cuisine'];
      for (const said of dangers) {
        it(`at street, "${said}": still the numbers and a gendarme`, async () => {
          const bot = await preComplaintAt('street', recognizer);

          const replies = await bot.texts(said);

          expect(replies.join('\n')).to.match(NUMBERS);
          expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency',
            priority: 'emergency' }]);
        });
      }
    });

    describe('F2: OTV access instructions', () => {
      it('"digicode 4589B, cle chez la voisine, alarme activee" is stored, no numbers',
        async () => {
          const bot = await otvAtAccess(recognizer);

          const replies = await bot.texts('digicode 4589B, cle chez la voisine, alarme activee');

          expect(replies.join('\n')).not.to.match(NUMBERS);
          expect(replies.join('\n')).to.include(content.render('procedures/otv/ask_alarm'));
        });

      it('"clés chez ma mère au 3 rue du Feu" is stored, no numbers', async () => {
        const bot = await otvAtAccess(recognizer);

        const replies = await bot.texts('clés chez ma mère au 3 rue du Feu');

        expect(replies.join('\n')).not.to.match(NUMBERS);
      });

      it('"l alarme sonne et quelqu un est entré": still the numbers', async () => {
        const bot = await otvAtAccess(recognizer);

        const replies = await bot.texts("l'alarme sonne, quelqu'un est entré chez moi");

        expect(replies.join('\n')).to.match(NUMBERS);
      });
    });

    describe('F3: the account of an offence the form dated yesterday', () => {
      const stories = ['ils ont fracturé la porte et pris la tele',
        'il m a menacé avec un couteau et pris mon portable',
        'le gars m a frappé et a pris mon sac'];
      for (const said of stories) {
        it(`"${said}": stored as the account, no numbers`, async () => {
          const bot = await preComplaintAt('account', recognizer);

          const replies = await bot.texts(said);

          expect(replies.join('\n')).not.to.match(NUMBERS);
          expect(bot.gate.requests).to.deep.equal([]);
          expect(replies).not.to.include(ask('account'));
        });
      }

      const now = ['il est encore là', 'il revient', 'en ce moment',
        "j'ai peur il est devant chez moi", 'ils ont fracturé la porte et il est encore là',
        'ils ont fracturé la porte et ils sont encore dans la maison',
        'il me menace avec un couteau'];
      for (const said of now) {
        it(`"${said}": the numbers and a gendarme`, async () => {
          const bot = await preComplaintAt('account', recognizer);

          const replies = await bot.texts(said);

          expect(replies.join('\n')).to.match(NUMBERS);
          expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency',
            priority: 'emergency' }]);
        });
      }
    });
  });
