/**
 * Round t51's phrasings (families two fresh blind sets found), written for this round:
 * typos, no accents, SMS, dictation, each beside its look-alikes. Also lines of
 * nlp-models/triage/adversarial.jsonl.
 */

/** A deaf writer, a stranger breaking in or hitting now: the SMS 114 first. */
export const DEAF_INTRUSION: readonly string[] = [
  'je suis sourd, quelqu un casse les vitres de ma maison',
  'jsuis sourde qqn casse ma fenetre',
  'je suis malentendante des hommes forcent ma porte d entree',
  'chui sourd y a des mecs qui defoncent la porte du garage',
  'Je suis sourde. Un homme est en train de casser la vitre du salon !!',
  'malentendant des jeunes caillassent mes fenetres',
  'je suis sourd et quelqu un frappe ma mere',
  'je suis sourde quelqu un est dans la maison je l entends pas mais je le vois',
];

/** The same situation told by a hearing writer: the police first. */
export const BREAKING_NOW: readonly string[] = [
  'quelqu un casse les vitres de ma maison',
  'des types cassent ma baie vitree',
  'y a qqn qui force la porte de entree',
  'un inconnu enfonce ma porte',
];

/** A deaf writer with a fire: the 114 first, the firefighters next. */
export const DEAF_FIRE: readonly string[] = [
  'je suis sourd il y a le feu chez moi',
  'jsuis sourde ya de la fumee partout dans lappart',
];

/** Windows broken by weather, a ball or told for the insurer, a deaf writer's procedure. */
export const BREAKING_CALM: readonly string[] = [
  'je suis sourd, on a casse la vitre de ma voiture hier, je peux porter plainte par ecrit ?',
  'je suis sourde mon fils a casse la vitre en jouant au ballon, l assurance marche ?',
  'le vent casse les volets chaque hiver, qui contacter',
  'je suis sourd, comment faire une pre plainte ?',
  'les enfants cassent les carreaux au ballon, devis du vitrier ?',
  'quelqu un casse les vitres des voitures dans ma rue chaque nuit, que faire ?',
];

/** The bare plea to come quickly, in phonetic spelling, no situation named: 17 first. */
export const PLEA_SMS: readonly string[] = [
  'vnez vite svp svp',
  'vener vite svp',
  'venez vite c urgent',
  'svp venez vite',
  'vite vite venez',
  'VNEZ VITE',
  'vennez vite svp jvous en supplie',
  'vite vite vener',
];

/** A plea to come for an errand or for fun: calm. */
export const PLEA_CALM: readonly string[] = [
  'venez vite voir mon nouveau chat mdr',
  'pouvez vous venir vite recuperer l objet trouve',
  'venez vite chercher votre colis',
  'venez vite voir mon gateau il est trop beau lol',
  'vous pouvez passer vite recuperer le recepisse ?',
  'je suis vener, vite une reponse a ma demande svp',
];

/** How to tell a gas leak, asked ahead: calm. */
export const GAS_SIGNS_CALM: readonly string[] = [
  'comment détecter une fuite de gaz chez soi',
  'comment savoir si on a une fuite de gaz',
  'c koi les signes d une fuite de gaz',
  'quels sont les signes d une fuite de gaz dans une maison',
  'a quoi on reconnait une odeur de gaz',
  'comment on fait pour reperer une fuite de gaz dans une cuisine',
  'comment savoir s il y a une fuite de gaz chez moi',
];

/** A gas smell now, a detector ringing, a leak claimed, whatever the question: 18 first. */
export const GAS_NOW: readonly string[] = [
  'ça sent le gaz chez moi',
  'je crois qu il y a une fuite de gaz chez moi ça sent fort',
  'ca sent le gaz comment savoir si c une fuite',
  'le detecteur de gaz sonne, comment savoir si c est une fuite',
  'je sens une odeur de gaz comment detecter la fuite',
  'comment detecter une fuite de gaz, ca sent bizarre dans ma cuisine',
];

/** A fight yesterday, quiet again, asking whether to report it: calm. */
export const QUIET_AGAIN_CALM: readonly string[] = [
  'il y a eu une bagarre devant chez moi hier soir, c est calme maintenant, je dois le signaler ?',
  'hier soir ya eu une grosse bagarre dans ma rue, maintenant c est calme, faut il porter plainte',
  'bagarre samedi soir devant le bar, tout est redevenu calme, on doit prevenir qui ?',
];

/** A fight now, back, or with a wound: 17 first. */
export const FIGHT_NOW: readonly string[] = [
  'une bagarre devant chez moi en ce moment',
  'ils se battent encore devant chez moi',
  'hier soir deja une bagarre, c etait calme mais ils reviennent et se battent devant chez moi',
];

/** A vehicle's light out: calm. */
export const LIGHTS_CALM: readonly string[] = [
  'mon feu arrière est mort depuis hier, je risque une amende ?',
  'feu stop grillé je risque quoi',
  'phare mort amende ?',
  'mon feu arriere gauche ne marche plus, c est combien l amende',
  'jai un feu de position grille, les gendarmes peuvent me verbaliser ?',
];

/** A vehicle on fire: the firefighters first. */
export const CAR_FIRE: readonly string[] = [
  'le feu a pris dans ma voiture',
  'ma voiture est en feu',
  'le feu arriere a pris feu, il y a des flammes sous la voiture',
];

/** One's death as a trivial mishap's figure, with a question or laughter: calm. */
export const HYPERBOLE_CALM: readonly string[] = [
  'mon pc a planté et jai tout perdu jvais mourir 😩 vous reparez les ordis ?',
  'jai rate mon exam jvais crever mdr',
  'encore une amende je vais mourir lol, on peut la payer en ligne ?',
  'plus de wifi depuis 2 jours jvais mourir, vous pouvez rien faire ?',
  'jvais mourir mon tel est tombe dans les toilettes vous savez ou le reparer',
];

/** The same words with despair, pain or alone. */
export const DEATH_REAL: ReadonlyArray<readonly [string, string]> = [
  ['j ai tout perdu je veux mourir', '3114'],
  ['je vais mourir', '17'],
  ['je vais mourir j ai trop mal a la poitrine', '15'],
  ['mon pc a plante j ai tout perdu je veux mourir', '3114'],
];

/** A harmless crash told afterwards, the other driver drunk then: calm. */
export const CRASH_CALM: readonly string[] = [
  'ma mère a eu un petit accident hier rien de grave juste la carrosserie mais l autre ' +
    'conducteur était bourré',
  'accrochage ce matin pas de blesse mais le mec en face etait saoul, je fais quoi',
  'mon pere a eu un accident samedi, que de la tole, l autre conducteur avait bu',
];

/** A drunk driver with a wound, or on the road now: alarm. */
export const CRASH_REAL: ReadonlyArray<readonly [string, string]> = [
  ['accident devant chez moi le conducteur est bourré et il y a un blessé', '18'],
  ['petit accrochage rien de grave mais le conducteur bourre repart avec ses enfants a bord',
    '17'],
];

/** "aled" said of the bot or to reach a person: calm. */
export const ALED_CALM: readonly string[] = [
  'aled jsuis perdu dans vos menus, y a moyen de parler a kelkun de chez vous ?',
  'aled je comprends rien a votre site',
  'aled je veux parler a un humain',
];

/** "aled" with a danger named: 17 first. */
export const ALED_REAL: readonly string[] = [
  'aled il veut me frapper',
  'aled on me suit',
  'aled je suis perdu dans vos menus et mon mari me frappe',
];
