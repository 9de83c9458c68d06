import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 19 families, from five sets written blind: each case is a new phrasing of a family
 * that failed there, or a look-alike of the neighbouring topic that must keep its answer.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a vehicle gone from where it was parked, in slang too; a tow truck is the impound
  ['faq.vehicle_theft', "notre camping-car n'est plus sur le parking où on l'avait laissé"],
  ['faq.vehicle_theft', "on m'a taxé mon scoot cette nuit devant l'immeuble"],
  ['faq.impound', "la fourrière ne veut pas me rendre ma moto sans l'attestation d'assurance"],
  // unknown payments are bank fraud; an order never delivered stays a scam
  ['faq.bank_fraud', 'trois paiements inconnus sur mon compte vers un site de paris'],
  ['faq.bank_fraud', 'perceval, ça remplace la plainte ?'],
  ['faq.online_scam', "j'ai payé un vélo sur leboncoin et le vendeur ne répond plus"],
  // drugged at a party, waking with no memory
  ['faq.sexual_violence', "on m'a sûrement drogué en soirée, je me suis réveillée chez un " +
    'inconnu sans souvenir'],
  // a fine for a sold vehicle; a boss's anger is an idiom, the fine is the topic
  ['faq.traffic_fines', "amende reçue pour la voiture que j'ai vendue en janvier"],
  ['faq.traffic_fines', 'mon patron va me tuer, flashé avec la camionnette du boulot'],
  // hedges, fences, a vehicle across the gate
  ['faq.neighbour_dispute', 'la haie de laurier du voisin fait 4 mètres et me prive de soleil'],
  ['faq.neighbour_dispute', 'le voisin gare sa voiture devant mon portail tous les soirs'],
  // a shop's security check; the fear that a burglary happens again
  ['faq.burglary_prevention', 'je voudrais un diagnostic sécurité pour mon commerce'],
  ['faq.burglary_prevention', 'cambriolés le mois dernier, on a peur que ça recommence'],
  // physical tests and age limits are recruitment
  ['faq.recruitment', 'quelles sont les épreuves sportives pour être gendarme adjoint'],
  ['faq.recruitment', "jusqu'à quel âge on peut passer le concours de sous-officier"],
  // opening hours asked around an idiom of hunger; a closed station, another one
  ['faq.contact_unit', "j'ai la dalle, la brigade est ouverte à quelle heure après midi ?"],
  ['faq.contact_unit', 'la gendarmerie de mon village est toujours fermée, une autre près ?'],
  // a lost receipt or a complaint number asked again is the complaint already filed
  ['faq.complaint_followup', "j'ai perdu le récépissé de ma plainte et l'assurance le veut"],
  ['faq.complaint_followup', "l'assurance me redemande le numéro de la plainte de l'an dernier"],
  ['faq.complaint_followup', 'je veux retirer ma plainte'],
  ['faq.complaint_info', 'les gendarmes ont-ils le droit de refuser ma plainte ?'],
  // papers forgotten are lost, papers stolen need the complaint
  ['faq.lost_documents', "j'ai oublié mon passeport dans un taxi"],
  ['faq.found_object', 'un client a laissé sa carte d\'identité dans mon taxi'],
  ['faq.stolen_documents', 'on a volé mon titre de séjour, la préfecture veut une plainte ?'],
  // an adult asking a child for photos in a game is a child in danger, not a scam
  ['faq.child_in_danger', 'un adulte demande à ma fille des photos d\'elle sur un jeu en ligne'],
  // a past event and the wish to file
  ['procedure.pre_complaint', 'on a incendié notre grange le mois dernier, je veux porter ' +
    'plainte'],
  ['procedure.pre_complaint', 'mon voisin m\'a menacé avec une pioche il y a deux semaines, je ' +
    'veux porter plainte'],
  // a deer hit on the road is the accident; a wild animal hurt in a garden is animals
  ['faq.road_accident', "j'ai heurté un chevreuil, l'aile de la voiture est enfoncée"],
  ['faq.animals', 'un renard blessé est couché dans ma cour, qui prévenir'],
];

/** Taxes and other administrations' matters: out of scope. */
const OUT_OF_SCOPE = [
  'comment déclarer mes revenus de micro-entreprise aux impôts',
  'quand arrive la taxe foncière cette année',
];

specifyTopics('round 19 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
