declare module 'citeproc' {
  namespace CSL {
    class Engine {
      constructor(sys: object, style: string, lang?: string, forceLang?: boolean);
      updateItems(ids: string[]): void;
      makeCitationCluster(items: object[]): string;
      makeBibliography(): [object, string[]] | false;
    }
  }
  export default CSL;
}
