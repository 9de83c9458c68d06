import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * An old or frail person living alone, not seen for days and silent behind a closed door
 * (shutters shut, mail piling up, lights on day and night): lying hurt or worse inside.
 * The gendarmes come first and the firefighters open the door (welfare_check: 17, then 18).
 * "Il y a quatre jours" is here the length of the silence, not a past that is over, so the
 * family reads past markers (always); a question about what to do, a holiday, a feud or a
 * loneliness with no silence is no such case. A phone alone unanswered is the missing-person
 * FAQ, and so is someone missed for a week at the market or the bar with no door knocked at:
 * the signs of the house, or the person unseen for days and not answering, are required.
 */
const FRAIL = rx('',
  '\\b(agee|age|agees|ages|vieille|vieux|vieil|personne agee|[6-9]\\d ans|1[01]\\d ans|',
  'octogenaire|nonagenaire|centenaire|retraite|retraitee|mamie|mami|mamy|papi|papy|pepe|meme|',
  'grand mere|grand pere|grands parents|handicape|handicapee|malade|vit seule?|vit tout seul|',
  'vit toute seule|habite seule?|habite tout seul|habite toute seule|seule? chez (elle|lui)|',
  'veuve|veuf|alzheimer|en fauteuil|diabetique|cardiaque|ma mere|mon pere|ma tante|mon oncle|',
  'ma grand tante|mon grand oncle)\\b',
);

/** "Personne ne l'a vue", "on a pas vu le papi d'à côté": nobody has seen the person. */
const SEEN_BY_NOBODY = '(personne (ne |n )?(la |le |l )?a (vu|vue|croise|croisee)|' +
  '(on|nous|je) (n |ne )?(a|avons|ai) (pas|plus|jamais) (vu|croise) (la|le|ma|mon|notre|sa|son)' +
  ' [a-z]+)';

/** No answer at the door or on the phone ("ne décroche plus", "injoignable": blind93). */
const NO_ANSWER = '((repond|repondent|reponds|decroche|decrochent) (pas|plus|rien)|' +
  'ne (repond|repondent|ouvre|ouvrent|decroche|decrochent)|(ouvre|ouvrent) (pas|plus)|' +
  'personne (ne )?(repond|ouvre|decroche)|aucune? (reponse|signe de vie|bruit|nouvelles?)|' +
  'sans (reponse|nouvelles)|pas de (reponse|bruit)|plus de nouvelles|sonne dans le vide|' +
  'tombe sur (la|sa) messagerie|injoignable)';

/** Nobody seen: "on la voit plus", "pas vue depuis", "personne ne l'a vue". */
const UNSEEN_FORMS = '((on|je|nous|personne) (ne )?(la|le|l) (a |ai |avons )?(voit|vois|' +
  'voyons|vu|vue|croise|croisee|entend|entends) (plus|pas)|(pas|plus) (vu|vue|vus|croise|' +
  `croisee|sortie?) depuis|(est|etait) (pas|plus) sortie?|${SEEN_BY_NOBODY})`;

const SILENT = new RegExp(`\\b(${NO_ANSWER}|${UNSEEN_FORMS})\\b`);

/** What the house says when nobody has moved inside for days. */
const HOUSE_SIGNS = rx('',
  '\\b(volets?( [a-z]+){0,2} (fermes|clos|baisses|restent fermes|toujours fermes)|',
  '(courrier|courriers|journaux|journal|boite aux lettres|boite a lettres|colis)( [a-z]+){0,3} ',
  '(accumule|accumulent|entasse|entassent|deborde|pleine?|pas (releve|relevee|ramasse))|',
  '(lumiere|lumieres|lampe|tele|television)( [a-z]+){0,2} (allumee?s?|reste allumee?) ',
  '(jour et nuit|nuit et jour|depuis|tout le temps|en permanence|h24)|',
  'porte( [a-z]+){0,2} (fermee|verrouillee|close)( a cle)?|',
  '(chien|chat)( [a-z]+){0,2} (aboie|miaule|hurle|pleure) (sans arret|depuis|tout le temps)|',
  '(odeur|sent mauvais|mauvaise odeur)|ses medicaments|son pilulier)\\b',
);

/** For how long: "depuis 4 jours", "depuis lundi", "ça fait trois jours". */
const DAYS = rx('',
  '\\b((depuis|ca fait|cela fait|fait|il y a|y a) (\\d+|deux|trois|quatre|cinq|six|sept|huit|',
  'dix|quinze|plusieurs|quelques) (jours|jour|j)|depuis (lundi|mardi|mercredi|jeudi|vendredi|',
  'samedi|dimanche|le week end|une semaine|hier|avant hier|la semaine derniere|noel)|',
  'une semaine que|plusieurs jours|quelques jours)\\b',
);

/** A holiday, a feud, news had since, a question asked ahead. */
const EXPLAINED = rx('',
  '\\b(vacances|en voyage|en cure|partie? (chez|en|a|au|dans)|hospitalisee?|a le hopital|',
  'otv|tranquillite|fachee?|faches|brouillee?s?|dispute|disputes|conflit|boude|me fait la tete|',
  '(repond|repondent) (plus|pas) a (mes|nos|ses) (lettres|courriers|messages|mails|sms|',
  'invitations|appels)|retrouvee?|a rappele|ai eu des nouvelles|donne des nouvelles|',
  'finalement|que faire si|combien de temps|au cas ou|comment savoir|',
  // one who never answers: "il ne décroche jamais, c'est son habitude"
  '(repond|repondent|decroche|decrochent|ouvre|ouvrent) jamais|habitude)\\b',
);

const UNSEEN = new RegExp(`\\b${UNSEEN_FORMS}\\b`);

export const NET_ELDER_UNSEEN: readonly NetFamily[] = [
  {
    id: 'net-elder-silent-house',
    situation: 'welfare_check',
    always: true,
    // the silence first: "répond pas, volets fermés" would read as "pas ... volets fermés"
    patterns: [SILENT],
    requires: new RegExp(`^(?=.*${FRAIL.source}).*${HOUSE_SIGNS.source}`),
    unless: EXPLAINED,
  },
  {
    id: 'net-elder-unseen-days',
    situation: 'welfare_check',
    always: true,
    patterns: [UNSEEN],
    requires: new RegExp(`^(?=.*${FRAIL.source})(?=.*\\b${NO_ANSWER}\\b).*${DAYS.source}`),
    unless: EXPLAINED,
  },
];
