import { useState } from "preact/hooks";
import { WORDS } from "../i18n.js";
import type { Store } from "../state.js";

/** Step 1: the file input (also drag and drop), and every problem before anything is matched. */
export function Load({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const [over, setOver] = useState(false);
  const read = store.readValue.value;
  const loaded = store.loaded.value;
  const reading = store.reading.value;
  const onFiles = (list: FileList | null) => {
    if (list !== null) void store.load(Array.from(list));
  };
  return (
    <section aria-labelledby="load-h" class="card">
      <h2 id="load-h">{W.loadHeading}</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input inside is the keyboard's way */}
      <div
        class={over ? "drop over" : "drop"}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          onFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <p>{W.dropHint}</p>
        {/* The native input stays focusable (visually hidden); its label is the visible button. */}
        <input
          id="files"
          class="visually-hidden"
          type="file"
          multiple
          accept=".xlsx,.xlsm,.csv,.tsv,.txt,.json"
          onChange={(e) => {
            onFiles(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
        <label for="files" class="button primary">
          {W.choose}
        </label>
      </div>
      <p class="muted">{W.formats}</p>
      {reading !== null && <p>{W.reading(reading.join(", "))}</p>}
      {store.loadError.value !== null && (
        <p role="alert" class="problem">
          {W.failedLoad} {store.loadError.value}
        </p>
      )}
      {read !== null && read.issues.length > 0 && (
        <div role="alert" class="problems">
          <h3>{W.issues(read.issues.length)}</h3>
          <ul>
            {read.issues.map((t) => (
              <li key={t.en}>{t[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {loaded !== null && read?.loaded === loaded && (
        <p class="ok">{W.loaded(loaded.files.join(", "), loaded.mentors, loaded.adepts)}</p>
      )}
      {read !== null && read.ineligible.length > 0 && (
        <details>
          <summary>{W.ineligible(read.ineligible.length)}</summary>
          <ul>
            {read.ineligible.map((t) => (
              <li key={t.en}>{t[lang]}</li>
            ))}
          </ul>
        </details>
      )}
      {read !== null && read.warnings.length > 0 && (
        <details>
          <summary>{W.warnings(read.warnings.length)}</summary>
          <ul>
            {read.warnings.map((t) => (
              <li key={t.en}>{t[lang]}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
