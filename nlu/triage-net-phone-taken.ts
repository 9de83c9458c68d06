import type { NetFamily } from './triage-net-families';
import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Held at home by a partner or a relative who took the writer's phone ("il m'a pris mon
 * portable et je peux pas sortir, j'écris depuis la tablette du petit"): whoever writes
 * from another device cannot call, so the SMS 114 leads, then 17 and 112 (hiding). The
 * phone taken is the cheap cue; the confinement is required beside it, so that a phone
 * broken, lost or taken back last year, or a teenager's phone confiscated as a
 * punishment, stays calm.
 */
const PHONE = '(tel|telephone|portable|phone|smartphone|iphone|mobile|gsm)';
const TAKEN = '(pris|pri|prit|prend|confisque|casse|garde|jete|cache|planque|pique|vole|' +
  'arrache|eteint|eclate|explose|brise|detruit|retire|enleve)';

/** Who takes it: "il", "mon mari", "ma belle-mère", "le copain de ma mère". */
const TAKER = '(il|elle|ils|elles|(mon|ma|mes|son|sa|le|la) [a-z]+( [a-z]+)?)';

const PHONE_TAKEN = rx('',
  // "il a pris mon tel", "mon mari m'a confisqué mon portable", "ma pri mon tel" (SMS)
  `\\b${TAKER} (me |m )?(a|ont|me a|ma|mont)( eteint et)? ${TAKEN} (mon|mes) ${PHONE}\\b|`,
  `\\b(me a|ma|m a|me ont|mont)( eteint et)? ${TAKEN} (mon|mes) ${PHONE}\\b|`,
  // "il a mon portable", "il garde mon tel et les clés"
  `\\b${TAKER} (a|ont|garde|gardent|prend|confisque|cache) (mon|mes) ${PHONE}\\b|`,
  // "téléphone confisqué", "mon portable il l'a cassé"
  `\\b${PHONE} (est |a ete )?(confisque|pris|garde|cache|planque)\\b|`,
  `\\bmon ${PHONE} (il|elle) (le a|la|me le a|me la|l a) ${TAKEN}\\b`,
);

/** The writer kept in by someone: locked in, kept from leaving, the doors or keys held. */
const HELD = rx('',
  '\\b(enferme|enfermee|enfermer|enfermes|enfermees|sequestre|sequestree|sequestrer|',
  '(me|m) (retient|retiennent|garde|gardent) (enferme|enfermee|chez|a la maison|ici|de force)|',
  '(me|m) (retient|retiennent)|',
  '(me|m) (laisse|laissent) (pas|plus|jamais) (sortir|partir|repartir)|',
  '(me|m) (empeche|empechent) de (sortir|partir|repartir|quitter|men aller|me en aller)|',
  '(veut|veulent) pas que je (sorte|parte)|',
  'ferme (tout|la porte|les portes|toutes les portes) a cle|',
  '(garde|gardent|pris|cache|confisque) (les|mes|nos) (cles|clefs))\\b',
);
/**
 * Stuck with no one named as the cause ("je peux pas sortir", "bloquée dans l'appart"):
 * held only when told from another device too.
 */
const STUCK = '(je )?(peux|peut|pouvons) (pas|plus) (sortir|partir|repartir)|' +
  '(suis |je suis )?(bloquee?|retenue?) (dans|chez|a la maison|a le interieur)';

/** A punishment, a repair or a loan: the phone taken is no captivity. */
const NOT_HELD = rx('',
  '\\b(puni|punie|punis|punition|punir|privee? de (sortie|sorties|portable|telephone|tel)|',
  'mauvaise note|mauvaises notes|bulletin|devoirs|couvre feu|reparer|reparation|recharger|',
  'emprunte|empruntee|prete|pretee|pour jouer|confinement|confinee?|quarantaine|covid|neige|',
  'greve|ascenseur|en jouant|par accident|sans faire expres|a cause de (ma|mon|la|le|mes)|',
  'douane|douanier|douaniers|aeroport|garde a vue)\\b',
);

/** Writing from another device: a tablet, a computer, a console, someone else's account. */
const ELSEWHERE = rx('',
  '\\b(ecris|ecrit|tape|contacte|envoie|envoye|passe|suis) (depuis|de|du|avec|sur|par)',
  '( messenger sur)? (la|le|l|un|une|mon|ma|sa|son|ses)? ?(tablette|ipad|ordi|ordinateur|pc|',
  'console|switch|montre|compte|laptop|mac)\\b|',
  '\\b(peux|peut|pouvons) (pas|plus) (vous |te )?(appeler|telephoner)\\b',
);

/** The cheap gate: a phone named at all. */
const PHONE_WORD = new RegExp(`\\b${PHONE}\\b`);

/**
 * A phone taken and a message from another device: told of today, whatever "depuis 3
 * jours" reads like (the coercive-control FAQ must not calm it).
 */
export function writesWithPhoneTaken(text: string): boolean {
  return gatedTest(PHONE_WORD, text) && gatedTest(PHONE_TAKEN, text) &&
    gatedTest(ELSEWHERE, text);
}

export const NET_PHONE_TAKEN: readonly NetFamily[] = [
  {
    id: 'net-phone-taken-held',
    situation: 'hiding',
    habitCancels: true,
    patterns: [PHONE_TAKEN],
    requires: HELD,
    unless: NOT_HELD,
  },
  {
    id: 'net-phone-taken-stuck',
    situation: 'hiding',
    habitCancels: true,
    patterns: [PHONE_TAKEN],
    requires: rx('', `^(?=.*(?:${ELSEWHERE.source})).*\\b(${STUCK})\\b`),
    unless: NOT_HELD,
  },
];
