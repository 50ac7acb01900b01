// The people writing during the event, through the same forms a browser without JavaScript posts:
// - the captioner (organiser's staff) sends one line a second from the live console
//   (POST /staff/events/:id/live, intent=caption), each after the previous one was answered, and
//   loads the page it is sent back to;
// - the askers (bench job seekers) post questions from the event page (POST /events/:id,
//   intent=ask), so many a second in all, each asker a few at most (the app's per-person limit),
//   each then loading the page the answer redirects to.
// Every POST's send time is taken just before it goes out: a caption's delivery is measured from it.

export interface CaptionSent {
  seq: number;
  /** performance.now() just before the POST was sent. */
  sentAt: number;
  /** Until the POST's answer (303) arrived, in ms. */
  postMs: number;
  /** The POST's status, or 0 when it failed on the network. */
  status: number;
  /** A 303 back to the console with ?sent: the line is written. */
  ok: boolean;
  /** The console page the browser is sent back to: its status (0: not loaded) and time in ms. */
  pageStatus: number;
  pageMs: number;
  /** Its size (HTML, uncompressed). */
  pageBytes: number;
  error: string | null;
}

export interface QuestionSent {
  /** Which instance it was posted to (0: instance 1). */
  instance: number;
  postMs: number;
  status: number;
  /** "accepted" (303 to the event with ?askedHeld/?askedPublished), "refused" (the form answered with an error), "error" (anything else). */
  outcome: "accepted" | "refused" | "error";
  detail: string | null;
  pageStatus: number;
  pageMs: number;
  pageBytes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function postForm(baseUrl: string, path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, "Sec-Fetch-Site": "same-origin", Cookie: cookie },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Loads the page a 303 sends the browser to; its status and time. */
async function follow(baseUrl: string, location: string, cookie: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  try {
    const response = await fetch(new URL(location, baseUrl), { redirect: "manual", headers: { Cookie: cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    return { status: response.status, ms: performance.now() - started, bytes };
  } catch {
    return { status: 0, ms: performance.now() - started, bytes: 0 };
  }
}

/**
 * One caption a second for `count` seconds: line `seq` is due at start + (seq − 1) s, or as soon as
 * the previous POST is answered if that took longer (lines never overlap, so their order is the
 * captioner's). The console page each answer redirects to is loaded alongside, as the browser does.
 */
export async function runCaptioner({ baseUrl, eventId, cookie, count, text }: { baseUrl: string; eventId: number; cookie: string; count: number; text: (seq: number) => string }): Promise<CaptionSent[]> {
  const sent: CaptionSent[] = [];
  const pages: Promise<void>[] = [];
  const start = performance.now();
  const path = `/staff/events/${eventId}/live`;
  for (let seq = 1; seq <= count; seq++) {
    await sleep(start + (seq - 1) * 1000 - performance.now());
    const sentAt = performance.now();
    const record: CaptionSent = { seq, sentAt, postMs: Number.NaN, status: 0, ok: false, pageStatus: 0, pageMs: Number.NaN, pageBytes: 0, error: null };
    try {
      const response = await postForm(baseUrl, path, cookie, { intent: "caption", caption: text(seq) });
      await response.arrayBuffer();
      record.postMs = performance.now() - sentAt;
      record.status = response.status;
      const location = response.headers.get("location") ?? "";
      record.ok = response.status === 303 && location.includes(`${path}?sent`);
      if (!record.ok) record.error = `answered ${response.status}${location ? ` to ${location}` : ""}`;
      // The console page it is sent back to loads while the next line is typed: it does not hold the next line back.
      if (response.status === 303 && location) {
        pages.push(
          follow(baseUrl, location, cookie).then((page) => {
            record.pageStatus = page.status;
            record.pageMs = page.ms;
            record.pageBytes = page.bytes;
          }),
        );
      }
    } catch (error) {
      record.postMs = performance.now() - sentAt;
      record.error = error instanceof Error ? error.message : String(error);
    }
    sent.push(record);
  }
  await Promise.all(pages);
  return sent;
}

async function ask(baseUrl: string, instance: number, eventId: number, cookie: string, question: string): Promise<QuestionSent> {
  const started = performance.now();
  const record: QuestionSent = { instance, postMs: Number.NaN, status: 0, outcome: "error", detail: null, pageStatus: 0, pageMs: Number.NaN, pageBytes: 0 };
  try {
    const response = await postForm(baseUrl, `/events/${eventId}`, cookie, { intent: "ask", question });
    const body = await response.text();
    record.postMs = performance.now() - started;
    record.status = response.status;
    const location = response.headers.get("location") ?? "";
    if (response.status === 303 && /[?&]asked(Held|Published)\b/.test(location)) {
      record.outcome = "accepted";
      const page = await follow(baseUrl, location, cookie);
      record.pageStatus = page.status;
      record.pageMs = page.ms;
      record.pageBytes = page.bytes;
    } else if (response.status === 200 || response.status === 400) {
      // The form came back with its error (muted, the per-person limit, the event is over).
      record.outcome = "refused";
      record.detail = /events\.errors\.\w+/.exec(body)?.[0] ?? `status ${response.status}`;
    } else {
      record.detail = `status ${response.status}${location ? ` to ${location}` : ""}`;
    }
  } catch (error) {
    record.postMs = performance.now() - started;
    record.detail = error instanceof Error ? error.message : String(error);
  }
  return record;
}

/**
 * `perSecond` questions a second for `seconds`, question n from asker (n − 1) mod askers, so each
 * asker's few questions are spread over the run. Each asker is { baseUrl, cookie, instance }.
 */
export async function runAskers({
  askers,
  eventId,
  perSecond,
  seconds,
  text,
}: {
  askers: readonly { baseUrl: string; instance: number; cookie: string }[];
  eventId: number;
  perSecond: number;
  seconds: number;
  text: (n: number) => string;
}): Promise<QuestionSent[]> {
  const total = perSecond * seconds;
  const pending: Promise<QuestionSent>[] = [];
  const start = performance.now();
  while (pending.length < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * perSecond) + 1);
    while (pending.length < due) {
      const n = pending.length + 1;
      const asker = askers[(n - 1) % askers.length];
      if (!asker) throw new Error("No askers");
      pending.push(ask(asker.baseUrl, asker.instance, eventId, asker.cookie, text(n)));
    }
    await sleep(Math.min(20, 1000 / perSecond));
  }
  return Promise.all(pending);
}
