import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Someone else about to end their life now, told by a relative or a friend ("ma fille m'a
 * envoyé un sms, elle est sur le pont et elle va sauter"): someone must be sent there, so
 * the police first, then 3114, 15 and 112 (the numbers of suicide_with_others). The act is
 * the other's, in the third person, and it is now: a height someone close is on, or a
 * message that just came ("il dit qu'il va se pendre ce soir" alone keeps the 3114 first).
 * The writer's own thoughts ("je vais sauter") keep the 3114 first.
 */
const THEIR_ACT = rx('',
  '\\b(il|elle) (va|veut|menace de|est sur le point de|est en train de|dit que (il|elle) va) ',
  '(sauter|se jeter|se lancer|se laisser tomber|se pendre|se tuer|se suicider|en finir|',
  'se foutre en le air|se noyer|se tirer une balle|se ouvrir les veines)\\b',
  // a dive, a jump for fun: "il veut sauter dans la piscine", "sauter en parachute"
  '(?! (dans|a) (la|le|une|un) (piscine|eau|lac|riviere|mer|trampoline|flaque)| en parachute',
  '| a le elastique| de joie| le pas)',
);
const ON_A_HEIGHT = rx('',
  '\\b(est|se trouve|est monte|est montee|est assis|est assise|est debout)',
  '( [a-z]+){0,2} (sur|au bord|en haut|de le autre cote) (du|de la|de le|des|le|la|les|un|une)',
  ' (pont|toit|viaduc|falaise|parapet|rambarde|balcon|fenetre|rebord|rails|voie|quai|',
  'immeuble|barrage|corniche|tour|passerelle|garde corps|muret)\\b',
);
const JUST_TOLD = rx('',
  '\\b(vient de me (dire|ecrire|envoyer|appeler|texter)|me a (envoye|ecrit|appele|texte)|',
  'me ecrit|me envoie|au telephone|au tel|en ce moment|maintenant|tout de suite|la elle|',
  'la il)\\b',
);
/** Someone the writer knows: a bare "elle est sur le pont" may be the writer's own words. */
const SOMEONE_CLOSE = rx('',
  '\\b(mon|ma|notre|mes) (fille|fils|frere|soeur|mari|femme|pere|mere|ami|amie|copain|copine|',
  'coloc|colocataire|ado|voisin|voisine|cousin|cousine|collegue|pote|meilleur ami|meilleure amie|',
  'compagnon|compagne|conjoint|conjointe|petit ami|petite amie|oncle|tante|grand pere|',
  'grand mere|neveu|niece|patient|patiente|eleve|beau pere|belle mere)\\b',
);
/** The writer's own act: 3114 first, as for every suicidal thought. */
const MY_ACT = rx('',
  '\\b(je (vais|veux) (sauter|me jeter|me tuer|me suicider|en finir|me pendre)|',
  'je suis sur (le|la) (pont|toit))\\b',
);
/** Told once it is over: they were found, they are in care. */
const OVER = rx('',
  '\\b(le mois dernier|la semaine derniere|le an dernier|il y a (des|deux|trois|\\d+) ',
  '(semaines|mois|ans)|est hospitalisee?|est suivie?|en soins|va mieux|on le a retrouve|',
  'on la a retrouvee)\\b',
);

export function othersActNow(literal: string): boolean {
  return gatedTest(THEIR_ACT, literal) &&
    (gatedTest(JUST_TOLD, literal) ||
      (gatedTest(ON_A_HEIGHT, literal) && gatedTest(SOMEONE_CLOSE, literal))) &&
    !gatedTest(MY_ACT, literal) && !gatedTest(OVER, literal);
}
