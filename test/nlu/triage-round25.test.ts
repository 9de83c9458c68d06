import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 25 (blind56-59 misses and false alarms, by family, in our own phrasings): someone
 * hurt who cannot move, a child's marks and tonight's dread told by a classmate, wreckers
 * at work in the street; and calm look-alikes: smashed glass "explosée", a hit-and-run with
 * nobody hurt, "au secours" at paperwork, a school that "ne bouge pas", an animal hit daily;
 * and two lines once caught only by the learned vote, lost by its retrain: a person held to
 * be taken away by force tonight (blind47), a kayaker in trouble far from the shore (blind40).
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const ALARMS: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['someone hurt who cannot move after a fall or an accident (abroad: 112 first)', [
    ['il est tombé de l\'échelle en taillant la haie, il dit qu\'il sent plus ses jambes', '15'],
    ['chute a ski sur la piste rouge, mon fils peut plus bouger les jambes, ' +
      'on attend en bas du télésiège', '15'],
    ['mon copain a glissé en escalade et il peut pas bouger le cou, il a super mal', '15'],
    ['accident de vtt, ma femme est au sol elle arrive plus a bouger les jambes', '18'],
    ['papa a chuté du toit en réparant les tuiles, il sent rien dans les pieds', '15'],
    ['elle est tombée de cheval, elle dit qu elle peut plus bouger ses ' +
      'jambes, on est au milieu du champ', '15'],
    ['plongeon raté dans la piscine, il bouge plus les bras ni les jambes', '15'],
    ['mon frere est tombé dans les escaliers, il ne sent plus ses orteils et a mal au dos', '15'],
    ['accident de moto, le motard bouge plus les jambes, on est sur la départementale', '18'],
    ['on fait du ski de rando en Suisse, mon pote a chuté il peut plus ' +
      'bouger les jambes on est seuls', '112'],
    ['grimpeur tombé de la paroi en Espagne, il ne peut plus bouger les ' +
      'jambes, on est en vacances', '112'],
    ['elle est tombee du trampoline elle peut plus bouger sa nuque', '15'],
  ]],
  ['a child with marks of abuse who dares not go home tonight, told by someone else', [
    ['une fille de ma classe a des bleus partout, elle dit que c\'est son ' +
      'beau père et elle a peur de rentrer ce soir', '119'],
    ['mon pote m\'a montré des marques de ceinture sur son dos, il veut pas ' +
      'rentrer chez lui ce soir', '119'],
    ['la petite voisine de 9 ans a des brûlures sur les bras, elle refuse ' +
      'de rentrer chez elle ce soir', '119'],
    ['je suis prof, un de mes eleves a un cocard et il ose pas retourner ' +
      'chez lui apres les cours', '119'],
    ['ma copine de 14 ans a plein de bleus et elle me supplie de pas la ' +
      'ramener chez elle ce soir', '119'],
    ['un garçon de ma classe a des traces de coups, il dit que ce soir il veut pas rentrer', '119'],
    ['ma meilleure amie a des hématomes sur les jambes, elle veut dormir ' +
      'chez moi ce soir, elle a peur de sa mère', '119'],
    ['en classe une eleve m\'a montré des brulures sur ses mains, elle a ' +
      'trop peur de rentrer chez elle tout a l heure', '119'],
    ['mon neveu de 12 ans a des marques sur le cou et veut pas retourner ' +
      'chez son pere ce soir', '119'],
    ['jsuis en 4e, un copain a des bleus sur le visage et il veut pas ' +
      'rentrer chez lui cette nuit', '119'],
  ]],
  ['wreckers breaking windows and cars in the street now (flames: the firemen first)', [
    ['une bande de jeunes casse les vitrines en bas de chez moi en ce moment', '17'],
    ['des casseurs pillent la pharmacie de la rue, ils sont une trentaine', '17'],
    ['des mecs cagoulés brulent des voitures devant chez nous', '17'],
    ['emeute dans ma rue, ils mettent le feu aux poubelles et caillassent les abribus', '17'],
    ['y a des emeutiers qui defoncent les devantures des commerces la maintenant', '17'],
    ['des jeunes sont en train de saccager les voitures du parking', '17'],
    ['des individus fracassent les vitres des magasins sur la place, ca crie partout', '17'],
    ['un groupe incendie les scooters au pied de l\'immeuble', '18'],
    ['des types retournent les bagnoles dans la rue et foutent le feu partout', '18'],
    ['pillage en cours au centre commercial, des gens cassent tout', '17'],
  ]],
  ['a real blast next to smashed glass', [
    ['ça a explosé dans la cuisine, les vitres ont éclaté, il y a de la fumée partout', '18'],
    ['une explosion dans l\'immeuble, les fenêtres sont pétées et ça brûle au deuxième', '18'],
    ['le chauffe eau a explosé, la vitre est cassée et ça sent le gaz', '18'],
  ]],
  ['a hit-and-run with someone hurt', [
    ['une voiture a renversé un piéton et s\'est barrée, il est par terre', '18'],
    ['un scooter m\'a rentré dedans et s\'est enfui, je saigne du genou et j\'ai super mal', '18'],
  ]],
  ['"au secours" with a person\'s danger next to paperwork', [
    ['au secours il me frappe, il a déchiré mon dossier de la CAF', '17'],
    ['à l\'aide, il y a le feu chez moi, la mairie répond pas', '18'],
  ]],
  ['a body that no longer moves where an institution is named', [
    ['il est tombé dans la cour du collège, il bouge plus', '15'],
    ['mon fils est tombé de la fenêtre de la classe, il bouge pas', '15'],
  ]],
  ['an animal beaten to death right now', [
    ['mon voisin frappe son chien à mort en ce moment dans la cour, il hurle', '17'],
  ]],
  ['a person held to be taken away or married by force, leaving tonight', [
    ['mes parents ont confisqué mon passeport, ils veulent m\'envoyer au ' +
      'pays demain pour me marier', '17'],
    ['ma soeur est enfermée chez mes oncles, ils vont la mettre dans un ' +
      'avion ce soir pour le bled', '17'],
    ['ma copine de classe on la force a partir, ils veulent la marier au pays cette nuit', '17'],
    ['ils ont pris son téléphone et vont l\'emmener de force au bled demain matin', '17'],
    ['ma cousine est séquestrée par sa famille, ils comptent la ramener au pays ce soir', '17'],
    ['mon pere veut me marier de force, il va m\'emmener au bled demain et ' +
      'il a pris mon telephone', '17'],
    ['une élève m\'a dit qu\'on la force à se marier, ils vont l\'envoyer à ' +
      'l\'étranger dans deux jours', '17'],
    ['ma voisine de 16 ans est surveillee jour et nuit, ses parents vont ' +
      'l\'envoyer au pays ce soir contre son gre', '17'],
    ['ils m\'ont enfermee dans ma chambre, ils veulent m\'emmener au bled cette nuit', '114'],
    ['on la force, sa famille va la renvoyer au pays tout a l heure, elle pleure', '17'],
  ]],
  ['a swimmer, a kayaker or a board in trouble far from the shore, no place named', [
    ['un paddle s\'est retourné au large et le gars arrive plus à remonter dessus', '196'],
    ['je vois une nageuse qui fait des signes loin du bord, elle a l\'air de couler', '196'],
    ['mon fils en kayak a dessalé loin de la plage, il peut pas remonter', '196'],
    ['un surfeur emporté par le courant, il arrive plus a revenir', '196'],
    ['deux baigneurs se debattent au large, personne va les chercher', '196'],
    ['un kitesurfeur est tombé a l eau et il derive vers le large', '196'],
    ['la planche de ma fille part au large et elle arrive pas a rentrer', '196'],
    ['un pedalo a chaviré loin du bord avec des enfants', '196'],
    ['le plongeur fait des signes au loin et il coule', '196'],
    ['jvois un nageur qui boit la tasse loin de la cote', '196'],
  ]],
];

