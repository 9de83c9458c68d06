import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

// the triage as the recognizer builds it: typo correction knows the corpus vocabulary
const triage = createTriage(vocabularyOf(loadCorpus(fromRoot('nlp-models', 'corpus'))));
const assess = (text: string) => triage.assess(normalize(text));

describe('emergency triage: who is called first, and what calms', () => {
  describe('puts the number that fits the situation first, and keeps the others', () => {
    const cases: Array<[string, string, string[]]> = [
      ['a deaf citizen naming it first writes to the 114, the fire still gets its 18',
        'malentendant. feu dans la cuisine', ['114', '18']],
      ['a fire only threatened: the man with the jerrycan is for the police',
        'il menace de tous nous cramer il a le bidon d essence', ['17', '18']],
      ['a fire already set: the firefighters first, the police with them',
        'il m a frappe et maintenant il met le feu au canape', ['18', '17']],
      ['a child of twelve telling of blows at home: police, then child line',
        'mon beau pere frappe ma petite soeur jai 12 ans', ['17', '119']],
      ['a farewell sent, then silence: the police to find her, the SAMU and the suicide line',
        'ma meuf ma envoyé adieu et elle repond plus', ['17', '15', '3114']],
      ['run away with a farewell typed without its apostrophe: the search first',
        'mon ado a fugue il a laisse une lettre dadieu', ['17']],
      ['someone on the floor who no longer picks up: the SAMU',
        'ma mere decroche plus la voisine la voit par terre dans la cuisine', ['15']],
      ['a hip is no axe: a fall of an elderly woman is medical',
        'mamie est tombée elle dit qu elle a mal a la hanche elle peut plus bouger', ['15']],
      ['a boat that no longer answers on the radio in a storm: the sea rescue',
        'mon mari est parti pecher en mer, la tempete s est levee et il repond plus a la radio',
        ['196']],
      ['an elder stuck in the bath and shivering: the SAMU',
        'ma mere a 85 ans elle est dans son bain elle arrive plus a sortir elle grelotte', ['15']],
      ['held and only able to send messages: the SMS 114',
        'mon copain me tient enfermée et je peux envoyer que des messages', ['114', '17']],
      ['stabbed with the attackers still downstairs: the police first, the SAMU with them',
        'mon fils s est fait planter au ventre et les mecs sont toujours en bas', ['17', '15']],
      ['beaten with him still in the next room: the police, the bleeding nose for the SAMU',
        'mon mari m a frappée j ai le nez qui saigne beaucoup et il est dans le salon',
        ['17', '15']],
      ['a farewell to everyone, then gone with a hunting rifle: the suicide line',
        'mon père a dit au revoir à tout le monde et il est parti avec son fusil de chasse',
        ['3114', '15']],
      ['rioters burning cars: the police, the firefighters with them',
        'des manifestants cassent les vitrines et brûlent des voitures dans la rue', ['17', '18']],
      ['a CO alarm going off: the firefighters',
        'alarme co qui bip et jai des vertige', ['18']],
      ['children alone and crying, nobody hurting them: the child line, then the police',
        'les enfants du voisin sont seuls depuis hier soir ils pleurent', ['119', '17']],
      ['a child alone on a balcony edge: a rescue at height, the firefighters first',
        'le petit du voisin est tout seul sur le balcon penché sur la rambarde', ['18', '17']],
      ['a child who dreads going home tonight is away from the blows: the child line first',
        'ma copine de classe a peur de rentrer ce soir, son beau pere la touche', ['119', '17']],
      ['the one who beats comes home within the hour: the police first',
        'jai 13 ans mon pere me frappe il rentre dans une heure', ['17', '119']],
    ];

    for (const [behaviour, text, numbers] of cases) {
      it(`${behaviour}: "${text}"`, () => {
        const result = assess(text);

        expect(result.detected, 'detected').to.equal(true);
        expect(result.numbers[0]).to.equal(numbers[0]);
        expect(result.numbers).to.include.members(numbers);
      });
    }
  });

  describe('catches danger told in slang or short', () => {
    const texts = [
      'il ma mis une tarte il recommence', 'peu pas parler il ecoute',
      'ils ont enlevé mon cousin ils demandent de l argent',
      'un conducteur completement bourré vient de repartir du bar il zigzague',
      'y a une voiture qui me suit depuis 10 min je fais quoi',
      'jai plus envie de rien jai preparé les medicaments',
      'ma mere qui a alzheimer est partie de la maison on la trouve nulle part',
      'mon pere parle bizarre et sa bouche est de travers',
      'ma fille fait une crise d astme la ventoline marche pas',
    ];

    for (const text of texts) {
      it(`"${text}"`, () => {
        expect(assess(text).detected).to.equal(true);
      });
    }
  });

  describe('stays calm when the same words are over, an idiom or a question', () => {
    const pairs: Array<[string, string, string]> = [
      ['"mais tout va bien" is over', 'je suis tombé dans les pommes',
        'je suis tombé dans les pommes à la prise de sang mais tout va bien'],
      ['"depuis hier" goes on, "hier" is over', 'des enfants seuls depuis hier ils pleurent',
        'des enfants seuls ils pleuraient hier, je veux signaler les parents'],
      ['drowning in paperwork', 'je vais me noyer', 'j ai failli me noyer dans la paperasse'],
      ['fitting a CO detector', 'le detecteur de monoxyde sonne',
        'comment installer un détecteur de monoxyde de carbone'],
      ['a slap told as a film scene', 'il ma mis une tarte il recommence',
        'dans le film il lui met une tarte et il recommence'],
      ['a child alone at the age of the question', 'un petit de 3 ans tout seul sur le parking',
        'est ce qu on peut laisser un enfant de 11 ans seul sur le parking'],
      ['ransomware is no kidnapping', 'ils ont enlevé mon frere',
        'mon pc est bloqué et demande une rançon'],
      ['"péter le feu" is feeling great', 'le garage prend feu', 'je pète le feu ce matin'],
      ['a radio that no longer answers at sea is the sea rescue, not a body',
        'il est parti en mer et il repond plus a la radio', 'la radio repond plus ce matin'],
      ['a prowler at the school gate, not a parent waiting',
        'un mec louche rode autour de l ecole', 'je attends devant l ecole comme tous les jours'],
      ['"depuis son AVC" tells a stroke long over', 'mon pere a fait un avc',
        'mon père est à l hôpital depuis son AVC, comment avoir une aide à domicile'],
      ['drugged and unable to stand now, or drugged last month',
        'ma fille a été droguée en soirée elle tient plus debout',
        'ma fille a été droguée en soirée le mois dernier, elle veut porter plainte'],
      ['a fire brought under control is over, one not yet under control is not',
        'le feu est pas encore maitrisé', 'l incendie de la forêt est maîtrisé selon la radio'],
      ['a tourniquet in an emergency, not at a blood test', 'on fait un garrot il saigne',
        'l infirmière a mis le garrot pour la prise de sang'],
      ['a weekday after "j\'ai eu" is past', 'je fais un malaise au travail',
        'j ai eu un malaise au travail lundi, j ai repris'],
      ['pushed by accident is no assault', 'mon frere m a poussee il est dans le salon',
        'mon frere m a poussee sans faire expres il est dans le salon'],
      ['a roof that collapsed is no person collapsing', 'ma mere s est effondree dans la cuisine',
        'le toit de ma grange s est effondré avec la neige, personne n était dedans'],
      ['shots that are the Sunday hunt', 'des coups de feu dans la cité',
        'on entend des coups de feu le dimanche matin, c est la chasse ?'],
      ['a barbecue is lit, not set on fire', 'il met le feu au canape',
        'il met le feu au barbecue'],
    ];

    for (const [behaviour, danger, calm] of pairs) {
      it(`${behaviour}: "${danger}" alarms, "${calm}" does not`, () => {
        expect(assess(danger).detected, danger).to.equal(true);
        expect(assess(calm).detected, calm).to.equal(false);
      });
    }
  });
});
