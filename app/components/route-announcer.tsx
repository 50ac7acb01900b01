import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

/**
 * After a client-side navigation, moves focus to the new page's h1 and announces its title.
 * The live region is in the server HTML from the start, so screen readers are already watching it.
 * Hash-only changes (the skip link) are left alone.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const [message, setMessage] = useState("");
  const previous = useRef<string | null>(null);
  const page = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (previous.current === null) {
      previous.current = page;
      return;
    }
    if (previous.current === page) return;
    previous.current = page;
    // Wait a frame so <Meta> has written the new document.title.
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
      setMessage(document.title);
    });
    return () => cancelAnimationFrame(frame);
  }, [page]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="route-announcer">
      {message}
    </div>
  );
}
