import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 52 (blind94's topic findings): holiday watch, criminal record, burglary and stolen
 * papers asked in English or Portuguese; slang idioms of death or fire that name no danger
 * (a break-up, a video-game boss, a great night, fitness to drive after a heart attack) are
 * out of scope; preventing a bike's theft and a shop's security check are prevention; a
 * neighbour's joint is a neighbour dispute; what is kept of one's data is the service's.
 * Each finding's message and other phrasings than wide-round52.json.
 */
const FOREIGN: readonly TopicCase[] = [
  ['procedure.otv', 'we go to Portugal for 3 weeks, can gendarmes check my house ?'],
  ['procedure.otv', "we're off to Greece for ten days, could the gendarmerie watch our house ?"],
  ['procedure.otv',
    'leaving for 2 weeks in july, is there a police service to check my home while im away'],
  ['procedure.otv', 'vamos de ferias 3 semanas, a gendarmaria pode vigiar a minha casa ?'],
  ['faq.criminal_record', 'criminal record extract how to get'],
  ['faq.criminal_record', 'how can I get my criminal record certificate'],
  ['faq.criminal_record', 'i need a criminal record for my visa, where do i ask'],
  ['faq.criminal_record', 'como pedir o registo criminal em França'],
  ['faq.criminal_record', 'criminal record copy for new job, where'],
  ['faq.burglary_prevention', 'if one day someone breaks in my house what I must do'],
  ['faq.burglary_prevention', 'how to protect my house from burglars'],
  ['faq.burglary_prevention', 'what should I do if I come home and my house was burgled'],
  ['faq.burglary_prevention', 'how to make my apartment safer against burglary'],
  ['faq.stolen_documents', 'roubaram a minha carteira com os documentos, comment je fais'],
  ['faq.stolen_documents', 'roubaram o meu passaporte no metro, o que faço'],
  ['faq.stolen_documents', 'roubaram-me a bolsa com o bilhete de identidade, que faire'],
  ['faq.stolen_documents', 'me roubaram os documentos na praia, comment on fait'],
];

const SLANG_OUT_OF_SCOPE: readonly string[] = [
  'ma meuf m a largué jsuis dead 💔',
  'mon ex m a bloqué partout jsuis dead 💀',
  'ma copine ma quitté par sms chui mort',
  'ce boss de fin il m a tué 10 fois jvais craquer',
  'ce jeu me tue j ai perdu 15 fois',
  'le dernier niveau il m a tué trente fois jvais casser ma manette',
  'j ai pris feu au karaoké hier soir 🔥🎤 trop bien',
  'on a mis le feu au dancefloor hier trop bien',
  'jai grave pris feu en boite samedi 🔥🔥',
  "mon oncle il a fait un infarctus l an dernier, est ce qu il peut encore avoir son permis ?",
  'ma grand mere a eu un avc, elle a le droit de conduire encore ?',
  'mon pere a fait une crise cardiaque il y a 6 mois il peut reconduire ?',
  'apres son avc mon mari peut il garder son permis de conduire',
];

const PREVENTION_AND_OTHERS: readonly TopicCase[] = [
  ['faq.burglary_prevention', 'comment eviter qu on me vole mon velo electrique'],
  ['faq.burglary_prevention', 'c quoi le mieux pour pas se faire voler son scooter'],
  ['faq.burglary_prevention', 'comment eviter le vol de ma voiture devant chez moi'],
  ['faq.burglary_prevention',
    'ma boutique vient d ouvrir, vous faites des diagnostics de sécurité ?'],
  ['faq.burglary_prevention',
    'j ouvre un commerce, un gendarme peut venir voir comment le sécuriser ?'],
  ['faq.burglary_prevention',
    'on vient d ouvrir notre pharmacie, un diagnostic sûreté c est possible ?'],
  ['faq.burglary_prevention',
    'nouveau salon de coiffure, vous venez conseiller pour l alarme et la vitrine ?'],
  ['faq.neighbour_dispute',
    'le gars d en bas fume des joints tous les soirs ça pue dans ma chambre'],
  ['faq.neighbour_dispute', 'mon voisin fume du shit sur son balcon et l odeur monte chez moi'],
  ['faq.neighbour_dispute',
    'la voisine fume de la weed toute la soirée et ça sent jusque dans le salon'],
  ['faq.neighbour_dispute', 'l odeur de cannabis du voisin du dessus m empeche de dormir'],
  ['faq.about_service', 'mes infos elles sont gardées ?'],
  ['faq.about_service', 'ce que je vous raconte c est enregistré quelque part ?'],
  ['faq.about_service', 'mes donnees perso vous les gardez combien de temps'],
  ['faq.about_service', 'vous gardez mes messages ?'],
];

specifyTopics('topics, round 52: questions in English or Portuguese', FOREIGN, [], false);

specifyTopics('topics, round 52: slang deaths and fires that are out of scope, and calm', [],
  SLANG_OUT_OF_SCOPE, true);

specifyTopics("topics, round 52: a bike's or a shop's prevention, a neighbour's joint, my data",
  PREVENTION_AND_OTHERS, [], false);
