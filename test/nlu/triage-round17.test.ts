import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';

/**
 * Round 17 (blind28-31 families, our own phrasings): a dated history beside a present
 * symptom, people in the water off a boat inland, objects thrown at traffic, pills gathered
 * for tonight; and calm look-alikes: control told as a pattern, a child's habitual
 * punishment, a theft found after the fact, lost papers with a plea, questions asked ahead.
 */

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const EMERGENCIES: ReadonlyArray<readonly [string, string]> = [
  ['j\'ai une grosse douleur dans la poitrine qui part dans la mâchoire, j\'ai fait un infarctus il y a trois ans', '15'],
  ['opéré du coeur l\'an dernier et là j\'ai la poitrine serrée comme dans un étau', '15'],
  ['mon pere a eu un avc en 2019 et la sa bouche part de travers il parle mal', '15'],
  ['je suis asthmatique depuis petite et la je respire plus bien, ça siffle', '15'],
  ['ma femme a déjà fait une embolie il y a deux ans, elle est essoufflée et a mal au thorax', '15'],
  ['jai deja eu un infarctus l annee derniere, oppression dans la poitrine depuis 20 min', '15'],
  ['il a fait une crise d\'epilepsie le mois dernier et là il convulse encore par terre', '15'],
  ['stenté il y a 4 ans, je transpire et j\'ai mal au bras gauche depuis tout à l\'heure', '15'],
  ['mon mari a fait un AVC il y a 5 ans, là il a le bras droit tout engourdi et il bafouille', '15'],
  ['le canoe de mes potes a chaviré sur la riviere, ils sont dans l\'eau et le courant les emporte', '18'],
  ['un pedalo s\'est retourné sur l\'étang, deux enfants dans l\'eau, vite', '18'],
  ['kayak retourné dans les rapides de l\'ardeche, mon frere s\'accroche à un rocher', '18'],
  ['une barque coule au milieu du lac, y a trois pecheurs dedans', '18'],
  ['deux ados sont tombés du ponton dans le canal et ils savent pas nager', '18'],
  ['le paddle de ma copine s\'est renversé loin de la rive, elle se débat dans l\'eau', '18'],
  ['ils s\'accrochent à la coque du bateau retourné sur le lac, venez', '18'],
  ['un gamin dans la piscine municipale il remonte plus', '18'],
  ['la barque a chaviré sur la Loire, un homme est toujours dans l\'eau', '18'],
  ['des gamins jettent des cailloux sur les voitures depuis la passerelle au dessus de l\'autoroute', '17'],
  ['ils balancent des pierres sur le tram depuis le talus, une vitre vient d\'etre cassée', '17'],
  ['y a des mecs sur le pont qui lancent des bouteilles sur la nationale en ce moment', '17'],
  ['on caillasse les bus dans le quartier là maintenant, le chauffeur est touché', '17'],
  ['mon pare brise vient d\'etre touché par une pierre lancée depuis le pont, ils sont encore dessus', '17'],
  ['des jeunes envoient des parpaings sur la voie ferrée, un train arrive', '17'],
  ['quelqu\'un jette des objets sur les automobilistes depuis le pont de la rocade', '17'],
  ['j\'ai mis de côté tous mes somnifères, ce soir je vais tout avaler, personne me regrettera', '3114'],
  ['les boites de cachets sont alignées sur la table, je vais les prendre quand les enfants dormiront', '3114'],
  ['j ai accumulé mes anxiolytiques depuis un mois, je compte les prendre tous cette nuit', '3114'],
  ['j\'ai stocké les medocs de ma mere, je vais les gober ce soir apres ma lettre', '3114'],
  ['tout est prêt, la boite entiere de doliprane, je vais la prendre avec du whisky', '3114'],
  ['j\'ai avalé toutes les boites de medicaments il y a 20 minutes', '15'],
  ['j\'ai perdu mon passeport et un homme me suit depuis la gare, aidez moi', '17'],
  ['une voiture a renversé mon fils à vélo et s\'est barrée, il saigne de la tête', '18'],
  ['mon copain me prend mon telephone et là il est devant la porte avec un couteau', '17'],
  ['mon ex me suit en voiture en ce moment, il est derriere moi sur la rocade', '17'],
  ['un bebe enfermé dans une voiture en plein soleil sur le parking, il pleure et il fait chaud', '18'],
];

const CALM: readonly string[] = [
  'j\'ai fait un infarctus il y a deux ans, est-ce que j\'ai le droit de reprendre le volant',
  'ma mère a eu un AVC en 2018, comment faire une demande d\'aide à domicile',
  'opéré du coeur l\'an dernier, je dois refaire mon permis poids lourd, quelles démarches',
  'les enfants sont dans l\'eau du lac pour se baigner, il fait beau, c\'est autorisé la baignade ici ?',
  'un gravillon projeté par un camion a fissuré mon pare brise, l\'assurance couvre ?',
  'la semaine derniere des jeunes ont jeté des pierres sur ma voiture, je veux porter plainte',
  'les enfants lancent des cailloux dans la riviere depuis le pont pour faire des ricochets',
  'j\'ai préparé mon pilulier de la semaine, je vais prendre mes médicaments comme d\'habitude',
  'j\'ai perdu ma carte d\'identité à la gare, mon train est dans 2 heures, aidez moi svp',
  'on m\'a volé mon passeport à l\'hotel, je rentre en France vendredi, au secours que faire',
  'perdu mon titre de séjour dans le métro, aidez-moi s\'il vous plaît',
  'égaré mon permis au festival, aidez moi je dois conduire demain',
  'on m\'a piqué mon velo devant la boulangerie, l\'antivol est scié',
  'une voiture a embouti ma portiere sur le parking et s\'est barrée sans laisser de mot',
  'un chauffard a arraché mon retroviseur et a pris la fuite, j\'ai le début de la plaque',
  'mon mari me prend ma carte bleue et m\'interdit de voir mes amies, est-ce normal ?',
  'mon copain controle mon telephone tous les soirs et me laisse pas sortir, je sais pas quoi faire',
  'mon ex me suit a pied quand je rentre du lycée depuis deux semaines, que faire',
  'ma fille de 25 ans me bouscule et me prend ma retraite, j\'ai peur d\'elle',
  'mon compagnon me rabaisse et me crie dessus tout le temps, c\'est grave ?',
  'sa mere l\'enferme dans sa chambre pour le punir, il a 6 ans, je sais pas si c\'est grave',
  'les petits du voisin sont souvent laissés dans la voiture pendant que les parents jouent au casino',
  'je vais étrangler ma soeur elle a encore mangé toute la glace',
  'je vais le buter il a spoilé la fin de la série',
  'si jamais je vois un accident sur l\'autoroute, j\'appelle le 15 ou le 18 ?',
  'au cas où un enfant tombe dans la piscine, quel numéro appeler en premier',
  'ma voiture est partie en fourriere avec mes papiers dedans, comment la récupérer',
  'des croix à la craie sur les portes du lotissement, ça veut dire quoi ?',
];

describe('triage round 17: families from blind28-31', () => {
  for (const [text, first] of EMERGENCIES) {
    it(`answers ${first} first: ${text}`, () => {
      const result = assess(text);

      expect(result.detected).to.equal(true);
      expect(result.numbers[0]).to.equal(first);
    });
  }

  for (const text of CALM) {
    it(`stays calm: ${text}`, () => {
      expect(assess(text).detected).to.equal(false);
    });
  }
});
