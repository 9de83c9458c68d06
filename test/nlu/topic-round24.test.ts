import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 24: the common questions a tester missed (tester15 F5) and the fire labels made
 * consistent. None of these lines is in the corpus.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // an idiom before the question is no question of its own
  ['faq.contact_unit', 'je meurs de faim, vous avez les horaires de la brigade de Dinan ?'],
  // where an investigation stands, for an event one was not the complainant of
  ['faq.complaint_followup',
    'il y a eu un incendie dans mon village le mois dernier, '
    + "comment savoir où en est l'enquête ?"],
  // an abandoned car is removed by the pound, it is no found object
  ['faq.impound', 'il y a une voiture abandonnée depuis 2 mois dans ma rue'],
  // a child not brought back: main courante or complaint, not the violence help
  ['faq.complaint_info',
    'je veux déposer une main courante contre mon ex qui ne ramène pas les enfants'],
  // what the emergency line does is the service's own business
  ['faq.about_service',
    "j'ai appelé le 17 avant-hier pour un type louche, ils sont pas venus, c'est normal ?"],
  ['faq.about_service',
    "j'ai appelé le 17 hier pour un bruit, ils sont pas venus, c'est normal ?"],
  ['faq.about_service', 'au 112 ils parlent anglais ?'],
  // a criminal fire the insurer wants a complaint for: the pré-plainte
  ['procedure.pre_complaint',
    "quelqu'un a mis le feu à notre cabane de chasse le mois dernier, "
    + "l'assureur réclame la plainte"],
  // whether a complaint is needed at all after an accident: how complaints work
  ['faq.complaint_info',
    "la plainte est-elle obligatoire pour l'assurance après un incendie accidentel ?"],
];

specifyTopics('round 24 topic families', TOPIC_CASES, [], true);
