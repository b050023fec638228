# One image for every channelgraph process; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY services ./services
COPY gateway ./gateway
COPY schema ./schema
COPY infra ./infra
COPY web ./web
RUN npm install --no-audit --no-fund && npx tsc -b && npm run build -w web && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
CMD ["node", "gateway/dist/main.js"]
