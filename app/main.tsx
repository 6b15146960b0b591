/**
 * The coordinator's page: starts the engine worker from the code inlined in the page and shows
 * the app. Built into one self-contained HTML file by `app/build.ts`.
 */
import { render } from "preact";
import type { Lang } from "./protocol.js";
import { createStore } from "./state.js";
import { App } from "./ui/App.js";

/** The worker's bundled code, put here by the build (see `app/build.ts`). */
declare const __MENTORPAIR_WORKER__: string;

const url = URL.createObjectURL(new Blob([__MENTORPAIR_WORKER__], { type: "text/javascript" }));
const lang: Lang = /^sv\b/iu.test(navigator.language) ? "sv" : "en";
document.documentElement.lang = lang;
const store = createStore(url, lang);
const root = document.getElementById("app");
if (root !== null) render(<App store={store} />, root);
