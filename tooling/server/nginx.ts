/**
 * Debian's nginx running deploy/nginx/column.conf in front of the e2e or the benchmark's server
 * (or servers: several instances, as `docker compose up --scale app=N` gives).
 * Installs nginx with apt when it is missing and we are allowed to. The configuration is used as written but
 * for the lines that only make sense in docker-compose: the upstream host (`app`), the listen
 * port, the cache directory and the media volume (here the app's own media/ directory).
 */
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './production-server'

const NGINX = '/usr/sbin/nginx'
const CONFIG = path.resolve('deploy/nginx/column.conf')

export function ensureNginx(): void {
  if (existsSync(NGINX)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`nginx is missing at ${NGINX}: run "sudo apt-get install -y nginx" first.`)
  }
  console.log('Installing nginx with apt-get (needed once for the proxy cache tests)...')
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

function replaceOnce(text: string, search: string, replacement: string): string {
  if (!text.includes(search))
    throw new Error(`${CONFIG} no longer contains "${search}": update tooling/server/nginx.ts`)
  return text.replace(search, replacement)
}

async function waitForPort(port: number, exited: () => string | undefined): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const failure = exited()
    if (failure !== undefined) throw new Error(`nginx exited early:\n${failure}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not listen on port ${port}`)
}

export interface RunningNginx {
  url: string
  stop(): Promise<void>
}

/** Where a benchmark's files are served from, beside the app: `/__files/<name>` (see startNginx). */
export const NGINX_FILES_PATH = '/__files/'

/**
 * Starts nginx with the compose configuration, proxying to `upstreamUrls` (http://host:port, one
 * or several, balanced as the compose service's instances are). With `filesDirectory`, nginx also
 * serves that directory's files at NGINX_FILES_PATH: a benchmark's reference of the same bytes
 * from a file, through the same server block (headers, gzip) as the pages.
 */
export async function startNginx(
  upstreamUrls: string | readonly string[],
  options: { filesDirectory?: string } = {},
): Promise<RunningNginx> {
  const upstreams = (typeof upstreamUrls === 'string' ? [upstreamUrls] : upstreamUrls).map((url) => new URL(url))
  if (upstreams.length === 0) throw new Error('startNginx needs at least one upstream')
  const port = await freePort()
  // Workers run as `nobody` when we are root: they must be able to enter the directory.
  const directory = mkdtempSync(path.join(os.tmpdir(), 'column-nginx-'))
  chmodSync(directory, 0o755)

  let site = readFileSync(CONFIG, 'utf8')
  site = replaceOnce(
    site,
    'server app:3000 resolve;',
    upstreams.map((upstream) => `server ${upstream.host};`).join('\n    '),
  )
  if (options.filesDirectory) {
    site = replaceOnce(
      site,
      '    server_tokens off;\n',
      `    server_tokens off;\n    location ^~ ${NGINX_FILES_PATH} { alias ${path.resolve(options.filesDirectory)}/; }\n`,
    )
  }
  site = replaceOnce(site, 'listen 80 ', `listen 127.0.0.1:${port} `)
  site = replaceOnce(site, '/var/cache/nginx/column', path.join(directory, 'cache'))
  site = replaceOnce(site, 'alias /srv/media/;', `alias ${path.resolve('media')}/;`)
  writeFileSync(path.join(directory, 'column.conf'), site)
  // A main configuration like the image's, with every path in the temporary directory.
  const temporary = (name: string) => `${name}_temp_path ${path.join(directory, name)};`
  writeFileSync(
    path.join(directory, 'nginx.conf'),
    [
      'daemon off;',
      // As root, workers would run as `nobody`, who may not enter a checkout under /root to
      // read its media/ directory.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${path.join(directory, 'nginx.pid')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temporary(name)}`),
      `  include ${path.join(directory, 'column.conf')};`,
      '}',
    ].join('\n'),
  )

  const errorLog = path.join(directory, 'error.log')
  const nginx = spawn(NGINX, ['-p', directory, '-e', errorLog, '-c', path.join(directory, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  nginx.stderr?.on('data', (chunk) => (stderr += chunk))
  const exited = () => (nginx.exitCode === null ? undefined : `${stderr}${readIfExists(errorLog)}`)
  const stop = async () => {
    if (nginx.exitCode === null) {
      await new Promise<void>((resolve) => {
        nginx.once('exit', () => resolve())
        nginx.kill('SIGTERM')
      })
    }
    rmSync(directory, { recursive: true, force: true })
  }
  try {
    await waitForPort(port, exited)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `http://127.0.0.1:${port}`, stop }
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}
