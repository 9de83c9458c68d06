import { expect } from 'chai';
import { parseShortAnswer } from '../../../dialogs/prompts/shortAnswer';

describe('a short free-text answer (street, company, vehicle)', () => {
  for (const said of ['non', 'Non.', 'oui', 'ok', 'rien', 'aucune', 'jsp', 'je sais pas', 'euh']) {
    it(`refuses « ${said} », which says nothing of what was asked`, () => {
      expect(parseShortAnswer(said)).to.deep.equal(
        { ok: false, error: 'prompts/errors.short_no_answer' });
    });
  }

  for (const said of ['Clio grise', 'Non-Stop Taxis', 'rue du Oui', '12 rue des Lilas']) {
    it(`takes « ${said} » as typed`, () => {
      expect(parseShortAnswer(said)).to.deep.equal({ ok: true, value: said });
    });
  }

  it('still refuses a one-letter answer as too short', () => {
    expect(parseShortAnswer('x')).to.deep.equal(
      { ok: false, error: 'prompts/errors.text_too_short' });
  });
});
