import { expect } from 'chai';
import { fromRoot } from '../../core/paths';
import { vocabularyOf } from '../../nlu/classifier';
import { loadCorpus } from '../../nlu/corpus';
import { normalize } from '../../nlu/normalize';
import { createTriage, withoutCalmClauses } from '../../nlu/triage';
import { NET_FAMILIES, netSituations, withoutHypotheticals } from '../../nlu/triage-net';
import { negatedAt } from '../../nlu/triage-net-context';
import { SIGNS_EXAMPLES } from './triage-signs.test';
import { TOLD_EXAMPLES } from './triage-told.test';
import { GENERAL_EXAMPLES } from './triage-general.test';
import { T13_EXAMPLES } from './triage-families-t13.test';
import { M18_EXAMPLES } from './triage-families-m18.test';
import { ROUND21_EXAMPLES } from './triage-round21.test';
import { M19_EXAMPLES } from './triage-families-m19.test';
import { R20_EXAMPLES } from './triage-round20.test';
import { ROUND22_EXAMPLES } from './triage-round22.test';
import { ROUND23_EXAMPLES } from './triage-round23.test';
import { T28_EXAMPLES } from './triage-t28.test';
import { BLIND52_EXAMPLES } from './triage-blind52.test';
import { ROUND25_EXAMPLES } from './triage-round25.test';
import { T35_EXAMPLES } from './triage-t35.test';
import { T36_EXAMPLES } from './triage-t36.test';
import { T37_EXAMPLES } from './triage-t37.test';
import { T41_EXAMPLES } from './triage-t41.test';
import { T39_EXAMPLES } from './triage-t39.test';
import { PATROL_EXAMPLES } from './triage-back-after-patrol.test';
import { T46_EXAMPLES } from './triage-t46.test';

// the safety net's families, each with examples, and what keeps it calm (the adversarial
// set's figures are in triage-adversarial.test.ts)
const corpus = loadCorpus(fromRoot('nlp-models', 'corpus'));
const triage = createTriage(vocabularyOf(corpus));
const assess = (text: string) => triage.assess(normalize(text));

