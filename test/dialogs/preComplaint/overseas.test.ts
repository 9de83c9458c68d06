import { expect } from 'chai';
import type { Commune, PostcodeDirectory } from '../../../geo/types';
import type { PreComplaintRecord } from '../../../records/types';
import { fakeDirectory } from '../prompts/fakeDirectory';
import { ask, newClient, newWorld, texts, type World } from './harness';
import { fullScript } from './script';

// 2026-12-05 02:27 UTC: Saturday 5 December 03:27 in Paris and 06:27 in Réunion, but still
// Friday 4 December 22:27 in Guadeloupe
const NOW = new Date('2026-12-05T02:27:00Z');

const POINTE_A_PITRE: Commune =
  { inseeCode: '97120', name: 'Pointe-à-Pitre', postcode: '97110', latitude: 0, longitude: 0 };

const directory: PostcodeDirectory = {
  ...fakeDirectory,
  byPostcode: (postcode) => (postcode === POINTE_A_PITRE.postcode ? [POINTE_A_PITRE]
    : fakeDirectory.byPostcode(postcode)),
};

/** The whole pré-plainte with these answers changed (two messages for a vague date). */
function script(changed: Record<string, string | string[]>): string[] {
  return fullScript().flatMap((step) => changed[step.field] ?? step.answer);
}

async function file(world: World, changed: Record<string, string | string[]>):
Promise<string> {
  world.clock.now = NOW;
  const replies = await texts(newClient(world, 'test', directory), script(changed));
  return replies.join('\n');
}

function stored(world: World): PreComplaintRecord['content']['facts'] {
  const records = [...world.collection.docs.values()];
  expect(records).to.have.length(1);
  return records[0].content.facts;
}

describe('pré-plainte from overseas: the date is the citizen\'s own local time', () => {
  it('Guadeloupe: "hier vers 23h" at 22:27 on the 4th is the 3rd, 23:00 there', async () => {
    const world = newWorld();

    const replies = await file(world, { date: 'hier vers 23h', commune: '97110' });

    expect(replies).to.include('le 03/12/2026 à 23:00 (« hier vers 23h »)');
    expect(stored(world)).to.deep.include({ from: '2026-12-04T03:00:00.000Z',
      to: '2026-12-04T03:00:00.000Z', dateAsSaid: 'hier vers 23h',
      timeZone: 'America/Guadeloupe' });
  });

  it('Réunion: the same words at 06:27 on the 5th are the 4th, 23:00 there', async () => {
    const world = newWorld();

    const replies = await file(world, { date: 'hier vers 23h', commune: '97400' });

    expect(replies).to.include('le 04/12/2026 à 23:00 (« hier vers 23h »)');
    expect(stored(world)).to.deep.include({ from: '2026-12-04T19:00:00.000Z',
      timeZone: 'Indian/Reunion' });
  });

  it('metropolitan France: the same words are the 4th, 23:00 in Paris, as before', async () => {
    const world = newWorld();

    const replies = await file(world, { date: 'hier vers 23h', commune: '35000' });

    expect(replies).to.include('le 04/12/2026 à 23:00 (« hier vers 23h »)');
    expect(stored(world)).to.deep.include({ from: '2026-12-04T22:00:00.000Z',
      timeZone: 'Europe/Paris' });
  });

  it('reads a vague period and the day remembered next in the commune\'s time', async () => {
    const world = newWorld();

    const replies = await file(world,
      { date: ['début novembre', 'le 3 vers 23h'], commune: '97110' });

    expect(replies).to.include('le 03/11/2026 à 23:00 (« début novembre → le 3 vers 23h »)');
    expect(stored(world)).to.deep.include({ from: '2026-11-04T03:00:00.000Z',
      precision: 'time', timeZone: 'America/Guadeloupe' });
  });

  it('asks the date again, and only the date, when it is still to come there', async () => {
    const world = newWorld();
    world.clock.now = NOW;
    const client = newClient(world, 'test', directory);
    const upToCommune = script({ date: 'le 5 décembre à 1h', commune: '97110' })
      .slice(0, fullScript().findIndex((step) => step.field === 'placeDetails'));

    const asked = await texts(client, upToCommune);
    const next = await texts(client, ['hier vers 23h']);

    expect(asked[asked.length - 1]).to.equal(ask('date_not_local'));
    expect(next).to.deep.equal([ask('place_details')]);
  });
});
