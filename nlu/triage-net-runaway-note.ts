import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A minor gone tonight leaving a worrying note ("mon fils de 15 ans a fugué cette nuit, il
 * a laissé un mot bizarre"): a search now, the police first, the 3114 with it since the
 * note may be a farewell.
 */
const MINOR = '(mon fils|ma fille|mon ado|notre fils|notre fille|mon enfant|mon gamin|' +
  'ma gamine|mon petit frere|ma petite soeur|de (1[0-7]|[7-9]) ans)';

const RAN_AWAY = '(fugue|a fugue|fait une fugue|est parti|est partie|se est enfui|' +
  'se est enfuie|a disparu|est pas rentre|est pas rentree|a quitte la maison)';

const GONE_MINOR = rx('', `^(?=.*\\b${MINOR}\\b).*\\b${RAN_AWAY}\\b`);

/** The note is odd, dark or a farewell. */
const NOTE = rx('',
  '\\b(mot|lettre|message|texto|sms) (bizarre|etrange|inquietant|flippant|sombre|',
  'de adieu|dadieu|triste|noir)\\b|\\b(laisse|ecrit) (un|une) (mot|lettre)( [a-z]+){0,3} ',
  '(adieu|pardon|plus la force|en finir|mourir|bizarre)\\b',
);

/** Back home, or long ago. */
const OVER = rx('',
  '\\b((?<!(pas|plus) )(rentre|rentree|revenu|revenue)|retrouve|retrouvee|il y a ',
  '(\\d+|deux|trois) ans|autrefois|quand il etait petit|quand elle etait petite)\\b',
);

export const NET_RUNAWAY_NOTE: readonly NetFamily[] = [
  {
    id: 'net-runaway-note',
    situation: 'suicide_fled',
    always: true,
    patterns: [GONE_MINOR],
    requires: NOTE,
    unless: OVER,
  },
];
