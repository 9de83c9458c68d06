import { expect } from 'chai';
import type { PreComplaintRecord } from '../../../records/types';
import { ask, content, newClient, newWorld, texts, type World } from './harness';
import { answers, upTo } from './script';

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

describe('pré-plainte: a question at a closed list (tester12 F6)', () => {
  const questions = ["c'est quoi la différence entre un vol et un vol de véhicule ?",
    'quelle est la différence ?', 'je choisis quoi pour un vélo ?'];
  for (const said of questions) {
    it(`"${said}" at « Que s'est-il passé ? » is explained, nothing is chosen`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('kind'));

      const explained = await texts(client, [said]);
      const next = await texts(client, ['Un vol']);

      expect(explained[0]).to.equal(content.render('preComplaint/help/kind'));
      expect(explained[explained.length - 1]).to.match(/Que s'est-il passé/);
      expect(next[next.length - 1]).to.equal(ask('author_known'));
    });
  }

  it('the help names the difference between a theft and a vehicle theft', () => {
    expect(content.render('preComplaint/help/kind')).to.include('Un vol de véhicule')
      .and.to.include('voiture');
  });
});

describe('pré-plainte: the plate question accepts "no plate" (tester12 F6)', () => {
  for (const said of ['aucune', 'je ne sais pas', "c'est un vélo il a pas de plaque",
    'je connais pas la plaque, voiture de location']) {
    it(`"${said}" goes on to the vehicle's description`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('plate', 'vehicle_theft'));

      const next = await texts(client, [said]);

      expect(next[next.length - 1]).to.equal(ask('vehicle_description'));
    });
  }

  it('stores the vehicle with an unknown plate, its description kept', async () => {
    const world = newWorld();
    const client = newClient(world);
    const script = answers('vehicle_theft');
    const plateAt = upTo('plate', 'vehicle_theft').length;

    await texts(client, [...script.slice(0, plateAt), 'aucune', ...script.slice(plateAt + 1)]);

    expect(stored(world)?.content.facts.vehicle).to.deep.equal(
      { plate: '', plateFormat: 'unknown', description: 'Peugeot 208 grise' });
  });

  it('still refuses a plate that is neither a plate nor "none"', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('plate', 'vehicle_theft'));

    const next = await texts(client, ['AB-12']);

    expect(next[0]).to.equal(content.render('prompts/errors.plate_format'));
  });
});

describe('pré-plainte: invisible characters in free text (tester12 F14)', () => {
  it('stores the account without controls, bidi override or zero-width space', async () => {
    const world = newWorld();
    const client = newClient(world);
    const script = answers();
    const at = upTo('account').length;
    const account = "Mon vélo\u202e était attaché\u200b devant la gare\u0007, il n'y était plus.";

    await texts(client, [...script.slice(0, at), account, ...script.slice(at + 1)]);

    expect(stored(world)?.content.facts.account)
      .to.equal("Mon vélo était attaché devant la gare, il n'y était plus.");
  });
});
