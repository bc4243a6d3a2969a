import { stemmer } from 'stemmer';
import { eng } from 'stopword';

// Turning a note's text into the terms that say what it is about, for cluster suggestions.

/**
 * Words that say nothing of a note's theme: the stopword package's English list, plus the
 * contractions and fillers workshop notes are full of, which that list leaves out.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...eng,
  ...[
    'can',
    'could',
    'would',
    'should',
    'will',
    'may',
    'might',
    'must',
    'shall',
    'just',
    'really',
    'very',
    'lot',
    'lots',
    'much',
    'many',
    'more',
    'less',
    'get',
    'got',
    'also',
    'etc',
    'e.g',
    'eg',
    'ie',
    'things',
    'thing',
    'like',
    'need',
    'needs',
    'able',
    'make',
    'makes',
    'not',
    'no',
    'nor',
    'yes',
    // Words that join a sentence rather than say what it is about ("Isolated when making decisions").
    'when',
    'where',
    'while',
    'whilst',
    'making',
  ],
  ...[
    'don',
    'doesn',
    'didn',
    'isn',
    'aren',
    'wasn',
    'won',
    'can',
    'cant',
    'dont',
    'doesnt',
    'isnt',
    'wont',
    'll',
    're',
    've',
    'd',
    's',
    't',
    'm',
  ],
]);

/** Letters and digits in any script; everything else (punctuation, emoji, spaces) separates words. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A term and the word it came from, so a headline can show "staffing" rather than the stem "staf". */
export interface Term {
  stem: string;
  word: string;
}

/** The text's content words, lower-cased, stop words dropped, each with its stem. Diacritics are kept: "café" stays "café". */
export function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’].*$/, '');
    if (isStopWord(word)) continue;
    // The Porter stemmer is for English; words in other scripts are kept whole.
    const stem = stemOf(word);
    if (stem.length > 0) terms.push({ stem, word });
  }
  return terms;
}

/** Whether a lower-case word says nothing of a note's theme. */
export const isStopWord = (word: string): boolean => word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word);

/** The stem a lower-case content word is counted by (English words stemmed, others kept whole). */
export const stemOf = (word: string): string => (/^[a-z]+$/.test(word) ? stemmer(word) : word);
