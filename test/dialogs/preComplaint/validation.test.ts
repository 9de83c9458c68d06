import { expect } from 'chai';
import { ask, content, error, newClient, newWorld, texts } from './harness';
import { Kind, answerOf, upTo } from './script';

interface Failure {
  field: string;
  bad: string;
  error: string;
  kind?: Kind;
  /** What the next question is, once the good answer is given. */
  then: string;
}

const failures: Failure[] = [
  { field: 'kind', bad: 'autre chose', error: 'prompts/errors.choice_unknown',
    then: ask('author_known') },
  { field: 'date', bad: 'demain', error: 'prompts/errors.date_future', then: ask('commune') },
  { field: 'date', bad: 'je ne sais plus', error: 'prompts/errors.date_forgotten',
    then: ask('commune') },
  { field: 'date', bad: 'vers 22h', error: 'prompts/errors.date_day_missing',
    then: ask('commune') },
  { field: 'date', bad: 'samedi prochain', error: 'prompts/errors.date_future',
    then: ask('commune') },
  { field: 'date', bad: 'le 15', error: 'prompts/errors.date_month_missing',
    then: ask('commune') },
  { field: 'commune', bad: 'Atlantide', error: 'prompts/errors.commune_unknown',
    then: ask('place_details') },
  { field: 'commune', bad: '99999', error: 'prompts/errors.commune_unknown',
    then: ask('place_details') },
  { field: 'account', bad: 'vol', error: 'prompts/errors.text_too_short',
    then: ask('item_first', { damage: false }) },
  { field: 'itemValue', bad: 'beaucoup', error: 'prompts/errors.amount_format',
    then: ask('item_more') },
  { field: 'itemValue', bad: '-30', error: 'prompts/errors.amount_negative',
    then: ask('item_more') },
  { field: 'plate', bad: 'ma voiture', error: 'prompts/errors.plate_format',
    kind: 'vehicle_theft', then: ask('vehicle_description') },
  { field: 'evidence', bad: '.', error: 'preComplaint/errors.evidence_empty',
    then: ask('role') },
  { field: 'role', bad: 'mon chat', error: 'prompts/errors.choice_unknown',
    then: ask('last_name') },
  { field: 'lastName', bad: 'R2D2', error: 'prompts/errors.name_format',
    then: ask('first_name') },
  { field: 'lastName', bad: 'oui', error: 'prompts/errors.name_not_a_name',
    then: ask('first_name') },
  { field: 'lastName', bad: 'non', error: 'prompts/errors.name_refused',
    then: ask('first_name') },
  { field: 'firstName', bad: 'pourquoi ?', error: 'prompts/errors.name_why',
    then: ask('birth_date') },
  { field: 'firstName', bad: 'jsp', error: 'prompts/errors.name_not_a_name',
    then: ask('birth_date') },
  { field: 'birthDate', bad: '14/07/2015', error: 'preComplaint/errors.minor_filer',
    then: ask('birth_place') },
  { field: 'birthDate', bad: '31/02/1985', error: 'prompts/errors.date_invalid_day',
    then: ask('birth_place') },
  { field: 'birthDate', bad: 'en 1985', error: 'prompts/errors.birth_date_format',
    then: ask('birth_place') },
  { field: 'homeCommune', bad: 'Atlantide', error: 'prompts/errors.commune_unknown',
    then: ask('phone') },
  { field: 'phone', bad: '12345', error: 'prompts/errors.phone_format', then: ask('email') },
  { field: 'phone', bad: '+44 20 7946 0958', error: 'prompts/errors.phone_foreign',
    then: ask('email') },
  { field: 'phone', bad: '08 99 12 34 56', error: 'prompts/errors.phone_service',
    then: ask('email') },
  { field: 'email', bad: 'camille.exemple.fr', error: 'prompts/errors.email_no_at',
    then: ask('callback') },
  { field: 'email', bad: 'camille@exemple', error: 'prompts/errors.email_format',
    then: ask('callback') },
  { field: 'callback', bad: 'jamais', error: 'prompts/errors.choice_unknown',
    then: ask('review') },
  { field: 'consent', bad: 'bof', error: 'prompts/errors.yes_no',
    then: 'Votre pré-plainte est envoyée' },
];

describe('pré-plainte: every bad answer gets its own explanation, then the form goes on', () => {
  for (const failure of failures) {
    it(`${failure.field}: "${failure.bad}" → ${failure.error}`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo(failure.field, failure.kind));

      const onBad = await texts(client, [failure.bad]);
      const onGood = await texts(client, [answerOf(failure.field, failure.kind)]);

      expect(onBad).to.deep.equal([error(failure.error)]);
      expect(onGood.join('\n')).to.include(failure.then);
    });
  }

  it('a parent files for a minor: the child must be under 18', async () => {
    const client = newClient(newWorld());
    await texts(client, [...upTo('role'), "Je suis le parent d'un mineur victime", 'Martin',
      'Léo']);

    const adult = await texts(client, ['14/07/1985']);
    const child = await texts(client, ['14/07/2015']);

    expect(adult).to.deep.equal([error('preComplaint/errors.not_minor')]);
    expect(child).to.deep.equal([content.render('preComplaint/ask/last_name')]);
  });
});
