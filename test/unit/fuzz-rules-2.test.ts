/** Shard 2 of 2 of the rules' fuzz: see fuzz-rules.test.ts. */
import { fuzzShard } from "../support/fuzz/rulesRun";

fuzzShard(1, 2);
