import { specifyTopics } from './topicTable';

/**
 * Round 42: idioms of heat and tiredness, a flat battery, storm or hail damage and a
 * theoretical question on self-defence are out of scope; gendarmes called sold-out or useless
 * are insults; an assault days or weeks ago is how to file a complaint (not its follow-up),
 * also for a relative who does not know where to go (the nearest unit stays the contact
 * answer); a witness asking whether testifying is compulsory gets the road accident answer
 * (how to testify stays with round 38); a relative's papers stolen from a hotel or a tent;
 * a copy of one's complaint for the insurer; a dead phone before a vote or papers question
 * ("mort" and "fille" pulled to domestic violence); papers burnt in a fire; a novel's
 * gendarme hero and how long training lasts. Every line failed before wide-round42.json but
 * the contact guards; other phrasings than that file.
 */
specifyTopics('topics, round 42: insults, complaints, witnesses, papers, votes, training', [
  ['smalltalk.insult', 'tous des vendus les gendarmes'],
  ['smalltalk.insult', 'les gendarmes servent a rien de toute facon'],
  ['smalltalk.insult', 'vs servez a r1'],
  ['smalltalk.insult', "la gendarmerie c'est une bande de vendus"],
  ['procedure.pre_complaint|faq.complaint_info',
    'suite a une agression il y a quelques jours, comment je fais la plainte'],
  ['procedure.pre_complaint|faq.complaint_info', "j'ai été agressée il y a trois semaines et " +
    "je n'ai rien fait depuis, la plainte se fait comment"],
  ['procedure.pre_complaint|faq.complaint_info', "mon mari s'est fait frapper la semaine " +
    'dernière par un voisin de camping, il veut porter plainte'],
  ['procedure.pre_complaint|faq.complaint_info',
    'agression dans le bus le 2 du mois, toujours pas de plainte, je dois aller où'],
  ['faq.complaint_info', 'ma mere veut porter plainte mais sait pas ou aller'],
  ['faq.complaint_info', 'ma grand mere voudrait porter plainte elle sait pas si elle doit ' +
    'aller a la brigade de son village'],
  ['faq.complaint_info', 'je vous ecris pour ma tante qui veut deposer plainte, elle va ou'],
  ['faq.contact_unit', 'où est la brigade la plus proche'],
  ['faq.contact_unit', 'ma mère voudrait le numéro de la gendarmerie de son village'],
  ['faq.road_accident',
    'j ai vu un accident ce matin sur la nationale, suis je obligé de témoigner'],
  ['faq.road_accident', 'g vu 1 accident ce matin est ce que je dois temoigner'],
  ['faq.road_accident', "mon épouse a été témoin d'un accident ce matin, doit elle témoigner"],
  ['faq.road_accident', "ce matin un scooter s'est fait renverser sous mes yeux, je suis " +
    'obligée de témoigner ?'],
  ['faq.stolen_documents', "vol du passeport de mon copain dans l'hotel, il repart demain"],
  ['faq.stolen_documents', 'on a volé la cni de mon coloc dans sa tente'],
  ['faq.complaint_followup', "l'assurance me demande une copie de la plainte, comment je fais"],
  ['faq.complaint_followup', 'besoin d un double de ma plainte pour l assureur'],
  ['faq.complaint_followup',
    'mon assureur exige une copie de ma déclaration de plainte, où la demander'],
  ['faq.proxy_vote', 'mon tel est mort donc j ecris vite : ma fille peut voter pour moi ?'],
  ['faq.proxy_vote', 'téléphone mort depuis ce matin, ma fille est en stage le jour du ' +
    'vote, comment elle fait'],
  ['faq.proxy_vote', "mon mari est mort l'an dernier, je peux voter pour ma fille ?"],
  ['faq.lost_documents', 'ma voiture a brulé avec mes papiers dedans, comment les refaire'],
  ['faq.lost_documents',
    'ma voiture a pris feu et mes papiers étaient dedans, comment je fais'],
  ['faq.lost_documents', 'tout a brulé dans le feu de la maison y compris nos passeports, ' +
    'on fait comment pour les refaire'],
  ['faq.lost_documents', 'la voiture a cramé avec mon portefeuille dedans, permis et cni'],
  ['faq.lost_documents',
    'le feu a pris dans ma voiture, mes papiers ont été détruits, quelles démarches'],
  ['faq.recruitment', 'je lis un roman policier dont le héros est gendarme, ça dure combien ' +
    'la formation ?'],
  ['faq.recruitment',
    "dans le polar que je lis le gendarme a fait l'école, elle dure combien de temps"],
  ['faq.recruitment', 'le heros de mon polar est gendarme, combien de temps ils sont formés'],
  ['faq.recruitment', 'la formation des gendarmes dure combien de mois'],
  ['none|faq.complaint_info', 'si on me menace avec un couteau j ai le droit de me defendre'],
  ['none|faq.complaint_info', 'en théorie, si un type sort un couteau, je peux le frapper ?'],
  ['none|faq.complaint_info', 'j ai le droit de me defendre si on m attaque avec une arme'],
  ['none|faq.complaint_info', "au cas où un agresseur me menace d'un couteau, la loi me " +
    'permet de me défendre ?'],
], [], false);

/** Heat, sunburn and a flat battery are idioms; storm or hail damage is the insurer's. */
specifyTopics('topics, round 42: heat, a flat battery, storm damage', [], [
  'on va tous crever de chaud ici, 40 degres et plus de clim',
  'jsui cuite g pri un coup de soleil de ouf',
  'ma batterie de voiture est morte, je suis coincée au parking du supermarché',
  'canicule, on cuit dans l appart',
  'tempete cette nuit, des tuiles sont tombées sur ma voiture, je dois porter plainte ?',
  'ma maison a été abimée par la tempête, il faut prévenir les gendarmes ?',
  'grelons enormes, pare brise cassé, je vais a la gendarmerie ou je vois avec mon assureur',
], false);
