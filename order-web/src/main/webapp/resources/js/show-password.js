// Every password field gets a "Show password" toggle (ASVS 2.1.12): a long password is easier to type right when
// it can be checked. A toggle button with aria-pressed, so assistive technology hears its state; its label comes from
// the page (the body's data-show-password), in the page's language. The field is masked again before its form is
// sent, so that browsers still offer to save the password. Without script the fields stay as they were.
(function () {
    'use strict';
    var label = document.body.getAttribute('data-show-password');
    if (!label) {
        return;
    }
    document.querySelectorAll('input[type="password"]').forEach(function (field) {
        var toggle = document.createElement('button');
        toggle.type = 'button';
        toggle.className = 'show-password link-button';
        toggle.textContent = label;
        toggle.setAttribute('aria-controls', field.id);
        toggle.setAttribute('aria-pressed', 'false');
        toggle.addEventListener('click', function () {
            var shown = field.type === 'password';
            field.type = shown ? 'text' : 'password';
            toggle.setAttribute('aria-pressed', String(shown));
        });
        field.insertAdjacentElement('afterend', toggle);
        if (field.form) {
            field.form.addEventListener('submit', function () {
                field.type = 'password';
                toggle.setAttribute('aria-pressed', 'false');
            });
        }
    });
}());
