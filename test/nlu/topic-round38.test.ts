import { specifyTopics } from './topicTable';

/**
 * Round 38: intimate photos posted on Snapchat or Instagram are the (cyber)harassment answer,
 * squatters in a second home how a complaint works, the bot's own pré-plainte reference the
 * follow-up, a witness of an accident how to testify (not the constat amiable), and a
 * teenager's tantrums, a school talk on domestic violence, a minor going abroad and an
 * "attestation sur l'honneur" are out of scope, never the violence help. Other phrasings
 * than wide-round38.json.
 */
specifyTopics('topics, round 38: intimate photos, squats, references, witnesses, teens', [
  ['faq.harassment|faq.sexual_violence', 'qqn a publié des photos de moi toute nue sur snap'],
  ['faq.harassment|faq.sexual_violence', 'un mec a mis mes photos intimes en story insta'],
  ['faq.harassment|faq.sexual_violence',
    'une fille de ma classe a posté mes nudes sur son compte instagram'],
  ['faq.harassment|faq.sexual_violence',
    "ma soeur a des photos d'elle nue qui circulent sur snap, son ex les a envoyées"],
  ['faq.harassment|faq.sexual_violence|faq.identity_theft',
    'on a créé un faux compte insta avec mes photos intimes'],
  ['faq.complaint_info|procedure.pre_complaint',
    'il y a un squatteur dans ma résidence secondaire'],
  ['faq.complaint_info|procedure.pre_complaint',
    'des gens squattent notre maison de vacances en bretagne'],
  ['faq.complaint_info|procedure.pre_complaint', 'squat dans ma maison secondaire que faire'],
  ['faq.complaint_info|procedure.pre_complaint',
    "quelqu un s est installé dans mon chalet pendant que j y suis pas"],
  ['faq.complaint_followup', 'PP-7K4M-Q2XD'],
  ['faq.complaint_followup', 'ma référence est PP-7K4M-Q2XD'],
  ['faq.complaint_followup', 'pp7k4mq2xd'],
  ['faq.complaint_followup', 'bonjour, référence PP-ABCD-EFGH, où en est ma plainte ?'],
  ['faq.complaint_followup', 'voici mon numero de dossier pp 7k4m q2xd'],
  ['faq.complaint_info|faq.contact_unit', "j'ai vu un accident ce matin, je voudrais témoigner"],
  ['faq.complaint_info|faq.contact_unit',
    "témoin d'un accident de voiture hier soir, comment je donne mon témoignage"],
  ['faq.complaint_info|faq.contact_unit',
    'jai assisté a un accrochage au carrefour je veux faire une deposition'],
  ['faq.complaint_info|faq.contact_unit',
    "ma mère a vu l'accident de scooter devant chez elle, elle veut témoigner"],
  ['faq.domestic_violence', 'mon fils de 15 ans pète les plombs et me tape dessus'],
  ['faq.domestic_violence', 'mon ado me donne des coups dès que je lui refuse quelque chose'],
], [
  'mon ado pète un câble à la maison, il hurle et claque les portes',
  'ma fille de 15 ans fait des crises de colère tous les soirs',
  "mon fils ado s'énerve pour un rien et crie sur tout le monde, il ne frappe personne",
  'je prepare un exposé sur les violences conjugales pour le lycée',
  'pour un devoir sur les violences faites aux femmes vous avez des chiffres',
  "mon prof m'a demandé un exposé sur les violences conjugales, vous pouvez m'aider",
  'mon fils de 16 ans part seul en espagne, quel papier il lui faut',
  "ma fille mineure voyage seule à l'étranger avec l'école, il faut une autorisation ?",
  'autorisation de sortie de territoire c\'est où',
  "je dois faire une attestation sur l'honneur pour la caf",
], true);
