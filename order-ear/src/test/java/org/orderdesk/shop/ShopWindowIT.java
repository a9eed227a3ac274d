package org.orderdesk.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.orderdesk.server.Browser;
import org.orderdesk.server.Deployments;
import org.orderdesk.server.ShopPages;
import org.orderdesk.server.TestSettings;

/** A visitor in Chromium: the seeded shop window, in the browser's language, switchable and remembered. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopWindowIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aRussianVisitorSeesTheSeededCatalogAndCanSwitchToEnglishAndBack() {
        browser = Browser.preferring("ru");
        browser.get(TestSettings.shopUrl());

        assertEquals("Товары", heading());
        assertEquals("ru", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        List<WebElement> cards = browser.findElements(By.cssSelector(".product-card"));
        assertTrue(cards.size() >= 30, "product cards: " + cards.size());
        String russianName = firstProductName();

        new ShopPages(browser).click("language:en");

        assertEquals("Products", heading());
        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        String englishName = firstProductName();
        assertTrue(!englishName.equals(russianName), "product name not translated: " + englishName);

        new ShopPages(browser).click("language:ru");

        assertEquals("Товары", heading());
        assertEquals(russianName, firstProductName());
    }

    @Test
    void anEnglishBrowserGetsEnglishAndAChoiceOfRussianIsRemembered() {
        browser = Browser.preferring("en-US");
        browser.get(TestSettings.shopUrl());
        assertEquals("Products", heading());

        new ShopPages(browser).click("language:ru");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.get(TestSettings.shopUrl());

        assertEquals("Товары", heading());
    }

    @Test
    void aCategoryShowsOnlyItsShelf() {
        browser = Browser.preferring("en");
        browser.get(TestSettings.shopUrl());
        int all = browser.findElements(By.cssSelector(".product-card")).size();

        browser.findElement(By.linkText("Books")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("category=books"));

        List<WebElement> books = browser.findElements(By.cssSelector(".product-card .product-category"));
        assertTrue(!books.isEmpty() && books.size() < all, "books: " + books.size() + " of " + all);
        assertTrue(books.stream().allMatch(category -> category.getText().equals("Books")));
    }

    @Test
    void searchFindsProductsByRussianOrEnglishNameWhateverTheCaseAndOpensTheProductPage() {
        browser = Browser.preferring("ru");
        ShopPages shop = new ShopPages(browser);

        shop.open("shop/index?q=" + java.net.URLEncoder.encode("ЧАЙНИК", java.nio.charset.StandardCharsets.UTF_8));
        List<WebElement> russian = browser.findElements(By.cssSelector(".product-card"));
        shop.open("shop/index?q=kettle");
        List<WebElement> english = browser.findElements(By.cssSelector(".product-card"));

        assertEquals(1, russian.size());
        assertEquals(1, english.size());
        assertEquals("KIT-001", english.get(0).getDomAttribute("data-sku"));
        english.get(0).findElement(By.cssSelector(".product-name a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("sku=KIT-001"));
        assertEquals("Электрический чайник 1,7 л", browser.findElement(By.id("product-name")).getText());
        assertTrue(browser.findElement(By.id("product-price")).getText().endsWith("₽"));
    }

    @Test
    void theProductPagePutsTheProductInTheCart() {
        browser = Browser.preferring("en");
        ShopPages shop = new ShopPages(browser);
        shop.open("shop/product?sku=KIT-001");

        shop.click("add-submit");

        assertTrue(shop.text("cart-count").contains("1"), shop.text("cart-count"));
        assertEquals("Electric kettle 1.7 L", shop.text("product-name"), "still on the product's page");
        assertEquals("sku=KIT-001", URI.create(browser.getCurrentUrl()).getQuery());
        browser.navigate().refresh();
        assertEquals(Map.of("KIT-001", "1"), cartLines(shop), "a refresh added it again");
    }

    @Test
    void addingFromSearchResultsPutsThatCardsProductInTheCartKeepsTheListAndARefreshAddsNothing() {
        browser = Browser.preferring("ru");
        ShopPages shop = new ShopPages(browser);
        shop.open("shop/index?q=" + URLEncoder.encode("кружка", StandardCharsets.UTF_8));

        pressAddToCart(shop, "KIT-004");

        assertKeptTheListAndSaidWhatWasAdded("q=%D0%BA%D1%80%D1%83%D0%B6%D0%BA%D0%B0", "KIT-004", "В корзине: 1 шт.");
        browser.navigate().refresh();
        assertEquals(Map.of("KIT-004", "1"), cartLines(shop));
    }

    @Test
    void addingFromACategoryPutsThatCardsProductInTheCartAndScrollsBackToTheCard() {
        browser = Browser.preferring("en");
        ShopPages shop = new ShopPages(browser);
        shop.open("shop/index?category=kitchen");

        pressAddToCart(shop, "KIT-002");
        pressAddToCart(shop, "KIT-002");

        assertKeptTheListAndSaidWhatWasAdded("category=kitchen", "KIT-002", "In your cart: 2.");
        Number cardTop = (Number) browser.executeScript(
                "return document.getElementById('product-KIT-002').getBoundingClientRect().top");
        // Scrolled to the card: its top at the top of the window, give or take a fraction of a pixel.
        assertTrue(Math.abs(cardTop.doubleValue()) < 1, "not scrolled to the card pressed: its top at " + cardTop);
        assertEquals(Map.of("KIT-002", "2"), cartLines(shop));
    }

    private void pressAddToCart(ShopPages shop, String sku) {
        shop.click(browser.findElement(By.cssSelector("li[data-sku='" + sku + "'] .add-to-cart input[type=submit]"))
                .getDomAttribute("id"));
    }

    private void assertKeptTheListAndSaidWhatWasAdded(String listQuery, String sku, String note) {
        URI address = URI.create(browser.getCurrentUrl());
        assertEquals(listQuery, address.getRawQuery(), "the list was not kept");
        assertEquals("product-" + sku, address.getFragment());
        String said = browser.findElement(By.cssSelector("#product-" + sku + " .added-note")).getText();
        assertTrue(said.startsWith(note), said);
        assertEquals(1, browser.findElements(By.cssSelector(".added-note")).size(), "another card says it was added");
    }

    /** The cart page's lines: SKU to quantity. */
    private Map<String, String> cartLines(ShopPages shop) {
        shop.open("shop/cart");
        return browser.findElements(By.cssSelector(".cart-line")).stream().collect(Collectors.toMap(
                line -> line.getDomAttribute("data-sku"), line -> line.findElement(By.cssSelector(".qty")).getText()));
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        browser = Browser.preferring("en");
        new ShopPages(browser).open("shop/index?q=%25_nothing_like_this");

        assertTrue(browser.findElements(By.cssSelector(".product-card")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".empty-state")).getText().startsWith("Nothing found"));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String firstProductName() {
        return browser.findElement(By.cssSelector(".product-card .product-name")).getText();
    }
}
