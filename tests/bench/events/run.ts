// `npm run bench:events`: the live recruitment event room under load (issue 20, item 6). Thousands
// of viewers hold server-sent-events streams on the demo event that is on now, while the organiser's
// staff sends a caption line a second from the live console and viewers ask questions from the
// event page, all through the production build and its real forms. It prints how long each line
// took from the captioner's submit to every viewer, checks every viewer's sequence (none dropped,
// none twice, in order), and the server's memory per connection. Run A: one instance. Run B
// (PostgreSQL only): two instances on the same database, viewers split between them and captions
// sent to the first only, so the second's viewers are reached through LISTEN/NOTIFY.
// It exits non-zero only when the run itself breaks, not when a target is missed.
import os from "node:os";
import { assertPortFree, ensureBuild } from "../app-server";
import { machine } from "../measure";
import { addAskers, createDatabase, hideQuestions, prepareDatabase, type BenchEventsDatabase } from "./database";
import { notes, roomTable, targetLines } from "./report";
import { runningInstances, runRoom, type RoomResult } from "./room";
import { readSettings, type EventsBenchSettings } from "./settings";

function heading(title: string): void {
  console.log(`\n== ${title}`);
}

/** Stops every instance still running and removes the database: at the end, on failure and on Ctrl-C. */
async function cleanUp(database: BenchEventsDatabase | undefined): Promise<void> {
  await Promise.all([...runningInstances].map((instance) => instance.stop().catch(() => undefined)));
  runningInstances.clear();
  if (!database) return;
  try {
    await database.remove();
    console.log(`Removed the benchmark database (${database.description}).`);
  } catch (error) {
    console.error(`Could not remove the benchmark database (${database.description}): ${error instanceof Error ? error.message : String(error)}`);
  }
}

function printRun(result: RoomResult): boolean {
  heading(result.title);
  console.log(roomTable(result));
  for (const line of notes(result)) console.log(line);
  const targets = targetLines(result);
  console.log("Targets (issue 20, item 6):");
  for (const line of targets.lines) console.log(line);
  if (result.broken) console.log(`  THE RUN BROKE: ${result.broken}`);
  return result.broken === null;
}

async function benchmark(settings: EventsBenchSettings, onDatabase: (database: BenchEventsDatabase) => void): Promise<boolean> {
  heading("Build");
  await ensureBuild(settings.root);
  const twoInstances = Boolean(settings.databaseUrl);
  for (const port of twoInstances ? settings.ports : settings.ports.slice(0, 1)) await assertPortFree(settings.host, port);

  // The seed runs in this process: it needs the instances' production settings (the passport key above all).
  Object.assign(process.env, settings.production, { PUBLIC_URL: `http://${settings.host}:${settings.ports[0]}` });
  const database = await createDatabase(settings);
  onDatabase(database);
  heading(`Database: ${database.description}`);
  const started = performance.now();
  const event = await prepareDatabase(database, settings.qaModeration);
  const questions = settings.questionsPerSecond * settings.seconds;
  const askersPerRun = Math.ceil(questions / settings.questionsPerAsker);
  const askerEmails = await addAskers(database, { first: 1, count: askersPerRun * (twoInstances ? 2 : 1) });
  console.log(
    `Migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s. Event ${event.id} "${event.title}" (on now; questions ${event.qaModeration === "held" ? "held for a moderator" : "published at once"}); ` +
      `${askerEmails.length} bench askers written (${askersPerRun} per run, at most ${settings.questionsPerAsker} questions each: the app allows 5 in ten minutes).`,
  );

  const header = `${settings.viewers.toLocaleString("en")} viewers, ${settings.seconds} s, ${settings.questionsPerSecond} questions/s`;
  const results: RoomResult[] = [];
  heading(`Run A: one instance (${header})`);
  results.push(await runRoom({ settings, database, event, tag: "A", title: `Run A: one instance, ${database.driver === "pg" ? "PostgreSQL" : "PGlite"} (${header})`, instanceCount: 1, askerEmails: askerEmails.slice(0, askersPerRun) }));
  if (twoInstances) {
    heading(`Run B: two instances on the same PostgreSQL database (${header}, half on each; captions to instance 1)`);
    const hidden = await hideQuestions(database, event.id, "A");
    console.log(`Hid run A's ${hidden} questions first, as a moderator clearing the queue would, so that run B's console starts as run A's did.`);
    results.push(
      await runRoom({
        settings,
        database,
        event,
        tag: "B",
        title: `Run B: two instances, PostgreSQL, viewers split, captions POSTed to instance 1 only (${header})`,
        instanceCount: 2,
        askerEmails: askerEmails.slice(askersPerRun),
      }),
    );
  }

  heading("Results");
  console.log(`${new Date().toISOString()} · ${machine()} · load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  console.log("The viewers, captioner and askers run in this one process on the same machine as the server(s).");
  console.log("Delivery = when a viewer's stream delivered the line minus just before the caption's POST was sent.");
  let ok = true;
  for (const result of results) ok = printRun(result) && ok;
  if (!twoInstances) {
    console.log("\nRun B (two instances, LISTEN/NOTIFY across them) needs PostgreSQL: skipped. Set DATABASE_URL to run it.");
  }
  return ok;
}

let database: BenchEventsDatabase | undefined;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and removing the database…`);
    void cleanUp(database).finally(() => process.exit(130));
  });
}

benchmark(readSettings(), (created) => (database = created))
  .then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  )
  .finally(async () => {
    if (!interrupted) await cleanUp(database);
  });
