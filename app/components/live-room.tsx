import type { SerializeFrom } from "@remix-run/node";
import { Link, useLocation, useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OpeningSummaryView } from "~/domain/opening-views";
import { useHydrated } from "~/hooks/use-hydrated";
import { Button } from "./ui/button";
import { Checkbox } from "./ui/checkbox";
import { EventApplyLink } from "./event-parts";
import { FreeText } from "./localized-text";
import { OpeningCard } from "./opening-card";

// The live room of an event, text first (issue 20, item 3): the opening being presented, and the
// captions as text, newest first. Without JavaScript it is what the server sent, with a link to
// refresh. With JavaScript new lines arrive by server-sent events and are added in place; the reader
// chooses whether a screen reader announces them (a polite live region, off by default, never moving
// focus), can pause the list (new lines wait, counted), and make the captions larger.

export type CaptionLine = { id: number; text: string; at: string };

/** "14:05" in China time. */
function timeOf(at: string) {
  return new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}

const SIZES = ["1", "1.25", "1.5", "2"] as const;

export function LiveRoom({
  eventId,
  captions: initial,
  lastId,
  pinned,
}: {
  eventId: number;
  captions: CaptionLine[];
  lastId: number;
  pinned: SerializeFrom<OpeningSummaryView> | null;
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const revalidator = useRevalidator();
  const location = useLocation();
  const [lines, setLines] = useState(initial);
  const [waiting, setWaiting] = useState<CaptionLine[]>([]);
  const [paused, setPaused] = useState(false);
  const [announce, setAnnounce] = useState(false);
  const [announced, setAnnounced] = useState("");
  const [size, setSize] = useState(0);
  // Where the stream starts: the page's first load. Later loads (a revalidation after a pin or a
  // question) must not restart it, or a line written in between could be skipped; the open stream
  // itself resumes from its last id (Last-Event-ID) if the connection drops.
  const startAfter = useRef(lastId);
  const pausedRef = useRef(paused);
  const announceRef = useRef(announce);
  pausedRef.current = paused;
  announceRef.current = announce;

  useEffect(() => {
    const source = new EventSource(`/events/${eventId}/updates?after=${startAfter.current}`);
    source.addEventListener("caption", (message) => {
      const data = JSON.parse((message as MessageEvent<string>).data) as { text: string; at: string };
      const line = { id: Number((message as MessageEvent).lastEventId), text: data.text, at: data.at };
      if (pausedRef.current) setWaiting((queue) => [line, ...queue]);
      else setLines((current) => [line, ...current].slice(0, 200));
      if (announceRef.current) setAnnounced(data.text);
    });
    // A new opening presented: the page's data (its card) is read again; typed text stays.
    source.addEventListener("pin", () => revalidator.revalidate());
    // A question published, hidden or answered: likewise.
    source.addEventListener("qa", () => revalidator.revalidate());
    return () => source.close();
    // The stream is opened once per event; revalidate is stable enough for this purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [eventId]);

  // Without JavaScript, the page again at the captions. A link to the address already open (#fragment
  // and all) would only scroll, never load the page: after a refresh with nothing new, the reader
  // could never see the next line. So the address differs from the one open.
  const refresh = `/events/${eventId}?refresh=${lastId}`;
  const refreshTo = `${location.pathname}${location.search}` === refresh ? `${refresh}&again` : refresh;

  const resume = () => {
    setLines((current) => [...waiting, ...current].slice(0, 200));
    setWaiting([]);
    setPaused(false);
  };

  return (
    <>
      <section aria-labelledby="presenting-heading">
        <h2 id="presenting-heading">{t("events.live.presentingHeading")}</h2>
        {pinned ? (
          <>
            <OpeningCard opening={pinned} />
            <EventApplyLink eventId={eventId} opening={pinned} />
          </>
        ) : (
          <p>{t("events.live.nothingPresented")}</p>
        )}
      </section>
      <section aria-labelledby="captions-heading" className="live-captions" style={{ ["--caption-scale" as string]: SIZES[size] }}>
        <h2 id="captions-heading">{t("events.live.captionsHeading")}</h2>
        <p>{t("events.live.captionsLead")}</p>
        {hydrated ? (
          <div className="live-captions__controls">
            <Checkbox id="announce-captions" label={t("events.live.announce")} isSelected={announce} onChange={setAnnounce} />
            <Button variant="secondary" onPress={() => (paused ? resume() : setPaused(true))}>
              {paused ? t("events.live.resume", { count: waiting.length }) : t("events.live.pause")}
            </Button>
            <Button variant="secondary" onPress={() => setSize((value) => Math.min(value + 1, SIZES.length - 1))} isDisabled={size === SIZES.length - 1}>
              {t("events.live.larger")}
            </Button>
            <Button variant="secondary" onPress={() => setSize((value) => Math.max(value - 1, 0))} isDisabled={size === 0}>
              {t("events.live.smaller")}
            </Button>
          </div>
        ) : (
          <p>
            <Link to={`${refreshTo}#captions-heading`}>{t("events.live.refresh")}</Link>
          </p>
        )}
        {lines.length === 0 ? (
          <p>{t("events.live.noCaptions")}</p>
        ) : (
          <CaptionList lines={lines} reversed />
        )}
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announce && announced ? <FreeText text={announced} /> : ""}
        </div>
      </section>
    </>
  );
}

/** Caption lines with their times, in the order given; `reversed` numbers them newest first. */
export function CaptionList({ lines, reversed = false }: { lines: CaptionLine[]; reversed?: boolean }) {
  return (
    <ol className="live-captions__lines" reversed={reversed}>
      {lines.map((line) => (
        <li key={line.id}>
          <span className="live-captions__time">{timeOf(line.at)}</span> <FreeText text={line.text} />
        </li>
      ))}
    </ol>
  );
}

/** The whole transcript after the event, oldest first, with times. */
export function Transcript({ captions }: { captions: CaptionLine[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">{t("events.live.transcriptHeading")}</h2>
      {captions.length === 0 ? (
        <p>{t("events.live.noTranscript")}</p>
      ) : (
        <CaptionList lines={captions} />
      )}
    </section>
  );
}
