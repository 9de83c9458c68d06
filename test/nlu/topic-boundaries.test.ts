import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Topics told the way citizens tell them, on the boundaries where a neighbouring topic or
 * `none` took them (round 11). None of these lines is in the corpus: they check the family,
 * not the sentence that was trained.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a scam site to report is a scam, not illegal content
  ['faq.online_scam', "comment je signale un site frauduleux qui m'a pris 80 euros"],
  ['faq.online_scam', "un site de vente en ligne bidon, je veux le signaler, c'est où ?"],
  // sextortion: intimate images against money
  ['faq.online_scam',
    "on me fait du chantage avec des photos nues, il veut de l'argent en cartes prépayées"],
  ['faq.online_scam',
    "jai recu un mail qui dit quils ont des videos de moi et faut payer en bitcoin"],
  ['faq.illegal_content',
    "un compte twitter publie des messages qui font l'apologie du terrorisme, où signaler"],
  // the bank asks for a complaint: still the card fraud answer
  ['faq.bank_fraud',
    'des prélèvements inconnus sur mon compte, la banque veut un récépissé de plainte'],
  // a fake account in my name asking my friends for money: my identity is used
  ['faq.identity_theft',
    'un faux profil avec ma photo contacte mes potes pour leur demander des sous'],
  ['faq.identity_theft',
    'mon compte a été copié, le faux moi demande des virements à mes proches'],
  ['faq.online_scam',
    "un ami m'a demandé de l'argent sur messenger mais c'était pas lui, j'ai payé 200 euros"],
  // domestic violence told as a situation, not as a question about the topic
  ['faq.domestic_violence',
    "comment obtenir de l'aide sans que mon mari le sache, il fouille mon portable"],
  ['faq.domestic_violence',
    "j'ai quitté la maison avec mes deux petits, il me battait depuis des années, et après ?"],
  ['faq.domestic_violence',
    'mon mari me bat depuis longtemps, je suis partie hier avec les enfants chez une amie'],
  // harassment told as a story
  ['faq.harassment',
    "depuis un mois le même type m'attend à la sortie du boulot et me suit jusqu'au métro"],
  // a bite is the animals answer, barking the neighbours one
  ['faq.animals', 'le chien du voisin a mordu mon fils au mollet hier, que faire'],
  ['faq.animals', "mordue par le berger allemand d'à côté, le propriétaire s'en fiche"],
  ['faq.neighbour_dispute', 'le chien du voisin aboie toute la nuit, je dors plus'],
  // papers in a stolen bag, and the citizen wants to file: the pre-complaint
  ['procedure.pre_complaint',
    "on m'a volé mon sac avec mes papiers dedans, je veux porter plainte"],
  ['faq.stolen_documents',
    "mon portefeuille avec ma carte d'identité a été volé, comment refaire mes papiers"],
];

/** Our words in messages we do not answer: idioms, games, news, sport, fiction, a fire out. */
const OUT_OF_SCOPE = [
  'je meurs de faim, y a un kebab ouvert pas loin ?',
  'ce taf va me tuer sérieux',
  'sur gta5 je me fais toujours arrêter par la police, une astuce ?',
  "il y a eu une fusillade aux états-unis, c'est horrible",
  'le PSG a massacré Lyon 5-0 hier',
  'dans mon roman, un gendarme enquête sur un meurtre, comment se passe une garde à vue ?',
  'ça a brûlé à la décharge cette nuit mais les pompiers ont tout éteint',
];

specifyTopics('topics on the boundaries of their neighbours', TOPIC_CASES, OUT_OF_SCOPE, true);
