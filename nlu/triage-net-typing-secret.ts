import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Who types in secret, or whose phone was broken, while the one who beats is near: they
 * cannot call, so the SMS 114 must be among the numbers, with the police (hiding).
 */
const SECRET = rx('',
  '\\b(je tape|je ecris|jecris|je te ecris|je vous ecris|je envoie ca) (discret|discretement|',
  'en cachette|en douce|en secret|en silence|sous la couette|sous ma couverture|sans bruit|',
  'aux toilettes|dans les toilettes)\\b|',
  '\\b(il|elle) (a|me a) (casse|pris|confisque|jete|eclate|explose|detruit|arrache|brise) ',
  '(mon|le|mes) (tel|telephone|portable|phone|telephones)\\b',
);
const BLOWS_NEAR = rx('',
  '\\b(me|te|nous|la|les|le|m) (frapper|frappe|taper|battre|bat|tuer|tue|cogner|cogne|',
  'defoncer|tabasser|etrangler|egorger|crever|massacrer|buter)\\b|',
  '\\b(va recommencer|menace de mort|menace de me|menacee|violent|coups)\\b',
);

export const NET_TYPING_SECRET: readonly NetFamily[] = [
  {
    id: 'net-typing-secret',
    situation: 'hiding',
    patterns: [SECRET],
    requires: BLOWS_NEAR,
    unless: rx('', '\\b(en jouant|par accident|sans faire expres|par terre en|clavier)\\b'),
  },
];
