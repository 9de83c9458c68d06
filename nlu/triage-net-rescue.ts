import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

const PERSON_STATE = '(il|elle|ils|lui|bebe|mon bebe|mon fils|ma fille|mon pere|ma mere)';
const SEA = 'mer|large|plage|vagues?|ocean|bateau|ferry|navire|paquebot|cargo|catamaran|' +
  'pedalo|voilier|kayak|canoe|zodiac|paddle|jet ski|' +
  'kite|kitesurf|kitesurfeur|kitesurfeuse|surf|surfeur|surfeuse|planche a voile|nageur|nageuse|' +
  'baigneur|baigneuse|plongeur|plongeuse|chalutier|pecheur|digue|jetee|falaise|crique|baie';
const SUBSTANCES = 'medicaments|medicament|cachets|pilules|comprimes|doliprane|paracetamol|' +
  'somniferes|anxiolytiques|xanax|lexomil|drogue|drogues|heroine|cocaine|coke|ghb|ecstasy|' +
  'exta|md|crack|alcool|insuline|antidepresseurs';
const TOXIC = 'javel|destop|detergent|produit menager|antigel|white spirit|poison|mort aux rats|' +
  'lessive|capsule de lessive|soude|acide|pile bouton|piles|produit toxique|produit chimique|' +
  'toxique|produit';

