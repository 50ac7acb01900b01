// The viewers: thousands of server-sent-events streams on `GET /events/:id/updates`, held open with
// node:http (one socket each, no connection limit) and read incrementally as a browser's
// EventSource would: messages end at a blank line, `id:`, `event:` and `data:` fields, comments
// (`: keep-alive`) skipped. Each viewer notes when every caption arrived and which numbers it
// carried, and checks that the ids only go up. They connect in batches, each batch once the
// previous one has its answers, so that the server is not sent thousands of SYNs at once.
import http from "node:http";
import { readCaption, type RunTag } from "./lines";

/** What one viewer saw. */
export interface Viewer {
  /** Index of the instance it watches through (0: instance 1). */
  instance: number;
  /** "open" while the stream is up; otherwise why it is not. */
  state: "connecting" | "open" | "failed" | "ended";
  failure: string | null;
  /** Sequence numbers of this run's captions, in the order they arrived. */
  seqs: number[];
  /** performance.now() when each of them arrived (same index). */
  receivedAt: number[];
  /** Messages of any kind, and how often an id was not above the one before. */
  messages: number;
  idsNotIncreasing: number;
  lastId: number;
  /** Messages by event name (caption, pin, qa). */
  kinds: Record<string, number>;
}

export interface ViewerPool {
  viewers: Viewer[];
  /** How long opening all of them took, in ms. */
  rampMs: number;
  /** Closes every socket. */
  close: () => void;
}

const CONNECT_TIMEOUT_MS = 30_000;

/** Parses one message block (the lines before a blank line) into the viewer's record. */
function handleBlock(viewer: Viewer, block: string, tag: RunTag, now: number): void {
  let id: string | null = null;
  let event = "message";
  let data = "";
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + (line[colon + 1] === " " ? 2 : 1));
    if (field === "id") id = value;
    else if (field === "event") event = value;
    else if (field === "data") data = data ? `${data}\n${value}` : value;
  }
  // A block without data (the opening `retry: 3000`, a comment) dispatches nothing.
  if (!data) return;
  viewer.messages++;
  viewer.kinds[event] = (viewer.kinds[event] ?? 0) + 1;
  if (id !== null) {
    const numeric = Number(id);
    if (!(numeric > viewer.lastId)) viewer.idsNotIncreasing++;
    viewer.lastId = numeric;
  }
  if (event !== "caption") return;
  let text: unknown;
  try {
    text = (JSON.parse(data) as { text?: unknown }).text;
  } catch {
    return;
  }
  const caption = typeof text === "string" ? readCaption(text) : null;
  if (!caption || caption.tag !== tag) return;
  viewer.seqs.push(caption.seq);
  viewer.receivedAt.push(now);
}

function openViewer(viewer: Viewer, url: string, agent: http.Agent, sockets: Set<http.ClientRequest>, tag: RunTag): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent, headers: { Accept: "text/event-stream", "Cache-Control": "no-cache" } });
    sockets.add(request);
    const fail = (reason: string) => {
      if (viewer.state === "connecting") {
        viewer.state = "failed";
        viewer.failure = reason;
      } else if (viewer.state === "open") {
        viewer.state = "ended";
        viewer.failure = reason;
      }
      resolve();
    };
    request.setTimeout(CONNECT_TIMEOUT_MS, () => {
      if (viewer.state === "connecting") request.destroy(new Error("no answer within 30 s"));
    });
    request.on("error", (error) => fail(error.message));
    request.on("response", (response) => {
      if (response.statusCode !== 200 || !String(response.headers["content-type"]).startsWith("text/event-stream")) {
        fail(`status ${response.statusCode}`);
        response.resume();
        request.destroy();
        return;
      }
      viewer.state = "open";
      // Once streaming, only the socket's end matters, not idleness between messages.
      request.setTimeout(0);
      resolve();
      // setEncoding keeps a character split across two chunks whole.
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          handleBlock(viewer, buffer.slice(0, end), tag, now);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      });
      response.on("end", () => fail("the server ended the stream"));
      response.on("error", (error) => fail(error.message));
    });
  });
}

/**
 * Opens `count` streams, viewer i on `baseUrls[i % baseUrls.length]`, `batch` at a time, each
 * starting after `afterId` (as the event page's own script does, from the page it came with).
 */
export async function openViewers({ baseUrls, eventId, afterId, count, batch, tag }: { baseUrls: string[]; eventId: number; afterId: number; count: number; batch: number; tag: RunTag }): Promise<ViewerPool> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const requests = new Set<http.ClientRequest>();
  const viewers: Viewer[] = Array.from({ length: count }, (_, i) => ({
    instance: i % baseUrls.length,
    state: "connecting",
    failure: null,
    seqs: [],
    receivedAt: [],
    messages: 0,
    idsNotIncreasing: 0,
    lastId: afterId,
    kinds: {},
  }));
  const started = performance.now();
  for (let from = 0; from < count; from += batch) {
    await Promise.all(
      viewers.slice(from, from + batch).map((viewer) => openViewer(viewer, `${baseUrls[viewer.instance] ?? ""}/events/${eventId}/updates?after=${afterId}`, agent, requests, tag)),
    );
  }
  return {
    viewers,
    rampMs: performance.now() - started,
    close: () => {
      for (const request of requests) request.destroy();
      agent.destroy();
    },
  };
}

/** Waits until every open viewer has `expected` captions (or `timeoutMs` passes). */
export async function waitForCaptions(viewers: readonly Viewer[], expected: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (viewers.every((viewer) => viewer.state !== "open" || viewer.seqs.length >= expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
