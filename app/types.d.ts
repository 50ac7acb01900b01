/// <reference types="@remix-run/dev" />

// The classic compiler's virtual module: the whole app, bundled with app/server.ts.
declare module "@remix-run/dev/server-build" {
  import type { ServerBuild } from "@remix-run/node";
  const build: ServerBuild;
  export = build;
}
