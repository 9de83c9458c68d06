import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for a body in danger told by its cause rather than by a sign the
 * medical families know: a diabetic shaking and confused, an elder stuck in the bath, an
 * electric shock, a whole bottle of spirits drunk, a drug slipped into a drink, choking, a
 * heart attack told by the arm and the sweat, a heatstroke, a deep wound.
 */

export const NET_BODY: readonly NetFamily[] = [
  {
    // a hypoglycaemia looks like drunkenness: shaking, sweating, talking nonsense
    id: 'net-diabetic',
    situation: 'medical',
    patterns: [/\b(diabetique|diabete|insuline|hypo)\b/],
    requires: rx('',
      '\\b(tremble|tremblant|tremblante|n importe quoi|confus|confuse|sueurs?|transpire|',
      'malaise|pale|somnolent|somnolente|reveille (pas|plus)|inconscient|inconsciente|bizarre|',
      'incoherent|incoherente|tombe|tombee|convulse|repond (pas|plus))\\b',
    ),
    unless: /\b(ordonnance|rendez vous|rdv|pharmacie|regime|carte|permis|travail|assurance)\b/,
  },
  {
    id: 'net-stuck-elder',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(arrive|peut|peux|parvient) (plus|pas) (a )?(sortir|se relever|se lever)',
        '( [a-z]+){0,3} (bain|baignoire|douche)\\b|',
        '\\b(bain|baignoire|douche)\\b.*\\b(arrive|peut|parvient) (plus|pas) (a )?(sortir|',
        'se relever|se lever)\\b',
      ),
    ],
  },
  {
    id: 'net-shock',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(pris|prend|recu|prendre) (une|un) (decharge|coup de jus|chataigne)',
        '( electrique)?\\b|\\b(coeur|palpitations?)( [a-z]+){0,2} (bat|battent|tape|',
        'se emballe) (bizarrement|trop vite|tres vite|irregulier|n importe comment|',
        'dans tous les sens)\\b',
      ),
    ],
    unless: /\b(cloture|clotures electriques?|vache|poulailler|amour|coup de foudre)\b/,
  },
  {
    // a whole bottle of spirits, then sleep or vomit: an alcoholic coma is a SAMU call
    id: 'net-alcohol-coma',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(bu|vide|siffle|descendu|avale)( [a-z]+){0,4} (toute la bouteille|une bouteille ',
        'entiere|toute une bouteille|la bouteille entiere)\\b|\\b(vodka|whisky|rhum|tequila|',
        'alcool|gin|pastis)\\b.*\\b(coma|comateux|comateuse)\\b',
      ),
    ],
    requires: rx('',
      '\\b(vomit|vomi|dort|reveille (pas|plus)|inconscient|inconsciente|coma|comateux|',
      'comateuse|respire mal|repond (pas|plus)|bouge (pas|plus)|tout mou|toute molle)\\b',
    ),
  },
  {
    id: 'net-drugged',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(on|il|ils|elle|quelqu un|qqn) (me|la|le|nous) (a|ont) (drogue|droguee|drogues|',
        'droguees)\\b|\\b(drogue|droguee) a (mon|son|notre) insu\\b|\\b(a ete|ete) droguee?s?\\b|',
        '\\bmis (quelque chose|un ',
        'truc|de la drogue|du ghb|un produit) dans (mon|son|notre|leur|ma|sa) (verre|boisson|',
        'cocktail)\\b',
      ),
    ],
    // afterwards it is a complaint ("on m'a droguée en soirée"); feeling it now is the SAMU
    requires: rx('',
      '\\b(je me sens|se sent) (pas bien|mal|partir|bizarre|tout drole)|je vois flou|tout tourne|',
      '(tient|tiens) (plus|pas) debout|(je|elle|il) arrive plus a (bouger|marcher|parler)|',
      'je vais (tomber|perdre)\\b',
    ),
  },
  {
    // choking: "il a avalé de travers, il devient rouge et il tousse plus"
    id: 'net-choking',
    situation: 'medical',
    patterns: [
      /\b(avale de travers|fausse route|coince dans (la|sa) gorge|bloque dans (la|sa) gorge)\b/,
    ],
    requires: rx('',
      '\\b(tousse (plus|pas)|respire (plus|pas|mal)|devient (rouge|bleu|violet)|rouge|bleu|',
      'violet|peut plus parler|arrive plus a (parler|respirer)|etouffe|suffoque)\\b',
    ),
  },
  {
    // a heart attack told by where it hurts and the sweat, not by "la poitrine"
    id: 'net-heart',
    situation: 'medical',
    patterns: [/\b(bras gauche|machoire|poitrine|thorax|oppression thoracique|mal au coeur)\b/],
    requires: rx('',
      '\\b(transpire|sueurs?|sue|essouffle|essoufflee|nausee|vomit|pale|malaise|serre|blanc|',
      'oppresse|oppressee|mal a respirer|respire mal)\\b',
    ),
    unless: /\b(sport|muscu|musculation|tatouage|coup de soleil|bronzage)\b/,
  },
  {
    id: 'net-heatstroke',
    situation: 'medical',
    patterns: [/\b(coup de chaleur|insolation|peau brulante|transpire plus|hyperthermie)\b/],
    requires: rx('',
      '\\b(confus|confuse|delire|tombe|tombee|malaise|vomit|inconscient|inconsciente|',
      '\\d+ degres|canicule|chaleur|brulante|bizarre|repond|convulse)\\b',
    ),
  },
  {
    id: 'net-deep-wound',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(coupure profonde|entaille profonde|garrot|sectionne|sectionnee|doigt coupe|',
        'doigts coupes|main coupee|ampute|amputee|arrache (le|la|son|sa) (doigt|main|bras))\\b',
      ),
    ],
    unless: /\b(prise de sang|infirmiere?|analyse|analyses|formation|secourisme|cours)\b/,
  },
];
