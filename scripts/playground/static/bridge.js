/*
 * The playground's stand-in for Apps Script's client API, loaded into the sidebar before its own script.
 * `google.script.run` is chainable (withSuccessHandler, withFailureHandler, withUserObject) and calls any
 * server function by name: it POSTs `{ name, arg }` to /api/run, where the real server code runs in the
 * emulator, and calls the success or failure handler later (never synchronously), as Apps Script does.
 * Arguments follow google.script.run's rules: JSON-like values only (a Date or a function is refused).
 * After each call it tells the page (its parent) that the workbook may have changed.
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

  function tellPage() {
    if (window.parent !== window) window.parent.postMessage({ type: 'radlist:changed' }, location.origin);
  }

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
              tellPage();
              if (onSuccess) onSuccess(result, userObject);
            },
            (error) => {
              tellPage();
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
