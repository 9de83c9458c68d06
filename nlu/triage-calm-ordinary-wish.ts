import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Wishes that read like despair to the learned model, told with what makes them ordinary:
 * joining a relative somewhere ("mon grand-père veut rejoindre mamie au marché"), wanting it
 * all to stop with someone ("je veux que tout s'arrête avec mon ex, qu'il me laisse
 * tranquille"). The rules already let both pass; the model's vote raised them. A word of
 * death or despair, or the other world as the place, keeps the alarm.
 */
const JOINED_SOMEWHERE = rx('',
  '\\b(rejoindre|retrouver) ([a-z]+ ){1,3}(au marche|au restaurant|au resto|au cafe|a la gare|',
  'a le aeroport|a la plage|au travail|au boulot|en vacances|pour les vacances|pour manger|',
  'pour dejeuner|pour diner|au camping|a la maison de retraite|a la mer|a la montagne|',
  'ce week end|le week end|samedi|dimanche|demain|en bretagne|en vendee|a paris|a lyon)\\b',
);

const STOPPED_WITH_SOMEONE = rx('',
  '\\b(tout|ca) (s arrete|cesse|finisse|se arrete) avec (mon|ma|mes|cet|ce|cette|lui|elle|eux|',
  'le|la|les)\\b',
);

const DESPAIR = rx('',
  '\\b(mourir|mort|morte|tuer|suicide|suicider|en finir|crever|disparaitre|plus vivre|',
  'vivre sans|ciel|paradis|la haut|au dela|au cimetiere|cimetiere|adieu|mes jours|',
  'me foutre en l air|plus la force|ne mange plus|mange plus|arrete de manger)\\b',
);

export function ordinaryWish(text: string): boolean {
  return (gatedTest(JOINED_SOMEWHERE, text) || gatedTest(STOPPED_WITH_SOMEONE, text)) &&
    !gatedTest(DESPAIR, text);
}
