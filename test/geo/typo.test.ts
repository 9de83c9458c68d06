import { expect } from 'chai';
import { loadPostcodeDirectory } from '../../geo/postcodes';
import { oneEditApart } from '../../geo/typo';

describe('commune names one letter away', () => {
  const table: Array<[string, string, boolean]> = [
    ['montpelier', 'montpellier', true],
    ['montpelllier', 'montpellier', true],
    ['montpellier', 'montpellier', false],
    ['strasbourh', 'strasbourg', true],
    ['grenbole', 'grenoble', true],
    ['montpeiller', 'montpellier', false],
    ['rennes', 'renne', true],
    ['brest', 'bresta', true],
    ['lyon', 'nancy', false],
  ];
  table.forEach(([typed, name, near]) => {
    it(`"${typed}" / "${name}": ${near ? 'one edit' : 'not one edit'}`, () => {
      expect(oneEditApart(typed, name)).to.equal(near);
    });
  });

  it('answers from the shipped table in a few milliseconds, even under "s"', () => {
    const directory = loadPostcodeDirectory();
    const started = process.hrtime.bigint();
    const found = directory.namesOneEditFrom('saint etiene', 3);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;

    expect(found).to.deep.equal(['saint etienne']);
    expect(ms).to.be.below(50);
  });
});
