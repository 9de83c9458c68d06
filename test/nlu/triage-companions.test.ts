import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { numbersWithCompanions } from '../../nlu/triage-companions';

const triage = createTriage();
const numbersOf = (text: string) => triage.assess(normalize(text)).numbers;

describe('companion numbers: the services that often bring the same help', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['a body to rescue also shows the firemen', 'mon pere est tombe dans l escalier il saigne',
      ['15', '112', '18']],
    ['someone pinned also shows the SAMU', 'mon frere est coince dans l ascenseur',
      ['18', '112', '15']],
    ['a swimmer off a beach also shows the firemen', 'un nageur est emporte au large',
      ['196', '112', '18']],
    ['a fire keeps its own numbers', 'le feu a pris dans la cuisine', ['18', '112']],
    ['violence keeps its own numbers', 'il me frappe la maintenant', ['17', '112']],
  ];

  cases.forEach(([behaviour, text, numbers]) => {
    it(`${behaviour}: "${text}"`, () => expect(numbersOf(text)).to.deep.equal(numbers));
  });

  it('keeps the most fitting number first and shows a number once', () => {
    const own = (situation: string) => (situation === 'medical' ? ['15', '112'] : ['18', '112']);

    expect(numbersWithCompanions(['medical', 'fire'], own)).to.deep.equal(['15', '112', '18']);
  });
});
