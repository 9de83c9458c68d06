/** What the assistant understood of one citizen message. */

/** Danger-now assessment, made before and independently of the topic. */
export interface EmergencyAssessment {
  detected: boolean;
  /** Numbers from topics.json `emergency.services`, most fitting first. */
  numbers: string[];
  /** Kind of danger, for the answer and the handoff priority (e.g. "medical", "fire"). */
  situation?: string;
  /** The danger is in another country: the answer adds the consulate and the crisis centre. */
  abroad?: boolean;
}

export interface TopicScore {
  topic: string;
  score: number;
}

/** An official service-public.fr page offered when no topic fits (title, link, date only). */
export interface OfficialPage {
  title: string;
  url: string;
  /** Date of the indexed version (2020): say so, the link leads to the current page. */
  date: string;
}

export interface Understanding {
  /** The message as received. Never log it. */
  text: string;
  /** The normalised form that the classifier saw. Never log it either. */
  normalized: string;
  /** A topic id from topics.json, or "none". */
  topic: string;
  score: number;
  /** Best candidates, best first (the chosen topic included). */
  alternatives: TopicScore[];
  /** True when the two best topics are too close to choose: ask the citizen. */
  ambiguous: boolean;
  emergency: EmergencyAssessment;
  /** When the topic is `none`: up to three official pages that may help. */
  pages?: OfficialPage[];
}

export interface Recognizer {
  understand(text: string): Promise<Understanding>;
}
