/** The parts of NLP.js (no bundled types) that nlu/ uses. */
declare module '@nlpjs/basic' {
  export interface NlpClassification {
    intent: string;
    score: number;
  }

  export interface NlpResult {
    intent: string;
    score: number;
    classifications?: NlpClassification[];
  }

  export class Nlp {
    constructor(settings: Record<string, unknown>);
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    classify(locale: string, utterance: string): Promise<NlpResult>;
    export(minified?: boolean): string;
    import(data: string): void;
  }

  export interface Container {
    register(name: string, instance: object, isSingleton?: boolean): void;
  }

  export interface Dock {
    get(name: 'nlp'): Nlp;
    getContainer(name?: string): Container;
  }

  export interface DockSettings {
    use: string[];
    settings?: Record<string, unknown>;
  }

  export function dockStart(settings: DockSettings): Promise<Dock>;
}

declare module '@nlpjs/lang-fr' {
  export class StemmerFr {
    stemWord(word: string): string;
  }
}
