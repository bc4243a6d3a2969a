// The stopword package ships no types; Roundtable uses only its English list.
declare module 'stopword' {
  export const eng: readonly string[];
}
