import { expect } from 'chai';
import { normalize } from '../../../nlu/normalize';
import type { PreComplaintRecord } from '../../../records/types';
import type { Said } from '../../bots/harness';
import { error, type World } from './harness';
import { assistantAt } from './inAssistant';
import { answers, START, upTo } from './script';

const KNOWN: Said[] = [{ text: START.answer, normalized: normalize(START.answer),
  topic: 'procedure.pre_complaint', score: 0.99 }];

/** The answers after `field`'s own, to finish the pré-plainte from there. */
const after = (field: string): string[] => answers().slice(upTo(field).length + 1);

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

/** Answers `field` with `said`, then finishes the pré-plainte with the script's answers. */
async function answered(field: string, said: string[]) {
  const { world, bot } = await assistantAt(field, KNOWN, START.answer);
  const replies = [];
  for (const text of said) {
    replies.push(await bot.texts(text));
  }
  for (const answer of after(field)) {
    await bot.texts(answer);
  }
  return { replies, record: stored(world) };
}

describe('pré-plainte (whole assistant): what is clearly not a street address (F1)', () => {
  const refused: Array<[string, string]> = [
    ['0612345678', 'street_phone'], ['06 12 34 56 78', 'street_phone'],
    ['+33 6 12 34 56 78', 'street_phone'], ['camille@exemple.fr', 'street_email'],
    ['mon mail c est camille@exemple.fr', 'street_email'],
    ['oui', 'street_expected'], ['non', 'street_expected'],
  ];
  refused.forEach(([said, key]) => {
    it(`"${said}" is refused with prompts/errors.${key}, then the street is kept`, async () => {
      const { replies, record } = await answered('street', [said, '12 rue des Lilas']);

      expect(replies[0]).to.deep.equal([error(`prompts/errors.${key}`)]);
      expect(record?.content.person.address.street).to.equal('12 rue des Lilas');
    });
  });

  const accepted = ['12 rue des Lilas', 'lieu-dit Kerbras', 'BP 12', 'Résidence les Pins, bât. B',
    '3 bis avenue du 8 Mai 1945'];
  accepted.forEach((said) => {
    it(`"${said}" is a street, stored as typed`, async () => {
      const { record } = await answered('street', [said]);

      expect(record?.content.person.address.street).to.equal(said);
    });
  });
});

describe('pré-plainte (whole assistant): what is clearly not a birthplace (F1)', () => {
  const refused: Array<[string, string]> = [
    ['12 rue des Lilas 97400 Saint-Denis', 'birth_place_street'],
    ['3 place de la Mairie', 'birth_place_street'],
    ['0612345678', 'birth_place_expected'], ['camille@exemple.fr', 'birth_place_expected'],
    ['oui', 'birth_place_expected'], ['non', 'birth_place_expected'],
  ];
  refused.forEach(([said, key]) => {
    it(`"${said}" is refused with prompts/errors.${key}, then the place is kept`, async () => {
      const { replies, record } = await answered('birthPlace', [said, 'Saint-Denis']);

      expect(replies[0]).to.deep.equal([error(`prompts/errors.${key}`)]);
      expect(record?.content.person.birthPlace).to.equal('Saint-Denis');
    });
  });

  // Rue is a commune of the Somme; Alger a town abroad
  const accepted: Array<[string, string]> = [['Rue', 'Rue'], ['Alger, Algérie', 'Alger, Algérie'],
    ['à Saint-Denis (La Réunion)', 'Saint-Denis (La Réunion)'], ['Quimper 29000', 'Quimper 29000']];
  accepted.forEach(([said, place]) => {
    it(`"${said}" is a birthplace, stored as "${place}"`, async () => {
      const { record } = await answered('birthPlace', [said]);

      expect(record?.content.person.birthPlace).to.equal(place);
    });
  });
});
