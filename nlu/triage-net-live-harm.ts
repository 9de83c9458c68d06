import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Self-harm going on now, seen live ("elle est en live en train de se taillader les bras"):
 * the body first (15), then the 3114.
 */
const CUTTING = '(se taillader|se taillade|se scarifier|se scarifie|se couper|se coupe|' +
  'se mutiler|se mutile|se entailler|se entaille|se bruler|se brule|se ouvrir les veines|' +
  'se ouvre les veines|se lacerer|se lacere)';
const LIVE = '(en live|en direct|sur live|un live|en stream|en story|en visio|en facetime|' +
  'sur facetime|en appel video|devant la camera|devant sa camera|devant la cam|sur tiktok live)';

export const NET_LIVE_HARM: readonly NetFamily[] = [
  {
    id: 'net-live-harm',
    situation: 'suicide_attempt',
    always: true,
    patterns: [
      rx('', `\\b${LIVE}\\b.*\\b(en train de |qui |elle |il )?${CUTTING}\\b`),
      rx('', `\\b${CUTTING}\\b.*\\b${LIVE}\\b`),
    ],
    unless: rx('', '\\b(hier|la semaine derniere|film|serie|tuto|tutoriel|maquillage|',
      'effets speciaux|faux sang|cheveux|se coupe les cheveux|ongles|frange)\\b'),
  },
];
