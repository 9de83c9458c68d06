import { expect } from 'chai';
import {
  frenchDay, parseAbsenceDay, parseAbsenceStart,
} from '../../../dialogs/procedures/otv/dates';
import { parseContact, parseStreet, parseVehicles } from '../../../dialogs/procedures/otv/parsers';
import { fakeDirectory } from '../prompts/fakeDirectory';

const street = (text: string) => parseStreet(text, fakeDirectory);

/** Friday 4 December 2026. */
const NOW = new Date(2026, 11, 4, 10, 0);

describe('days of absence', () => {
  const days: Array<[string, string]> = [
    ["aujourd'hui", '2026-12-04'],
    ['demain', '2026-12-05'],
    ['après-demain', '2026-12-06'],
    ['20/12', '2026-12-20'],
    ['le 3 janvier', '2027-01-03'],
    ['1er août 2027', '2027-08-01'],
    ['12-07-27', '2027-07-12'],
    ['4 décembre', '2026-12-04'],
    ['3 décembre', '2027-12-03'],
    ['samedi', '2026-12-05'],
    ['samedi prochain', '2026-12-05'],
    ['vendredi', '2026-12-11'],
    ['dans 3 jours', '2026-12-07'],
    ['dans une semaine', '2026-12-11'],
    ['le 20', '2026-12-20'],
    ['le 2', '2027-01-02'],
    ['le vingt trois décembre', '2026-12-23'],
    ['le premier janvier', '2027-01-01'],
  ];

  days.forEach(([said, iso]) => {
    it(`reads "${said}" as ${iso}`, () => {
      expect(parseAbsenceDay(said, NOW)).to.deep.equal({ ok: true, value: iso });
    });
  });

  const refused: Array<[string, string | undefined, string]> = [
    ['01/12/2026', undefined, 'procedures/otv/errors.date_past'],
    ['5 décembre 2027', undefined, 'procedures/otv/errors.date_too_far'],
    ['31/02', undefined, 'prompts/errors.date_invalid_day'],
    ['13/13', undefined, 'prompts/errors.date_invalid_day'],
    ['bientôt', undefined, 'procedures/otv/errors.date_unknown'],
    ['20/12', '2026-12-20', 'procedures/otv/errors.end_before_start'],
    ['19/12', '2026-12-20', 'procedures/otv/errors.end_before_start'],
  ];

  it('reads a weekday given for the return after the departure, not after today', () => {
    expect(parseAbsenceDay('dimanche', NOW, '2026-12-19'))
      .to.deep.equal({ ok: true, value: '2026-12-20' });
  });

  refused.forEach(([said, after, error]) => {
    it(`refuses "${said}"${after ? ` after ${after}` : ''} with ${error}`, () => {
      expect(parseAbsenceDay(said, NOW, after)).to.deep.equal({ ok: false, error });
    });
  });

  const starts: Array<[string, { from: string; to?: string }]> = [
    ['du 20 au 27 decembre', { from: '2026-12-20', to: '2026-12-27' }],
    ['Du 20 au 27 décembre', { from: '2026-12-20', to: '2026-12-27' }],
    ['20-27 décembre', { from: '2026-12-20', to: '2026-12-27' }],
    ['du 28 décembre au 3 janvier', { from: '2026-12-28', to: '2027-01-03' }],
    ['du 28/12 au 03/01', { from: '2026-12-28', to: '2027-01-03' }],
    ["à partir du 20 décembre jusqu'au 2 janvier", { from: '2026-12-20', to: '2027-01-02' }],
    ['du 30 au 2 janvier', { from: '2026-12-30', to: '2027-01-02' }],
    ['20/12', { from: '2026-12-20' }],
    ['12-07-27', { from: '2027-07-12' }],
    ['du 20 au 27', { from: '2026-12-20', to: '2026-12-27' }],
    ['du samedi 19 au dimanche 27 décembre', { from: '2026-12-19', to: '2026-12-27' }],
    ['du 20 décembre au 3', { from: '2026-12-20', to: '2027-01-03' }],
    ['du vingt au vingt sept décembre', { from: '2026-12-20', to: '2026-12-27' }],
    ['samedi', { from: '2026-12-05' }],
  ];

  starts.forEach(([said, start]) => {
    it(`reads the departure "${said}" as ${JSON.stringify(start)}`, () => {
      expect(parseAbsenceStart(said, NOW)).to.deep.equal({ ok: true, value: start });
    });
  });

  const badStarts: Array<[string, string]> = [
    ['du 20 au bientôt', 'procedures/otv/errors.range_unclear'],
    ['du truc au 27 décembre', 'procedures/otv/errors.range_unclear'],
    ['du 27 au 20 décembre', 'procedures/otv/errors.date_past'],
    ['du 20 décembre au 18 décembre', 'procedures/otv/errors.end_before_start'],
    ['du 10 au 12 décembre 2027', 'procedures/otv/errors.date_too_far'],
  ];

  badStarts.forEach(([said, error]) => {
    it(`refuses the departure "${said}" with ${error}`, () => {
      expect(parseAbsenceStart(said, NOW)).to.deep.equal({ ok: false, error });
    });
  });

  it('writes days the French way', () => {
    expect(frenchDay('2027-01-03')).to.equal('dimanche 3 janvier 2027');
  });
});

describe('holiday watch answers', () => {
  it('finds the phone anywhere in the contact answer', () => {
    expect(parseContact('Claire Durand, tél. 07.98.76.54.32')).to.deep.equal({
      ok: true, value: { name: 'Claire Durand', phone: '+33798765432' },
    });
    expect(parseContact('+33 6 12 34 56 78 Jean-Marc Le Guen')).to.deep.equal({
      ok: true, value: { name: 'Jean-Marc Le Guen', phone: '+33612345678' },
    });
    expect(parseContact('personne')).to.deep.equal({ ok: true, value: null });
  });

  it('refuses a contact without a name or without a phone', () => {
    expect(parseContact('06 12 34 56 78').ok).to.equal(false);
    expect(parseContact('ma voisine').ok).to.equal(false);
  });

  it('needs a real street and keeps "non" as no vehicle', () => {
    expect(street('12').ok).to.equal(false);
    expect(street('ok merci').ok).to.equal(false);
    expect(street("oui d'accord").ok).to.equal(false);
    expect(street('Allée du Bien-Être').ok).to.equal(true);
    expect(street('12 rue des Lilas')).to.deep.equal({ ok: true, value: '12 rue des Lilas' });
    expect(parseVehicles('non')).to.deep.equal({ ok: true, value: '' });
  });
});
