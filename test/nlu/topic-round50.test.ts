import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 50: private messages on social networks (emojis, forwarded text, dictation, someone
 * writing for a relative or a friend). A friend raped at a party who will not see the
 * gendarmes, money or a wallet found by a child, an old lady's chequebook and papers taken at
 * the market told in a formal letter, withdrawals a parent never made with the card still in
 * the wallet, a real person asked for, insults out of exasperation, the delay to file after a
 * swindle, a child racketed today, and thanks for a prevention post that made one "die"
 * laughing. Every line was answered wrongly before wide-round50.json; other phrasings than
 * that file.
 */
const SEXUAL_VIOLENCE: readonly TopicCase[] = [
  ['faq.sexual_violence',
    "ma meilleure amie s'est fait violer à une soirée samedi, elle veut pas aller voir les " +
      "gendarmes, comment je peux l'aider ?"],
  ['faq.sexual_violence',
    'mon frere s est fait abuser par un mec a une fete il veut pas en parler aux gendarmes ' +
      'comment l aider'],
  ['faq.sexual_violence',
    'bonjour je vous écris pour ma sœur elle a été violée après une soirée elle a honte et ' +
      "veut pas aller à la gendarmerie comment je peux l'accompagner"],
  ['faq.sexual_violence',
    'ma meilleure amie s est faite violer samedi a une fete elle veut pas aller a la ' +
      'gendarmerie'],
];

const FOUND: readonly TopicCase[] = [
  ['faq.found_object',
    'mon gamin a trouve un porte monnaie avec des sous dans le car scolaire on fait quoi'],
  ['faq.found_object',
    "notre fille a trouvé un billet de 50 euros dans la cour de l'école et la maîtresse ne " +
      'sait pas à qui il est, on en fait quoi'],
  ['faq.found_object', 'ma fille de 9 ans a trouvé 50 € dans la cour on fait quoi'],
  ['faq.found_object', 'trouvé par mon fils dans le bus : un portefeuille, on fait quoi svp'],
];

const ELDERLY: readonly TopicCase[] = [
  ['faq.stolen_documents|procedure.pre_complaint|faq.bank_fraud',
    "Monsieur le Gendarme, dame de 82 ans, c'est mon petit-fils qui m'aide. Au marché ce " +
      "matin on a pris mon chéquier et ma carte d'identité dans mon cabas. Je vous remercie " +
      'de votre aide.'],
  ['faq.stolen_documents|procedure.pre_complaint|faq.bank_fraud',
    "Bonjour Monsieur le gendarme je m'appelle Jeanne j'ai 84 ans et c'est mon petit fils " +
      "qui écrit pour moi. Jeudi au marché quelqu'un a pris mon porte carte avec ma carte " +
      "bancaire et ma carte d'identité dans mon sac de courses. Je vous remercie par avance"],
  ['faq.stolen_documents|procedure.pre_complaint|faq.bank_fraud',
    "Mesdames Messieurs, mon petit-fils m'aide à écrire. J'ai 82 ans. Ce matin, au marché, " +
      "on m'a dérobé ma carte de crédit et mon chéquier dans mon cabas. Je vous prie " +
      "d'agréer mes salutations."],
  ['faq.stolen_documents|procedure.pre_complaint|faq.bank_fraud',
    "bonjour monsieur, ma grand-mère (81 ans) s'est fait prendre sa carte d'identité et " +
      'son chéquier dans son sac au marché, elle ne sait pas quoi faire, merci beaucoup'],
];

const WITHDRAWALS: readonly TopicCase[] = [
  ['faq.bank_fraud',
    'mon pere a pas perdu sa carte elle est dans son portefeuille mais y a des retraits qu ' +
      'il a pas fait'],
  ['faq.bank_fraud', 'retraits pas faits par mon père mais carte toujours dans son portefeuille'],
  ['faq.bank_fraud',
    'bonjour ma grand mere a sa carte dans son portefeuille pourtant sa banque lui parle ' +
      "de retraits à Marseille où elle n'est jamais allée"],
  ['faq.bank_fraud',
    'la carte de mon père est dans son portefeuille mais y a eu des retraits qu il a pas ' +
      'faits'],
  ['faq.bank_fraud',
    "sa carte n'a pas bougé de son portefeuille et pourtant 3 retraits sur son compte, mon " +
      'père est perdu'],
];

