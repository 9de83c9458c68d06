/** The pré-plainte named, once normalised ("pré-plainte", "preplainte", "plainte en ligne"). */
const PRE_COMPLAINT = /\b(?:pre ?plaintes?|plainte en ligne)\b/;

/** Whether it can be done: "je peux", "on peut", "c'est possible", "ça marche". */
const CAN = /\b(?:peux|peut|pourrais|pourrait|possible|marche|fonctionne)\b/;

/**
 * A device it would be done on: "sur ordi", "depuis mon téléphone", "avec une tablette".
 * Never "de mon portable", which is what was stolen ("le vol de mon portable").
 */
const ON_DEVICE = new RegExp('\\b(?:sur|depuis|avec|via|a partir d) (?:un |une |mon |ma |'
  + 'le |la |l |son |sa |votre )?(?:ordi|ordinateur|pc|mac|tablette|ipad|telephone|tel|'
  + 'portable|smartphone|mobile|iphone|android|appli|application)\\b');

/**
 * "mon tel est mort, je peux faire ma pré-plainte sur ordi ?": a question about where the
 * pré-plainte is made, which gets its answer, not the form's first question (a tester's).
 * `words`: the normalised message.
 */
export function asksAboutDevice(words: string): boolean {
  return PRE_COMPLAINT.test(words) && CAN.test(words) && ON_DEVICE.test(words);
}
