import { expect } from 'chai';
import { ActivityTypes, MemoryStorage } from 'botbuilder';
import { createAssistant } from '../../bots';
import { buttons, content, FakeGate, FakeRecognizer, harness } from './harness';
import {
  failingProcedure,
  interruptibleProcedure,
  QUESTION_WHAT,
  QUESTION_WHEN,
} from './fakeProcedures';

const WELCOME = content.render('bot/welcome');
const MENU = ['Poser une question', 'Faire une pré-plainte', 'Parler à un gendarme'];

const joins = (...ids: string[]) => ({
  type: ActivityTypes.ConversationUpdate,
  membersAdded: ids.map((id) => ({ id, name: id })),
  recipient: { id: 'bot', name: 'bot' },
});

const DANGER = {
  text: 'il y a un homme avec un couteau chez moi',
  emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' },
};

describe('assistant bot', () => {
  describe('welcome', () => {
    it('greets a citizen who joins, with the three main choices as buttons', async () => {
      const { say } = await harness();

      const replies = await say(joins('citizen'));

      expect(replies).to.have.length(1);
      expect(replies[0].text).to.equal(WELCOME);
      expect(buttons(replies[0])).to.deep.equal(MENU);
    });

    it('says in the greeting that it does not handle emergencies, with 17, 112 and 114', () => {
      expect(WELCOME).to.match(/ne traite pas les urgences/);
      expect(WELCOME).to.include('**17**').and.include('**112**').and.include('114');
    });

    it('does not greet the bot itself joining', async () => {
      const { say } = await harness();

      expect(await say(joins('bot'))).to.deep.equal([]);
    });

    it('greets once per conversation, even if Web Chat also sends its join event', async () => {
      const { say } = await harness();
      await say(joins('citizen'));

      const again = await say(joins('citizen'));
      const join = await say({ type: ActivityTypes.Event, name: 'webchat/join' });

      expect(again).to.deep.equal([]);
      expect(join).to.deep.equal([]);
    });
  });

  describe('a channel that sends no conversationUpdate (Messenger, Instagram: tester16 F13)',
    () => {
      const NOTICE = content.render('bot/firstMessageNotice');
      const PRIVACY = content.render('bot/firstMessagePrivacy');
      const GREETING = { text: 'bonjour', topic: 'smalltalk.greeting', score: 0.95 };

      it('says on the first message, before the answer, that it takes no emergencies and how '
        + 'to read the privacy notice', async () => {
        const { texts } = await harness({ known: [GREETING], noticeOnFirstMessage: true });

        const replies = await texts('bonjour');

        expect(replies[0]).to.equal(NOTICE);
        expect(replies[1]).to.equal(content.render('faq/smalltalk.greeting'));
        expect(NOTICE).to.include('**17**').and.include('**112**').and.include('114')
          .and.include('confidentialité');
      });

      it('says it once', async () => {
        const { texts } = await harness({ known: [GREETING], noticeOnFirstMessage: true });
        await texts('bonjour');

        const replies = await texts('bonjour');

        expect(replies).not.to.include(NOTICE);
      });

      it('says nothing more to a citizen who was welcomed', async () => {
        const { say, texts } = await harness({ known: [GREETING], noticeOnFirstMessage: true });
        await say(joins('citizen'));

        const replies = await texts('bonjour');

        expect(replies).not.to.include(NOTICE);
      });

      // t98: "je ne traite pas les urgences" came after the numbers of the emergency it took
      it('gives the numbers of an emergency first, then the privacy line alone', async () => {
        const { texts } = await harness({ known: [DANGER], noticeOnFirstMessage: true });

        const replies = await texts(DANGER.text);

        expect(replies[0]).to.match(/\*\*17\*\*/);
        expect(replies[replies.length - 1]).to.equal(PRIVACY);
        expect(replies.join('\n')).not.to.match(/ne traite pas les urgences/);
      });

      it('says the whole notice on the next calm message no more', async () => {
        const { texts } = await harness({ known: [DANGER, GREETING],
          noticeOnFirstMessage: true });
        await texts(DANGER.text);

        const replies = await texts('bonjour');

        expect(replies).not.to.include(NOTICE);
        expect(replies).not.to.include(PRIVACY);
      });

      it('repeats the welcome\'s own lines', () => {
        for (const line of [...NOTICE.split('\n'), PRIVACY].filter((text) => text !== '')) {
          expect(WELCOME).to.include(line);
        }
      });
    });

  describe('turn order', () => {
    it('understands each message exactly once', async () => {
      const { texts, recognizer } = await harness();

      await texts('bonjour');

      expect(recognizer.calls).to.deep.equal(['bonjour']);
    });

    it('lets the handoff gate take the message when a gendarme has the conversation', async () => {
      const { texts, gate } = await harness();
      gate.intercepting = true;

      expect(await texts('bonjour, toujours là ?')).to.deep.equal([]);
      expect(gate.intercepted).to.deep.equal(['message:bonjour, toujours là ?']);
    });

    it('shows typing and events to the gate but does not answer them', async () => {
      const { say, gate } = await harness();

      expect(await say({ type: ActivityTypes.Typing })).to.deep.equal([]);
      expect(gate.intercepted).to.deep.equal(['typing:']);
    });
  });

  describe('emergency', () => {
    it('answers with the numbers first, in the order given, then asks for a gendarme', async () => {
      const { say, gate } = await harness({ known: [DANGER] });

      const replies = await say(DANGER.text);

      expect(replies[0].text).to.equal(content.render('bot/emergency', {
        services: [
          { number: '17', purpose: content.render('emergency/numbers.17') },
          { number: '112', purpose: content.render('emergency/numbers.112') },
        ],
      }));
      const answer = replies[0].text ?? '';
      expect(answer.indexOf('**17**')).to.be.below(answer.indexOf('**112**'));
      expect(replies[0].text).to.match(/SMS au 114/);
      expect(gate.requests).to.deep.equal([{ reason: 'emergency', priority: 'emergency' }]);
    });

    it('falls back to 17 and 112 when triage names no number', async () => {
      const known = [{ text: 'au secours', emergency: { detected: true, numbers: [] } }];
      const { texts } = await harness({ known });

      const [answer] = await texts('au secours');

      expect(answer).to.include('**17**').and.include('**112**');
    });

    it('comes first even while the handoff gate holds the conversation', async () => {
      const { say, gate } = await harness({ known: [DANGER] });
      gate.intercepting = true;

      const replies = await say(DANGER.text);

      expect(replies[0].text).to.match(/^🚨/);
      expect(gate.requests[0].priority).to.equal('emergency');
    });

    it('interrupts a procedure, which then resumes at the same question', async () => {
      const start = { text: 'porter plainte', topic: 'procedure.pre_complaint', score: 0.9 };
      const known = [start, DANGER];
      const procedures = [interruptibleProcedure(['procedure.pre_complaint'])];
      const { texts } = await harness({ known, procedures });
      expect(await texts('porter plainte')).to.deep.equal([QUESTION_WHAT]);

      const during = await texts(DANGER.text);
      const after = await texts('on m a volé mon sac');

      expect(during[0]).to.match(/^🚨/);
      expect(during).to.not.include(QUESTION_WHEN);
      expect(after).to.deep.equal([QUESTION_WHEN]);
    });
  });

  describe('messages without text', () => {
    it('asks for a question when the message is empty, without classifying it', async () => {
      const { texts, recognizer } = await harness();

      expect(await texts('   ')).to.deep.equal([content.render('bot/emptyMessage')]);
      expect(recognizer.calls).to.deep.equal([]);
    });

    it('treats a message of control or invisible characters alone as empty (tester14 F11)',
      async () => {
        const { texts, recognizer } = await harness();

        for (const invisible of ['\u0000', '\u0000\u0007 \u0000', '\u200b\u00ad', '\ufeff']) {
          expect(await texts(invisible)).to.deep.equal([content.render('bot/emptyMessage')]);
        }
        expect(recognizer.calls).to.deep.equal([]);
      });

    it('says it cannot read files when only an attachment is sent', async () => {
      const { texts } = await harness();
      const photo = { type: ActivityTypes.Message, text: '',
        attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] };

      expect(await texts(photo)).to.deep.equal([content.render('bot/attachmentOnly')]);
    });
  });

  describe('failures', () => {
    const TECHNICAL = content.render('bot/technicalProblem');

    it('gives the emergency numbers and a gendarme when understanding fails', async () => {
      const { texts, recognizer } = await harness();
      recognizer.failOn.add('bonjour');

      expect(await texts('bonjour')).to.deep.equal([TECHNICAL]);
      expect(TECHNICAL).to.include('17').and.include('112').and.include('SMS au 114')
        .and.include('parler à un gendarme');
    });

    it('drops a broken procedure so that the next message is answered', async () => {
      const known = [{ text: 'porter plainte', topic: 'procedure.pre_complaint', score: 0.9 },
        { text: 'merci', topic: 'smalltalk.thanks', score: 0.9 }];
      const procedures = [failingProcedure(['procedure.pre_complaint'])];
      const { texts } = await harness({ known, procedures });
      await texts('porter plainte');

      expect(await texts('un vol')).to.deep.equal([TECHNICAL]);
      expect(await texts('merci')).to.deep.equal([content.render('faq/smalltalk.thanks')]);
    });
  });

  describe('state', () => {
    it('keeps a procedure going across a restart, through the storage', async () => {
      const storage = new MemoryStorage();
      const known = [{ text: 'porter plainte', topic: 'procedure.pre_complaint', score: 0.9 }];
      const first = await harness({ storage, known,
        procedures: [interruptibleProcedure(['procedure.pre_complaint'])] });
      await first.texts('porter plainte');

      const second = await harness({ storage, known,
        procedures: [interruptibleProcedure(['procedure.pre_complaint'])] });

      expect(await second.texts('un vol')).to.deep.equal([QUESTION_WHEN]);
    });
  });

  describe('createAssistant', () => {
    const base = { storage: new MemoryStorage(), recognizer: new FakeRecognizer(), content,
      gate: new FakeGate() };

    it('refuses two procedures claiming the same topic', async () => {
      const procedures = [interruptibleProcedure(['procedure.otv'], 'a'),
        interruptibleProcedure(['procedure.otv'], 'b')];

      await createAssistant({ ...base, procedures }).then(
        () => expect.fail('should have refused'),
        (error: Error) => expect(error.message).to.match(/procedure\.otv is claimed by a and b/),
      );
    });

    it('refuses content without the templates the bot needs', async () => {
      const empty = { ...content, has: () => false };

      await createAssistant({ ...base, content: empty, procedures: [] }).then(
        () => expect.fail('should have refused'),
        (error: Error) => expect(error.message).to.match(/missing templates: bot\/welcome/),
      );
    });

    it('is ready once created and brings its turn logger', async () => {
      const assistant = await createAssistant({ ...base, procedures: [] });

      expect(assistant.ready()).to.equal(true);
      expect(assistant.middleware).to.have.length(1);
    });
  });
});
