import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round t44, second half, in our own words: the heat wave's "je vais crever"; a past malaise
 * told before an ordinary request; a grown-up gone for days; a burglary found with the
 * burglars gone. Beside each, the alarms that must stay: heat stroke, the body failing today,
 * a missing person at risk, burglars who may still be inside.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t44: heat, past episodes, days gone, burglaries found', () => {
  describe('the heat wave told as dying is a figure; heat stroke is a 15', () => {
    specifyCalm(assess, [
      'il fait 38 degrés dans ma chambre je vais crever',
      'on crève de chaud dans cet appart, la clim est en panne',
      'on est en train de cuire dans le bus, je vais mourir',
      'jvais creveeer il fait trop chaud chez moi 39°',
      "39 degrés à l'ombre on va crever, les pompiers passent voir les personnes âgées ?",
      'mon studio sous les toits c est un four, 36 degrés, je vais crever cette nuit',
      'chaleur horrible, je vais crever si ça continue, vous avez des conseils canicule',
      'canicule au bureau, 34 degres et pas de ventilo, on va tous mourir ici',
      'on va crever de chaud dans cette salle de classe, 35 degrés, que dit la loi',
      'je suis en train de fondre dans mon bureau il fait 37, je vais mourir',
    ]);
    specifyFirstNumbers(assess, [
      ['ma mère de 85 ans a trop chaud, elle est confuse et ne me reconnaît plus', '15'],
      ['il fait 40 degrés et mon grand père ne répond plus, il est tout rouge et ne bouge pas',
        '15'],
      ['coup de chaleur, mon collègue est tombé sur le chantier et il délire', '15'],
      ['canicule, mon bébé est brûlant et ne se réveille pas', '15'],
      ['avec la chaleur mon pere dit n importe quoi et sait plus ou il est', '15'],
      ['mon père a 90 ans, avec la canicule il délire et ne sait plus où il est', '15'],
      ['on va crever de chaud, mon bébé de 3 mois est brûlant', '15'],
      ['canicule, le nourrisson de ma soeur ne boit plus et il est tout mou', '15'],
    ]);
  });

  describe('a past malaise told before an ordinary request; the body failing today', () => {
    specifyCalm(assess, [
      "ma mère a fait un malaise la semaine dernière, elle est sortie de l'hôpital et va chez ma " +
        'soeur, sa maison sera vide, vous pouvez la surveiller ?',
      'ma femme a fait un malaise cardiaque la semaine dernière, elle est sortie de la clinique, ' +
        'peut elle faire sa procuration depuis chez nous',
      "mon voisin a fait un infarctus le mois dernier, il est revenu de l'hôpital mardi, ses " +
        'poubelles débordent, qui contacter ?',
      "ma belle mère a fait une chute et un malaise la semaine dernière, elle est sortie de " +
        "l'hosto et vit chez nous, sa maison est vide, il y a un dispositif de surveillance ?",
      "mon père a fait un malaise il y a 12 jours, il est sorti de l'hôpital vendredi, il " +
        'voudrait une attestation pour son employeur',
      'suite à son avc en février mon père est en ehpad, sa maison est inoccupée, vous pouvez ' +
        'faire des rondes ?',
    ]);
    specifyFirstNumbers(assess, [
      ["ma mère a fait un malaise la semaine dernière, elle est sortie de l'hôpital et là elle " +
        'recommence, elle ne répond plus', '15'],
      ["mon père est sorti de l'hôpital hier après un malaise et là il a une douleur dans la " +
        'poitrine', '15'],
      ["ma grand mère a fait un malaise il y a 10 jours, aujourd'hui elle est par terre dans sa " +
        'cuisine et respire mal', '15'],
      ["mon mari est sorti de l'hôpital lundi après son AVC et là il n'arrive plus à parler",
        '15'],
      ['ma tante a eu un avc le mois dernier, ce matin elle ne bouge plus du tout', '15'],
    ]);
  });

  describe('a grown-up gone for days, asked about; a danger named keeps the search first', () => {
    specifyCalm(assess, [
      'mon frère de 35 ans ne donne plus de nouvelles depuis 4 jours, on peut lancer des ' +
        'recherches ?',
      'mon cousin de 40 ans est introuvable depuis 5 jours, ça se passe comment pour signaler ' +
        'une disparition',
      "mon mari n'est pas rentré depuis 3 jours, on peut lancer des recherches svp",
      "ma coloc est partie il y a une semaine sans prévenir et ne répond plus, vous pouvez la " +
        'rechercher ?',
      'mon oncle est injoignable depuis une semaine, son patron ne l a pas vu, que faire',
      'mon fils de 22 ans a disparu depuis samedi, faut il attendre 48h pour signaler ?',
      'mon frère ne donne aucune nouvelle depuis une semaine, la police peut faire des ' +
        "recherches ou c'est son droit de partir ?",
    ]);
    specifyFirstNumbers(assess, [
      ["mon frère a disparu depuis 3 jours, il avait dit qu'il voulait en finir", '17'],
      ['mon père qui a alzheimer a disparu depuis 2 jours, on peut lancer des recherches', '17'],
      ["ma soeur a disparu depuis 3 jours, son ex l'avait menacée de mort", '17'],
      ['ma mère ne donne plus de nouvelles depuis 4 jours, elle est très dépressive et parlait ' +
        'de se tuer, on peut lancer des recherches ?', '17'],
      ['mon frère autiste a disparu depuis 2 jours, il ne sait pas se débrouiller seul', '17'],
      ["mon cousin est introuvable depuis 5 jours, il devait de l'argent à des dealers qui le " +
        'menaçaient', '17'],
      ["ma grand mère de 84 ans n'est pas rentrée depuis 2 jours, elle perd la tête", '17'],
      ["mon copain a disparu depuis vendredi, il a laissé une lettre d'adieu sur la table", '17'],
      ['ma soeur est diabétique, elle est partie sans son insuline depuis 3 jours', '17'],
      ['ma fille de 15 ans n est pas rentrée depuis 3 jours', '17'],
      ['mon mari a disparu depuis 4 jours, il est bipolaire et a arrêté son traitement', '17'],
      ['ma fille majeure a disparu depuis 3 jours, elle avait écrit sur insta qu elle voulait ' +
        'mourir', '17'],
      ['mon frère a disparu depuis 3 jours, sa voiture a été retrouvée au bord de la falaise',
        '17'],
      ['ma soeur a disparu depuis 4 jours, on a retrouvé son téléphone près de la rivière, on ' +
        'peut lancer des recherches ?', '17'],
      ['mon père a disparu depuis 2 jours avec son fusil, on peut lancer des recherches ?', '17'],
      ['mon mari est introuvable depuis 3 jours, il a laissé ses médicaments et une lettre', '17'],
    ]);
  });

  describe('a burglary found with the burglars gone; a sign they may be inside', () => {
    specifyCalm(assess, [
      'cambriolé pendant la nuit, on s en est rendu compte ce matin, il faut appeler qui ?',
      'cambriolé ce week end!! porte fracturée, plus personne dedans, on touche a rien ?? urgent ' +
        'svp',
      'je suis rentrée et ma maison a été cambriolée, la porte fracturée, il y a plus personne ' +
        'mais je suis terrorisée, je touche à rien?',
      'en rentrant du boulot je trouve mon domicile cambriolé, porte fracturée au pied de biche, ' +
        "personne à l'intérieur, on touche à rien c'est ça ?",
      'maison cambriolée pendant notre week end, ils sont partis avec la télé et les bijoux, on ' +
        'range ou on attend ?',
      "cambriolage chez ma mère de 85 ans, porte fracturée, elle n'est pas blessée, il n'y a " +
        'plus personne, on touche à rien ?',
      "on a été cambriolés, en rentrant la porte était fracturée, il n'y a plus personne, on " +
        'touche à rien ?',
      'jme suis fait cambrioler cet aprem, la porte est explosee, personne a l interieur, je ' +
        'touche a rien en attendant ?',
    ]);
    specifyFirstNumbers(assess, [
      ["je rentre et ma porte est forcée, j'entends du bruit à l'intérieur", '17'],
      ["en rentrant j'ai trouvé la porte fracturée et les voleurs sont encore dedans", '17'],
      ['on a été cambriolés, la porte est fracturée, et je crois qu il y a encore quelqu un dans ' +
        'la maison', '17'],
      ['je rentre, tout est retourné, j ai peur qu ils soient encore là, je touche à rien ?', '17'],
      ["porte forcée en rentrant, la lumière est allumée à l'étage alors que j'avais tout éteint",
        '17'],
      ['on rentre de vacances la porte est fracturée et la voiture des voleurs est encore garée ' +
        'devant', '17'],
      ['cambriolage en cours chez moi, je vois des lampes torches dans le salon', '17'],
      ["cambriolage, je suis dehors, la porte est défoncée et j'entends encore quelqu'un " +
        "fouiller à l'étage", '17'],
    ]);
  });
});
