import { expect } from 'chai';
import { buttons, content, harness, Said, withEmergencyReminder } from '../../bots/harness';

const GATE_REPLY = '[gate] un gendarme va répondre';
const APL_PAGE = {
  title: 'Aide personnalisée au logement (APL)',
  url: 'https://www.service-public.fr/particuliers/vosdroits/F12006',
  date: '2020-11-02',
};
const PAGES_TEXT = content.render('bot/officialPages', { links: [APL_PAGE] });
const NOT_SURE = withEmergencyReminder(content.render('bot/notSure'));
const REMINDER = new RegExp('En cas de danger, appelez le \\*\\*17\\*\\* ou le \\*\\*112\\*\\*, ' +
  'ou envoyez un \\*\\*SMS au 114\\*\\*\\.$');

interface RoutingCase {
  says: Said;
  answers: string[];
  handoff?: boolean;
}

const ROUTING: Array<[string, RoutingCase]> = [
  ['a confident FAQ topic gets its answer', {
    says: { text: 'on a débité ma carte', topic: 'faq.bank_fraud', score: 0.92 },
    answers: [content.render('faq/faq.bank_fraud')],
  }],
  ['small talk gets its short answer', {
    says: { text: 'bonjour', topic: 'smalltalk.greeting', score: 0.95 },
    answers: [content.render('faq/smalltalk.greeting')],
  }],
  ['an insult is answered calmly', {
    says: { text: 'vous êtes nuls', topic: 'smalltalk.insult', score: 0.8 },
    answers: [content.render('faq/smalltalk.insult')],
  }],
  ['a procedure without a registered dialog gets its explanation and link', {
    says: { text: 'je pars en vacances', topic: 'procedure.otv', score: 0.9 },
    answers: [content.render('faq/procedure.otv')],
  }],
  ['asking for a human reaches the gate', {
    says: { text: 'je veux un humain', topic: 'handoff.request', score: 0.9 },
    answers: [GATE_REPLY],
    handoff: true,
  }],
  ['an out-of-scope question is declined honestly', {
    says: { text: 'quel temps fera-t-il ?', topic: 'none', score: 0.9 },
    answers: [withEmergencyReminder(content.render('faq/none'))],
  }],
  ['an out-of-scope question offers the official pages found for it, with their date', {
    says: { text: 'demande d\'APL', topic: 'none', score: 0.9, pages: [APL_PAGE] },
    answers: [withEmergencyReminder(`${content.render('faq/none')}\n\n${PAGES_TEXT}`)],
  }],
  ['a message not understood offers the official pages found for it', {
    says: { text: 'apl truc', topic: 'none', score: 0.1, pages: [APL_PAGE] },
    answers: [withEmergencyReminder(`${content.render('bot/notSure')}\n\n${PAGES_TEXT}`)],
  }],
  ['a low score never gets a confident answer', {
    says: { text: 'truc bidule carte', topic: 'faq.bank_fraud', score: 0.2 },
    answers: [NOT_SURE],
  }],
  ['a topic without a template gets the "not sure" answer', {
    says: { text: 'sujet futur', topic: 'faq.not_written_yet', score: 0.9 },
    answers: [NOT_SURE],
  }],
  ['the "poser une question" button invites the question', {
    says: { text: 'Poser une question' },
    answers: [content.render('bot/askQuestion')],
  }],
  ['"faire une pré-plainte" without the dialog explains the pré-plainte', {
    says: { text: 'Faire une pré-plainte' },
    answers: [content.render('faq/procedure.pre_complaint')],
  }],
  ['"annuler" with nothing running says so', {
    says: { text: 'annuler' },
    answers: [content.render('bot/nothingToCancel')],
  }],
  ['"aide" lists what the assistant does', {
    says: { text: 'aide' },
    answers: [content.render('bot/help')],
  }],
  ['"confidentialité" shows the privacy notice', {
    says: { text: 'Confidentialité' },
    answers: [content.render('bot/privacy', { conversation: 'Convo1' })],
  }],
  ['asking to erase one\'s data shows the notice, with this conversation\'s reference', {
    says: { text: 'je veux que vous effaciez mes données' },
    answers: [content.render('bot/privacy', { conversation: 'Convo1' })],
  }],
  ['"parler à un gendarme" works without the classifier', {
    says: { text: 'Parler à un gendarme' },
    answers: [GATE_REPLY],
    handoff: true,
  }],
];

