// The header's menu is a <details> disclosure, which opens and closes without this script. On a wide screen the
// stylesheet shows its contents in the header's row anyway; this keeps the element open there too, so that it is
// open for assistive technology and automation as it is to the eye, and starts it closed again on a narrow one.
(function () {
    'use strict';
    var wide = window.matchMedia('(min-width: 960px)');
    function sync() {
        document.querySelectorAll('details.site-menu').forEach(function (menu) {
            menu.open = wide.matches;
        });
    }
    sync();
    wide.addEventListener('change', sync);
}());