const HUMAN: readonly TopicCase[] = [
  ['handoff.request', "c'est possible qu'une personne réelle lise ce que je vous envoie ?"],
  ['handoff.request',
    "y a moyen de causer à quelqu'un en vrai ? j'ai pas envie de raconter tout ça à une " +
      'machine'],
  ['handoff.request', "pas envie de parler à une machine, y a quelqu'un ?"],
  ['handoff.request', 'vous pouvez transmettre mon message a une vraie personne'],
  ['handoff.request', 'est ce qu une personne en chair et en os va lire mon message'],
];

const INSULTS: readonly TopicCase[] = [
  ['smalltalk.insult',
    'franchement vous etes des incapables ca fait une heure que je pose la meme question'],
  ['smalltalk.insult', 'quel service de merde ça fait trois fois que je pose la question'],
  ['smalltalk.insult', 'franchement bande de guignols ça fait une heure que j attends une reponse'],
  ['smalltalk.insult', 'vous êtes vraiment des bras cassés ça fait une semaine que j attends'],
  ['smalltalk.insult', 'franchement service de merde je repose ma question pour la 3eme fois'],
  ['smalltalk.insult', "des bras cassés ce service, j'ai demandé trois fois"],
];

const DELAYS: readonly TopicCase[] = [
  ['faq.complaint_info', 'slt on a cb de temps pr porter plainte apres une escroquerie'],
  ['faq.complaint_info',
    'il y a combien de temps pour porter plainte suite à une escroquerie, il y a une ' +
      'limite ?'],
  ['faq.complaint_info', 'escroquerie il y a combien de temps pour deposer plainte'],
  ['faq.complaint_info', "on a jusqu'à quand pour porter plainte pour une escroquerie ?"],
];

const RACKET: readonly TopicCase[] = [
  ['procedure.pre_complaint|faq.complaint_info',
    'bonjour mon fils a 12 ans et aujourd hui a la sortie des cours trois garcons l ont ' +
      'coince et lui ont pris son argent et son sweat il a peur on peut porter plainte'],
];

const THANKS: readonly TopicCase[] = [
  ['smalltalk.thanks',
    "j'ai ri aux larmes avec votre post sur les faux livreurs, merci pour la prévention"],
  ['smalltalk.thanks',
    'hahaha trop drôle votre vidéo sur les arnaques au téléphone, merci à vous 👏'],
  ['smalltalk.thanks',
    "votre publication sur les escroqueries m'a fait pleurer de rire, merci pour la " +
      'prévention'],
  ['smalltalk.thanks',
    'jsuis mort de rire avec votre post sur les brouteurs mdr merci pour la prevention'],
  ['smalltalk.thanks',
    "mdr j'étais mort de rire devant votre vidéo sur les cambriolages, merci pour vos " +
      'conseils'],
  ['smalltalk.thanks',
    'je suis morte de rire avec votre publication sur les faux conseillers bancaires 🤣 ' +
      'bravo et merci'],
  ['smalltalk.thanks', "votre post sur les arnaques m'a tué 😂😂 merci pour la prévention"],
];

specifyTopics('topics, round 50: a friend assaulted, a child finds money, an old lady robbed',
  [...SEXUAL_VIOLENCE, ...FOUND, ...ELDERLY], [], false);

specifyTopics("topics, round 50: a parent's withdrawals, a real person, exasperated insults",
  [...WITHDRAWALS, ...HUMAN, ...INSULTS], [], false);

/**
 * How long one has is complaint_info; a child racketed today may be told how to file or go
 * straight to the guided pre-complaint (both serve the parent). Thanks may carry an idiom of
 * death ("mort de rire") that threatens nobody.
 */
specifyTopics('topics, round 50: delays, a child racketed today, thanks with an idiom',
  [...DELAYS, ...RACKET, ...THANKS], [], false);
