import { useRouteLoaderData } from "@remix-run/react";
import type { RootLoaderData } from "~/root";

/** True when the person chose "easy read" in the display settings: pages then show their short, plain copy. */
export function useEasyRead(): boolean {
  return useRouteLoaderData<RootLoaderData>("root")?.preferences.easyRead ?? false;
}
