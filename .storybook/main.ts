import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The demo portal (docs/demo) with the built drop-in beside it, at the same paths as in the
  // repository, so the page's own relative links work here and when served from the root.
  staticDirs: [
    { from: '../docs/demo', to: '/docs/demo' },
    { from: '../packages/drop-in/dist', to: '/packages/drop-in/dist' },
  ],
  async viteFinal(viteConfig) {
    // Stories import the packages' TypeScript sources (the `source` export condition), so
    // Storybook shows the code being edited without a build step.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'browser', 'module', 'import', 'default'];
    return viteConfig;
  },
};
export default config;
