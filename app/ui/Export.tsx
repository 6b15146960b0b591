import { useState } from "preact/hooks";
import { EngineError } from "../engine.js";
import { WORDS } from "../i18n.js";
import type { Store } from "../state.js";

/** Offers bytes as a file download; nothing is sent anywhere. */
export function download(name: string, mime: string, bytes: Uint8Array | string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The first file's name without its extension (or "mentorpair"), for saved files. */
const stem = (files: readonly string[]) =>
  (files[0] ?? "mentorpair").replace(/\.session\.json$|\.[^.]+$/iu, "") || "mentorpair";

/** Step 5: the pairs as XLSX or CSV, the printable report, and the session file. */
export function Export({ store }: { store: Store }) {
  const W = WORDS[store.lang.value];
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const session = store.session.value;
  const loaded = store.loaded.value;
  if (session === null || loaded === null || store.solved.value === null) return null;
  const save = (what: "xlsx" | "csv" | "report") => {
    setProblem(null);
    store
      .exportFile(what, title)
      .then((file) => {
        if (file !== undefined)
          download(`${stem(loaded.files)}-${file.name}`, file.mime, file.bytes);
      })
      .catch((error: unknown) => {
        if (error instanceof EngineError && error.failure.kind !== "cancelled")
          setProblem(error.message);
      });
  };
  return (
    <section aria-labelledby="export-h" class="card">
      <h2 id="export-h">{W.exportHeading}</h2>
      <p>{W.exportIntro}</p>
      <p>
        <label for="report-title">{W.reportTitle}</label>{" "}
        <input
          id="report-title"
          type="text"
          maxLength={200}
          value={title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </p>
      <div class="buttons">
        <button type="button" onClick={() => save("xlsx")}>
          {W.exportXlsx}
        </button>
        <button type="button" onClick={() => save("csv")}>
          {W.exportCsv}
        </button>
        <button type="button" onClick={() => save("report")}>
          {W.exportReport}
        </button>
        <button
          type="button"
          class="primary"
          onClick={() =>
            download(
              `${stem(loaded.files)}.session.json`,
              "application/json",
              `${JSON.stringify(session, null, 2)}\n`,
            )
          }
        >
          {W.exportSession}
        </button>
      </div>
      {problem !== null && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </section>
  );
}
