/** Whether a set of active periods leaves no moment from `now` on without a site disclaimer. */
export interface ActivePeriod {
  from: Date
  /** Open-ended when null. */
  until: Date | null
}

export function coversFromNow(periods: ActivePeriod[], now: Date): boolean {
  let coveredUntil = now.getTime()
  const sorted = [...periods].sort((a, b) => a.from.getTime() - b.from.getTime())
  for (const period of sorted) {
    if (period.from.getTime() > coveredUntil) return false
    if (period.until === null) return true
    coveredUntil = Math.max(coveredUntil, period.until.getTime())
  }
  return false
}
