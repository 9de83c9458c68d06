import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A marriage or a departure abroad forced on someone now ("mon père a dit qu'on part demain
 * au pays pour me marier, je veux pas, il m'a enfermée"): the police stop it before the
 * plane (17). Told by a minor ("je suis en 4ème", "j'ai 14 ans", "au collège"), the child
 * line 119 comes first. A question about the law or a marriage long past stays calm.
 */
const FORCED = rx('',
  '\\b(marier de force|mariee de force|marie de force|mariage force|mariage arrange|',
  'me marier (avec|a) (un|mon|le|son)|pour me marier|veut me marier|veulent me marier|',
  'vont me marier|va me marier|doit me marier|me faire marier|me fiancer de force|',
  '(envoyer|renvoyer|emmener|ramener|laisser) (au pays|au bled|la bas) de force|',
  '(me|nous) (envoyer|renvoyer|emmener|ramener|laisser|envoie|envoient|renvoie|renvoient|',
  'emmene|emmenent|ramene|ramenent|laisse|laissent) (au pays|au bled|la bas)( [a-z]+){0,3} ',
  '(de force|contre mon gre|sans mon avis|pour toujours)|(me|nous) marient de force)\\b',
);
/** Against her will, soon or already shut in: what makes it today's danger. */
const NOW_AND_UNWILLING = rx('',
  '\\b(je veux pas|je ne veux pas|veux pas|je refuse|contre mon gre|de force|sans mon avis|',
  'pas le choix|oblige|obligee|enferme|enfermee|demain|ce soir|cette nuit|ce week end|',
  'la semaine prochaine|dans (deux|trois|quelques|\\d+) jours|billet|billets|avion|',
  'on part|je pars|partir|passeport)\\b',
);
/** Who writes is a child: a school year, an age under 18, "mineure". */
const MINOR = rx('',
  '\\b(en ([3-6]eme|troisieme|quatrieme|cinquieme|sixieme|seconde)|au college|collegienne?|',
  'je ai (1[0-7]|[89]) ans|je suis mineure?|pas encore 18 ans|pas 18 ans)\\b',
);
/** A question about the law, or someone else's story told for advice. */
const CALM = rx('',
  '\\b(est ce que|est il|est elle|interdit|legal|illegal|la loi|que dit la loi|reportage|',
  'film|serie|livre|expose|il y a (\\d+|deux|trois|dix|quelques|plusieurs) ans|autrefois|',
  'ma grand mere|ma mere a ete|divorce|annuler)\\b',
);

export const NET_FORCED: readonly NetFamily[] = [
  {
    id: 'net-forced-minor',
    situation: 'child_neglect',
    // a child's plans told ahead ("cet été") or as done ("ils ont pris mon passeport")
    always: true,
    patterns: [FORCED],
    requires: MINOR,
    unless: CALM,
  },
  {
    id: 'net-forced-marriage',
    situation: 'violence',
    patterns: [FORCED],
    requires: NOW_AND_UNWILLING,
    unless: CALM,
  },
];
