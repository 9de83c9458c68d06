import { expect } from 'chai';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { violenceProcedure } from '../../../dialogs/procedures/violence';
import { harness } from '../../bots/harness';
import { content, expectInOrder, procedureClient, recordingGate, replies } from './harness';

interface Case {
  name: string;
  topic?: string;
  turns: string[];
  expected: Array<string | RegExp>;
  absent?: RegExp;
  handoffs?: string[];
}

const cases: Case[] = [
  {
    name: 'domestic violence: danger numbers first, then 3919 and 116 006 with hours',
    topic: 'faq.domestic_violence',
    turns: ['mon mari me frappe', 'oui', "c'est tout"],
    expected: [/danger maintenant, appelez le 17 ou le 112[\s\S]*SMS au 114/,
      /Quitter rapidement[\s\S]*historique du navigateur n'est pas effacé/,
      'Êtes-vous en sécurité', /3919[\s\S]*24 h\/24[\s\S]*116 006[\s\S]*9 h à 19 h/],
    absent: /de quoi s'agit-il/,
  },
  ...['non', 'Non', 'non pas vraiment', 'Non, pas vraiment', 'je sais pas', 'je ne sais pas',
    'jsp', 'pas sûr', "j'ai peur",
    // tester12's F9: what is not a clear "safe" is "unsafe", never asked again
    'bof', 'oui enfin il rôde encore dans le coin', 'il est encore dans le coin',
  ].map((answer): Case => ({
    name: `"${answer}" about safety: 17, SMS 114, a gendarme alerted in priority, no menu`,
    topic: 'faq.domestic_violence',
    turns: ['il va revenir', answer],
    expected: ['Êtes-vous en sécurité', /Appelez le 17 ou le 112[\s\S]*SMS au 114/,
      /Je préviens tout de suite un gendarme/],
    absent: /3919|Que souhaitez-vous faire maintenant|Je n'ai pas reconnu/,
    handoffs: ['emergency'],
  })),
  // tester13's F2: a thank-you or a question answers nothing: asked again once
  ...['merci', 'ok', "d'accord", 'ok mrc 👍'].map((answer): Case => ({
    name: `"${answer}" about safety is asked again; "oui" then goes on`,
    turns: ["j'ai besoin d'aide", answer, 'oui', 'harcèlement', 'fin'],
    expected: ['Êtes-vous en sécurité', content.render('prompts/errors.safety_unclear'),
      "de quoi s'agit-il", '3018'],
    absent: /Je préviens tout de suite un gendarme/,
  })),
  {
    name: '"c quoi le 3919" about safety is answered, then the question comes back',
    topic: 'faq.domestic_violence',
    turns: ['il me frappe', 'c quoi le 3919', 'oui', 'fin'],
    expected: [content.render('answers/helpLines'), 'Êtes-vous en sécurité',
      /3919[\s\S]*24 h\/24/],
    absent: /Je préviens tout de suite un gendarme/,
  },
  {
    name: 'two replies that answer nothing about safety: alerted as unsafe',
    turns: ["j'ai besoin d'aide", 'merci', 'ok'],
    expected: [content.render('prompts/errors.safety_unclear'),
      /Je préviens tout de suite un gendarme/],
    handoffs: ['emergency'],
  },
  {
    name: 'sexual violence: listening line with weekday hours, care and evidence',
    topic: 'faq.sexual_violence',
    turns: ['agression', 'oui', 'fin'],
    expected: [/0 800 05 95 95[\s\S]*lundi au vendredi de 10 h à 19 h[\s\S]*preuves/],
  },
  {
    name: 'harassment: 3018 with its hours, PHAROS, evidence',
    topic: 'faq.harassment',
    turns: ['harcèlement', 'oui', 'fin'],
    expected: [/3018[\s\S]*7 j\/7 de 9 h à 23 h[\s\S]*preuves[\s\S]*PHAROS/],
  },
  {
    name: 'child in danger: 119 around the clock',
    topic: 'faq.child_in_danger',
    turns: ['un enfant est maltraité', 'oui', 'fin'],
    expected: [/119[\s\S]*24 h\/24 et 7 j\/7/],
  },
  {
    name: 'explains how a complaint works',
    topic: 'faq.domestic_violence',
    turns: ['violences', 'oui', 'comment porter plainte ?'],
    expected: [/on ne peut pas refuser de prendre votre plainte[\s\S]*ordonnance de protection/],
  },
  {
    name: 'asks the situation when the topic is unknown',
    turns: ["j'ai besoin d'aide", 'oui', 'harcèlement', 'fin'],
    expected: ["de quoi s'agit-il", '3018'],
  },
  {
    name: 'stops on "annuler" at any step',
    topic: 'faq.domestic_violence',
    turns: ['violences', 'annuler'],
    expected: ["C'est annulé"],
  },
];

describe('violence help (domestic, sexual, harassment, child in danger)', () => {
  cases.forEach(({ name, topic, turns, expected, absent, handoffs = [] }) => {
    it(name, async () => {
      const gate = recordingGate();
      const client = procedureClient(violenceProcedure({ content }).dialog, undefined, gate, topic);

      const texts = await replies(client, turns);

      expectInOrder(texts, expected);
      if (absent) {
        expect(texts.join('\n')).not.to.match(absent);
      }
      expect(gate.requests).to.deep.equal(handoffs);
      expect(client.dialogContext.activeDialog, 'the procedure has ended').to.equal(undefined);
    });
  });

  it('explains the quick exit only once in a conversation', async () => {
    const state = new ConversationState(new MemoryStorage());
    const flag = state.createProperty<boolean>('quickExitExplained');
    const { dialog } = violenceProcedure({ content, quickExitExplained: flag });
    const client = procedureClient(dialog, { topic: 'faq.harassment' }, recordingGate(),
      undefined, state);

    const first = await replies(client, ['aide', 'oui', 'fin']);
    const second = await replies(client, ['aide', 'oui', 'fin']);

    expect(first.filter((text) => text.includes('Quitter rapidement'))).to.have.length(1);
    expect(second.filter((text) => text.includes('Quitter rapidement'))).to.have.length(0);
  });
});

describe('violence help inside the assistant', () => {
  it('a victim not safe is put in the priority queue, and no "anything else?" follows',
    async () => {
    const text = 'il me frappe souvent';
    const { texts, gate } = await harness({
      known: [{ text, topic: 'faq.domestic_violence', score: 0.9 }],
      procedures: [violenceProcedure({ content })],
    });
    await texts(text);

    const replies = await texts('non');

    expect(replies.join('\n')).to.match(/Je préviens tout de suite un gendarme/);
    expect(replies).not.to.include(content.render('bot/anythingElse'));
    expect(gate.requests).to.deep.equal([{ reason: 'emergency', priority: 'emergency' }]);
  });
});
