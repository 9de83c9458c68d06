import { gatedTest } from './regex-gate';
/**
 * A theft already done, told in English, Spanish, Italian, German or Portuguese ("my bag was
 * stolen yesterday, help", "me robaron la cartera, ayuda"): the tourist needs the complaint,
 * not 112, even with "help" in it. The words of the theft are done forms only: "someone is
 * stealing my bag", "me están robando" stay an emergency, and so does a theft with a weapon,
 * a wound or a thief still there.
 */
const THEFT_DONE: ReadonlySet<string> = new Set([
  'stolen', 'stole', 'robbed', 'snatched', 'pickpocketed', 'mugged', 'robaron', 'robado',
  'robada', 'robados', 'robadas', 'robo', 'hurtaron', 'hurtado', 'rubato', 'rubata', 'rubati',
  'rubate', 'derubato', 'derubata', 'gestohlen', 'geklaut', 'beklaut', 'roubaram', 'roubado',
  'roubada', 'furtaram', 'furtado', 'furtada',
]);

const STILL_WORDS = '(right now|now|still|here|following|follows|chasing|' +
  'knife|gun|weapon|hurt|bleeding|blood|injured|attack|attacked|attacking|hit me|hitting|' +
  'beat|beaten|punched|threaten|threatening|ahora|ahorita|cuchillo|navaja|pistola|arma|herido|' +
  'herida|sangre|sangra|sangrando|sigue|siguen|persigue|persiguen|golpe|golpearon|pegaron|' +
  'pega|aqui|agora|faca|ferido|ferida|jetzt|messer|verletzt|blutet|adesso|coltello|ferito|' +
  'ferita|sangue|being|are robbing|is robbing|estan robando|esta robando|' +
  // "mi stanno seguendo": the Italian "now" is "stanno" with a gerund
  'stanno|sta|seguendo|inseguendo|aggredendo|picchiando|minacciando)';
// the Italian "qui" (here) is also the French "qui": only a foreign sentence reads it
const STILL_DANGER = new RegExp(`\\b(${STILL_WORDS}|qui)\\b`);
const STILL_DANGER_BESIDE_FRENCH = new RegExp(`\\b${STILL_WORDS}\\b`);

/** The stems of the words above: one short scan before the words are split. */
const HINT = /stol|robb|snatch|pickpock|mugg|roba|robo|hurta|ruba|stohl|klaut|rouba|furta/;

/**
 * The theft told in French, the cry for help in the tourist's own language ("vol de passeport
 * dans la tente, je rentre en italie dans 3 jours, aiuto"): the same complaint. A French cry
 * ("au secours") stays the French rules' to read; so does a thief still there or a blow.
 */
const FRENCH_THEFT = new RegExp('\\b(vol de|vol du|vol des|vole|volee|voles|volees|volait|' +
  'pique|piquee|piques|derobe|derobee|derobes|cambriole|cambriolee|cambriolage)\\b');
const FOREIGN_CRY = new RegExp('\\b(aiuto|help|ayuda|socorro|auxilio|hilfe|ajuda|soccorso)\\b');
const FRENCH_STILL_DANGER = new RegExp('\\b(au secours|aidez|a le aide|suit|suivent|suivi|' +
  'suivie|couteau|arme|frappe|frappent|blesse|blessee|sang|saigne|menace|menacent|agresse|' +
  'agressee|encore la|toujours la|est la|sont la|en train de|maintenant|en ce moment|' +
  'vite)\\b');

function frenchTheftForeignCry(normalized: string): boolean {
  return gatedTest(FRENCH_THEFT, normalized) && gatedTest(FOREIGN_CRY, normalized) &&
    !gatedTest(FRENCH_STILL_DANGER, normalized) &&
      !gatedTest(STILL_DANGER_BESIDE_FRENCH, normalized);
}

/** Papers lost, not stolen ("lost my passport, help", "ho perso il passaporto, aiuto"). */
const LOST = new RegExp('\\b(lost|perso|persa|persi|perdido|perdida|perdi|perdeu|verloren|' +
  'perdu|perdue|perdus)\\b');
const PAPERS = new RegExp('\\b(passport|passports|passaporto|passaporti|pasaporte|passaporte|' +
  'reisepass|passeport|wallet|portafoglio|cartera|carteira|geldborse|portefeuille|documents|' +
  'documenti|documentos|dokumente|papers|papiers|id card|visa|ticket|tickets|biglietto)\\b');
/** Someone lost beside the papers is a missing person, whatever else went missing. */
const PERSON = new RegExp('\\b(son|daughter|child|kid|kids|baby|wife|husband|friend|mother|' +
  'father|figlio|figlia|bambino|bambina|moglie|marito|amico|amica|hijo|hija|nino|nina|esposa|' +
  'marido|amigo|amiga|sohn|tochter|kind|frau|mann|filho|filha|crianca|fils|fille|enfant)\\b');

function papersLost(normalized: string): boolean {
  return gatedTest(LOST, normalized) && gatedTest(PAPERS, normalized) &&
    gatedTest(FOREIGN_CRY, normalized) &&
    !gatedTest(PERSON, normalized) && !gatedTest(STILL_DANGER_BESIDE_FRENCH, normalized);
}

export function foreignTheftDone(normalized: string): boolean {
  return (gatedTest(HINT, normalized) &&
    normalized.split(' ').some((word) => THEFT_DONE.has(word)) &&
    !gatedTest(STILL_DANGER, normalized)) || frenchTheftForeignCry(normalized) ||
    papersLost(normalized);
}
