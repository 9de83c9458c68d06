import { rx } from './triage-words';

/**
 * A body in trouble, in the words of a collapse: the exception shared by the calms that
 * read "il ne répond plus" as a silence about money (a seller, a tradesman, a delivery paid).
 * "J'ai payé le livreur, il s'est effondré, il répond plus" is a man on the floor, not a
 * fraud: the payment told first is the scene's start, not a finished story.
 */
export const COLLAPSED = rx('',
  '\\b(tombe|tombee|chute|effondre|effondree|ecroule|ecroulee|affaisse|affaissee|affale|',
  'affalee|evanoui|evanouie|perdu connaissance|perd connaissance|dans les pommes|par terre|',
  'au sol|a terre|malaise|convulse|convulsions|tremble de partout|sang|saigne|respire|',
  'inconscient|inconsciente|bouge plus|bouge pas|blesse|blessee|ambulance|au secours|',
  'yeux fermes|les yeux revulses|livide|tout blanc|toute blanche|tout bleu|toute bleue)\\b',
);
