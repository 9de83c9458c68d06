import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A question asked for schoolwork: "c'est quoi le numéro pour les enfants qu'on frappe ?
 * c'est pour un exposé / un devoir / un TPE". The pupil quotes the danger to learn about it;
 * a pupil who is hurt says who hurts them ("mon père me frappe"), which keeps the alarm
 * ("il me tape pour un devoir raté" is no school purpose).
 */
const HINT = /\b(expose|exposes|devoir|devoirs|dm|tpe|tipe|ecole|college|lycee|classe|emc|prof)\b/;

const FOR_SCHOOL = rx('',
  '\\b(ce est|cest|ce etait|ce) (juste |seulement |uniquement |surtout )?pour (un|une|mon|ma|',
  'notre|le|la|les|l) ?(expose|devoir|devoirs|dm|tpe|tipe|dossier|projet|cours|memoire|',
  'redaction|oral|ecole|college|lycee|classe|fac|emc|svt|prof)\\b|',
  '\\bpour (mon|un|notre|le) (expose|tpe|tipe|dm|devoir maison|devoir de [a-z]+|',
  'projet scolaire|dossier scolaire)\\b|',
  '\\b(prof|professeur|maitresse) (nous )?a demande\\b',
);
/** The writer or their own child is the one hurt: then it is no schoolwork. */
const OWN_HARM = rx('',
  '\\b(me|m) (frappe|frappent|tape|tapent|bat|battent|touche|touchent|viole|menace|',
  'menacent|enferme|cogne)\\b|\\bme a (frappe|frappee|tape|tapee|battu|battue|touche|',
  'touchee|violee?|enferme|enfermee)\\b|\\b(rate|pas fait|oublie) (mon|le) devoir\\b|',
  '\\b(en ce moment|maintenant|vite|au secours|ce soir|cette nuit)\\b',
);

export function askedForSchoolwork(text: string): boolean {
  return gatedTest(HINT, text) && gatedTest(FOR_SCHOOL, text) && !gatedTest(OWN_HARM, text);
}

/**
 * A presentation about a danger, asked for its figures: "ma fille fait un exposé sur le
 * harcèlement et le suicide chez les ados, vous avez des chiffres ?". The topic is quoted
 * as a subject, so even suicide (which no question calms) is schoolwork here, unless the
 * pupil, or the parent's child, says they want to die.
 */
const SCHOOL_TOPIC = rx('',
  '\\b(expose|exposes|dossier|tpe|tipe|devoir|dm|memoire|redaction|oral|projet scolaire|',
  'travail scolaire|exposer|presentation|grand oral|these)( [a-z]+){0,3} ',
  '(sur|au sujet de|a propos de|concernant|qui parle de|traitant de)\\b',
);
const FIGURES = rx('',
  '\\b(chiffres|chiffre|statistiques|stats|stat|combien|nombre|donnees|pourcentage|taux|',
  'sources|documentation|ressources|infos|informations|brochure|brochures|etudes|etude)\\b',
);
const OWN_DESPAIR = rx('',
  '\\b(me suicider|me tuer|envie de mourir|veux mourir|veut mourir|en finir|moi aussi|',
  'en vrai|se suicider ce soir|veut se suicider|pense a se suicider|parle de se suicider|',
  'se scarifie|se fait du mal|me fais du mal|me fait du mal|au bout|plus envie de vivre)\\b',
);

export function schoolTopicFigures(text: string): boolean {
  return gatedTest(SCHOOL_TOPIC, text) && gatedTest(FIGURES, text) &&
    !gatedTest(OWN_DESPAIR, text) &&
    !gatedTest(OWN_HARM, text);
}
