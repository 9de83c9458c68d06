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
  return HINT.test(text) && FOR_SCHOOL.test(text) && !OWN_HARM.test(text);
}
