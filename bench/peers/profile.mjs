// Summaries of what the Chrome DevTools Protocol records during a load: request waterfall levels and CPU self time.
// Used by the benches that explain where time goes (bench/peers-process-steps.mjs, bench/elements-render.mjs).
import { basename } from 'node:path';

/**
 * Request waterfall levels: a request's level is one more than the highest level among requests that had finished
 * before it started (the HTML is level 1). Returns the deepest level, the requests per kind, and each level's requests
 * by `name` (when the requests have one).
 */
export function waterfall(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  for (const r of sorted) r.level = 1 + Math.max(0, ...sorted.filter((q) => q !== r && q.end <= r.start).map((q) => q.level ?? 0));
  const levels = (kind) => [...new Set(sorted.filter((r) => r.kind === kind).map((r) => r.level))].sort((a, b) => a - b);
  return {
    depth: Math.max(...sorted.map((r) => r.level)),
    scripts: sorted.filter((r) => r.kind === 'script').length,
    scriptLevels: levels('script'),
    api: sorted.filter((r) => r.kind === 'api').length,
    apiLevels: levels('api'),
    byLevel: sorted.reduce((all, r) => ({ ...all, [r.level]: [...(all[r.level] ?? []), r.name] }), {}),
  };
}

/** Self time per function of a CDP CPU profile, the idle and system buckets apart. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = url ? `${functionName || '(anonymous)'} ${basename(new URL(url).pathname)}:${lineNumber + 1}` : functionName || '(native, no name)';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const idle = self.get('(idle)') ?? 0;
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self]
    .filter(([key]) => key !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return { total, idle, busy: total - idle, top };
}
