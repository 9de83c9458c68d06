import { gatedTest } from './regex-gate';
import type { EmergencyAssessment } from './types';
import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';
import { FOREIGN_PLACE } from './triage-far-places';
import { withKinAbroadFirst } from './triage-far-kin';

/**
 * Far from the usual numbers: abroad, where 17, 15 and 18 do not answer, and in the
 * mountains, canyons and caves, where 112 gets through on any network and the rescuers are
 * specialised. The place is a word class (holidays + a country, a city, "à l'étranger"), not
 * a tester's sentence.
 */
export const ABROAD = rx('',
  '\\b(a le etranger|hors de france|dans un pays etranger|',
  `(en|au|aux|a) ${FOREIGN_PLACE})\\b`,
);
const WILD = rx('',
  '\\b(montagne|rando|randonnee|randonne|randonnons|escalade|grimpe|grimpeur|alpiniste|cordee|',
  'via ferrata|canyon|canyoning|gorges|grotte|speleo|gouffre|falaise|paroi|crevasse|ravin|',
  'precipice|glacier|refuge|en pleine nature|loin de tout)\\b',
);

/** A body hurt, a blow, a blade: what a tourist tells of the danger in French. */
const HURT = '(blesse au couteau|a blesse|poignarde|poignardee|poignarder|plante|planter|' +
  'coup de couteau|agresse|agressee|' +
  'agresser|frappe|frappee|frapper|tabasse|tabassee|tabasser|saigne|saignent|en sang|' +
  'perd du sang|pisse le sang|inconscient|inconsciente|renverse|renversee|blesse|blessee|' +
  'respire mal|bouge plus)';

/** Over: the story of a past trip is a complaint, whatever number it asks. */
const OVER = rx('', '\\b(hier|avant hier|dernier|derniere|il y a \\d+|plainte|assurance|',
  'remboursement|consulat|ambassade|passeport|papiers|sorti|sortie|gueri|guerie|va bien|',
  'vont bien|en cas de|si jamais|si on)\\b');

const FALL = '(chute|chutes|a chute|tombe|tombee|tombes|glisse|glissee|devisse|devissee|lache|' +
  'lachee|decroche|decrochee|fracasse|fracassee|dans le vide)';

/**
 * A question asked while it happens ("quel numéro j'appelle") does not calm these: far from
 * the usual numbers, asking which one is part of the emergency.
 */
/**
 * Where someone is going, not where the danger is: "il menace de partir à l'étranger ce soir"
 * is still 17. A holiday or a trip named in between is where they are ("partis en vacances
 * en Italie").
 */
const LEAVING_FOR = new RegExp('\\b(partir|part|partent|aller|emmener|emmene|emmenent|' +
  'ramener|enlever|enleve|retourner|repartir|rentrer|fuir|enfuir|envoyer|renvoyer|expulser|' +
  'expulse|demenager|installer|billet|billets|avion pour|vol pour)' +
  `( (?!vacances|voyage|sejour|week)[a-z]+){0,3} ${ABROAD.source}`, 'g');

/**
 * A relative who lives or stays over there, told from home ("mon frère est au Canada, il ne
 * répond plus"): the writer dials where they are, so the danger's own numbers lead.
 */
const KIN_OVER_THERE = rx('',
  '\\b(mon|ma|mes) (frere|soeur|fils|fille|pere|mere|cousin|cousine|oncle|tante|ami|amie|',
  'copain|copine|parents|enfants|grand pere|grand mere|neveu|niece) (est|sont|vit|vivent|',
  `habite|habitent|travaille|travaillent|etudie) (en|au|aux|a) ${FOREIGN_PLACE}\\b`,
);
const WRITER_THERE = rx('', '\\b(je suis|on est|nous sommes|en vacances|en voyage|',
  'avec (lui|elle|eux|nous)|notre|nos|on a|nous avons|on roulait|je roulais|je vois)\\b');

/** The danger is abroad: a foreign place named, other than where someone means to go. */
export function placedAbroad(normalized: string): boolean {
  if (gatedTest(KIN_OVER_THERE, normalized) && !gatedTest(WRITER_THERE, normalized)) {
    return false;
  }
  return gatedTest(ABROAD, normalized) && gatedTest(ABROAD, normalized.replace(LEAVING_FOR, ' '));
}

export const NET_ABROAD: readonly NetFamily[] = [
  {
    id: 'net-hurt-abroad',
    situation: 'violence',
    always: true,
    patterns: [rx('', `\\b${HURT}\\b`)],
    requires: ABROAD,
    unless: OVER,
  },
  {
    id: 'net-fall-wild',
    // a body hurt far away: the SAMU first, as the other mountain families say
    situation: 'medical',
    always: true,
    patterns: [rx('', `\\b${FALL}\\b`)],
    requires: WILD,
    unless: rx('', `${OVER.source}|\\b(telephone|portable|sac|cles|lunettes|gourde|appareil|`,
      'drone|chapeau|casquette|neige|pluie|nuit|temperature|prix|action)\\b'),
  },
];

/** Someone gone while abroad: "ma femme a disparu depuis 3h, elle répond plus". */
const GONE_ABROAD = rx('',
  '\\b(a disparu|a disparue|est introuvable|(repond|decroche) (plus|pas)|',
  'pas (rentre|rentree|revenu|revenue)|plus de nouvelles|aucune nouvelle|sans nouvelles)\\b',
);
/** A thing lost or stolen on a trip, a person found again, a trip told afterwards. */
const THING_OR_OVER = rx('',
  '\\b((mon|ma|mes|notre|nos|le|la|les) (telephone|portable|sac|valise|valises|bagage|',
  'bagages|passeport|papiers|carte|argent|voiture|cles|colis|chien|chat)|',
  '(le|la|les) (a|avons|ont) retrouvee?s?|retrouvee? (sain|saine|vivant|vivante)|',
  'est rentre|est rentree|est revenu|est revenue|plainte|assurance|ambassade|consulat)\\b',
);

export const NET_GONE_ABROAD: readonly NetFamily[] = [
  {
    id: 'net-missing-abroad',
    situation: 'missing_person',
    patterns: [GONE_ABROAD],
    requires: ABROAD,
    unless: THING_OR_OVER,
  },
];

export function withFarFirst(assessment: EmergencyAssessment, normalized: string):
  EmergencyAssessment {
  if (!assessment.detected) {
    return assessment;
  }
  // the mountains keep their specialised first number (15 for a body, 18 for a rescue):
  // only abroad, where 17, 15 and 18 do not answer, does 112 lead, whatever the danger. At
  // sea too: 196 reaches the French coastguard only, 112 the rescue centre of the coast.
  // Leaning to 112 costs nothing at home, where it answers as well
  if (!placedAbroad(normalized)) {
    return withKinAbroadFirst(assessment, normalized);
  }
  const rest = assessment.numbers.filter((number) => number !== '112');
  return withKinAbroadFirst({ ...assessment, numbers: ['112', ...rest], abroad: true },
    normalized);
}
