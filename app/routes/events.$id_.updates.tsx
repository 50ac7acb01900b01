import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublicEvent } from "~/models/event.server";
import { getLiveHub } from "~/services/live-updates.server";
import { getDb } from "~/utils/db.server";

// GET /events/:id/updates: the live room's server-sent events (issue 20, item 4). Each message is one
// update of the event's log: "caption" (the line and its time) or "pin" (the opening presented now,
// or none), numbered with the log's id. A browser that reconnects sends Last-Event-ID and gets exactly
// what it missed; the first connection says where the page it came with stopped (`?after=`).
// Public, like the event page: nothing personal is sent. The messages (services/live-updates.server.ts,
// liveMessage) come from the hub already encoded, once for all viewers.

const encoder = new TextEncoder();
/** Reconnect after 3 s if the connection drops. */
const RETRY = encoder.encode("retry: 3000\n\n");
/** A comment every 25 s keeps proxies from closing the connection. */
const KEEP_ALIVE = encoder.encode(": keep-alive\n\n");

/** A non-negative whole number from a header or parameter, else 0. */
function position(value: string | null): number {
  return value !== null && /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : null;
  const event = id === null ? undefined : await getPublicEvent(getDb(), { id });
  if (!event) throw new Response("Not Found", { status: 404 });
  const afterId = position(request.headers.get("Last-Event-ID")) || position(new URL(request.url).searchParams.get("after"));

  let closed = false;
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // The same bytes go to every viewer's stream; nothing downstream changes them.
      const write = (bytes: Uint8Array) => {
        if (!closed) controller.enqueue(bytes);
      };
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        controller.close();
      };
      write(RETRY);
      const heartbeat = setInterval(() => write(KEEP_ALIVE), 25_000);
      const unsubscribe = getLiveHub().subscribe(event.id, afterId, { send: (_updates, bytes) => write(bytes), close });
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      closed = true;
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      // Proxies (nginx) must pass each message on at once, not buffer the stream.
      "X-Accel-Buffering": "no",
    },
  });
}
