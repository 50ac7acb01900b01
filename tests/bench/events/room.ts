// One run of the live room: start the instances on the run's database, sign the captioner and
// the askers in, open the viewers (instance i gets viewers i, i + n, …), read each server's memory
// before and after, then a caption a second and the questions for the run's length, wait for the
// last lines, and collect everything analysis.ts and report.ts need. The instances are stopped and
// the sockets closed whatever happens.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { otherCpuUse } from "../measure";
import { analyseDelivery, type DeliveryFigures } from "./analysis";
import { countWritten, lastUpdateId, type BenchEventsDatabase, type LiveEventUnderTest } from "./database";
import { startInstance, type AppInstance } from "./instance";
import { captionText, questionText, type RunTag } from "./lines";
import { signIn } from "../session";
import { assertSignedIn, signInAll } from "./session";
import type { EventsBenchSettings } from "./settings";
import { runAskers, runCaptioner, type CaptionSent, type QuestionSent } from "./traffic";
import { openViewers, waitForCaptions, type ViewerPool } from "./viewers";

/** Seconds the server is left alone after the last connection, before its memory is read. */
const SETTLE_AFTER_CONNECTING_MS = 2_000;
const RSS_SAMPLE_MS = 10_000;

export interface InstanceFigures {
  label: string;
  baseUrl: string;
  /** Viewers sent to it. */
  viewers: number;
  /** VmRSS in bytes: signed in and idle; with every viewer connected; after the last caption. */
  rssBefore: number;
  rssConnected: number;
  rssEnd: number;
  /** VmRSS every 10 s while the captions and questions ran, bytes: whether memory levels off or keeps growing. */
  rssDuring: number[];
  /** CPU seconds the server used while the captions and questions ran. */
  cpuSeconds: number;
  /** How it stopped (SIGTERM, or how it had ended). */
  stopped: string;
}

