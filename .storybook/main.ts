import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample documents (demo/data) are served at data/…, the JSON Schemas at schema/… (stories
  // use relative URLs, so the built Storybook works under any path).
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../schema', to: '/schema' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (config) => {
    config.define = { ...(config.define ?? {}), 'process.env.NODE_ENV': JSON.stringify('development') };
    return config;
  },
};
export default config;
