# syntax=docker/dockerfile:1
# wirewatch: multi-stage build. Both stages use the same base image so better-sqlite3's native addon,
# built (or its prebuilt binary fetched) in the build stage, matches the runtime's Node ABI and glibc.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# Toolchain for better-sqlite3 when no prebuilt binary matches (node-gyp needs python3, make, g++).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Dependencies first (a cached layer). Lifecycle scripts are skipped because the root `prepare` (tsc)
# needs the sources, which come later; better-sqlite3's install script (prebuilt binary or node-gyp)
# is then run on its own.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# `npm run build` is tsc, then scripts/bundle.ts (esbuild, a devDependency) bundling the CLI into one
# script, dist/cli/wirewatch-HASH.cjs, run by dist/cli/main.js (ADR 0236, 0286); it then starts the service
# once on a throwaway config (SQLite in /tmp, HTTP on 127.0.0.1) to write the bundle's V8 code cache for
# this image's Node beside it, since the runtime's `node` user cannot write dist/. Dev dependencies are
# pruned only after it.
COPY scripts/bundle.ts ./scripts/bundle.ts
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    WIREWATCH_STORE_PATH=/data/wirewatch.db \
    WIREWATCH_CONSOLE_DIR=/data/console \
    WIREWATCH_HTTP_HOST=0.0.0.0 \
    WIREWATCH_HTTP_PORT=8080
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root config ./config
# The image's unprivileged `node` user (uid 1000) owns only the data volume.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Liveness: /healthz answers while the event loop runs (slim images have no curl; Node 22 has fetch).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WIREWATCH_HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM from `docker stop` drains gracefully (digests.shutdownTimeout, default 10 s < docker's 10 s grace:
# raise `stop_grace_period` in compose if you raise the timeout).
ENTRYPOINT ["node", "dist/cli/main.js"]
CMD ["run", "--config", "/app/config/wirewatch.yaml"]
