import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A threat sent by message whose author is here now ("il m'envoie des sms qu'il va me tuer,
 * il est en bas de chez moi"): the threat-to-life rule calms threats that only come by
 * message, but the author at the door makes it tonight's danger (17).
 */
const THREAT = rx('',
  '\\b(va|vont|veut|veulent) (me|nous) (tuer|buter|crever|defoncer|faire la peau|',
  'egorger|planter|massacrer|frapper|tabasser|casser la gueule|eclater)\\b',
);
const HERE = rx('',
  '\\b(il|elle|ils|elles) (est|sont|attend|attendent|rode|rodent|tourne|tournent) ',
  '(en bas de chez (moi|nous)|devant chez (moi|nous)|devant (ma|notre) porte|a (ma|notre) porte|',
  'derriere (ma|la|notre) porte|sur (mon|le|notre) palier|dans (le|mon|notre) hall|',
  'dans (la|ma|notre) cour|dans (le|mon|notre) jardin|en bas de le immeuble|sous (mes|nos) ',
  'fenetres)\\b',
);

export const NET_THREAT_HERE: readonly NetFamily[] = [
  {
    id: 'net-message-threat-here',
    situation: 'violence',
    patterns: [THREAT],
    requires: HERE,
  },
];
