import { expect } from 'chai';
import type { PreComplaintRecord } from '../../../records/types';
import { ask, content, error, newClient, newWorld, texts, World } from './harness';
import { answers, upTo } from './script';

/** The answers after `field`'s own, to finish the pré-plainte from there. */
const after = (field: string): string[] => answers().slice(upTo(field).length + 1);

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

describe('pré-plainte: a request for a human with extra words, at the free-text account', () => {
  const requests = ['jveux parler a un vrai gendarme', 'une vraie personne svp',
    'un humain svp', 'un agent', 'je veux parler à une vraie personne'];
  requests.forEach((said) => {
    it(`"${said}" hands over and is not stored as the account`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('account'));

      await texts(client, [said]);
      await texts(client, answers().slice(upTo('account').length));

      expect(world.handoffs).to.deep.equal(['user_request']);
      expect(stored(world)?.content.facts.account).to.equal(answers()[upTo('account').length]);
    });
  });
});

describe('pré-plainte: yes / no as citizens type it', () => {
  const authorKnown: Array<[string, string]> = [
    ['nn', ask('date')], ['nan', ask('date')], ['nan jsais pas ki c', ask('date')],
    ['jsp', ask('date')], ['je sais pas', ask('date')],
    ['oui', content.render('preComplaint/orient/author_known')],
  ];
  authorKnown.forEach(([said, next]) => {
    it(`"${said}" at "connaissez-vous l'auteur ?" leads to: ${next.slice(0, 40)}…`,
      async () => {
        const client = newClient(newWorld());
        await texts(client, upTo('authorKnown'));

        const replies = await texts(client, [said]);

        expect(replies[0]).to.equal(next);
      });
  });

  // never a no; since a fresh tester's round, a first doubt gets the advice to call the 17
  // and the question again, a second one is read as danger
  it('"jsp" and "peut-être" at "êtes-vous en danger ?" are never a no', async () => {
    for (const said of ['jsp', 'peut-être']) {
      const client = newClient(newWorld());
      await texts(client, upTo('danger'));

      const first = await texts(client, [said]);
      const second = await texts(client, [said]);

      expect(first).to.deep.equal([content.render('prompts/errors.danger_unsure')]);
      expect(second[0]).to.equal(content.render('preComplaint/orient/emergency'));
    }
  });
});

describe('pré-plainte: answers given at the wrong question', () => {
  const dates: Array<[string, string]> = [
    ['4 rue de la mairie', error('prompts/errors.date_address')],
    ['12 avenue Jean Jaurès', error('prompts/errors.date_address')],
    ['le 4', ask('commune')],
  ];
  dates.forEach(([said, reply]) => {
    it(`"${said}" at "quand ?" → ${reply.slice(0, 40)}…`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('date'));

      const replies = await texts(client, [said]);

      expect(replies[replies.length - 1]).to.equal(reply);
    });
  });

  const birthPlaces: Array<[string, string]> = [
    ['a lyon', 'Lyon'], ['à Lyon', 'Lyon'], ['je suis né à Brest', 'Brest'],
    ['au Mans', 'Le Mans'], ['Quimper', 'Quimper'], ['Aix-en-Provence', 'Aix-en-Provence'],
  ];
  birthPlaces.forEach(([said, place]) => {
    it(`"${said}" as the birthplace is stored as "${place}"`, async () => {
      const world = newWorld();
      await texts(newClient(world), [...upTo('birthPlace'), said, ...after('birthPlace')]);

      expect(stored(world)?.content.person.birthPlace).to.equal(place);
    });
  });

  const communes: Array<[string, string]> = [['35000', 'Rennes'], ['rennes', 'Rennes'],
    ['35000 Rennes', 'Rennes'], ['97400', 'Saint-Denis']];
  communes.forEach(([said, commune]) => {
    it(`after "saint" lists communes, "${said}" is taken: ${commune}`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, [...upTo('commune'), 'saint']);

      const replies = await texts(client, [said]);
      await texts(client, after('commune'));

      expect(replies).to.deep.equal([ask('place_details')]);
      expect(stored(world)?.content.facts.commune.name).to.equal(commune);
    });
  });
});

describe('pré-plainte: "laisse tomber" after several answers', () => {
  it('at the second question, cancels at once', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('kind'));

    const replies = await texts(client, ['laisse tomber']);

    expect(replies).to.deep.equal([content.render('bot/cancel')]);
  });

  interface Case { name: string; turns: string[]; replies: string[]; stored: boolean }
  const cases: Case[] = [
    { name: '"oui" cancels', turns: ['laisse tomber', 'oui'], stored: false,
      replies: [content.render('preComplaint/cancel_confirm'), content.render('bot/cancel')] },
    { name: '"annuler" again cancels', turns: ['laisse tomber', 'annuler'], stored: false,
      replies: [content.render('preComplaint/cancel_confirm'), content.render('bot/cancel')] },
    { name: '"non" asks the same question again and keeps every answer',
      turns: ['laisse tomber', 'non', ...answers().slice(upTo('account').length)],
      stored: true,
      replies: [content.render('preComplaint/cancel_confirm'),
        content.render('preComplaint/cancel_kept'), ask('account')] },
    { name: 'an answer to the question instead is asked about again, then "non" goes on',
      turns: ['laisse tomber', ...answers().slice(upTo('account').length, upTo('item').length),
        'non', ...answers().slice(upTo('account').length)], stored: true,
      replies: [content.render('preComplaint/cancel_confirm'),
        content.render('preComplaint/cancel_reask'), content.render('preComplaint/cancel_kept'),
        ask('account')] },
  ];
  cases.forEach(({ name, turns, replies, stored: kept }) => {
    it(`asks « Voulez-vous vraiment abandonner ? » first; ${name}`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('account'));

      const got = await texts(client, turns);

      expect(got.slice(0, replies.length)).to.deep.equal(replies);
      expect(world.collection.docs.size).to.equal(kept ? 1 : 0);
    });
  });
});
