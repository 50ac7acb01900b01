import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { translateKey } from "~/utils/i18n";
import { useRevalidator } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { authenticateWithPasskey, registerPasskey } from "~/utils/passkey-ceremony.client";
import { useErrorTitle } from "~/hooks/use-error-title";
import { useHydrated } from "~/hooks/use-hydrated";
import { Button } from "./ui/button";
import { PostForm } from "./ui/form";
import { TextField } from "./ui/text-field";

/** A message about a ceremony in progress or just ended. */
type CeremonyMessage = { text: string; tone: "info" | "success" | "error" };

/**
 * A polite live region for what a ceremony is doing. It is mounted (empty) when the person first
 * presses the button, so every message after that is a change screen readers announce. Focus stays
 * where the person left it.
 */
function CeremonyStatus({ message }: { message: CeremonyMessage | null }) {
  if (!message) return null;
  return (
    <div role="status" className="ceremony-status">
      {message.text ? <p className={`notice notice--${message.tone}`}>{message.text}</p> : null}
    </div>
  );
}

/**
 * "Use a passkey": signs in (mode "sign-in") or confirms the second factor. WebAuthn needs
 * JavaScript, so the server HTML (and a browser without JavaScript) shows `needsJavaScript` instead
 * of a button that could do nothing.
 */
export function UsePasskeyButton({
  mode,
  redirectTo,
  needsJavaScript,
  variant = "primary",
}: {
  mode: "sign-in" | "second-factor";
  redirectTo: string;
  needsJavaScript: string;
  variant?: "primary" | "secondary";
}) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<CeremonyMessage | null>(null);
  if (!hydrated) return <p>{needsJavaScript}</p>;
  if (!browserSupportsWebAuthn()) return <p>{t("passkeys.unsupported")}</p>;

  async function run() {
    setBusy(true);
    setMessage({ text: "", tone: "info" });
    const outcome = await authenticateWithPasskey({
      mode,
      redirectTo,
      onPrompt: () => setMessage({ text: t("passkeys.choosing"), tone: "info" }),
    });
    if (outcome.ok) {
      setMessage({ text: t("passkeys.signingIn"), tone: "success" });
      // A full page load: the header and every loader must see the new session.
      window.location.assign(outcome.redirectTo ?? redirectTo);
      return;
    }
    setBusy(false);
    if ("reload" in outcome) return window.location.reload();
    setMessage({ text: translateKey(t, outcome.error), tone: "error" });
  }

  return (
    <div className="passkey-action">
      <Button
        variant={variant}
        // A second press while the device is asking would cancel the first request: ignore it.
        onPress={() => {
          if (!busy) void run();
        }}
      >
        {t("passkeys.useButton")}
      </Button>
      <CeremonyStatus message={message} />
    </div>
  );
}

/**
 * Names and adds a passkey. Exists only once hydrated (the server HTML says it needs JavaScript).
 * After success it goes on to `redirectTo` (when a staff page sent the person here to set up their
 * second factor) or stays, announcing the new passkey, which the list now shows.
 */
export function AddPasskeyForm({ redirectTo }: { redirectTo: string | null }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const revalidator = useRevalidator();
  const [passkeyName, setPasskeyName] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<CeremonyMessage | null>(null);
  useErrorTitle(Object.keys(errors).length > 0);
  if (!hydrated) return <p className="notice">{t("passkeys.addNeedsJavaScript")}</p>;
  if (!browserSupportsWebAuthn()) return <p className="notice">{t("passkeys.unsupported")}</p>;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors({});
    setMessage({ text: "", tone: "info" });
    const outcome = await registerPasskey({
      passkeyName,
      onPrompt: () => setMessage({ text: t("passkeys.creating"), tone: "info" }),
    });
    if (outcome.ok && redirectTo) {
      setMessage({ text: t("passkeys.addedContinuing"), tone: "success" });
      window.location.assign(redirectTo);
      return;
    }
    setBusy(false);
    if (outcome.ok) {
      setPasskeyName("");
      setMessage({ text: outcome.name ? t("passkeys.added", { name: outcome.name }) : t("passkeys.addedUnnamed"), tone: "success" });
      revalidator.revalidate();
      return;
    }
    if ("reload" in outcome) return window.location.reload();
    if (outcome.errors && Object.keys(outcome.errors).length > 0) {
      setMessage(null);
      setErrors(outcome.errors);
      return;
    }
    setMessage({ text: translateKey(t, outcome.error), tone: "error" });
  }

  return (
    <>
      <PostForm errors={errors} onSubmit={(event) => void add(event)}>
        <TextField
          id="passkeyName"
          name="passkeyName"
          label={t("passkeys.nameLabel")}
          description={t("passkeys.nameHint")}
          value={passkeyName}
          onChange={setPasskeyName}
          autoComplete="off"
          // Held until the next submit: React Aria would otherwise drop the error when the field
          // loses focus, and the form jumping under the pointer would swallow the click on "Add".
          isInvalid={Boolean(errors.passkeyName)}
          errorMessage={errors.passkeyName ? translateKey(t, errors.passkeyName) : undefined}
        />
        <Button type="submit">
          {t("passkeys.addButton")}
        </Button>
      </PostForm>
      <CeremonyStatus message={message} />
    </>
  );
}
