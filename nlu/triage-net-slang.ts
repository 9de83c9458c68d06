import { CHILD, rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { SOMEONE } from './triage-net-families';

/**
 * Safety-net families for danger told in slang, SMS spelling or a plain word the other
 * families did not read: a shop held up ("on est braqués"), a "coupe-coupe", a child ("ket")
 * who drank bleach, "g pri tou les cachets", locked in a car boot, being tailed ("il me
 * colle"), "apelé les pompié", and the numbers that fit a fire that "flambe", a breath
 * that fails or an old man lying in the cold.
 */
export const NET_SLANG: readonly NetFamily[] = [
  {
    id: 'net-slang-robbery',
    situation: 'weapon',
    patterns: [
      rx('',
        // not "braqué contre son père": stubborn, not held up
        '\\b(on est|nous sommes|je suis|se fait|se font|ils|ils nous) (braques|braquee|',
        'braquees|braque|braquer|braquent)\\b(?! (contre|sur|par rapport))',
      ),
      /\b(coupe coupe|coupes coupes|coupe coupes)\b/,
    ],
  },
  {
    id: 'net-slang-poison',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(a|ont|as|je ai) (bu|boit|avale|mange|ingere) (de le |du |de la |des |un |une )?',
        '(eau de javel|javel|destop|soude|ammoniac|white spirit|antigel|lave vitre|',
        'produit vaisselle|produit menager|produits menagers|mort aux rats|raticide)\\b',
      ),
      rx('',
        '\\bje ai (pri|pris|avale|avaler|prit) (tou|tous|tout|toute|toutes|tt|ts) ',
        '(les|la|mes|ses) (cachets|cachet|medocs|medicaments|pilules|comprimes|',
        // a box of chocolates is no overdose: "la boite" alone or "de" a medicine
        '(boite|boites|plaquettes?)\\b(?! de (?!(medocs|medicaments|cachets|pilules|comprimes|',
        'doliprane|somniferes|anxiolytiques|antidepresseurs|paracetamol|xanax|lexomil)\\b)))',
      ),
    ],
  },
  {
    id: 'net-slang-boot',
    situation: 'hiding',
    patterns: [
      rx('',
        '\\b(je suis|on est|nous sommes|il me a mis|ils me ont mis|on me a mis|enferme|',
        'enfermee|enfermes) (enferme |enfermee |coince |coincee |bloque |bloquee )?dans (le|un) ',
        'coffre\\b',
      ),
    ],
  },
  {
    id: 'net-slang-break-in',
    situation: 'intrusion',
    patterns: [
      rx('',
        '\\b(rentre|rentrent|entre|entrent|essaie de entrer|essaye de entrer)( [a-z]+){0,4} ',
        'par effraction\\b',
      ),
    ],
  },
  {
    id: 'net-slang-tailed',
    situation: 'violence',
    patterns: [
      new RegExp(`\\b(${SOMEONE}|qq1|kelk1) (me|nous) (colle|collent|piste|pistent|file|filent) ` +
        '(depuis|partout|de pres|dans la rue)\\b'),
    ],
  },
  {
    id: 'net-slang-call-rescue',
    situation: 'fire',
    patterns: [
      rx('',
        '^(apele|appele|apelez|appelez|apelle|apellez|apeler) (les|le) (pompie|pompies|',
        'pompier|pompiers)\\b',
      ),
    ],
  },
  {
    id: 'net-slang-call-police',
    situation: 'generic',
    patterns: [
      rx('',
        '^(apele|appele|apelez|appelez|apelle|apellez|apeler) (la|les|le) (police|flics|keufs|',
        'gendarmes|samu|secours|ambulance)\\b',
      ),
    ],
  },
  {
    id: 'net-slang-help',
    situation: 'generic',
    always: true,
    patterns: [/\b(au|o|oh|a) (s|se) (cou+r+e?s?|kour)\b/],
  },
  {
    id: 'net-slang-despair',
    situation: 'suicide',
    always: true,
    patterns: [/\bidees noires\b.*\bje (vais|veux|vai|ve) (saute|sauter|sautez|sautai)\b/],
  },
  {
    id: 'net-slang-rape-here',
    situation: 'violence',
    patterns: [/\b(viol|violee|viole|violer)\b.*\b(encore|toujours) (la|dans|ici|chez)\b/],
  },
  {
    id: 'net-slang-blaze',
    situation: 'fire',
    patterns: [
      rx('',
        '\\b(maison|appart|appartement|immeuble|batiment|grange|cuisine|garage|foret|camion|bus|',
        'magasin|hangar|ferme|entrepot|toit)( [a-z]+){0,3} (flambe|flambent|crame|crament)\\b',
      ),
      /\b(ca|sa|tout) flambe\b|\b(flambe|flambent|crame|crament) (chez|dans (la|le|ma|mon))\b/,
    ],
  },
  {
    id: 'net-slang-breath',
    situation: 'medical',
    // out of breath from laughing or running: "il peut plus respirer tellement il rit mdr"
    unless: /\b(mdr|ptdr|lol|xd|de rire|tellement|trop rire|essouffle|essoufflee)\b/,
    patterns: [
      rx('',
        '\\b(je|il|elle|mon bebe|ma fille|mon fils) (peux|peut|arrive|arrivent) (plus|pu|plu|pas) ',
        '(a )?(respirer|respire|respirez)\\b',
      ),
    ],
  },
  {
    // a young child not home at nightfall: "ma fille ne rentre pas elle a 8 ans il fait nuit"
    id: 'net-slang-not-home',
    situation: 'missing_child',
    patterns: [
      new RegExp(`^(?=.*\\b(${CHILD})\\b)(?=.*\\b(ne rentre pas|rentre pas|est pas rentree?|` +
        'pas encore rentree?|toujours pas rentree?|est toujours pas la)\\b).*\\b(il fait nuit|' +
        '(il|elle) a ([1-9]|1[0-2]|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans)\\b'),
    ],
  },
  {
    id: 'net-slang-hurt',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(une|un|des|deux|trois|plusieurs) (personnes?|hommes?|femmes?|enfants?|gens|',
        'monsieur|dame|pietons?|cyclistes?) (gravement |grievement )?(blesse|blessee|blesses|',
        'blessees)\\b',
      ),
    ],
  },
  {
    id: 'net-slang-lying-cold',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(vieux|vieille|personne agee|monsieur|dame|homme|femme|sdf|quelqu un)( [a-z]+){0,2} ',
        '(allonge|allongee|couche|couchee|etendu|etendue) (par terre|sur le trottoir|au sol|',
        'dans la rue|dans la neige)\\b',
      ),
      /\b(fievre|tremble|convulse)\b.*\b(tout mou|toute molle|tout molle|tout bleu|toute bleue)\b/,
    ],
  },
  {
    // "ça sort les lames": the knives are out in a fight
    id: 'net-slang-blades-out',
    situation: 'weapon',
    patterns: [
      rx('',
        '\\b(sort|sortent|a sorti|ont sorti|sorti|sortir) (les|des|un|une|son|sa|ses|leur|leurs) ',
        '(lames?|couteaux?|armes?|flingues?|machettes?|schlass|opinels?|cutters?|gun|guns|',
        'pistolets?|battes?)\\b',
      ),
    ],
    unless: /\b(cuisine|couverts|tiroir|table|magasin|collection|vitrine|film|jeu)\b/,
  },
];
