import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { streamKind } from "~/domain/event";

// The event's stream on its own page (issue 20, item 3), from a service the deployment allows
// (STREAM_EMBED_ORIGINS, checked by the caller): never the only channel, never starting sound by
// itself, and played with controls a keyboard reaches.
// - An HLS address plays in the browser's own <video controls>: Tab reaches Play, and Space plays or
//   pauses. preload="none" and no autoplay, so nothing loads or sounds until the person asks.
//   Browsers that play HLS themselves (Safari, Chrome on Android) need no script; elsewhere hls.js is
//   loaded on demand, only on this page and only for such a stream.
// - A player page is framed with a title naming the event. The frame is not given the autoplay
//   permission, so the service's player cannot start sound by itself; its controls are its own.

type Props = { url: string; title: string };

export function StreamPlayer({ url, title }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stream-player">
      {streamKind(url) === "hls" ? (
        <HlsVideo url={url} label={t("events.player.videoLabel")} cannotPlay={t("events.player.cannotPlay")} />
      ) : (
        <iframe
          className="stream-player__frame"
          src={url}
          title={t("events.player.frameTitle", { title })}
          allow="fullscreen; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          loading="lazy"
        />
      )}
      <p>{t("events.player.note")}</p>
    </div>
  );
}

function HlsVideo({ url, label, cannotPlay }: { url: string; label: string; cannotPlay: string }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element || element.canPlayType("application/vnd.apple.mpegurl") !== "") return;
    let stopped = false;
    let destroy = () => {};
    void import("hls.js").then(({ default: Hls }) => {
      if (stopped || !Hls.isSupported()) return;
      // No worker: the page's security policy allows scripts from this site only. Only the playlist
      // is read now; the stream itself loads when the person presses Play.
      const hls = new Hls({ enableWorker: false, autoStartLoad: false });
      const start = () => hls.startLoad();
      hls.loadSource(url);
      hls.attachMedia(element);
      element.addEventListener("play", start, { once: true });
      destroy = () => {
        element.removeEventListener("play", start);
        hls.destroy();
      };
    });
    return () => {
      stopped = true;
      destroy();
    };
  }, [url]);
  // A live stream has no caption file to point a <track> at: its captions are the live caption panel
  // on the same page (typed by the captioner), and captions the service puts in the stream itself
  // are offered by the browser (or hls.js) as the video's own text tracks.
  return (
    // eslint-disable-next-line jsx-a11y/media-has-caption
    <video ref={video} className="stream-player__video" src={url} controls preload="none" playsInline aria-label={label}>
      <p>{cannotPlay}</p>
    </video>
  );
}
