import type { Content } from '../../content/renderer';

/** The order a citizen reads them in: the general ones first, then the specialised lines. */
const NUMBERS = ['17', '112', '15', '18', '114', '196', '3114', '119', '3919'];

/** "15 ans", "18 euros", "17 h" are no numbers to call. */
const NOT_A_COUNT = '(?! ?(?:ans|euros|e|h|heures|min|minutes|mois|jours|km|juin|mai)\\b)';

function service(words: string, number: string): RegExp {
  return new RegExp(`\\b(?:${words}|${number}${NOT_A_COUNT})\\b`);
}

/**
 * A service named in a question about the numbers ("c'est quoi le numéro des pompiers",
 * "num du samu", "le numero pour les sourds"): its number leads the list (t98: the 17 came
 * first, the 18 fourth). Read on normalize() text, typos and plurals included.
 */
const SERVICES: ReadonlyArray<[string, RegExp]> = [
  // the danger named for the service: "quel numéro appeler en cas d'incendie"
  ['18', service('(?:sapeurs? )?(?:pompiers?|pompies?|ponpiers?|pompiets?)|bomberos|bombeiros|'
    + 'pompieri|firefighters?|fire brigade|feu|incendies?|fuite de gaz', '18')],
  ['15', service('samu|smur|ambulances?|urgences? medicales?|medecin de garde|malaises?|'
    + 'crise cardiaque|arret cardiaque|avc', '15')],
  ['17', service('polices?|gendarmerie|gendarmes?|flics?|policia|polizia', '17')],
  ['114', service('sourde?s?|malentendante?s?|muette?s?|sms|texto', '114')],
  ['196', service('en mer|secours en mer|sauvetage en mer|cross', '196')],
  ['3114', service('suicides?|suicidaires?', '3114')],
  ['119', service('enfance|enfants? en danger|enfance maltraitee', '119')],
  ['3919', service('violences? conjugales?|femmes? battues?|femmes? victimes?', '3919')],
  ['112', service('europeens?|europe', '112')],
];

/** The numbers a question names, by the services it names, in the order it names them. */
export function numbersAsked(normalized: string): string[] {
  return SERVICES.map(([number, named]) => ({ number, at: normalized.search(named) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ number }) => number);
}

/** Every number, those asked for first (numbersAsked), the rest in the usual order. */
export function emergencyNumbersAnswer(content: Content, asked: readonly string[] = []):
  string {
  const first = asked.filter((number) => NUMBERS.includes(number));
  const order = [...first, ...NUMBERS.filter((number) => !first.includes(number))];
  const services = order.map((number) => ({
    number, purpose: content.render(`emergency/numbers.${number}`),
  }));
  return content.render('bot/emergencyNumbers', { services });
}
