import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { markHandedBack } from '../../handoff/handBack';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { FORM_IDLE_LIMIT_MS } from '../../bots/formIdle';
import { renderEmergencyAnswer } from '../../bots/emergencyAnswer';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { newWorld, type World } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { content, harness, type Harness, type Said } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const BACK = "bonjour, je reviens, en fait j'ai perdu ma carte d'identité";
const KNIFE = 'il est encore là il me suit avec un couteau';
const DANGER = { detected: true, numbers: ['17', '112'], situation: 'violence' };

const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: BACK, topic: 'faq.lost_documents', score: 0.9 },
  { text: KNIFE, emergency: DANGER },
];

const NOTICE = content.render('bot/formClosedAfterPause');
const LOST_PAPERS = content.render('faq/faq.lost_documents');
const MINUTE_MS = 60 * 1000;

interface Setting {
  bot: Harness;
  world: World;
  /** The date question, as it was asked. */
  question: string;
  /** Moves the clock of the bot and of the pré-plainte forward. */
  wait(ms: number): void;
}

/** A pré-plainte begun and answered up to the date question, the clock the bot reads. */
async function stoppedAtDate(): Promise<Setting> {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({ known: KNOWN, procedures: [procedure],
    clock: () => world.clock.now });

  let asked: string[] = [];
  for (const answer of [PP_START, ...upTo('date').slice(1)]) {
    asked = await bot.texts(answer);
  }

  const wait = (ms: number) => {
    world.clock.now = new Date(world.clock.now.getTime() + ms);
  };
  return { bot, world, question: asked[asked.length - 1], wait };
}

/** The gate's next turn gives the conversation back, as when the citizen cancels a request. */
function handBackOnce(bot: Harness): void {
  const intercept = bot.gate.intercept.bind(bot.gate);
  bot.gate.intercept = async (context: TurnContext, understanding) => {
    bot.gate.intercept = intercept;
    bot.gate.intercepting = false;
    markHandedBack(context);
    return intercept(context, understanding);
  };
}

describe('a form left open for hours (tester15 F18)', () => {
  it('is closed after the idle limit: the notice, then the message answered afresh',
    async () => {
      const { bot, world, question, wait } = await stoppedAtDate();
      wait(FORM_IDLE_LIMIT_MS + MINUTE_MS);

      const said = await bot.texts(BACK);
      const next = await bot.texts('merci');

      expect(said).to.deep.equal([NOTICE, LOST_PAPERS]);
      expect(next).not.to.include(question);
      expect(world.collection.all()).to.deep.equal([]);
      expect(bot.gate.requests).to.deep.equal([]);
    });

  it('goes on just under the idle limit: the answer is read as the date', async () => {
    const { bot, question, wait } = await stoppedAtDate();
    wait(FORM_IDLE_LIMIT_MS - MINUTE_MS);

    const said = await bot.texts('hier soir vers 22h');

    expect(said).not.to.include(NOTICE);
    expect(said).not.to.include(question);
    expect(said.join('\n')).to.match(/commune|code postal/i);
  });

  it('counts the pause from the last answer, not from the start of the form', async () => {
    const { bot, wait } = await stoppedAtDate();
    wait(FORM_IDLE_LIMIT_MS - MINUTE_MS);
    await bot.texts('hier soir vers 22h');
    wait(FORM_IDLE_LIMIT_MS - MINUTE_MS);

    const said = await bot.texts('35000');

    expect(said).not.to.include(NOTICE);
  });

  it('an emergency after the pause gets its numbers first, then the notice', async () => {
    const { bot, question, wait } = await stoppedAtDate();
    wait(FORM_IDLE_LIMIT_MS + MINUTE_MS);

    const said = await bot.texts(KNIFE);
    const next = await bot.texts("c'est bon je suis chez le voisin");

    // the closed form is said by the notice: no "continuer là où vous en étiez" before it
    expect(said[0]).to.equal(renderEmergencyAnswer(DANGER, content, false, true));
    expect(said[said.length - 1]).to.equal(NOTICE);
    expect(said).not.to.include(content.render('prompts/resumeAfterEmergency'));
    expect(bot.gate.details).to.deep.equal([{ situation: 'violence' }]);
    expect(next).not.to.include(question);
    expect(next).not.to.include(content.render('prompts/resume'));
  });

  it('says nothing when no form is under way', async () => {
    const { bot, wait } = await stoppedAtDate();
    await bot.texts('annuler');
    wait(3 * FORM_IDLE_LIMIT_MS);

    const said = await bot.texts(BACK);

    expect(said).to.deep.equal([LOST_PAPERS]);
  });

  it('leaves a conversation queued for a gendarme to the handoff', async () => {
    const { bot, question, wait } = await stoppedAtDate();
    bot.gate.intercepting = true;
    wait(FORM_IDLE_LIMIT_MS + MINUTE_MS);

    const said = await bot.texts(BACK);
    handBackOnce(bot);
    const back = await bot.texts('annuler');

    expect(said).to.deep.equal([]);
    expect(back).to.deep.equal([content.render('prompts/resumeAfterHandBack'), question]);
  });
});
