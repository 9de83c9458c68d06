import { rx } from './triage-words';

/** Who scolds for an everyday fault: family, school, work; partners stay out (real risk). */
const SCOLDER = '(pere|mere|parents|daron|daronne|papa|maman|vieux|prof|professeur|professeure|' +
  'maitresse|maitre|coach|entraineur|chef|cheffe|patron|patronne|boss|manager|responsable|' +
  'directeur|directrice|grand mere|grand pere|mamie|papi|tante|oncle|soeur|frere|famille)';
/** The everyday fault that "will get me killed": a mark, a delay, a car, a broken thing. */
const FAULT = '\\b(retard|fourriere|notes?|bulletin|zero|maths|controle|interro|bac|exam|' +
  'examen|vase|casse|cassee|raye|rayee|abime|abimee|perdu|perdue|oublie|oubliee|points|' +
  'permis|amende|pv|contravention|facture|accroche|bosse|rate|ratee|loupe|redouble|' +
  'convocation|colle|vaisselle|telephone|portable|cles|radar|flashe|voiture|dm|devoir|devoirs|' +
  'exo|exos|exercices|copie|rendu|rendre|dossier|rapport|dissert|expose|lecons|lecon|' +
  'entrainement|match|assiette|verre|tasse|carreau|vitre|tache|mur|reveil|bus|train)\\b';
/** What makes it a threat however ordinary the fault: said, armed, at the door, feared. */
const THREAT = '\\b(couteau|arme|fusil|flingue|barre|batte|menace|menacee|dit que|dit quil|' +
  'ecrit que|frappe|tape|cogne|porte|attend|devant|en bas|vient|arrive|en ce moment|peur|' +
  'secours|aidez|aide moi|serieux|serieusement|pour de vrai|pas une blague|sang|cache|enferme|' +
  'enfermee|battu|battue|bat|coups|gifle|pour de bon|vraiment)\\b';

/**
 * "ma mère va me tuer, j'ai cassé le vase", "mon chef va me tuer, encore en retard": a
 * scolding foretold, with its everyday fault anywhere in the message, removed before the
 * rules read it; "il a dit qu'il allait me tuer", a knife or a door kept as a threat.
 */
export const BLAME_IDIOMS: readonly RegExp[] = [
  // the checks around the words come after them: as lookbehinds at the start they were
  // tried at every position of every message (~85 µs a message that has a scolder)
  rx('g',
    `\\b(mon|ma|mes|le|la|les|notre|ce|cette) ${SCOLDER}( de [a-z]+)? (va|vont) me `,
    '(tuer|buter|massacrer|etrangler|',
    `trucider|faire la peau|defoncer|tuer sur place)\\b`,
    `(?<!${THREAT}.*)(?!.*${THREAT})(?:(?<=${FAULT}.*)|(?=.*${FAULT}))`,
  ),
];
