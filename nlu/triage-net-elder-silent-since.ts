import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * An old parent living alone who has not answered since yesterday or this morning ("mon père
 * vit seul il ne répond plus depuis hier", "mamie répond pas au tel depuis ce matin"): lying
 * hurt at home is the fear, and the gendarmes check at the door with the firefighters to open
 * it (welfare_check: 17, 18, then 15). "Depuis hier" is the length of the silence, not a past
 * that is over (always). One who never answers, or who stopped after a row, is no such case.
 */
const OLD_OR_ALONE = rx('',
  '\\b(vit seule?|vit tout seul|vit toute seule|habite seule?|habite tout seul|',
  'habite toute seule|seule? chez (elle|lui)|isolee?|agee|agees|personne agee|vieille|vieux|',
  '[6-9]\\d ans|1[01]\\d ans|octogenaire|nonagenaire|centenaire|mamie|mami|mamy|papi|papy|',
  'pepe|meme|grand mere|grand pere|grands parents|veuve|veuf|alzheimer|cardiaque|diabetique|',
  'en fauteuil|handicape|handicapee)\\b',
);

/** No answer on the phone or at the door. */
const NO_ANSWER = rx('',
  '\\b((repond|repondent|reponds|decroche|decrochent) (pas|plus|rien)|',
  'ne (repond|decroche|ouvre)|personne (ne )?(repond|decroche|ouvre)|',
  '(ouvre|ouvrent) (pas|plus)|aucune? (reponse|nouvelle|nouvelles|signe de vie)|',
  'sans (reponse|nouvelles)|sonne dans le vide|tombe sur (la|sa) messagerie|',
  'plus de nouvelles|injoignable)\\b',
);

/** Since when: a night or a day at least, or since this morning. */
const SINCE = rx('',
  '\\b(depuis|ca fait|cela fait|fait) (hier|hier soir|hier matin|avant hier|ce matin|',
  'ce midi|cet apres midi|la nuit derniere|cette nuit|samedi|dimanche|lundi|mardi|mercredi|',
  'jeudi|vendredi|le week end|(\\d+|deux|trois|quatre|cinq|six|plusieurs|quelques) ',
  '(heures|jours|h|j))\\b',
);

/** A habit, a row, a holiday, news had since, a question asked ahead. */
const EXPLAINED = rx('',
  '\\b(jamais|normal|normale|habitude|comme toujours|comme souvent|toujours comme ca|',
  'dispute|disputes|disputee?|engueule|engueulee|fache|fachee|faches|brouille|brouillee|',
  'conflit|boude|me fait la tete|bloque|bloquee|veut plus (me )?(parler|voir)|vacances|',
  'en voyage|en cure|hospitalisee?|a le hopital|retrouvee?|a rappele|ai eu des nouvelles|',
  'donne des nouvelles|finalement|que faire si|au cas ou|comment savoir)\\b',
);

export const NET_ELDER_SILENT_SINCE: readonly NetFamily[] = [
  {
    id: 'net-elder-silent-since',
    situation: 'welfare_check',
    always: true,
    patterns: [NO_ANSWER],
    requires: new RegExp(`^(?=.*${OLD_OR_ALONE.source}).*${SINCE.source}`),
    unless: EXPLAINED,
  },
];
