import { expect } from 'chai';
import type { Draft } from '../../../dialogs/preComplaint/draft';
import { summaryRows } from '../../../dialogs/preComplaint/summary';
import { content } from './harness';

const RENNES = { inseeCode: '35238', name: 'Rennes', postcode: '35000' };

function addressOf(street: string): string | undefined {
  const draft: Draft = { street, homeCommune: RENNES };
  return summaryRows(content, draft).find((row) => row.label === 'Adresse')?.value;
}

describe('pré-plainte summary: the address (tester12 F8)', () => {
  const cases: Array<[string, string]> = [
    ['12 rue de Brest', '12 rue de Brest, 35000 Rennes'],
    ['12 rue de Brest 35000 Rennes', '12 rue de Brest 35000 Rennes'],
    ['12 rue de Brest, 35000 RENNES', '12 rue de Brest, 35000 RENNES'],
    // the postcode alone is not the town: the town is added
    ['12 rue de Brest 35000', '12 rue de Brest 35000, 35000 Rennes'],
    ['3 rue <b>de</b> Rennes 35000 Rennes', '3 rue &lt;b&gt;de&lt;/b&gt; Rennes 35000 Rennes'],
  ];
  for (const [street, shown] of cases) {
    it(`"${street}" is shown "${shown}"`, () => {
      expect(addressOf(street)).to.equal(shown);
    });
  }
});
