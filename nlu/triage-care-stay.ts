import { gatedTest } from './regex-gate';
import { withoutDoerClause } from './triage-doer';
import { withoutHistory } from './triage-history';
import { withoutPlannedDates } from './triage-planned-date';
import { rx } from './triage-words';

/**
 * A stay in care with its date is the patient's background, not the date of what happens:
 * "sorti de l'hôpital hier et là j'ai une douleur énorme", "hospitalisé le mois dernier, il a
 * très mal au thorax". Read for time without it, the message keeps the time of its symptoms.
 */
const WHEN = '(hier( soir| matin| midi)?|avant hier|ce matin|(le|la|cette) (semaine|mois|' +
  'annee)( derniere| dernier)?|le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|' +
  '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)( dernier)?|il y a (\\d+|quelques|' +
  'deux|trois|quatre|cinq|dix) (jours|semaines|mois)|depuis (\\d+ jours|peu))';
const CARE = '(hopital|hosto|clinique|urgences|maternite|reanimation|rea|bloc)';

const CARE_STAY = rx('g',
  '\\b((suis|est|es|sommes|sont) )?(sorti|sortie|sortis|rentre|rentree|revenu|revenue|',
  `renvoye|renvoyee)( de le| des| de la| de)? ${CARE} ${WHEN}\\b|`,
  '\\b(a ete |ai ete |avoir ete |etait )?(hospitalise|hospitalisee|opere|operee|operes)',
  `( a le ${CARE}| de le [a-z]+)? ${WHEN}\\b|`,
  `\\b${WHEN} (je suis|il est|elle est) (sorti|sortie|rentre|rentree)( de le| des| de la)? `,
  `${CARE}\\b`,
);

/** Cheap test before the replacement: most messages name no place of care. */
const CARE_HINT = new RegExp(`\\b(${CARE}|hospitalise|hospitalisee|opere|operee|operes)\\b`);

/**
 * The text read for time: without a stay in care, a dated history (triage-history.ts), the
 * past that names who is there now (triage-doer.ts) nor the date of a plan
 * (triage-planned-date.ts).
 */
export function withoutCareStay(text: string): string {
  const background = withoutHistory(withoutPlannedDates(withoutDoerClause(text)));
  if (!gatedTest(CARE_HINT, background)) {
    return background;
  }
  return background.replace(CARE_STAY, ' ').replace(/ +/g, ' ').trim();
}
