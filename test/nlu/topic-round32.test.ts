import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 32: families fresh sets misread. Other phrasings than the corpus lines of
 * wide-round32.json, so that each family is checked for what the model generalises.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // an assault weeks ago that still keeps the victim indoors: what a complaint can do
  ['procedure.pre_complaint|faq.complaint_info',
    'j\'ai été agressé dans la rue il y a 3 semaines, depuis j\'ai peur de sortir'],
  ['procedure.pre_complaint|faq.complaint_info',
    'j ai ete agresse ya 3 semaines dans la rue et depuis je panique des que je sors'],
  ['procedure.pre_complaint|faq.complaint_info',
    'je me suis fait agresser dans le metro le mois dernier, depuis jai peur dans la rue'],
  ['procedure.pre_complaint|faq.complaint_info',
    'agressée il y a un mois en rentrant du boulot, depuis je sors plus de chez moi'],
  ['procedure.pre_complaint|faq.complaint_info',
    'on m\'a tabassé devant un bar il y a 2 semaines, j\'ai encore la trouille de sortir'],
  // not daring to file against a partner is the domestic-violence help, not the procedure
  ['faq.domestic_violence', 'je n\'ose pas porter plainte contre mon compagnon'],
  ['faq.domestic_violence', 'j\'ose pas porter plainte contre mon copain'],
  ['faq.domestic_violence', 'je voudrais porter plainte contre ma compagne mais je n\'ose pas'],
  ['faq.domestic_violence',
    'impossible pour moi de deposer plainte contre le pere de mes enfants, j\'ai trop peur'],
  ['faq.domestic_violence', 'jai pas le courage de porter plainte contre mon mari'],
  // wanting to talk about abuse suffered as a child is the abuse topic, not a hand-off
  ['faq.sexual_violence',
    'quand j\'étais ado un voisin me touchait, je veux en parler à quelqu\'un'],
  ['faq.sexual_violence',
    'quand j\'etais petite mon beau pere venait dans ma chambre, je voudrais en parler'],
  ['faq.sexual_violence', 'ado, un voisin me caressait de force, je voudrais me confier'],
  ['faq.sexual_violence',
    'a 14 ans le copain de ma mere me tripotait, j aimerais en parler a quelqu un'],
  // a fight between strangers seen outside: how to report it, not domestic violence
  ['faq.complaint_info', 'hier j\'ai vu une bagarre devant chez moi, je dois le signaler ?'],
  ['faq.complaint_info',
    'deux mecs se sont battus en bas de chez moi hier, je dois prévenir la gendarmerie ?'],
  ['faq.complaint_info',
    'j\'ai vu des jeunes se taper dessus devant chez moi hier, je le signale ou pas'],
  ['faq.complaint_info',
    'j\'ai assisté à une bagarre hier soir devant mon immeuble, faut il le signaler'],
  ['faq.complaint_info', 'hier une baston a éclaté devant la boulangerie, je dois le déclarer ?'],
  // an idiom ("mort", "ça me tue") opening an ordinary question is not about the idiom
  ['faq.proxy_vote', 'ma batterie est morte hier… ma procuration elle est validée ?'],
  ['faq.proxy_vote', 'mon tel est mort ce matin, ma procuration est-elle enregistrée ?'],
  ['faq.neighbour_dispute|faq.traffic_fines',
    'ça me tue ces gens qui se garent sur le trottoir devant chez moi'],
  ['faq.neighbour_dispute|faq.traffic_fines',
    'ca me saoule ces voitures garées sur le trottoir devant ma porte'],
  ['faq.neighbour_dispute|faq.traffic_fines', 'ça me tue les gens qui se garent devant mon garage'],
  ['none|smalltalk.greeting', 'je tue le temps en attendant mon train'],
  ['none|smalltalk.greeting', 'je suis en train de tuer le temps avant mon rdv'],
  ['none|smalltalk.greeting', 'je tue le temps en attendant le bus'],
  // strange payments told in slang are card fraud
  ['faq.bank_fraud', 'ya des paiements chelous sur mon compte'],
  ['faq.bank_fraud', 'y a des debits zarbi sur mon compte en banque'],
  ['faq.bank_fraud', 'je vois des virements chelou sur mon compte que j\'ai jamais fait'],
  // a lost or stolen registration stays ours
  ['faq.lost_documents', 'j\'ai paumé ma carte grise, je fais comment ?'],
  ['faq.stolen_documents', 'on m\'a piqué la carte grise dans la boite a gants'],
];

/** Routine registration paperwork (new owner, new address) is the ANTS's, not ours. */
const OUT_OF_SCOPE: readonly string[] = [
  'rdv pour changer la carte grise',
  'refaire ma carte grise apres un demenagement',
  'on peut faire la carte grise a la gendarmerie ?',
  'je vends ma voiture, comment faire pour la carte grise',
  'j\'ai déménagé, je dois changer l\'adresse de ma carte grise ?',
  'ou faire le changement de titulaire de la carte grise',
  'achat voiture occasion, comment mettre la carte grise a mon nom',
];

specifyTopics('round 32 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