export interface RoomResult {
  tag: RunTag;
  title: string;
  instances: InstanceFigures[];
  all: DeliveryFigures;
  /** The same figures for the viewers of each instance. */
  perInstance: DeliveryFigures[];
  captions: CaptionSent[];
  questions: QuestionSent[];
  askers: number;
  rampMs: number;
  /** Wall-clock seconds from the first caption to the last answer. */
  trafficSeconds: number;
  /** The load generator's own event-loop delay while the captions ran (its lateness in reading the streams), ms. */
  clientLag: { p99: number; max: number };
  /** This process's memory before and after opening the viewers, bytes. */
  clientRss: { before: number; connected: number };
  /** The run's lines and questions as the database has them afterwards. */
  written: { captions: number; questions: number };
  /** How busy the machine was before the run's servers started (other work makes every figure worse). */
  otherCpu: string;
  /** Why the run itself broke (no viewer connected, no caption accepted, a server died); null when it ran. */
  broken: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything started so far is stopped by this; run.ts also calls it on Ctrl-C. */
export const runningInstances = new Set<AppInstance>();

async function stopAll(instances: AppInstance[]): Promise<string[]> {
  return Promise.all(
    instances.map(async (instance) => {
      const how = await instance.stop();
      runningInstances.delete(instance);
      return how;
    }),
  );
}

export async function runRoom({
  settings,
  database,
  event,
  tag,
  title,
  instanceCount,
  askerEmails,
}: {
  settings: EventsBenchSettings;
  database: BenchEventsDatabase;
  event: LiveEventUnderTest;
  tag: RunTag;
  title: string;
  instanceCount: 1 | 2;
  askerEmails: readonly string[];
}): Promise<RoomResult> {
  // Read before the servers open the database (PGlite is single-process): the page's own starting point.
  const afterId = await lastUpdateId(database, event.id);
  const otherCpu = await otherCpuUse();
  console.log(`CPU in use before the servers start: ${otherCpu}`);
  const instances: AppInstance[] = [];
  let pool: ViewerPool | undefined;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  try {
    for (let i = 0; i < instanceCount; i++) {
      const port = settings.ports[i] ?? settings.ports[0];
      const instance = await startInstance(settings, database, port, `instance ${i + 1}`);
      instances.push(instance);
      runningInstances.add(instance);
      console.log(`Started instance ${i + 1} at ${instance.baseUrl} (pid ${instance.pid})`);
    }
    const first = instances[0];
    if (!first) throw new Error("No instance started");
    const baseUrls = instances.map((instance) => instance.baseUrl);

    const staffCookie = await signIn(first.baseUrl, event.staffEmail);
    await assertSignedIn(first.baseUrl, `/staff/events/${event.id}/live`, staffCookie);
    const signInStarted = performance.now();
    const askers = (
      await Promise.all(
        instances.map(async (instance, i) => {
          const emails = askerEmails.filter((_, n) => n % instances.length === i);
          const cookies = await signInAll(instance.baseUrl, emails);
          const firstCookie = cookies[0];
          if (firstCookie) await assertSignedIn(instance.baseUrl, "/account", firstCookie);
          return cookies.map((cookie) => ({ baseUrl: instance.baseUrl, instance: i, cookie }));
        }),
      )
    ).flat();
    console.log(
      `Signed in the captioner (${event.staffEmail}) on instance 1 and ${askers.length} askers through the sign-in form in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s`,
    );

    await sleep(SETTLE_AFTER_CONNECTING_MS);
    const rssBefore = instances.map((instance) => instance.rss());
    const clientBefore = process.memoryUsage().rss;
    console.log(`Opening ${settings.viewers.toLocaleString("en")} SSE connections (${settings.rampBatch} at a time), after=${afterId}…`);
    pool = await openViewers({ baseUrls, eventId: event.id, afterId, count: settings.viewers, batch: settings.rampBatch, tag });
    const rampMs = pool.rampMs;
    const open = pool.viewers.filter((viewer) => viewer.state === "open").length;
    console.log(`  ${open.toLocaleString("en")} open, ${(settings.viewers - open).toLocaleString("en")} failed, in ${(rampMs / 1000).toFixed(1)} s`);
    if (open === 0) throw new Error(`No viewer could connect (${pool.viewers[0]?.failure ?? "no answer"})`);
    await sleep(SETTLE_AFTER_CONNECTING_MS);
    const rssConnected = instances.map((instance) => instance.rss());
    const clientConnected = process.memoryUsage().rss;

    console.log(`Captions: 1 a second for ${settings.seconds} s to instance 1; questions: ${settings.questionsPerSecond} a second from ${askers.length} askers…`);
    const cpuBefore = instances.map((instance) => instance.cpuSeconds());
    lag.enable();
    const rssDuring: number[][] = instances.map(() => []);
    const sampler = setInterval(() => instances.forEach((instance, i) => rssDuring[i]?.push(instance.rss())), RSS_SAMPLE_MS);
    const trafficStarted = performance.now();
    const [captions, questions] = await Promise.all([
      runCaptioner({ baseUrl: first.baseUrl, eventId: event.id, cookie: staffCookie, count: settings.seconds, text: (seq) => captionText(tag, seq) }),
      runAskers({ askers, eventId: event.id, perSecond: settings.questionsPerSecond, seconds: settings.seconds, text: (n) => questionText(tag, n) }),
    ]);
    const trafficSeconds = (performance.now() - trafficStarted) / 1000;
    clearInterval(sampler);
    const confirmed = captions.filter((caption) => caption.ok).length;
    await waitForCaptions(pool.viewers, confirmed, settings.settleSeconds * 1000);
    // A little longer, so that a line sent twice would be seen.
    await sleep(1_000);
    lag.disable();
    const cpuSeconds = instances.map((instance, i) => instance.cpuSeconds() - (cpuBefore[i] ?? Number.NaN));
    const rssEnd = instances.map((instance) => instance.rss());

    const viewers = pool.viewers;
    const perInstance = instances.map((_, i) => analyseDelivery(viewers.filter((viewer) => viewer.instance === i), captions));
    const all = analyseDelivery(viewers, captions);
    pool.close();
    pool = undefined;
    const stopped = await stopAll(instances);
    const written = await countWritten(database, event.id, tag);
    const died = stopped.findIndex((how) => how.startsWith("had already stopped"));
    const broken = confirmed === 0 ? `no caption was accepted (${captions[0]?.error ?? "?"})` : died !== -1 ? `instance ${died + 1} ${stopped[died] ?? ""} during the run` : null;
    return {
      tag,
      title,
      instances: instances.map((instance, i) => ({
        label: instance.label,
        baseUrl: instance.baseUrl,
        viewers: viewers.filter((viewer) => viewer.instance === i).length,
        rssBefore: rssBefore[i] ?? Number.NaN,
        rssConnected: rssConnected[i] ?? Number.NaN,
        rssEnd: rssEnd[i] ?? Number.NaN,
        rssDuring: rssDuring[i] ?? [],
        cpuSeconds: cpuSeconds[i] ?? Number.NaN,
        stopped: stopped[i] ?? "",
      })),
      all,
      perInstance,
      captions,
      questions,
      askers: askers.length,
      rampMs,
      trafficSeconds,
      clientLag: { p99: lag.percentile(99) / 1e6, max: lag.max / 1e6 },
      clientRss: { before: clientBefore, connected: clientConnected },
      written,
      otherCpu,
      broken,
    };
  } finally {
    pool?.close();
    await stopAll(instances);
  }
}
