import { normalize } from '../../nlu/normalize';
import { FOREIGN_THANKS } from './foreignThanks';

/** Words that work at every step of every dialog. */
export type Interruption = 'cancel' | 'back' | 'help' | 'restart' | 'handoff' | 'privacy';

/**
 * Phrases that only make sense when no procedure is running: the welcome buttons, and the
 * bare replies to "Puis-je vous aider pour autre chose ?" ('yes' invites the question,
 * 'done' closes, 'thanks' gets the thanks answer).
 */
export type Shortcut = 'ask' | 'preComplaint' | 'otv' | 'yes' | 'done' | 'thanks';

/**
 * Who a citizen asks for: "un vrai gendarme", "une vraie personne", "un humain". Never
 * "personne" alone, which answers "qui prévenir ?" with nobody.
 */
const HUMAN = '(?:(?:vrai|vraie|vrais|vraies|veritable) )?(?:gendarmes?|humaine?s?|agents?|' +
  'conseill(?:er|ere)s?|operat(?:eur|rice)s?|policiers?|etre humain|personne reelle)|' +
  '(?:vrai|vraie|veritable) personne|personne (?:reelle|humaine|physique)';

/**
 * A citizen lost at a closed question, typed as on a phone: "jcomprend rien", "j'ai rien
 * compris" got "Répondez simplement par oui ou par non" (tester d33): the help of the
 * question is given, with the offer of a gendarme.
 */
const LOST = '(?:(?:(?:je |j )?(?:ne |n )?(?:y |i )?(?:comprends?|capte|pige)|jcomprends?|'
  + 'jcapte|jpige) (?:rien|pas|pa|plus rien|que dalle|quedal|nada|koi|quoi)|'
  + '(?:je |j )?(?:ne |n )?(?:ai |jai )?(?:rien|pas|pa) (?:compris|capte|pige))'
  + '(?: du tout)?(?: (?:a |a la |a votre |la |votre |vos )?(?:question|questions|ca))?';

/**
 * "laissez tomber c'était pour rire" at OTV's access question was stored as the access
 * (t63): after a cancel word, that it was a joke or a mistake still cancels.
 */
const JOKING = '(?:(?:ce etait|ce est|cetait)(?: juste| seulement)? (?:pour rire|pour de rire|'
  + 'une blague|pour de faux|une erreur|pas serieux|un test|pour tester|pour voir)|'
  + '(?:je|j) (?:rigolais|rigole|plaisantais|plaisante|blaguais|testais|me suis trompee?)|'
  + 'finalement|en fait|tant pis)';

/**
 * Whole-message matches on the normalised text: an interruption must never fire on an
 * answer that merely contains the word ("je veux annuler ma carte" is not "annuler").
 */
const INTERRUPTIONS: ReadonlyArray<[Interruption, RegExp]> = [
  ['cancel', new RegExp('^(annule|annuler|annulez|stop|arrete|arreter|abandonner|' +
    'laisse tomber|laissez tomber|(laisse|laissez) tomber je (ne )?veux plus|' +
    '(je|on) (veux|voudrais) (arreter|abandonner|tout arreter)|je arrete|on arrete|' +
    'je abandonne|oubliez|oubliez ca|je ne veux plus|je veux plus)' + `(?: ${JOKING})?$`)],
  ['back', /^(retour|retour en arriere|revenir en arriere|question precedente|precedent)$/],
  ['help', new RegExp('^(aide|help|je ne comprends pas|comment ca marche|menu|' +
    // "où en étions-nous ?": the help, then the question again
    'ou en etions nous|on en etait ou|ou on en etait|ou en etait on|on en est ou|' +
    'ce etait quoi la question|quelle etait la question|repetez la question|' +
    'vous pouvez repeter la question|repete la question)$')],
  ['restart', /^(recommencer|recommence|reprendre depuis le debut|on recommence)$/],
  [
    'handoff',
    new RegExp(
      '^((je|on) (veux|voudrais|souhaite|souhaiterais|aimerais|peux|pourrais|peut)\\s|' +
        'est ce que (je|on) (peux|pourrais|peut)\\s|puis je\\s|pourrais je\\s|' +
        'pouvez vous me faire\\s)?' +
        '(parler|discuter|echanger|etre mise? en relation)\\s(a|avec)\\s' +
        `((un|une|le|la|des) )?(${HUMAN}|personne|quelque un|quelqu un)$`,
    ),
  ],
  [
    'handoff',
    new RegExp('^((je veux|je voudrais|j aimerais|je demande|il me faut) )?' +
      `((un|une|des) )?(${HUMAN})$`),
  ],
  ['privacy', /^(confidentialite|donnees personnelles|mes donnees|vie privee|rgpd)$/],
  // "je veux que vous effaciez mes données" or "cette conversation": the notice says how,
  // with this conversation's reference
  [
    'privacy',
    // the bare imperative too ("efface mes données", t101), "perso", and "de vos fichiers"
    new RegExp('^(.* )?(effacer|effaciez|effacez|efface|supprimer|supprimiez|supprimez|supprime|'
      + 'effacement|suppression|retirer|retiriez|retirez) (de )?(toutes )?'
      + '(mes|les|nos|cette|la|notre|ce) '
      + '(donnees|donnee|donnes|donne|informations|infos|messages|conversations?|'
      + 'discussions?|echange)'
      + '( personnelles| perso)?( de (vos|votre) (fichiers?|base|base de donnees|serveurs?))?$'),
  ],
  ['privacy', new RegExp('^(effacez|efface|effacer|supprimez|supprime|supprimer|retirez) moi '
    + 'de (vos|votre) (fichiers?|base|base de donnees|listes?)$')],
  ['privacy', /^(je demande |je veux )?(mon |le )?droit (a le oubli|de effacement)$/],
];

