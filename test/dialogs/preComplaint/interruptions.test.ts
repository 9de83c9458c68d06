import { expect } from 'chai';
import { parisInstant } from '../../../dialogs/prompts/parisTime';
import { ask, content, error, newClient, newWorld, say, texts } from './harness';
import { answerOf, answers, upTo } from './script';

describe('pré-plainte: commands at every step', () => {
  it('"annuler", confirmed, ends the pré-plainte and stores nothing', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('phone'));

    const asked = await texts(client, ['annuler']);
    const replies = await texts(client, ['oui']);
    const next = await texts(client, ['bonjour']);

    expect(asked).to.deep.equal([content.render('preComplaint/cancel_confirm')]);
    expect(replies).to.deep.equal([content.render('bot/cancel')]);
    expect(next[0]).to.equal(content.render('preComplaint/intro'));
    expect(world.collection.docs.size).to.equal(0);
  });

  it('"retour" asks the previous question again, and the new answer replaces the old',
    async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('firstName'));

      const back = await texts(client, ['retour']);
      await texts(client, ['Dupont', ...answers().slice(upTo('firstName').length)]);

      expect(back).to.deep.equal([content.render('preComplaint/back'), ask('last_name')]);
      const [record] = [...world.collection.docs.values()];
      expect(record.content.person.lastName).to.equal('Dupont');
    });

  it('"retour" while choosing among several communes asks the commune again', async () => {
    const client = newClient(newWorld());
    await texts(client, [...upTo('commune'), 'Saint-Denis']);

    const back = await texts(client, ['retour']);
    const chosen = await texts(client, ['35000']);

    expect(back).to.deep.equal([content.render('bot/back'), ask('commune')]);
    expect(chosen).to.deep.equal([ask('place_details')]);
  });

  it('"retour" at the first question says there is none before', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('danger'));

    const back = await texts(client, ['retour']);

    expect(back).to.deep.equal([content.render('preComplaint/back_first'), ask('danger')]);
  });

  it('"aide" explains the current question, then asks it again', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('date'));

    const help = await texts(client, ['aide']);

    expect(help).to.deep.equal([content.render('preComplaint/help/date'), ask('date')]);
  });

  it('"recommencer" starts over from the first question with an empty draft', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('phone'));

    const replies = await texts(client, ['recommencer']);

    expect(replies).to.deep.equal([content.render('bot/restart'),
      content.render('preComplaint/intro'), ask('danger')]);
  });

  it('"parler à un gendarme" asks for a handoff and keeps the form where it was', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('phone'));

    await texts(client, ['parler à un gendarme']);
    const after = await texts(client, [answerOf('phone')]);

    expect(world.handoffs).to.deep.equal(['user_request']);
    expect(after).to.deep.equal([ask('email')]);
  });

  it('a word that merely contains a command is an answer, not a command', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('account'));

    const replies = await texts(client, ["j'ai voulu annuler ma carte mais on me l'avait volée"]);

    expect(replies).to.deep.equal([ask('item_first', { damage: false })]);
  });
});

describe('pré-plainte: leaving and coming back', () => {
  it('resumes where the citizen stopped, with a new dialog over the same storage', async () => {
    const world = newWorld();
    await texts(newClient(world), upTo('phone'));

    const restarted = newClient(world);
    await texts(restarted, answers().slice(upTo('phone').length));

    const [record] = [...world.collection.docs.values()];
    expect(record.content.person.firstName).to.equal('Camille');
    expect(record.content.contact.phone).to.equal('+33612345678');
  });

  it('resumes the next day, reading "hier" against the new day', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('date'));

    world.clock.now = parisInstant(2026, 3, 12, 9);
    await texts(newClient(world), answers().slice(upTo('date').length));

    const [record] = [...world.collection.docs.values()];
    expect(record.content.facts.from).to.equal('2026-03-11T21:00:00.000Z');
  });

  it('forgets a draft older than 30 days and starts again', async () => {
    const world = newWorld();
    await texts(newClient(world), upTo('phone'));

    world.clock.now = parisInstant(2026, 4, 11, 15, 1);
    const replies = await texts(newClient(world), [answerOf('phone')]);

    expect(replies).to.deep.equal([content.render('preComplaint/expired'), ask('danger')]);
  });
});

describe('pré-plainte: attachments and ambiguous communes', () => {
  it('keeps the name and type of files sent as evidence, not their content', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('evidence'));

    await say(client, [{
      type: 'message',
      text: 'la photo de la vitre',
      attachments: [{ contentType: 'image/jpeg', name: 'vitre.jpg',
        contentUrl: 'https://files.example/vitre.jpg', content: { size: 2048 } }],
    }]);
    await texts(client, answers().slice(upTo('evidence').length + 1));

    const [record] = [...world.collection.docs.values()];
    expect(record.content.facts.evidence).to.equal('la photo de la vitre');
    expect(record.content.facts.attachments).to.deep.equal([{ name: 'vitre.jpg',
      contentType: 'image/jpeg', size: 2048, url: 'https://files.example/vitre.jpg' }]);
  });

  it('accepts a file sent alone, without words', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('evidence'));

    const replies = await texts(client, [{ type: 'message',
      attachments: [{ contentType: 'video/mp4', name: 'camera.mp4' }] }]);

    expect(replies).to.deep.equal([ask('role')]);
  });

  it('asks which commune when several share the name', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('commune'));

    const pick = await say(client, ['Saint-Denis']);
    const then = await texts(client, ['2']);

    expect(pick[0].text).to.equal(error('prompts/errors.commune_pick'));
    expect(pick[0].suggestedActions?.actions.map((action) => action.title))
      .to.deep.equal(['Saint-Denis (93200)', 'Saint-Denis (97400)']);
    expect(then).to.deep.equal([ask('place_details')]);
  });
});
