import { expect } from 'chai';
import { parseJsonLines } from '../../nlu/jsonl';

describe('JSON Lines', () => {
  it('gives each record with its line number, blank lines skipped', () => {
    const lines = parseJsonLines('{"a":1}\n\n  \n{"b":2}\n', () => new Error('no'));

    expect(lines).to.deep.equal([{ record: { a: 1 }, line: 1 }, { record: { b: 2 }, line: 4 }]);
  });

  it("reports a line that is not JSON through the caller's own error", () => {
    const parse = () => parseJsonLines('{"a":1}\n{oops\n', (line) => new RangeError(`l${line}`));

    expect(parse).to.throw(RangeError, 'l2');
  });
});
