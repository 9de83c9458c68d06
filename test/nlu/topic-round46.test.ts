import { specifyTopics } from './topicTable';

/**
 * Round 46: writers from overseas and the mountains, and writers who spell by ear. Hello and
 * thanks in Réunion or Haitian creole, Arabic, Portuguese, Spanish or Italian; creole words
 * for children ("ti moun", "marmaille", "zanfan") inside a worry about a child. Every line
 * failed before wide-round46.json (creole thanks read as domestic violence, "oté" as a
 * contact request or a goodbye); other phrasings than that file.
 */
specifyTopics('topics, round 46: greetings, thanks and children in creole and other tongues', [
  ['smalltalk.greeting', 'oté zot tout'],
  ['smalltalk.greeting', 'ote'],
  ['smalltalk.greeting', 'oté la gendarmerie'],
  ['smalltalk.greeting', 'bom dia senhor'],
  ['smalltalk.greeting', 'buenos dias señor'],
  ['smalltalk.greeting', 'olá'],
  ['smalltalk.greeting', 'boa tarde a todos'],
  ['smalltalk.thanks', 'mèsi anpil zot'],
  ['smalltalk.thanks', 'mesi bien zot'],
  ['smalltalk.thanks', 'mèsi pou tout'],
  ['smalltalk.thanks', 'choukran bzaf'],
  ['smalltalk.thanks', 'choukrane khouya'],
  ['smalltalk.thanks', "shukran pour l'aide"],
  ['smalltalk.thanks', 'obrigado por tudo'],
  ['smalltalk.thanks', 'obrigada senhor'],
  ['smalltalk.thanks', 'gracias amigo'],
  ['smalltalk.thanks', 'grazie'],
  ['faq.child_in_danger', 'les ti moun du voisin sont tout seuls la nuit'],
  ['faq.child_in_danger', "des ti moun dorment sous le pont, ils ont l'air abandonnés"],
  ['faq.child_in_danger', 'chez le voisin la marmaille a faim, ils mangent pas tous les jours'],
  ['faq.child_in_danger', 'la marmaille du voisin reste seule toute la nuit'],
  ['faq.child_in_danger', 'des marmailles tout seuls la nuit sur le parking'],
  ['faq.child_in_danger', 'ti moun la i dort dehors devant la boutique chaque nuit'],
  ['faq.child_in_danger', 'zanfan la voisine i pleure tout le temps et i gagne des coups'],
], [], false);

/**
 * Insults spelt by ear ("pouri", "jendarm") are insults, not a wish to join the gendarmerie;
 * a boss who shouts at, belittles or humiliates someone is harassment at work, not a
 * neighbours' quarrel.
 */
specifyTopics('topics, round 46: insults spelt by ear, a boss who humiliates', [
  ['smalltalk.insult', 'les jendarm c des pouri'],
  ['smalltalk.insult', 'jendarmri pouri'],
  ['smalltalk.insult', 'bande de pouri la gendarmerie'],
  ['smalltalk.insult', 'les gendarme c tous des pouri'],
  ['smalltalk.insult', 'zot tout pouri la gendarmerie'],
  ['faq.harassment', 'la cheffe de rayon me crie dessus chaque matin devant les clients'],
  ['faq.harassment', "mon patron m'humilie en réunion"],
  ['faq.harassment', 'mon patron me gueule dessus tous les jours je n en peux plus'],
  ['faq.harassment', "le gérant du magasin me crie dessus et m'insulte devant les clients"],
  ['faq.harassment', 'mon superieur me parle comme a un chien'],
  ['faq.harassment', 'au taf le chef hurle sur moi des que j arrive'],
  ['faq.harassment', "mon chef d'équipe me hurle dessu et me rabai devan tou le monde"],
], [], false);

/**
 * Jokes and idioms ("il me tue avec ses ronflements", "c'est du vol" for a price), a dream
 * of a burglar, a building's fire-alarm drill, a gas cut and a weather question for tomorrow:
 * no topic, and calm. The dream spelt by ear is held to its topic only: the triage's
 * reading of it is another round's.
 */
specifyTopics('topics, round 46: jokes, idioms, dreams, drills, cuts and the weather', [
  ['none', 'g rever ke des voleur entrai dans ma maison'],
], [
  'ma femme me tue avec ses ronflements lol',
  'mon homme me tue avec ses ronflements',
  "le prix du gasoil c'est du vol",
  "40 euros la coupe chez le coiffeur c'est du vol",
  "les loyers à saint-denis c'est du vol pur et simple",
  "j'ai fait un cauchemar, un cambrioleur était dans ma maison",
  "j'ai rêvé cette nuit qu'on cambriolait mon appart, ça m'a fait peur",
  "l'alarme incendie sonne dans la tour, exercice du syndic",
  "ça sonne dans tout l'immeuble, c'est le syndic qui teste l'alarme incendie",
  'le gaz est coupé dans toute la résidence depuis hier soir',
  'demain pluie à saint andré ?',
  'demain il va pleuvoir sur la plaine des cafres ?',
  'il pleut demain à mafate ?',
], true);

/**
 * A witness of a road accident asks how to testify: the unit to call (or the accident's
 * FAQ), not how a complaint works; a noisy neighbour who insults or threatens is a
 * neighbours' dispute (or harassment), not domestic violence; a fake account using one's
 * photos to ask one's friends for money is identity theft.
 */
specifyTopics('topics, round 46: a witness, a threatening neighbour, a fake account', [
  ['faq.road_accident|faq.contact_unit', "un accrochage s'est produit devant moi ce matin sur " +
    'la nationale, comment je témoigne'],
  ['faq.road_accident|faq.contact_unit', "pour l'accident d'hier soir au rond-point, j'ai " +
    'tout vu, je peux témoigner ?'],
  // how to give one's testimony is also the complaint FAQ's, as round 38 reads it
  ['faq.road_accident|faq.contact_unit|faq.complaint_info',
    'g vu l accident de moto ce matin, je peu donner mon temoignage ?'],
  ['faq.road_accident|faq.contact_unit',
    "j'ai vu la collision sur la rn1 tout à l'heure, je peux être témoin ?"],
  ['faq.road_accident|faq.contact_unit',
    "j'étais là lors de l'accident sur la rn2 ce matin, je peux témoigner"],
  ['faq.road_accident|faq.contact_unit', 'temoin accident ce matin comment faire ma declaration'],
  ['faq.neighbour_dispute|faq.harassment', 'mon voisin fait du tapage et me menace de me ' +
    'casser la gueule quand je me plains'],
  ['faq.neighbour_dispute|faq.harassment', 'quand je demande au voisin de baisser le bruit il ' +
    'm insulte et menace ma famille'],
  ['faq.neighbour_dispute|faq.harassment',
    "ma voisine m'insulte dès que je lui demande de baisser le son"],
  ['faq.identity_theft', "des gens me disent qu'un compte avec ma photo leur demande un " +
    'virement urgent'],
  ['faq.identity_theft', "ma sœur a reçu un message d'un faux compte avec mes photos qui lui " +
    "demande de l'argent"],
  ['faq.identity_theft',
    'il y a un compte qui a pris mes photos et qui demande de l argent aux gens'],
], [], false);
