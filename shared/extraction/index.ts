/** Finding quotable claims in pasted articles: sentences, figures and suggestions. */
export { splitSentences, type Sentence } from './sentences'
export { figuresComparable, formatFigure, normaliseUnit, parseFigures, type Figure } from './figures'
export {
  bestCriterion,
  guessPolarity,
  mentionedOptions,
  suggestClaims,
  type SuggestCriterion,
  type SuggestOption,
  type Suggestion,
} from './suggest'
