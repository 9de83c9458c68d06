import { expect } from 'chai';
import { keywordAnswerFor } from '../../dialogs/common/keywordAnswers';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 26: families a fresh tester found misread. Other phrasings than the corpus lines
 * of wide-round26.json, so that each family is checked for what the model generalises.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a deceased relative's papers and car: the papers' answer (ANTS, town hall), never
  // the firearms one that "décédé" pulled towards
  ['faq.lost_documents',
    "mon papa est mort le mois dernier, je dois rendre sa carte d'identité ?"],
  ['faq.lost_documents',
    "ma maman est décédée, doit-on rapporter sa carte d'identité en mairie ?"],
  ['faq.lost_documents', "est-ce qu'on rend le passeport d'un proche décédé ?"],
  ['faq.lost_documents',
    'mon grand-père est décédé hier, sa carte grise doit être renvoyée ?'],
  ['faq.lost_documents',
    'décès de mon époux, la carte grise du camping-car est à son nom, démarches ?'],
  ['faq.lost_documents',
    'mon père décédé avait une voiture, comment faire la carte grise à mon nom'],
  ['faq.lost_documents',
    'mon beau-père est décédé, on veut revendre sa voiture, quels papiers faut-il ?'],
  ['faq.lost_documents',
    "le décès de mon mari, faut-il restituer sa carte d'identité et son passeport ?"],
  // ... while a deceased relative's weapon keeps the firearms answer
  ['faq.firearms', 'succession de mon père : il y a une carabine à déclarer'],
  ['faq.firearms',
    'mon père est décédé, il avait un pistolet dans le tiroir, on le déclare où ?'],
  // joining the reserve is still recruitment, unlike a gift (out of scope, below)
  ['faq.recruitment', 'je voudrais rejoindre la réserve de la gendarmerie'],
  // a fall on a town's pavement: how a complaint against an administration works
  ['faq.complaint_info',
    'ma grand-mère a trébuché sur un pavé qui dépasse, on peut attaquer la ville ?'],
  ['faq.complaint_info',
    "mon fils s'est blessé à cause d'un trou dans le trottoir, peut-on se retourner contre la "
    + 'commune ?'],
  ['faq.complaint_info',
    "chute à cause d'une chaussée dégradée, la commune est-elle responsable, puis-je déposer "
    + 'plainte ?'],
  ['faq.complaint_info',
    'je veux porter plainte contre la ville pour ma chute sur une plaque glissante'],
  ['faq.complaint_info',
    'merci, et si je veux porter plainte contre la commune pour ma chute, je fais comment ?'],
  // where a complaint already filed stands, whatever the offence named before
  ['faq.complaint_followup', "on m'a volé mon téléphone il y a 3 semaines, la plainte avance ?"],
  ['faq.complaint_followup',
    'mon téléphone a été volé il y a trois semaines, des nouvelles de la plainte ?'],
  ['faq.complaint_followup', 'vol de portable il y a 3 semaines, ma plainte a avancé ?'],
  ['faq.complaint_followup',
    "ma voiture a été rayée le mois dernier, j'ai porté plainte, ça avance ?"],
  ['faq.complaint_followup', "j'ai porté plainte pour une agression il y a un mois, ça avance ?"],
  ['faq.complaint_followup',
    'on a dégradé ma boîte aux lettres il y a 3 semaines, la plainte a donné quelque chose ?'],
  // ... and a complaint still to be filed is the pré-plainte
  ['procedure.pre_complaint', 'je veux porter plainte pour le vol de mon téléphone'],
  ['procedure.pre_complaint', 'mon vélo a été volé cette nuit, je veux déposer plainte'],
];

/** Gifts to the gendarmerie's charities, its calendar, other services' bills. */
const OUT_OF_SCOPE: readonly string[] = [
  "je veux faire un don à l'orphelinat de la gendarmerie",
  "je veux donner à l'orphelinat des gendarmes, comment on fait ?",
  'les dons à une œuvre de la gendarmerie sont-ils déductibles des impôts ?',
  'don à la fondation maison de la gendarmerie, comment faire ?',
  'le calendrier de la gendarmerie se vend où cette année ?',
  'comment acheter le calendrier de la gendarmerie ?',
  "on a appelé les pompiers pour un nid de guêpes, c'est payant ?",
  'les pompiers sont venus pour les guêpes, je dois payer ?',
  "le déplacement d'une ambulance ça se paye ?",
  "les pompiers m'ont facturé 150 euros pour un nid de frelons, c'est normal ?",
  'est-ce que les pompiers font payer quand on les appelle pour un chat coincé ?',
];

specifyTopics('round 26 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);

describe('round 26: another service\'s bill is not this service\'s price', () => {
  for (const text of OUT_OF_SCOPE.filter((line) => /pompiers|ambulance/.test(line))) {
    it(`gives no keyword answer to ${JSON.stringify(text)}`, () => {
      expect(keywordAnswerFor(text)).to.equal(undefined);
    });
  }
});
