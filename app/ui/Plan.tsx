import { useLayoutEffect, useState } from "preact/hooks";
import type { MatchedPair, Weights } from "../../src/index.js";
import { num, WORDS } from "../i18n.js";
import { criteriaOf } from "../protocol.js";
import { MARK_CHANGE, MEASURE_SHOWN, type Store } from "../state.js";
import { Controls } from "./Controls.js";
import { asking } from "./Dialog.js";

/** Rows of the pairs table shown at first; the rest on request (a large cohort stays quick). */
const ROWS_SHOWN = 250;

const pairKey = (p: { mentorId: string; adeptId: string }) => `${p.mentorId}\u0000${p.adeptId}`;

/** Step 2: the summary, what changed, the pairs, the people left out, and the controls. */
export function Plan({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const solved = store.solved.value;
  // The budget's measure: from the change (a decision, undo, redo) to the new plan in the page.
  useLayoutEffect(() => {
    if (solved === null || performance.getEntriesByName(MARK_CHANGE).length === 0) return;
    performance.measure(MEASURE_SHOWN, MARK_CHANGE);
    performance.clearMarks(MARK_CHANGE);
  }, [solved]);
  return (
    <section
      id="plan"
      aria-labelledby="plan-h"
      class="card"
      tabIndex={-1}
      data-plan={store.plans.value}
    >
      <h2 id="plan-h">{W.planHeading}</h2>
      <Rejected store={store} />
      {solved === null ? (
        <>
          <p>{W.noPlan}</p>
          <Controls store={store} />
        </>
      ) : (
        <PlanBody store={store} />
      )}
    </section>
  );
}

function PlanBody({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const solved = store.solved.value!;
  const { result, reasons } = solved;
  const o = result.objective;
  const adepts = result.pairs.length + result.unmatchedAdepts.length;
  const mean = result.pairs.length === 0 ? 0 : o.totalScore / result.pairs.length;
  const changes = store.changes.value;
  return (
    <>
      <dl class="summary">
        <div>
          <dt>{W.matched}</dt>
          <dd data-testid="matched">
            {o.matched} {W.of} {adepts}
          </dd>
        </div>
        <div>
          <dt>{W.total}</dt>
          <dd data-testid="total">{num(o.totalScore, lang, 2)}</dd>
        </div>
        <div>
          <dt>{W.mean}</dt>
          <dd>{num(mean, lang)}</dd>
        </div>
        <div>
          <dt>{W.optimal}</dt>
          <dd data-testid="optimal">{result.solver.optimal ? W.yes : W.no}</dd>
        </div>
        {result.stability !== undefined && (
          <div>
            <dt>{W.blocking}</dt>
            <dd data-testid="blocking">
              {result.stability.blockingPairs.length === 0
                ? W.noBlocking
                : result.stability.blockingPairs
                    .map((b) => `${b.mentorId}–${b.adeptId}`)
                    .join(", ")}
            </dd>
          </div>
        )}
        {result.stability?.priceOfStability !== undefined && (
          <div>
            <dt>{W.priceOfStability}</dt>
            <dd data-testid="price">
              {num(result.stability.priceOfStability, lang, 2)} {W.points}
            </dd>
          </div>
        )}
      </dl>
      <p>{reasons.summary}</p>
      <Controls store={store} />
      <div aria-live="polite" class="changes">
        {changes !== null && (
          <p>
            {W.changes(changes.kept, changes.formed.length, changes.released.length)}
            {changes.formed.length > 0 && (
              <>
                {" "}
                {W.formedList}: {changes.formed.map((p) => `${p.mentorId}–${p.adeptId}`).join(", ")}
                .
              </>
            )}
            {changes.released.length > 0 && (
              <>
                {" "}
                {W.releasedList}:{" "}
                {changes.released.map((p) => `${p.mentorId}–${p.adeptId}`).join(", ")}.
              </>
            )}
          </p>
        )}
      </div>
      <PairsTable store={store} />
      <h3>{W.unmatchedHeading}</h3>
      {reasons.unmatched.length === 0 ? (
        <p>{W.everyoneMatched}</p>
      ) : (
        <ul class="reasons" data-testid="unmatched">
          {reasons.unmatched.map((u) => (
            <li key={u.id}>{u.text}</li>
          ))}
        </ul>
      )}
      <h3>{W.spareHeading}</h3>
      {reasons.spare.length === 0 ? (
        <p>{W.noSpare}</p>
      ) : (
        <ul class="reasons">
          {reasons.spare.map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Why the last change was not made (the cohort it led to is not valid): the plan stays. */
function Rejected({ store }: { store: Store }) {
  const lang = store.lang.value;
  const rejected = store.rejected.value;
  if (rejected === null) return null;
  return (
    <div role="alert" class="problems">
      <p>{WORDS[lang].rejected}</p>
      <ul>
        {rejected.map((t) => (
          <li key={t.en}>{t[lang]}</li>
        ))}
      </ul>
    </div>
  );
}

function PairsTable({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const { result } = store.solved.value!;
  const [shown, setShown] = useState(ROWS_SHOWN);
  const formed = new Set((store.changes.value?.formed ?? []).map(pairKey));
  const byHand = new Set(
    store.decisions.value
      .filter((d) => d.kind === "lock")
      .map((d) => `${d.mentor}\u0000${d.adept}`),
  );
  if (result.pairs.length === 0) return <p>{W.noPairs}</p>;
  const rows = result.pairs.slice(0, shown);
  const more = result.pairs.length - rows.length;
  return (
    <div class="scroll">
      <table class="pairs" id="pairs">
        <caption>{W.pairsCaption(result.pairs.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{W.mentor}</th>
            <th scope="col">{W.adept}</th>
            <th scope="col" class="num">
              {W.totalShort}
            </th>
            {criteriaOf(result.audit.weights).map((c) => (
              <th scope="col" class="num" key={c}>
                {W.criteria[c]}
              </th>
            ))}
            <th scope="col">{W.notes}</th>
            <th scope="col">{W.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <PairRow
              key={pairKey(p)}
              pair={p}
              weights={result.audit.weights}
              store={store}
              formed={formed.has(pairKey(p))}
              byHand={byHand.has(pairKey(p))}
            />
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <button type="button" onClick={() => setShown(shown + ROWS_SHOWN)}>
          {W.showMore(Math.min(more, ROWS_SHOWN))}
        </button>
      )}
    </div>
  );
}

function PairRow(props: {
  pair: MatchedPair;
  weights: Weights;
  store: Store;
  formed: boolean;
  byHand: boolean;
}) {
  const { pair: p, store, formed } = props;
  const lang = store.lang.value;
  const W = WORDS[lang];
  const notes = [
    ...(p.locked ? [W.locked] : []),
    ...(formed ? [W.formed] : []),
    ...(p.softViolations.length > 0
      ? [`${W.breaks}: ${p.softViolations.map((r) => W.rulesNames[r].toLowerCase()).join(", ")}`]
      : []),
  ];
  const pair = { mentor: p.mentorId, adept: p.adeptId };
  return (
    <tr class={formed ? "formed" : undefined}>
      <th scope="row">{p.mentorId}</th>
      <td>{p.adeptId}</td>
      <td class="num">
        <strong>{num(p.score, lang)}</strong>
      </td>
      {criteriaOf(props.weights).map((c) => (
        <td class="num" key={c}>
          {Math.round((p.criteria[c] ?? 0.5) * 100)}
        </td>
      ))}
      <td>{notes.join("; ")}</td>
      <td class="actions">
        {p.locked ? (
          <button
            type="button"
            aria-label={W.unlockPair(p.mentorId, p.adeptId)}
            onClick={() => store.decide({ kind: "unlock", ...pair })}
          >
            {W.unlock}
          </button>
        ) : (
          <>
            <button
              type="button"
              aria-label={W.lockPair(p.mentorId, p.adeptId)}
              onClick={(e) => {
                asking.value = { kind: "lock", ...pair, from: e.currentTarget };
              }}
            >
              {W.lock}
            </button>
            <button
              type="button"
              aria-label={W.forbidPair(p.mentorId, p.adeptId)}
              onClick={(e) => {
                asking.value = { kind: "forbid", ...pair, from: e.currentTarget };
              }}
            >
              {W.forbid}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