describe('triage safety net', () => {
  const examples: Record<string, string[]> = {
    ...SIGNS_EXAMPLES, ...TOLD_EXAMPLES,
    ...GENERAL_EXAMPLES,
    ...T13_EXAMPLES, ...M18_EXAMPLES,
    ...ROUND21_EXAMPLES,
    ...M19_EXAMPLES,
    ...R20_EXAMPLES,
    ...ROUND22_EXAMPLES,
    ...ROUND23_EXAMPLES,
    ...T28_EXAMPLES,
    ...BLIND52_EXAMPLES,
    ...ROUND25_EXAMPLES,
    ...T35_EXAMPLES,
    ...T36_EXAMPLES,
    ...T37_EXAMPLES, ...T41_EXAMPLES, ...T39_EXAMPLES, ...PATROL_EXAMPLES, ...T46_EXAMPLES,
    'net-help': ['ausecour', 'o secour', 'vite la police', 'venais vite svp'],
    'net-hiding': ['je peux pas appeler il m entendrait', 'je chuchote il est la',
      'chut il dort a cote', 'pas le droit de telephoner il surveille'],
    'net-suicide': ['jai envie de me tuer', 'je veux plus etre la', 'adieu a tous'],
    'net-farewell': ['ce est la fin pour moi', 'je ai ecrit ma lettre dadieu'],
    'net-suicide-means': ['je ai achete une corde pour ce soir', 'je me tue cette nuit'],
    'net-attempt': ['je me suis taillade les poignets', 'elle se est pendue'],
    'net-under-way': ['viol en cours', 'une agression sexuelle en train de se passer'],
    'net-sexual': ['il essaie de me violer', 'on me viole'],
    'net-coerced': ['il me force a coucher avec lui la maintenant'],
    'net-held-up': ['on me braque', 'braquee par deux hommes'],
    'net-just-done': ['je me suis fait violer il est encore la'],
    'net-ongoing': ['mon copain ma pousse dans lescalier il continue'],
    'net-screams': ['ma voisine hurle on dirait que on la frappe'],
    'net-ramming': ['un mec bourre fonce sur les gens en voiture'],
    'net-animal': ['mon voisin bat son chien a mort la'],
    'net-hidden': ['je suis sous le lit'],
    'net-hidden-writing': ['jecris en cachette il me surveille'],
    'net-break-in-cannot-call': ['je suis sourd quelqu un est entre chez moi'],
    'net-flood': ['ma maison est inondee et le eau monte on est sur le toit'],
    'net-drugged': ['on me a drogue a la soiree je me sens partir'],
    'net-fainting': ['je me sens partir', 'je vais tomber dans les pommes'],
    'net-weapon': ['il a un couteau', 'il a une arme a feu sur lui', 'ca tire dans la cite'],
    'net-break-in': ['il essaie de defoncer la porte', 'des hommes cagoules devant chez moi'],
    'net-fear': ['j ai peur il va revenir', 'je suis terrorisee il est en bas'],
    'net-unsafe': ['je me sens pas en securite', 'je suis suivie', 'un mec me suit'],
    'net-stalker': ['mon ex me harcele et il est devant ma porte'],
    'net-assault': ['je me fais agresser', 'il me tape dessus', 'il vient de l agresser'],
    'net-fight': ['des jeunes se battent avec des barres de fer'],
    'net-abduction': ['un homme a pris mon fils dans sa voiture'],
    'net-road-danger': ['un mec roule a contresens sur l autoroute'],
    'net-beating': ['un homme frappe sa femme devant la boulangerie', 'ils me frappent'],
    'net-door': ['quelqu un tape a la porte depuis 20 min et crie mon nom'],
    'net-stranger': ['quelqu un dans le jardin qui regarde par la fenetre'],
    'net-drunk-driver': ['il est bourre et il conduit avec les enfants'],
    'net-missing': ['mon frere de 6 ans a disparu dans la foule'],
    'net-fire': ['il y a le feu', 'ya le feu', 'la maison du voisin brule'],
    'net-fire-spread': ['le barbecue a mis le feu a la haie qui brule'],
    'net-gas': ['ca pue le gaz dans la cage d escalier'],
    'net-road': ['une voiture a percute un pieton'],
    'net-road-state': ['un camion se est renverse il y a des blesses'],
    'net-unresponsive': ['elle repond plus', 'il ouvre pas les yeux'],
    'net-ingestion': ['il a pris toute la boite de doliprane', 'mon fils a bu de la javel'],
    'net-medical': ['il est tombe du toit', 'il fait une reaction allergique'],
    'net-fall': ['elle a fait une chute et elle ne peut plus bouger'],
    'net-sea': ['un kitesurfeur en difficulte en mer', 'un homme est tombe du bateau'],
    'net-drowning': ['quelqu un se noie', 'une voiture est tombee dans le canal'],
    'net-child-gone': ['ma fille de 5ans a disparu au parc depuis 10 min',
      'on trouve plus mon fils au supermarche'],
    'net-child-not-found': ['je vois plus mon fils', 'mon bebe on le trouve nulle part'],
    'net-vulnerable-gone': ['mon pere a alzheimer il a disparu depuis une heure'],
    'net-vulnerable-wandering': ['mon pere a alzheimer il est parti en pyjama cette nuit'],
    'net-road-walker': ['un homme marche sur l autoroute'],
    'net-young-child-gone': ['mon garcon de 5 ans a disparu a la kermesse'],
    'net-fast-road-blocked': ['un caddie au milieu de l autoroute'],
    'net-explosive-found': ['j ai trouve un obus dans mon champ'],
    'net-crushed': ['un mur s est effondre sur un ouvrier'],
    'net-if-he-finds-me': ['si il me trouve il me tue'],
    'net-child-taken-along': ['ma fille de 7 ans est montee dans la voiture d un inconnu'],
    'net-writing-only': ['je peux qu ecrire il est devant la porte'],
    'net-child-swallowed': ['ma fille de 2 ans a avale une pile bouton'],
    'net-child-witness': ['papa frappe maman elle pleure'],
    'net-held': ['il la retient chez lui de force', 'il veut pas me laisser partir'],
    'net-exposure': ['un homme se deshabille devant les enfants'],
    'net-road-obstacle': ['des pneus au milieu de l autoroute les voitures freinent'],
    'net-vehicle-on-person': ['une voiture a recule sur une dame',
      'je viens de me faire renverser'],
    'net-burglars-at-work': ['des voleurs en train de charger un camion',
      'des cambrioleurs en bas je les vois'],
    'net-burglary-witnessed': ['un individu semble cambrioler la maison des voisins',
      'voisins en vacances et un type est en train de sortir leur tele',
      'je crois que deux hommes forcent la porte du garage en face'],
    'net-threat-here': ['mon ex est sur le palier il menace de tout casser'],
    'net-hiding-from': ['cachee sous le lit y a quelqu un en bas', 'chut il ecoute tout'],
    'net-means-in-hand': ['je pense qu a en finir',
      'j ai la lame sur le poignet je veux plus rien'],
    'net-plea': ['venez vite', 'venez s il vous plait'],
    'net-again': ['ca recommence il tape maman', 'il recommence il casse tout vite'],
    'net-stabbed-slang': ['mon frere se est fait planter devant le kebab'],
    'net-cannot-breathe': ['je peux plus respirer', 'je etouffe'],
    'net-neck': ['il me serre le cou', 'ses mains autour de mon cou'],
    'net-whole-box': ['je ai pris toute la boite et je ai mal'],
    'net-hanging': ['il a la corde autour du cou'],
    'net-adrift': ['une barque derive avec deux enfants dedans'],
    'net-fragment-pale': ['ma mere toute blanche elle tremble et repond plus'],
    'net-weapon-taken': ['il a bu il a pris le fusil de chasse'],
    'net-door-broken-to-me': ['il a casse la porte de la chambre ou je suis'],
    'net-fumes': ['chauffage au charbon tout le monde a mal a la tete et vomit'],
    'net-rising-water': ['la riviere monte on est sur le toit'],
    'net-avalanche': ['avalanche 2 personnes dessous'],
    'net-coming-for-me': ['il sait ou je habite il arrive'],
    'net-dog-attack': ['un chien attaque un enfant au parc'],
    'net-lost-outdoors': ['perdus en montagne la nuit tombe on a froid'],
    'net-car-boot': ['une femme crie dans le coffre de une voiture'],
    'net-on-the-tracks': ['un mec marche sur la voie ferree'],
    'net-about-to-fall': ['un gamin sur le toit de le ecole il va tomber'],
    'net-minor-taken': ['mon fils de 12 ans est monte dans une camionnette avec un inconnu'],
    'net-bare-urgency': ['urgent', 'ce est urgent', 'vite vite svp'],
    'net-fragment-blue': ['bebe tout bleu', 'le petit devient violet'],
    'net-fragment-down': ['mamie par terre yeux ouverts parle pas'],
    'net-noise-beating': ['ca tape chez les voisins elle hurle'],
    'net-heard-inside': ['je entends marcher au grenier et je vis seule'],
    'net-reported-threat': ['il a dit que il me tuerait au reveil'],
    'net-writing-secretly': ['je ecris doucement il dort a cote', 'sms seulement il me surveille'],
    'net-pills-in-hand': ['je ai les cachets dans la main', 'la corde est prete'],
    'net-sea-signal': ['des fusees rouges au large', 'un bateau fait des signaux lumineux'],
    'net-slang-robbery': ['on est braques a la boutique', 'ils ont des coupe coupe'],
    'net-slang-poison': ['mon ket a bu de le eau de javel', 'je ai pri tou les cachets'],
    'net-slang-boot': ['je suis dans le coffre', 'ils me ont mis dans le coffre'],
    'net-slang-break-in': ['qq1 rentre chez moi par effraction', 'ils entrent par effraction'],
    'net-slang-tailed': ['un mec me colle depuis le metro', 'il me piste depuis la gare'],
    'net-slang-call-rescue': ['apele les pompie', 'appelez les pompiers'],
    'net-slang-call-police': ['apele la police', 'appelez les gendarmes'],
    'net-slang-help': ['au se cours', 'o s cour'],
    'net-slang-despair': ['je ai des idees noires je vais saute'],
    'net-slang-rape-here': ['il me a violee il est encore la'],
    'net-slang-blaze': ['la maison du voisin flambe', 'le garage crame'],
    'net-slang-breath': ['je peux plus respire', 'elle arrive plus a respirer'],
    'net-slang-not-home': [
      'ma fille ne rentre pas elle a 8 ans', 'mon fils est pas rentre il fait nuit',
    ],
    'net-slang-hurt': ['il y a une personne blessee dans la rue', 'deux pietons blesses'],
    'net-slang-lying-cold': ['un vieux monsieur allonge par terre', 'fievre il est tout mou'],
    'net-arson': ['il met le feu au canape', 'ils ont mis le feu a la voiture de mon pere'],
    'net-arson-threat': ['il menace de tous nous cramer', 'il veut nous bruler avec le bidon'],
    'net-ransom': ['ils ont enleve mon cousin ils demandent de le argent'],
    'net-child-alone': ['un petit de 3 ans tout seul sur le parking',
      'le petit est tout seul sur le balcon'],
    'net-child-alone-crying': ['les enfants du voisin sont seuls ils pleurent'],
    'net-groped': ['un homme me touche dans le bus il est encore la'],
    'net-forced': ['il me a forcee y a 5 minutes'],
    'net-injured-by': ['mon copain me a casse le nez il est toujours la'],
    'net-slang-blades-out': ['ya une embrouille ca sort les lames'],
    'net-diabetic': ['mon grand pere diabetique tremble et dit n importe quoi'],
    'net-stuck-elder': ['ma mere arrive plus a sortir de la baignoire'],
    'net-shock': ['il a pris une decharge electrique', 'son coeur bat tres vite et irregulier'],
    'net-alcohol-coma': ['elle a bu toute la bouteille de vodka elle dort et vomit'],
    'net-group-beating': ['ils sont trois a tabasser un gamin'],
    'net-grabbed': ['un homme a agrippe ma fille il est encore la'],
    'net-prowler-school': ['un mec louche rode autour de le ecole'],
    'net-car-taken-with-child': ['on a vole ma voiture avec mon bebe dedans'],
    'net-choking': ['papi a avale de travers il devient rouge'],
    'net-child-taken-abroad': ['mon ex a pris mon fils il menace de partir a le etranger ce soir'],
    'net-heart': ['il a mal au bras gauche et a la machoire il transpire'],
    'net-heatstroke': ['coup de chaleur il est confus'],
    'net-deep-wound': ['coupure profonde au poignet on fait un garrot'],
    'net-attackers-here': ['il se est fait planter et les mecs sont toujours en bas'],
    'net-coming-back-with': ['il a dit que il revenait avec ses potes'],
    'net-intruder-inside': ['un homme se est introduit dans le vestiaire il est encore dedans'],
    'net-done-still-here': ['mon mari me a frappee il est dans le salon',
      'mon frere la a poussee il crie encore'],
    'net-riot': ['des casseurs brulent des voitures dans la rue'],
    'net-dog-owner': ['le chien a mordu mon fils et le proprietaire refuse de le tenir'],
    'net-drunk-start': ['il a bu et il demarre avec les enfants'],
    'net-lift': ['des enfants coinces dans le ascenseur il fait tres chaud'],
    'net-followed-home': ['un type qui me a suivi jusqua chez moi'],
    'net-co-alarm': ['le detecteur de monoxyde sonne', 'alarme co qui bipe et je ai mal a la tete'],
    'net-held-at-gunpoint': ['il me tient en joue', 'ils braquent un fusil sur nous'],
    'net-hold-up-now': ['deux types sont en train de braquer la banque',
      'braquage en ce moment a la bijouterie'],
    'net-trapped-in-vehicle': ['le conducteur est coince et ne peut pas sortir',
      'les passagers sont incarceres'],
    'net-body-found': ['je crois que quelqu un est mort dans la rue',
      'il y a un corps par terre devant le immeuble'],
    'net-beating-announced': ['il veut me envoyer a le hopital', 'il va menvoyer a lhopital'],
    'net-stones-at-rescuers': ['des jeunes caillassent les pompiers',
      'ils jettent des pierres sur les gendarmes'],
    'net-capsized-inland': ['le pedalo a chavire sur le lac, ils sont dans le eau',
      'ma fille se accroche a la coque du canoe retourne sur la riviere'],
    'net-thrown-at-traffic': ['ils lancent des cailloux sur les voitures depuis le pont',
      'on caillasse le tram la maintenant'],
    'net-pills-plan': ['je ai mis de cote tous mes cachets, je vais les avaler cette nuit'],
    'net-break-in-inside': ['ils ont force la porte de derriere ils sont dans le couloir'],
    'net-break-in-just': ['un type vient de peter la vitre de la cuisine'],
    'net-missing-abroad': ['on est en vacances en turquie et mon fils ne repond plus'],
    'net-self-cut-bleeding': ['mon frere se est taillade les bras ca saigne beaucoup'],
    'net-attacker-back-here': ['le homme qui me a frappee hier est devant chez moi'],
    'net-child-touched-now': ['ma niece de 8 ans me dit que son oncle la touche le soir'],
    'net-child-kept-out-marked': ['le petit voisin est seul dehors depuis des heures avec ' +
      'des bleus'],
    'net-child-marks-abuser-back': ['la petite que je garde me a montre des bleus, sa ' +
      'mere rentre dans 1h'],
    'net-adrift-now': ['le moteur du bateau est en panne et on derive vers les rochers'],
  };

  it('has examples for every family', () => {
    expect(Object.keys(examples).sort()).to.deep.equal(NET_FAMILIES.map((f) => f.id).sort());
  });

  for (const family of NET_FAMILIES) {
    for (const text of examples[family.id] ?? []) {
      it(`${family.id}: "${text}" is ${family.situation}`, () => {
        const plain = withoutHypotheticals(normalize(text));

        expect(netSituations(plain, plain)).to.include(family.situation);
      });
    }
  }

  it('gives a learned model the message without its idioms and hypothetical clauses', () => {
    expect(withoutCalmClauses(normalize('mon patron va me tuer si j arrive en retard')))
      .to.equal('mon patron');
    expect(withoutCalmClauses(normalize('au secours mon code de la route c est demain')))
      .to.equal('ce est demain');
    expect(withoutCalmClauses(normalize('si je vois un accident je dois appeler qui')))
      .to.equal('');
    expect(withoutCalmClauses(normalize('il a un couteau'))).to.equal('il a un couteau');
  });

  it('removes hypothetical clauses, and only them', () => {
    expect(withoutHypotheticals('que faire en cas de incendie')).to.equal('');
    expect(withoutHypotheticals('comment reagir si on me suit')).to.equal('');
    expect(withoutHypotheticals('il y a le feu que faire')).to.equal('il y a le feu que faire');
  });

  it('reads "sans arrêt" as how often, not as a negation', () => {
    expect(negatedAt('il sonne sans arret et essaie', 'il sonne sans arret et '.length))
      .to.equal(false);
    expect(assess('il sonne sans arrêt et essaie d entrer par la cuisine').detected)
      .to.equal(true);
  });

  it('reads "personne de blessé" as a negation, "une personne blessée" as someone', () => {
    expect(negatedAt('personne de blesse', 'personne de '.length)).to.equal(true);
    expect(negatedAt('une personne ne respire plus', 'une personne ne '.length)).to.equal(false);
    expect(negatedAt('personne ne me aide il me frappe', 'personne ne me aide '.length))
      .to.equal(false);
  });

  it('puts the SMS 114 first when the citizen can only write, whatever the danger', () => {
    expect(assess('je peux qu écrire il me frappe en ce moment').numbers[0]).to.equal('114');
  });

  it('reads a negation in the three words before a danger word', () => {
    expect(negatedAt('y a pas le feu', 'y a pas le '.length)).to.equal(true);
    expect(negatedAt('accident sans blesse', 'accident sans '.length)).to.equal(true);
    expect(negatedAt('je sais pas il a un couteau', 'je sais pas il a un '.length))
      .to.equal(false);
  });

  it('never lets the typo corrector invent a danger the citizen did not write', () => {
    expect(assess('mon détecteur de fumée bipe, la pile est faible').detected).to.equal(false);
    expect(assess('un voilier envoie des fusées de détresse').numbers[0]).to.equal('196');
    expect(assess('je vous écris en cachette').numbers[0]).to.not.equal('17');
    expect(assess('ça brûle au 3ème étage').numbers[0]).to.equal('18');
  });

  it('still corrects typos of danger words', () => {
    expect(assess('il a un coutau').numbers[0]).to.equal('17');
    expect(assess('des hommes cagulés devant ma maison').detected).to.equal(true);
  });
});
