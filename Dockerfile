# One image for every channelgraph process; docker-compose.yml picks the entry point per service.

# Build: dependencies first (a layer that changes only with package.json and the lock), then the sources.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY services/common/package.json services/common/
COPY services/enrollment/package.json services/enrollment/
COPY services/relationship/package.json services/relationship/
COPY services/agreement/package.json services/agreement/
COPY services/notification/package.json services/notification/
COPY gateway/package.json gateway/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY schema ./schema
COPY services ./services
COPY gateway ./gateway
COPY web ./web
COPY infra ./infra
RUN npx tsc -b && npm run build -w web && npm prune --omit=dev

# Runtime: the production dependencies, the compiled services, the console, the contracts they read
# at start (schema/), the email templates and the scripts compose runs (SMTP catcher, Kafka ACLs,
# demo seeding, health check). No sources, compilers or tests.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/schema ./schema
COPY --from=build /app/infra ./infra
COPY --from=build /app/services/common/package.json services/common/
COPY --from=build /app/services/common/dist services/common/dist
COPY --from=build /app/services/enrollment/package.json services/enrollment/
COPY --from=build /app/services/enrollment/dist services/enrollment/dist
COPY --from=build /app/services/relationship/package.json services/relationship/
COPY --from=build /app/services/relationship/dist services/relationship/dist
COPY --from=build /app/services/agreement/package.json services/agreement/
COPY --from=build /app/services/agreement/dist services/agreement/dist
COPY --from=build /app/services/notification/package.json services/notification/
COPY --from=build /app/services/notification/dist services/notification/dist
COPY --from=build /app/services/notification/templates services/notification/templates
COPY --from=build /app/gateway/package.json gateway/
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/web/package.json web/
COPY --from=build /app/web/dist web/dist
USER node
# Compose gives each service its own check (its port's /readyz); by default the gateway's.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "infra/healthcheck.js", "http://127.0.0.1:4000/healthz"]
CMD ["node", "gateway/dist/main.js"]