/**
 * An explicit request for a person anywhere in a longer message ("mon voisin me menace, je
 * voudrais parler à un gendarme"): the verb of wanting must come right before, so "je ne veux
 * pas parler à un gendarme" and "un gendarme peut-il entrer ?" are no request (tester15 F8).
 */
const ASKS_FOR_HUMAN = new RegExp('(?:^|\\s)(?:(?:(?:je|on) (?:veux|voudrais|souhaite|'
  + 'souhaiterais|aimerais|peux|pourrais|peut|demande a)|est ce que (?:je|on) (?:peux|'
  + 'pourrais|peut)|puis je|pourrais je) (?:parler|discuter|echanger|etre mise? en relation)'
  + ' (?:a|avec)|(?:mettez moi|mets moi|me mettre|me mettez|me mets) en relation avec) '
  + `(?:(?:(?:un|une|le|la|des) )?(?:${HUMAN}|quelque un|quelqu un)|une personne)(?:\\s|$)`);

const SHORTCUTS: ReadonlyArray<[Shortcut, RegExp]> = [
  ['ask', /^poser une question$/],
  ['preComplaint', /^(faire une )?pre plainte$/],
  ['otv', /^me inscrire a le otv$/],
  ['yes', /^(oui|ouais|ouai|yes|oui oui|volontiers|oui s il vous plait|oui s il te plait)$/],
  [
    'done',
    new RegExp('^(non|nan|no|non non|ok|okay|ok ok|de accord|ce est bon|ce bon|ce est tout|'
      + 'ce tout|ca ira|ca va aller|ca va|parfait|super|top|rien|non rien|non ca ira|'
      + 'non ce est bon|non ce est tout|non merci|ok merci|'
      + 'de accord merci|ce est bon merci|ce est gentil)$'),
  ],
  ['thanks', /^merci( bien| beaucoup| bcp| a vous| pour tout)?$/],
  // "obrigado pela ajuda", "dank je wel": the French-only answer is no reply to thanks
  ['thanks', FOREIGN_THANKS],
];

/** A reply made only of approving emoji ("👍", "👌🏽"), which normalising leaves empty. */
const APPROVING_EMOJI = /^(?:[👍👌🙏✅🙂😊](?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])?\s*)+$/u;

/**
 * Politeness and filler around a command ("svp", "merci", "bonjour") do not change it:
 * "je veux parler a un gendarme svp" must reach a gendarme, not the free-text answer.
 */
const COURTESY = new RegExp('^(?:(?:bonjour|bonsoir|alors|euh|oui|svp|stp|please|merci)\\s)+|'
  + '(?:\\s(?:svp|stp|please|merci|merci beaucoup|s il vous plait|se il vous plait|'
  + 's il te plait|se il te plait|sil vous plait|silvousplait|sil te plait|vite))+$', 'g');

function match<T>(table: ReadonlyArray<[T, RegExp]>, text: string | undefined): T | undefined {
  const normalized = normalize(text ?? '');
  return table.find(([, pattern]) => pattern.test(normalized))?.[0];
}

/**
 * "?", "??", "...", "…" with nothing running: a citizen lost for words, who needs to know
 * what can be asked. At a procedure's question, that question's own explanation says more.
 */
export function isPunctuationOnly(text: string | undefined): boolean {
  return /^[\s?¿.…]*[?¿.…][\s?¿.…]*$/u.test(text ?? '');
}

export function interruptionFor(text: string | undefined): Interruption | undefined {
  const bare = normalize(text ?? '').replace(COURTESY, '').trim();
  return INTERRUPTIONS.find(([, pattern]) => pattern.test(bare))?.[0];
}

/**
 * At a form's question: a command, or a request for a person inside a longer message.
 * "jcomprend rien je veux parler a un vrai gendarme" at a yes / no question was told to
 * answer yes or no (tester d33), where "je veux parler a un gendarme" alone reached one.
 */
export function interruptionAtStep(text: string | undefined): Interruption | undefined {
  return interruptionFor(text) ?? (asksForHuman(text) ? 'handoff' : undefined);
}

const LOST_ONLY = new RegExp(`^${LOST}$`);

/** "jcomprend rien", "j'ai rien compris": lost, rather than asking what a word means. */
export function isLost(text: string | undefined): boolean {
  const bare = normalize(text ?? '').replace(COURTESY, '').trim();
  return LOST_ONLY.test(bare);
}

/** True when a message, however long, asks in so many words for a gendarme or a person. */
export function asksForHuman(text: string | undefined): boolean {
  return ASKS_FOR_HUMAN.test(normalize(text ?? ''));
}

export function shortcutFor(text: string | undefined): Shortcut | undefined {
  if (APPROVING_EMOJI.test((text ?? '').trim())) {
    return 'done';
  }
  return match(SHORTCUTS, text);
}

/** Same comparison as the commands, for matching a clicked suggested action back. */
export function sameWords(a: string | undefined, b: string | undefined): boolean {
  const left = normalize(a ?? '');
  return left !== '' && left === normalize(b ?? '');
}
