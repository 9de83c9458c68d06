import { expect } from 'chai';
import { POLICE_ZONE_DEPARTMENTS, inPoliceZone } from '../../geo/policeZone';

// Paris and its inner suburbs have no brigade: the OTV, the pré-plainte's appointment and the
// nearest brigade point to the commissariat there (t83)
describe('police zone: the departments the police nationale alone covers', () => {
  it('lists Paris and the three inner suburbs', () => {
    expect(POLICE_ZONE_DEPARTMENTS).to.deep.equal(['75', '92', '93', '94']);
  });

  const table: Array<[string, boolean]> = [
    ['75011', true], ['75116', true], ['92100', true], ['93200', true], ['94000', true],
    ['94390', true], ['77300', false], ['78000', false], ['91000', false], ['95100', false],
    ['35000', false], ['69003', false], ['97400', false], ['20000', false], ['7501', false],
    ['', false], ['75 011', false],
  ];
  for (const [postcode, police] of table) {
    it(`"${postcode}" → ${police ? 'police' : 'gendarmerie or unknown'}`, () => {
      expect(inPoliceZone(postcode)).to.equal(police);
    });
  }
});
