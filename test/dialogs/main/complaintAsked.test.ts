import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { route, type RoutingRules } from '../../../dialogs/main/routing';
import { normalize } from '../../../nlu/normalize';
import { createRecognizer } from '../../../nlu/recognizer';
import type { Recognizer, Understanding } from '../../../nlu/types';
import { buttons, content, harness } from '../../bots/harness';
import { newWorld } from '../preComplaint/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';

const PRE_COMPLAINT = 'procedure.pre_complaint';
const RULES: RoutingRules = {
  minScore: 0.5,
  minClarifyScore: 0.2,
  procedures: new Map([[PRE_COMPLAINT, 'preComplaint'], ['procedure.otv', 'procedure.otv']]),
  hasAnswer: () => true,
  labelOf: (topic) => topic,
};

/** What the model read in these messages: the pré-plainte, sure enough to begin it. */
const heard = (text: string, topic = PRE_COMPLAINT): Understanding => ({
  text, normalized: normalize(text), topic, score: 0.8, alternatives: [], ambiguous: false,
  emergency: { detected: false, numbers: [] },
});
const routed = (text: string, topic?: string) =>
  route(heard(text, topic), { notUnderstood: 0 }, RULES);

const FIRE = content.render('answers/rescue.fire');
const START = content.render('bot/labels.preComplaint');
const GENDARME = content.render('bot/labels.talkToGendarme');
const INTRO = content.render('preComplaint/intro').slice(0, 40);

// t99: a "what if" question began the pré-plainte
describe('a case supposed ahead, not told', () => {
  const fires = ['que faire si un jour je vois un incendie dans la forêt',
    'si jamais je voi un incendi en foret je fais quoi',
    "qu'est ce qu'on doit faire en cas d'incendie de foret ?",
    'koi faire si on voit un feu de forêt',
    'comment reagir si je tombe sur un depart de feu en randonnee'];
  for (const text of fires) {
    it(`"${text}": the fire's number and what to do, no procedure`, () => {
      expect(routed(text)).to.deep.equal({ kind: 'keyword', answer: 'rescueHowTo' });
    });
  }

  const thefts = ['si un jour on me vole mon vélo je fais quoi',
    'si jamais on me cambriole pendant les vacances, on fait quoi ?',
    'au cas ou on me vol mon portable comment ca se passe pour porter plainte',
    "admettons qu'on me vole ma voiture, je dois faire quoi",
    'imaginons on me pique mon scooter, faut il porter plainte ?'];
  for (const text of thefts) {
    it(`"${text}": the pré-plainte explained, with its button`, () => {
      expect(routed(text)).to.deep.equal({ kind: 'explain', topic: PRE_COMPLAINT });
    });
  }

  const told = ['je veux porter plainte pour le vol de mon vélo',
    "si jamais ça compte, on m'a volé mon vélo hier, je fais quoi ?",
    'je voudrais porter plainte, on me a volé mon sac ce matin',
    "si un jour j'ai le temps je ferai le reste, là je veux porter plainte pour mon vélo volé"];
  for (const text of told) {
    it(`"${text}" tells the case: the pré-plainte begins`, () => {
      expect(routed(text)).to.deep.equal(
        { kind: 'procedure', topic: PRE_COMPLAINT, dialogId: 'preComplaint' });
    });
  }

  for (const text of ['si je fais un feu de camp dans la forêt c\'est interdit ?',
    'feu de camp sur la plage, on a le droit ?']) {
    it(`"${text}" asks what is allowed, not what to do in a fire`, () => {
      expect(routed(text, 'none')).to.deep.equal({ kind: 'keyword', answer: 'beachFire' });
    });
  }
});

// t99: whether it is too late began the form too
describe('whether it is still time to complain of a theft', () => {
  const late = ["l'an dernier on m'a volé mon vélo… je peux encore porter plainte ?",
    'mon scooter a ete vole y a 8 mois je peu encor porter plainte',
    "g ete cambriolé l'année dernière est ce que je peux tjrs porter plainte",
    'on ma arnaqué sur leboncoin il y a 1 an c encore possible de porter plainte ?',
    "on m'a volé mon portable il y a 2 ans, c'est trop tard pour porter plainte ?"];
  for (const text of late) {
    it(`"${text}": the delay answered, the pré-plainte offered`, () => {
      expect(routed(text)).to.deep.equal({ kind: 'keyword', answer: 'lateComplaint' });
      expect(routed(text, 'faq.complaint_info'))
        .to.deep.equal({ kind: 'keyword', answer: 'lateComplaint' });
    });
  }

  const other: Array<[string, string]> = [
    ['mon ex me frappait il y a 10 ans, je peux encore porter plainte ?', 'faq.complaint_info'],
    ['je veux porter plainte pour le vol de mon vélo', PRE_COMPLAINT],
    ['on m\'a encore volé mon vélo, je veux porter plainte', PRE_COMPLAINT],
  ];
  for (const [text, topic] of other) {
    it(`"${text}" is no such question`, () => {
      expect(routed(text, topic)).not.to.deep.equal({ kind: 'keyword', answer: 'lateComplaint' });
    });
  }
});

describe('the two questions, as the whole assistant answers them', () => {
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  async function assistant() {
    const world = newWorld();
    const procedure = createPreComplaintProcedure({
      content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
    });
    return harness({ realRecognizer: recognizer, procedures: [procedure] });
  }

  it('"que faire si un jour je vois un incendie dans la forêt": the 18, no form', async () => {
    const bot = await assistant();

    const replies = await bot.texts('que faire si un jour je vois un incendie dans la forêt');

    expect(replies).to.deep.equal([FIRE]);
    expect(FIRE).to.match(/18/);
  });

  it('"l\'an dernier on m\'a volé mon vélo… je peux encore porter plainte ?": the delay, '
    + 'the pré-plainte and a gendarme offered', async () => {
    const bot = await assistant();

    const replies = await bot.say(
      "l'an dernier on m'a volé mon vélo… je peux encore porter plainte ?");

    expect(replies.map((reply) => reply.text)).to.deep.equal([
      `${content.render('answers/limitationPeriod')}\n\n`
      + content.render('bot/lateComplaintOffer')]);
    expect(buttons(replies[0])).to.deep.equal([START, GENDARME]);

    const [intro] = await bot.texts(START);
    expect(intro.slice(0, 40)).to.equal(INTRO);
  });

  it('"je veux porter plainte pour le vol de mon vélo" still begins it', async () => {
    const bot = await assistant();

    const [intro] = await bot.texts('je veux porter plainte pour le vol de mon vélo');

    expect(intro.slice(0, 40)).to.equal(INTRO);
  });
});
