export { requirements, type CareTextScale } from './requirements.js';
export { themes, forcedColors, type CareColors, type CareThemeName, type ColorName } from './themes.js';
export { textPairs, nonTextPairs, type ColorPair } from './pairs.js';
export { tokensCss } from './tokens-css.js';
export { hostCss } from './host-css.js';
export { buildHostCss } from './build-host-css.js';
export { buildTokensCss, colorDeclarations } from './build-tokens-css.js';
export { contrastRatio, luminance } from './contrast.js';
