# syntax=docker/dockerfile:1
# Production image: Next.js standalone output, which bundles Payload, the admin and the
# committed migrations. Pending migrations are applied when the server starts.
# Node.js 24, the current LTS (Node 20 reached its end of life in April 2026); the major is pinned
# so that a rebuild never changes it unannounced. Development needs Node 20.9 or newer
# (package.json "engines").
ARG NODE_IMAGE=node:24-bookworm-slim
# The database service's image (docker-compose.yml): the backup tools below run its own pg_dump,
# which is then never older than the server. Keep the two in step.
ARG POSTGRES_IMAGE=postgres:17-bookworm

FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .
RUN npm run build

# `docker compose run --rm backup` and `restore` (docs/reliability-data.md): npm run backup and
# restore with the database image's pg_dump, pg_restore and psql, and Node copied in beside them.
# Only built when named (the compose services' target); the default target is the last stage.
FROM ${NODE_IMAGE} AS node-binary
FROM ${POSTGRES_IMAGE} AS backup-tools
COPY --from=node-binary /usr/local/bin/node /usr/local/bin/node
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .
ENTRYPOINT ["node", "--import", "tsx"]
CMD ["scripts/backup.ts"]

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system column && useradd --system --gid column --home /app column \
  && mkdir -p /app/media && chown column:column /app/media
COPY --from=build --chown=column:column /app/.next/standalone ./
COPY --from=build --chown=column:column /app/.next/static ./.next/static
# The standalone output leaves public/ out (the podcast cover lives there).
COPY --from=build --chown=column:column /app/public ./public
USER column
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
