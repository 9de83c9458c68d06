import { expect } from 'chai';
import type { Parsed } from '../../../dialogs/prompts/parsed';

/** What a citizen says, and what the parser must make of it. */
export type Table<V> = ReadonlyArray<[string, Parsed<V>]>;

/** One spec per row: the parser's answer to what was said. */
export function specify<V>(name: string, parse: (text: string) => Parsed<V>,
  table: Table<V>): void {
  describe(name, () => {
    for (const [said, expected] of table) {
      it(`${JSON.stringify(said)} → ${JSON.stringify(expected)}`, () => {
        expect(parse(said)).to.deep.equal(expected);
      });
    }
  });
}

export const ok = <V>(value: V): Parsed<V> => ({ ok: true, value });
export const ko = <V>(error: string): Parsed<V> =>
  ({ ok: false, error: `prompts/errors.${error}` });
