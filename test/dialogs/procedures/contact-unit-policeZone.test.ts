import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../../core/paths';
import { contactUnitProcedure } from '../../../dialogs/procedures/contact-unit';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { UnitDirectory } from '../../../geo/units';
import { parseUnitsCsv } from '../../../geo/units-import';
import { content, procedureClient, replies, type Turn } from './harness';

const postcodes = parsePostcodeTable([
  '42095\t42700\tFirminy\t45.38\t4.29\t',
  '75111\t75011\tParis 11\t48.85942\t2.37874\tParis',
  '92012\t92100\tBoulogne Billancourt\t48.83658\t2.23914\t',
  '93066\t93200\tSaint Denis\t48.92957\t2.35924\t',
  '94028\t94000\tCreteil\t48.78374\t2.45464\t',
].join('\n'));

const units = new UnitDirectory(parseUnitsCsv(
  readFileSync(fromRoot('test', 'geo', 'fixtures', 'units.csv'), 'utf8'),
).units);

const policeZone = (name: string, postcode: string): string =>
  content.render('procedures/contact-unit/police_zone', { name, postcode });

// the nearest "brigade" to Paris was one hundreds of kilometres away, in the test list (t83)
describe('nearest brigade: a commune policed by the police nationale', () => {
  const table: Array<[string, Turn[], boolean, string]> = [
    ['a Paris postcode, with the unit list', ['je cherche une brigade', '75011'], true,
      policeZone('Paris 11', '75011')],
    ['a Paris postcode, without it', ['je cherche une brigade', '75011'], false,
      policeZone('Paris 11', '75011')],
    ['a Hauts-de-Seine commune by name', ['brigade', 'Boulogne Billancourt'], true,
      policeZone('Boulogne Billancourt', '92100')],
    ['a Seine-Saint-Denis postcode in the first message', ['une gendarmerie près du 93200'],
      true, policeZone('Saint Denis', '93200')],
    ['a Val-de-Marne commune at the end of the first message',
      ['la gendarmerie la plus proche de creteil'], false, policeZone('Creteil', '94000')],
    ['a location shared in Paris', [{ type: 'message', text: '',
      value: { latitude: 48.8594, longitude: 2.3787 } }], false,
    policeZone('Paris 11', '75011')],
  ];
  for (const [name, turns, withUnits, expected] of table) {
    it(`${name}: the commissariat and the 17, no brigade`, async () => {
      const { dialog } = contactUnitProcedure({ content, postcodes,
        units: withUnits ? units : undefined });

      const texts = await replies(procedureClient(dialog), turns);

      expect(texts[texts.length - 1]).to.equal(expected);
      expect(expected).to.match(/commissariat de police[\s\S]*appelez le 17/);
      expect(texts.join('\n')).not.to.match(/FICTIVE|Commune trouvée/);
    });
  }

  it('elsewhere, the nearest brigades as before', async () => {
    const { dialog } = contactUnitProcedure({ content, postcodes, units });

    const texts = await replies(procedureClient(dialog), ['brigade', '42700']);

    expect(texts[texts.length - 1]).to.match(/proches de Firminy \(42700\)[\s\S]*test B/);
    expect(texts.join('\n')).not.to.include('zone de police');
  });
});
