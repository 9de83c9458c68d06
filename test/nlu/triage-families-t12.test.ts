import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round t12: four families written in our own words, each calm side against the same story
 * told as happening now, which must keep its alarm and its first number.
 */

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const CALM: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a suicidal episode over, asked about for support', [
    "le mois dernier mon frère a parlé de se suicider, aujourd'hui il va mieux, vous avez " +
      'des contacts de soutien ?',
    "ma cousine a voulu mettre fin à ses jours l'an passé, elle va mieux, comment je peux " +
      "l'accompagner",
    'mon fils a fait une tentative de suicide il y a deux ans, il est suivi et va bien, où ' +
      'trouver un groupe de parole pour les parents',
    'ma collègue avait des idées suicidaires cet hiver, ça va beaucoup mieux, comment la ' +
      'soutenir au quotidien',
    "l'année dernière mon père voulait se tuer, il a été hospitalisé et il est sorti en " +
      "forme, il existe une ligne d'écoute pour les proches ?",
    'mon ami a pensé au suicide pendant sa dépression il y a quelques mois, maintenant il ' +
      "remonte la pente, des associations pour l'aider ?",
    'ma sœur a essayé de se suicider en 2022, elle va mieux depuis, quel numéro pour les ' +
      'familles qui veulent du soutien',
    'il y a six mois mon mari parlait de mourir, il a repris goût à la vie, comment rester ' +
      "vigilante sans l'étouffer",
    "ma fille a fait une TS l'été dernier, elle est sortie d'affaire, à qui parler pour " +
      "l'accompagner",
    "mon meilleur pote voulait en finir au printemps, il va bien aujourd'hui, je cherche " +
      'des conseils pour le soutenir',
  ]],
  ['someone gone saying they will jump, told as over', [
    "l'an dernier mon ami est parti en disant qu'il allait sauter, on l'a retrouvé, il va " +
      "mieux, comment l'aider",
    'mon ami saute en parachute ce week-end, il est parti tout excité',
  ]],
  ['a scolding foretold for an everyday fault', [
    "ma voiture est à la fourrière, mon patron va me tuer si j'arrive pas demain, comment " +
      'la récupérer',
    "j'ai cassé le vase de ma grand-mère, ma mère va me tuer",
    "encore en retard au boulot, mon chef va me tuer, c'est la troisième fois",
    "j'ai eu 4 en maths, mon prof va me tuer et mes parents aussi",
    "mon père va me tuer, j'ai rayé sa voiture en me garant",
    "ma femme va me tuer, j'ai oublié notre anniversaire de mariage",
    "j'ai perdu mes clés de voiture de service, mon patron va me massacrer",
    "on m'a retiré 3 points sur mon permis, mon père va me tuer, comment les récupérer",
    "ma prof va me tuer j'ai oublié mon devoir",
  ]],
  ['a parent asking how to help a teenager hit by her partner', [
    "ma fille de 15 ans se fait frapper par son copain, comment l'aider ?",
    "mon ado m'a avoué que son petit ami la gifle parfois, que faire pour l'aider",
    'je pense que le copain de ma fille la frappe, elle a des bleus, comment en parler avec elle',
    'ma fille de 16 ans est battue par son petit copain, elle refuse de porter plainte, ' +
      'comment la convaincre',
    'le petit ami de ma fille lui a mis des coups la semaine dernière, ' +
      'comment je peux la protéger',
    'mon adolescente est en couple avec un garçon violent qui la tape, quelles associations ' +
      "peuvent m'aider",
    "ma fille mineure subit des violences de son copain, comment l'accompagner sans la braquer",
    "ma fille de 17 ans s'est fait frapper par son copain samedi, quelles démarches pour l'aider",
    "ma fille lycéenne a un copain qui la bat, comment l'aider à le quitter",
  ]],
];

const DANGER: ReadonlyArray<readonly [string, string]> = [
  ['le mois dernier il a parlé de se suicider, il allait mieux mais ce soir il a recommencé ' +
    "à dire qu'il veut mourir", '3114'],
  ["ma cousine a voulu se suicider l'an passé, elle allait mieux mais là elle m'a écrit " +
    "qu'elle a acheté des médicaments pour en finir ce soir", '3114'],
  ['mon fils a fait une tentative il y a deux ans, il allait bien mais en ce moment il ' +
    "s'est enfermé et dit qu'il va se pendre", '3114'],
  ["ma sœur avait des idées suicidaires l'an dernier, elle allait mieux, mais ce soir elle " +
    "me dit qu'elle n'en peut plus et qu'elle va sauter", '3114'],
  ["mon ami voulait en finir au printemps, ça allait mieux mais aujourd'hui il recommence, " +
    "il dit qu'il a une corde", '3114'],
  ["un patient s'est enfui du service en disant qu'il allait se jeter du pont", '17'],
  ["mon ami est parti de chez moi en disant qu'il allait sauter", '17'],
  ["ma sœur a claqué la porte en criant qu'elle va se jeter " +
    "sous un train, elle ne répond plus", '17'],
  ["un résident de l'ehpad a fugué, il répétait qu'il voulait se jeter dans la rivière", '17'],
  ["mon copain est sorti en courant, il a dit qu'il allait se balancer du haut du parking", '17'],
  ["mon fils est parti à pied en disant qu'il va se jeter du " +
    "viaduc, on ne sait pas où il est", '17'],
  ["une patiente a quitté l'hôpital psychiatrique sans autorisation en disant qu'elle " +
    'allait sauter du pont', '17'],
  ["mon coloc s'est barré en disant qu'il allait se jeter de la falaise", '17'],
  ["mon patron a dit qu'il allait me tuer, il m'attend sur le parking avec une barre de fer", '17'],
  ['mon beau-père va me tuer, il a un couteau et il tape à la porte', '17'],
  ["ma mère a dit qu'elle allait me tuer, elle me menace avec un couteau", '17'],
  ['mon ex va me tuer, il vient de défoncer la porte', '17'],
  ["il a dit qu'il allait me tuer", '17'],
  ['son copain est en train de frapper ma fille devant chez nous', '17'],
  ["ma fille de 15 ans m'appelle en pleurs, son copain la frappe en ce moment", '17'],
  ["le copain de ma fille la tabasse là maintenant dans sa chambre, comment l'aider", '17'],
];

describe('t12 families: support, flight, scolding, a teenager hit', () => {
  CALM.forEach(([family, texts]) => {
    describe(family, () => {
      texts.forEach((text) => {
        it(`stays calm: "${text}"`, () => expect(assess(text).detected, text).to.equal(false));
      });
    });
  });

  DANGER.forEach(([text, first]) => {
    it(`still alarms, ${first} first: "${text}"`, () => {
      const verdict = assess(text);
      expect(verdict.detected, text).to.equal(true);
      expect(verdict.numbers[0], text).to.equal(first);
    });
  });
});
