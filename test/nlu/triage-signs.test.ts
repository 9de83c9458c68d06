import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 10: dangers told by their signs, not their names (a child put out for the night,
 * a rope in a barn, blows heard over the phone, a breached protection order, a spiked drink,
 * a kayaker overdue, a tourist writing in English), and calm messages that quote a danger
 * (a joke, a riddle, a cake, a healed attempt, a burnt car found).
 */

/** One example per safety-net family of this round, for the "every family" spec. */
export const SIGNS_EXAMPLES: Record<string, string[]> = {
  'net-stuck-outdoors': ['randonneur bloque sur une falaise ne peut plus bouger'],
  'net-runaway-now': ['mon fils a fugue cette nuit il repond plus'],
  'net-just-attacked-hurt': ['on vient de nous agresser mon mari est blesse'],
  'net-child-put-out': ['mon pere me a mis dehors il fait nuit'],
  'net-child-left-alone': ['les petits sont seuls depuis hier'],
  'net-child-beater-coming': ['je ai 12 ans il me frappe et il rentre dans 1h'],
  'net-child-dreads-home': ['ma copine de classe a peur de rentrer ce soir son pere la bat'],
  'net-gone-with-stranger': ['ma soeur est partie avec un inconnu et son tel est eteint'],
  'net-dreads-home': ['il me frappe et il rentre dans 1h'],
  'net-child-in-hot-car': ['bebe seul dans la voiture en plein soleil'],
  'net-pills-hoarded': ['je ai stocke des medocs pour cette nuit'],
  'net-rope': ['je ai pris une corde je suis dans la grange'],
  'net-bridge': ['je suis sur le pont je vais sauter'],
  'net-pills-tonight': ['mes cachets pour partir ce soir'],
  'net-unmissed': ['personne remarquera si je disparais'],
  'net-attempt-again': ['apres ma tentative de le an dernier je vais recommencer cette nuit'],
  'net-heard-on-phone': ['au telephone son mari la frappe'],
  'net-order-breached': ['il a une interdiction de me approcher et il est devant'],
  'net-spiked-drink': ['il a mis un truc dans mon verre et veut me raccompagner'],
  'net-spiked-drink-body': ['on a mis un truc dans mon verre je me sens bizarre'],
  'net-limp-blue': ['bebe tout mou et bleu'],
  'net-overdue-at-sea': ['parti en kayak il devait rentrer a midi'],
  'net-drifting-out': ['le matelas part vers le large'],
  'net-vehicle-in-water': ['une voiture est tombee dans le canal'],
  'net-grabbing-children': ['un homme essaie de attraper les enfants'],
};

const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

const EMERGENCIES: ReadonlyArray<[string, string]> = [
  ['mon beau-père m\'a mis à la porte cette nuit, j\'ai 12 ans', '119'],
  ['la petite du voisin est enfermée sur le balcon en pyjama, elle pleure', '119'],
  ['deux gamins seuls dans une caravane depuis ce matin, le plus jeune a 2 ans', '119'],
  ['jai 14 ans ma mere me frappe elle revient dans 1h jai peur', '17'],
  ['ma copine de classe a peur de rentrer chez elle ce soir, son père la bat', '119'],
  ['j\'ai une corde et je suis dans le grenier', '3114'],
  ['je suis sur le toit, je vais sauter', '3114'],
  ['j\'ai mis de côté mes somnifères pour partir cette nuit', '3114'],
  ['personne ne se rendra compte si je disparais', '3114'],
  ['ma soeur au téléphone hurle, son mari la tape', '17'],
  ['il a une ordonnance d\'éloignement et il est garé en bas', '17'],
  ['un type a versé un truc dans mon verre et insiste pour me ramener', '17'],
  ['mon bébé est tout mou et bleu', '15'],
  ['mon père est parti en kayak, il devait rentrer à midi, pas de nouvelles', '196'],
  ['le vent pousse les enfants sur leur matelas vers le large', '196'],
  ['a man is beating my friend in the street', '112'],
  ['mi amiga no vuelve de la playa desde 3 horas', '112'],
  ['un mec me suit mdr j\'ai peur', '17'],
  ['mes parents sont partis depuis deux jours, j\'ai 10 ans', '119'],
  ['la corde est nouée, je suis prête', '3114'],
  ['on m\'a droguée en boîte, je vois flou', '15'],
  ['je rigole pas il a un couteau', '17'],
];

const CALM: readonly string[] = [
  'mon père m\'a mis dehors il y a deux ans, je vis chez ma tante maintenant',
  'à partir de quel âge un enfant peut rester seul depuis le matin ?',
  'mes enfants sont seuls en colonie depuis hier, ils vont bien',
  'mon mari rentre dans une heure, on dîne ensemble',
  'j\'ai pris une corde pour l\'escalade en falaise',
  'on saute du pont dans la rivière avec les copains l\'été',
  'personne ne remarquera si je pars plus tôt',
  'comment obtenir une ordonnance de protection ?',
  'hier soir on m\'a mis un truc dans mon verre, je me suis réveillée sans souvenirs',
  'mon fils est parti en kayak, il est bien rentré',
  'i lost my wallet yesterday, how to report it?',
  'au secours mon gâteau est raté',
  'l\'énigme du jeu dit au secours je suis enfermé, une idée ?',
  'je vais te tuer t\'as mangé ma part mdr',
  'elle avait fait une tentative de suicide il y a trois ans, elle va mieux',
  'on a retrouvé mon camping-car volé brûlé, et maintenant ?',
  'le vendeur leboncoin a mon argent et ne répond plus',
  'mes enfants de 15 et 16 ans sont seuls depuis midi, ils font leurs devoirs',
  'mon fils a voulu se suicider l\'an dernier, il est suivi et va beaucoup mieux',
  'pardon, je pars pour toujours au canada, comment résilier mon abonnement',
  'je prends mes somnifères pour cette nuit comme d\'habitude',
  'mon ex me menace depuis la séparation, je voudrais une ordonnance de protection',
  "j'ai fait une tentative de suicide il y a 5 ans, je veux refaire ma carte d'identité",
  'tentative de permis ratée en mai, je vais le refaire en juin',
];

describe('triage of dangers told by their signs (round 10)', () => {
  for (const [text, first] of EMERGENCIES) {
    it(`"${text}" -> ${first} first`, () => {
      const result = assess(text);

      expect(result.detected, text).to.equal(true);
      expect(result.numbers[0], result.situation).to.equal(first);
    });
  }

  for (const text of CALM) {
    it(`stays calm on "${text}"`, () => {
      expect(assess(text).numbers, text).to.deep.equal([]);
    });
  }

  it('detects a tourist\'s danger (nlu/triage-foreign.ts) and lists 112, whatever it is', () => {
    for (const text of ['my wife has a heart attack', 'there is a fire in my room',
      'ayudame un hombre me sigue', 'a man is hitting my wife', 'my husband is bleeding',
      'we had a car crash', 'the house is on fire', 'my son is lost',
      'mi amiga no vuelve desde 3 horas', 'mi padre no respira',
      'un hombre me sigue con un cuchillo', 'hay fuego en la casa']) {
      const result = assess(text);

      expect(result.detected, text).to.equal(true);
      expect(result.numbers, text).to.include('112');
    }
  });

  it('gives no alarm, and no error, on empty or odd input', () => {
    for (const text of ['', '   ', 'mdr', '?!', 'lol '.repeat(300)]) {
      expect(assess(text).detected, JSON.stringify(text)).to.equal(false);
    }
  });
});
