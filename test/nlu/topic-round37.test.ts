import { specifyTopics } from './topicTable';

/**
 * Round 37: home help for a very old parent, the bot mocked for answers beside the point,
 * a teacher's past mistreatment of a child now in another school, a spouse gone from home, the
 * pré-plainte asked in a few SMS words, first aid asked as a how-to, a film's child abduction,
 * a pet gone for days, the attackers of weeks ago, a relative violent when drunk before the
 * family meal, noises in the attic, a BB gun as a gift. Other phrasings than
 * wide-round37.json.
 */
specifyTopics('topics, round 37: old parents, pets, the attic, the bot mocked', [
  ['smalltalk.insult', 'tu me tues avec tes réponses'],
  ['smalltalk.insult', 'tes réponses sont à côté de la plaque'],
  ['smalltalk.insult', "t'es vraiment a l'ouest mon pauvre robot, tu reponds n'importe quoi"],
  ['smalltalk.insult', 'ca sert a quoi un bot qui comprend rien lol'],
  ['faq.child_in_danger|faq.complaint_info', "l'an dernier la maîtresse tirait les oreilles " +
    "de mon fils, il a changé d'école, peut-on encore faire quelque chose"],
  ['faq.child_in_danger|faq.complaint_info', 'mon fils était enfermé dans un placard par son ' +
    "instituteur l'an passé, il a changé d'école depuis, on peut encore faire quelque chose ?"],
  ['faq.missing_person', 'ma femme est partie du domicile conjugal, je veux savoir où elle ' +
    'vit maintenant'],
  ['faq.missing_person', 'mon conjoint a quitte le domicile, comment le retrouver'],
  ['faq.missing_person',
    "ma femme m'a quitté et je ne sais pas où elle habite, vous pouvez la chercher ?"],
  ['procedure.pre_complaint', 'preplainte en ligne c ou'],
  ['procedure.pre_complaint', 'c ou le site pr la preplainte'],
  ['faq.animals', 'mon chien a disparu depuis hier'],
  ['faq.animals', "notre chienne s'est sauvée avant-hier et n'est pas revenue"],
  ['faq.animals', 'le chat de ma fille n est pas rentre depuis 2 jours on fait quoi'],
  ['faq.animals', 'ma chatte a disparu depuis dimanche'],
  ['faq.animals', 'notre labrador a fugué depuis hier'],
  ['faq.complaint_followup', "j'ai été agressé il y a trois semaines, est-ce que les " +
    'agresseurs ont été arrêtés'],
  ['faq.complaint_followup', 'on m a tabasse il y a 15 jours, vous les avez attrapes ?'],
  ['faq.complaint_followup',
    "j'ai été agressé le mois dernier, est-ce qu'ils ont arrêté les gars"],
  ['faq.complaint_followup',
    'je me suis fait agresser il y a 3 semaines, les agresseurs sont ils en prison'],
  ['faq.domestic_violence', 'mon frère bourré a tout cassé au dernier repas de famille, noël ' +
    'approche je fais quoi'],
  ['faq.domestic_violence', 'papa boit et devient mechant, il a explose la porte la derniere ' +
    'fois, comment passer les fetes'],
  ['faq.animals|none', 'un loir dans les combles ça se signale à qui'],
  ['faq.animals|none', 'des rats au grenier faut il le signaler a la mairie'],
  ['faq.firearms', "un airsoft pour un ado de 15 ans c'est autorise ?"],
  ['faq.firearms', 'offrir une replique airsoft a mon neveu pour noel c est legal'],
  ['faq.firearms', 'mon fils de 16 ans veut un airsoft, ai je le droit de lui acheter'],
], [
  "ma mère a 91 ans, comment faire une demande d'aide à domicile",
  "qui peut m'aider à remplir le formulaire d'entrée en maison de retraite de ma grand-mère",
  "papa a 94 ans, les papiers pour l'ehpad on les demande à qui",
  'comment réagir si je trouve quelqu un inconscient',
  'si je trouve un homme inanimé sur le trottoir, je dois faire quoi, c est pour savoir',
  "je lis un roman sur un enlèvement d'enfant, est-ce que ça arrive souvent",
  'on regarde une serie ou une petite fille est kidnappee, ca arrive vraiment souvent ?',
  'dans le livre que je lis un gamin se fait enlever a la sortie de l ecole c est courant ?',
], false);

/** A threat over a yoghurt, slippers or a wall drawn on: no topic, and no emergency. */
specifyTopics('topics, round 37: a threat over a trifle', [], [
  'je vais le tuer mon petit frere il a touche a ma console',
  'je vais trucider ma fille elle a encore pris mon chargeur',
  'je vais tuer mes gosses ils ont peint le mur du salon',
  'je vais les tuer ils ont dessiné sur les murs de ma chambre',
  'je vais le massacrer ce chien il a déchiré mes pantoufles',
], true);
