import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A question about the law on a weapon ("faut-il une autorisation pour une carabine 22
 * LR ?", "a-t-on le droit de transporter un couteau ?"): the weapons FAQ, unless a weapon
 * is aimed, used or in a threatening hand now.
 */
const WEAPON = rx('',
  '\\b(arme|armes|carabine|carabines|fusil|fusils|pistolet|pistolets|revolver|couteau|',
  'couteaux|opinel|machette|sabre|epee|arbalete|arc|airsoft|paintball|bombe lacrymogene|',
  'lacrymo|taser|matraque|poing americain|munitions|cartouches|22 lr|calibre|flingue|',
  'flingues|kalach|kalash|kalachnikov|batte|poignard|hache|cran de arret|nunchaku)\\b',
);
const LAW_ASKED = rx('',
  '\\b(faut (il )?(une|un|des)|faut il|il faut (une|un)|besoin (de une|de un|de)|',
  'est (ce )?(legal|autorise|interdit)|legal de|autorise de|interdit de|droit de|',
  'peut on|on peut|peut (je|se)|je peux|a t on|quelle categorie|categorie [a-d]|',
  'comment (declarer|acheter|obtenir|avoir|vendre|transporter|detenir)|',
  'quelles? (demarches|papiers|documents|conditions|regles|loi))( [a-z0-9]+){0,4} ',
  '(autorisation|permis|licence|declaration|declarer|detenir|detention|posseder|acheter|',
  'achat|vendre|transporter|transport|porter|port|heriter|garder|chez soi|chez moi|',
  'sur soi|dans la voiture|categorie|legal|legale|autorise|autorisee)\\b',
);
/**
 * The rule asked after its subject: "transport de la carabine pour la battue, il faut
 * quoi", "stand de tir avec mon pistolet, quelles règles".
 */
const RULE_ASKED_AFTER = rx('',
  '\\b(transport|transporter|transporte|stockage|stocker|ranger|coffre fort|battue|chasse|',
  'stand de tir|tir sportif|ball trap|club de tir|permis de chasser|permis de chasse|',
  'licence|heritage|herite|succession)\\b.*\\b(il faut quoi|faut quoi|quoi faire|',
  'quelles? (regles?|demarches|papiers|conditions|obligations)|que dit la loi|',
  'ca se passe comment|comment ca (marche|se passe)|je dois|on doit|obligatoire|',
  'est ce (legal|autorise|permis)|le droit|je ai le droit|on a le droit|je risque quoi)\\b',
);
/** The weapon in a hand against someone now: then the question is not the FAQ's. */
const AIMED = rx('',
  '\\b(menace|menacer|menacee|braque|braquer|pointe|pointer|vise|viser|tire|tirer|tirent|',
  // "devant chez lui" is his own doorstep, not ours
  'tabasse|blesse|blessee|peur|devant chez(?! (lui|elle|eux|soi))|dans le jardin|',
  'en ce moment|maintenant|la devant|',
  'contre moi|sur moi|sur nous|au secours|aidez moi|vite|tuer|brandit|brandi|agite|',
  'a sorti|il sort|ivre|bourre|saoul|alcoolise|hurle|crie|frappe|tirer dessus|veut aller|',
  'va aller)\\b',
);

/**
 * A weapon someone keeps, and only whether it is lawful: "mon voisin garde sa carabine chez
 * lui, c'est légal ?", "mon oncle a un fusil dans le garage, il a le droit ?".
 */
const LAWFUL_ASKED = rx('',
  '\\b((ce|c) est|est ce|est il|est elle|ce) (pas )?(legal|illegal|autorise|interdit|permis|',
  'normal|reglementaire)\\b|\\blegal ou (pas|non)\\b|',
  '\\b(il|elle|ils|elles|on) (a|ont|aurait) (pas )?le droit\\b|\\ba (t|tu) (il|elle) le droit\\b|',
  '\\b(il|elle|ils|elles) (risque|risquent) quoi\\b|\\bque dit la (loi|reglementation)\\b',
);

/**
 * A weapon being looked after, nobody aimed at: "mon voisin nettoie son fusil sur sa
 * terrasse", "il graisse sa carabine dans le garage" is upkeep, not a threat.
 */
const WEAPON_CARE = rx('',
  '\\b(nettoie|nettoyer|nettoyait|astique|astiquer|graisse|graisser|huile|huiler|repare|',
  'reparer|demonte|demonter|remonte|entretient|entretenir|range|ranger|bricole)',
  '( la crosse de| le canon de)? (son|sa|ses|un|une|le|la|les) (vieux |vieille )?(fusil|',
  'fusils|carabine|carabines|arme|armes|pistolet|revolver)\\b',
);

export function weaponLawQuestion(text: string): boolean {
  return gatedTest(WEAPON, text) &&
    (gatedTest(LAW_ASKED, text) || gatedTest(RULE_ASKED_AFTER, text) ||
      gatedTest(LAWFUL_ASKED, text) ||
      gatedTest(WEAPON_CARE, text)) &&
    !gatedTest(AIMED, text);
}
