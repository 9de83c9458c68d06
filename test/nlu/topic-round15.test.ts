import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 15 families, told in words none of the corpus lines use: they check that the family
 * was learnt, not the sentence. Each fails if its topic goes back to the neighbour or to
 * `none` that took it before the round.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // papers dropped on a run or a hike: lost, not stolen, not `none`
  ['faq.lost_documents',
    "pendant mon jogging j'ai fait tomber ma carte d'identité, comment la refaire"],
  ['faq.lost_documents', 'en randonnée au pic du midi mon permis est sorti de ma poche'],
  // papers taken from a locker or a beach towel: the papers matter, not the complaint
  ['faq.stolen_documents',
    'à la salle de muscu mon casier a été forcé, mon passeport était dedans'],
  ['faq.stolen_documents',
    "sur la plage de Biarritz on m'a volé ma serviette et mon sac, mon permis était dedans"],
  // a teenager staying at a friend's and refusing to come home: a runaway
  ['faq.missing_person',
    'mon fils de 16 ans dort chez sa copine depuis une semaine et refuse de revenir'],
  // a vehicle taken away during a street market or a fair: the pound
  ['faq.impound', 'mon camping-car a été embarqué pendant la braderie, je le récupère où'],
  // a witness who wants to testify
  ['faq.complaint_info', "j'ai été témoin d'une bagarre à la gare, comment je témoigne"],
  // a fire the insurer wants a paper for is damage to declare: the pré-plainte (round 24)
  ['procedure.pre_complaint',
    "l'assurance veut un papier de la gendarmerie après l'incendie de mon atelier"],
  // an ex who follows and slapped: violence in the couple, not only harassment
  ['faq.domestic_violence', "mon ex me suit jusqu'au travail et m'a giflée dimanche"],
  // an injured wild animal
  ['faq.animals', 'un hérisson blessé sur le trottoir, qui contacter'],
];

/** Idioms that share our words: `none`. */
const OUT_OF_SCOPE = [
  'je suis mort de fatigue',
  'ce travail va me tuer',
  'je me noie sous les factures',
];

specifyTopics('round 15 topic families', TOPIC_CASES, OUT_OF_SCOPE, false);
