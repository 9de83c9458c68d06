import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import type { TopicCase } from './topicTable';

/**
 * Round t44's false alarms read by the whole recognizer (rules, learned vote, topic): each
 * message stays calm and gets the answer that helps, in phrasings of our own that no corpus
 * file holds. The learned vote alarmed on some of them where the rules were calm (the heat
 * wave, a burglary found with the victim unhurt).
 */
const CALM_CASES: readonly TopicCase[] = [
  // a cry for help opening an ordinary problem
  ['faq.lost_documents', "aidez-moi svp j'ai perdu mon portefeuille avec tous mes papiers dedans"],
  ['faq.lost_documents', 'aide moi stp jai perdu mon portefeuille dans le bus'],
  ['faq.traffic_fines', 'au secours il me reste que 2 points sur mon permis, comment en récupérer'],
  ['faq.traffic_fines', 'aidez moi svp mon permis va être suspendu il me reste 1 point'],
  ['faq.proxy_vote', 'aidez moi je ne sais pas comment faire ma procuration pour les élections'],
  ['faq.proxy_vote',
    'aidez moi svp, je dois faire une procuration pour ma mère mais le site plante'],
  ['procedure.pre_complaint', 'aidez moi svp le formulaire de pré-plainte ne veut pas se valider'],
  // a teenager who hits a parent at each refusal
  ['faq.domestic_violence',
    "ma fille de 14 ans tape sa mère dès qu'on lui refuse un truc, que faire"],
  ['faq.domestic_violence',
    "mon grand de 16 ans frappe son père chaque fois qu'on lui dit non pour sortir, qui peut nous "
    + 'aider'],
  ['faq.domestic_violence',
    'mon fils de 13 ans me tape dessus dès que je lui refuse quelque chose, c\'est normal ?'],
  ['faq.domestic_violence',
    "mon fils me cogne dès qu'on lui dit non, il a 15 ans, on fait comment"],
  // a child's marks or evenings alone, told as a habit
  ['faq.child_in_danger',
    "le petit des voisins a souvent des bleus et il a peur de rentrer chez lui après l'école, je "
    + 'fais quoi ?'],
  ['faq.child_in_danger',
    'la petite voisine a des bleus depuis des semaines et elle dit qu\'elle a peur de rentrer '
    + 'chez elle, qui je dois prévenir'],
  ['faq.child_in_danger',
    "tous les soirs un petit de 6 ans joue seul dans la rue jusqu'à minuit, je dois faire quoi"],
  ['faq.child_in_danger',
    "un enfant de 6 ans reste seul sur le parking jusqu'à la nuit tous les jours, est ce que je "
    + 'peux signaler'],
  // the heat wave's figure
  ['none', 'il fait 38 degrés dans ma chambre je vais crever'],
  ['none', 'je suis en train de fondre dans mon bureau il fait 37, je vais mourir'],
  ['none', 'on est en train de cuire dans le bus, je vais mourir'],
  // a past malaise before an ordinary request
  ['procedure.otv',
    "ma mère a fait un malaise la semaine dernière, elle est sortie de l'hôpital et va chez ma "
    + 'soeur, sa maison sera vide, vous pouvez la surveiller ?'],
  ['faq.proxy_vote',
    'ma femme a fait un malaise cardiaque la semaine dernière, elle est sortie de la clinique, '
    + 'peut elle faire sa procuration depuis chez nous'],
  // a grown-up gone for days
  ['faq.missing_person',
    'mon cousin de 40 ans est introuvable depuis 5 jours, ça se passe comment pour signaler une '
    + 'disparition'],
  ['faq.missing_person',
    'mon frère de 35 ans ne donne plus de nouvelles depuis 4 jours, on peut lancer des '
    + 'recherches ?'],
  // a burglary found, the burglars gone
  ['faq.burglary_prevention',
    "cambriolage chez ma mère de 85 ans, porte fracturée, elle n'est pas blessée, il n'y a plus "
    + 'personne, on touche à rien ?'],
  ['faq.burglary_prevention',
    'cambriolé pendant la nuit, on s en est rendu compte ce matin, il faut appeler qui ?'],
  ['faq.burglary_prevention',
    'en rentrant du boulot je trouve mon domicile cambriolé, porte fracturée au pied de biche, '
    + "personne à l'intérieur, on touche à rien c'est ça ?"],
];

describe('round t44: calm look-alikes read by the whole recognizer', function calmTopics() {
  this.timeout(120_000);
  let recognizer: Recognizer;

  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const [topic, text] of CALM_CASES) {
    it(`stays calm and answers ${topic} to ${JSON.stringify(text)}`, async () => {
      const result = await recognizer.understand(text);

      expect(result.emergency.detected, text).to.equal(false);
      expect(result.topic, text).to.equal(topic);
    });
  }
});
