import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { childLockedAsPunishment, partnerBlowsSuspected } from './triage-calm-round-t92-kin';

/**
 * Round t92's false alarms, private messages from social networks: a relative's car towed
 * ("la voiture de mon fils a été enlevée par la fourrière" is no kidnapping), a child sent
 * "va te suicider" by classmates (the parent asks what to do about the harassment; the
 * child's own despair keeps the alarm), blows suspected from bruises with nothing happening
 * now, a child locked up as a habitual punishment (kin file). Each clause is taken out before
 * looking for a danger left, so that a kidnapping or a despair told beside it still alarms.
 */

const VEHICLE = '(voiture|vehicule|auto|bagnole|caisse|moto|scooter|camion|camionnette|' +
  'fourgon|quad|mobylette|mob|velo|trottinette|utilitaire|camping car)';
const REMOVED = '(enleve|enlevee|enleves|enlevees|embarque|embarquee|remorque|remorquee)';

/** "la voiture de mon fils a été enlevée hier", "ma moto enlevée ce matin". */
const VEHICLE_REMOVED = rx('',
  `\\b${VEHICLE}( (de|du) (mon|ma|notre|son|sa|ton|ta|leur) [a-z]+( de [0-9]+ ans)?)?`,
  '( (a|ont|est|sont|vient de|viennent de))?( (ete|etre|deja|encore))?',
  '( (hier|ce matin|cette nuit|ce soir|aujourd hui|tout a le heure|hier soir))?',
  ` ${REMOVED}\\b`,
);

/** "la fourrière a enlevé la voiture de ma fille", "il s'est fait enlever son scooter". */
const REMOVED_VEHICLE = rx('',
  '\\b(enleve|enlevee|enlever|embarque|embarquer|remorque|remorquer) (la|sa|ma|ta|leur|notre|',
  `son|mon|ton|le) ${VEHICLE}\\b`,
);

/** The same, to take every such clause out. */
const VEHICLE_REMOVED_ALL = new RegExp(VEHICLE_REMOVED.source, 'g');
const REMOVED_VEHICLE_ALL = new RegExp(REMOVED_VEHICLE.source, 'g');

/** Once the vehicle is out, an abduction or a harm left: the alarm stays. */
const TAKEN_LEFT = rx('',
  '\\b(enleve|enlevee|enleves|enlevees|enlever|enlevement|kidnappe|kidnappee|kidnapper|',
  'kidnapping|rapt|otage|sequestre|sequestree|rancon|de force|dedans|a le interieur|',
  'avec (lui|elle|eux|mon bebe|le bebe|les enfants) (dedans|a le interieur)|couteau|arme|',
  'frappe|frappee|blesse|blessee|au secours|a le aide|aidez|vite|urgent|se tuer|me tuer|',
  'suicider|suicide|mourir|en finir)\\b',
);

function vehicleTowed(text: string): boolean {
  if (!gatedTest(VEHICLE_REMOVED, text) && !gatedTest(REMOVED_VEHICLE, text)) {
    return false;
  }

  const withoutClause = gatedReplace(text, VEHICLE_REMOVED_ALL, ' ');
  const rest = gatedReplace(withoutClause, REMOVED_VEHICLE_ALL, ' ');
  return !gatedTest(TAKEN_LEFT, rest);
}

const DIE = '(suicider|suicide|tuer|tue|pendre|jeter|foutre en le air|flinguer|buter|crever|' +
  'mourir)';
const SENT = '(ecrivent|ecrit|disent|dit|envoient|envoie|conseillent|conseille|demandent|' +
  'demande|ordonnent|repetent|repete|ont ecrit|ont dit|a dit|a ecrit|ont envoye|a envoye|' +
  'ont conseille|balancent|postent|commentent)';

/**
 * What bullies send: "va te suicider", "suicide-toi", "kys", "ils lui écrivent de se tuer",
 * "on dit à ma fille de se suicider", "on lui écrit qu'il devrait se tuer".
 */
const DIE_COMMAND = rx('',
  `\\b(va te ${DIE}|va (crever|mourir)|(suicide|tue|pend|pends|flingue|bute|kill) toi|kys|`,
  `(lui|leur|me|te) ${SENT} (de (aller )?(se |te )?${DIE}|que (il|elle|tu) (devrait|devrais|`,
  `doit|dois|ferait mieux de|ferais mieux de) (se |te )?${DIE})|`,
  `${SENT} a (mon|ma|sa|son|notre|leur) [a-z]+( [a-z]+)? de (aller )?(se )?${DIE})\\b`,
);

const DIE_COMMAND_ALL = new RegExp(DIE_COMMAND.source, 'g');

/** Where such words come from: messages, a network, a class. */
const HARASSMENT_MEDIUM = rx('',
  '\\b(message|messages|msg|sms|texto|textos|commentaire|commentaires|snap|snapchat|insta|',
  'instagram|tiktok|whatsapp|discord|facebook|messenger|reseaux|reseau|groupe|story|dm|mp|',
  'harcele|harcelee|harceler|harcelement|harcelent|classe|college|lycee|ecole|eleves|',
  'camarades|copains de classe)\\b',
);

/** The child's own despair, or a now, once the bullies' words are out. */
const DESPAIR_LEFT = rx('',
  '\\b(suicide|suicider|se tuer|me tuer|mourir|en finir|se pendre|se jeter|sauter|',
  'se foutre en le air|se faire du mal|se scarifie|scarifie|scarifiee|medicaments|medocs|',
  'cachets|pilules|le faire|passer a le acte|plus envie de vivre|veut plus vivre|disparaitre|',
  'adieu|lettre|enfermee|enferme|ce soir|cette nuit|la maintenant|en ce moment|vite|urgent|',
  'au secours|a le aide|aidez|fenetre|pont|corde|frappe|frappent|couteau|arme|sang|saigne)\\b',
);

function sentDieCommand(text: string): boolean {
  if (!gatedTest(DIE_COMMAND, text) || !gatedTest(HARASSMENT_MEDIUM, text)) {
    return false;
  }

  return !gatedTest(DESPAIR_LEFT, gatedReplace(text, DIE_COMMAND_ALL, ' '));
}

/** A body in danger or a fire told beside: no calm of this round may hide it. */
const BODY_DANGER = rx('',
  '\\b(malaise|inconscient|inconsciente|respire|respirer|evanoui|evanouie|convulse|feu|',
  'flammes|fumee|incendie|gaz|sang|saigne|saignent|couteau|arme|fusil|pistolet|',
  'au secours|a le aide|aidez moi|samu|pompiers)\\b',
);

/** True when the message is one of round t92's calm look-alikes. */
export function settledT92(text: string): boolean {
  if (gatedTest(BODY_DANGER, text)) {
    return false;
  }

  return vehicleTowed(text) || sentDieCommand(text) || partnerBlowsSuspected(text) ||
    childLockedAsPunishment(text);
}
