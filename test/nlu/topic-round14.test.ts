import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 14 families, told in words none of the corpus lines use: they check that the family
 * was learnt, not the sentence. Each fails if its topic goes back to the neighbour or to
 * `none` that took it before the round.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // someone else's belongings left with me, or money picked up: found objects, not `none`
  ['faq.found_object',
    "une passagère a laissé son manteau dans mon taxi avec ses clés dans la poche, que faire"],
  ['faq.found_object', 'ramassé 100 balles sur le parking du stade, je dois les rapporter ?'],
  ['faq.found_object', "j'ai repêché une sacoche dans le canal avec une carte vitale dedans"],
  // old weapons bought, a hunter near houses, a frail relative's rifle
  ['faq.firearms', 'acheté un vieux fusil de chasse à une brocante, faut le déclarer ?'],
  ['faq.firearms',
    "ma mère a des troubles de mémoire et garde la carabine de papa, comment la lui enlever"],
  // the record asked for a job
  ['faq.criminal_record', 'B3 demandé pour un CDD en maison de retraite, où le trouver'],
  // far holidays with dates: the holiday watch
  ['procedure.otv',
    'on s\'envole pour le Vietnam du 5 au 26 avril, les gendarmes peuvent passer chez nous ?'],
  // violence told by a relative of the victim
  ['faq.domestic_violence',
    "mon beau-frère frappe ma soeur et elle ne veut pas aller à la gendarmerie, je peux agir ?"],
  // unwanted touching by someone of authority or a colleague
  ['faq.sexual_violence', 'le moniteur de natation touche les fesses des ados pendant le cours'],
  // the neighbour who insults and blocks the way, and the night noise fine
  ['faq.neighbour_dispute',
    'le voisin gare son 4x4 devant mon garage et me traite de tous les noms'],
  ['faq.neighbour_dispute', 'amende pour tapage de nuit, combien il risque mon voisin'],
  // a grandparent scam paid with coupons
  ['faq.online_scam',
    "un faux petit-fils a appelé ma grand-mère, soi-disant arrêté, elle a payé en coupons"],
  // a tutorial for explosives
  ['faq.illegal_content', 'une vidéo en ligne apprend à fabriquer une bombe, où la signaler ?'],
  // a company created in my name
  ['faq.identity_theft',
    "on me réclame les cotisations d'une auto-entreprise ouverte avec mon numéro de sécu"],
  // tourists and students writing in English
  ['handoff.request', 'could I talk to a gendarme please'],
  ['smalltalk.bot_identity', 'am I chatting with a bot?'],
  ['faq.drones', 'am I allowed to fly a drone over the beach in Brittany?'],
  // who answers, at night: the service; who are you: the bot
  ['faq.about_service', 'à 2h du mat est-ce que quelqu\'un lit ce chat ?'],
  ['smalltalk.bot_identity', 'mais vous êtes qui vous ?'],
];

/** Fiction and errands that share our words: `none`, with no emergency. */
const OUT_OF_SCOPE = [
  "j'ai la dalle, une crêperie pas loin de la gendarmerie de Quimper ?",
];

specifyTopics('round 14 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
