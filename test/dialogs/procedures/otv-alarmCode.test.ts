import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { MASK, maskAlarmCodes } from '../../../dialogs/procedures/otv/alarmCode';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = loadPostcodeDirectory();

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);
const T = 'procedures/otv';
const WARNING = content.render(`${T}/alarm_code`);

const UP_TO_HOME = ['je pars en vacances', '42000', '12 rue des Lilas', '20/12', '3 janvier'];
const AFTER_ACCESS = ['oui', 'Camille Martin', '06 12 34 56 78', 'personne', 'non', 'non'];

function start() {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-99' });
  const { dialog } = otvProcedure({ content, postcodes, clock: () => NOW, store });
  return { collection, client: procedureClient(dialog) };
}

// tester26: an alarm code typed at the access question was kept and shown in the summary
describe('OTV: an alarm code typed with the access information', () => {
  const masked: Array<[string, string]> = [
    ['code alarme 4589', `code alarme ${MASK}`],
    ['digicode 12A34 alarme 0000', `digicode 12A34 alarme ${MASK}`],
    ["Code de l'alarme : 9876#", `Code de l'alarme : ${MASK}`],
    ["0000 pour l'alarme, portail vert", `${MASK} pour l'alarme, portail vert`],
    ["l'alrme c'est 4589", `l'alrme c'est ${MASK}`],
    ['allarme 2580 et chien gentil', `allarme ${MASK} et chien gentil`],
    ["l'alarme a pour code 1357.", `l'alarme a pour code ${MASK}.`],
    ['portail 1234 alarm 5678', `portail 1234 alarm ${MASK}`],
  ];
  for (const [said, kept] of masked) {
    it(`"${said}" is kept as "${kept}"`, () => {
      expect(maskAlarmCodes(said)).to.deep.equal({ text: kept, masked: true });
    });
  }

  const untouched = ['digicode 12A34', 'portail vert, 2e étage', 'alarme oui',
    'bâtiment B, porte 305', 'alarme installée en 2019', 'code portail 4589, pas d\'alarme',
    'interphone au nom de Martin'];
  for (const said of untouched) {
    it(`"${said}" holds no alarm code: kept as typed`, () => {
      expect(maskAlarmCodes(said)).to.deep.equal({ text: said, masked: false });
    });
  }

  it('warns, then asks the next question; the summary and the record hold no digit of it',
    async () => {
      const { collection, client } = start();
      await replies(client, [...UP_TO_HOME, 'une maison']);

      const atAccess = await replies(client, ['digicode 12A34 alarme 0000']);
      const end = await replies(client, AFTER_ACCESS);
      await replies(client, ['oui']);

      expect(atAccess).to.deep.equal([WARNING, content.render(`${T}/ask_alarm`)]);
      expect(end.join('\n')).to.include(`- Accès : digicode 12A34 alarme ${MASK}`)
        .and.not.to.include('0000');
      const [request] = await collection.find({});
      expect(JSON.stringify(request)).not.to.include('0000');
    });

  it('warns when the code comes with the kind of home, and keeps it nowhere', async () => {
    const { collection, client } = start();
    await replies(client, UP_TO_HOME);

    const atHome = await replies(client, ['une maison, portail bleu, code alarm 4589']);
    await replies(client, ['rien', ...AFTER_ACCESS, 'oui']);

    expect(atHome[0]).to.equal(WARNING);
    const [request] = await collection.find({});
    expect(JSON.stringify(request)).not.to.include('4589');
  });

  it('says nothing of codes when the access holds none', async () => {
    const { client } = start();
    await replies(client, [...UP_TO_HOME, 'une maison']);

    const atAccess = await replies(client, ['digicode 12A34, chien dans le jardin']);

    expect(atAccess).to.deep.equal([content.render(`${T}/ask_alarm`)]);
  });
});
