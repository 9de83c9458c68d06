import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 51: a Renault Trafic (a van) stolen, read as road traffic; a greeting in Breton read
 * as recruitment; a parent telling of their child harassed online, read as nothing; a stop
 * and search "sans raison", clarified between bank fraud and domestic violence; a GPS
 * bracelet for a grandfather with Alzheimer's; the erasure of one's data asked outright.
 * Every line was answered wrongly, or barely, before wide-round51.json; other phrasings than
 * that file.
 */
const TRAFIC: readonly TopicCase[] = [
  ['faq.vehicle_theft|procedure.pre_complaint', 'mon trafic a été volé'],
  ['faq.vehicle_theft|procedure.pre_complaint',
    "le Trafic de mon patron s'est fait voler pdt la nuit"],
  ['faq.vehicle_theft|procedure.pre_complaint', 'g plus mon trafic ce matin ils me l ont vole'],
  ['faq.vehicle_theft|procedure.pre_complaint', 'vol de trafic renault devant mon domicile'],
  ['faq.vehicle_theft|procedure.pre_complaint', 'le traffic de mon boss a ete vole sur le parking'],
];

const BRETON: readonly TopicCase[] = [
  ['smalltalk.greeting', "degemer mat d'ar c'hendarmed"],
  ['smalltalk.greeting', 'demat jandarmed'],
  ['smalltalk.greeting', "degemer mat deoc'h"],
  ['smalltalk.greeting', "Demat ! degemer mat d'ar c'hendarmerezh"],
  ['smalltalk.greeting', 'egun on jandarmeak'],
];

const CHILD_HARASSED: readonly TopicCase[] = [
  ['faq.harassment', 'on lui écrit de se tuer sur insta'],
  ['faq.harassment', 'mon ado est harcelé sur snapchat'],
  ['faq.harassment', 'mon fiston se fait harceler sur snap par des mecs du lycée'],
  ['faq.harassment', 'ma fille 11 ans recoit des insultes sur insta tous les jours'],
  ['faq.harassment', "on dit à mon fils d'aller mourir dans les commentaires de ses vidéos"],
];

const STOPPED: readonly TopicCase[] = [
  ['faq.complaint_info', 'je me suis fait contrôler sans raison'],
  ['faq.complaint_info', 'jme suis fait controler pour rien par les gendarmes'],
  ['faq.complaint_info', "je me suis fait controlé sans motif hier soir, c'est normal ?"],
  ['faq.complaint_info', "comment porter plainte contre un gendarme qui m'a manqué de respect"],
  ['faq.complaint_info', 'un flic ma parlé de haut au contrôle je peux faire quoi'],
  ['faq.complaint_info', 'les keufs m ont controlé pour rien'],
];

/** A stop for speeding is a fine, whatever the verb: no complaint about the gendarmes. */
const STOPPED_LOOKALIKES: readonly TopicCase[] = [
  ['faq.traffic_fines',
    "je me suis fait contrôler à 140 sur l'autoroute, je perds combien de points"],
];

const WANDERING: readonly TopicCase[] = [
  ['faq.missing_person', 'bracelet gps pour mon grand pere alzheimer qui se perd'],
  ['faq.missing_person', 'ma mamie a alzeimer elle se perd, y a des bracelets gps ?'],
  ['faq.missing_person', 'comment eviter que mon pere alzheimer se perde quand il sort'],
  ['faq.missing_person', "géolocaliser ma mère qui a la maladie d'alzheimer, c'est possible ?"],
  ['faq.missing_person',
    "mon grand-père désorienté fait des fugues, que faire avant qu'il se perde"],
];

const ERASURE: readonly TopicCase[] = [
  ['faq.about_service', 'efface mes données'],
  ['faq.about_service', 'supprimez mes infos'],
  ['faq.about_service', 'effacé mes donné svp'],
  ['faq.about_service', 'je veux que vous effaciez mes donnees'],
  ['faq.about_service', 'retirez mes données de vos fichiers'],
];

/** Road traffic itself stays out of scope. */
const TRAFFIC_ITSELF = [
  "il y a du trafic sur l'A7 ce matin ?",
  'y a bcp de trafic sur la route de nantes ce soir ?',
];

specifyTopics('topics, round 51: a Trafic stolen, a Breton greeting, a child harassed',
  [...TRAFIC, ...BRETON, ...CHILD_HARASSED], TRAFFIC_ITSELF, true);

specifyTopics('topics, round 51: stopped for nothing, a wandering elder, erasing one\'s data',
  [...STOPPED, ...STOPPED_LOOKALIKES, ...WANDERING, ...ERASURE], [], false);
