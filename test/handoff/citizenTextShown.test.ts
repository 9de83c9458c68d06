import { expect } from 'chai';
import { DirectLineClient } from '../helpers/directLineClient';
import { HandoffApp } from './handoffApp';

/** tester15's F12: a right-to-left override reverses what the gendarme reads. */
const TRICK = '\u202eelbatpecca tse ecnegru enu\u202c mon nom est \u0000\u001b[2J Jean';
const SHOWN = 'elbatpecca tse ecnegru enu mon nom est  Jean';
const ORDINARY = 'Bonjour,\nje m\'appelle Zoé 🙂 — 3 rue de l\'Église';

for (const readsLog of [true, false]) {
  const where = readsLog ? 'read from the Direct Line log' : 'stored by the recorder';

  describe(`citizen messages shown to gendarmes, ${where}`, () => {
    const world = HandoffApp.use({ readsLog });

    async function citizenLines(conversationId: string): Promise<string[]> {
      const transcript = await world.handoff.transcript.list(conversationId, false);
      return transcript.filter((entry) => entry.from === 'user').map((entry) => entry.text);
    }

    it('lose their control, bidi and invisible characters in the transcript and the queue',
      async () => {
        const citizen = await DirectLineClient.start(world.app.url);

        await world.say(citizen, 'je veux parler à un gendarme');
        await world.say(citizen, TRICK);

        expect(await citizenLines(citizen.conversationId)).to.deep.equal([
          'je veux parler à un gendarme', SHOWN]);
        const last = await world.handoff.transcript.lastMessages(citizen.conversationId, 1, 'user');
        expect(last.map((entry) => entry.text)).to.deep.equal([SHOWN]);
      });

    it('keep letters, accents, emoji and line breaks as typed', async () => {
      const citizen = await DirectLineClient.start(world.app.url);

      await world.say(citizen, ORDINARY);

      expect(await citizenLines(citizen.conversationId)).to.deep.equal([ORDINARY]);
    });

    it('leave no blank line when only invisible characters were sent', async () => {
      const citizen = await DirectLineClient.start(world.app.url);

      await world.say(citizen, 'bonjour');
      await world.say(citizen, '\u0000\u200b\u202e');

      expect(await citizenLines(citizen.conversationId)).to.deep.equal(['bonjour']);
    });
  });
}
