import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A pet dying of old age or illness ("mon chien est en train de mourir de vieillesse",
 * "mon vieux chat agonise, le véto dit que c'est la fin"): grief and the vet, not the SAMU
 * nor the suicide line. The owner's own despair, a bite, a fire or an animal shut in a car
 * keep the alarm.
 */
const PET_DYING = rx('',
  '\\b(chien|chienne|chiot|chat|chatte|chaton|lapin|lapine|hamster|cochon de inde|cobaye|',
  'furet|cheval|jument|poney|ane|perroquet|perruche|canari|oiseau|poisson|tortue|toutou|minou|',
  'matou|rat|souris|chevre|vache|brebis|mouton)( [a-z0-9]+){0,5} ',
  '(est en train de mourir|en train de mourir|va mourir|vont mourir|meurt|se meurt|agonise|',
  'agonie|est mourant|est mourante|en fin de vie|vit ses derniers|derniers jours|',
  'derniers instants|va partir|est en train de partir|ce est la fin)\\b',
);

const PERSON_AT_RISK = rx('',
  '\\b(me tuer|me suicider|en finir|veux mourir|envie de mourir|mourir avec|partir avec (lui|',
  'elle)|plus envie de vivre|mordu|mordue|morsure|me a mordu|a mordu|attaque|attaquee|',
  'incendie|flammes|fumee|feu|enferme|enfermee|dans une voiture|dans la voiture|coffre|',
  'au soleil|canicule|mon fils|ma fille|bebe|enfant|mon mari|ma femme|mon pere|ma mere|',
  'quelqu un|une personne|malaise)\\b',
);

export function petDying(text: string): boolean {
  return gatedTest(PET_DYING, text) && !gatedTest(PERSON_AT_RISK, text);
}
