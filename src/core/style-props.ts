/**
 * `styleProps({...})`: sets inline style properties through the CSSOM (`style.setProperty`),
 * never through a `style` attribute. Lit's `styleMap` writes the attribute on first render,
 * which a `style-src 'self'` Content-Security-Policy blocks.
 *
 *   html`<span class="swatch" ${styleProps({ background: color, '--rb-ratio': '0.5' })}></span>`
 */
import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes in an element position: <div ${styleProps({...})}>');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === '') continue;
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(name, String(value));
      next.add(name);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
