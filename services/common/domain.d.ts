// `@channelgraph/common/domain`: the pure part of common (src/domain.ts).
export * from './dist/domain';
