import { gatedTest } from './regex-gate';
import { RELATIVE, SCENE_NOW } from './triage-calm-round-t92-kin';
import { rx } from './triage-words';

/**
 * Two family scenes the learned vote read as emergencies while the rules, on purpose, did not
 * (round t100):
 * - a daughter or son who shut themself in a room to cry or sulk ("ma fille s'est enfermée
 *   dans la salle de bain, elle pleure"): a teenager's upset, no one holding them. A child
 *   locked in by someone is net-child-locked-in-by-someone's; silence behind the door, a
 *   means, a wish to die or a small child stuck keep the alarm;
 * - a relative's partner who beats her, told in the present with no sign of now ("ma soeur a
 *   des bleus partout et son mec la frappe"): the dev set's convention, the domestic
 *   violence answer (3919, complaint, protection order) as for "mon conjoint est violent
 *   avec moi"; "en ce moment", a call in tears, screams or a weapon make it the 17.
 */

const SHUT_HERSELF_IN = rx('',
  '\\b(ma|mon|notre) (fille|fils|ado|adolescente?|grande|grand|gamine|gamin|belle fille|',
  'beau fils)( de (1[1-9]|[2-9][0-9]) ans)? (se est|est) (enferme|enfermee|barricade|',
  'barricadee|cloitre|cloitree) (dans|a le|aux) ',
);
/** What the shut door hides: an upset, a sulk, a quarrel. */
const UPSET = rx('',
  '\\b(pleure|pleurer|pleurs|en pleurant|en larmes|boude|boudait|veut (pas|plus) (me |nous )?',
  '(parler|sortir|ouvrir)|refuse de (sortir|parler|ouvrir)|dispute|engueulade|fachee?|vexee?|',
  'crise|colere|chagrin|larguee?|quittee?|rupture|mauvaise note|puni|punie)\\b',
);
/** Silence, a means, a wish to die, a small child stuck: the alarm stays. */
const BEHIND_THE_DOOR = rx('',
  '\\b(repond (plus|pas)|ne repond|bruit sourd|plus de bruit|plus rien|silence|medicaments|',
  'medocs|cachets|comprimes|pilules|couteau|lame|lames|rasoir|ciseaux|cutter|corde|ceinture|',
  'sang|saigne|mourir|me tuer|se tuer|la tuer|suicid[a-z]*|en finir|faire du mal|scarifi[a-z]*|',
  'coupe|coupee|odeur|gaz|inconsciente?|tombe|tombee|malaise|bouge plus|respire|bloque|',
  'bloquee|coince|coincee|arrive pas a (ouvrir|sortir)|peut (plus|pas) sortir|depuis (hier|',
  'des heures|ce matin|cette nuit)|enfonce|defonce|secours|aidez|a le aide|il la|il le|',
  'frappe|menace|peur de (lui|elle|son|sa|mon|ma)|vomi|vomir|vomit|vomissements)\\b',
);

const PARTNER_BEATS = rx('',
  '\\b(son|ce) (mec|mari|copain|compagnon|conjoint|ex|jules|gars|petit ami|keum)( [a-z]+){0,2} ',
  '(la|le) (frappe|frape|bat|tape|tappe|cogne|brutalise|maltraite|gifle|tabasse)\\b',
);

export function shutInToCry(normalized: string): boolean {
  return gatedTest(SHUT_HERSELF_IN, normalized) && gatedTest(UPSET, normalized) &&
    !gatedTest(BEHIND_THE_DOOR, normalized);
}

/** Heard or seen now: "je l'entends hurler", "elle crie". */
const HEARD_NOW = rx('', '\\b(entends|entend|entendu|hurler|crier|pleurer|hurlements)\\b');

export function partnerBlowsTold(normalized: string): boolean {
  return gatedTest(PARTNER_BEATS, normalized) && gatedTest(RELATIVE, normalized) &&
    !gatedTest(SCENE_NOW, normalized) && !gatedTest(HEARD_NOW, normalized);
}
