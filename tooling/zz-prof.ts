import { randomBytes } from 'node:crypto'
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import WebSocket from 'ws'
import { composeAppNodeOptions } from './server/compose'
import { runScript, startProductionServer } from './server/production-server'
import { BENCHMARK_BUILD } from './bench/command-line'
import { BENCH_DATABASE_PREFIX } from './bench/leftover-databases'
import { startBenchRedis } from './bench/redis-server'
import { timedGet } from './bench/scale-pages'
import { seedSyntheticCatalogue } from './bench/synthetic-catalogue'

const secret = randomBytes(32).toString('hex')
const episodes = 5000
const signal = new AbortController().signal
const redis = await startBenchRedis()
const server = await startProductionServer({
  secret, databasePrefix: BENCH_DATABASE_PREFIX, signal,
  env: { ...BENCHMARK_BUILD, REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'prof', TRUST_PROXY: 'true', NODE_OPTIONS: composeAppNodeOptions() },
  seed: async (databaseUrl) => {
    runScript('scripts/seed.ts', ['--without-admin'], { databaseUrl, secret })
    await seedSyntheticCatalogue(databaseUrl, { episodes, terms: 2000, series: 50 })
  },
})
try {
  const port = new URL(server.baseUrl).port
  const pid = execSync(`ss -ltnpH 'sport = :${port}'`).toString().match(/pid=(\d+)/)![1]!
  const r = () => 1 + Math.floor(Math.random() * episodes)
  for (let i = 0; i < 30; i++) await timedGet(server.baseUrl, `/${i % 2 ? 'en' : 'ja'}/episodes/bench-${r()}`)
  process.kill(Number(pid), 'SIGUSR1')
  await sleep(1000)
  const list = (await (await fetch('http://127.0.0.1:9229/json/list')).json()) as { webSocketDebuggerUrl: string }[]
  const ws = new WebSocket(list[0]!.webSocketDebuggerUrl)
  await new Promise((res) => ws.once('open', res))
  let id = 0
  const pending = new Map<number, (v: any) => void>()
  ws.on('message', (m) => { const d = JSON.parse(String(m)); if (d.id && pending.has(d.id)) { pending.get(d.id)!(d.result); pending.delete(d.id) } })
  const call = (method: string, params = {}) => new Promise<any>((res) => { const i = ++id; pending.set(i, res); ws.send(JSON.stringify({ id: i, method, params })) })
  await call('Profiler.enable'); await call('Profiler.setSamplingInterval', { interval: 200 }); await call('Profiler.start')
  const times: number[] = []
  for (let i = 0; i < 80; i++) times.push(Math.round((await timedGet(server.baseUrl, `/${i % 2 ? 'en' : 'ja'}/episodes/bench-${r()}`)).milliseconds))
  const { profile } = await call('Profiler.stop')
  console.log('times', times.sort((a, b) => a - b).join(' '))
  writeFileSync('/tmp/episode.cpuprofile', JSON.stringify(profile))
  ws.close()
} finally {
  await server.stop(); await redis.stop()
}
