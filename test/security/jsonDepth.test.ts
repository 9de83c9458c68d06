import { expect } from 'chai';
import { MAX_JSON_DEPTH, nestedDeeperThan } from '../../security/jsonDepth';

function arrays(depth: number): unknown {
  return JSON.parse('['.repeat(depth) + ']'.repeat(depth));
}

describe('JSON nesting limit (tester14 F1)', () => {
  it('accepts a body exactly as deep as the limit, and scalars', () => {
    expect(nestedDeeperThan(arrays(MAX_JSON_DEPTH))).to.equal(false);
    expect(nestedDeeperThan({ type: 'message', value: { a: [1, { b: 'c' }] } })).to.equal(false);
    expect(nestedDeeperThan('texte')).to.equal(false);
    expect(nestedDeeperThan(undefined)).to.equal(false);
  });

  it('refuses one level more, and 100,000 levels without overflowing the stack', () => {
    expect(nestedDeeperThan(arrays(MAX_JSON_DEPTH + 1))).to.equal(true);
    expect(nestedDeeperThan({ value: arrays(100_000) })).to.equal(true);
  });
});
