import { expect } from 'chai';
import { content, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const UNKNOWN = content.render('prompts/errors.unknown');

// a tester's finding: markup alone was read as words; at a question, it answers nothing
describe('pré-plainte: markup alone is no answer', () => {
  const table: Array<[string, string]> = [
    ['account', '<script>alert(1)</script>'],
    ['placeDetails', '<b></b>'],
    ['evidence', '<img src=x onerror=alert(1)>'],
  ];
  table.forEach(([field, said]) => {
    it(`"${said}" at ${field} → ${UNKNOWN.slice(0, 30)}…`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo(field));

      const replies = await texts(client, [said]);

      expect(replies).to.deep.equal([UNKNOWN]);
    });
  });
});
