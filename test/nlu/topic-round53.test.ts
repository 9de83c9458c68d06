import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 53 (a fresh set, blind93: voice dictation without punctuation, elderly people's
 * formal letters, people typing for a grand-parent): joining the gendarmerie as an
 * investigator, its name dictated as "l'agent de marie"; an animal stuck that the 17 sent
 * elsewhere; what happened at a neighbour's where the gendarmes were seen, which we do not
 * answer; a letter's closing formula sent alone. Other phrasings than wide-round53.json.
 */
const RECRUITMENT: readonly TopicCase[] = [
  ['faq.recruitment',
    'je regarde section de recherches tous les soirs comment on devient enqueteur dans l ' +
      'agent de marie'],
  ['faq.recruitment',
    'ma petite fille regarde les series policieres elle veut devenir enqueteuse a la gens d ' +
      'arme rit comment faire'],
  ['faq.recruitment',
    'comment on fait pour etre enqueteur dans la jandarmerie mon petit fils adore les series'],
  ['faq.recruitment',
    'bonjour je voudrais savoir comment devenir technicien en identification criminelle dans ' +
      'la gendarmerie'],
  ['faq.recruitment',
    'mon fils veut faire les sections de recherche plus tard il doit passer quel concours'],
  ['faq.recruitment',
    "j'adore les émissions sur les gendarmes, quelles études pour devenir enquêteur ?"],
];

const ANIMALS: readonly TopicCase[] = [
  ['faq.animals',
    'la derniere fois j ai appelé le dix sept pour un chat coincé dans un arbre on m a dit ' +
      'que ce n etait pas pour eux qui faut il appeler'],
  ['faq.animals',
    'le dix sept ma dit que pour un chat sur un arbre c est pas eux alors je fais comment'],
  ['faq.animals',
    'un chaton est coince dans un arbre au fond du jardin les pompiers se deplacent ou pas'],
  ['faq.animals',
    "Madame, un chat miaule depuis deux jours coincé dans la cheminée de mon voisin absent, " +
      "à qui dois-je m'adresser ?"],
  ['faq.animals',
    'j ai appele le 17 pour le chien du voisin enferme dans une voiture au soleil ils m ont ' +
      'dit que c etait pas pour eux qui appeler'],
];

/** What the gendarmes did at a neighbour's: nothing we answer, a person may. */
const SEEN_AT_NEIGHBOUR: readonly TopicCase[] = [
  ['none|handoff.request',
    'j ai les jambes qui flageolent depuis que j ai vu les gendarmes devant chez le voisin ' +
      'hier qu est ce qui s est passé'],
  ['none|handoff.request',
    'il y avait des gendarmes et une ambulance chez mes voisins cette nuit vous pouvez me ' +
      'dire ce qui est arrivé'],
  ['none|handoff.request',
    'pourquoi les gendarmes etaient chez le voisin ce matin je suis inquiete'],
  ['none|handoff.request',
    'ma mere a vu des gyrophares devant la maison d en face hier soir elle veut savoir ce qui ' +
      's est passe'],
  ['none|handoff.request',
    'Monsieur, deux voitures de gendarmerie sont restées devant chez mon voisin toute la ' +
      "matinée. Pouvez-vous m'expliquer ce qu'il se passe ?"],
];

/** A fight or an accident seen: whether and how to testify stays complaint_info. */
const WITNESSED: readonly TopicCase[] = [
  ['faq.complaint_info',
    "j'ai vu deux hommes se battre devant chez mon voisin hier, je dois prévenir les " +
      'gendarmes ?'],
  ['faq.complaint_info',
    "témoin d'un accident devant chez le voisin hier, je peux témoigner comment ?"],
  ['faq.complaint_info',
    'les gendarmes sont venus chez moi hier pour une plainte de mon voisin, que dois-je faire'],
];

const CLOSINGS: readonly TopicCase[] = [
  ['smalltalk.goodbye',
    "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées."],
  ['smalltalk.goodbye',
    "Je vous prie de croire, Monsieur le Commandant, en l'assurance de ma considération " +
      'distinguée.'],
  ['smalltalk.goodbye', 'respectueusement marcel 87 ans'],
  ['smalltalk.goodbye', 'Bien cordialement, Mme Martin'],
  ['smalltalk.goodbye', 'avec mes salutations respectueuses, Georges Martin'],
  ['smalltalk.goodbye',
    'je vous remercie par avance et vous prie de croire en l assurance de mes sentiments ' +
      'respectueux'],
];

/** A letter's body keeps its topic; an opening stays a greeting, thanks stay thanks. */
const LETTERS: readonly TopicCase[] = [
  ['faq.lost_documents',
    'Madame, Monsieur, ayant perdu mon permis de conduire au marché, je souhaiterais savoir ' +
      "quelles démarches effectuer. Veuillez agréer, Madame, Monsieur, l'expression de mes " +
      'salutations distinguées.'],
  ['faq.recruitment',
    'Monsieur le Gendarme, mon petit-fils souhaite entrer dans la gendarmerie comme ' +
      "sous-officier, quelles sont les conditions d'âge ? Je vous prie d'agréer mes " +
      'respectueuses salutations. Mme Roux'],
  ['faq.proxy_vote',
    'bonjour je voudrais faire une procuration pour ma mere qui est en maison de retraite ' +
      'comment faire cordialement'],
  ['faq.vehicle_theft',
    'Madame, Monsieur, mon scooter a été volé devant mon immeuble cette nuit. Que dois-je ' +
      'faire ? Respectueusement, Henri'],
  ['smalltalk.greeting', 'Madame, Monsieur'],
  ['smalltalk.thanks', 'merci beaucoup, cordialement'],
];

specifyTopics('topics, round 53: an investigator in "l\'agent de marie", an animal stuck',
  [...RECRUITMENT, ...ANIMALS], [], false);

specifyTopics('topics, round 53: the gendarmes seen at a neighbour\'s, a fight witnessed',
  [...SEEN_AT_NEIGHBOUR, ...WITNESSED], [], false);

specifyTopics('topics, round 53: a letter\'s closing alone is a goodbye, its body the topic',
  [...CLOSINGS, ...LETTERS], [], false);
