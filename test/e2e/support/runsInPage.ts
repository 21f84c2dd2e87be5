// What the helpers that look inside the app need: something that runs a function in its page, be it
// playwright's Page (the Chromium suite) or a Phone on any engine (test/e2e/engines).

export interface RunsInPage {
  /** `fn` is sent into the page as source text: it may use nothing from outside its own body. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>
}
