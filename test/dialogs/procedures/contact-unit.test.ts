import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../../core/paths';
import { loadPostcodeDirectory, parsePostcodeTable } from '../../../geo/postcodes';
import { UnitDirectory } from '../../../geo/units';
import { parseUnitsCsv } from '../../../geo/units-import';
import { contactUnitProcedure } from '../../../dialogs/procedures/contact-unit';
import { content, expectInOrder, procedureClient, replies, Turn } from './harness';


const postcodes = parsePostcodeTable([
  '42218\t42000\tSaint Etienne\t45.43012\t4.37914\t',
  '42218\t42100\tSaint Etienne\t45.43012\t4.37914\tRochetaillee',
  '42095\t42700\tFirminy\t45.38\t4.29\t',
  '05066\t05700\tL\'Epine\t44.4\t5.6\t',
  '51232\t51460\tL\'Epine\t48.98\t4.46\t',
  '05061\t05000\tGap\t44.57986\t6.06486\tRomette',
  '05061\t05000\tGapree\t44.5\t6.0\t',
  '74056\t74400\tChamonix Mont Blanc\t45.93098\t6.9236\tArgentiere',
  '60674\t60400\tVille\t49.55\t2.93\t',
].join('\n'));

const units = new UnitDirectory(parseUnitsCsv(
  readFileSync(fromRoot('test', 'geo', 'fixtures', 'units.csv'), 'utf8'),
).units);

interface Case {
  name: string;
  withUnits: boolean;
  turns: Turn[];
  /** Fragments of the bot's replies, in order, across the whole conversation. */
  expected: Array<string | RegExp>;
  absent?: RegExp;
}

