import { signal } from "@preact/signals";
import { useEffect, useRef, useState } from "preact/hooks";
import { WORDS } from "../i18n.js";
import type { Store } from "../state.js";

/** The pair a lock or forbid dialog is open for. */
export const asking = signal<{
  readonly kind: "lock" | "forbid";
  readonly mentor: string;
  readonly adept: string;
  /** Where focus goes back to when the dialog closes. */
  readonly from: HTMLElement | null;
} | null>(null);

/** Asks for the reason of a lock (optional) or a forbid (required), then records the decision. */
export function ReasonDialog({ store }: { store: Store }) {
  const W = WORDS[store.lang.value];
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const q = asking.value;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (q !== null && !dialog.open) {
      setReason("");
      dialog.showModal();
    } else if (q === null && dialog.open) dialog.close();
  }, [q]);
  const close = () => {
    const from = q?.from ?? null;
    asking.value = null;
    from?.focus();
  };
  const forbid = q?.kind === "forbid";
  return (
    <dialog ref={ref} aria-labelledby="dialog-h" onClose={() => asking.value !== null && close()}>
      {q !== null && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            const text = reason.trim();
            if (forbid && text === "") return;
            const pair = { mentor: q.mentor, adept: q.adept };
            store.decide(
              forbid
                ? { kind: "forbid", ...pair, reason: text }
                : { kind: "lock", ...pair, ...(text === "" ? {} : { reason: text }) },
            );
            close();
          }}
        >
          <h2 id="dialog-h">
            {forbid ? W.dialogForbid(q.mentor, q.adept) : W.dialogLock(q.mentor, q.adept)}
          </h2>
          <label for="reason">{forbid ? W.reasonLabel : W.reasonOptional}</label>
          <textarea
            id="reason"
            rows={3}
            maxLength={500}
            required={forbid}
            aria-describedby="reason-help"
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <p id="reason-help" class="muted">
            {forbid ? W.reasonHelpForbid : W.reasonHelpLock}
          </p>
          <div class="buttons">
            <button type="submit" class="primary">
              {W.confirm}
            </button>
            <button type="button" onClick={close}>
              {W.cancel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
