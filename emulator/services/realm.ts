/**
 * The boundary between the emulator (this Node realm) and the add-on's `node:vm` context (its own realm).
 * Data crossing in — arrays, plain data objects, Dates, Errors — is rebuilt from the context's own
 * constructors, so `Array.isArray`, `instanceof Date`, `instanceof Error` and zod behave in the add-on as in
 * Apps Script. Service objects (class instances, objects holding methods, functions) cross as Proxies that
 * convert every argument back out and every result in; a proxy passed back to a service is unwrapped to the
 * original. Host errors reach the add-on with `name` `Exception`, as Apps Script's service errors do.
 */

/** The context's own constructors, read with `vm.runInContext('({ Array, Object, Date, Error })', ctx)`. */
export interface RealmIntrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

type HostFunction = (...args: unknown[]) => unknown;

const tag = (value: object): string => Object.prototype.toString.call(value);

const isPlain = (value: object, objectProto: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === objectProto || proto === null;
};

export class Membrane {
  private readonly proxyOf = new WeakMap<object, object>();
  private readonly targetOf = new WeakMap<object, object>();
  /** Host calls under way (a service that calls back into the context nests one inside another). */
  private depth = 0;

  /**
   * @param realm - the context's own constructors
   * @param onHostCpu - told the process CPU time (µs, user + system) each outermost host call took, its
   *   arguments and result converted included: the emulator's own work, which Apps Script does on Google's
   *   side (the bench leaves it out of the add-on's compute)
   */
  constructor(
    private readonly realm: RealmIntrinsics,
    private readonly onHostCpu?: (used: NodeJS.CpuUsage) => void,
  ) {}

  /** Converts a host value into the context's realm. */
  inward(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const obj = value as object;
    if (this.targetOf.has(obj)) return obj;
    if (typeof value === 'function') return this.wrap(obj);
    if (tag(obj) === '[object Date]') return new this.realm.Date(Date.prototype.getTime.call(obj));
    if (Array.isArray(obj)) {
      const copy = new this.realm.Array();
      for (const item of obj) copy.push(this.inward(item));
      return copy;
    }
    if (obj instanceof Error) return this.inwardError(obj);
    if (isPlain(obj, Object.prototype) && !Object.values(obj).some((v) => typeof v === 'function')) {
      const copy = new this.realm.Object() as Record<string, unknown>;
      for (const [key, item] of Object.entries(obj)) copy[key] = this.inward(item);
      return copy;
    }
    return this.wrap(obj);
  }

  /** Converts a context value back into this realm (and unwraps service proxies). */
  outward(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const obj = value as object;
    const target = this.targetOf.get(obj);
    if (target) return target;
    if (typeof value === 'function') return value;
    if (tag(obj) === '[object Date]') return new Date(Date.prototype.getTime.call(obj));
    if (Array.isArray(obj)) return obj.map((item) => this.outward(item));
    if (isPlain(obj, this.realm.Object.prototype) || isPlain(obj, Object.prototype)) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(obj)) copy[key] = this.outward(item);
      return copy;
    }
    return value;
  }

  /** A host error rebuilt in the context (message kept; a plain `Error` becomes an `Exception`). */
  inwardError(error: Error): Error {
    const copy = new this.realm.Error(error.message);
    copy.name = error.name === 'Error' ? 'Exception' : error.name;
    return copy;
  }

  /** A context error (or any thrown value) rebuilt in this realm. */
  outwardError(thrown: unknown): Error {
    if (thrown !== null && typeof thrown === 'object' && 'message' in thrown) {
      const source = thrown as { message: unknown; name?: unknown; stack?: unknown };
      const error = new Error(String(source.message), { cause: thrown });
      error.name = typeof source.name === 'string' ? source.name : 'Error';
      if (typeof source.stack === 'string') error.stack = source.stack;
      return error;
    }
    return new Error(String(thrown), { cause: thrown });
  }

  /** Calls a host function with context arguments, converting both ways. */
  private call(fn: HostFunction, thisArg: unknown, args: unknown[]): unknown {
    const began = this.onHostCpu && this.depth === 0 ? process.cpuUsage() : null;
    this.depth += 1;
    try {
      let result: unknown;
      try {
        result = Reflect.apply(
          fn,
          this.outward(thisArg),
          args.map((a) => this.outward(a)),
        );
      } catch (error) {
        throw error instanceof Error ? this.inwardError(error) : error;
      }
      return this.inward(result);
    } finally {
      this.depth -= 1;
      if (began) this.onHostCpu!(process.cpuUsage(began));
    }
  }

  /** A proxy over a host object or function; its own properties are read through to the original. */
  private wrap(original: object): object {
    const cached = this.proxyOf.get(original);
    if (cached) return cached;
    const shadow = typeof original === 'function' ? () => undefined : {};
    const membrane = this;
    const proxy = new Proxy(shadow, {
      get(_s, prop) {
        if (typeof prop === 'symbol') return undefined;
        try {
          return membrane.inward(Reflect.get(original, prop, original));
        } catch (error) {
          throw error instanceof Error ? membrane.inwardError(error) : error;
        }
      },
      set(_s, prop, value) {
        return Reflect.set(original, prop, membrane.outward(value));
      },
      has: (_s, prop) => prop in original,
      ownKeys: () => Reflect.ownKeys(original).filter((k) => typeof k === 'string'),
      getOwnPropertyDescriptor(_s, prop) {
        const own = Reflect.getOwnPropertyDescriptor(original, prop);
        if (!own) return undefined;
        return {
          configurable: true,
          enumerable: own.enumerable,
          writable: true,
          value: membrane.inward(Reflect.get(original, prop)),
        };
      },
      apply: (_s, thisArg, args) => membrane.call(original as HostFunction, thisArg, args),
    });
    this.proxyOf.set(original, proxy);
    this.targetOf.set(proxy, original);
    return proxy;
  }
}
