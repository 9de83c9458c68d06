import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = loadPostcodeDirectory();
const NOW = new Date(2026, 11, 4, 10, 0);
const T = 'procedures/otv';
const UP_TO_HOME = ['je pars en vacances', '42000', '12 rue des Lilas', '20/12', '3 janvier'];

function start() {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-99' });
  const { dialog } = otvProcedure({ content, postcodes, clock: () => NOW, store });
  return procedureClient(dialog);
}

// t99: "ok" at the access question was kept and shown as « Accès : ok »
describe('OTV: a bare yes, ok or emoji at the access question', () => {
  for (const said of ['ok', 'oui', 'ouais 👍', '👍', '?!']) {
    it(`"${said}": the hint and the access question again, every time`, async () => {
      const client = start();
      await replies(client, [...UP_TO_HOME, 'une maison']);

      const first = await replies(client, [said]);
      const second = await replies(client, [said]);

      const expected = [content.render('prompts/errors.bare_reply'),
        content.render(`${T}/ask_access`)];
      expect(first).to.deep.equal(expected);
      expect(second).to.deep.equal(expected);
    });
  }

  for (const said of ['non', 'rien', 'portail vert']) {
    it(`"${said}" is an answer: the alarm is asked next`, async () => {
      const client = start();
      await replies(client, [...UP_TO_HOME, 'une maison']);

      const next = await replies(client, [said]);

      expect(next).to.deep.equal([content.render(`${T}/ask_alarm`)]);
    });
  }
});
