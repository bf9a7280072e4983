// dist/caremode.css, the tokens and host stylesheet for a <link rel="stylesheet"> (care mode
// painted before any script runs), or for a bundler's CSS import:
// import '@caremode/drop-in/caremode.css'. It exports nothing to scripts.
export {};
