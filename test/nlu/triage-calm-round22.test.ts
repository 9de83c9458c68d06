import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 22 calm mechanisms (blind45-47 false alarms, by mechanism, in our own phrasings):
 * a writer's question about a character's call, a thing that "will kill", blows to an
 * animal, a child found again, a dated accident's paperwork, the law on a weapon, homework,
 * a captivity years ago, ransomware, the writer's temper, lost papers named first; and
 * look-alikes that stay emergencies.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const CALM: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a writer asks which number a character would call', [
    'dans ma nouvelle le personnage principal est enlevé et crie au ' +
      'secours, il appellerait qui en vrai ?',
    'j\'écris un polar, ma narratrice est enfermée dans une cave et appelle ' +
      'à l\'aide, quel numéro serait réaliste ?',
    'pour mon scénario de court métrage, l\'héroïne se fait agresser et ' +
      'appelle à l\'aide, elle composerait quel numéro ?',
    'dans ma bd le héros est pris en otage et envoie un sms au secours, ' +
      'quel numéro il utiliserait dans la réalité ?',
    'mon roman policier : la victime de mon enquêteur est séquestrée, elle ' +
      'appelle le 17 ou le 112 en vrai ?',
    'je fais une fanfic où mon perso est kidnappé et appelle à l\'aide, ' +
      'c\'est quel numéro en France en vrai ?',
    'dans mon histoire la protagoniste est suivie et appelle au secours, ' +
      'elle devrait appeler qui ?',
    'pour ma pièce de théâtre, le personnage est menacé avec un couteau et ' +
      'appelle à l\'aide, quel numéro dans la vraie vie ?',
  ]],
  ['a thing, the weather or a chore that "will kill" the writer', [
    'ce scooter va me tuer, il tombe en panne tous les deux jours',
    'il va me tuer ce radar de la départementale, encore flashé à 54',
    'cette canicule va me tuer, 38 degrés dans l\'appartement',
    'elle va me tuer cette imprimante, bourrage papier toutes les cinq ' +
      'pages',
    'mes devoirs de maths vont me tuer, j\'en ai jusqu\'à minuit',
    'ce foutu réveil va me tuer, il sonne à 5h',
    'les bouchons sur l\'A6 vont me tuer tous les matins',
    'ce chantier en bas va me tuer, marteau piqueur depuis 7h',
    'je vais la tuer cette imprimante, elle refuse d\'imprimer en couleur',
    'on va le défoncer ce vieux pc, il rame trop, vous savez où le recycler ?',
    'je vais l\'exploser ce réveil, il sonne tous les matins à 6h',
    'je vais la buter cette box, plus de wifi depuis ce matin',
  ]],
  ['blows to an animal, no person threatened', [
    'mon voisin bat son chien avec une laisse dans la cour, qui prévenir ?',
    'des jeunes ont frappé un chat avec un bâton au parc, c\'est puni ?',
    'le fermier d\'à côté maltraite ses vaches, elles sont toutes maigres, ' +
      'je préviens qui ?',
    'ma voisine tape son chiot dès qu\'il aboie, je fais quoi',
    'un homme fouette son cheval dans le champ d\'à côté, c\'est de la ' +
      'maltraitance ?',
    'le voisin donne des coups de pied à son chien tous les soirs',
    'des gamins tabassent un pigeon et une poule dans la cour de la ferme',
    'mon oncle frappe ses chèvres avec un bâton quand elles s\'échappent',
  ]],
  ['a child lost and found again, asked about reporting it', [
    'ma fille s\'est perdue à la fête foraine hier, on l\'a retrouvée au bout ' +
      'd\'un quart d\'heure, je dois déclarer quelque chose ?',
    'mon petit s\'est égaré à la plage dimanche, un monsieur l\'a retrouvé ' +
      'près du poste de secours, faut-il signaler ?',
    'notre fils de 6 ans a disparu au parc une demi-heure samedi, la police ' +
      'l\'a retrouvé, est-ce qu\'il y a une suite ?',
    'mon neveu s\'est perdu dans le centre commercial la semaine dernière, ' +
      'il a été retrouvé vite, on doit faire une déclaration ?',
    'ma fille de 8 ans était introuvable à la piscine mardi, elle est ' +
      'revenue toute seule, faut-il prévenir quelqu\'un ?',
    'le petit s\'est perdu au marché ce matin, on l\'a vite retrouvé, je me ' +
      'demande si je dois le signaler',
    'mon gamin a disparu dix minutes au festival, la sécurité l\'a retrouvé, ' +
      'ça se déclare ?',
    'ma nièce de 5 ans s\'est perdue à l\'aéroport, on l\'a finalement ' +
      'retrouvée au bout de 20 min, c\'est grave de pas signaler ?',
  ]],
  ['a dated accident whose paperwork stalls "now"', [
    'l\'an dernier j\'ai eu un accident avec des blessés, maintenant ' +
      'l\'assurance refuse de payer les réparations',
    'il y a trois semaines accident avec blessés sur l\'autoroute, ' +
      'aujourd\'hui l\'expert conteste les torts',
    'accident avec un blessé le mois dernier, maintenant le tiers ne veut ' +
      'pas signer le constat',
    'le 2 mars j\'ai percuté un piéton, il a été blessé, maintenant son ' +
      'assureur réclame les frais',
    'en janvier on a eu un accident avec des blessés, maintenant l\'autre ' +
      'conductrice refuse de remplir le constat',
    'accident avec blessés l\'été dernier, et là l\'assureur traîne pour ' +
      'indemniser',
  ]],
  ['a question about the law on a weapon', [
    'faut-il un permis pour acheter un fusil de chasse ?',
    'est-ce légal de garder chez moi le pistolet de mon grand-père ?',
    'a-t-on le droit de transporter un couteau dans la voiture ?',
    'quelles démarches pour déclarer une carabine héritée ?',
    'est-ce qu\'il faut une licence pour une arbalète ?',
    'on peut acheter une bombe lacrymogène sans autorisation ?',
    'un airsoft il faut le déclarer ou pas ?',
    'comment obtenir une autorisation pour détenir un revolver de ' +
      'collection ?',
  ]],
  ['a plea for help with schoolwork', [
    'aidez moi mon exposé d\'histoire est pour demain',
    'au secours mon contrôle de chimie c\'est dans une heure',
    'aidez moi je comprends rien à mes révisions de maths',
    'help mon dm de maths est à rendre ce soir',
    'aidez moi s\'il vous plaît mon devoir de français est nul',
    'sos mon exercice de physique ne donne pas le bon résultat',
    'aidez moi mon ordinateur ne s\'allume plus et j\'ai un devoir à rendre',
    'à l\'aide ma dissertation fait deux pages et il en faut quatre',
  ]],
  ['a captivity lived long ago, asked about its case', [
    'il y a deux ans des cambrioleurs m\'ont ligotée dans ma cuisine, où en ' +
      'est l\'enquête ?',
    'il y a six mois j\'ai été séquestrée par mon ex pendant deux jours, le ' +
      'procès c\'est quand ?',
    'en 2021 des hommes m\'ont enfermée dans une cave, je voudrais savoir ' +
      's\'ils ont été condamnés',
    'l\'an dernier des braqueurs nous ont séquestrés dans la banque, on peut ' +
      'avoir une indemnisation ?',
    'il y a trois ans des voleurs nous ont attachés chez nous, ma plainte ' +
      'a-t-elle avancé ?',
    'quand j\'étais petite mon beau-père m\'a enfermée des jours, c\'est ' +
      'prescrit ?',
    'il y a cinq ans j\'ai été prise en otage dans un magasin, j\'ai encore ' +
      'des cauchemars, un psy ?',
    'il y a quelques mois des cambrioleurs m\'ont séquestré chez moi, mon ' +
      'avocat ne répond pas',
  ]],
  ['files or a device held for a ransom', [
    'mes fichiers sont pris en otage par un ransomware, ils veulent 500 ' +
      'euros en bitcoin',
    'notre serveur a été chiffré par des pirates qui demandent une rançon, ' +
      'on porte plainte où ?',
    'ma tablette est bloquée par un virus qui exige une rançon pour la ' +
      'débloquer',
    'le pc de mon père a été pris en otage par un rançongiciel, on paie ou ' +
      'pas ?',
    'mes photos sont cryptées par un malware qui réclame des bitcoins',
    'mon compte facebook est pris en otage par un hacker qui demande de ' +
      'l\'argent',
    'l\'ordinateur du cabinet est verrouillé par un virus, une rançon ' +
      's\'affiche',
    'nos données ont été prises en otage par des hackers, ils réclament une ' +
      'rançon',
  ]],
  ['the writer\'s own temper or hurry', [
    'j\'ai le feu aux fesses, mon train part dans dix minutes, les horaires ' +
      'de la brigade ?',
    'on a le feu au derrière avec ce déménagement, vous faites les ' +
      'procurations ?',
    'je vais exploser de rage si ma plainte est encore classée sans suite',
    'je sens que je vais péter un câble avec ces démarches en ligne',
    'je vais craquer si le voisin refait la fête ce soir, c\'est du tapage ?',
    'je vais exploser si je reçois encore un sms d\'arnaque au colis',
    'elle a le feu au cul pour avoir son permis avant l\'été, combien de ' +
      'temps pour le dossier ?',
    'je vais péter les plombs avec ce formulaire de procuration',
  ]],
  ['lost papers named first, with a plea', [
    'permis perdu hier soir, je dois conduire lundi, aidez moi svp',
    'carte d\'identité égarée et je me marie dans trois semaines, au secours',
    'papiers volés à la plage, je rentre en France dimanche, aidez moi',
    'titre de séjour perdu, mon rendez-vous préfecture est mardi, aidez moi ' +
      's\'il vous plaît',
    'carte vitale perdue et je dois voir le médecin demain, help',
    'passeports volés pendant le voyage, le vol retour est jeudi, aidez ' +
      'nous',
    'carte grise égarée et contrôle technique samedi, au secours',
    'cni perdue, je pars en erasmus le mois prochain, aidez moi',
  ]],
];

