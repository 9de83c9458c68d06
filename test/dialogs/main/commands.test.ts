import { expect } from 'chai';
import { interruptionFor, sameWords, shortcutFor } from '../../../dialogs/common/commands';

const INTERRUPTIONS: Array<[string, ReturnType<typeof interruptionFor>]> = [
  ['annuler', 'cancel'],
  ['ANNULER !', 'cancel'],
  ['laisse tomber', 'cancel'],
  ['laissez tomber je ne veux plus', 'cancel'],
  ['je veux arrêter', 'cancel'],
  ["j'abandonne", 'cancel'],
  ['finalement non', undefined],
  ['je ne veux plus de lettre', undefined],
  ['Retour', 'back'],
  ['revenir en arrière', 'back'],
  ['retour au commissariat', undefined],
  ['Aide', 'help'],
  ['recommencer', 'restart'],
  ['Parler à un gendarme', 'handoff'],
  ['je veux parler a un gendarme', 'handoff'],
  ['puis-je parler avec un humain ?', 'handoff'],
  ['un gendarme svp', 'handoff'],
  ['je veux parler a un gendarme svp', 'handoff'],
  ["je veux parler à un gendarme s'il vous plaît", 'handoff'],
  ['parler a un humain stp', 'handoff'],
  ['bonjour, je voudrais parler à un gendarme merci', 'handoff'],
  ['je peux parler a quelqu un', 'handoff'],
  ["est-ce que je peux parler à quelqu'un ?", 'handoff'],
  ['je voudrais parler a un humain please', 'handoff'],
  ['je peux parler avec qqn svp', 'handoff'],
  ['jveux parler a un vrai gendarme', 'handoff'],
  ['je veux parler à une vraie personne', 'handoff'],
  ['une vraie personne', 'handoff'],
  ['un vrai gendarme svp', 'handoff'],
  ['un humain svp', 'handoff'],
  ['un agent', 'handoff'],
  ['je voudrais un être humain', 'handoff'],
  ['parler avec une personne réelle', 'handoff'],
  ['personne', undefined],
  ['un vrai gendarme m a aidé', undefined],
  ['annuler svp', 'cancel'],
  ['aide merci', 'help'],
  ['où en étions-nous ?', 'help'],
  ["c'était quoi la question", 'help'],
  ['merci', undefined],
  ['svp', undefined],
  ["je peux parler à quelqu'un de mon agression ?", undefined],
  ['je voudrais parler a un gendarme de ce qui s est passe', undefined],
  ['confidentialité', 'privacy'],
  ['supprimez toutes mes données svp', 'privacy'],
  // tester12's F10: the conversation itself, not only "mes données"
  ['je veux que vous effaciez cette conversation', 'privacy'],
  ['effacez notre conversation svp', 'privacy'],
  ['pouvez-vous supprimer cette discussion ?', 'privacy'],
  ['supprimer la conversation', 'privacy'],
  ['effacer mes messages', 'privacy'],
  // t101: the bare imperative, "perso", typos, SMS, "de vos fichiers", the right's own name
  ['efface mes données', 'privacy'],
  ['supprimez mes infos', 'privacy'],
  ['supprime mes infos perso stp', 'privacy'],
  ['effacé mes donné svp', 'privacy'],
  ['Effacez toutes mes données personnelles de votre base', 'privacy'],
  ['effacez-moi de vos fichiers', 'privacy'],
  ["droit à l'oubli", 'privacy'],
  ["je demande mon droit d'effacement", 'privacy'],
  ['comment supprimer mes données de mon téléphone', undefined],
  ['supprime les messages de mon ex', undefined],
  ["efface mes données de ma carte sim c'est possible", undefined],
  ['je veux effacer ce que je viens d écrire sur mon voisin', undefined],
  ['je veux annuler ma carte bancaire', undefined],
  ['le gendarme m a dit de revenir', undefined],
  ['aidez moi on me frappe', undefined],
  ['', undefined],
];

describe('shared commands', () => {
  for (const [text, expected] of INTERRUPTIONS) {
    it(`"${text}" is ${expected ?? 'not a command'}`, () => {
      expect(interruptionFor(text)).to.equal(expected);
    });
  }

  it('recognises the welcome buttons, accents or not', () => {
    expect(shortcutFor('Poser une question')).to.equal('ask');
    expect(shortcutFor('faire une pre-plainte')).to.equal('preComplaint');
    expect(shortcutFor('je veux faire une pré-plainte pour mon vélo')).to.equal(undefined);
  });

  it('matches a clicked label whatever the case and accents, never an empty text', () => {
    expect(sameWords('perte de papiers', 'Perte de papiers')).to.equal(true);
    expect(sameWords('Vol de véhicule', 'vol de vehicule')).to.equal(true);
    expect(sameWords('', '')).to.equal(false);
  });
});
