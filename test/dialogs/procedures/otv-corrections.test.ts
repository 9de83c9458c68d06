import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvContent, OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = parsePostcodeTable([
  '42218\t42000\tSaint Etienne\t45.43\t4.38\t',
  '14488\t14150\tOuistreham\t49.28\t-0.26\t',
  '72181\t72000\tLe Mans\t48.0\t0.2\t',
].join('\n'));

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

class SavingCollection extends MemoryCollection<OtvRequest> {
  readonly saved: OtvContent[] = [];

  override async insert(doc: OtvRequest): Promise<void> {
    this.saved.push(doc.content);
    await super.insert(doc);
  }
}

const UNTIL_VEHICLES = [
  'je pars en vacances', '42000', '12 rue des Lilas', '20/12', '3 janvier', 'maison',
  'portail vert', 'non', 'Camille Martin', '06 12 34 56 78',
  'Claire Durand 07 98 76 54 32', 'oui',
];
const HAPPY = [...UNTIL_VEHICLES, 'Clio grise', 'oui'];

async function run(turns: string[]): Promise<{ texts: string[]; saved: OtvContent[] }> {
  const collection = new SavingCollection();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T' });
  const { dialog } = otvProcedure({ content, postcodes, store, clock: () => NOW });
  const texts = await replies(procedureClient(dialog), turns);
  return { texts, saved: collection.saved };
}

const SECTION = content.render('procedures/otv/ask_section');
const SUMMARY = /^Voici votre demande/;

describe('holiday watch: answers a tester found misread', () => {
  const commune: Array<[string, string]> = [
    ['oui', content.render('prompts/errors.commune_yes_no')],
    ['non', content.render('prompts/errors.commune_yes_no')],
  ];
  commune.forEach(([said, answer]) => {
    it(`"${said}" at the commune question searches no commune: ${answer}`, async () => {
      const { texts } = await run([...UNTIL_VEHICLES.slice(0, 1), said]);

      expect(texts[texts.length - 1]).to.equal(answer);
    });
  });

  it('"12 rue des lilas 72000 le mans" at the commune question is Le Mans', async () => {
    const { saved } = await run([...HAPPY.slice(0, 1), '12 rue des lilas 72000 le mans',
      ...HAPPY.slice(3)]);

    expect(saved[0]?.address.commune.name).to.equal('Le Mans');
  });

  const vehicles: Array<[string, string]> = [
    ['nan rien', ''], ['non aucun', ''], ['nn', ''], ['pas de voiture', ''],
    ['non, une Clio grise', 'non, une Clio grise'],
  ];
  vehicles.forEach(([said, stored]) => {
    it(`"${said}" at "véhicules ?" is stored as ${JSON.stringify(stored)}`, async () => {
      const { saved } = await run([...UNTIL_VEHICLES, said, 'oui']);

      expect(saved[0]?.vehicles).to.equal(stored);
    });
  });

  const contacts: Array<[string, string, RegExp]> = [
    ['ma voisine Mme Martin au 02 98 12 34 56', 'ma voisine Mme Martin',
      /Personne à prévenir : ma voisine Mme Martin, 02 98 12 34 56\n/],
    ['Claire Durand, joignable au 07 98 76 54 32.', 'Claire Durand',
      /Personne à prévenir : Claire Durand, 07 98 76 54 32\n/],
  ];
  contacts.forEach(([said, name, recap]) => {
    it(`"${said}" as the contact is stored and read back without "au"`, async () => {
      const { texts, saved } = await run([...UNTIL_VEHICLES.slice(0, 10), said,
        ...HAPPY.slice(11)]);

      expect(saved[0]?.contact?.name).to.equal(name);
      expect(texts.find((text) => SUMMARY.test(text))).to.match(recap);
    });
  });
});

describe('holiday watch: correcting an answer before consenting', () => {
  it('offers to send, to correct an answer, or to send nothing', async () => {
    const { texts } = await run(UNTIL_VEHICLES.concat('Clio grise'));

    expect(texts[texts.length - 1]).to.equal(content.render('procedures/otv/ask_consent'));
  });

  interface Correction { name: string; turns: string[]; stored: Partial<OtvContent> }
  const corrections: Correction[] = [
    { name: 'the street and commune', turns: ['modifier', "L'adresse", '42000', '5 rue Haute'],
      stored: { address: { street: '5 rue Haute', commune:
        { inseeCode: '42218', name: 'Saint Etienne', postcode: '42000' } } } },
    { name: 'the vehicles', turns: ['modifier une réponse', 'Les véhicules', 'non'],
      stored: { vehicles: '' } },
    { name: 'the dates, a range skipping the return question',
      turns: ['je veux corriger', 'dates', 'du 21 au 28 décembre'],
      stored: { absence: { from: '2026-12-21', to: '2026-12-28' } } },
    { name: 'the alarm', turns: ['modifier', "L'alarme", 'oui'], stored: { alarm: true } },
  ];
  corrections.forEach(({ name, turns, stored }) => {
    it(`corrects ${name}, shows the summary again, then sends on "oui"`, async () => {
      const { texts, saved } = await run([...UNTIL_VEHICLES, 'Clio grise', ...turns, 'oui']);

      expect(texts.filter((text) => SUMMARY.test(text))).to.have.length(2);
      expect(texts).to.include(SECTION);
      expect(saved).to.have.length(1);
      expect(saved[0]).to.deep.include(stored);
    });
  });

  it('keeps the other answers when one is corrected', async () => {
    const { saved } = await run([...UNTIL_VEHICLES, 'Clio grise', 'modifier', 'Les clés', 'non',
      'oui']);

    expect(saved[0]).to.deep.include({ keysLeft: false, vehicles: 'Clio grise', alarm: false });
    expect(saved[0]?.contact).to.deep.equal({ name: 'Claire Durand', phone: '+33798765432' });
  });

  it('explains the three answers when the consent answer is unclear', async () => {
    const { texts, saved } = await run([...UNTIL_VEHICLES, 'Clio grise', 'peut-être']);

    expect(texts[texts.length - 1]).to.equal(content.render('procedures/otv/errors.consent'));
    expect(saved).to.have.length(0);
  });
});

// a fresh tester: a bare "oui" to « Laissez-vous des véhicules ? Si oui, décrivez-les » was
// taken, and the recap read « Véhicules sur place : oui »
describe('holiday watch: a yes to « véhicules ? » asks for their description', () => {
  const DESCRIBE = content.render('procedures/otv/errors.vehicles_describe');
  for (const said of ['oui', 'Ouais', 'oui une voiture', "oui j'en laisse deux", 'oui ok']) {
    it(`"${said}" → what to describe, then "Clio grise AB-123-CD" is stored`, async () => {
      const { texts, saved } = await run([...UNTIL_VEHICLES, said]);
      const then = await run([...UNTIL_VEHICLES, said, 'Clio grise AB-123-CD', 'oui']);

      expect(texts[texts.length - 1]).to.equal(DESCRIBE);
      expect(saved).to.deep.equal([]);
      expect(then.saved[0]?.vehicles).to.equal('Clio grise AB-123-CD');
    });
  }

  it('"oui une Clio grise" is a description: stored as said', async () => {
    const { saved } = await run([...UNTIL_VEHICLES, 'oui une Clio grise', 'oui']);

    expect(saved[0]?.vehicles).to.equal('oui une Clio grise');
  });
});