/** Safety-net families for fire, gas, road, medical, sea and drowning. */
export const NET_RESCUE: readonly NetFamily[] = [
  {
    id: 'net-fire-spread',
    situation: 'fire',
    patterns: [
      rx('',
        '\\b(mis le feu|a pris feu|ont pris feu|prend feu|prennent feu|qui brule|qui brulent|',
        'en flammes|se propage|se propagent|hors de controle)\\b',
      ),
    ],
    unless: /\bmis le feu (au|a le|a la) (barbecue|bbq|cheminee|poele|bougie)\b/,
  },
  {
    id: 'net-fire',
    situation: 'fire',
    patterns: [
      /\b(feu|feux|flammes|flamme|brule|brulent|crame|cramer|incendie|incendies|incendi)\b/,
      /\b(fumee|fumees|enfume|enfumee|odeur de brule|ca sent le brule)\b/,
      /\bca fume\b|\bfume (dans|sous|de)\b|\betincelles\b/,
      /\bmettre le feu\b/,
    ],
    unless: rx('',
      '\\b(eteint|eteinte|eteints|barbecue|bbq|cigarettes?|briquet|allumettes?|as du feu|avez ',
      'du feu|a feu doux|coups? de feu|feu vert|chicha|vapoteuse|fumer|pollue|pollution)\\b|',
      '\\bfumees? (des|de le|de la|de une|de un) (usines?|cheminees?|barbecue|voitures|pots)\\b|',
      '\\b(fait|font|faire|allume|allumer|allument) (un|du|des) feux?\\b|',
      '\\bbrule (un|le|les|des|deux) (feux?|stop|priorite|cedez)\\b|',
      '\\bflammes? (de|de une|de la|des) (bougie|bougies|briquet|allumette|gaziniere)\\b|',
      '\\bbrule (ses|des|les|mes) (dechets|feuilles|branches|herbes|vegetaux)\\b|',
      '\\b(me|se|te) (suis |est |es )?brule',
    ),
  },
  {
    id: 'net-gas',
    situation: 'gas',
    patterns: [
      /\b(sent|sens|pue|puent|sentir|odeur|odeurs|fuite|fuit|respire)( [a-z]+){0,3} gaz\b/,
      /\bgaz( [a-z]+){0,3} (fuit|fuite|odeur|explose|explosion)\b/,
      /\b(explose|exploser|explosion|monoxyde|intoxication au|intoxique|intoxiques)\b/,
    ],
  },
  {
    id: 'net-road',
    situation: 'road_injury',
    patterns: [
      rx('',
        '\\b(percute|percutee|renverse|renversee|fauche|fauchee|heurte|heurtee)( [a-z]+){0,2} ',
        '(un|une|le|la|des|mon|ma) (pieton|pietonne|pietons|cycliste|motard|enfant|femme|homme|',
        'personne|jeune|vieille|vieux|scooter|velo|moto|gamin|petit|petite)\\b',
      ),
      rx('',
        '\\b(pieton|pietonne|cycliste|motard|motarde|enfant|personne)( [a-z]+){0,2} (renverse|',
        'renversee|fauche|fauchee|percute|percutee|heurte|heurtee)\\b',
      ),
    ],
  },
  {
    id: 'net-road-state',
    situation: 'road_injury',
    patterns: [
      /\b(accident|carambolage|collision|sortie de route|sortie de la route|sorti de la route)\b/,
      /\b(motard|motarde|cycliste|pieton|pietonne|moto|scooter|velo)\b/,
      rx('',
        '\\b(voiture|camion|bus|car|moto|vehicule|tracteur|scooter|camionnette|poids lourd|semi ',
        'remorque) (se est |a )?(renverse|retourne|couche|fait des tonneaux|sur le toit|',
        'dans le fosse|contre un arbre)\\b',
      ),
    ],
    requires: rx('',
      '\\b(sur le toit|par terre|au sol|dedans|bouge (plus|pas)|repond (plus|pas)|coince|coincee|',
      'saigne|sang|inconscient|inconsciente|feu|flammes|blesse|blesses|blessee|morts?|',
      'ne respire)\\b',
    ),
  },
  {
    id: 'net-unresponsive',
    situation: 'medical',
    patterns: [
      new RegExp(`\\b${PERSON_STATE}( ne)? (repond|reagit|respire|bouge) (plus|pas)\\b`),
      /\b(ouvre|ouvrent) (pas|plus) les yeux\b/,
      /\b(arrive|arrivons|arrivent|peux|peut|pouvons) (pas|plus) a (le|la|les) reveiller\b/,
      /\b(mousse|bave) a la bouche|yeux revulses|levres bleues|devient violet\b/,
      rx('',
        '\\brespire (tres |vraiment |de plus en plus |super )?(mal|difficilement|plus|presque ',
        'plus|bizarrement|bizarre|par saccades)\\b|\\b(du mal|galere) a respirer\\b|',
        '\\b(suffoque|manque de air)\\b',
      ),
      /\b(repond|reagit) plus quand (je|on) (lui )?(parle|appelle|secoue)\b/,
      /\b(par terre|au sol|allonge|allongee)\b.*\b(bouge|repond|reagit|respire) (plus|pas)\b/,
    ],
    unless: rx('',
      '\\b(telephone|tel|portable|appels|messages?|mails?|sms|courrier|site|appli|',
      'application|ecran|voiture|moteur|ordi|ordinateur|dossier|administration|mairie)\\b|',
      '\\bdepuis (des|plusieurs|deux|trois|\\d+) (jours|semaines|mois)\\b',
    ),
  },
  {
    id: 'net-ingestion',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(toute la boite|toutes les boites|une boite|la boite|plusieurs boites|tous ses|tous ',
        `mes|toutes ses|toutes mes|plaquette|plaquettes) (de |des |entiere de )?(${SUBSTANCES})\\b`,
      ),
      new RegExp(`\\b(trop|plein|beaucoup) de (${SUBSTANCES})\\b`),
      new RegExp(`\\b(pris|avale|bu|ingere|mange|boit|bois)( [a-z]+){0,3} (${TOXIC})\\b`),
      rx('',
        '\\b(avale|avaler) (un|une|des) (aimant|aimants|piece|pile|capsule|bille|billes|',
        'arete)\\b',
      ),
      new RegExp(`\\b(${SUBSTANCES}|champignons)\\b.*\\b(repond|reagit|bouge|respire) ` +
        '(plus|pas)\\b'),
      /\b(champignons|baies|plante)\b.*\b(vomit|convulse|tremble|delire|hallucine|inconscient)/,
      /\b(trop bu|trop fume|bad trip|overdose|surdose|coma ethylique)\b/,
    ],
  },
  {
    id: 'net-medical',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(tombe|tombee|tombes|chute)( [a-z]+){0,2} (du|de le|de la|de un|de une|dans le|dans ',
        'la|dans les) (toit|echelle|balcon|fenetre|etage|escalier|escaliers|falaise|arbre|ravin|',
        'echafaudage|mur|cheval)\\b',
      ),
      /\b(reaction allergique|allergie grave|choc allergique|gonfle de partout)\b/,
      /\b(visage|gorge|levres|langue|bouche) (gonfle|gonflent|enfle|enflent)\b/,
      /\b(il|elle) (gonfle|enfle|devient bleu|devient bleue|est tout bleu|est toute bleue)\b/,
      /\b(vomit|vomi) (du sang|partout|sans arret)\b/,
      /\b(crise de asthme|crise de epilepsie|crise cardiaque|fait une crise|convulse|malaise)\b/,
      /\b(accouche|accoucher|perdu les eaux|contractions toutes les)\b/,
      /\b(pisse le sang|pisse du sang|saigne|saignent|saignement)\b/,
      /\b(perdu|perd|perdre) (beaucoup|enormement|plein|trop) de sang\b/,
      rx('',
        '\\b(hypothermie|electrocute|electrocutee|electrise|electrisee|foudroye|foudroyee|',
        'hypoglycemie|coma)\\b',
      ),
      /\b(ouvert|coupe|coupee|entaille)( [a-z]+){0,2} (bras|jambe|main|poignet|tete|cou|gorge)\b/,
    ],
    unless: /\b(nez qui saigne|saigne du nez|gencives?|regles|un peu|legerement)\b/,
  },
  {
    id: 'net-fall',
    situation: 'medical',
    patterns: [/\b(peut|peux|arrive) (plus|pas) (a )?(bouger|se lever|se relever|me relever)\b/],
    requires: /\b(tombe|tombee|chute|par terre|au sol|glisse|glissee)\b/,
  },
  {
    id: 'net-sea',
    situation: 'sea',
    patterns: [new RegExp(`\\b(${SEA})\\b`)],
    requires: rx('',
      '\\b(en difficulte|en detresse|detresse|derive|ne remonte (pas|plus)|remonte (pas|plus)|',
      '(pas|plus|jamais) remonte|pas refait surface|',
      'coule|coulent|chavire|chavirer|tombe|tombee|emporte|emportee|noie|noient|revient pas|',
      'revient plus|rentre pas|rentre plus|crie dans le eau|appelle a le aide|au secours|mayday|',
      'se est retourne|disparu dans|plus de nouvelles|agrippe|fait des signes|agite les bras|',
      '(la mer|la maree) monte|sur un rocher|bloques? par la maree)\\b',
    ),
    unless: /\b(vole|volee|voles|volees|papiers|declarer|assurance)\b/,
  },
  {
    id: 'net-drowning',
    situation: 'drowning',
    patterns: [
      rx('',
        '\\b(tombe|tombee|tombes|tombees|chute)( [a-z]+){0,2} (dans|a) (le|la|l|les|un|une) ',
        '?(canal|riviere|lac|eau|fleuve|etang|piscine|port|bassin|puits|seine|loire|rhone)\\b',
      ),
      /\b(sait|sais|savent) (pas|plus) nager\b.*\b(eau|riviere|lac|piscine|canal|tombe)\b/,
      /\b(se noie|se noient|se noyer|noyade)\b/,
    ],
    unless: rx('',
      '\\b(peur de se noyer|noye sous|noie dans (la|les|le|ses|mes|des|un|une) (paperasse|',
      'travail|papiers|boulot|devoirs|dettes|problemes|demarches|verre|dossiers))\\b',
    ),
  },
];
