/**
 * An uploaded CSV file as rows of named cells, each with the line it starts on, or the problems
 * that keep it from being read: bytes that are not UTF-8 (Excel's "CSV" without "UTF-8" writes
 * Shift_JIS), quoting that does not close, a header that is not ours, a row with too many or too
 * few cells. Parsing is csv-parse's; line numbers are counted here from the bytes each record
 * ends at, because a quoted cell may hold line breaks and empty lines are skipped.
 */
import { parse } from 'csv-parse/sync'

import { glossaryCsvColumns, isGlossaryCsvColumn, optionalColumns, type GlossaryCsvColumn } from './columns'
import { problem, type CsvProblem } from './problems'

export type CsvCells = Partial<Record<GlossaryCsvColumn, string>>

export interface CsvRow {
  line: number
  cells: CsvCells
}

/** The rows that could be read, and the problems of the others (no rows when the file itself is unreadable). */
export interface ReadCsv {
  rows: CsvRow[]
  problems: CsvProblem[]
}

const LF = 0x0a
const CR = 0x0d

/** Lines (1-based) holding bytes that are not UTF-8. */
function linesNotUtf8(bytes: Uint8Array): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const lines: number[] = []
  let start = 0
  let line = 1
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== LF) continue
    try {
      decoder.decode(bytes.subarray(start, index))
    } catch {
      lines.push(line)
    }
    start = index + 1
    line++
  }
  return lines
}

/** Counts lines as it moves forward through the bytes; CRLF, LF and CR each end one line. */
function lineCounter(bytes: Uint8Array) {
  let offset = 0
  let line = 1
  const advanceTo = (target: number) => {
    for (; offset < target; offset++) {
      if (bytes[offset] === LF || (bytes[offset] === CR && bytes[offset + 1] !== LF)) line++
    }
  }
  return {
    /** The line the next record starts on, once the record before it ended at `end` (empty lines skipped). */
    nextRecordLine(end: number): number {
      advanceTo(end)
      let probe = offset
      let skipped = 0
      while (probe < bytes.length && (bytes[probe] === LF || bytes[probe] === CR)) {
        if (bytes[probe] === LF || bytes[probe + 1] !== LF) skipped++
        probe++
      }
      return line + skipped
    },
  }
}

function headerProblems(header: string[]): CsvProblem[] {
  const problems: CsvProblem[] = []
  const seen = new Set<string>()
  for (const name of header) {
    if (!isGlossaryCsvColumn(name)) problems.push(problem(1, null, 'column:csvUnknownColumn', { column: name }))
    else if (seen.has(name)) problems.push(problem(1, name, 'column:csvDuplicateColumn', { column: name }))
    seen.add(name)
  }
  for (const column of glossaryCsvColumns) {
    if (!seen.has(column) && !optionalColumns.includes(column)) {
      problems.push(problem(1, column, 'column:csvMissingColumn', { column }))
    }
  }
  return problems
}

export function readGlossaryCsv(bytes: Uint8Array): ReadCsv {
  const notUtf8 = linesNotUtf8(bytes)
  if (notUtf8.length > 0) return { rows: [], problems: notUtf8.map((line) => problem(line, null, 'column:csvNotUtf8')) }

  const counter = lineCounter(bytes)
  const records: { line: number; cells: string[] }[] = []
  let lastEnd = 0
  try {
    parse(Buffer.from(bytes), {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record, context) => {
        records.push({ line: counter.nextRecordLine(lastEnd), cells: record })
        lastEnd = context.bytes
        return null
      },
    })
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (!code.startsWith('CSV_')) throw error
    const key = code === 'CSV_QUOTE_NOT_CLOSED' ? 'column:csvQuoteNotClosed' : 'column:csvBadQuoting'
    return { rows: [], problems: [problem(counter.nextRecordLine(lastEnd), null, key)] }
  }

  const [header, ...body] = records
  if (!header) return { rows: [], problems: [problem(1, null, 'column:csvEmpty')] }
  const names = header.cells.map((name) => name.trim())
  const problems = headerProblems(names)
  if (problems.length > 0) return { rows: [], problems }

  const rows: CsvRow[] = []
  for (const { line, cells } of body) {
    if (cells.length !== names.length) {
      problems.push(
        problem(line, null, 'column:csvCellCount', { expected: String(names.length), found: String(cells.length) }),
      )
      continue
    }
    const named: CsvCells = {}
    names.forEach((name, index) => (named[name as GlossaryCsvColumn] = cells[index]))
    rows.push({ line, cells: named })
  }
  return { rows, problems }
}
