// dist/caremode.classic.js is a classic script for templates that cannot add a module script:
// <script src=".../caremode.classic.js" data-locale="vi"></script>. It loads caremode.js beside
// it and exports nothing; imported as a module it does nothing (it needs document.currentScript).
export {};
