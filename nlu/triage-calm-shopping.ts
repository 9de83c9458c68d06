import { rx } from './triage-words';

const BLADES = '(couteau|couteaux|opinel|opinels|hachette|hachettes|cutter|cutters|' +
  'machette|machettes|hache|haches|couteau suisse|couteaux suisses)';
/** A threat anywhere in the message keeps the alarm, however shop-like the knife. */
const THREAT = '\\b(menace|menacee|menacent|pointe|brandit|tient|gorge|sorti|sortie|planter|' +
  'poignarder|tuer|blesser|peur|cache|cachee|aidez|secours|il a un|elle a un|armee|arme)\\b';
/** Said of goods: a shop, a price, a gift, a purchase. */
const SHOP = '\\b(acheter|achete|achetee|achetes|commander|commande|commandes|offrir|offert|' +
  'cadeau|prix|promo|promotion|soldes|boutique|catalogue|site|amazon|leboncoin|marque|coffret|' +
  'liste de mariage|euros|livraison|livre|livres|magasin|vitrine|rayon)\\b';

/**
 * Knives as goods ("des photos de couteaux de cuisine qu'elle veut acheter", "un coffret de
 * couteaux de chef en promo"): a kitchen or chef's knife with a purchase said, and no threat
 * anywhere. "elle m'envoie une photo, il a un couteau" names no purchase: still a 17. The
 * threat check follows the blade so that it runs only where a blade is.
 */
export const SHOPPED_BLADE = rx('',
  `\\b${BLADES}( [a-z]+){0,2} (de cuisine|de chef|de table|de boucher|japonais|a pain|`,
  'a steak|a huitres|en ceramique|de poche|de camping|de chasse|de collection)\\b',
  `(?<!${THREAT}.*)(?=.*${SHOP})(?!.*${THREAT})|`,
  `\\b${BLADES}( [a-z]+){0,4} (que|qu) (elle|il|on|je|nous|ils|elles|tu) (veut|voudrait|va|`,
  'compte|aimerait|pense|hesite a|a|ai|vient de|viens de) (acheter|commander|offrir|achete|',
  `commande|offert|me offrir|se offrir)\\b(?<!${THREAT}.*)(?!.*${THREAT})`,
);
