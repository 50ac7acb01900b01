// On a slow connection people start typing before JavaScript arrives. React then hydrates the
// form, and React Aria's fields, which hold their value in state, write their initial (empty) value
// back into the inputs: what was typed would vanish. So, from the moment this script runs until
// hydration is done, we remember what the person typed or ticked, and afterwards put back anything
// that hydration overwrote, through the same events a person's typing fires, so React's state
// agrees with the screen.

type Remembered = { value: string; checked: boolean };
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const SKIPPED_TYPES = new Set(["hidden", "file", "submit", "button", "reset", "image"]);

function isField(target: EventTarget | null): target is Field {
  return (
    (target instanceof HTMLInputElement && !SKIPPED_TYPES.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

function changedFromMarkup(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected);
  if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) return field.checked !== field.defaultChecked;
  return field.value !== field.defaultValue;
}

/** Starts remembering typed values; call the returned function once hydration has committed. */
export function keepTypedValues(doc: Document = document): () => void {
  const remembered = new Map<Field, Remembered>();
  const remember = (field: Field) => remembered.set(field, { value: field.value, checked: field instanceof HTMLInputElement && field.checked });
  for (const field of doc.querySelectorAll<Field>("input, textarea, select")) {
    if (isField(field) && changedFromMarkup(field)) remember(field);
  }
  const onEvent = (event: Event) => {
    if (isField(event.target)) remember(event.target);
  };
  doc.addEventListener("input", onEvent, true);
  doc.addEventListener("change", onEvent, true);

  const isHydrated = (field: Element) => Object.keys(field).some((key) => key.startsWith("__reactProps"));

  const putBack = (original: Field, wanted: Remembered): boolean => {
    // Hydration may have replaced an element that did not match; find its successor by id.
    const field = original.isConnected ? original : original.id ? doc.getElementById(original.id) : null;
    if (!isField(field)) return true;
    // Parts of the page hydrate in later passes (lazy routes, Suspense); wait for this field's turn.
    if (!isHydrated(field)) return false;
    // Hydration keeps what is on screen, but the component's state still holds the markup's value,
    // and its next render would write that back. So replay the input as React sees a person's: the
    // element's own setter tells React's change tracker the old value, then the real value arrives
    // through the prototype's setter and the event React listens to.
    if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) {
      // A radio that was left is settled by the one that was chosen.
      if (field.type === "radio" && !wanted.checked) return true;
      field.checked = !wanted.checked;
      field.click();
    } else {
      field.value = wanted.value === "" ? "\u200b" : "";
      const prototype = Object.getPrototypeOf(field) as object;
      Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(field, wanted.value);
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
    }
    return true;
  };

  let started = false;
  return () => {
    if (started) return;
    started = true;
    const deadline = Date.now() + 10_000;
    const attempt = () => {
      for (const [field, wanted] of remembered) if (putBack(field, wanted)) remembered.delete(field);
      if (remembered.size > 0 && Date.now() < deadline) {
        requestAnimationFrame(attempt);
        return;
      }
      doc.removeEventListener("input", onEvent, true);
      doc.removeEventListener("change", onEvent, true);
    };
    attempt();
  };
}

let restorePending: (() => void) | null = null;

/** Starts remembering, from entry.client before hydrating; restoreTypedValues() finishes the job. */
export function startKeepingTyped(): void {
  restorePending = keepTypedValues();
}

/**
 * Puts back what was typed. Called from an effect INSIDE the Suspense boundary around the page
 * (root.tsx): React hydrates that boundary in a later pass than the shell, and an update that
 * reaches it before its hydration has committed makes React throw its markup away and render it
 * afresh, empty. An effect inside the boundary runs only once it has committed.
 */
export function restoreTypedValues(): void {
  restorePending?.();
}
