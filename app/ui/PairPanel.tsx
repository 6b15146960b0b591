import { num, WORDS } from "../i18n.js";
import type { Store } from "../state.js";
import { asking } from "./Dialog.js";

/** The selected pair: its explanation, the exact loss of forcing it, and the adept's alternatives. */
export function PairPanel({ store }: { store: Store }) {
  const lang = store.lang.value;
  const W = WORDS[lang];
  const sel = store.selection.value;
  const e = store.explanation.value;
  const alts = store.alternatives.value;
  const pair = sel === null ? null : { mentor: sel.mentor, adept: sel.adept };
  const forbidden = e?.blockedBy.some((b) => b.rule === "exclusion") === true;
  const mine = alts?.find((x) => x.adeptId === sel?.adept);
  return (
    <section class="panel" aria-live="polite" aria-labelledby="panel-h">
      {sel === null || pair === null ? (
        <p id="panel-h">{W.pickPair}</p>
      ) : (
        <>
          <h3 id="panel-h">{W.pairHeading(sel.mentor, sel.adept)}</h3>
          {e === null ? (
            <p>{W.stage.explain}…</p>
          ) : (
            <>
              <p class="pair-status" data-testid="pair-status">
                <strong>{W.status[e.status]}</strong> · {num(e.score, lang)} / 100
                {e.loss !== null && e.status !== "chosen" && (
                  <> · {W.loss(num(e.loss.totalScore, lang, 2), e.loss.matched)}</>
                )}
              </p>
              <div class="explanation" data-testid="pair-text">
                {e.text.split("\n\n").map((t) => (
                  <p key={t}>{t}</p>
                ))}
              </div>
              <div class="buttons">
                {e.locked ? (
                  <button type="button" onClick={() => store.decide({ kind: "unlock", ...pair })}>
                    {W.unlockPair(sel.mentor, sel.adept)}
                  </button>
                ) : (
                  e.allowed &&
                  e.status !== "conflicts-with-lock" && (
                    <button
                      type="button"
                      onClick={(ev) => {
                        asking.value = { kind: "lock", ...pair, from: ev.currentTarget };
                      }}
                    >
                      {W.lockPair(sel.mentor, sel.adept)}
                    </button>
                  )
                )}
                {e.allowed && !e.locked && (
                  <button
                    type="button"
                    onClick={(ev) => {
                      asking.value = { kind: "forbid", ...pair, from: ev.currentTarget };
                    }}
                  >
                    {W.forbidPair(sel.mentor, sel.adept)}
                  </button>
                )}
                {forbidden && (
                  <button type="button" onClick={() => store.decide({ kind: "allow", ...pair })}>
                    {W.allow}
                  </button>
                )}
              </div>
            </>
          )}
          <h4>{W.alternativesHeading(sel.adept)}</h4>
          {alts === undefined ? (
            <p>{W.working}…</p>
          ) : alts === null ? (
            <p class="muted">{W.alternativesSkipped}</p>
          ) : mine === undefined || mine.locked ? (
            <p>{W.alternativesLocked}</p>
          ) : (
            <ul class="alternatives">
              <li>
                {mine.mentorId === null
                  ? W.notMatched
                  : `${mine.mentorId} (${num(mine.score ?? 0, lang)}): ${W.inPlan}`}
              </li>
              {mine.alternatives.length === 0 && <li>{W.alternativesNone}</li>}
              {mine.alternatives.map((x) => (
                <li key={x.mentorId}>
                  <button
                    type="button"
                    class="link"
                    onClick={() => store.select({ mentor: x.mentorId, adept: sel.adept })}
                  >
                    {x.mentorId} ({num(x.score, lang)})
                  </button>
                  : {W.loss(num(x.loss.totalScore, lang, 2), x.loss.matched)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