const cases: Case[] = [
  {
    name: 'without a unit list, names the commune and points to the official directory',
    withUnits: false,
    turns: ['je cherche une brigade', '42700'],
    expected: ['code postal', /Commune trouvée : \*\*Firminy\*\* \(42700\)/,
      /pas encore la liste officielle/, /lannuaire\.service-public\.fr/],
  },
  {
    name: 'with a unit list, gives the closest units first, with phone and hours',
    withUnits: true,
    turns: ['je cherche une brigade', 'Firminy'],
    expected: ['code postal', /proches de Firminy \(42700\)[\s\S]*test B[\s\S]*test A/,
      /Téléphone : \+33 1 99 00 00 02/, /Accueil : Lundi : 8h00-12h00; Mardi/, /à 1,1 km/],
    absent: /test D/,
  },
  {
    name: 'uses a postcode given in the first message without asking again',
    withUnits: true,
    turns: ['une gendarmerie près du 42 100 ?'],
    expected: [/Saint Etienne \(42100\)[\s\S]*test A/],
  },
  {
    name: 'asks which commune when several share the name',
    withUnits: false,
    turns: ['brigade', "l'épine", "L'Epine (51460)"],
    expected: ['code postal', 'Plusieurs communes', /\*\*L'Epine\*\* \(51460\)/],
  },
  {
    name: 'explains an unknown postcode, then accepts a commune name',
    withUnits: false,
    turns: ['brigade', '99999', 'st-étienne'],
    expected: ['code postal', "Le code postal 99999 n'existe pas", /\*\*Saint Etienne\*\*/],
  },
  ...([
    ['je suis à Gap', /\*\*Gap\*\* \(05000\)/],
    ["j'habite à Saint-Étienne", /\*\*Saint Etienne\*\* \(42000\)/],
    ['a saint etienne', /\*\*Saint Etienne\*\* \(42000\)/],
    ['jsuis a chamonix', /\*\*Chamonix Mont Blanc\*\* \(74400\)/],
  ] as const).map(([said, found]): Case => ({
    name: `finds the commune named in "${said}", as the pré-plainte does`,
    withUnits: false,
    turns: ['je cherche une brigade', said],
    expected: ['code postal', found],
    absent: /Je ne trouve pas cette commune/,
  })),
  {
    name: 'uses a commune named at the end of the first message without asking',
    withUnits: false,
    turns: ['la gendarmerie la plus proche de gap'],
    expected: [/Commune trouvée : \*\*Gap\*\* \(05000\)/],
    absent: /code postal/,
  },
  ...([
    ['je suis à Gap depuis hier, où est la brigade ?',
      /Commune trouvée : \*\*Gap\*\* \(05000\)/],
    ['la brigade de gap svp', /Commune trouvée : \*\*Gap\*\* \(05000\)/],
    ['la gendarmerie au plus près de Firminy merci', /\*\*Firminy\*\* \(42700\)/],
  ] as const).map(([said, found]): Case => ({
    name: `uses the one commune of "${said}" though words follow it`,
    withUnits: false,
    turns: [said],
    expected: [found],
    absent: /code postal/,
  })),
  {
    name: 'asks the place when the name in the first message, words after, is of several',
    withUnits: false,
    turns: ["la brigade de l'épine svp", "L'Epine (05700)"],
    expected: ['code postal', /\*\*L'Epine\*\* \(05700\)/],
  },
  {
    name: 'does not take an ordinary word of the first message for a commune',
    withUnits: false,
    turns: ['une brigade en ville', 'Gap'],
    expected: ['code postal', /\*\*Gap\*\* \(05000\)/],
  },
  {
    name: 'after three misses, still gives the official directory',
    withUnits: true,
    turns: ['brigade', 'Atlantide', 'Atlantide', 'Atlantide'],
    expected: ['code postal', 'Je ne trouve pas cette commune', 'Je ne trouve pas cette commune',
      /pas encore la liste officielle[\s\S]*et votre commune/],
  },
  {
    name: 'uses a location the citizen chose to share',
    withUnits: true,
    turns: [{ type: 'message', text: '', value: { latitude: 41.92, longitude: 8.73 } }],
    expected: [/proches de vous[\s\S]*test D/],
  },
  {
    name: 'reads a shared location sent as a GeoCoordinates entity',
    withUnits: true,
    turns: [{
      type: 'message', text: 'ma position',
      entities: [{ type: 'GeoCoordinates', latitude: 45.61, longitude: 4.07 }],
    }],
    expected: [/proches de vous[\s\S]*\*\*Gendarmerie - Brigade FICTIVE de test C/],
  },
  {
    name: 'without a unit list, names the commune nearest to a shared location',
    withUnits: false,
    turns: [{ type: 'message', text: '', value: { latitude: 45.381, longitude: 4.291 } }],
    expected: [/Commune trouvée : \*\*Firminy\*\* \(42700\)[\s\S]*lannuaire/],
  },
  {
    name: 'stops at once on "annuler"',
    withUnits: true,
    turns: ['brigade', 'annuler'],
    expected: ['code postal', "C'est annulé"],
  },
];

describe('nearest unit procedure in a city of arrondissements', () => {
  const directory = loadPostcodeDirectory();
  const table: Array<[Turn[], RegExp]> = [
    [['une brigade à Paris', '15e'], /\*\*Paris 15\*\* \(75015\)/],
    [['une brigade à Paris', '75015'], /\*\*Paris 15\*\* \(75015\)/],
    [['je cherche une brigade', 'Paris', '16'], /\*\*Paris 16\*\* \(75016\)/],
    [['je cherche une brigade à Lyon', 'lyon 3e'], /\*\*Lyon 03\*\* \(69003\)/],
    [['je cherche une brigade à Lyon', '3'], /\*\*Lyon 03\*\* \(69003\)/],
    // while choosing, the postcode the question invites, or another name, is looked up afresh
    [['je cherche une brigade', 'saint', '29200'], /\*\*Brest\*\* \(29200\)/],
    [['je cherche une brigade', 'saint', 'brest'], /\*\*Brest\*\* \(29200\)/],
    [['je cherche une brigade', 'saint', 'saint denis', '93200'],
      /\*\*Saint Denis\*\* \(93200\)/],
    // t89: "75000" is everyone's Paris, "Saint-Denis (93)" one Saint-Denis of four
    [['je cherche une brigade', '75000', '15e'], /\*\*Paris 15\*\* \(75015\)/],
    [['je cherche une brigade', '69000', '3'], /\*\*Lyon 03\*\* \(69003\)/],
    [['je cherche une brigade', 'Saint-Denis', 'Saint-Denis (93)'],
      /\*\*Saint Denis\*\* \(93200\)/],
  ];
  table.forEach(([turns, found]) => {
    it(`${turns.map((turn) => JSON.stringify(turn)).join(' then ')} → ${String(found)}`,
      async () => {
        const { dialog } = contactUnitProcedure({ content, postcodes: directory });
        const client = procedureClient(dialog);

        const texts = await replies(client, turns);

        expect(texts[texts.length - 1]).to.match(found);
      });
  });

  it('asks Paris by postcode or arrondissement, without twenty buttons', async () => {
    const { dialog } = contactUnitProcedure({ content, postcodes: directory });
    const client = procedureClient(dialog);

    const reply: Partial<Activity> = await client.sendActivity('une brigade à Paris');

    expect(reply.text).to.match(/20 communes ou arrondissements[\s\S]*code postal/);
    expect(reply.suggestedActions).to.equal(undefined);
  });

  it('explains a choice it cannot read among the arrondissements', async () => {
    const { dialog } = contactUnitProcedure({ content, postcodes: directory });
    const client = procedureClient(dialog);

    const texts = await replies(client, ['une brigade à Paris', 'banane']);

    expect(texts[texts.length - 1]).to.equal(
      content.render('prompts/errors.commune_pick_postcode'));
  });
});

describe('nearest unit procedure (faq.contact_unit)', () => {
  it('answers the contact_unit topic', () => {
    const procedure = contactUnitProcedure({ content, postcodes });

    expect(procedure.topics).to.deep.equal(['faq.contact_unit']);
  });

  cases.forEach(({ name, withUnits, turns, expected, absent }) => {
    it(name, async () => {
      const { dialog } = contactUnitProcedure({
        content, postcodes, units: withUnits ? units : undefined,
      });
      const client = procedureClient(dialog);

      const texts = await replies(client, turns);

      expectInOrder(texts, expected);
      if (absent) {
        expect(texts.join('\n')).not.to.match(absent);
      }
      expect(client.dialogContext.activeDialog, 'the procedure has ended').to.equal(undefined);
    });
  });
});
