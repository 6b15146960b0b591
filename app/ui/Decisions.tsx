import { decisionText } from "../../src/session/index.js";
import { WORDS } from "../i18n.js";
import type { Store } from "../state.js";

/** Step 4: every decision made by hand, in order, with its reason (the report prints the same). */
export function Decisions({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const list = store.decisions.value;
  return (
    <section aria-labelledby="decisions-h" class="card">
      <h2 id="decisions-h">{W.decisionsHeading}</h2>
      {list.length === 0 ? (
        <p>{W.decisionsNone}</p>
      ) : (
        <table class="grid" id="decisions">
          <thead>
            <tr>
              <th scope="col" class="num">
                {W.number}
              </th>
              <th scope="col">{W.decision}</th>
              <th scope="col">{W.reason}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d, i) => (
              <tr key={i}>
                <td class="num">{i + 1}</td>
                <td>{decisionText(d, lang)}</td>
                <td>{d.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
