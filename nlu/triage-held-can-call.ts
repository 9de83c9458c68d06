import { gatedTest } from './regex-gate';
import { writesOnly } from './triage-unheard';
import { CANNOT_HEAR, rx, type Situation } from './triage-words';

/**
 * Kept from leaving and beaten or threatened now by whoever holds the writer ("il m'empêche
 * de sortir et il me frappe", "mon copain m'a enfermée, je peux pas sortir, il me tape"),
 * with nothing to say the voice is barred: a call brings the police fastest, so 17 leads
 * and the SMS 114 follows (domestic violence, whoever the captor). A voice barred keeps
 * 114 first (hiding): a whisper, a phone taken, a message typed from another device or in
 * secret, someone listening, a hiding place, deafness. Shut in without "je peux pas
 * sortir", or "il est derrière la porte" alone, stays hiding too (the earlier rounds'
 * specs: "il m'enferme et me frappe" is 114 first).
 */
const HELD_IN = rx('',
  '\\b((peux|peut|pouvons|arrive|arrivons) (pas|plus) (a )?(sortir|partir|fuir|quitter|',
  'me enfuir|men aller|me en aller|me echapper|nous enfuir|nous echapper)|',
  'me (empeche|empechent|interdit|interdisent) de (sortir|partir|fuir|quitter|men aller)|',
  'me (laisse|laissent) (pas|plus) (sortir|partir)|(veut|veulent) pas que je (sorte|parte)|',
  '(veut|veulent) (pas|plus) me laisser (sortir|partir))\\b',
);

const BLOWS_ON_ME = rx('',
  '\\b(me|nous) (frappe|frappent|tape|tapent|cogne|cognent|bat|battent|tabasse|tabassent|',
  'etrangle|gifle|defonce|brutalise|met des coups|menace|menacent)\\b|',
  '\\ben train de (me|nous) (frapper|taper|cogner|battre|tabasser|etrangler|gifler)\\b',
);

const VOICE_BARRED = rx('',
  '\\b((peux|peut|pouvons|pouvez|dois|doit|arrive) (pas|plus) (a )?(vous |te |le |la )?',
  '(parler|telephoner|appeler)|ni (parler|telephoner|appeler)|(je|on) (me|nous) (cache|cachons)|',
  // "je me suis enfermée" hides from him; "je suis enfermée" may be his doing
  '(suis|sommes|reste|me suis) (cache|cachee|caches|cachees|planque|planquee|refugie|refugiee)|',
  'me suis (enferme|enfermee)|(peut|peuvent) (me |nous )?entendre|(il|elle|ils) (ecoute|ecoutent)|',
  'en cachette|discretement|en douce|en secret|en silence|sans bruit|',
  '(pris|confisque|casse|cache|jete|garde|pique|vole|eteint|planque) (mon|mes|le) ',
  '(tel|telephone|portable|phone)|(tel|telephone|portable) (confisque|pris|casse)|',
  'plus de (tel|telephone|portable)|(il|elle) a mon (tel|telephone|portable)|',
  '(ecris|ecrit|tape|contacte|envoie|suis|passe) (depuis|de|du|avec|sur|par) (la |le |un |',
  `une |mon |ma |sa |son )?(tablette|ipad|ordi|ordinateur|pc|console|switch|montre|compte)|`,
  `${CANNOT_HEAR})\\b`,
);

const HARM: readonly Situation[] = ['hiding', 'domestic_violence', 'violence'];

/** Read only once blows or hiding were found: the reorder touches no other message. */
export function heldButCanCall(found: Set<Situation>, literal: string): void {
  if (!HARM.some((situation) => found.has(situation)) || !gatedTest(HELD_IN, literal) ||
    !gatedTest(BLOWS_ON_ME, literal)) {
    return;
  }

  // a phone broken or a whisper told beside the blows: whoever writes cannot call
  if (gatedTest(VOICE_BARRED, literal) || writesOnly(literal)) {
    found.add('hiding');
    return;
  }

  found.delete('hiding');
  found.add('domestic_violence');
}
