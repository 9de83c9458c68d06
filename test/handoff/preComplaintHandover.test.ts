import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { harness } from '../bots/harness';
import { captureLogs } from '../helpers/logCapture';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { content, newClient, newWorld, texts } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { ApiFixture } from './apiFixture';

/**
 * A citizen in the pré-plainte, having given `answers`, whose "parler à un gendarme"
 * reaches the real handoff part.
 */
async function handOverAfter(fx: ApiFixture, answers: string[]): Promise<Record<string, unknown>> {
  const forms = newWorld();
  forms.gate = fx.w.handoff.gate;
  const citizen = newClient(forms);
  await texts(citizen, answers);

  await texts(citizen, ['parler à un gendarme']);

  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [queued] = Array.isArray(queue.body.conversations) ? queue.body.conversations : [];
  const detail = await fx.client.call('GET',
    `/api/agent/conversations/${encodeURIComponent(String(queued?.id))}`);
  return detail.body;
}

/** The same, at the question of `field` of the usual script. */
const handOverAt = (fx: ApiFixture, field: string) => handOverAfter(fx, upTo(field));

describe('pré-plainte handed over: the gendarme gets the answers already given', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('passes the facts, date, place and goods, in the order of the form', async () => {
    const detail = await handOverAt(fx, 'evidence');

    expect(detail).to.deep.include({ topic: 'procedure.pre_complaint',
      reason: 'user_request', state: 'queued' });
    expect(detail.collected).to.deep.equal({
      Faits: 'Un vol',
      'Auteur connu': 'non',
      Date: 'le 10/03/2026 à 22:00 (« hier soir vers 22h »)',
      Lieu: 'Rennes (35000) – devant la gare',
      Récit: "Mon vélo était attaché devant la gare, il n'y était plus.",
      Objets: 'vélo de course bleu : 450 €',
    });
  });

  it('shows a question not yet answered as nothing, not as an empty row', async () => {
    const detail = await handOverAt(fx, 'placeDetails');

    expect(detail.collected).to.deep.equal({ Faits: 'Un vol', 'Auteur connu': 'non',
      Date: 'le 10/03/2026 à 22:00 (« hier soir vers 22h »)', Lieu: 'Rennes (35000)' });
  });

  it("shows the citizen's « non » about the author, a no being an answer too", async () => {
    const detail = await handOverAt(fx, 'date');

    expect(detail.collected).to.deep.equal({ Faits: 'Un vol', 'Auteur connu': 'non' });
  });

  it('passes « ne sait pas » for an author the citizen is unsure of, not a « non »',
    async () => {
      const detail = await handOverAfter(fx, [...upTo('authorKnown'), 'jsp']);

      expect(detail.collected).to.deep.equal({ Faits: 'Un vol', 'Auteur connu': 'ne sait pas' });
    });

  it('gives the gendarme the identity too, and the logs none of it', async () => {
    const { lines, stop } = captureLogs();
    let detail: Record<string, unknown>;
    try {
      detail = await handOverAt(fx, 'phone');
    } finally {
      stop();
    }

    expect(detail.collected).to.deep.include({
      Identité: 'Camille Martin, né(e) le 14/07/1985 à Quimper',
      Adresse: '3 rue de la Paix, 35000 Rennes',
      Déposant: 'la victime elle-même',
    });
    const logged = lines.join('\n');
    expect(logged).to.include('"interruption":"handoff"');
    for (const secret of ['Camille', 'Martin', 'Quimper', 'Paix', 'vélo', 'gare', '1985']) {
      expect(logged, secret).not.to.include(secret);
    }
  });

  it('queues without answers when none was given yet', async () => {
    const detail = await handOverAt(fx, 'danger');

    expect(detail).to.deep.include({ topic: 'procedure.pre_complaint', collected: null });
  });

  it('does the same inside the whole assistant, whose router hosts the form', async () => {
    const forms = newWorld();
    const bot = await harness({
      known: [{ text: 'je veux porter plainte', topic: 'procedure.pre_complaint', score: 0.95 }],
      procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory,
        store: forms.store, clock: () => forms.clock.now })],
    });
    for (const answer of ['je veux porter plainte', ...upTo('account').slice(1)]) {
      await bot.texts(answer);
    }

    await bot.texts('parler à un gendarme');

    expect(bot.gate.requests).to.deep.equal([{ reason: 'user_request', priority: 'normal' }]);
    expect(bot.gate.details[0]?.collected).to.have.keys(['Faits', 'Auteur connu', 'Date',
      'Lieu']);
  });
});
