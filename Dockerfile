# syntax=docker/dockerfile:1
# The API for containers: multi-stage, production dependencies only, non-root, health check.
#   docker build -t customer-data-api .
#   docker run -e DATABASE_URL=postgres://… -e JWT_SECRET=… -p 3000:3000 customer-data-api
# The database comes from DATABASE_URL, required here: the embedded server is for laptops
# (and could not write its data directory as this image's user). docker-compose.yml runs the
# image with PostgreSQL 17.

# Build stage: every dependency, compile TypeScript to dist/.
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
# No dependency's install script is needed to compile (nest build uses tsc), and none runs:
# that skips downloading the embedded PostgreSQL binaries' setup and telemetry scripts.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY migrations ./migrations
RUN npx nest build

# Runtime stage: production dependencies and compiled code only, as the unprivileged `node`
# user, which can read the application but not change it.
FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# No install script is needed here either. The embedded PostgreSQL binaries (60 MB) stay, as
# a production dependency of `npm start` without DATABASE_URL, though they never run here.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# `npm run token` inside the container (it signs with the container's JWT_SECRET).
COPY scripts ./scripts
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is PID 1: the app handles SIGTERM (drains requests, closes the pool) and
# spawns no child processes here (no embedded server), so no init is needed.
CMD ["node", "dist/src/main.js"]
