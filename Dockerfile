# syntax=docker/dockerfile:1
# Production image: Next.js standalone output, which bundles Payload, the admin and the
# committed migrations. Pending migrations are applied when the server starts.

FROM node:20-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
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
