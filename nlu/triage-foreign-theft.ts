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

const STILL_DANGER = new RegExp('\\b(right now|now|still|here|following|follows|chasing|' +
  'knife|gun|weapon|hurt|bleeding|blood|injured|attack|attacked|attacking|hit me|hitting|' +
  'beat|beaten|punched|threaten|threatening|ahora|ahorita|cuchillo|navaja|pistola|arma|herido|' +
  'herida|sangre|sangra|sangrando|sigue|siguen|persigue|persiguen|golpe|golpearon|pegaron|' +
  'pega|aqui|agora|faca|ferido|ferida|jetzt|messer|verletzt|blutet|adesso|coltello|ferito|' +
  'ferita|sangue|qui|being|are robbing|is robbing|estan robando|esta robando)\\b');

/** The stems of the words above: one short scan before the words are split. */
const HINT = /stol|robb|snatch|pickpock|mugg|roba|robo|hurta|ruba|stohl|klaut|rouba|furta/;

export function foreignTheftDone(normalized: string): boolean {
  return HINT.test(normalized) && normalized.split(' ').some((word) => THEFT_DONE.has(word)) &&
    !STILL_DANGER.test(normalized);
}
