// Subscribes with the real graphql-ws client and prints one JSON line per happening on stdout:
//   {"event":"connected"}                      after connection_ack
//   {"event":"next","at":<ms>,"payload":{…}}    per result (at = Date.now() on receipt)
//   {"event":"error","error":…} / {"event":"closed","code":…,"reason":…} / {"event":"timeout"}
//
// Usage: node subscribe.mjs <ws-url> [apiKey] [--events N] [--timeout-ms MS] [--query "subscription { … }"]
// Exits 0 after N results (default 1), 2 on timeout (default 30000 ms), 1 on an error or an early close.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const events = Number(option('--events', '1'));
const timeoutMs = Number(option('--timeout-ms', '30000'));
const query = option('--query', 'subscription { releaseAdded { id title } }');
const [url, apiKey] = args;
if (!url) {
  console.error('usage: node subscribe.mjs <ws-url> [apiKey] [--events N] [--timeout-ms MS] [--query Q]');
  process.exit(64);
}

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: apiKey ? { 'X-Api-Key': apiKey } : undefined,
  lazy: false,
  retryAttempts: 0,
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (e) => print({ event: 'closed', code: e?.code, reason: e?.reason }),
  },
});

let received = 0;
const finish = async (code) => {
  clearTimeout(timer);
  await client.dispose();
  process.exit(code);
};
const timer = setTimeout(() => {
  print({ event: 'timeout' });
  finish(2);
}, timeoutMs);

client.subscribe(
  { query },
  {
    next: (payload) => {
      print({ event: 'next', at: Date.now(), payload });
      if (++received >= events) finish(0);
    },
    error: (error) => {
      // graphql-ws reports a close event or an array of GraphQL errors here.
      const detail = Array.isArray(error) ? error : { code: error?.code, reason: error?.reason, message: error?.message };
      print({ event: 'error', error: detail });
      finish(1);
    },
    complete: () => {
      if (received < events) {
        print({ event: 'complete' });
        finish(1);
      }
    },
  },
);
