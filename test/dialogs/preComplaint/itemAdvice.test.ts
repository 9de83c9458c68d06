import { expect } from 'chai';
import { content, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const CARD = content.render('preComplaint/advice/stolen_card');
const PAPERS = content.render('preComplaint/advice/stolen_papers');
const DONE = "c'est tout";

/** What follows the list of items in the theft script: the question after it. */
async function afterList(items: string[], kind: 'theft' | 'damage' = 'theft'):
Promise<string[]> {
  const client = newClient(newWorld());
  await texts(client, upTo('item', kind));
  await texts(client, items);
  return texts(client, [DONE]);
}

// a tester's finding: a stolen bank card and identity card were listed, and the citizen
// was never told to block the card, nor that the ID card's theft is declared here
describe('pré-plainte: advice on stolen cards and papers, once the items are listed', () => {
  const table: Array<[string[], string[]]> = [
    [['carte bancaire', '0'], [CARD]],
    [["ma carte d'identité", '25'], [PAPERS]],
    [['portefeuille avec ma CB et ma carte d identité', '50', 'chéquier', '0'],
      [`${CARD}\n\n${PAPERS}`]],
    [['passeport', '86'], [PAPERS]],
    [['vélo de course bleu', '450'], []],
    [['carte de fidélité', '0'], []],
  ];
  table.forEach(([items, said]) => {
    const listed = items.filter((_, at) => at % 2 === 0).join(', ');
    it(`${listed} → ${said.length > 0 ? 'advice' : 'no advice'}`,
      async () => {
        const next = (await afterList(['vélo', '10'])).slice(-1);

        const replies = await afterList(items);

        expect(replies).to.deep.equal([...said, ...next]);
      });
  });

  it('names the interbank line, and where the papers are made again', () => {
    expect(CARD).to.match(/0 892 705 705/);
    expect(PAPERS).to.match(/mairie/);
  });

  it('gives none for damaged items', async () => {
    const replies = await afterList(['carte bancaire', '0'], 'damage');

    expect(replies.join('\n')).not.to.include(CARD);
  });
});
