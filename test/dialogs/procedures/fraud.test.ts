import { expect } from 'chai';
import type { Activity, CardAction } from 'botbuilder';
import { fraudProcedure } from '../../../dialogs/procedures/fraud';
import { content, expectInOrder, procedureClient, recordingGate, replies } from './harness';

interface Case {
  name: string;
  topic?: string;
  turns: string[];
  expected: Array<string | RegExp>;
  absent?: RegExp;
}

const cases: Case[] = [
  {
    name: 'card fraud with the card in hand: opposition, then Perceval',
    topic: 'faq.bank_fraud',
    turns: ['des achats inconnus sur mon compte', 'oui', 'fin'],
    expected: ['toujours votre carte', /D'abord, tout de suite[\s\S]*opposition[\s\S]*Perceval/,
      'Que souhaitez-vous faire'],
    absent: /Quelle situation|Perceval ne s'applique pas/,
  },
  {
    name: 'card stolen and used: Perceval does not apply, the pré-plainte does',
    topic: 'faq.bank_fraud',
    turns: ['on a utilisé ma carte volée', 'non', 'pré-plainte'],
    expected: [/Perceval ne s'applique pas/, 'masecurite.interieur.gouv.fr'],
  },
  {
    name: 'phishing with details given: bank and passwords first, then 33700 and THESEE',
    topic: 'faq.online_scam',
    turns: ['arnaque', 'sms suspect', 'oui', 'fin'],
    expected: ['Quelle situation', 'Avez-vous payé',
      /ne cliquez[\s\S]*banque[\s\S]*mots de passe[\s\S]*33700[\s\S]*17Cyber[\s\S]*THESEE/],
  },
  {
    name: 'phishing without harm: signal only, no complaint',
    turns: ['arnaque', 'mail', 'non', 'fin'],
    expected: [/33700/],
    absent: /THESEE|Appelez votre banque/,
  },
  {
    name: 'a hacked account: take it back, passwords and two factors, warn contacts, 17Cyber',
    turns: ['arnaque', 'mon compte facebook a été piraté', 'non', 'fin'],
    expected: [/reprenez la main[\s\S]*double authentification[\s\S]*contacts[\s\S]*17Cyber/],
    absent: /THESEE|Appelez votre banque/,
  },
  {
    name: 'fake seller paid: bank, then THESEE complaint',
    turns: ['arnaque', 'faux vendeur', 'oui', 'fin'],
    expected: [/ne versez plus rien[\s\S]*banque[\s\S]*THESEE/],
  },
  {
    name: 'fake advisor: hang up first',
    turns: ['arnaque', 'faux conseiller', 'non', 'fin'],
    expected: [/raccrochez[\s\S]*17Cyber/],
  },
  {
    name: 'blackmail: do not pay, keep evidence, PHAROS, 3018',
    turns: ['arnaque', 'chantage', 'non', 'fin'],
    expected: [/ne payez pas[\s\S]*preuves[\s\S]*PHAROS[\s\S]*3018/],
  },
  {
    name: 'ransomware: disconnect, do not pay, 17Cyber',
    turns: ['arnaque', 'virus', 'non', 'fin'],
    expected: [/débranchez[\s\S]*ne payez pas[\s\S]*17Cyber/],
  },
  {
    name: 'SMS spam: 33700, and no question about money',
    turns: ['arnaque', 'SMS ou appels indésirables', 'fin'],
    expected: [/33700[\s\S]*Bloctel/],
    absent: /Avez-vous payé/,
  },
  {
    name: 'asks again on an unclear answer, and stops on "annuler"',
    turns: ['arnaque', 'je ne sais pas', 'annuler'],
    expected: ["Je n'ai pas reconnu ce choix", "C'est annulé"],
  },
];

describe('card fraud and online scams (faq.bank_fraud, faq.online_scam)', () => {
  cases.forEach(({ name, topic, turns, expected, absent }) => {
    it(name, async () => {
      const { dialog } = fraudProcedure({ content });
      const client = procedureClient(dialog, undefined, recordingGate(), topic);

      const texts = await replies(client, turns);

      expectInOrder(texts, expected);
      if (absent) {
        expect(texts.join('\n')).not.to.match(absent);
      }
      expect(client.dialogContext.activeDialog, 'the procedure has ended').to.equal(undefined);
    });
  });

  async function finalButtons(turns: string[]): Promise<string[]> {
    const client = procedureClient(fraudProcedure({ content }).dialog);
    let last: string[] = [];
    for (const turn of turns) {
      let reply: Partial<Activity> | undefined = await client.sendActivity(turn);
      while (reply) {
        last = (reply.suggestedActions?.actions ?? []).map((action: CardAction) => action.title);
        reply = client.getNextReply();
      }
    }
    return last;
  }

  it('offers the pré-plainte only when money was lost', async () => {
    expect(await finalButtons(['arnaque', 'faux vendeur', 'oui'])).to.deep.equal([
      'Faire une pré-plainte', 'Parler à un gendarme', "C'est tout, merci",
    ]);
    expect(await finalButtons(['arnaque', 'faux vendeur', 'non'])).to.deep.equal([
      'Parler à un gendarme', "C'est tout, merci",
    ]);
  });
});
