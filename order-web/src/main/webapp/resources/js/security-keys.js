// Security keys (WebAuthn, ASVS 2.3.2): a button with data-webauthn="create" registers a new key, one with
// data-webauthn="get" signs in with one. The server's options come in the button's data-options (JSON, binary values
// as URL-safe Base64, the challenge new for this page); the browser's answer goes into the form's hidden fields
// marked data-webauthn-field, and the form is sent as any Faces form, through its hidden submit button. A browser
// without WebAuthn keeps the page's note (.webauthn-unsupported) and never sees the button.
(function () {
    'use strict';

    function bytes(base64Url) {
        var base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
        var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
        return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
    }

    function base64Url(buffer) {
        var binary = String.fromCharCode.apply(null, new Uint8Array(buffer));
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function keys(ids) {
        return ids.map(function (id) { return {type: 'public-key', id: bytes(id)}; });
    }

    function creation(options) {
        return {
            challenge: bytes(options.challenge),
            rp: {id: options.rpId, name: options.rpName},
            user: {id: bytes(options.userHandle), name: options.userName, displayName: options.userDisplayName},
            pubKeyCredParams: options.algorithms.map(function (alg) { return {type: 'public-key', alg: alg}; }),
            excludeCredentials: keys(options.excludeCredentials),
            authenticatorSelection: {userVerification: 'preferred'},
            attestation: 'none',
            timeout: 120000
        };
    }

    function request(options) {
        return {
            challenge: bytes(options.challenge),
            rpId: options.rpId,
            allowCredentials: keys(options.allowCredentials),
            userVerification: 'preferred',
            timeout: 120000
        };
    }

    function answerOf(credential) {
        var response = credential.response;
        return {
            credentialId: credential.rawId,
            clientDataJSON: response.clientDataJSON,
            attestationObject: response.attestationObject,
            authenticatorData: response.authenticatorData,
            signature: response.signature
        };
    }

    function say(form, text) {
        var error = form.querySelector('.webauthn-error');
        if (!error) {
            error = document.createElement('span');
            error.className = 'field-error webauthn-error';
            error.setAttribute('role', 'alert');
            form.appendChild(error);
        }
        error.textContent = text;
    }

    if (!window.PublicKeyCredential || !navigator.credentials) {
        return;
    }
    document.querySelectorAll('button[data-webauthn]').forEach(function (button) {
        var form = button.form;
        form.querySelectorAll('.webauthn-unsupported').forEach(function (note) { note.hidden = true; });
        button.hidden = false;
        button.addEventListener('click', function () {
            if (!form.reportValidity()) {
                return;
            }
            var options = JSON.parse(button.getAttribute('data-options'));
            var asked = button.getAttribute('data-webauthn') === 'create'
                ? navigator.credentials.create({publicKey: creation(options)})
                : navigator.credentials.get({publicKey: request(options)});
            asked.then(function (credential) {
                var answer = answerOf(credential);
                form.querySelectorAll('[data-webauthn-field]').forEach(function (field) {
                    field.value = base64Url(answer[field.getAttribute('data-webauthn-field')]);
                });
                form.querySelector('.webauthn-submit').click();
            }).catch(function () {
                // Cancelled, timed out, or no key of this account: the browser tells no more, nor do we.
                say(form, button.getAttribute('data-failed'));
            });
        });
    });
}());
