import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 45: the main courante (plainte vs main courante is faq.complaint_info's scope, a
 * partner leaving the home included), harassment at work and how to complain about it, a
 * child not returned by the other parent (an offence to complain about, not violence), and
 * small thefts (a phone, a purse) told in slang or by an elderly writer in capitals who signs.
 * Every line failed before wide-round45.json; other phrasings than that file.
 */
specifyTopics('topics, round 45: main courante, harassment at work, a child not returned', [
  ['faq.complaint_info', 'jveux faire une main courante svp'],
  ['faq.complaint_info',
    'ma femme a quitté le domicile conjugal avec ses affaires, main courante ?'],
  ['faq.complaint_info', 'mon mari est parti de la maison depuis une semaine, je dois faire ' +
    'une main courante pour abandon du domicile ?'],
  ['faq.complaint_info', 'MAIN COURANTE POUR DEPART DU CONJOINT'],
  ['faq.harassment', 'comment porter plainte contre mon patron qui me harcele'],
  ['faq.harassment', 'peut on deposer plainte pour harcelement moral au travail'],
  ['faq.harassment', 'mon n+1 me met la pression et m humilie depuis 6 mois jfais koi'],
  ['procedure.pre_complaint|faq.complaint_info',
    'mon ex garde les enfants et veut pas me les rendre'],
  ['procedure.pre_complaint|faq.complaint_info', "le père de ma fille ne l'a pas ramenée " +
    'dimanche soir comme prévu par le juge'],
  ['procedure.pre_complaint|faq.complaint_info',
    'mon ex femme refuse que je prenne mon fils pour mon week end'],
  ['procedure.pre_complaint|faq.complaint_info',
    'c etait mon tour de garde et la mere a pas voulu me donner les petits'],
  ['procedure.pre_complaint|faq.complaint_info',
    'mon ancien compagnon ne me rend pas ma fille depuis les vacances'],
  ['procedure.pre_complaint|faq.complaint_info', 'non presentation d enfant que faire'],
  ['procedure.pre_complaint|faq.complaint_info',
    'mon ex m empeche de voir mes enfants alors que j ai un droit de visite'],
  ['procedure.pre_complaint|faq.complaint_info',
    'LE PERE NE VEUT PAS RENDRE MES PETITS ENFANTS A MA FILLE'],
  ['procedure.pre_complaint|faq.stolen_documents', 'un mec ma chouré mon tel dans le tram'],
  ['procedure.pre_complaint|faq.stolen_documents',
    'un keum ma pecho mon porte feuille dans le bus'],
  ['procedure.pre_complaint|faq.stolen_documents', 'on ma volé mon phone a la plage jfé koi'],
  ['procedure.pre_complaint|faq.stolen_documents',
    'ON M A VOLE MON PORTE MONNAIE A LA BOULANGERIE. MERCI. RENE'],
  ['procedure.pre_complaint|faq.stolen_documents', 'BONJOUR MONSIEUR. ON M A VOLE MON PORTE ' +
    'MONNAIE AU MARCHE CE MATIN. QUE DOIS JE FAIRE. MERCI. GINETTE'],
], [], false);

/**
 * Police custody, decided from the scopes: a relative held at a unit gets faq.contact_unit
 * (the unit holding them is who can say more); how custody works in general is no topic of
 * ours (none: the official pages answer it), complaint information being accepted.
 */
specifyTopics('topics, round 45: police custody (a relative held, or how it works)', [
  ['faq.contact_unit',
    'mon fils est en gav depuis hier soir, ils peuvent le garder combien de temps'],
  ['faq.contact_unit', 'mon frere est en GAV je peux lui amener des vetements'],
  ['faq.contact_unit', 'mon copain est en garde à vue depuis 24h, quand va t il sortir'],
  ['faq.contact_unit', 'mon gamin est en gav depuis ce matin personne me dit rien'],
  ['faq.contact_unit', 'MON PETIT FILS EST EN GARDE A VUE DEPUIS HIER QUE FAIRE'],
  ['none|faq.complaint_info', "c'est quoi une garde à vue"],
  ['none|faq.complaint_info', 'combien de temps dure une garde a vue'],
  ['none|faq.complaint_info', 'en garde à vue on a droit à quoi'],
  ['none|faq.complaint_info', 'ca se passe comment une garde a vue, on peut appeler sa famille ?'],
], [], false);

/** Tiredness as a way of leaving: a goodbye, never an emergency nor a violence question. */
const tiredGoodbyes: readonly TopicCase[] = [
  ['smalltalk.goodbye', 'je suis mort je vais dormir'],
  ['smalltalk.goodbye', 'je suis épuisé je vais me pieuter'],
  ['smalltalk.goodbye', 'jsui nase je v me coucher'],
  ['smalltalk.goodbye', 'mort de fatigue jvais pioncer'],
];

specifyTopics('topics, round 45: tiredness as a goodbye', tiredGoodbyes, [], false);

describe('triage, round 45: tiredness as a goodbye stays calm', function calmGoodbyes() {
  this.timeout(120_000);
  let recognizer: Recognizer;

  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const [, text] of tiredGoodbyes) {
    it(`raises no emergency for ${JSON.stringify(text)}`, async () => {
      expect((await recognizer.understand(text)).emergency.detected).to.equal(false);
    });
  }
});
