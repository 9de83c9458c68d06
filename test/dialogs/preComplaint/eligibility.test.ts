import { expect } from 'chai';
import { content, newClient, newWorld, texts } from './harness';
import { START, upTo } from './script';

interface Branch {
  why: string;
  answers: string[];
  orientation: string;
}

const branches: Branch[] = [
  { why: 'danger now', answers: ['oui'], orientation: 'emergency' },
  { why: 'an offence against a person (button)',
    answers: ['non', 'Des violences, menaces ou harcèlement'], orientation: 'person' },
  { why: 'an offence against a person (own words)',
    answers: ['non', "mon voisin m'a menacée"], orientation: 'person' },
  { why: 'an internet fraud', answers: ['non', 'Une arnaque sur internet'],
    orientation: 'thesee' },
  { why: 'a bank card used while still in hand',
    answers: ['non', "Des paiements avec ma carte, que j'ai toujours"],
    orientation: 'perceval' },
  { why: 'illegal content online', answers: ['non', 'Un contenu illicite en ligne'],
    orientation: 'pharos' },
  { why: 'a known author', answers: ['non', 'Un cambriolage', 'oui'],
    orientation: 'author_known' },
];

describe('pré-plainte: eligibility orients instead of refusing', () => {
  for (const { why, answers, orientation } of branches) {
    it(`${why} → ${orientation}, and nothing is stored`, async () => {
      const world = newWorld();
      const client = newClient(world);

      const replies = await texts(client, [START.answer, ...answers]);

      expect(replies[replies.length - 1])
        .to.equal(content.render(`preComplaint/orient/${orientation}`));
      expect(client.dialogTurnResult.result).to.deep.equal({ outcome: 'oriented', orientation });
      expect(world.collection.docs.size).to.equal(0);
    });
  }

  it('says what the emergency numbers are', () => {
    expect(content.render('preComplaint/orient/emergency')).to.include('17')
      .and.to.include('112');
  });

  it('refusing consent sends nothing and says so', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [...upTo('consent'), 'non']);

    expect(replies[replies.length - 1]).to.equal(content.render('preComplaint/orient/declined'));
    expect(world.collection.docs.size).to.equal(0);
  });
});
