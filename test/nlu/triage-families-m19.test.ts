import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { silentForTheVote } from '../../nlu/triage-vote-calm';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 19, from the fresh sets blind38-42 (in our own words): someone vulnerable taken away
 * in a vehicle, arson threatened with the means in hand (17 before 18), someone pinned under
 * a vehicle or a tree (18 before 15); and calm messages that quoted a danger word: a cry for
 * help at a plant or the bot, a traffic light, a malaise treated and over, a suicide long
 * past asked about afterwards, a planned birth, the chat's farewell, a tall hedge, a bite over.
 */

/** One example per safety-net family, for the "every family" spec. */
export const M19_EXAMPLES: Record<string, string[]> = {
  'net-taken-in-vehicle': ['un type vient de demarrer avec ma voiture, mon bebe est a l arriere'],
  'net-arson-threat-with-means': ['il arrose la porte d essence et dit qu il va tout bruler'],
  'net-arson-threat-fire': ['mon ex a un jerrican et menace de mettre le feu a la maison'],
  'net-pinned-under': ['mon oncle est coince sous le tracteur renverse'],
  'net-cutting-in-now': ['deux types decoupent le cadenas du hangar a la disqueuse la'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const DANGER: ReadonlyArray<readonly [string, string]> = [
  ["un type vient de démarrer avec ma voiture, mon bébé est encore dans son siège à " +
    "l'arrière",
    '17'],
  ['le mec est parti avec la caisse et mon petit qui dormait derriere', '17'],
  ['deux hommes ont poussé une femme dans une camionnette blanche devant chez moi', '17'],
  ["on m'a piqué la bagnole pendant que je payais l'essence, mon fils de 2 ans est a l'arriere",
    '17'],
  // abroad, 17 does not answer: 112 leads
  ["en vacances en Italie, quelqu'un a pris notre voiture avec mes deux enfants à bord", '112'],
  ["mon voisin hurle qu'il va mettre le feu à l'immeuble, il tient un jerrican", '17'],
  ["mon frere a un bidon dessence et il dit quil va cramer la voiture de mon pere", '17'],
  ["le voisin a versé de l'essence sur notre palier et sort des allumettes", '17'],
  ['ma femme est coincée sous la voiture qui a glissé du cric, elle saigne', '18'],
  ['accident de quad mon fils est coincé dessous il a du sang partout', '18'],
  ['la remorque a basculé sur mon frère il est écrasé dessous', '18'],
  ["la voiture s'est retournée, ma copine est coincée dans l'habitacle et perd du sang", '18'],
  ['ils sont en train de scier la grille du garage de mon voisin', '17'],
  ['y a des mecs qui forcent le rideau metallique de la pharmacie en ce moment', '17'],
  ['quelqu un fracture la porte du local a velos avec un pied de biche', '17'],
  // the calm mechanisms yield to danger now
  ["ma mère est rentrée de l'hôpital hier mais elle refait un malaise maintenant", '15'],
  ["mon frère s'est suicidé l'an dernier et maintenant ma mère veut en finir ce soir", '3114'],
  ["je dois accoucher la semaine prochaine mais j'ai perdu les eaux et j'ai des contractions",
    '15'],
  ['au secours un homme est entré chez moi pendant que je faisais mes devoirs', '17'],
  ['on attendait au feu rouge et la voiture devant a pris feu, le conducteur est dedans', '18'],
  // a traffic light is no fire, but "brûle le feu" is one
  ['le hangar brule le feu passe sur la maison', '18'],
  ['la voiture brule au feu rouge, il y a quelqu un dedans', '18'],
  ["la maison brûle encore, comme l'incendie de 2019 !", '18'],
  ["mon frère est au Canada il ne répond plus depuis son malaise, décalage horaire ou pas " +
    "j'ai " +
    'peur', '15'],
];

const CALM: readonly string[] = [
  'mon mari est parti avec la voiture et les enfants chez sa mère pour le week-end',
  "on m'a volé ma voiture cette nuit avec le siège bébé dedans, comment porter plainte",
  "il a un bidon d'essence pour la tondeuse dans le garage",
  'ma cle est coincee sous la voiture comment la recuperer',
  'le chat est coincé sous la voiture du voisin',
  'au secours mon cactus pourrit, je l arrose trop ?',
  'à l aide ce formulaire de pré-plainte plante tout le temps',
  'help le robot me répond à côté depuis 10 minutes',
  'on m a embouti pendant que j étais arrêté au feu, le constat est signé, qui paye ?',
  'griller un feu rouge à vélo, combien de points ?',
  "mon père a fait une chute le mois dernier, il est sorti de l'hôpital et va mieux, " +
    'peut-il encore conduire',
  "il y a trois ans mon frère s'est suicidé, la gendarmerie a toujours ses affaires, " +
    'comment les récupérer',
  'ma césarienne est programmée lundi, la maison sera vide quatre jours, vous passez ?',
  "je voudrais le compte rendu de l'accident de 2021 pour l'assurance",
  "mon fils est en Australie il répond pas mais avec le fuseau horaire c'est normal ?",
];

/** The learned vote's own calm: the model saw these words in emergencies. */
const VOTE_CALM: readonly string[] = [
  "c'est tout pour moi, merci et bonne journée",
  'ça sera tout merci, au revoir',
  'les thuyas du voisin font 6 metres et on a plus de soleil dans le jardin',
  'le sapin du voisin nous cache la vue sur la mer, que dire',
  "un chien m'a mordu le mollet au parc le maitre est parti sans s'excuser, je porte plainte ?",
];
const VOTE_KEPT: readonly string[] = [
  "un chien m'a mordu au visage et le maître s'est barré, je saigne beaucoup",
  'la haie est tombée sur mon fils, il saigne et ne bouge plus',
  'merci, un homme essaie encore de rentrer chez moi',
];

describe('m19 families: taken in a vehicle, arson threatened, pinned under', () => {
  specifyFirstNumbers(assess, DANGER);

  it('answers an arson threat with the fire brigade after the police', () => {
    const verdict = assess("mon voisin hurle qu'il va brûler ma maison, il a un bidon d'essence");
    expect(verdict.numbers.slice(0, 3)).to.deep.equal(['17', '112', '18']);
  });

  specifyCalm(assess, CALM);

  VOTE_CALM.forEach((text) => {
    it(`the vote stays silent: "${text}"`, () =>
      expect(silentForTheVote(normalize(text)), text).to.equal(true));
  });

  VOTE_KEPT.forEach((text) => {
    it(`the vote may still speak: "${text}"`, () =>
      expect(silentForTheVote(normalize(text)), text).to.equal(false));
  });
});
