/**
 * Where the writer may be abroad, written as normalize() leaves it (no accents, "l'" as
 * "le"): countries, capitals and the places the French go on holiday. A word class, not a
 * tester's list: a tourist in Morocco, Thailand or New York reaches 112 (or the local
 * service), never the French 17, 15 or 18. French overseas departments are left out (15,
 * 17 and 18 answer there), and so are names a French town or a first name shares (Vienne,
 * Valence, Maurice alone, Nice).
 */
const EUROPE = 'espagne|italie|portugal|grece|allemagne|belgique|suisse|angleterre|irlande|' +
  'ecosse|pays de galles|royaume uni|croatie|autriche|pologne|roumanie|bulgarie|hongrie|' +
  'republique tcheque|tchequie|slovaquie|slovenie|serbie|albanie|montenegro|bosnie|macedoine|' +
  'pays bas|hollande|danemark|suede|norvege|finlande|islande|estonie|lettonie|lituanie|' +
  'russie|ukraine|moldavie|malte|chypre|luxembourg|andorre|monaco|turquie|georgie|armenie';

const AFRICA_ASIA = 'maroc|tunisie|algerie|egypte|senegal|mali|niger|tchad|togo|benin|gabon|' +
  'congo|cameroun|cote de ivoire|cote divoire|madagascar|le ile maurice|ile maurice|kenya|' +
  'tanzanie|zanzibar|afrique du sud|ethiopie|liban|israel|jordanie|iran|irak|syrie|' +
  'emirats|emirats arabes unis|qatar|oman|arabie saoudite|inde|chine|japon|coree|' +
  'coree du sud|vietnam|cambodge|laos|thailande|indonesie|bali|malaisie|singapour|' +
  'philippines|sri lanka|nepal|maldives|australie|nouvelle zelande|pakistan|afghanistan|' +
  'bangladesh|nigeria|ghana|guinee|mauritanie|comores|soudan|somalie|yemen|libye|kosovo';

const AMERICAS = 'usa|etats unis|amerique|canada|quebec|mexique|bresil|argentine|chili|perou|' +
  'colombie|equateur|bolivie|venezuela|costa rica|panama|cuba|republique dominicaine|' +
  'haiti|jamaique';

const CITIES = 'londres|edimbourg|dublin|barcelone|madrid|seville|malaga|benidorm|ibiza|' +
  'majorque|minorque|baleares|canaries|tenerife|lanzarote|costa brava|lisbonne|porto|' +
  'algarve|madere|rome|milan|naples|venise|florence|pise|turin|sicile|sardaigne|' +
  'berlin|munich|francfort|bruxelles|bruges|anvers|amsterdam|geneve|lausanne|zurich|' +
  'prague|budapest|varsovie|cracovie|copenhague|stockholm|oslo|moscou|kiev|athenes|' +
  'crete|santorin|mykonos|corfou|rhodes|dubrovnik|istanbul|antalya|bodrum|marrakech|' +
  'agadir|casablanca|rabat|tanger|fes|essaouira|tunis|djerba|hammamet|sousse|alger|oran|' +
  'le caire|hurghada|charm el cheikh|dakar|abidjan|beyrouth|jerusalem|tel aviv|dubai|' +
  'doha|bangkok|phuket|hanoi|tokyo|pekin|shanghai|new york|miami|los angeles|las vegas|' +
  'san francisco|montreal|cancun|rio|sao paulo|buenos aires|lima';

export const FOREIGN_PLACE = `(${EUROPE}|${AFRICA_ASIA}|${AMERICAS}|${CITIES})`;