/** Each with the number that must come first. */
const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['dans mon histoire vraie je suis enfermée par mon mari, aidez moi, quel ' +
    'numéro ?', '114'],
  ['je suis comme l\'héroïne de mon roman, séquestrée par mon copain, au ' +
    'secours', '17'],
  ['il va me tuer ce type, il est devant ma porte avec un couteau', '17'],
  ['mon mari va me tuer, il a pris le fusil et il me cherche', '17'],
  ['il va me tuer avec sa voiture, il me fonce dessus sur le parking', '17'],
  ['il va me tuer ce malade il cogne contre ma porte', '17'],
  ['mon voisin frappe son chien et maintenant il me frappe avec le bâton', '17'],
  ['il a frappé son chien avec une barre de fer et il vient vers moi en ' +
    'hurlant', '17'],
  ['il frappe son cheval et sa femme avec un bâton dans la cour en ce ' +
    'moment', '17'],
  ['mon voisin tabasse son chien et menace de me tuer si j\'appelle ' +
    'quelqu\'un, il est dans le jardin', '17'],
  ['mon fils s\'est perdu au supermarché il y a 10 minutes, on ne le ' +
    'retrouve pas', '17'],
  ['on l\'a retrouvée hier mais ce soir ma fille de 7 ans a de nouveau ' +
    'disparu du parc', '17'],
  ['ma fille de 4 ans a disparu à la plage, on la cherche partout depuis ' +
    '20 minutes', '17'],
  ['accident avec des blessés sur la N7 maintenant, l\'autre conducteur est ' +
    'inconscient', '18'],
  ['je viens d\'avoir un accident avec des blessés, l\'autre conducteur ' +
    'refuse de sortir de sa voiture qui fume', '18'],
  ['mon voisin a une carabine sans autorisation et il me menace avec en ce ' +
    'moment', '17'],
  ['un homme avec une carabine tire sur les voitures dans ma rue', '17'],
  ['aidez moi mon prof de physique m\'a enfermée dans la salle et il me ' +
    'touche', '114'],
  ['aidez moi un homme me suit depuis le collège', '17'],
  ['ils m\'ont séquestrée il y a deux jours et ils sont encore devant chez ' +
    'moi, au secours', '114'],
  ['des voleurs me séquestrent chez moi en ce moment, je tape en cachette', '114'],
  ['il fouette son cheval et maintenant il vient vers moi avec le fouet, ' +
    'au secours', '17'],
  ['cette chaleur va me tuer et mon voisin aussi il me menace avec un ' +
    'couteau', '17'],
  ['faut-il une autorisation pour... non laissez, mon voisin braque sa ' +
    'carabine sur moi là', '17'],
  ['je suis dans le bus, le type derrière moi dit qu\'il va me tuer', '17'],
  ['le parking est désert et un homme dit qu\'il va me tuer, il me suit', '17'],
  ['mon fils de 5 ans s\'est perdu à la plage, on le retrouve plus depuis 15 minutes', '17'],
  ['il est revenu, il cogne à la porte et crie qu\'il va me tuer', '17'],
  ['des ados frappent un chien à mort sous mes yeux dans la rue', '17'],
  ['il va le tuer ce type, il a sorti un couteau dans le bar', '17'],
  ['mon mari dit qu\'il va la tuer, ma fille, il a pris le fusil', '17'],
  ['des hommes ont pris mon mari en otage chez nous et réclament une ' +
    'rançon', '17'],
  ['mon fils est retenu en otage, ils réclament une rançon en bitcoin, ils ' +
    'ont dit qu\'ils le tueraient', '17'],
  ['j\'ai le feu au cul c\'est pas une blague, la cuisine est en feu', '18'],
  ['je vais exploser, le gaz fuit dans tout l\'appartement et ça sent très ' +
    'fort', '18'],
  ['ça va exploser, la bouteille de gaz est dans le feu', '18'],
  ['passeport perdu et un homme me suit depuis la gare, aidez moi', '17'],
  ['papiers volés et on m\'a frappée, je saigne, aidez moi', '15'],
  ['on a le feu aux fesses : des flammes sortent du capot de la voiture', '18'],
];

describe('triage round 22: calm mechanisms and their dangerous look-alikes', () => {
  for (const [mechanism, texts] of CALM) {
    describe(`calm: ${mechanism}`, () => {
      for (const text of texts) {
        it(`"${text}" raises no alarm`, () => {
          expect(assess(text).detected).to.equal(false);
        });
      }
    });
  }

  for (const [text, first] of EMERGENCIES) {
    it(`"${text}" stays an emergency, ${first} first`, () => {
      const result = assess(text);

      expect(result.detected, 'detected').to.equal(true);
      expect(result.numbers[0], result.situation).to.equal(first);
    });
  }
});
