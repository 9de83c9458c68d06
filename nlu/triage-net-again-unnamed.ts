import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * An attempt on one's life planned again without the word "tentative" ("je pense à
 * recommencer ce soir", "cette fois je vais pas me rater", "j'ai déjà essayé en mars et ce
 * soir je remets ça"). What is begun again has no object: "recommencer le sport", "ma
 * pré-plainte", "à zéro" name theirs, and a message naming a task, an exam or a habit to
 * restart stays calm. The earlier attempt told beside it reads as past, so these are
 * `always`.
 */

/** Again, with nothing after it but a time, a pause or the next clause. */
const AGAIN_BARE = '(recommencer|refaire|retenter|recommence|refais|refait|retente|' +
  'remets ca|remettre ca|y retourner|remettre le couvert)' +
  '(?= (ce soir|cette nuit|demain|des que|comme|et|mais|je|cette fois|tout a le heure|' +
  'bientot|avant|quand|personne|pour de bon|definitivement|jusque au bout|' +
  'ce que je ai)\\b|$)';

/** Inner intent: thinking of it, longing for it, having decided. */
const INNER = '(pense a|pense serieusement a|envie de|compte|decide de|prete a|pret a)';
/** Any intent: "je vais", "je veux" and a bare "je" need a cue of the attempt beside. */
const INTENT = `(${INNER.slice(1, -1)}|vais|veux|je)`;

/** A time close at hand. */
const SOON = rx('',
  '\\b(ce soir|cette nuit|demain|tout a le heure|des que|bientot|cette fois|ce week end|',
  'quand (ils|tout le monde|elle|il) (dorment|dort|seront partis|sera parti))\\b',
);

/** What tells it is the attempt again: the one before, the means, the finality. */
const ATTEMPT_CUES = rx('',
  '\\b(deja (essaye|essayer|tente|tenter|fait)(?! de (?!partir|en finir|mourir|me tuer|le faire))|',
  'la (derniere|premiere) fois|comme (en|le an|la derniere|la fois)|encore une fois|',
  '(je ai|on me a) (rate|loupe|echoue|foire|sauve|reanime)|(refaire|recommencer) ce que je ai|',
  'cachets|medicaments|pilules|comprimes|corde|lame|lames|pont|',
  'personne (ne )?(me )?(retiendra|empechera|arretera|sauvera)|pour de bon|definitivement|',
  'ce (est|sera) la bonne|jusque au bout|me scarifier|me couper|me faire du mal|',
  '(sorti|sortie) (de le |de la |des )?(hopital|urgences|hp|clinique|psychiatrie)|',
  '(hopital|urgences|hp|clinique|psychiatrie) (me|nous) a (laisse|laissee) sortir)\\b',
);

/** "Je vais pas me rater": failing at it, said of oneself, with no exam named. */
const NOT_FAIL_AGAIN = rx('',
  '\\bje (ne )?((vais|veux|compte) )?(pas|plus) me (rater|louper|manquer|foirer)\\b',
  '(?! (a|au|aux|le|la|les|mon|ma|mes|ce|cet|en|sur|pour|de|du|des)\\b)|',
  '\\bje (ne )?me (raterai|louperai|manquerai|foirerai) (pas|plus)\\b',
  '(?! (a|au|aux|le|la|les|mon|ma|mes|ce|cet|en|sur|pour|de|du|des)\\b)',
);

/** Failed before and "this time" it will work, with no object to the failure. */
const FAILED_THEN_THIS_TIME = rx('',
  '\\bje ai (rate|loupe|echoue|foire)(?! (mon|ma|mes|le|les|un|une|au|aux|a|ce|cet|cette|son|',
  'sa|ses|du|des|de|en|pour|sur|la (?!(premiere|derniere) fois))\\b).*\\b(cette fois|ce soir|',
  'cette nuit|pas ce soir|pas cette fois)\\b|',
  '\\bcette fois( ci)? (je vais |je compte |je irai )?(aller )?jusque au bout',
  '( cette fois( ci)?| ce soir| cette nuit)?$|',
  // "j'ai déjà essayé deux fois, ce soir c'est la bonne"
  '\\bdeja (essaye|essayer|tente|tenter)( \\d+| deux| trois| plusieurs| une)?( fois)?(?! de)\\b',
  '.*\\b(ce soir|cette nuit|cette fois)\\b.*\\b(la bonne|pour de bon|definitivement|',
  'jusque au bout)\\b',
);

/** Something else begun again, or an exam or a task this time: no attempt on a life. */
const OTHER_OBJECT = rx('',
  '\\b(plainte|pre plainte|formulaire|demarche|dossier|sport|regime|permis|code|concours|',
  'examen|exam|partiel|bac|oral|entretien|gateau|recette|cuisine|partie|match|jeu|niveau|',
  'etudes|inscription|saisie|paiement|commande|seance|entrainement|cours|boire|fumer|',
  'cigarette|clope|alcool|joint|tabac|bus|train|avion|rdv|rendez vous|colis|connexion|',
  'mot de passe|appli|application|site|mise a jour|installation|tricot|dessin|peinture|',
  'piano|guitare|musique|film|serie|episode|chanson|livre|lecture|devoir|devoirs|travail|',
  'boulot|relation|couple|mariage|divorce|demenagement|ecole|fac|licence|master|stage|',
  'course|footing|marathon|velo|muscu|musculation|natation|permis|conduite|creneau|tir|',
  'recolte|jardin|potager|bricolage|travaux|peinture|vernis|mayonnaise|pate|pain|',
  'photo|photos|video|montage|regime|jeune|diete|candidature|concours|cv|lettre de motivation)\\b',
);

export const NET_AGAIN_UNNAMED: readonly NetFamily[] = [
  {
    id: 'net-again-unnamed-soon',
    situation: 'suicide',
    always: true,
    patterns: [rx('', `\\b${INNER} ${AGAIN_BARE}`)],
    requires: SOON,
    unless: OTHER_OBJECT,
  },
  {
    id: 'net-again-unnamed-cued',
    situation: 'suicide',
    always: true,
    patterns: [rx('', `\\b${INTENT} ${AGAIN_BARE}`)],
    requires: ATTEMPT_CUES,
    unless: OTHER_OBJECT,
  },
  {
    id: 'net-again-this-time',
    situation: 'suicide',
    always: true,
    patterns: [NOT_FAIL_AGAIN, FAILED_THEN_THIS_TIME],
    unless: OTHER_OBJECT,
  },
];
