import { expect } from 'chai';
import { ask, content, newClient, newWorld, say, texts } from './harness';
import { answers, upTo } from './script';

describe('pré-plainte: summary and correction', () => {
  it('changes one answer from the summary without starting over', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('review'));

    const replies = await texts(client, ['Modifier une réponse', 'Mon téléphone',
      '07 11 22 33 44']);
    const done = await texts(client, ['Tout est correct', 'oui']);

    expect(replies[0]).to.equal(ask('review_section'));
    expect(replies[1]).to.equal(ask('phone'));
    expect(replies[2]).to.include('- Téléphone : 07 11 22 33 44');
    expect(replies[3]).to.equal(ask('review'));
    expect(done[done.length - 1]).to.include('Votre pré-plainte est envoyée');
    const [record] = [...world.collection.docs.values()];
    expect(record.content.contact.phone).to.equal('+33711223344');
    expect(record.content.person.lastName).to.equal('Martin');
  });

  it('asks the vehicle questions when the kind of offence is changed to a vehicle theft',
    async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('review'));

      const replies = await texts(client, ['Modifier une réponse', 'Le type de faits',
        'Un vol de véhicule', 'AB-123-CD', 'Clio rouge']);

      expect(replies.slice(2, 4)).to.deep.equal([ask('plate'), ask('vehicle_description')]);
      expect(replies[4]).to.include('- Véhicule : AB-123-CD, Clio rouge');
    });

  it('shows the summary as an Adaptive Card in Web Chat', async () => {
    const client = newClient(newWorld(), 'webchat');

    const replies = await say(client, upTo('review'));

    const card = replies[replies.length - 2];
    expect(card.attachments?.[0].contentType).to.equal('application/vnd.microsoft.card.adaptive');
    const json = JSON.stringify(card.attachments?.[0].content);
    expect(json).to.include('06 12 34 56 78');
    expect(json).to.include("n'y était plus").and.not.to.include('&#x27;');
  });

  it('escapes markup the citizen typed in the text summary', async () => {
    const client = newClient(newWorld());
    const script = answers();
    script[script.indexOf('devant la gare')] = 'devant <b>la gare</b>';

    const replies = await texts(client, script.slice(0, script.indexOf('Tout est correct')));

    expect(replies.join('\n')).to.include('devant &lt;b&gt;la gare&lt;/b&gt;');
  });

  it('cannot be changed once submitted: the next message starts a new one', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, answers());
    const [before] = [...world.collection.docs.values()];

    const next = await texts(client, ['Modifier une réponse']);

    expect(next[0]).to.equal(content.render('preComplaint/intro'));
    expect([...world.collection.docs.values()]).to.deep.equal([before]);
  });
});
