# syntax=docker/dockerfile:1
# derma-edge production image: the API (Hono on Node 20, TypeScript run by tsx) serving the built
# web app at / and the models at /models. Debian (glibc), because onnxruntime-node, sharp and
# @node-rs/argon2 ship glibc binaries. Build: docker compose build (or docker build -t derma-edge .)

FROM node:20-slim AS base
# pnpm comes from corepack at the version pinned in package.json's packageManager; registries
# without signing keys need COREPACK_INTEGRITY_KEYS=0. onnxruntime-node's postinstall would fetch
# CUDA libraries from outside the npm registry: its CPU binaries ship inside the package.
ENV COREPACK_HOME=/opt/corepack \
    COREPACK_INTEGRITY_KEYS=0 \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    ONNXRUNTIME_NODE_INSTALL=skip \
    ONNXRUNTIME_NODE_INSTALL_CUDA=skip
WORKDIR /app
COPY package.json ./
RUN corepack enable && corepack install && chmod -R a+rX /opt/corepack

# Every workspace manifest before the install, so source edits do not invalidate the dependency layer.
FROM base AS manifests
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/shared/package.json packages/shared/
COPY packages/api/package.json packages/api/
COPY packages/web/package.json packages/web/
COPY models/package.json models/
COPY test/package.json test/
COPY bench/package.json bench/

FROM manifests AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @derma/web build

# Production dependencies of the API and what it imports (@derma/shared), nothing else.
FROM manifests AS prod-deps
RUN pnpm install --frozen-lockfile --prod --filter "@derma/api..."

FROM base AS runtime
ENV NODE_ENV=production \
    PORT=8000 \
    STATIC_DIR=/app/packages/web/dist \
    MODELS_DIR=/app/models \
    PHOTO_DIR=/data/photos
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/packages/shared/node_modules ./packages/shared/node_modules
COPY --from=prod-deps /app/packages/api/node_modules ./packages/api/node_modules
COPY pnpm-workspace.yaml ./
COPY packages/shared packages/shared
COPY packages/api packages/api
COPY models/manifest.json models/
COPY models/baseline models/baseline
COPY models/yunet models/yunet
COPY --from=build /app/packages/web/dist packages/web/dist
# `derma …` inside the container: the operator CLI (migrate, user, health, backup, restore, prune).
RUN printf '#!/bin/sh\nexec node --import file:///app/packages/api/node_modules/tsx/dist/loader.mjs /app/packages/api/src/cli/main.ts "$@"\n' > /usr/local/bin/derma \
 && chmod 755 /usr/local/bin/derma \
 && mkdir -p /data/photos /backups \
 && chown node:node /data/photos /backups
USER node
WORKDIR /app/packages/api
EXPOSE 8000
# /health answers 200 when ok or degraded (Ollama missing), 503 when the database is down.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8000) + '/health').then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
# node is PID 1's child under `init: true`; it handles SIGTERM by draining (see graceful-shutdown.ts).
CMD ["node", "--import", "tsx", "src/server/main.ts"]
