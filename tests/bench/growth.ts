// One row of the growth table: at the database's current size, one user's searches through the
// mix, then the mix at full load. The page cache is off, as in the headline.
import type { SearchAddress } from "./addresses";
import { startAppServer } from "./app-server";
import type { BenchConfig } from "./config";
import type { DatabaseFigures } from "./database";
import { AddressCycle } from "./load";
import { oneUser, underLoad, waitForQuiet } from "./measure";
import type { GrowthRow } from "./report";

/** Searches one user makes at each size: the first ones of the mix, the same at every size. */
export const GROWTH_SINGLE_USER_REQUESTS = 60;

/** Measures one size of the growth table on a database already filled to it. Stops the server it starts. */
export async function growthRun(config: BenchConfig, searches: readonly SearchAddress[], figures: DatabaseFigures): Promise<GrowthRow> {
  console.log(`\n== Growth: ${figures.totalOpenings.toLocaleString("en")} openings, page cache off`);
  const app = await startAppServer(config, { pageCacheSeconds: 0 });
  try {
    const paths = searches.map((search) => search.path);
    console.log(`one user, ${GROWTH_SINGLE_USER_REQUESTS} searches of the mix:`);
    const single = await oneUser("app", app.baseUrl, new AddressCycle(paths), GROWTH_SINGLE_USER_REQUESTS);
    await waitForQuiet();
    console.log(`${config.connections} connections through the ${paths.length.toLocaleString("en")} searches of the mix:`);
    const loaded = await underLoad("app", app.baseUrl, new AddressCycle(paths), config);
    return { figures, single, loaded };
  } finally {
    console.log(`App server ${await app.stop()}`);
  }
}
