import { expect } from 'chai';
import { REFERENCE_PATTERN } from '../../../records/reference';
import { content, newClient, newWorld, say, texts } from './harness';
import { KIND_ANSWERS, Kind, answers } from './script';

describe('pré-plainte: the happy path of each kind of offence', () => {
  for (const kind of Object.keys(KIND_ANSWERS).filter((key): key is Kind =>
    key in KIND_ANSWERS)) {
    it(`${kind}: from the first question to a stored record and its reference`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await texts(client, answers(kind));

      const records = [...world.collection.docs.values()];
      expect(records).to.have.length(1);
      const [record] = records;
      expect(record.id).to.match(REFERENCE_PATTERN);
      expect(record.content.offence).to.equal(kind);
      expect(replies[replies.length - 1]).to.include(record.id);
      expect(client.dialogTurnResult.result).to.deep.equal({
        outcome: 'submitted', reference: record.id,
      });
    });
  }

  it('stores what the citizen said, normalised for the gendarme', async () => {
    const world = newWorld();

    await say(newClient(world), answers('vehicle_theft'));

    const [record] = [...world.collection.docs.values()];
    expect(record.content.facts).to.deep.include({
      // "hier soir vers 22h" in Paris, winter time
      from: '2026-03-10T21:00:00.000Z',
      precision: 'time',
      dateAsSaid: 'hier soir vers 22h',
      commune: { inseeCode: '35238', name: 'Rennes', postcode: '35000' },
      items: [{ description: 'vélo de course bleu', valueEuros: 450 }],
      vehicle: { plate: 'AB-123-CD', plateFormat: 'siv', description: 'Peugeot 208 grise' },
    });
    expect(record.content.contact).to.deep.equal({
      phone: '+33612345678', email: 'camille@exemple.fr', callback: 'morning',
    });
    expect(record.content.person).to.deep.include({ lastName: 'Martin', birthDate: '1985-07-14' });
  });

  it('shows the citizen the time they said, in Paris time, in the summary', async () => {
    const replies = await texts(newClient(newWorld()), answers().slice(0, -1));

    expect(replies.join('\n')).to.include('le 10/03/2026 à 22:00 (« hier soir vers 22h »)');
  });

  it('tells what to bring, with the reference spelled out for the phone', async () => {
    const world = newWorld();

    const replies = await texts(newClient(world), answers('vehicle_theft'));

    const [record] = [...world.collection.docs.values()];
    const spelled = record.id.replace(/-/g, '').split('').join(' ');
    expect(replies[replies.length - 1]).to.equal(content.render('preComplaint/submitted', {
      reference: record.id, spelled, callback: 'le matin', vehicle: true,
    }));
    expect(replies[replies.length - 1]).to.include('vous rappellera le matin pour fixer');
  });
});
