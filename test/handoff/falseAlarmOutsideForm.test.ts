import { expect } from 'chai';
import { content, harness, type Harness, type Said } from '../bots/harness';
import { ApiFixture } from './apiFixture';
import { DANGER, KNOWN } from './formScene';

const FALSE_ALARM = content.render('bot/falseAlarm');
const CONFIRM = content.render('bot/falseAlarmConfirm');
const FIRE = 'au feu la cuisine brule';
const CHILD = 'ma fille de 8 ans m a dit que son beau pere la touche';
const SAID: Said[] = [...KNOWN,
  { text: FIRE, emergency: { detected: true, numbers: ['18', '112'], situation: 'fire' } },
  { text: CHILD, normalized: CHILD,
    emergency: { detected: true, numbers: ['119', '17', '112'], situation: 'child_neglect' } },
];

async function queued(fx: ApiFixture): Promise<Record<string, unknown>> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [first]: unknown[] = Array.isArray(queue.body.conversations)
    ? queue.body.conversations : [];
  return typeof first === 'object' && first !== null ? { ...first } : {};
}

/** The whole assistant with the real handoff part, and no form under way. */
async function outsideAnyForm(fx: ApiFixture): Promise<Harness> {
  return harness({ known: SAID, realGate: fx.w.handoff.gate });
}

const EMERGENCY = { priority: 'emergency', reason: 'emergency' };
const LOWERED = { priority: 'normal', reason: 'false_alarm' };

// t65 item 4: outside a form "fausse alerte" left the alarm queued and got a topic's menu;
// t98: after a threat it lowered the priority at once, where "annuler" asks first
describe('a false alarm after an emergency told outside any form (t65, t98)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  const table: Array<{ said: string[]; reply: string | undefined;
    expected: Record<string, unknown> }> = [
    // a threat: asked first, the request stays first in the queue
    { said: [DANGER, 'fausse alerte'], reply: CONFIRM, expected: EMERGENCY },
    { said: [DANGER, "c'était une fausse alerte, désolé"], reply: CONFIRM, expected: EMERGENCY },
    { said: [DANGER, 'FAUSSE ALARME dsl'], reply: CONFIRM, expected: EMERGENCY },
    { said: [DANGER, 'cétait une blague'], reply: CONFIRM, expected: EMERGENCY },
    { said: [DANGER, 'je me suis trompé'], reply: CONFIRM, expected: EMERGENCY },
    { said: [CHILD, 'fausse alerte'], reply: CONFIRM, expected: EMERGENCY },
    // confirmed by the same word, another denial, or "je confirme"
    { said: [DANGER, 'fausse alerte', 'fausse alerte'], reply: FALSE_ALARM, expected: LOWERED },
    { said: [DANGER, 'fausse alerte', 'je confirme'], reply: FALSE_ALARM, expected: LOWERED },
    { said: [DANGER, 'ct une fausse alerte', 'oui je confirme'], reply: FALSE_ALARM,
      expected: LOWERED },
    { said: [DANGER, 'fausse alerte', 'c etait rien'], reply: FALSE_ALARM, expected: LOWERED },
    // nothing else confirms: a bare "oui", "je confirme" with no question, a new danger
    { said: [DANGER, 'fausse alerte', 'oui'], reply: undefined, expected: EMERGENCY },
    { said: [DANGER, 'je confirme'], reply: undefined, expected: EMERGENCY },
    { said: [DANGER, 'fausse alerte', DANGER, 'fausse alerte'], reply: CONFIRM,
      expected: EMERGENCY },
    { said: [DANGER, "c'est pas une fausse alerte"], reply: undefined, expected: EMERGENCY },
    { said: [DANGER, 'fausse alerte', 'fausse alerte', DANGER], reply: undefined,
      expected: EMERGENCY },
    // a fire read in a street's name: nobody there would write it in the citizen's place
    { said: [FIRE, 'fausse alerte'], reply: FALSE_ALARM, expected: LOWERED },
    { said: [FIRE, 'c etait rien desole'], reply: FALSE_ALARM, expected: LOWERED },
  ];
  for (const { said, reply, expected } of table) {
    it(`after ${said.map((text) => `"${text}"`).join(', ')}: ${JSON.stringify(expected)}`,
      async () => {
        const bot = await outsideAnyForm(fx);
        let last: string[] = [];
        for (const text of said) {
          last = await bot.texts(text);
        }

        expect(await queued(fx)).to.include(expected);
        if (reply === undefined) {
          expect(last).not.to.include(FALSE_ALARM);
          expect(last).not.to.include(CONFIRM);
        } else {
          expect(last).to.deep.equal([reply]);
        }
      });
  }

  it('tells the gendarmes that it was asked, then that it was stood down', async () => {
    const bot = await outsideAnyForm(fx);
    await bot.texts(DANGER);
    await bot.texts('fausse alerte');
    const asked = await fx.w.handoff.transcript.list(String((await queued(fx)).id), true);
    await bot.texts('fausse alerte');

    const events = (await fx.w.handoff.transcript.list(String((await queued(fx)).id), true))
      .filter((entry) => entry.kind === 'event').map((entry) => entry.text);
    expect(asked.map((entry) => entry.text)).to.include('false_alarm_asked')
      .and.not.include('false_alarm');
    expect(events).to.include.members(['false_alarm_asked', 'false_alarm']);
  });

  it('"je confirme" after "annuler" confirms the cancel, not a false alarm', async () => {
    const bot = await outsideAnyForm(fx);
    await bot.texts(DANGER);
    await bot.texts('fausse alerte');
    await bot.texts('annuler');

    const replies = await bot.texts('je confirme');

    expect(replies).to.deep.equal([content.render('handoff/cancelled')]);
    expect(await queued(fx)).to.deep.equal({});
  });
});