/** Examples of each round 25 family, for the safety net's every-family check. */
export const ROUND25_EXAMPLES: Record<string, string[]> = {
  'net-injured-immobile': ALARMS[0][1].slice(0, 9).map(([text]) => text),
  'net-marks-dreads-tonight': ALARMS[1][1].map(([text]) => text),
  'net-rioters-now': ALARMS[2][1].map(([text]) => text),
  'net-forced-away-tonight': ALARMS[8][1].slice(0, 8).map(([text]) => text),
  'net-struggling-offshore': ALARMS[9][1].map(([text]) => text),
};

const CALM: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['an old injury, an insurance question, a hypothetical', [
    'mon fils a eu un accident de ski l\'hiver dernier, il ne pouvait plus ' +
      'bouger les jambes, l\'assurance rembourse quoi ?',
    'depuis sa chute de cheval il y a deux ans il ne peut plus bouger les ' +
      'jambes, quelles aides existent ?',
    'accident de ski l\'an dernier, je ne pouvais plus bouger les jambes ' +
      'pendant une semaine, l\'assureur refuse de payer',
    'que faire si quelqu\'un tombe et ne peut plus bouger les jambes ?',
  ]],
  ['marks already reported, explained by a sport, a sleepover', [
    'une fille de ma classe avait des bleus l\'année dernière, on a signalé ' +
      'à la CPE, comment savoir si c\'est suivi ?',
    'mon pote a des bleus à cause du rugby, il veut pas rentrer ce soir parce qu\'il a une fête',
    'la petite voisine avait des brûlures il y a deux ans, ça a été ' +
      'signalé, elle est placée en foyer maintenant',
    'ma copine veut dormir chez moi ce soir pour réviser, c\'est possible ?',
    'un élève a des marques sur les bras, il dit que c\'est son chat, je dois le signaler ?',
  ]],
  ['riots on the news, damage found afterwards', [
    'aux infos ils montrent des casseurs qui brûlent des voitures à Paris',
    'hier soir des casseurs ont brûlé des voitures dans ma rue, l\'assurance marche ?',
    'ma voiture a été brûlée pendant les émeutes il y a deux semaines, comment porter plainte ?',
    'le reportage sur les émeutes de 2005 était impressionnant',
    'des jeunes ont tagué le mur de l\'école le week-end dernier, je fais une plainte ?',
  ]],
  ['glass "explosée" or "éclatée" after a break-in or vandalism', [
    'ce matin j\'ai retrouvé la vitre arrière de ma voiture explosée, rien volé, je fais quoi ?',
    'on a éclaté la vitrine de ma boulangerie cette nuit, qui appeler pour la plainte ?',
    'mon rétro a été pété dans la nuit, c\'est couvert par l\'assurance ?',
    'retrouvé le pare brise étoilé et la portière rayée devant chez moi',
    'cette nuit ils m\'ont explosé la vitre conducteur pour piquer le gps, je porte plainte où ?',
    'la fenêtre de la cave est cassée et le vélo a disparu',
    'quelqu\'un a pété la vitre du local poubelles, le syndic veut une plainte',
  ]],
  ['a hit-and-run told afterwards with nobody hurt', [
    'une voiture m\'a rentré dedans au rond point et s\'est barrée, j\'ai noté la plaque',
    'un camion a accroché ma portière et a pris la fuite, personne de blessé',
    'un mec en trottinette m\'a percuté et s\'est enfui, j\'ai rien, c\'est un délit de fuite ?',
    'quelqu\'un a embouti ma voiture sur le parking du supermarché et est ' +
      'parti sans laisser de mot',
    'un livreur m\'a tamponné au feu rouge et a filé, comment je fais le constat ?',
    'une moto a rayé ma caisse et s\'est tirée, j\'ai une photo de l\'immatriculation',
  ]],
  ['"au secours" cried at an administration, a bug or homework', [
    'à l\'aide ce site des impôts me rend folle, impossible de valider ma déclaration',
    'au secours la CAF, six semaines pour traiter mon dossier',
    'sos ce logiciel bug encore, j\'en peux plus de ce truc',
    'au secours les devoirs de maths de ma fille me rendent fou',
    'help la préfecture, toujours pas de rendez vous pour mon titre de séjour',
    'à l\'aide cette bureaucratie me gave, trois mois pour une carte grise',
    'au secours cette appli de la banque plante tout le temps',
    'sos la poste, mon colis toujours pas arrivé depuis des semaines',
  ]],
  ['an institution that "ne bouge pas" about harassment', [
    'ma fille se fait traiter de tous les noms sur le groupe whatsapp de ' +
      'la classe tous les soirs, le lycée ne bouge pas',
    'mon fils se fait harceler sur insta, la direction ne fait rien',
    'le bailleur ne bouge pas malgré les moisissures dans la chambre',
    'on se fait insulter dans le hall tous les jours et la mairie ne réagit pas',
    'ma plainte date de six mois et la police ne bouge toujours pas',
    'des messages haineux chaque jour sur le snap de la classe, le principal ne répond pas',
  ]],
  ['an animal hit every day, the doer gone again', [
    'tous les matins le voisin donne des coups de pied à son chien dans le ' +
      'jardin, aujourd\'hui encore, là il est parti bosser',
    'chaque soir la voisine tape son chiot sur le balcon, là elle est sortie, je signale où ?',
    'le fermier frappe ses vaches avec un bâton tous les jours, là il est ' +
      'reparti dans son tracteur',
    'souvent le voisin cogne son chien quand il aboie, encore ce matin, il ' +
      'est rentré chez lui maintenant',
  ]],
  ['a trip chosen, a question for later, a story on a forced marriage', [
    'ma cousine part au bled ce soir pour les vacances, elle est contente',
    'mes parents veulent m\'envoyer au pays cet été, je peux refuser à 17 ans ?',
    'comment aider une amie menacée d\'un mariage forcé l\'été prochain ?',
    'le reportage sur les mariages forcés au pays était dur à regarder',
    'ils vont l\'emmener au bled demain pour l\'enterrement de son grand père',
    'que faire si on veut m\'emmener de force au pays un jour ?',
  ]],
  ['a lesson, a club outing or a report about the open water', [
    'cours de kayak ce matin, on a appris à remonter après avoir dessalé loin du bord',
    'mon fils fait du paddle cet été, c\'est dangereux de s\'éloigner du bord ?',
    'le moniteur de paddle dit qu\'il faut rester près du bord',
    'on a vu un reportage sur un surfeur emporté au large',
    'mon fils fait un stage de voile, ils apprennent à chavirer au large',
  ]],
];

describe('triage round 25: families read from blind56-59', () => {
  for (const [family, cases] of ALARMS) {
    describe(`raises an alarm for ${family}`, () => specifyFirstNumbers(assess, cases));
  }

  for (const [family, texts] of CALM) {
    describe(`stays calm for ${family}`, () => specifyCalm(assess, texts));
  }
});
