import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

async function run(turns: string[]): Promise<string[]> {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-T' });
  const { dialog } = otvProcedure({ content, postcodes, store, clock: () => NOW });
  return replies(procedureClient(dialog), turns);
}

const UNTIL_ALARM = ['je pars en vacances', '42000', '12 rue des Lilas', 'le 12 janvier',
  'le 26', 'maison', 'portail vert'];

// tester F10: answers of the holiday watch refused though clear
describe('holiday watch: answers given in a sentence or without the month', () => {
  it('"le 26" after a departure "le 12 janvier" is the 26th of January', async () => {
    const texts = await run(UNTIL_ALARM.slice(0, 5));

    expect(texts).not.to.include(content.render('procedures/otv/errors.end_before_start'));
    expect(texts[texts.length - 1]).to.equal(content.render('procedures/otv/ask_home'));
  });

  it('"j\'ai une alarme oui" at « Le logement est-il équipé d\'une alarme ? » is a yes',
    async () => {
      const texts = await run([...UNTIL_ALARM, "j'ai une alarme oui"]);

      expect(texts).not.to.include(content.render('prompts/errors.yes_no'));
      expect(texts[texts.length - 1]).to.equal(content.render('procedures/otv/ask_name'));
    });
});
