import type { NetFamily } from './triage-net-families';
import { FRAIL } from './triage-net-wanderer-unfound';
import { rx } from './triage-words';

/**
 * A relative with dementia who cannot be found now: "mon père a alzheimer il est
 * introuvable", "on ne le trouve nulle part", "il a disparu de l'ehpad". A vulnerable person
 * gone is a search for the gendarmes (17 first), not the missing-person FAQ; found again, an
 * earlier episode or a question for later stay calm.
 */
const PERSON = '(il|elle|papa|maman|papi|papy|mamie|mamy|pepe|meme|mon pere|ma mere|' +
  'mon grand pere|ma grand mere|mon beau pere|ma belle mere|mon oncle|ma tante|mon mari|' +
  'ma femme|mon frere|ma soeur|(le|la|un|une) (patient|patiente|resident|residente|' +
  'pensionnaire))';

const CARE_HOME = '(ehpad|maison de retraite|foyer|residence|unite protegee|unite alzheimer|' +
  'hopital|clinique|service|centre)';

/** A home for the frail: who leaves it alone is vulnerable. */
const HOME_FOR_FRAIL = /\b(ehpad|maison de retraite|unite protegee|unite alzheimer)\b/;

const GONE_NOW = rx('',
  '\\b(est|sont|reste|restent) (toujours |encore )?introuvables?\\b|',
  `\\b${PERSON} (a disparu|se est echappe|`,
  `se est echappee|a fugue|a fait une fugue|se est sauve|se est sauvee) (de le|du|de la) `,
  `${CARE_HOME}\\b|`,
  '\\b(on|je|nous|personne) (ne )?(la|le|les|l) ?(trouve|retrouve|trouvons|retrouvons) ',
  'nulle part\\b',
);

/** Found again, an earlier episode, a question for later. */
const OVER = rx('',
  '\\b(on|je|nous|ils|la police|les gendarmes|les pompiers|un voisin|une voisine|',
  'quelqu un) (le|la|les) ?(a|ont|avons|ai) (retrouve|retrouvee|retrouves|ramene|ramenee|',
  'ramenes)\\b|',
  '\\b(il|elle|ils) (est|sont) (rentre|rentree|rentres|revenu|revenue|revenus|de retour)\\b|',
  '\\b(retrouve|retrouvee) (sain|saine|chez|dans|a le|au|vivant|vivante)\\b|',
  '\\b(etait introuvable|le an dernier|le annee derniere|la derniere fois|',
  'il y a (\\d+|deux|trois|quelques|plusieurs) (ans|mois|semaines)|bracelet|balise|traceur|',
  'si un jour|au cas ou|comment eviter|que faire si)\\b',
);

export const NET_WANDERER_GONE: readonly NetFamily[] = [
  {
    id: 'net-wanderer-gone',
    situation: 'missing_person',
    always: true,
    patterns: [GONE_NOW],
    requires: new RegExp(`${FRAIL.source}|${HOME_FOR_FRAIL.source}`),
    unless: OVER,
  },
];
