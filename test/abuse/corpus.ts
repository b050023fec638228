import { TARGETS } from './categories';
import type { OwnIds } from './fields';
import { HostileRequest, Serials } from './hostile-request';
import type { OtherIds } from './hostile-values';
import type { HostileToken } from './hostile-tokens';
import { operationsOf, single } from './operations';
import { SeededRandom } from './random';
import { schemaOf } from './schema-walk';
import { structuralProbes } from './structural-probes';
import { valueProbes } from './value-probes';

/** Change it to explore; keep it to reproduce. Every request's serial and content follow from it (and from setup's ids). */
export const SEED = 20261202;

export interface CorpusInput {
  own: OwnIds;
  others: OtherIds;
  tokens: HostileToken[];
}

/**
 * The whole corpus: for the gateway (supergraph) and each subgraph (its own
 * schema), hostile values in every argument, structural attacks, and every
 * hostile token on a read and on a write that tenant A's real token could make.
 */
export function buildCorpus(input: CorpusInput, seed = SEED): HostileRequest[] {
  const serials = new Serials();
  const corpus: HostileRequest[] = [];
  for (const target of TARGETS) {
    const schema = schemaOf(target);
    const rng = SeededRandom.forName(seed, target);
    const context = { target, schema, rng, serials, own: input.own };
    corpus.push(...valueProbes({ ...context, others: input.others }), ...structuralProbes(context));
    const ops = operationsOf(target, schema, { rng, own: input.own, serial: () => serials.next() });
    for (const token of input.tokens) {
      for (const op of [ops.read, ops.write]) {
        corpus.push({
          serial: serials.next(),
          target,
          category: token.category,
          what: `${op.field} with ${token.label}`,
          body: single(op),
          authorization: token.authorization,
        });
      }
    }
  }
  return corpus;
}
