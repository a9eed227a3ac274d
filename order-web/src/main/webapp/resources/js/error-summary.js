// The form was refused: take the keyboard and the screen reader to the summary of what is wrong, and let each of
// its links put the cursor into the field it names (a link alone would only scroll there).
document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    summary.focus();
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
        link.addEventListener('click', function (event) {
            var target = document.getElementById(decodeURIComponent(link.hash.substring(1)));
            var field = target && (target.matches('input, select, textarea') ? target
                : target.querySelector('input:checked, input, select, textarea'));
            if (field) {
                event.preventDefault();
                field.scrollIntoView({block: 'center'});
                field.focus();
            }
        });
    });
});
