import { useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";

/**
 * The page the announcer last saw. It lives outside the component because the root layout (and
 * this component with it) is mounted afresh whenever the root error boundary comes or goes: a
 * 404 rendered after a client-side navigation, or leaving one. A ref would start empty each time,
 * and the first navigation after an error page would neither move focus nor be announced.
 */
let announcedPage: string | null = null;

/**
 * After a client-side navigation, moves focus to the new page's h1 and announces its title.
 * The live region is in the server HTML from the start, so screen readers are already watching it.
 * Hash-only changes (the skip link) are left alone.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const [message, setMessage] = useState("");
  const page = `${location.pathname}${location.search}`;

  useEffect(() => {
    if (announcedPage === null) {
      announcedPage = page;
      return;
    }
    if (announcedPage === page) return;
    // Wait a frame so <Meta> has written the new document.title. The page counts as announced only
    // once that happens, so an effect cancelled and run again (StrictMode) still announces it. The
    // page itself may still be waiting for its texts (components/page-texts.tsx: leaving an error
    // page mounts the page afresh, and it shows nothing until they arrive), so look for its h1 on
    // each frame for up to 3 s.
    const deadline = performance.now() + 3000;
    const settle = () => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (!heading && performance.now() < deadline) {
        frame = requestAnimationFrame(settle);
        return;
      }
      announcedPage = page;
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
      setMessage(document.title);
    };
    let frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [page]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="route-announcer">
      {message}
    </div>
  );
}
