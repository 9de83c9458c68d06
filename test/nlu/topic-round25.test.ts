import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 25: families fresh blind sets got wrong, told in phrasings of our own that no
 * corpus file holds (this round's corpus, wide-round25.json, words them otherwise).
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // papers one cannot find are lost papers, even when the question is only the town hall
  ['faq.lost_documents', "j'ai perdu ma carte d'identité, pour en refaire une c'est à la mairie ?"],
  ['faq.lost_documents', 'perdu ma CNI, je vais à la mairie ou chez vous ?'],
  ['faq.lost_documents', "bonjour, pour une carte d'identité perdue, c'est la mairie ?"],
  ['faq.lost_documents',
    "ma carte d'identité est introuvable depuis une semaine, comment la renouveler"],
  // a bag or wallet taken with the papers in it, no complaint wish named
  ['faq.stolen_documents', "on m'a volé mon portefeuille hier avec tous mes papiers dedans"],
  ['faq.stolen_documents',
    "hier soir au concert on m'a volé mon sac avec passeport et permis, qu'est-ce que je fais"],
  ['faq.stolen_documents',
    "quelqu'un m'a pris mon sac hier à la gare avec toute ma vie dedans, carte d'identité, permis"],
  // a past illness or a game's special units: a question about joining
  ['faq.recruitment',
    "j'ai fait une TS à 16 ans, est-ce que c'est éliminatoire pour la gendarmerie"],
  ['faq.recruitment',
    "j'ai été suivi pour une dépression il y a quelques années, c'est bloquant pour être "
    + 'gendarme ?'],
  ['faq.recruitment', 'avec un asthme léger on peut entrer en école de gendarmerie ?'],
  ['faq.recruitment',
    "j'ai vu le GIGN dans un jeu vidéo et je voudrais en faire partie, comment on fait"],
  ['faq.recruitment',
    "après avoir joué à un jeu sur les forces d'intervention je veux faire le GIGN, par où "
    + 'commencer'],
  // a child beaten or mocked at school for weeks; an ex who floods one with messages
  ['faq.harassment',
    "mon fils se fait frapper et insulter à l'école depuis des semaines, que faire ?"],
  ['faq.harassment', 'mon fils est la risée de sa classe depuis des mois et rentre avec des bleus'],
  ['faq.harassment', "mon ex m'envoie une cinquantaine de messages par jour, je n'en peux plus"],
  ['faq.harassment', "mon ex m'envoie des messages toutes les heures depuis qu'on s'est séparés"],
  // a car prowling, houses photographed, an old parent alone and afraid: prevention
  ['faq.burglary_prevention',
    'depuis trois jours une voiture passe au ralenti devant chez moi plusieurs fois par jour'],
  ['faq.burglary_prevention',
    "une camionnette blanche tourne dans le quartier depuis plusieurs jours, ça m'inquiète"],
  ['faq.burglary_prevention',
    "un gars photographiait les façades de la rue ce matin, c'est suspect ?"],
  ['faq.burglary_prevention',
    'ma vieille tante vit toute seule et a peur des voleurs, que lui conseiller'],
  // a child slapped hard week after week, children unwashed and hungry
  ['faq.child_in_danger', 'ma voisine gifle fort son petit plusieurs fois par semaine'],
  ['faq.child_in_danger', 'la voisine donne des gifles à son enfant très souvent, ça claque fort'],
  ['faq.child_in_danger', 'les enfants du voisin ont faim et sont toujours sales, qui prévenir ?'],
  // shouting in a couple next door, calm now: whether to report it
  ['faq.domestic_violence',
    "j'entends des cris chez les voisins de temps en temps, est-ce que je dois le signaler ?"],
  ['faq.domestic_violence',
    'il y a parfois des cris chez les voisins du dessus, est-ce que je dois faire quelque chose ?'],
  ['faq.domestic_violence',
    "hier soir le voisin hurlait sur sa copine, maintenant c'est calme, je signale ou pas ?"],
  ['faq.domestic_violence',
    "hier soir le voisin engueulait sa compagne très fort, ça s'est calmé, faut-il prévenir "
    + "quelqu'un"],
  // a friend who confided an old rape: how to help her
  ['faq.sexual_violence',
    "une amie m'a confié qu'elle avait été violée il y a quelques mois, comment l'aider ?"],
  ['faq.sexual_violence',
    "une amie m'a parlé d'un viol qu'elle a subi l'été dernier, que lui dire"],
  // a deaf citizen asking for an appointment in writing
  ['faq.contact_unit',
    'je suis sourd, est-ce que je peux prendre rendez-vous à la brigade par écrit ?'],
  ['faq.contact_unit',
    'ma mère est malentendante, comment lui avoir un rendez-vous à la brigade par écrit'],
  // a neighbour's hunting gun, cleaned or carried: what the law allows
  ['faq.firearms', 'mon voisin nettoie son fusil de chasse dans son jardin, il a le droit ?'],
  ['faq.firearms', "le voisin nettoie son fusil devant chez lui, c'est permis ?"],
  ['faq.firearms', 'mon voisin chasseur porte sa carabine en traversant la rue, a-t-il le droit ?'],
  // hateful messages in an online game, a joke before it or not
  ['faq.illegal_content',
    'dans un jeu en ligne des joueurs balancent des messages racistes en continu'],
  ['faq.illegal_content', 'sur fortnite des joueurs écrivent des insultes racistes dans le chat'],
  ['faq.illegal_content',
    "mdr j'adore, bon sinon des propos haineux dans le chat d'un jeu, je signale où ?"],
  // the receipt of a complaint the gendarmes took; a pré-plainte to correct
  ['faq.complaint_followup',
    'on a été cambriolés le mois dernier, les gendarmes sont venus, comment récupérer le '
    + 'récépissé ?'],
  ['faq.complaint_followup',
    'cambriolés le mois dernier, les gendarmes sont venus faire le constat, comment avoir '
    + 'une copie ?'],
  ['faq.complaint_followup', 'je me suis trompée dans ma pré-plainte, comment la corriger ?'],
  ['faq.complaint_followup',
    "j'ai envie de mourir de honte, j'ai mis une mauvaise date dans ma pré-plainte"],
  // game hit on the road, car wrecked, nobody hurt
  ['faq.road_accident',
    "un cerf a surgi et j'ai pas pu l'éviter, la voiture est détruite, on n'est pas blessés"],
  ['faq.road_accident',
    "j'ai renversé un chevreuil hier soir, ma voiture est morte, personne de blessé, je dois "
    + 'déclarer ?'],
  ['faq.road_accident',
    "un sanglier m'a foncé dessus sur la route, voiture en miettes mais je vais bien, "
    + 'faut-il le déclarer'],
  // nude photos held against a payment: sextortion
  ['faq.online_scam', "quelqu'un menace de publier mes photos nues si je ne le paie pas"],
  ['faq.online_scam', "un mec me demande de l'argent sinon il publie mes photos nues"],
  // a son or daughter out all night and found: when to call next time
  ['faq.missing_person',
    'mon fils a découché cette nuit, il était chez un ami, dois-je vous appeler la prochaine '
    + 'fois ?'],
  ['faq.missing_person',
    "notre ado a passé la nuit dehors sans prévenir, on l'a retrouvé chez un pote, la "
    + 'prochaine fois on vous signale ?'],
  ['faq.missing_person',
    'ma fille est rentrée au matin, elle était chez une copine, la prochaine fois on vous '
    + 'appelle ?'],
];

/** Out of scope (an idiom, a game, sport, grief, an errand), and no emergency either. */
const OUT_OF_SCOPE: readonly string[] = [
  'ma copine menace de me quitter si je ne range pas',
  'mon copain menace de me quitter si je continue à fumer',
  "j'ai des bleus partout après le paintball",
  "mon chien est mort hier, j'ai beaucoup de peine",
  'mon hamster est mort, je suis très triste',
  'en jeu de rôle je fais le gendarme, tu peux jouer le suspect ?',
  "ma soeur s'est évanouie hier mais elle va bien maintenant",
  "mon ami s'est évanoui hier, il va bien maintenant",
  'ma carte bleue est morte, elle ne marche plus',
  "on tire des feux d'artifice dans le jardin pour le nouvel an, c'est autorisé ?",
  "j'ai claqué la porte avec les clés dedans, besoin d'un serrurier",
  'enfermée dehors, je cherche un serrurier',
  "le prof de physique m'a tué avec son interro",
  "la prof m'a tuée avec son contrôle de chimie",
];

specifyTopics('round 25 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
