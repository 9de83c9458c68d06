import type { PreComplaintContent } from '../../records/types';

const RENNES = { inseeCode: '35238', name: 'Rennes', postcode: '35000' };

/** A complete pré-plainte, for tests that need one; override what the test is about. */
export function sampleContent(
  overrides: { commune?: typeof RENNES } = {},
): PreComplaintContent {
  return {
    offence: 'theft',
    facts: {
      from: '2026-03-10T21:00:00.000Z',
      to: '2026-03-10T21:00:00.000Z',
      precision: 'time',
      dateAsSaid: 'hier soir vers 22h',
      commune: overrides.commune ?? RENNES,
      placeDetails: 'devant la gare',
      account: 'Mon vélo attaché a disparu pendant la nuit.',
      items: [{ description: 'vélo de course', valueEuros: 450 }],
      evidence: 'aucun',
      attachments: [],
    },
    filer: { role: 'victim' },
    person: {
      lastName: 'Martin',
      firstName: 'Camille',
      birthDate: '1985-07-14',
      birthPlace: 'Quimper',
      address: { street: '3 rue de la Paix', commune: RENNES },
    },
    contact: { phone: '+33612345678', email: 'camille@exemple.fr', callback: 'morning' },
  };
}