describe('main dialog', () => {
  describe('routing (citizen says → assistant answers)', () => {
    for (const [name, { says, answers, handoff }] of ROUTING) {
      it(name, async () => {
        const { texts, gate } = await harness({ known: [says] });

        expect(await texts(says.text)).to.deep.equal(answers);
        expect(gate.requests).to.deep.equal(
          handoff ? [{ reason: 'user_request', priority: 'normal' }] : [],
        );
      });
    }

    it('offers a gendarme with the "not sure" answer', async () => {
      const { say } = await harness();

      const [reply] = await say('blablabla');

      expect(buttons(reply)).to.deep.equal(['Parler à un gendarme']);
    });
  });

  describe('emergency reminder', () => {
    const MISSED: Array<[string, Said]> = [
      ['an unrecognised message', { text: 'il est derrière la porte', topic: 'none', score: 0.1 }],
      ['an out-of-scope message', { text: 'la recette des crêpes', topic: 'none', score: 0.9 }],
      ['a low-confidence topic', { text: 'truc carte', topic: 'faq.bank_fraud', score: 0.2 }],
    ];
    MISSED.forEach(([name, says]) => {
      it(`ends the answer to ${name} with 17 / 112 / SMS 114`, async () => {
        const { texts } = await harness({ known: [says] });

        const [reply] = await texts(says.text);

        expect(reply).to.match(REMINDER);
      });
    });
  });

  describe('courtesy', () => {
    const GOODBYES: Array<[string, RegExp, RegExp]> = [
      ['bonne soirée', /et bonne soirée !/, /journée/],
      ['Merci, bonne nuit', /et bonne nuit !/, /journée/],
      ['bon week-end', /et bon week-end !/, /journée/],
      ['bonne journée', /et bonne journée !/, /soirée/],
      ['au revoir', /Au revoir, à bientôt !/, /journée|soirée/],
    ];
    GOODBYES.forEach(([text, wanted, unwanted]) => {
      it(`answers "${text}" with the citizen's own wish or a neutral one`, async () => {
        const known = [{ text, topic: 'smalltalk.goodbye', score: 0.9 }];
        const { texts } = await harness({ known });

        const [reply] = await texts(text);

        expect(reply).to.match(wanted).and.not.match(unwanted);
      });
    });

    it('says "bonsoir" back to "bonsoir"', async () => {
      const { texts } = await harness({
        known: [{ text: 'bonsoir', topic: 'smalltalk.greeting', score: 0.9 }],
      });

      expect(await texts('bonsoir')).to.deep.equal([content.render('faq/smalltalk.greeting',
        { evening: true })]);
      expect((await texts('bonsoir'))[0]).to.match(/^Bonsoir !/);
    });
  });

  describe('clarification', () => {
    const AMBIGUOUS: Said = {
      text: 'on m a pris mes papiers',
      topic: 'faq.stolen_documents',
      score: 0.55,
      ambiguous: true,
      alternatives: [
        { topic: 'faq.stolen_documents', score: 0.55 },
        { topic: 'faq.lost_documents', score: 0.53 },
      ],
    };

    it('asks "A ou B ?" with both topics as buttons', async () => {
      const { say } = await harness({ known: [AMBIGUOUS] });

      const [reply] = await say(AMBIGUOUS.text);

      expect(reply.text).to.equal(content.render('bot/clarify',
        { first: 'Vol de papiers', second: 'Perte de papiers' }));
      expect(buttons(reply)).to.deep.equal(['Vol de papiers', 'Perte de papiers']);
    });

    it('answers the topic whose button was clicked, whatever the classifier says', async () => {
      const { texts } = await harness({ known: [AMBIGUOUS] });
      await texts(AMBIGUOUS.text);

      const answer = await texts('Perte de papiers');

      expect(answer).to.deep.equal([content.render('faq/faq.lost_documents')]);
    });

    it('forgets the choice after one message', async () => {
      const { texts } = await harness({ known: [AMBIGUOUS] });
      await texts(AMBIGUOUS.text);
      await texts('autre chose');

      expect(await texts('Perte de papiers')).to.deep.equal([NOT_SURE]);
    });

    it('does not offer a guess between two weak candidates', async () => {
      const weak = {
        ...AMBIGUOUS,
        score: 0.15,
        alternatives: [{ topic: 'faq.drones', score: 0.15 }, { topic: 'faq.animals', score: 0.14 }],
      };
      const { texts } = await harness({ known: [weak] });

      expect(await texts(weak.text)).to.deep.equal([NOT_SURE]);
    });

    it('offers the choice when two neighbours split a message between them', async () => {
      const split = {
        ...AMBIGUOUS,
        score: 0.24,
        alternatives: [{ topic: 'faq.drones', score: 0.24 }, { topic: 'faq.animals', score: 0.2 }],
      };
      const { texts } = await harness({ known: [split] });

      expect((await texts(split.text))[0]).to.match(/« Drones » ou de « Animaux »/);
    });
  });

  describe('while queued as an emergency (gendarmes on the way read every message)', () => {
    // tester13's F6: silence (or small talk) is no answer to a citizen in an emergency
    it('answers with "passed on" and the numbers, no filler, and escalates nothing more',
      async () => {
      const known = [{ text: 'il est la', topic: 'none', score: 0.1 },
        { text: 'l incendie de notre dame', topic: 'none', score: 0.9 }];
      const { texts, gate } = await harness({ known });
      gate.emergencyWaiting = true;
      const waiting = content.render('bot/emergencyWaiting', { services: [
        { number: '17', purpose: content.render('emergency/numbers.17') },
        { number: '112', purpose: content.render('emergency/numbers.112') }] });

      for (const said of ['il est la', 'l incendie de notre dame', 'abc', 'def', 'ghi']) {
        expect(await texts(said), said).to.deep.equal([waiting]);
      }
      expect(gate.requests).to.deep.equal([]);
    });

    it('still answers what it knows', async () => {
      const known = [{ text: 'Perte de papiers', topic: 'faq.lost_documents', score: 0.9 }];
      const { texts, gate } = await harness({ known });
      gate.emergencyWaiting = true;

      expect(await texts('Perte de papiers'))
        .to.deep.equal([content.render('faq/faq.lost_documents')]);
    });
  });

  describe('repeated misunderstanding', () => {
    it('hands over to a gendarme at the third "not sure" in a row', async () => {
      const { texts, gate } = await harness();
      await texts('abc');
      await texts('def');

      const third = await texts('ghi');

      expect(third).to.deep.equal([withEmergencyReminder(content.render('bot/escalate')),
        GATE_REPLY]);
      expect(gate.requests).to.deep.equal([{ reason: 'not_understood', priority: 'normal' }]);
    });

    it('counts again from zero after an understood message', async () => {
      const known = [{ text: 'merci', topic: 'smalltalk.thanks', score: 0.9 }];
      const { texts, gate } = await harness({ known });
      await texts('abc');
      await texts('def');
      await texts('merci');

      await texts('ghi');
      await texts('jkl');

      expect(gate.requests).to.deep.equal([]);
    });
  });
});

describe('fallback pages', () => {
  it('show the title, the link and the date of the indexed page, never its text', () => {
    const page = { title: 'Carte Vitale', url: 'https://www.service-public.fr/x', date: '2020' };

    const text = content.render('bot/officialPages', { links: [page] });

    expect(text).to.include('[Carte Vitale](https://www.service-public.fr/x) (fiche du 2020)');
  });
});
