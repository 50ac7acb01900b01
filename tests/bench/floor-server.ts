// The floor: a bare node:http server that answers each benchmarked path with the app's own HTML,
// from memory, with no framework, database or rendering. Whatever the app takes beyond this is
// the cost of the app itself.
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
const pages = new Map(workerData.pages);
const server = createServer((req, res) => {
  const body = pages.get(req.url);
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

/** Starts the floor server; `pages` maps a path with its query string (as requested) to the exact body bytes. */
export function startFloorServer(host: string, port: number, pages: ReadonlyMap<string, Uint8Array>): Promise<FloorServer> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { host, port, pages: [...pages] } });
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
