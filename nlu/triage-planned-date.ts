import { gatedTest } from './regex-gate';
/**
 * A date that belongs to something planned ("un rendez-vous en mars", "les élections de
 * mars", "en juin prochain") dates that plan, not the message: read for time, it made "là
 * il y a des coups de feu dans ma rue" a past story (twelfth tester's F1).
 */
const MONTH = '(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|' +
  'decembre)';
const PLAN = '(rendez vous|rdv|elections?|scrutin|vote|vacances|mariage|examens?|exam|bac|' +
  'brevet|audience|convocation|concours|voyage|depart|demenagement|anniversaire|operation|' +
  'stage|entretien|permis|procuration|inscription|rentree|conge|conges|fete|spectacle)';

const PLANNED_DATE = new RegExp(`\\b${PLAN}( [a-z]+){0,3}? (en|de|du|pour|au mois de|prevue? ` +
  `en|prevus en|prevues en|le \\d{1,2}|le)( \\d{1,2})? ${MONTH}( prochain)?\\b|` +
  `\\b(en|de|du|le)( \\d{1,2})? ${MONTH} prochain\\b`, 'g');

/** Cheap test first: most messages name no month. */
const HINT = new RegExp(`\\b${MONTH}\\b`);

/** The text read for time: without the dates of what is planned. */
export function withoutPlannedDates(text: string): string {
  if (!gatedTest(HINT, text)) {
    return text;
  }
  return text.replace(PLANNED_DATE, ' ').replace(/ +/g, ' ').trim();
}
