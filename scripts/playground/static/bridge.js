/*
 * The playground's stand-in for Apps Script's client API, loaded into the sidebar before its own script.
 * `google.script.run` is chainable (withSuccessHandler, withFailureHandler, withUserObject) and calls any
 * server function by name: it POSTs `{ name, arg }` to /api/run, where the real server code runs in the
 * emulator, and calls the success or failure handler later (never synchronously), as Apps Script does.
 * Arguments follow google.script.run's rules: JSON-like values only (a Date or a function is refused).
 * After each call it tells the page (its parent) that the workbook may have changed, and after a share what
 * was "shared" (sharing is simulated here). Links the sidebar shows are kept inside the playground: a shared
 * file's link opens that file in the playground's grid, and a help link opens the docs page the playground
 * serves (/docs/NAME), since neither Google Drive nor RadList's website is reachable from here.
 */
(() => {
  function refusal(value, depth) {
    if (depth > 50) return 'The argument is nested too deeply.';
    if (typeof value === 'function') return 'Functions cannot be sent to the server.';
    if (Object.prototype.toString.call(value) === '[object Date]')
      return 'Dates cannot be sent to the server.';
    if (typeof value === 'bigint' || typeof value === 'symbol')
      return `A ${typeof value} cannot be sent to the server.`;
    if (value && typeof value === 'object') {
      if (typeof Node !== 'undefined' && value instanceof Node && !(value instanceof HTMLFormElement)) {
        return 'Page elements cannot be sent to the server.';
      }
      for (const key of Object.keys(value)) {
        const problem = refusal(value[key], depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  }

  function tellPage(message = { type: 'radlist:changed' }) {
    if (window.parent !== window) window.parent.postMessage(message, location.origin);
  }

  const SHARED_FILE = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([\w-]+)/;

  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link) return;
      const href = link.getAttribute('href') ?? '';
      const shared = SHARED_FILE.exec(href);
      if (shared) {
        event.preventDefault();
        tellPage({ type: 'radlist:open-shared', id: shared[1] });
        return;
      }
      let page = null;
      try {
        const url = new URL(href);
        if (url.origin !== location.origin && /^\/[a-z][a-z-]{0,40}$/.test(url.pathname)) page = url.pathname;
      } catch {
        page = null;
      }
      if (page) {
        event.preventDefault();
        window.open(`/docs${page}`, '_blank', 'noopener');
      }
    },
    true,
  );

  async function callServer(name, args) {
    const problem = args.map((arg) => refusal(arg, 0)).find(Boolean);
    if (problem) throw new Error(problem);
    const response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, arg: args[0] }),
    });
    let answer;
    try {
      answer = await response.json();
    } catch {
      throw new Error(`The playground server answered ${response.status} without a result.`);
    }
    if (!answer.ok) throw new Error(answer.error?.message ?? 'The server function failed.');
    return answer.result;
  }

  function runner(onSuccess, onFailure, userObject) {
    const chain = {
      withSuccessHandler: (handler) => runner(handler, onFailure, userObject),
      withFailureHandler: (handler) => runner(onSuccess, handler, userObject),
      withUserObject: (object) => runner(onSuccess, onFailure, object),
    };
    return new Proxy(chain, {
      get(target, property) {
        if (typeof property !== 'string') return undefined;
        if (Object.hasOwn(target, property)) return target[property];
        return (...args) => {
          callServer(property, args).then(
            (result) => {
              tellPage({ type: 'radlist:changed', name: property });
              if (property === 'shareList')
                tellPage({ type: 'radlist:shared', result, request: args[0] ?? {} });
              if (onSuccess) onSuccess(result, userObject);
            },
            (error) => {
              tellPage({ type: 'radlist:changed', name: property });
              if (onFailure) onFailure(error, userObject);
              else console.error(`google.script.run.${property} failed:`, error.message);
            },
          );
        };
      },
    });
  }

  const host = {
    origin: location.origin,
    close() {},
    setHeight() {},
    setWidth() {},
    editor: { focus() {} },
  };

  window.google = {
    script: {
      get run() {
        return runner(null, null, undefined);
      },
      host,
    },
  };
})();
