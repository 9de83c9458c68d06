import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A witness sees grown-ups beat a child in a public place ("au camping les parents sont
 * bourrés et frappent leur gamin, il saigne du nez"): the blows are under way where the
 * witness stands, so the police first and the child line beside them. Told in the present
 * with "leur" or a bare "parents", it slipped past the net's victims and the "now" markers,
 * and only the learned vote (no 119) or the bleeding (15 first) answered.
 */
const BLOWS = rx('',
  '(?<!\\b(a|ont|avait|avaient|aurait|auraient|as|ai) )',
  '\\b(frappe|frappent|frapper|tape|tapent|taper|cogne|cognent|cogner|gifle|giflent|gifler|',
  'tabasse|tabassent|tabasser|bat|battent|battre|secoue|secouent|secouer|defonce|defoncent|',
  'massacre|massacrent|roue de coups|rouent de coups|',
  '(donne|donnent) des coups( de (pied|poing|ceinture))? a|(met|mettent) des (claques|baffes) a)',
  '( (violemment|fort|tres fort|encore|sauvagement|brutalement|sur|dessus sur))?',
  ' (leur|leurs|son|sa|ses|un|une|le|la|les|ce|cette|des)( tout)?( petit| petite| jeune)? ',
  '(enfant|enfants|gamin|gamine|gamins|gosse|gosses|fils|fille|petit|petite|petits|bebe|',
  'garcon|fillette|mome|momes|marmot|loupiot|pitchoun|ado|ados|adolescent|adolescente)',
  '\\b(?! (coup|coups|peu|bout|chien|chat))',
);

/** Grown-ups, or their state: the child is not in a fight between children. */
const GROWN_UP = rx('',
  '\\b(parents|pere|mere|papa|maman|daron|daronne|beau pere|belle mere|homme|femme|mec|type|',
  'gars|adulte|adultes|couple|monsieur|dame|ivrogne|bourre|bourres|bourree|ivre|ivres|saoul|',
  'saouls|soul|souls|saoule|alcoolise|alcoolises|alcoolisee|enerve|enerves|enervee|en colere|',
  'furieux|furieuse|hors de (lui|elle|eux)|pete un cable|petent un cable)\\b',
);

/** Where a witness stands, or what the witness sees of the child now. */
const SEEN_NOW = rx('',
  '\\b(camping|mobil home|mobilhome|caravane|tente|aire de jeux?|aire de jeu|parc|square|',
  'jardin public|parking|plage|piscine|supermarche|magasin|centre commercial|marche|gare|',
  'arret de bus|quai|rue|trottoir|fete foraine|terrain|stade|devant tout le monde|en public|',
  'aire de repos|aire de autoroute|station service|bord du lac|lac|riviere|bus|tram|metro|',
  'train|festival|concert|fete|sang|',
  'sous mes yeux|devant moi|je vois|je le vois|je la vois|on voit|saigne|saignent|',
  'pleure|pleurent|hurle|hurlent|crie|crient|par terre|au sol)\\b',
);

/** Told long after, or as what happens from time to time: the FAQ, not a patrol. */
const NOT_NOW = rx('',
  '\\b(hier|le an dernier|le ete dernier|la semaine derniere|le mois dernier|il y a (\\d+|deux|',
  'trois|quelques) (jours|semaines|mois|ans)|aurais du|aurait du|la derniere fois|',
  'est ce (legal|interdit|permis)|ce est (legal|interdit|permis)|a le epoque)\\b',
);

export const NET_CHILD_BEATEN_PUBLIC: readonly NetFamily[] = [
  {
    id: 'net-child-beaten-public',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [BLOWS],
    requires: rx('', `^(?=.*${GROWN_UP.source}).*${SEEN_NOW.source}`),
    unless: NOT_NOW,
  },
];
