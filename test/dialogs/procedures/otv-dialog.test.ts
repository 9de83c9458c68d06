import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvContent, OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, expectInOrder, procedureClient, replies } from './harness';

const postcodes = parsePostcodeTable([
  '42218\t42000\tSaint Etienne\t45.43\t4.38\t',
  '05066\t05700\tL\'Epine\t44.4\t5.6\t',
  '51232\t51460\tL\'Epine\t48.98\t4.46\t',
].join('\n'));

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

/** A collection that keeps submissions in a list, or fails like a broken disk. */
class FakeCollection extends MemoryCollection<OtvRequest> {
  readonly saved: OtvContent[] = [];

  constructor(private readonly failing: boolean) {
    super();
  }

  override async insert(doc: OtvRequest): Promise<void> {
    if (this.failing) {
      throw new Error('disk full');
    }
    this.saved.push(doc.content);
    await super.insert(doc);
  }
}

function fakeStore(failing = false): { store: OtvStore; saved: OtvContent[] } {
  const collection = new FakeCollection(failing);
  const store = new OtvStore(collection, {
    clock: () => NOW, newReference: () => 'OTV-TEST-0001',
  });
  return { store, saved: collection.saved };
}

/** The home's commune and street, asked first since t99 (a Paris home ends at once). */
const ADDRESS = ['42000', '12 rue des Lilas'];

const HAPPY = [
  'je pars en vacances', ...ADDRESS, '20/12', '3 janvier', 'maison',
  'portail vert, chien gentil', 'non', 'Camille Martin', '06 12 34 56 78',
  'Claire Durand 07 98 76 54 32', 'oui', 'Clio grise AB-123-CD', 'oui',
];

interface Case {
  name: string;
  turns: string[];
  expected: Array<string | RegExp>;
  saved: number;
  failingStore?: boolean;
  absent?: RegExp;
}

