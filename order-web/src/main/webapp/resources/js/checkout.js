// Shows the delivery price and the total of the delivery method the customer has just chosen, without sending
// the form. Both prices come with the page (data-courier, data-pickup_point); the server prices the order again
// when it is placed, so this only keeps the review honest in the meantime.
document.addEventListener('DOMContentLoaded', function () {
    var prices = [document.getElementById('delivery-price'), document.getElementById('total')];
    document.querySelectorAll('input[name="checkout:deliveryMethod"]').forEach(function (radio) {
        radio.addEventListener('change', function () {
            prices.forEach(function (element) {
                var text = element && element.dataset[radio.value.toLowerCase()];
                if (radio.checked && text) {
                    element.textContent = text;
                }
            });
        });
    });
});
