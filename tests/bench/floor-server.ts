// The floor: a bare node:http server that answers each benchmarked address with the app's own HTML,
// from memory, with no framework, database or rendering. Whatever the app takes beyond this is
// the cost of the app itself. With thousands of addresses per kind of page it answers every address
// of a kind with one page of that kind as the app rendered it (a representative snapshot), chosen
// by the path and by whether the request carries a cookie (signed in): the same bytes for every
// request, so the floor is the cost of serving a page of that size, not of finding it.
//
// It runs in a worker thread of this process, not on the main thread: autocannon runs on the main
// thread, and sharing one event loop with it would halve the floor's throughput and flatter the
// app, which has a process of its own. (The worker is plain JavaScript because tsx cannot load
// TypeScript into worker threads on Node 20.)
import { Worker } from "node:worker_threads";

/** A running floor server. */
export interface FloorServer {
  baseUrl: string;
  close: () => Promise<void>;
}

const WORKER_SOURCE = `
const { createServer } = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const routes = workerData.routes;
const matches = (route, req) =>
  (route.match === "exact" ? req.url === route.path : req.url.startsWith(route.path)) &&
  route.signedIn === (req.headers.cookie !== undefined);
const server = createServer((req, res) => {
  const route = routes.find((r) => matches(r, req));
  const body = route && route.body;
  if (body === undefined) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not Found");
    return;
  }
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.byteLength }).end(body);
});
server.keepAliveTimeout = 65000;
server.on("error", (error) => parentPort.postMessage({ error: error.message }));
server.listen(workerData.port, workerData.host, () => parentPort.postMessage({ listening: true }));
`;

function isListening(message: unknown): boolean {
  return typeof message === "object" && message !== null && "listening" in message;
}

function errorText(message: unknown): string | undefined {
  if (typeof message !== "object" || message === null || !("error" in message)) return undefined;
  return String(message.error);
}

/** Which requests the floor answers with a page: the first route that matches wins. */
export interface FloorRoute {
  /** "exact": the path with its query string as requested; "prefix": every address that starts with it. */
  match: "exact" | "prefix";
  path: string;
  /** Matches only requests with a Cookie header (true) or only those without (false). */
  signedIn: boolean;
  body: Uint8Array;
}

/** Starts the floor server; anything no route matches gets a 404. */
export function startFloorServer(host: string, port: number, routes: readonly FloorRoute[]): Promise<FloorServer> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { host, port, routes } });
  const close = async () => {
    await worker.terminate();
  };
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: unknown) => {
      const error = errorText(message);
      if (error !== undefined) {
        void close();
        reject(new Error(`The floor server could not listen on ${host}:${port}: ${error}`));
      } else if (isListening(message)) {
        resolve({ baseUrl: `http://${host}:${port}`, close });
      }
    });
  });
}