const cases: Case[] = [
  {
    name: 'registers a complete request after the summary and consent',
    turns: HAPPY,
    expected: ['Opération Tranquillité Vacances', 'Dans quelle commune',
      "l'adresse du logement", 'Quel jour partez-vous', 'quel jour rentrez-vous',
      'type de logement', 'digicode', 'alarme', 'nom et prénom', 'joindre',
      'personne proche', 'clés', 'véhicules',
      /du dimanche 20 décembre 2026 au dimanche 3 janvier 2027/,
      /12 rue des Lilas, Saint Etienne \(42000\)/, /Logement : Une maison/,
      /Personne à prévenir : Claire Durand, 07 98 76 54 32/, 'Acceptez-vous',
      /référence \*\*OTV-TEST-0001\*\*/],
    saved: 1,
  },
  {
    name: 'sends nothing when the citizen does not consent',
    turns: [...HAPPY.slice(0, -1), 'non'],
    expected: ['Acceptez-vous', "je n'envoie rien"],
    saved: 0,
  },
  {
    name: 'refuses a departure in the past, then accepts a future one',
    turns: ['otv', ...ADDRESS, '01/12/2026', '20/12', '3 janvier', 'annuler', 'oui'],
    expected: ['Quel jour partez-vous', 'déjà passée', 'rentrez-vous', 'type de logement'],
    saved: 0,
  },
  {
    name: 'refuses a return before the departure',
    turns: ['otv', ...ADDRESS, '20 décembre', '18 décembre', '21/12', 'annuler', 'oui'],
    expected: ['rentrez-vous', 'Le retour doit être après le départ', 'type de logement'],
    saved: 0,
  },
  {
    name: '"du 20 au 27 décembre" fills both days and skips the return question',
    turns: ['otv', ...ADDRESS, 'du 20 au 27 décembre', 'annuler', 'oui'],
    expected: ['Quel jour partez-vous', 'type de logement'],
    absent: /rentrez-vous/,
    saved: 0,
  },
  {
    name: 'a range with an unclear side is asked again with an example of both forms',
    turns: ['otv', ...ADDRESS, 'du 20 au bientôt', 'annuler', 'oui'],
    expected: ['Quel jour partez-vous', /« du 20 au 27 décembre »/],
    saved: 0,
  },
  {
    name: 'weekdays are days: "samedi", then "dimanche" the day after, goes on',
    turns: ['otv', ...ADDRESS, 'samedi', 'dimanche', 'annuler', 'oui'],
    expected: ['Quel jour partez-vous', 'rentrez-vous', 'type de logement'],
    saved: 0,
  },
  {
    name: '"retour" at the return day asks the departure again, then goes on',
    turns: ['otv', ...ADDRESS, '20/12', 'retour', '21/12', '3 janvier', 'annuler', 'oui'],
    expected: ['Quel jour partez-vous', 'rentrez-vous', 'question précédente',
      'Quel jour partez-vous', 'rentrez-vous', 'type de logement'],
    saved: 0,
  },
  {
    name: '"retour" at the home after a range goes back to the departure',
    turns: ['otv', ...ADDRESS, 'du 20 au 27 décembre', 'retour', 'annuler', 'oui'],
    expected: ['type de logement', 'question précédente', 'Quel jour partez-vous'],
    saved: 0,
  },
  {
    name: 'refuses dates more than a year ahead and words that are not dates',
    turns: ['otv', ...ADDRESS, '10/01/2028', 'bientôt', 'annuler', 'oui'],
    expected: ['au plus un an', "Je n'ai pas reconnu de date"],
    saved: 0,
  },
  {
    name: 'checks the commune and asks which one when the name is shared',
    turns: ['otv', '99999', "L'Épine", '2', 'annuler', 'oui'],
    expected: ['Dans quelle commune', 'Je ne trouve pas cette commune', 'Plusieurs communes',
      "l'adresse du logement"],
    saved: 0,
  },
  {
    name: 'asks again for a phone that cannot be called back and a contact without phone',
    turns: [...HAPPY.slice(0, 9), '08 99 00 00 00', '06 12 34 56 78', 'ma voisine',
      'personne', 'annuler', 'oui'],
    expected: ['numéros en 08', 'personne proche', 'Claire Martin 06 12 34 56 78', 'clés'],
    saved: 0,
  },
  {
    name: 'keeps "rien" / "personne" / "non" as empty optional answers',
    turns: [...HAPPY.slice(0, 6), 'rien', 'oui', 'Camille Martin', '0612345678', 'personne',
      'non', 'non', 'oui'],
    expected: [/Accès : rien de particulier/, /Personne à prévenir : aucune/,
      /Véhicules sur place : aucun/, /Alarme : Oui/, 'OTV-TEST-0001'],
    saved: 1,
  },
  {
    name: "shows the citizen's own words back escaped, never as markup",
    turns: [...HAPPY.slice(0, 2), '12 rue <img src=x onerror=alert(1)>', ...HAPPY.slice(3)],
    expected: [/Adresse : 12 rue &lt;img src=x onerror=alert\(1\)&gt;, Saint Etienne/],
    saved: 1,
  },
  {
    name: 'stops on "annuler" in the middle, with nothing stored',
    turns: HAPPY.slice(0, 5).concat('annuler', 'oui'),
    expected: ['type de logement', 'Voulez-vous vraiment abandonner', "C'est annulé"],
    saved: 0,
  },
  {
    name: 'says so plainly when the request cannot be stored',
    turns: HAPPY,
    expected: ['Acceptez-vous', "je n'ai pas pu enregistrer votre demande"],
    saved: 0,
    failingStore: true,
  },
];

