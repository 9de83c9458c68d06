import { expect } from 'chai';
import {
  type KeywordAnswer, keywordAnswerFor, referenceIn,
} from '../../../dialogs/common/keywordAnswers';
import { buttons, content, harness, type Said } from '../../bots/harness';

const SAYS: Array<[string, KeywordAnswer | undefined]> = [
  ["finalement je veux retirer ma pré-plainte, j'ai retrouvé mon vélo", 'withdrawPreComplaint'],
  ['annuler la PP-REA6-AAD6 svp', 'withdrawPreComplaint'],
  ['je ne veux plus porter plainte', 'withdrawPreComplaint'],
  ['on ne part plus finalement', 'cancelOtv'],
  ["je voudrais annuler ma demande d'opération tranquillité vacances", 'cancelOtv'],
  ['nos vacances sont annulées', 'cancelOtv'],
  ['ma fille a appelé le 17 par erreur en jouant avec mon téléphone, on va avoir une amende ?',
    'mistakenCall'],
  ["j'ai composé le 112 sans faire exprès", 'mistakenCall'],
  ['on a fait un feu de camp hier soir sur la plage, est-ce autorisé ?', 'beachFire'],
  ['a-t-on le droit de faire un barbecue dans la forêt ?', 'beachFire'],
  ["c'est payant ce service ?", 'serviceFree'],
  ["c'est gratuit ?", 'serviceFree'],
  // a help line's price is that line's, not this service's (tester16 F8)
  ["le 3114 c'est gratuit ?", 'helpLines'],
  ['le 119 c payant ?', 'helpLines'],
  ['appeler le 3919 ça coûte combien, c est gratuit ?', 'helpLines'],
  // look-alikes that keep their own answers
  ['je veux porter plainte', undefined],
  ['je veux faire une pré-plainte', undefined],
  ['je pars en vacances le 12', undefined],
  ["on m'a volé mon sac sur la plage", undefined],
  ['il y a un feu sur la plage', undefined],
  ["le 17 ne répond pas", undefined],
  ["combien coûte une amende pour un excès de vitesse, c'est payant ?", undefined],
  ['je veux retirer ma plainte', undefined],
  ['le 17 cest gratuit depuis un portable ?', undefined],
  ["les numéros d'urgence sont payants ?", undefined],
  // another service's bill is out of scope, never this service's price (tester round 26)
  ["on a appelé les pompiers pour un nid de guêpes, c'est payant ?", undefined],
  ["l'ambulance jusqu'à l'hôpital c'est gratuit ?", undefined],
  ['les sapeurs pompiers ça coûte combien pour un chat dans un arbre', undefined],
  ["le samu faut-il payer s'il se déplace ?", undefined],
];

describe('keyword answers: what the model has no topic for (tester12 F5, F8, F10)', () => {
  for (const [said, answer] of SAYS) {
    it(`"${said}" → ${answer ?? 'no keyword answer'}`, () => {
      expect(keywordAnswerFor(said)).to.equal(answer);
    });
  }

  it('reads "retirer ma plainte" as the pré-plainte only once one was filed here', () => {
    expect(keywordAnswerFor('je veux retirer ma plainte', { filedPreComplaint: true }))
      .to.equal('withdrawPreComplaint');
  });

  it('reads a typed reference in its canonical form', () => {
    expect(referenceIn('je retire la pp rea6 aad6', 'PP')).to.equal('PP-REA6-AAD6');
    expect(referenceIn('OTV-YKGX-W754 annulée', 'OTV')).to.equal('OTV-YKGX-W754');
    expect(referenceIn('ma pré-plainte', 'PP')).to.equal(undefined);
  });
});

/** The model's readings that the tester met: another topic, or nothing sure. */
const READINGS: Said[] = [
  { text: "finalement je veux retirer ma pré-plainte, j'ai retrouvé mon vélo",
    topic: 'faq.complaint_followup', score: 0.95 },
  { text: 'je retire la PP-REA6-AAD6', topic: 'faq.complaint_followup', score: 0.9 },
  { text: 'on ne part plus finalement', topic: 'faq.missing_person', score: 0.25,
    ambiguous: true },
  { text: 'ma fille a appelé le 17 par erreur en jouant avec mon téléphone, on va avoir une '
    + 'amende ?', topic: 'faq.online_scam', score: 0.32 },
  { text: 'on a fait un feu de camp hier soir sur la plage, est-ce autorisé ?', topic: 'none',
    score: 0.46 },
  { text: "c'est payant ce service ?", topic: 'faq.about_service', score: 0.95 },
];

const ROUTED: Array<[string, string, Record<string, string>, string[]]> = [
  [READINGS[0].text, 'withdrawPreComplaint', { reference: '' }, ['Parler à un gendarme']],
  [READINGS[1].text, 'withdrawPreComplaint', { reference: 'PP-REA6-AAD6' },
    ['Parler à un gendarme']],
  [READINGS[2].text, 'cancelOtv', { reference: '' }, ['Parler à un gendarme']],
  [READINGS[3].text, 'mistakenCall', {}, []],
  [READINGS[4].text, 'beachFire', {}, []],
  [READINGS[5].text, 'serviceFree', {}, []],
];

describe('the router gives the keyword answers, whatever the model read', () => {
  for (const [said, answer, data, offered] of ROUTED) {
    it(`"${said}" → answers/${answer}`, async () => {
      const bot = await harness({ known: READINGS });

      const [reply] = await bot.say(said);

      expect(reply.text).to.equal(content.render(`answers/${answer}`, data));
      expect(buttons(reply)).to.deep.equal(offered);
    });
  }

  it('tells the truth on a withdrawal: the gendarme who calls back, the 30-day deletion', () => {
    const text = content.render('answers/withdrawPreComplaint', { reference: 'PP-REA6-AAD6' });

    expect(text).to.include('PP-REA6-AAD6').and.to.include('vous rappellera')
      .and.to.include('30 jours').and.not.to.include('récépissé');
  });

  it('tells to call the 18 for a fire that spreads', () => {
    expect(content.render('answers/beachFire')).to.include('18');
  });
});
