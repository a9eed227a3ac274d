// A strength meter under every field for a new password (ASVS 2.1.8), said politely as it changes (role status).
// The field names its levels in the page's language (data-strength-levels: too short, weak, fair, strong, split by
// "|") and its label (data-strength-label). The estimate is the entropy of the password's length over the kinds of
// characters it uses, with repeated characters counted little: a guide towards a longer password, not a judge; the
// server's rules (length, common passwords) decide. Without script there is no meter and nothing else changes.
(function () {
    'use strict';
    var MIN_LENGTH = 12;
    var WEAK_BELOW_BITS = 50;
    var FAIR_BELOW_BITS = 75;

    function poolOf(characters) {
        var kinds = [[/[a-z]/, 26], [/[A-Z]/, 26], [/[0-9]/, 10], [/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, 33],
            [/[^\x00-\x7f]/, 100]];
        return kinds.reduce(function (pool, kind) {
            return characters.some(function (c) { return kind[0].test(c); }) ? pool + kind[1] : pool;
        }, 0);
    }

    function level(password) {
        var characters = Array.from(password);
        if (characters.length < MIN_LENGTH) {
            return 0;
        }
        // A character used again adds little: twice the distinct characters at most count.
        var distinct = new Set(characters).size;
        var bits = Math.min(characters.length, 2 * distinct) * Math.log2(poolOf(characters));
        return bits < WEAK_BELOW_BITS ? 1 : bits < FAIR_BELOW_BITS ? 2 : 3;
    }

    document.querySelectorAll('input[data-strength-levels]').forEach(function (field) {
        var levels = field.getAttribute('data-strength-levels').split('|');
        var label = field.getAttribute('data-strength-label');
        var meter = document.createElement('span');
        meter.id = field.id + '-strength';
        meter.className = 'password-strength';
        meter.setAttribute('role', 'status');
        field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + meter.id).trim());
        field.insertAdjacentElement('afterend', meter);
        field.addEventListener('input', function () {
            var at = level(field.value);
            meter.textContent = field.value ? label + ': ' + levels[at] : '';
            meter.setAttribute('data-level', field.value ? String(at) : '');
        });
    });
}());
