import { expect } from 'chai';
import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import { papersProcedure } from '../../../dialogs/procedures/papers';
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
    name: 'lost identity card in France: declared at the town hall, no gendarmerie',
    turns: ['papiers', "carte d'identité", 'perdue', 'en France', 'non', "c'est tout"],
    expected: ['Quel document', 'perdu', 'Où cela', 'voyage', /perdue.*pas besoin de passer/,
      'ants.gouv.fr', 'Que souhaitez-vous faire'],
    absent: /Voyage proche|pré-plainte/,
  },
  {
    name: 'stolen passport before a trip: complaint first, urgent renewal',
    turns: ['papiers', 'passeport', 'volé', 'France', 'oui', 'pré-plainte'],
    expected: [/Passeport volé.*délit/, /Voyage proche/, 'Que souhaitez-vous faire',
      'masecurite.interieur.gouv.fr'],
  },
  {
    name: 'the stolen_documents topic skips "lost or stolen", the document named is not asked',
    topic: 'faq.stolen_documents',
    turns: ['on m a volé mon permis', 'en France', 'non merci'],
    expected: ['Où cela', /Permis de conduire volé/],
    absent: /Quel document|perdu, ou vous a-t-il été volé|pas reconnu/,
  },
  {
    name: 'the lost_documents topic skips it too, and a licence needs no trip question',
    topic: 'faq.lost_documents',
    turns: ['j ai perdu ma carte grise', 'France', '2'],
    expected: [/Carte grise perdue.*ANTS/],
    absent: /Quel document|perdu, ou vous a-t-il été volé|voyage prévu|pas reconnu/,
  },
  {
    name: 'a first message naming the document and the loss asks neither again',
    turns: ["j'ai perdu mon passeport", 'en France', 'non', 'fin'],
    expected: ['Où cela', 'voyage', /Passeport perdu/],
    absent: /Quel document|perdu, ou vous a-t-il été volé|pas reconnu/,
  },
  {
    name: 'a first message naming two documents asks which one',
    turns: ['on m a volé mon passeport et mon permis', 'passeport', 'France', 'non', 'fin'],
    expected: ['Quel document', 'Où cela', /Passeport volé/],
    absent: /perdu, ou vous a-t-il été volé/,
  },
  {
    name: 'a first message that is a number names no document',
    turns: ['2', 'passeport', 'volé', 'France', 'non', 'fin'],
    expected: ['Quel document', 'perdu, ou vous a-t-il été volé', /Passeport volé/],
  },
  {
    name: '"mes papiers et mon téléphone" is no document: the question is asked',
    turns: ['on m a volé mes papiers et mon téléphone', 'carte d identité', 'France', 'non',
      'fin'],
    expected: ['Quel document', 'Où cela', /Carte d'identité volée/],
    absent: /perdu, ou vous a-t-il été volé/,
  },
  {
    name: 'residence permit: declared at the gendarmerie, then ANEF',
    turns: ['papiers', 'titre de séjour', 'perdu', 'France', 'fin'],
    expected: [/gendarmerie ou au commissariat/, 'administration-etrangers-en-france'],
  },
  {
    name: 'abroad: local police, then the consulate',
    turns: ['papiers', 'passeport', 'volé', "à l'étranger", 'fin'],
    expected: [/Passeport : vol à l'étranger/, 'consulat', 'diplomatie.gouv.fr'],
    absent: /voyage prévu/,
  },
  {
    name: 'bank card: opposition first',
    turns: ['papiers', 'carte bancaire', 'volé', 'France', 'fin'],
    expected: [/opposition tout de suite.*0 892 705 705/],
  },
  {
    name: 'asks again when the answer is not one of the choices',
    turns: ['papiers', 'mon chien', 'passeport', 'annuler'],
    expected: ['Quel document', "Je n'ai pas reconnu ce choix", 'perdu, ou vous a-t-il été volé',
      "C'est annulé"],
  },
  {
    name: 'hands over to a gendarme when asked at the end',
    turns: ['papiers', 'permis', 'perdu', 'France', '1'],
    expected: ['Permis de conduire perdu'],
    handoffs: ['user_request'],
  },
];

describe('lost or stolen papers (faq.lost_documents, faq.stolen_documents)', () => {
  cases.forEach(({ name, topic, turns, expected, absent, handoffs = [] }) => {
    it(name, async () => {
      const gate = recordingGate();
      const { dialog } = papersProcedure({ content });
      const client = procedureClient(dialog, undefined, gate, topic);

      const texts = await replies(client, turns);

      expectInOrder(texts, expected);
      if (absent) {
        expect(texts.join('\n')).not.to.match(absent);
      }
      expect(gate.requests).to.deep.equal(handoffs);
      expect(client.dialogContext.activeDialog, 'the procedure has ended').to.equal(undefined);
    });
  });

  it('starts the guided pré-plainte registered beside it, when there is one', async () => {
    // the first dialog added to a component is the one it starts with
    const host = new ComponentDialog('host');
    const { dialog } = papersProcedure({ content, preComplaintDialogId: 'preComplaint' });
    host.addDialog(new WaterfallDialog('host.steps', [(step) => step.beginDialog(dialog.id)]));
    host.addDialog(dialog);
    host.addDialog(new WaterfallDialog('preComplaint', [async (step) => {
      await step.context.sendActivity('PRE-PLAINTE GUIDÉE');
      return step.endDialog();
    }]));

    const texts = await replies(procedureClient(host),
      ['papiers', 'passeport', 'volé', 'France', 'non', 'pré-plainte']);

    expect(texts[texts.length - 1]).to.equal('PRE-PLAINTE GUIDÉE');
  });
});
