/**
 * CSV injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return,
 * or their full-width forms) as a formula on the computer of whoever opens the file. A cell the
 * server writes is prefixed with an apostrophe, which spreadsheets show as the text it is.
 */
const formulaStart = /^[=+\-@\t\r＝＋－＠]/

/** A cell a spreadsheet shows as the text it is (one-way: for files nobody imports again). */
export function guardFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value
}

/**
 * The same guard for a file that is imported back: a text that already starts with an apostrophe
 * gets one more, so that `unguardFormula` can tell the guard from the text and give back exactly
 * what was exported.
 */
export function guardFormulaReversibly(value: string): string {
  return formulaStart.test(value) || value.startsWith("'") ? `'${value}` : value
}

/** The text `guardFormulaReversibly` guarded; any other cell as it is. */
export function unguardFormula(cell: string): string {
  if (!cell.startsWith("'")) return cell
  const rest = cell.slice(1)
  return formulaStart.test(rest) || rest.startsWith("'") ? rest : cell
}
