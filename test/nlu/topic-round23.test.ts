import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 23 families: phrasings of our own (in no corpus file) of the families four blind
 * sets missed, each beside a look-alike of the neighbouring topic.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // the weapons information system, asked by its acronym
  ['faq.firearms', 'impossible de me connecter à mon compte SIA de chasseur'],
  // a relative sought, and the notice the family wants out
  ['faq.missing_person', 'on veut faire circuler un avis de recherche pour notre fille majeure'],
  // papers inside a snatched bag are stolen papers; papers left behind are lost ones
  ['faq.stolen_documents', "mon grand-oncle s'est fait voler son sac avec ses papiers dedans"],
  ['faq.lost_documents', "mon père a oublié sa sacoche avec ses papiers au restaurant"],
  // a work vehicle taken with its load is a vehicle theft, not a scam
  ['faq.vehicle_theft', 'mon utilitaire a été volé pendant une livraison, la marchandise avec'],
  // a screen that demands a call, and a fake officer collecting valuables, are scams
  ['faq.online_scam', "l'écran de mon ordi dit qu'il est verrouillé et d'appeler un technicien"],
  ['faq.online_scam', 'un faux policier veut venir chercher les bijoux de mon grand-père'],
  // someone else votes for a night worker
  ['faq.proxy_vote', 'je taff de nuit le jour du vote, mon pote peut voter a ma place ?'],
  // a resident on my private space is a neighbour matter, not a road accident
  ['faq.neighbour_dispute', 'un résident met sa voiture sur ma place réservée chaque jour'],
  // facts already told, the form wanted
  ['procedure.pre_complaint', "le tronc de la chapelle a été vidé, l'abbé veut porter plainte"],
  ['procedure.pre_complaint', "on a cassé la vitre de ma voiture et pris l'autoradio cette nuit"],
  // a general question on who may file
  ['faq.complaint_info', 'je suis mineur, je peux déposer plainte seul ?'],
  // a complaint already filed is followed up, whatever weapon the facts name
  ['faq.complaint_followup', "plainte pour un braquage au couteau en février, ça avance ?"],
  ['faq.contact_unit', 'je suis sourd, je voudrais un rendez-vous à la brigade par écrit'],
  ['faq.sexual_violence', 'après un viol, garder les preuves médicales sans porter plainte ?'],
  ['faq.harassment', "le 3018, c'est la police qui répond ?"],
  ['faq.child_in_danger', 'tous les soirs le voisin hurle sur son bébé et on entend des coups'],
  ['smalltalk.insult', "t'es débile avec tes questions à la con"],
];

/** Billing errors, care and school attendance are other services' business. */
const OUT_OF_SCOPE = [
  'quand commencent les soldes cette année',
  'débité deux fois pour mon abonnement de transport',
  "mon fils sèche l'école, à qui en parler",
];

specifyTopics('round 23 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