describe('holiday watch procedure (procedure.otv)', () => {
  cases.forEach(({ name, turns, expected, saved, failingStore, absent }) => {
    it(name, async () => {
      const fake = fakeStore(failingStore);
      const { dialog } = otvProcedure({
        content, postcodes, store: fake.store, clock: () => NOW,
      });
      const client = procedureClient(dialog);

      const texts = await replies(client, turns);

      expectInOrder(texts, expected);
      if (absent) {
        expect(texts.join('\n')).not.to.match(absent);
      }
      expect(fake.saved).to.have.length(saved);
      expect(client.dialogContext.activeDialog, 'the procedure has ended').to.equal(undefined);
    });
  });

  const storedAbsence: Array<[string, string[], { from: string; to: string }]> = [
    ['a range', [...HAPPY.slice(0, 3), 'du 20 au 27 décembre', ...HAPPY.slice(5)],
      { from: '2026-12-20', to: '2026-12-27' }],
    ['"retour" at the home, which asks the return again',
      [...HAPPY.slice(0, 5), 'retour', '3 janvier', ...HAPPY.slice(5)],
      { from: '2026-12-20', to: '2027-01-03' }],
    ['"retour" at the consent', [...HAPPY.slice(0, -1), 'retour', 'non', 'oui'],
      { from: '2026-12-20', to: '2027-01-03' }],
  ];
  storedAbsence.forEach(([name, turns, absence]) => {
    it(`stores the days of absence after ${name}`, async () => {
      const fake = fakeStore();
      const { dialog } = otvProcedure({ content, postcodes, store: fake.store, clock: () => NOW });

      await replies(procedureClient(dialog), turns);

      expect(fake.saved[0]?.absence).to.deep.equal(absence);
    });
  });

  it('stores every answer in the request', async () => {
    const fake = fakeStore();
    const { dialog } = otvProcedure({ content, postcodes, store: fake.store, clock: () => NOW });

    await replies(procedureClient(dialog), HAPPY);

    expect(fake.saved[0]).to.deep.equal({
      absence: { from: '2026-12-20', to: '2027-01-03' },
      address: {
        street: '12 rue des Lilas',
        commune: { inseeCode: '42218', name: 'Saint Etienne', postcode: '42000' },
      },
      home: 'house',
      access: 'portail vert, chien gentil',
      alarm: false,
      applicant: { name: 'Camille Martin', phone: '+33612345678' },
      contact: { name: 'Claire Durand', phone: '+33798765432' },
      keysLeft: true,
      vehicles: 'Clio grise AB-123-CD',
    });
  });

  // tester14's F11: "Martin" alone was stored as the applicant's full name
  const names: Array<[string, string[], string]> = [
    ['both halves, given one after the other', ['Martin', 'Claire'], 'Martin Claire'],
    ['a single name said twice, as it is', ['Martin', 'martin'], 'Martin'],
    ['a full answer after the single word', ['Martin', 'Claire Martin'], 'Claire Martin'],
  ];
  names.forEach(([name, answers, stored]) => {
    it(`asks once for the other half of a one-word name, then stores ${name}`, async () => {
      const fake = fakeStore();
      const { dialog } = otvProcedure({ content, postcodes, store: fake.store, clock: () => NOW });

      const texts = await replies(procedureClient(dialog),
        [...HAPPY.slice(0, 8), ...answers, ...HAPPY.slice(9)]);

      expect(texts).to.include(content.render('prompts/errors.name_other_half'));
      expect(fake.saved[0]?.applicant.name).to.equal(stored);
    });
  });

  // tester12's F14: controls, a right-to-left override and a zero-width space were stored
  it('stores the address without control, bidi or zero-width characters', async () => {
    const fake = fakeStore();
    const { dialog } = otvProcedure({ content, postcodes, store: fake.store, clock: () => NOW });
    const street = '\u0000\u0007\u001b[31m12 rue\u202e des Lilas\u200b';
    const access = 'portail\u2066 vert\u2069, chien\u00ad gentil\ufeff';

    await replies(procedureClient(dialog), [...HAPPY.slice(0, 2), street, ...HAPPY.slice(3, 6),
      access, ...HAPPY.slice(7)]);

    expect(fake.saved[0]?.address.street).to.equal('12 rue des Lilas');
    expect(fake.saved[0]?.access).to.equal('portail vert, chien gentil');
  });
});

