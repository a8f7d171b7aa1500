/** axe-core in the test page (a UMD script, loaded once as a classic script). */
export interface AxeViolation {
  id: string;
  impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  nodes: { target: string[] }[];
}

export interface Axe {
  run(context: Element, options: object): Promise<{ violations: AxeViolation[] }>;
}

export async function loadAxe(): Promise<Axe> {
  const w = window as { axe?: Axe };
  if (!w.axe) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  return w.axe!;
}
