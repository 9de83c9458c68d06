import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { InterruptibleDialog } from '../../../dialogs/common/interruptibleDialog';
import { CommuneDialog } from '../../../dialogs/prompts/communeDialog';
import { findCommunes } from '../../../dialogs/prompts/commune';
import { pickCommune } from '../../../dialogs/prompts/communePick';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import type { Commune } from '../../../geo/types';
import { content, procedureClient, replies } from '../procedures/harness';

const directory = loadPostcodeDirectory();
const ASK_DATE = 'Q-date : quand ?';
const ASK_COMMUNE = 'Q-commune : où ?';
const PICK = content.render('prompts/errors.commune_pick');

/** A two-question procedure: a date, then the commune, as the pré-plainte asks them. */
class DateThenCommune extends InterruptibleDialog {
  constructor() {
    super('test.where');
    this.addDialog(new TextPrompt('test.date'));
    this.addDialog(new CommuneDialog('test.commune', directory, content));
    this.addDialog(new WaterfallDialog('test.steps', [
      async (step) => step.prompt('test.date', ASK_DATE),
      async (step) => step.beginDialog('test.commune', { prompt: ASK_COMMUNE }),
      async (step) => {
        const commune: unknown = step.result;
        const said = typeof commune === 'object' && commune !== null && 'name' in commune &&
          'postcode' in commune ? `${String(commune.name)} ${String(commune.postcode)}` : '?';
        await step.context.sendActivity(`Commune : ${said}`);
        return step.endDialog();
      },
    ]));
    this.initialDialogId = 'test.steps';
  }
}

const names = (communes: readonly Commune[]): string[] =>
  communes.map((commune) => `${commune.name} ${commune.postcode}`);

function candidates(text: string): Commune[] {
  const found = findCommunes(text, directory);
  if (!found.ok) {
    throw new Error(`no commune for ${text}`);
  }
  return found.value;
}

