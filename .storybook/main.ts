import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Stories import the packages' TypeScript sources (the `source` export condition), so
    // Storybook shows the code being edited without a build step.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'browser', 'module', 'import', 'default'];
    return viteConfig;
  },
};
export default config;
