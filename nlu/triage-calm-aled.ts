import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "aled jsuis perdu dans vos menus, y a moyen de parler a kelkun de chez vous ?": "aled"
 * (slang for "à l'aide") said of the bot itself, its menus, or the wish to reach a person at
 * the gendarmerie. "aled il veut me frapper", "aled on me suit" name a danger and stay.
 */
const CRY = /\b(aled|alled|aleed|a le aide|au secours|help|sos)\b/;

/** The bot, its site or a human to reach there: what the writer is lost in or asks for. */
const THE_SERVICE = rx('',
  '\\b((perdu|perdue|paume|paumee|largue|larguee) dans (vos|votre|les|le|ce|ces|tous ces|',
  'toutes ces|la) (menus?|site|appli|application|options|pages|rubriques|onglets|questions|',
  'boutons|choix|chatbot|bot|robot|liens)|(vos|votre|ce|ces|le) (menus?|chatbot|bot|robot|',
  'site|appli) (est|sont|me)|parler a (un humain|un vrai humain|une vraie personne|',
  'quelqu un de chez vous|quelqu un en vrai|un vrai gendarme|un gendarme|un agent|',
  'un conseiller|une conseillere|une personne|quelqu un de la gendarmerie)|',
  '(je|on) (comprends|comprend|capte|pige) (rien|pas) (a|au|aux) (vos|votre|ce|ces|le|les) ',
  '(menus?|site|appli|chatbot|bot|robot|questions|boutons))\\b',
);

const DANGER = rx('',
  '\\b(frappe|frappent|frapper|tape|tapent|cogne|bat|battu|battue|tabasse|agresse|agressee|',
  'menace|menacee|tuer|couteau|arme|flingue|sang|saigne|blesse|blessee|suit|suivi|suivie|',
  'poursuit|enferme|enfermee|viole|violee|peur|danger|feu|fumee|gaz|malaise|respire|',
  'inconscient|mourir|suicid[a-z]*|en finir|disparu|disparue|vite|urgent|urgence|chez moi|',
  'il est la|ils sont la|est entre|sont entres|en ce moment)\\b',
);

export function aledAboutTheService(text: string): boolean {
  return gatedTest(CRY, text) && gatedTest(THE_SERVICE, text) && !gatedTest(DANGER, text);
}
