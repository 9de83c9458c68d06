import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A past malaise or hospital stay told in passing before an ordinary request: "ma mère a
 * fait un malaise la semaine dernière, elle est sortie de l'hôpital, sa maison sera vide,
 * vous pouvez la surveiller ?" The stay in care took the date off the malaise (the care
 * stay is read as background), so the malaise read as today's. The episode is dated, the
 * request is a procedure (a house watched, a proxy vote, a paper), and nothing says the body
 * fails now; "et là elle recommence", a pain, a fall today keep the alarm.
 */
const EPISODE = rx('',
  '\\b(malaise|avc|infarctus|crise cardiaque|attaque cardiaque|hospitalise|hospitalisee|',
  'hopital|hosto|clinique|chute)\\b',
);

/** The episode's date: a week ago, last month, a weekday gone. */
const DATED = rx('',
  '\\b(la semaine derniere|le mois dernier|hier|avant hier|il y a (\\d+|deux|trois|quatre|',
  'cinq|dix|quinze|quelques|plusieurs) (jours|semaines|mois)|(lundi|mardi|mercredi|jeudi|',
  'vendredi|samedi|dimanche) dernier|en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|',
  'septembre|octobre|novembre|decembre)|depuis (son|sa) (malaise|avc|infarctus|chute|',
  'hospitalisation))\\b',
);

/** What the writer asks for: a procedure, not a rescue. */
const REQUEST = rx('',
  '\\b(surveiller|surveillance|rondes?|tranquillite vacances|tranquillite absence|otv|',
  '(maison|appartement|appart|pavillon|logement) (sera|est|reste|restera) (vide|inoccupee?)|',
  'inoccupee?|procuration|voter|attestation|certificat|papier|papiers|courrier|carte de ',
  'identite|carte grise|permis|vendre sa voiture|poubelles|dossier|demarche|demarches|assurance|',
  'employeur|arret de travail)\\b',
);

/** The body failing now: the episode is not over. */
const BODY_NOW = rx('',
  '\\b(et la|mais la|la (il|elle)|aujourd hui|ce matin|ce soir|cette nuit|en ce moment|',
  'maintenant|actuellement|de nouveau|a nouveau|recommence|encore|respire|repond plus|',
  'ne repond|inconscient|inconsciente|par terre|au sol|douleur|mal a|mal au|a mal|saigne|sang|',
  'vomit|confus|confuse|paralyse|bouge plus|vient de|viens de|vite|urgent|au secours|',
  'se reveille pas|arrive plus a)\\b',
);

const GATE = rx('',
  '\\b(malaise|avc|infarctus|cardiaque|hospitalise|hospitalisee|hopital|hosto|clinique|',
  'chute)\\b',
);

export function pastEpisodeBeforeRequest(text: string): boolean {
  return gatedTest(GATE, text) && gatedTest(EPISODE, text) && gatedTest(DATED, text) &&
    gatedTest(REQUEST, text) && !gatedTest(BODY_NOW, text);
}
