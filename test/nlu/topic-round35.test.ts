import { specifyTopics } from './topicTable';

/**
 * Round 35: rural, elderly and overseas citizens. A greeting addressed to the gendarme is a
 * greeting, an old parent alone is burglary prevention, farm thefts, dogs and sheep, a cow
 * on the road, a boar hunt near the houses, a call to violence online, past racketeering,
 * how long data are kept, a joke before a question, papers lost in a disaster, points left
 * on a licence, a blow in public transport, the first on an accident. Other phrasings than
 * wide-round35.json.
 */
specifyTopics('topics, round 35: villages, farms, overseas, elderly relatives', [
  ['smalltalk.greeting', 'bonjour monsieur le gendarme'],
  ['smalltalk.greeting', 'bonsoir madame la gendarme'],
  ['smalltalk.greeting', 'bonjour messieurs de la gendarmerie'],
  ['smalltalk.greeting', 'bonjour mesdames et messieurs les gendarmes'],
  ['faq.burglary_prevention', "mon père a 87 ans, il habite seul dans une ferme isolée, j'ai " +
    "peur qu'il se fasse cambrioler"],
  ['faq.burglary_prevention', 'ma maman de 92 ans est toute seule dans sa maison, on a peur ' +
    'des cambrioleurs, que faire'],
  ['procedure.pre_complaint|faq.burglary_prevention', 'on nous a encore volé du gasoil et des ' +
    'batteries sur les tracteurs, pouvez-vous faire plus de rondes'],
  ['procedure.pre_complaint|faq.burglary_prevention', "troisième vol de cuivre à " +
    "l'exploitation ce mois-ci, est-ce que les gendarmes peuvent passer plus souvent"],
  ['faq.animals|procedure.pre_complaint',
    'les chiens du voisin ont égorgé trois de mes brebis, qui va payer'],
  ['faq.animals|procedure.pre_complaint',
    'des chiens errants ont tué mes moutons cette nuit, qui rembourse'],
  ['faq.road_accident', "j'ai percuté une vache sur la route hier soir, personne de blessé, " +
    'qui paie les dégâts'],
  ['faq.road_accident',
    "ma voiture a heurté un veau échappé, pas de blessé, c'est qui qui paye"],
  ['faq.firearms|faq.neighbour_dispute', 'les chasseurs tirent à côté de ma maison pendant la ' +
    'battue au sanglier, ont-ils le droit'],
  ['faq.illegal_content', 'un compte facebook appelle à incendier la gendarmerie dimanche'],
  ['faq.illegal_content', "sur tiktok quelqu'un appelle à casser la préfecture ce week-end"],
  ['faq.harassment', "au lycée on me prenait mon argent de force l'année dernière, si ça " +
    'reprend je fais quoi'],
  ['faq.harassment', "mon fils s'est fait racketter au collège l'an dernier, que faire si ça " +
    'recommence'],
  ['faq.about_service', 'vous gardez mes informations pendant combien de temps'],
  ['faq.contact_unit', "je vais étrangler mon mari s'il laisse encore traîner ses chaussettes " +
    'lol, sinon vous ouvrez à quelle heure'],
  ['none|faq.about_service', 'mes beaux-parents arrivent samedi, vous intervenez pour ça ? 😂'],
  ['faq.lost_documents',
    "l'inondation a emporté tous nos papiers, carte d'identité et passeport"],
  ['faq.lost_documents', "l'incendie de la maison a brûlé mon permis et ma carte vitale"],
  ['none|faq.traffic_fines',
    "j'ai fait un malaise au volant, est-ce que je dois repasser le permis"],
  ['faq.traffic_fines', "il ne me reste qu'un point sur mon permis, je risque de le perdre ?"],
  ['procedure.pre_complaint|faq.complaint_info',
    "on m'a frappé dans le bus ce matin, j'ai quelques bleus mais rien de grave"],
  ['procedure.pre_complaint|faq.complaint_info',
    'agressé dans le RER hier, quelques hématomes mais je vais bien'],
  ['faq.road_accident', "je révise le code : que doit-on faire quand on arrive en premier sur " +
    "les lieux d'un accident"],
], [
  "mon petit-fils joue à un jeu vidéo où on vole des voitures, est-ce que c'est interdit",
  'ma petite-fille a un jeu sur la console où il faut voler des motos, est-ce permis ?',
], false);
