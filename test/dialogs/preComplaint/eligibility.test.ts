import { expect } from 'chai';
import { content, newClient, newWorld, texts } from './harness';
import { Kind, START, answers, upTo } from './script';

interface Branch {
  why: string;
  answers: string[];
  orientation: string;
}

const branches: Branch[] = [
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

  it('danger now → the numbers, then a gendarme alerted at emergency priority', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [START.answer, 'oui']);

    expect(replies.slice(-2)).to.deep.equal([
      content.render('preComplaint/orient/emergency'),
      content.render('preComplaint/alerted'),
    ]);
    expect(world.handoffs).to.deep.equal(['emergency']);
    expect(client.dialogTurnResult.result).to.deep.equal(
      { outcome: 'oriented', orientation: 'emergency', next: 'handoff' });
    expect(world.collection.docs.size).to.equal(0);
  });

  // a tester's F9: the one question made to catch danger asked a frightened citizen to
  // rephrase "bah un peu oui il est encore dans le coin"
  for (const said of ['bah un peu oui il est encore dans le coin', 'ben oui',
    'je crois que oui', 'il est encore là', 'non il est encore là']) {
    it(`"${said}" at the danger question is a yes: numbers and a gendarme alerted`,
      async () => {
        const world = newWorld();
        const client = newClient(world);

        const replies = await texts(client, [START.answer, said]);

        expect(replies.slice(-2)).to.deep.equal([
          content.render('preComplaint/orient/emergency'),
          content.render('preComplaint/alerted'),
        ]);
        expect(world.handoffs).to.deep.equal(['emergency']);
      });
  }

  it('a clear no at the danger question goes on to the facts', async () => {
    const world = newWorld();
    const client = newClient(world);

    const replies = await texts(client, [START.answer, 'non pas du tout']);

    expect(world.handoffs).to.deep.equal([]);
    expect(replies.join('\n')).not.to.include(content.render('preComplaint/orient/emergency'));
  });

  it('says what the emergency numbers are', () => {
    expect(content.render('preComplaint/orient/emergency')).to.include('17')
      .and.to.include('112');
  });

  it('refusing consent twice sends nothing and says so; the first "non" is explained',
    async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('consent'));

      const onFirst = await texts(client, ['non']);
      const onSecond = await texts(client, ['non']);

      expect(onFirst.join('\n')).to.include(
        content.render('preComplaint/ask/consent_after_decline'));
      expect(onSecond[onSecond.length - 1])
        .to.equal(content.render('preComplaint/orient/declined'));
      expect(world.collection.docs.size).to.equal(0);
    });

  it('a citizen who said "non" by mistake can still send (a tester lost 20 answers)',
    async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('consent'));

      await texts(client, ['non']);
      await texts(client, ['oui']);

      expect(world.collection.docs.size).to.equal(1);
    });
});

/** The rest of a complete script once the kind is given, vehicle questions included. */
function answersAfter(field: string, kind: Kind): string[] {
  return answers(kind).slice(upTo(field, kind).length + 1);
}

describe("pré-plainte: the kind of offence in the citizen's own words", () => {
  const said: Array<[string, Kind]> = [
    ["on m'a volé mon vélo", 'theft'],
    ["on m'a volé ma voiture", 'vehicle_theft'],
    ['ma voiture a été volée cette nuit', 'vehicle_theft'],
    ['vol dans ma voiture', 'theft_from_vehicle'],
    ['on a cambriolé ma maison', 'burglary'],
    ['ma boîte aux lettres a été cassée', 'damage'],
  ];

  for (const [words, kind] of said) {
    it(`"${words}" is read as ${kind}`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, [...upTo('kind'), words]);

      await texts(client, answersAfter('kind', kind));

      const [record] = [...world.collection.docs.values()];
      expect(record.content.offence).to.equal(kind);
    });
  }
});
