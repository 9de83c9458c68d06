import { rx } from './triage-words';
import { SOMEONE, type NetFamily } from './triage-net-families';

/**
 * Harm under way in words the other families lack, found by a fresh tester: a gun held on
 * someone ("il me tient en joue"), a body lying in the street, a beating announced in a
 * picture ("m'envoyer à l'hôpital à coups de poing"), stones thrown at rescuers or police.
 */
export const NET_HARM: readonly NetFamily[] = [
  {
    // "deux hommes sont en train de braquer la station-service": a hold-up seen now
    id: 'net-hold-up-now',
    situation: 'weapon',
    patterns: [
      rx('', '\\ben train de (braquer|braque|attaquer) (la|le|une|un|les|des) ',
        '([a-z]+ ){0,2}(station|banque|bijouterie|tabac|magasin|pharmacie|superette|boutique|',
        'poste|epicerie|boulangerie|supermarche|caisse|bureau|agence|fourgon|convoyeur)'),
      rx('', '\\b(braquage|hold up|holdup|attaque a main armee) ',
        '(en ce moment|maintenant|la|actuellement)\\b'),
    ],
  },
  {
    id: 'net-held-at-gunpoint',
    situation: 'weapon',
    patterns: [
      rx('', '\\b(me|nous|le|la|les|te|vous) (tient|tiennent|tenait|tenaient|garde|gardent) ',
        'en joue\\b'),
      rx('', '\\b(braque|braquent|pointe|pointent) (son|un|une|leur|des) ',
        '(arme|flingue|pistolet|fusil|revolver|calibre)( [a-z]+){0,2} (sur|vers) ',
        '(moi|nous|lui|elle|eux|ma|mon|mes)\\b'),
    ],
  },
  {
    // a trapped driver also needs cutting out, whatever else: the firefighters first
    id: 'net-trapped-in-vehicle',
    situation: 'trapped',
    patterns: [
      rx('', '\\b(conducteur|conductrice|passager|passagere|passagers|automobiliste|motard|',
        'chauffeur|routier) (est|sont|reste|restent) (coince|coincee|coinces|coincees|',
        'incarcere|incarceree|incarceres|bloque|bloquee|bloques)\\b'),
    ],
    unless: /\b(bouchon|bouchons|embouteillage|embouteillages|trafic|circulation|file)\b/,
  },
  {
    // a film's or a novel's body is fiction, yesterday's is past: triage's context cancels
    id: 'net-body-found',
    situation: 'medical',
    patterns: [
      rx('', `\\b${SOMEONE} (est|et) (mort|morte|decede|decedee) `,
        '(dans|sur|devant|par terre|au milieu|en bas|pres)\\b'),
      rx('', '\\b(il y a|y a|ya|je vois|on voit) (un|une) (mort|cadavre|corps) ',
        '(dans|sur|devant|par terre|au milieu|en bas|pres)\\b'),
    ],
    unless: /\b(film|serie|jeu|roman|livre|reportage|journal|article|cimetiere|funerarium)\b/,
  },
  {
    id: 'net-beating-announced',
    situation: 'violence',
    patterns: [
      rx('', '\\b(veut|va|vont|veulent|menace de) (me|m|nous|le|la|les) ?(envoyer|mettre|',
        'expedier) (a le|a l|en|aux) ?(hopital|hosto|urgences|reanimation)\\b'),
      rx('', '\\b(menvoyer|menvoie) (a le|a l|a|en|aux) ?(hopital|lhopital|hosto|urgences)\\b'),
    ],
    habitCancels: true,
  },
  {
    id: 'net-stones-at-rescuers',
    situation: 'violence',
    patterns: [
      rx('', '\\b(caillassent|caillasse|caillassaient|lapident|jettent des (pierres|cailloux|',
        'paves|projectiles|bouteilles)( sur| a)?) ',
        '(les |la |le |sur les |sur la )?(pompiers|police|policiers|flics|gendarmes|',
        'ambulance|secours|bus|voitures|passants|camion)\\b'),
    ],
    // with a fire set, the fire's 18 comes first (the riot and fire rules order them)
    unless: /\b(feu|brule|brulent|incendie|incendient|flammes)\b/,
    habitCancels: true,
  },
];
