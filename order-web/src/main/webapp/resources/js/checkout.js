// The checkout follows the delivery method the customer has just chosen, without sending the form:
// - only that method's fields are shown (a pickup point or a courier address);
// - the review shows its delivery price and total. Both prices come with the page (data-courier,
//   data-pickup_point); the server prices the order again when it is placed, so this only keeps the review honest.
document.addEventListener('DOMContentLoaded', function () {
    var prices = [document.getElementById('delivery-price'), document.getElementById('total')];
    var radios = document.querySelectorAll('input[name="checkout:deliveryMethod"]');

    function follow(method) {
        document.querySelectorAll('.delivery-fields').forEach(function (fields) {
            fields.hidden = fields.dataset.delivery !== method;
        });
        prices.forEach(function (element) {
            var text = element && element.dataset[method.toLowerCase()];
            if (text) {
                element.textContent = text;
            }
        });
    }

    radios.forEach(function (radio) {
        radio.addEventListener('change', function () {
            if (radio.checked) {
                follow(radio.value);
            }
        });
        if (radio.checked) {
            follow(radio.value);
        }
    });
});
