/**
 * What the e2e scenarios need from a browser. Chromium is driven by playwright-core (CDP), Firefox by
 * puppeteer-core (WebDriver BiDi); the same scenarios run on both through this interface. Every
 * click and key press here is real input (trusted events), as a person's would be.
 */
export interface PageDriver {
  readonly browserName: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Real click on the page element with `data-testid`. */
  clickTestId(testId: string): Promise<void>;
  /** Makes this the tab the person looks at (a background tab's timers are throttled, as a hidden tab's are). */
  bringToFront(): Promise<void>;
  /** Real key press on whatever has focus. */
  press(key: string): Promise<void>;
  /** Waits until the warning dialog is visible; throws after `timeout`. */
  waitForWarning(timeout?: number): Promise<void>;
  warningVisible(): Promise<boolean>;
  /** The dialog's rendered text (innerText), or null when there is none. */
  warningText(): Promise<string | null>;
  /** Real click on the warning's button with this accessible name; waits until it is enabled. */
  clickWarningButton(name: string): Promise<void>;
  /** Text of the element focused inside the warning. */
  focusedInWarning(): Promise<string | null>;
  /**
   * Runs a function in the frame that shows the warning, on its `alertdialog` element (null when there is none).
   * The warning is an extension page framed in the top frame (or, when that page cannot load, an open shadow root in
   * the page): this is how tests reach it, as the page itself cannot. The function is serialised: it sees no closure.
   */
  inWarning<T, A = undefined>(fn: (dialog: HTMLElement | null, arg: A) => T, arg?: A): Promise<T>;
  /** Runs a classic script (axe-core's source) in the frame that shows the warning. */
  scriptInWarning(source: string): Promise<void>;
  /** Runs a function in the page's subframe whose URL starts with `urlPrefix` (a cross-origin frame included). */
  evaluateInFrame<T, A = undefined>(urlPrefix: string, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  /** Real mouse click at viewport coordinates (CSS pixels). */
  mouseClick?(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly browserName: 'chromium' | 'firefox';
  newPage(): Promise<PageDriver>;
  /** Stops the extension's background worker (where the browser allows it); false when it cannot. */
  stopWorker(): Promise<boolean>;
  /**
   * Runs a function in the extension's background context (service worker), where the browser's
   * automation allows it; null when it cannot (Firefox over WebDriver BiDi).
   */
  evaluateInBackground?<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Opens an extension page (popup.html, options.html) as a tab; it may still be loading: wait for it to be ready. */
  openExtensionPage(path: string): Promise<PageDriver>;
  /** How many tabs are open in this browser (to see whether a page made the extension open one). */
  tabCount?(): Promise<number>;
  close(): Promise<void>;
}
