import { specifyTopics } from './topicTable';

/**
 * Round 33: a month or a first name is not "mari" (Snowball stems "mars" and "marie" like
 * it), a husband's job or an affair is not violence, the fake gendarmerie e-mail is a scam
 * (not a fine to pay), and a few everyday questions find their page. Other phrasings than
 * wide-round33.json.
 */
specifyTopics('topics, round 33: names, dates, husbands, fake police mail, daily questions', [
  ['faq.domestic_violence', 'mon mari me frappe'],
  ['faq.domestic_violence', 'mon mari me bat'],
  ['faq.domestic_violence', 'mon mari me menace'],
  ['faq.domestic_violence', "mon mari m'insulte tous les jours"],
  ['faq.domestic_violence', 'mon mari Marc me frappe quand il boit'],
  ['faq.online_scam', "j'ai reçu un e-mail de la gendarmerie nationale qui m'accuse de " +
    'consultation de sites pedopornographiques et qui demande le paiement d une amende'],
  ['faq.online_scam', 'convocation par mail de la police pour pédopornographie, ils demandent ' +
    'de payer'],
  ['faq.sexual_violence|faq.harassment|faq.illegal_content',
    'mon ex a diffusé une sextape de nous deux sur un site'],
  ['faq.sexual_violence|faq.harassment|faq.illegal_content',
    'des photos intimes de moi ont été publiées par mon ancien compagnon'],
  ['faq.harassment|faq.complaint_info', 'un mec m a traité de sale pute sur messenger'],
  ['faq.complaint_info', 'mon voisin a une plantation de weed dans sa cave je crois'],
  ['faq.road_accident|faq.complaint_info',
    'j ai été témoin de l accident de moto de ce matin sur la départementale'],
  ['faq.complaint_info|faq.harassment', 'que risque celui qui menace de tuer quelqu un'],
  ['faq.contact_unit|none', 'mon mari a été placé en garde a vue, comment avoir des nouvelles'],
  ['faq.firearms', 'est ce que je peux porter un canif sur moi'],
  ['faq.firearms', 'a-t-on le droit de circuler avec un couteau de chasse dans la boîte à gants'],
  ['faq.found_object', "j'ai perdu ma montre au cinéma, comment la récupérer"],
  ['procedure.pre_complaint|faq.burglary_prevention',
    'des voleurs sont venus chez moi cette nuit pendant mon sommeil'],
  ['smalltalk.insult', 'espèce de bot de merde'],
  ['smalltalk.insult', 'espece de robot de merde'],
  ['smalltalk.insult|smalltalk.bot_identity', 'mort de rire votre robot'],
], [
  'Mars',
  'Marie',
  '15 mars 1985',
  'le 14 mars vers 19h',
  'place du 19 mars 1962',
  'né le 2 mars 1978 à Lyon',
  'Marie Dupont',
  'Manon',
  'mon mari est pompier et il fait des gardes de nuit',
  'mon mari est infirmier, il travaille le week-end',
  'comment savoir si mon mari me trompe',
  'mon mari a une liaison avec sa collègue',
  'que faire en cas d incendie dans une tour d habitation',
], false);
