import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Someone else about to end their life, out of the writer's reach: a farewell message and
 * then silence, pills swallowed and the phone off, a neighbour in his garage with a rope.
 * The police can go there, break in or locate the phone: 17 first, then the SAMU and the
 * 3114 (suicide_fled's numbers). The writer's own thoughts keep the 3114 first; a relative
 * beside the writer who no longer answers is a body for the SAMU (no phone word, no
 * message relayed). Cheap words first: most messages have none of these.
 */
const HINT = new RegExp('\\b(adieu|adieux|dadieu|pardon|pendre|tuer|suicider|finir|mourir|' +
  'sauter|jeter|balle|veines|avale|gobe|cachets|medocs|medicaments|pilules|comprimes|' +
  'somniferes|corde|fusil)\\b');

/** Their words of an end: a farewell, a plan, pills already down. */
const THEIR_END = rx('',
  '\\b(adieu|adieux|dadieu|pardon pour tout)\\b|',
  '\\b(il|elle|et|qui) (va|veut|voulait|allait|menace de|dit que (il|elle) va|a dit que (il|elle) ',
  '(va|allait)|me dit que (il|elle) va|est sur le point de) (se pendre|se tuer|se suicider|',
  'en finir|mourir|sauter|se jeter|se tirer une balle|se ouvrir les veines|tout avaler)\\b|',
  // "se" is the third person's: "mon voisin menace de se pendre", never the writer's "me"
  '\\b(va|veut|voulait|allait|menace de|menacait de) (se pendre|se tuer|se suicider|se jeter|',
  'se tirer une balle)\\b|',
  '\\b(il|elle) (veut|voulait) mourir\\b|\\b(il|elle) (se ouvre|se est ouvert|se taillade) ',
  'les veines\\b|',
  '\\b(il|elle) (a|avait|aurait|vient de) (avale|pris|gobe|bu)( [a-z]+){0,4} (cachets|medocs|',
  'medicaments|pilules|comprimes|somniferes|anxiolytiques|boite|boites|plaquette|plaquettes|',
  'javel|tubes)\\b',
);

/** Who: someone the writer knows or lives near, never "je". */
const SOMEONE_KNOWN = rx('',
  '\\b(mon|ma|mes|notre|nos|un|une|le|la|son|sa) (fils|fille|ado|enfant|frere|soeur|mari|',
  'femme|pere|mere|papa|maman|ami|amie|copain|copine|pote|poto|meilleur ami|meilleure amie|',
  'coloc|colocataire|voisin|voisine|collegue|cousin|cousine|ex|niece|neveu|oncle|tante|eleve|',
  'patient|patiente|compagnon|compagne|conjoint|conjointe|beau pere|belle mere|grand pere|',
  'grand mere|petit ami|petite amie|mec|meuf|copine de classe|camarade)\\b',
);

/** Their phone or messages are silent: out of reach. */
const PHONE_SILENT = rx('',
  '\\b(decroche (plus|pas)|injoignable|(tel|telephone|portable|phone) (est |a ete )?',
  '(eteint|coupe|sur messagerie|sonne dans le vide)|sonne dans le vide|tombe sur (la|sa) ',
  'messagerie|(arrive|arrivons|arrivent|reussis|reussit|peux|peut) (pas|plus) a (le|la) ',
  'joindre|(personne|on) (ne )?(arrive|reussit|peut) (pas )?a (le|la) joindre|',
  'plus de nouvelles|aucune nouvelle|sans nouvelles|depuis plus rien|plus rien depuis|',
  '(lit|voit|ouvre) (plus|pas) (mes|nos|les) messages|pas de reponse|plus aucune reponse|',
  'repond (plus|pas) (a mes|a nos|aux|au tel|au telephone|depuis))\\b',
);
/** "il répond plus" is their phone only when the words came by message. */
const SILENT = /\b(repond|reponds|repondent) (plus|pas)\b/;
const RELAYED = rx('',
  // "ma envoyé" is "m'a envoyé" typed without its apostrophe
  '\\b((me|nous) (a|ont)|ma) (dit|ecrit|envoye|texte|laisse|appele)|',
  '\\b(me|nous) (ecrit|envoie|dit)|',
  '\\b(a|vient de) (poste|publie|ecrit|envoye)|\\b(par|en) (sms|message|texto)|',
  '\\b(sur|par) (snap|snapchat|insta|instagram|whatsapp|facebook|discord|messenger|tiktok)\\b',
);

/** At the place of the act, its means in hand: "dans son garage, il a une corde". */
const MEANS_AT_HAND = rx('',
  '\\b(il|elle) (a|tient|a pris|a sorti|a achete|a pris son|a sorti son) (une|la|sa|son|un|le) ',
  '(corde|fusil|arme|pistolet|carabine|revolver)\\b|',
  '\\b(dans|au fond de) (son|sa|le|la) (garage|grange|grenier|cave|atelier|cabanon|hangar|',
  'remise|bois|foret)\\b',
);
const THEIR_PLAN = /\b(va|veut|allait|menace de|menacait de) se (pendre|tuer|tirer)\b/;

/** The writer is elsewhere: nobody there to open the door. */
const WRITER_AWAY = rx('',
  '\\b(je suis|suis|on est|je ne suis) (pas|loin|plus) (chez|avec|a cote de|pres de) ',
  '(elle|lui|eux)\\b|\\bje suis (loin|au travail|au boulot|a le etranger|en deplacement)\\b',
);

/** Told once over, or the writer's own end. */
const OVER_OR_MINE = rx('',
  '\\b(le an dernier|le annee derniere|il y a (\\d+|deux|trois|quelques) (mois|ans)|va mieux|',
  'va bien|est suivie?|hospitalisee?|on la a retrouvee|on le a retrouve|retrouvee? saine?|',
  'je vais me tuer|je veux mourir|je vais en finir|retraite|demenage|demenagement|',
  'nouveau poste|nouveau travail|part vivre|partie vivre|parti vivre)\\b',
);

export function othersOutOfReach(literal: string): boolean {
  if (!gatedTest(HINT, literal) || !gatedTest(SOMEONE_KNOWN, literal) ||
    gatedTest(OVER_OR_MINE, literal)) {
    return false;
  }

  if (gatedTest(THEIR_PLAN, literal) && gatedTest(MEANS_AT_HAND, literal)) {
    return true;
  }

  return gatedTest(THEIR_END, literal) && (gatedTest(PHONE_SILENT, literal) ||
    gatedTest(WRITER_AWAY, literal) || (gatedTest(SILENT, literal) && gatedTest(RELAYED, literal)));
}
