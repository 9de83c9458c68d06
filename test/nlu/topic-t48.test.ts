import { specifyTopics } from './topicTable';

/**
 * Round t48: the calm families of the triage round still get a useful answer. A cry for help
 * over the pound or a fine gets its FAQ; papers lost before a flight the lost-papers FAQ; an
 * expired passport is the mairie's (out of scope: the official pages); a break-in found
 * afterwards the pré-plainte; blows told as a habit the violence help (3919, 119, 17 in
 * danger); a child's marks the 119. Other phrasings than wide-round-t48.json.
 */
specifyTopics('topics, round t48: calm cries for help and accounts after the fact', [
  ['faq.impound', 'aidez moi svp ma voiture est a la fourriere et ils ferment a 18h'],
  ['faq.impound', 'aide svp voiture a la fourriere ferme 18h'],
  ['faq.impound', "au secours la fourriere m'a pris ma voiture, elle ferme bientot, qu'est " +
    'ce que je dois amener'],
  ['faq.traffic_fines', "aidez moi svp j'ai une amende a contester avant vendredi"],
  ['faq.traffic_fines', 'svp aidez moi lamende va etre majoree demain comment je conteste'],
  ['faq.lost_documents', 'svp aidez moi g perdu mon passeport et je pars demain au maroc'],
  ['procedure.pre_complaint', 'on est entre chez moi cet apres midi pendant mon absence, ' +
    'porte fracturee, je fais quoi maintenant'],
  ['procedure.pre_complaint', 'des voleurs sont entres chez moi pendant que je dormais, ils ' +
    'ont pris mon sac dans l entree, et maintenant je fais quoi'],
  ['faq.domestic_violence', 'mon frere de 19 ans frappe ma mere des qu il s enerve, j ai 14 ' +
    'ans, je fais quoi'],
  ['faq.domestic_violence', 'jai 15 ans et mon pere frappe ma mere de temps en temps, je ' +
    'peux appeler qui'],
  ['faq.child_in_danger', 'la petite voisine a souvent des bleus et elle a peur de rentrer ' +
    'chez elle'],
], [
  "aidez moi svp je prends l'avion demain et mon passeport est perime",
  'aidez moi jai un vol demain 7h et ma carte d identite est expiree c urgent',
], true);
