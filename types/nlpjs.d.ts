/** The parts of NLP.js (no bundled types) that nlu/ uses. */
declare module '@nlpjs/basic' {
  import { Nlp } from '@nlpjs/nlp';

  export { Nlp };

  export type Container = import('@nlpjs/core').Container;

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

  /** The plugin that registers French for NLP.js. */
  export class LangFr {}
}

declare module '@nlpjs/nlp' {
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
    import(data: string | object): void;
  }
}

declare module '@nlpjs/core' {
  export interface Container {
    register(name: string, instance: object, isSingleton?: boolean): void;
    use(plugin: object): void;
  }

  /** Registers NLP.js's normaliser, tokenizer, stemmer, stopwords and storage. */
  export function containerBootstrap(): Container;
}
