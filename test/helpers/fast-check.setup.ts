// Every property without its own budget gets fast-check's default of 100 runs, times the FC_RUNS
// factor of a deep run (`npm run test:deep`); see runs.ts.
import { fc } from '@fast-check/vitest';
import { runs } from './runs.js';

fc.configureGlobal({ numRuns: runs(100) });
