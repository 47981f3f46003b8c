/** Prints how well suggested claims match the hand-labelled fixture articles. */
import { evaluateExtraction } from '../helpers/extraction-eval'

const report = evaluateExtraction()
const percent = (value: number) => `${(value * 100).toFixed(1)}%`

console.log(`Sentences labelled:  ${report.labelled} (${report.claims} claims)`)
console.log(`True positives:      ${report.truePositives}`)
console.log(`False positives:     ${report.falsePositives}`)
console.log(`False negatives:     ${report.falseNegatives}`)
console.log(`Precision:           ${percent(report.precision)}`)
console.log(`Recall:              ${percent(report.recall)}`)
console.log(`Criterion accuracy:  ${percent(report.criterionAccuracy)} (true positives with a labelled criterion)`)
console.log(`Figure accuracy:     ${percent(report.figureAccuracy)} (true positives)`)
console.log(`Option accuracy:     ${percent(report.optionAccuracy)} (true positives)`)

if (report.mistakes.length > 0) {
  console.log('\nMistakes:')
  for (const mistake of report.mistakes) {
    console.log(`- [${mistake.kind}] ${mistake.file}: ${mistake.text.replace(/\s+/g, ' ')}${mistake.detail ? ` (${mistake.detail})` : ''}`)
  }
}
