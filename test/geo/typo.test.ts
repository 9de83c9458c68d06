import { expect } from 'chai';
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

});
