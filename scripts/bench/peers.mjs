// The peers, bundled for the browser by esbuild (run.mjs): compromise and
// wink-nlp with its lite web model, from npm (devDependencies, never shipped).
import compromise from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model);
globalThis.peers = { compromise, wink: { nlp, its: nlp.its } };
