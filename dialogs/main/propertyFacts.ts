/**
 * The facts a pré-plainte is for, told in normalised words: a theft, a burglary, damage, a
 * scam. Read where a complaint is asked about (complaintAsked.ts) and where violence told
 * with a complaint is sent elsewhere (violenceComplaint.ts), so that both agree.
 */
export const PROPERTY_FACTS = new RegExp('\\b(?:vol|vols|vole|volee|voles|volees|voler|vler|'
  + 'piquer|pique|piquee|cambriole|cambriolee|cambriolage|cambrioler|degrade|degradee|'
  + 'degradation|degradations|tague|taguee|rayee|casse|cassee|fracture|fracturee|arnaque|'
  + 'arnaquee|arnaquer|escroquerie|escroque|escroquee)\\b');
