import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { parseKeysLeft } from '../../../dialogs/procedures/otv/parsers';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

function happy(keys: string): string[] {
  return ['je pars en vacances', '42000', '12 rue des Lilas', '20/12', '3 janvier', 'maison',
    'portail vert, chien gentil', 'non', 'Camille Martin', '06 12 34 56 78',
    'Claire Durand 07 98 76 54 32', keys, 'Clio grise AB-123-CD'];
}

// tester13's F13: "oui a ma soeur" was read back "Clés laissées à quelqu'un : Oui"
describe('OTV: who has the keys', () => {
  const table: Array<[string, boolean | string | undefined]> = [
    ['oui a ma soeur', 'a ma soeur'],
    ['oui, chez la voisine du 3e', 'chez la voisine du 3e'],
    ['à mon fils', 'à mon fils'],
    ['oui', true],
    ['non', false],
    ['peut-être', undefined],
  ];
  for (const [said, expected] of table) {
    it(`"${said}" reads ${String(expected)}`, () => {
      const answer = parseKeysLeft(said);
      expect(answer.ok ? answer.value : undefined).to.equal(expected);
    });
  }

  it('keeps who in the summary and in the request', async () => {
    const collection = new MemoryCollection<OtvRequest>();
    const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-1' });
    const { dialog } = otvProcedure({ content, postcodes, clock: () => NOW, store });

    const texts = await replies(procedureClient(dialog), [...happy('oui a ma soeur'), 'oui']);

    expect(texts.join('\n')).to.include("- Clés laissées à quelqu'un : Oui (a ma soeur)");
    const [request] = await collection.find({});
    expect(request.content).to.deep.include({ keysLeft: true, keysHolder: 'a ma soeur' });
  });
});
