import { useEffect } from "preact/hooks";
import { WORDS } from "../i18n.js";
import type { Lang } from "../protocol.js";
import type { Store } from "../state.js";
import { Decisions } from "./Decisions.js";
import { ReasonDialog } from "./Dialog.js";
import { Export } from "./Export.js";
import { Heat } from "./HeatMap.js";
import { Load } from "./Load.js";
import { Plan } from "./Plan.js";

const LANGS: readonly Lang[] = ["sv", "en"];
const LANG_NAMES: Readonly<Record<Lang, string>> = { sv: "Svenska", en: "English" };

/** Whether a key press belongs to a text field (undo there is the field's own). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The whole page: load, the plan, the heat map, the decisions and the exports. */
export function App({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const progress = store.progress.value;
  useEffect(() => {
    document.title = W.title;
  }, [W]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || typing(e.target) || document.querySelector("dialog[open]"))
        return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) store.undo();
      else if (key === "y" || (key === "z" && e.shiftKey)) store.redo();
      else return;
      e.preventDefault();
    };
    // A file dropped beside the drop zone must not replace the page.
    const stop = (e: DragEvent) => e.preventDefault();
    document.addEventListener("keydown", onKey);
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, [store]);
  const loaded = store.loaded.value !== null;
  return (
    <>
      <a class="skip" href="#plan">
        {W.skip}
      </a>
      <header class="top">
        <div>
          <h1>{W.title}</h1>
          <p>{W.tagline}</p>
        </div>
        <fieldset class="langs">
          <legend class="visually-hidden">{W.language}</legend>
          {LANGS.map((l) => (
            <button
              type="button"
              key={l}
              lang={l}
              aria-pressed={l === lang}
              onClick={() => store.setLang(l)}
            >
              {LANG_NAMES[l]}
            </button>
          ))}
        </fieldset>
      </header>
      <main>
        <Load store={store} />
        {loaded && (
          <>
            <Plan store={store} />
            <Heat store={store} />
            <Decisions store={store} />
            <Export store={store} />
          </>
        )}
      </main>
      <div class="status" role="status" data-testid="status">
        {progress !== null && (
          <>
            <span>{W.stage[progress.stage]}…</span>
            <progress max={1} value={progress.fraction} aria-label={W.working} />
          </>
        )}
        {progress === null && store.solved.value !== null && (
          <span class="muted">{W.ready(store.solved.value.ms)}</span>
        )}
      </div>
      <ReasonDialog store={store} />
    </>
  );
}
