/**
 * Emulated HtmlService: HTML outputs built from strings or from the built `<distDir>/<name>.html` files,
 * templates (evaluated as plain HTML; RadList uses no scriptlets) and the SandboxMode / XFrameOptionsMode
 * enums. Every call is counted under the `Html` group first, so faults can be injected.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CallCounter } from '../counter.ts';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

/** One HTML page as the add-on builds it (what `Ui.showSidebar` receives). */
export class FakeHtmlOutput {
  private title = '';
  private width = 300;
  private height = 400;
  private sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly counter: CallCounter,
    private content: string,
  ) {}

  private call(method: string): void {
    this.counter.record('Html', `HtmlOutput.${method}`);
  }

  setTitle(title: string): FakeHtmlOutput {
    this.call('setTitle');
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    this.call('getTitle');
    return this.title;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.call('setWidth');
    this.width = width;
    return this;
  }
  getWidth(): number {
    this.call('getWidth');
    return this.width;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.call('setHeight');
    this.height = height;
    return this;
  }
  getHeight(): number {
    this.call('getHeight');
    return this.height;
  }
  getContent(): string {
    this.call('getContent');
    return this.content;
  }
  setContent(content: string): FakeHtmlOutput {
    this.call('setContent');
    this.content = String(content);
    return this;
  }
  append(addedContent: string): FakeHtmlOutput {
    this.call('append');
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): FakeHtmlOutput {
    this.call('appendUntrusted');
    this.content += String(addedContent).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  setSandboxMode(mode: string): FakeHtmlOutput {
    this.call('setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): FakeHtmlOutput {
    this.call('setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.call('addMetaTag');
    this.metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(_url: string): FakeHtmlOutput {
    this.call('setFaviconUrl');
    return this;
  }

  /** Test-side view (not counted). */
  snapshot(): { title: string; html: string; width: number; height: number; sandboxMode: string } {
    const { title, content: html, width, height, sandboxMode } = this;
    return { title, html, width, height, sandboxMode };
  }
}

/** A template; `evaluate()` returns its HTML unchanged (scriptlets are not emulated). */
export class FakeHtmlTemplate {
  constructor(
    private readonly counter: CallCounter,
    private readonly raw: string,
  ) {}
  evaluate(): FakeHtmlOutput {
    this.counter.record('Html', 'HtmlTemplate.evaluate');
    return new FakeHtmlOutput(this.counter, this.raw);
  }
  getRawContent(): string {
    this.counter.record('Html', 'HtmlTemplate.getRawContent');
    return this.raw;
  }
}

/**
 * Builds the HtmlService global for one emulator.
 *
 * @param counter - the shared call counter
 * @param distDir - folder holding the built `.html` files
 * @returns the HtmlService object the add-on sees
 * @example createHtmlService(counter, 'dist').createHtmlOutputFromFile('Sidebar').getContent()
 */
export function createHtmlService(counter: CallCounter, distDir: string) {
  const readFile = (method: string, name: string): string => {
    counter.record('Html', `HtmlService.${method}`);
    const base = String(name).replace(/\.html$/, '');
    const file = path.join(distDir, `${base}.html`);
    if (!/^[\w\- ./]+$/.test(base) || !fs.existsSync(file)) {
      throw new Error(`No HTML file named ${name} was found.`);
    }
    return fs.readFileSync(file, 'utf8');
  };
  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html = ''): FakeHtmlOutput {
      counter.record('Html', 'HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(counter, String(html));
    },
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      return new FakeHtmlOutput(counter, readFile('createHtmlOutputFromFile', name));
    },
    createTemplate(html: string): FakeHtmlTemplate {
      counter.record('Html', 'HtmlService.createTemplate');
      return new FakeHtmlTemplate(counter, String(html));
    },
    createTemplateFromFile(name: string): FakeHtmlTemplate {
      return new FakeHtmlTemplate(counter, readFile('createTemplateFromFile', name));
    },
  };
}
