import { expect } from 'chai';
import { ask, content, newClient, newWorld, texts } from './harness';
import { START, answers, upTo } from './script';

const noted = (kind: string): string => content.render('preComplaint/kind_noted', { kind });
const DANGER_AGAIN = content.render('preComplaint/errors.danger_kind_noted');
const DANGER_FACTS = content.render('prompts/errors.danger_facts');
const KIND = ask('kind');

// a tester's finding: "Une dégradation" at the danger question was noted, then asked again
describe('pré-plainte: the kind of facts typed at the danger question is kept', () => {
  const table: Array<[string, string[], string[]]> = [
    ['Une dégradation', [noted('Une dégradation'), DANGER_AGAIN], [ask('author_known')]],
    ['un vol', [noted('Un vol'), DANGER_AGAIN], [ask('author_known')]],
    ['cambriolage', [noted('Un cambriolage'), DANGER_AGAIN], [ask('author_known')]],
    // no kind of the form: asked after the danger, as the reply said
    ['piratage', [DANGER_FACTS], [KIND]],
  ];
  table.forEach(([said, replies, afterNo]) => {
    it(`"${said}" → ${replies.length} replies; "non" → ${afterNo[0].slice(0, 30)}…`,
      async () => {
        const client = newClient(newWorld());

        await texts(client, [START.answer]);
        const got = await texts(client, [said]);
        const then = await texts(client, ['non']);

        expect(got).to.deep.equal(replies);
        expect(then).to.deep.equal(afterNo);
      });
  });

  it('the kind kept is the one the record holds', async () => {
    const world = newWorld();
    const rest = answers('damage').slice(upTo('authorKnown', 'damage').length);

    await texts(newClient(world), [START.answer, 'Une dégradation', 'non', ...rest]);

    const [record] = [...world.collection.docs.values()];
    expect(record?.content.offence).to.equal('damage');
    expect(DANGER_AGAIN).not.to.match(/juste après/);
  });
});
