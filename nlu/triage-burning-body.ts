import { gatedTest } from './regex-gate';
import type { Situation } from './triage-words';
import { rx } from './triage-words';

/**
 * "ça brûle dans la poitrine", "une douleur qui brûle dans la poitrine et le bras gauche": a
 * burning felt in the body is the SAMU's (15), not the firemen's; the fire words read "brûle"
 * as a fire and put the 18 first. A fire named beside it keeps the 18.
 */
const BURNING_IN_BODY = rx('',
  '\\b(brule|brulent|brulait|brulure|brulures|me brule)( [a-z]+){0,3} (dans|a|au|aux|sur)',
  ' (la |le |les |l |mon |ma |mes )?(poitrine|thorax|coeur|estomac|ventre|gorge|oesophage|',
  'bras|dos|poumon|poumons|cage thoracique|sternum|vessie|yeux|oeil)\\b|',
  '\\b(poitrine|thorax|coeur|estomac|ventre|gorge|poumons|sternum)( [a-z]+){0,2} ',
  '(me brule|brule|qui brule|en feu)\\b',
);

/** A fire itself: flames, smoke, a burning place. */
const FIRE_NAMED = rx('',
  '\\b(feu|flammes|flamme|fumee|fumees|incendie|explosion|gaz|cuisine|maison|appartement|',
  'immeuble|voiture|garage|grenier|cheminee|foret|poubelle|barbecue|four|friteuse|huile)\\b',
);

/** The 18 read from a burning felt in the body becomes the 15. */
export function burningBodyIsMedical(found: Set<Situation>, literal: string): void {
  if (found.has('fire') && gatedTest(BURNING_IN_BODY, literal) &&
    !gatedTest(FIRE_NAMED, literal)) {
    found.delete('fire');
    found.add('medical');
  }
}
