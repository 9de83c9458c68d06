import { expect } from 'chai';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import type { PreComplaintRecord } from '../../../records/types';
import { ask, content, newClient, newWorld, say, texts, type World } from './harness';
import { answers, upTo } from './script';

const directory = loadPostcodeDirectory();
const UNKNOWN = content.render('prompts/errors.commune_unknown');
const PICK = content.render('prompts/errors.commune_pick');
const NEXT = ask('place_details');

const after = (field: string): string[] => answers().slice(upTo(field).length + 1);

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

// a tester's finding: "montpelier" got « Je ne trouve pas cette commune », 34000 worked
describe('pré-plainte: a commune name with a one-letter typo', () => {
  const table: Array<[string, string[]]> = [
    ['Montpelllier', [NEXT]],
    ['Strasbourh', [NEXT]],
    ['saint etiene', [NEXT]],
    ['grenble', [NEXT]],
    // a letter from Montpellier and from Montélier: both offered, none guessed
    ['montpelier', [PICK]],
    // tester20: after "à", the one word that follows is the name
    ['à Montpelllier', [NEXT]],
    ['a montpelier', [PICK]],
    // Marseille is its sixteen arrondissements: the usual question which one
    ['marseile', [content.render('prompts/errors.commune_pick_many', { count: 16 })]],
    // far from any name, or too short to guess
    ['montpeliar zz', [UNKNOWN]],
    ['bordo', [UNKNOWN]],
    ['banane', [UNKNOWN]],
  ];
  table.forEach(([said, replies]) => {
    it(`"${said}" → ${replies[0].slice(0, 40)}…`, async () => {
      const client = newClient(newWorld(), 'test', directory);
      await texts(client, upTo('commune'));

      const got = await texts(client, [said]);

      expect(got).to.deep.equal(replies);
    });
  });

  it('"montpelier" offers Montpellier among the names one letter away', async () => {
    const world = newWorld();
    const client = newClient(world, 'test', directory);
    await texts(client, upTo('commune'));

    const [pick] = await say(client, ['montpelier']);
    const picked = await texts(client, ['Montpellier (34000)']);
    await texts(client, after('commune'));

    expect(pick?.suggestedActions?.actions.map((action) => action.title))
      .to.include('Montpellier (34000)');
    expect(picked).to.deep.equal([NEXT]);
    expect(stored(world)?.content.facts.commune.name).to.equal('Montpellier');
  });
});
