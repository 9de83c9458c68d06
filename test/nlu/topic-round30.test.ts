import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 30: families fresh sets misread. Other phrasings than the corpus lines of
 * wide-round30.json, so that each family is checked for what the model generalises.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a greeting that only announces a question is the greeting (question-announced.ts)...
  ['smalltalk.greeting', 'bonjour, je peux vous demander un truc ?'],
  ['smalltalk.greeting', 'salut, petite question'],
  ['smalltalk.greeting', 'bonsoir madame, j\'aurais une question'],
  ['smalltalk.greeting', 'coucou, est-ce que je peux poser une question ?'],
  ['smalltalk.greeting', 'hey j\'ai une question rapide svp'],
  ['smalltalk.greeting', 'hello je peux vous demander quelque chose ?'],
  ['smalltalk.greeting', 'salut, j\'ai un truc à demander'],
  // ... never a goodbye, which "salut" also is
  ['smalltalk.goodbye', 'salut et merci'],
  // who is there, asked short or in slang: the assistant says what it is...
  ['smalltalk.bot_identity', 'mais t\'es qui en fait ?'],
  ['smalltalk.bot_identity', 'qui se cache derrière ce tchat ?'],
  ['smalltalk.bot_identity', 'c\'est qui qui me parle là ?'],
  ['smalltalk.bot_identity', 'y a un être humain ici ?'],
  ['smalltalk.bot_identity', 'il y a quelqu\'un en vrai derrière ?'],
  ['smalltalk.bot_identity', 'vous êtes une personne ou pas ?'],
  ['smalltalk.bot_identity', 'c\'est une vraie personne qui répond ?'],
  // ... while asking for a human is the hand-off, and what the chat does the service
  ['handoff.request', 'je peux avoir un humain svp'],
  ['faq.about_service', 'ce tchat est géré par qui ?'],
  ['faq.about_service', 'vous pouvez localiser un téléphone via ce service ?'],
  // an offence of the past not yet reported, or a break-in found on coming home: the form
  ['procedure.pre_complaint', 'comment je dépose plainte pour un vol de vélo dans mon garage ?'],
  ['procedure.pre_complaint', 'je me suis fait voler mon scooter il y a quatre jours et j\'ai '
    + 'pas encore fait de plainte'],
  ['procedure.pre_complaint', 'des voleurs sont passés chez moi ce week-end pendant qu\'on '
    + 'était absents, la porte-fenêtre est fracturée'],
  ['procedure.pre_complaint',
    'on a essayé d\'ouvrir ma porte au pied de biche cette nuit, je fais quoi ?'],
  ['procedure.pre_complaint',
    'cambriolée il y a une semaine, je n\'ai toujours pas fait la démarche de plainte'],
  // ... how complaints work stays general, and one filed is followed up
  ['faq.complaint_info', 'c\'est quoi la différence entre une plainte et une main courante ?'],
  ['faq.complaint_followup', 'ma plainte pour cambriolage date de deux mois, où en est-elle ?'],
  // a partner gone with the children weeks ago, nobody knows where: a disappearance
  ['faq.missing_person', 'la mère de mes enfants est partie avec eux sans laisser d\'adresse '
    + 'il y a 15 jours'],
  ['faq.missing_person',
    'mon compagnon a pris notre fils et il est introuvable depuis trois semaines'],
  ['faq.missing_person', 'ma femme a quitté la maison avec les enfants il y a un mois, je ne '
    + 'sais pas où ils sont'],
  // a parcel waiting behind a link in a text message
  ['faq.online_scam',
    'texto reçu : votre paquet est bloqué au dépôt, cliquez pour le récupérer'],
  ['faq.online_scam', 'un sms de la poste me demande de payer pour un colis, avec un lien'],
  ['faq.online_scam', 'sms louche sur une livraison de colis avec un lien, je fais quoi ?'],
  // a filmed beating circulating online: getting it removed
  ['faq.illegal_content', 'une vidéo où mon pote se fait tabasser tourne sur snapchat, '
    + 'comment la faire retirer ?'],
  ['faq.illegal_content', 'la vidéo de la bagarre où ma copine se fait frapper est sur tiktok, '
    + 'on peut la faire disparaître ?'],
  ['faq.illegal_content',
    'mon fils a été filmé en train de se faire agresser et ça circule sur les réseaux'],
  // a witness summoned asks where the unit is; a tobacconist's fear of a hold-up is prevention
  ['faq.contact_unit', 'je suis convoqué comme témoin pour le cambriolage de l\'entreprise où '
    + 'je travaille, où est la brigade ?'],
  ['faq.contact_unit',
    'les gendarmes veulent m\'auditionner comme témoin, où est leur caserne ?'],
  ['faq.contact_unit', 'je dois être entendu comme témoin pour l\'agression au restaurant où '
    + 'je bosse, la gendarmerie c\'est où ?'],
  ['faq.burglary_prevention', 'je tiens un bureau de tabac, comment éviter un braquage ?'],
  // stopped on the hard shoulder when unwell: the fine; a fence hit by a driver who fled
  ['faq.traffic_fines', 'arrêt sur la BAU à cause d\'une crise de panique, c\'est sanctionné ?'],
  ['faq.traffic_fines', 'j\'ai eu un malaise en conduisant et je me suis garé sur la bande '
    + 'd\'arrêt d\'urgence, est-ce que je peux être verbalisé ?'],
  ['faq.road_accident', 'quelqu\'un a percuté mon portail cette nuit et s\'est enfui'],
  ['faq.road_accident',
    'ce matin mon mur est défoncé, une voiture l\'a percuté dans la nuit et est partie'],
  // screams next door then silence: the violence answer
  ['faq.domestic_violence',
    'des hurlements chez les voisins cette nuit puis le silence, faut-il le signaler ?'],
  // an attempted abduction long ago: whether a complaint is still possible
  ['faq.complaint_info',
    'une tentative d\'enlèvement quand j\'étais adolescente, y a-t-il prescription ?'],
  ['faq.complaint_info', 'à 12 ans un inconnu a essayé de m\'attraper à la sortie de l\'école, '
    + 'je peux encore porter plainte ?'],
  ['faq.complaint_info',
    'on a tenté de me kidnapper quand j\'avais 15 ans, je peux encore porter plainte ?'],
];

/**
 * A traffic jam's cause, a bequest to the gendarmerie, and what fiction shows the police
 * can do: no service of ours.
 */
const OUT_OF_SCOPE: readonly string[] = [
  'je suis coincé dans les bouchons sur l\'A7, c\'est un accident ?',
  'gros embouteillage sur le périph, vous savez ce qui se passe ?',
  'comment faire un don de mon patrimoine à la gendarmerie par testament ?',
  'à la télé ils retrouvent quelqu\'un grâce à son téléphone, vous pouvez faire pareil ?',
  'dans les séries la police a accès à toutes les caméras, c\'est réaliste ?',
  'pourquoi le 18 pour appeler les pompiers ?',
];

specifyTopics('round 30 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