describe('commune question', () => {
  it('"lyon" offers its nine arrondissements, not six', () => {
    expect(names(candidates('lyon'))).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]
      .map((n) => `Lyon 0${n} 6900${n}`));
  });

  it('"paris" and "marseille" keep every arrondissement', () => {
    expect(candidates('paris')).to.have.length(21);
    expect(candidates('marseille')).to.have.length(16);
    expect(names(candidates('paris')).every((name) => name.startsWith('Paris '))).to.equal(true);
  });

  const direct: Array<[string, string]> = [
    ['Lyon 8e', 'Lyon 08 69008'], ['lyon 8eme', 'Lyon 08 69008'], ['Lyon 08', 'Lyon 08 69008'],
    ['paris 1er', 'Paris 01 75001'], ['Marseille 13e arrondissement', 'Marseille 13 13013'],
    ['69008', 'Lyon 08 69008'],
  ];
  direct.forEach(([said, commune]) => {
    it(`"${said}" as the commune needs no second question: ${commune}`, () => {
      expect(names(candidates(said))).to.deep.equal([commune]);
    });
  });

  const picks: Array<[string, string, string]> = [
    ['lyon', '69008', 'Lyon 08 69008'], ['lyon', 'Lyon 08', 'Lyon 08 69008'],
    ['lyon', '8', 'Lyon 08 69008'], ['lyon', '9', 'Lyon 09 69009'],
    ['lyon', 'lyon 8e', 'Lyon 08 69008'], ['lyon', 'lyon 8eme', 'Lyon 08 69008'],
    ['lyon', '8ème', 'Lyon 08 69008'], ['lyon', 'Lyon 08 (69008)', 'Lyon 08 69008'],
    ['paris', '75017', 'Paris 17 75017'], ['paris', '17', 'Paris 17 75017'],
    ['paris', '16e', 'Paris 16 75016'], ['paris', '75116', 'Paris 16 75116'],
    ['marseille', '13e', 'Marseille 13 13013'], ['saint denis', '93200', 'Saint Denis 93200'],
  ];
  picks.forEach(([city, said, commune]) => {
    it(`choosing among "${city}": "${said}" is ${commune}`, () => {
      const chosen = pickCommune(said, candidates(city));
      expect(chosen.ok && `${chosen.value.name} ${chosen.value.postcode}`).to.equal(commune);
    });
  });

  const refused: Array<[string, string, string]> = [
    ['lyon', '10', 'prompts/errors.commune_pick_unknown'],
    ['lyon', '75001', 'prompts/errors.commune_pick_unknown'],
    ['paris', '25', 'prompts/errors.commune_pick_postcode'],
    ['paris', 'banane', 'prompts/errors.commune_pick_postcode'],
  ];
  refused.forEach(([city, said, error]) => {
    it(`choosing among "${city}": "${said}" is refused with a clear error`, () => {
      const chosen = pickCommune(said, candidates(city));
      expect(chosen.ok ? 'accepted' : chosen.error).to.equal(error);
      expect(content.render(error)).to.match(/code postal/);
    });
  });

  interface DialogCase { name: string; turns: string[]; last: string | RegExp }
  const dialogs: DialogCase[] = [
    { name: 'nine buttons for lyon, "8" takes the 8th arrondissement',
      turns: ['go', 'hier', 'lyon', '8'], last: 'Commune : Lyon 08 69008' },
    { name: 'paris: asks the postcode or arrondissement, then takes it',
      turns: ['go', 'hier', 'paris', '75018'], last: 'Commune : Paris 18 75018' },
    { name: '"retour" while choosing asks for the commune again, not the date',
      turns: ['go', 'hier', 'lyon', 'retour'], last: ASK_COMMUNE },
    { name: '"retour" then another commune goes on from there',
      turns: ['go', 'hier', 'lyon', 'retour', 'rennes'], last: 'Commune : Rennes 35000' },
    { name: '"à Paris" in a sentence asks the arrondissement, as "paris" alone does',
      turns: ['go', 'hier', 'on me l a volé à Paris', '18e'], last: 'Commune : Paris 18 75018' },
    { name: '"au Mans" is Le Mans, not La Chapelle-au-Mans',
      turns: ['go', 'hier', 'au Mans'], last: 'Commune : Le Mans 72000' },
    { name: '"en ligne" is no commune: the citizen is told which one to give',
      turns: ['go', 'hier', 'en ligne'], last: content.render('prompts/errors.commune_online') },
    { name: 'after "en ligne", the commune of the citizen is taken',
      turns: ['go', 'hier', 'en ligne', '35000'], last: 'Commune : Rennes 35000' },
    { name: '"retour" at the commune question goes back to the date',
      turns: ['go', 'hier', 'retour'], last: ASK_DATE },
    // while choosing, the postcode the question asks for or another name is looked up afresh
    { name: 'after "saint", "29200" is Brest',
      turns: ['go', 'hier', 'saint', '29200'], last: 'Commune : Brest 29200' },
    { name: 'after "saint", "brest" is Brest',
      turns: ['go', 'hier', 'saint', 'brest'], last: 'Commune : Brest 29200' },
    { name: 'after "saint", "29200 Brest" is Brest',
      turns: ['go', 'hier', 'saint', '29200 Brest'], last: 'Commune : Brest 29200' },
    { name: 'after "saint", "saint denis" asks again among its own, then "93200"',
      turns: ['go', 'hier', 'saint', 'saint denis', '93200'], last: 'Commune : Saint Denis 93200' },
    { name: 'after "saint" then "saint denis", "retour" asks the commune again',
      turns: ['go', 'hier', 'saint', 'saint denis', 'retour'], last: ASK_COMMUNE },
    { name: 'after "saint", a word naming nothing is refused with the choice explained',
      turns: ['go', 'hier', 'saint', 'xqzw'],
      last: content.render('prompts/errors.commune_pick_unknown') },
    { name: '"oui" is no commune (not Ouistreham): the question is explained',
      turns: ['go', 'hier', 'oui'], last: content.render('prompts/errors.commune_yes_no') },
    { name: '"non" is no commune either',
      turns: ['go', 'hier', 'non'], last: content.render('prompts/errors.commune_yes_no') },
    { name: '"non, c\'était à Rennes" is Rennes',
      turns: ['go', 'hier', "non, c'était à Rennes"], last: 'Commune : Rennes 35000' },
    { name: 'a street with its postcode and town is that town',
      turns: ['go', 'hier', '12 rue des lilas 72000 le mans'], last: 'Commune : Le Mans 72000' },
  ];
  dialogs.forEach(({ name, turns, last }) => {
    it(name, async () => {
      const client = procedureClient(new DateThenCommune());

      const texts = await replies(client, turns);

      const final = texts[texts.length - 1];
      if (typeof last === 'string') {
        expect(final).to.equal(last);
      } else {
        expect(final).to.match(last);
      }
    });
  });

  it('offers all nine arrondissements of lyon as buttons', async () => {
    const client = procedureClient(new DateThenCommune());
    await replies(client, ['go', 'hier']);

    const reply: Partial<Activity> = await client.sendActivity('lyon');

    expect(reply.text).to.equal(PICK);
    expect(reply.suggestedActions?.actions.map((action) => action.title)).to.have.length(9);
  });

  it('asks "à Paris" exactly as "paris": the postcode or the arrondissement', async () => {
    const alone = procedureClient(new DateThenCommune());
    const inSentence = procedureClient(new DateThenCommune());
    await replies(alone, ['go', 'hier']);
    await replies(inSentence, ['go', 'hier']);

    const expected = await replies(alone, ['paris']);
    const got = await replies(inSentence, ['je me suis fait voler mon sac à Paris']);

    expect(got).to.deep.equal(expected);
  });

  it('asks for the postcode without 21 buttons for paris', async () => {
    const client = procedureClient(new DateThenCommune());
    await replies(client, ['go', 'hier']);

    const reply: Partial<Activity> = await client.sendActivity('paris');

    expect(reply.text).to.match(/21 communes ou arrondissements[\s\S]*code postal/);
    expect(reply.suggestedActions).to.equal(undefined);
  });
});
