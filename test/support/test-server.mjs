// Dev-server middleware for network tests: documents whose status, body and delay a test sets.
//   PUT  /__rb/store/<key>   body: { status, body, delayMs }   (delayMs < 0: never answer)
//   GET  /__rb/store/<key>   answers as set, and counts the request
//   GET  /__rb/hits/<key>    how many GETs <key> has had
const store = new Map();
const hits = new Map();

async function readBody(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

export async function testServerMiddleware(ctx, next) {
  const m = /^\/__rb\/(store|hits)\/([\w.-]+)/.exec(ctx.path);
  if (!m) return next();
  const [, kind, key] = m;
  if (kind === 'hits') {
    ctx.body = String(hits.get(key) ?? 0);
    return;
  }
  if (ctx.method === 'PUT') {
    store.set(key, JSON.parse(await readBody(ctx.req)));
    hits.set(key, 0);
    ctx.status = 204;
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const entry = store.get(key) ?? { status: 404, body: 'not set' };
  if (entry.delayMs < 0) {
    await new Promise((resolve) => {
      const t = setTimeout(resolve, 30000);
      ctx.req.on('close', () => {
        clearTimeout(t);
        resolve();
      });
    });
  } else if (entry.delayMs) await new Promise((r) => setTimeout(r, entry.delayMs));
  ctx.status = entry.status ?? 200;
  ctx.type = 'application/json';
  ctx.body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body);
}
