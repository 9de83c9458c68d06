import { expect } from 'chai';
import { MAX_TEXT_LENGTH } from '../../../directline/incoming';
import { MAX_ACCOUNT_LENGTH } from '../../../records/types';
import { ask, error, newClient, newWorld, texts } from './harness';
import { fullScript, upTo } from './script';

const SENTENCE = "Mon vélo était attaché devant la gare avec un antivol, il n'y était plus. ";

/** An account of exactly `length` characters, ending on a letter (trimming keeps it whole). */
function accountOf(length: number): string {
  const long = SENTENCE.repeat(Math.ceil(length / SENTENCE.length) + 1);
  return `${long.slice(0, length - 1)}x`;
}

/** The answers after the account, to the submission. */
function afterAccount(): string[] {
  const script = fullScript();
  return script.slice(script.findIndex((step) => step.field === 'account') + 1)
    .map((step) => step.answer);
}

// an account over 3,000 characters was refused without the limit being said, though Web
// Chat's box takes 5,000 (t83)
describe('pré-plainte: the account holds what one message can carry', () => {
  const table: Array<[number, 'kept' | 'limit said']> = [
    [2_999, 'kept'],
    [3_001, 'kept'],
    [5_000, 'kept'],
    [5_001, 'limit said'],
  ];
  for (const [length, outcome] of table) {
    it(`${length} characters: ${outcome}`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('account'));

      const replies = await texts(client, [accountOf(length)]);

      const expected = outcome === 'kept' ? ask('item_first', { damage: false })
        : error('preComplaint/errors.account_too_long');
      expect(replies).to.deep.equal([expected]);
    });
  }

  it('says the limit in figures, the one of the Direct Line and the record', () => {
    expect(MAX_ACCOUNT_LENGTH).to.equal(MAX_TEXT_LENGTH);
    expect(error('preComplaint/errors.account_too_long')).to.include('5 000 caractères');
  });

  it('keeps a 5,000-character account whole in the record', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('account'));

    await texts(client, [accountOf(5_000), ...afterAccount()]);

    const [record] = [...world.collection.docs.values()];
    expect(record?.content.facts.account).to.equal(accountOf(5_000));
  });

  it('asks again after a too long account, and takes a shorter one', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('account'));
    await texts(client, [accountOf(6_000)]);

    const replies = await texts(client, [accountOf(400)]);

    expect(replies).to.deep.equal([ask('item_first', { damage: false })]);
  });
});
