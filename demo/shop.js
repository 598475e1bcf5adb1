/**
 * The demo shop's only script, shared by every page and loaded from a file (no inline handlers)
 * so the shop works under a strict Content-Security-Policy. It shows where a retail site asks
 * for feedback: right after a step is done, never while the shopper is busy (the checkout form).
 */
const BASKET_KEY = 'acme-outdoor-basket';
const PRICE = 249;
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** The queueing stub from the page's snippet, or the widget once it has loaded. */
const feelback = (...args) => window.feelback?.(...args);

/** Session storage can be switched off or full; the shop then forgets the basket, nothing breaks. */
const basket = {
  memory: 0,
  get count() {
    try {
      return Number(sessionStorage.getItem(BASKET_KEY)) || 0;
    } catch {
      return this.memory;
    }
  },
  set count(value) {
    this.memory = value;
    try {
      sessionStorage.setItem(BASKET_KEY, String(value));
    } catch {
      // Kept in memory for this page only.
    }
  },
};

function showBasket() {
  const count = basket.count;
  for (const element of document.querySelectorAll('[data-basket-count]')) element.textContent = String(count);
  for (const element of document.querySelectorAll('[data-basket-total]')) {
    element.textContent = money.format(count * PRICE);
  }
}

function productPage() {
  const button = document.getElementById('add-to-basket');
  const status = document.getElementById('basket-status');
  const viewBasket = document.getElementById('view-basket');
  button.addEventListener('click', () => {
    basket.count += 1;
    showBasket();
    const count = basket.count;
    status.textContent = `Added. Your basket has ${count} ${count === 1 ? 'tent' : 'tents'}.`;
    viewBasket.hidden = false;
    feelback('step', 'added_to_basket');
  });
}

function basketPage() {
  const empty = basket.count === 0;
  document.getElementById('basket-empty').hidden = !empty;
  document.getElementById('basket-full').hidden = empty;
}

function checkoutPage() {
  // The browser validates the required fields before `submit` fires. Nothing is sent anywhere:
  // the fields have no names, and with this script the URL does not even get a trailing "?".
  document.getElementById('checkout-form').addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign('confirmed.html');
  });
}

function confirmedPage() {
  const order = document.getElementById('order-number');
  order.textContent = `AO-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
  basket.count = 0;
  showBasket();
  // The journey's last step is done: the moment to ask how the whole order felt.
  feelback('step', 'order_confirmed');
}

const pages = { product: productPage, basket: basketPage, checkout: checkoutPage, confirmed: confirmedPage };
showBasket();
pages[document.body.dataset.page]?.();
