import { gatedTest } from './regex-gate';
import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A burglary found on coming back, the burglars gone: "on a été cambriolés, la porte est
 * fracturée, il n'y a plus personne, on touche à rien ?" The answer is the complaint and
 * what not to touch; a patrol rushing there saves nobody. A sign that they may still be
 * inside (a noise, a light, their car outside, "j'ai peur qu'ils soient encore là"), a
 * wound or a threat keeps the 17.
 */
const GATE = /cambriol|effraction|fractur|forcee|defonc|explose|retourne|fouille|visite|vide/;

const BURGLED = rx('',
  '\\b(cambriol[a-z]*|effraction|(porte|portes|fenetre|baie vitree|baie|serrure|cave|garage|',
  'volet|porte fenetre)( [a-z]+){0,3} (a ete |ont ete |est |etait )?(forcee?s?|fracturee?s?|',
  'defoncee?s?|explosee?s?|cassee?s?|brisee?s?)|(tout|maison|appartement|appart|chambres?) ',
  '(est |etait |a ete |sont )?(retourne|retournee|retournees|fouille|fouillee|vide|videe|',
  'sens dessus dessous|sans dessus dessous)|(maison|appartement|appart) (a ete )?visitee?)\\b',
);

/** Found afterwards, nobody left: the burglars are gone. */
const GONE = rx('',
  '\\b(plus personne|personne (a le interieur|dedans|sur place|dans la maison|dans le appart|',
  'la dedans)|y a personne|(ils|les voleurs|les cambrioleurs) (sont|etaient) (partis|repartis|',
  'plus la)|se sont (enfuis|sauves|barres)|ont (fui|pris la fuite)|(en|pendant) (mon|notre|',
  'leur|son|ma) absence|pendant (que|qu) (je|on|nous) (etais|etait|etions|dormait|dormions)|',
  'rendu compte|decouvert|decouvre|constate|en rentrant|au retour|on rentre|je rentre)\\b',
);

/** They may still be there, or someone is hurt or threatened. */
const STILL_THERE = rx('',
  '\\b((encore|toujours) (la|dedans|a le interieur|dans|gare|garee|devant|en bas|en haut)|',
  'entends|entend|bruit|bruits|lumiere|lampe|lampes|torche|torches|je (les|le|la) vois|',
  'je vois (quelqu|des|un)|soient|soit encore|reviennent|revienne|revenir|cache|caches|',
  'cachee|en cours|en train de|(?<!(pas|ni|personne de) )(blesse|blessee|blesses)|sang|',
  'saigne|frappe|frappee|agresse|agressee|menace|menacee|arme|couteau|ligote|ligotee|',
  'attache|attachee|inconscient|inconsciente|malaise|ombre|silhouette|emmene|emmenee|',
  'enleve|enlevee|kidnappe|kidnappee|emmenant|embarquant|enlevant|kidnappant|embarque|',
  'embarquee|otage)\\b',
);

export function burglaryFoundAfter(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(BURGLED, text) && gatedTest(GONE, text) &&
    !gatedTest(STILL_THERE, text);
}

/**
 * The reverse: a burglary found, and a sign they may still be inside that the net did not
 * read as a presence ("la lumière est allumée à l'étage alors que j'avais tout éteint",
 * "leur voiture est encore garée devant", "j'ai peur qu'ils soient encore là").
 */
const MAYBE_INSIDE = rx('',
  '\\b((lumiere|lumieres|lampe|lampes|torche|torches)( [a-z]+){0,3} (allumee?s?|bouge|bougent|',
  'dans)|(voiture|camionnette|scooter)( [a-z]+){0,3} (encore|toujours) (garee?|la|devant)|',
  '(peur|crois|pense|semble|dirait|sais pas si)( que| qu)? (ils|il|elle|quelqu un|qqn)',
  '( [a-z]+)? (soient|soit|sont|est|y a|y est) (encore|toujours)|',
  '(encore|toujours) (quelqu un|qqn|du monde) (dedans|a le interieur|dans)|',
  '(porte|portes) (fermee|verrouillee) (de le|de la|par le) interieur)\\b',
);

export const NET_BURGLARS_MAYBE_INSIDE: readonly NetFamily[] = [
  {
    id: 'net-burglars-maybe-inside',
    situation: 'intrusion',
    // "alors que j'avais tout éteint" is the past of the writer, not of the light
    always: true,
    patterns: [MAYBE_INSIDE],
    requires: BURGLED,
    unless: rx('',
      '\\b(hier|avant hier|la semaine derniere|le mois dernier|le an dernier|il y a (\\d+|deux|',
      'trois|quelques) (jours|semaines|mois|ans)|etait allumee|etaient allumees|etait garee|',
      'etaient|film|serie|roman)\\b',
    ),
  },
];
