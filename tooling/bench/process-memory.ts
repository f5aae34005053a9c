/**
 * The server's memory as the operating system sees it: the resident set (RSS) of `next start` and
 * every process under it, read from /proc (Linux). Next may run its server in a child process,
 * so the process the bench started is not enough.
 */
import { readdir, readFile } from 'node:fs/promises'

/** The parent's id in /proc/<pid>/stat; the command name before it is in parentheses and may hold spaces. */
export function parentPidFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[1])
}

/** VmRSS of /proc/<pid>/status, in bytes (the kernel writes kB); 0 for a process with none (a zombie). */
export function residentBytesFromStatus(status: string): number {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  return line ? Number(line[1]) * 1024 : 0
}

/** The root and everything under it, given each process's parent. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const tree = [root]
  for (let index = 0; index < tree.length; index++) {
    for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid)
  }
  return tree
}

/** Reads a /proc file of a process that may exit meanwhile. */
async function procFile(pid: number, name: string): Promise<string | undefined> {
  return readFile(`/proc/${pid}/${name}`, 'utf8').catch(() => undefined)
}

export async function processTreeResidentBytes(root: number): Promise<number> {
  const parents = new Map<number, number>()
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await procFile(Number(entry), 'stat')
    if (stat) parents.set(Number(entry), parentPidFromStat(stat))
  }
  let total = 0
  for (const pid of processTree(root, parents)) total += residentBytesFromStatus((await procFile(pid, 'status')) ?? '')
  return total
}
