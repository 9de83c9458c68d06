import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * Content seen online and reported ("une page facebook appelle à brûler les maisons des
 * étrangers, où signaler ?"): incitement or hate published on a network is illegal content
 * to report (PHAROS, the illegal-content answer), not a fire nor an attack under way. The
 * learned vote stays silent; the rules, which read a danger at the writer's place, still do.
 */
const ONLINE = rx('',
  '\\b(page|pages|post|posts|publication|publications|compte|comptes|groupe|groupes|video|',
  'videos|site|sites|commentaires?|messages?|story|stories|tweets?|chaine|live|forum)',
  '( [a-z]+){0,3} (facebook|fb|insta|instagram|tiktok|twitter|telegram|snap|snapchat|',
  'whatsapp|youtube|discord|en ligne|sur internet|sur le net|sur les reseaux)\\b|',
  '\\b(sur|de) (facebook|fb|insta|instagram|tiktok|twitter|telegram|snapchat|youtube|',
  'discord|les reseaux sociaux|internet)\\b',
);
const INCITES = rx('',
  '\\b(appelle|appellent|appeler|appel|appels|incite|incitent|inciter|incitation|pousse|',
  'poussent|encourage|encouragent|propose|proposent) (a|de|au|aux) ',
  '|\\b(haine|haineux|haineuse|racistes?|antisemites?|homophobes?|apologie)\\b',
);
const REPORTING = rx('',
  '\\b(signaler|signalement|pharos|denoncer|faire fermer|supprimer|ou le dire|',
  'que faire|quoi faire|je fais quoi|on fait quoi|porter plainte)\\b',
);

export function onlineContentReported(text: string): boolean {
  return gatedTest(ONLINE, text) && gatedTest(INCITES, text) && gatedTest(REPORTING, text) &&
    !hereNow(text);
}
