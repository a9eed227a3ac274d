package org.orderdesk.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that keeps cookies and posts JSF forms with their view state (and plain HTML forms), for tests that need to see
 * status codes and headers, or to send what no browser form would.
 */
public final class ShopClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern HIDDEN_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

    private static final Pattern ENROLMENT_SECRET =
            Pattern.compile("<code id=\"enrolment-secret\">([A-Z2-7 ]+)</code>");

    private final CookieManager cookies;
    private final HttpClient http;
    private final String baseUrl;
    private String lastPage = "";

    public ShopClient() {
        this(TestSettings.shopUrl());
    }

    /** A client of the shop at another address, e.g. ExternalAddress's, to be another client address to it. */
    public ShopClient(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    private ShopClient(String baseUrl, CookieManager cookies) {
        this(baseUrl, cookies, HttpClient.newBuilder());
    }

    private ShopClient(String baseUrl, CookieManager cookies, HttpClient.Builder builder) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        // HTTP/1.1 as browsers speak it without TLS: Java's default would upgrade to h2c, which Payara accepts and a
        // browser never does, so load on HTTP/2 would measure a server path no customer takes (and a balancer
        // would not see its cookie).
        this.http = builder.cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A client of the test domain's HTTPS listener (on 127.0.0.1 only, it.https.port), which has the self-signed
     * certificate Payara makes for every new domain: this client takes any certificate, so it must never be
     * pointed anywhere else.
     */
    public static ShopClient overHttpsOnLoopback() {
        return new ShopClient("https://127.0.0.1:" + TestSettings.port("it.https.port") + "/", new CookieManager(),
                HttpClient.newBuilder().sslContext(TrustAnyCertificate.sslContext()));
    }

    /** The same visitor, cookies and all, at another address of the same host: one instance of a cluster. */
    public ShopClient at(String otherBaseUrl) {
        return new ShopClient(otherBaseUrl, cookies);
    }

    /**
     * The same browser after its session has ended (closed, timed out): a new visitor to the shop, but with the
     * browser's long-lived cookies (its language, its device token).
     */
    public ShopClient sameBrowserWithoutSession() {
        CookieManager kept = new CookieManager();
        URI shop = URI.create(baseUrl);
        cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> !cookie.getName().endsWith("JSESSIONID"))
                .forEach(cookie -> kept.getCookieStore().add(shop, cookie));
        return new ShopClient(baseUrl, kept);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(shopUri(path));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    /** Posts the form with the given id from the last page fetched, pressing its button 'submit'. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(path, formId, fields, "submit");
    }

    /**
     * Posts the form with the given id from the last page fetched, pressing the given button of it. Like a
     * browser, it sends the form's own hidden fields too.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        Map<String, String> form = hiddenFields(formId);
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, button);
        return post(path, form);
    }

    /** Posts exactly these parameters, plus the view state of the last page fetched unless they forge one. */
    public HttpResponse<String> post(String path, Map<String, String> parameters)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.computeIfAbsent("jakarta.faces.ViewState", name -> viewState());
        return send(shopUri(path), form);
    }

    /**
     * Posts a plain HTML form (one without Faces view state) of the last page fetched, as a browser would: to its
     * action, with its own hidden fields and the given ones (such as the button pressed, by name and value).
     */
    public HttpResponse<String> submitPlain(String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*?action=\"([^\"]+)\"")
                .matcher(lastPage);
        if (!action.find()) {
            throw new IllegalStateException("No form " + formId + " with an action on the last page, "
                    + titleOf(lastPage));
        }
        Map<String, String> form = hiddenFields(formId);
        form.putAll(fields);
        return send(URI.create(baseUrl).resolve(action.group(1).replace("&amp;", "&")), form);
    }

    /** What a failure message names a page by: its title, or its start when it has none (an error body). */
    private static String titleOf(String page) {
        Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page);
        return title.find() ? "titled \"" + title.group(1).strip() + "\""
                : "beginning \"" + page.substring(0, Math.min(page.length(), 200)) + "\"";
    }

    private HttpResponse<String> send(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(request(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    /** GETs the page a redirect points to (Post/Redirect/Get), as a browser would follow it. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("HTTP " + redirect.statusCode() + " without Location"));
        return get(redirect.uri().resolve(location));
    }

    /** The registration form's fields, all valid; callers change the one they test. */
    public static Map<String, String> registrationForm(String email, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", email);
        form.put("displayName", "Zhanna");
        form.put("phone", "+7 912 345-67-89");
        form.put("password", password);
        form.put("passwordAgain", password);
        return form;
    }

    /**
     * Registers a new customer with the registration form and finishes as the customer would, through the link
     * of the verification mail, which logs them in on this client. Returns the response to the link's button
     * (a redirect to the profile).
     */
    public HttpResponse<String> register(String email, String password) throws IOException, InterruptedException {
        return register(registrationForm(email, password));
    }

    /** Like register(email, password), with the fields of the given registration form. */
    public HttpResponse<String> register(Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> sent = submitRegistration(form);
        if (sent.statusCode() != 200 || !sent.body().contains("id=\"registration-sent\"")) {
            throw new IllegalStateException("Registration refused: HTTP " + sent.statusCode() + " " + sent.body());
        }
        return openVerificationLink(Mailbox.awaitVerificationLink(form.get("email")));
    }

    /** Sends the registration page's form, as a visitor does, and returns the page's answer, nothing more. */
    public HttpResponse<String> submitRegistration(Map<String, String> form) throws IOException, InterruptedException {
        get("shop/register");
        return submit("shop/register", "registration", form);
    }

    /** Opens the link of a verification mail and presses its button; returns the response to that POST. */
    public HttpResponse<String> openVerificationLink(String path) throws IOException, InterruptedException {
        get(path);
        return submit(path, "verify", Map.of());
    }

    /**
     * Logs in with the login form; returns the response to the POST. An operator then gives the code of their
     * second factor, enrolling it first if the page asks to (OperatorCodes plays the app); the response is then
     * that of the code's POST.
     */
    public HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = logInWithPasswordOnly(email, password);
        if (!isToSecondFactor(login)) {
            return login;
        }
        follow(login);
        secretOnEnrolmentPage().ifPresent(secret -> OperatorCodes.enrolled(email, secret));
        return submitSecondFactor(OperatorCodes.nextCode(email));
    }

    /** The login form alone: for an operator, the first of the two steps. */
    public HttpResponse<String> logInWithPasswordOnly(String email, String password)
            throws IOException, InterruptedException {
        get("shop/login");
        return submit("shop/login", "login", Map.of("email", email, "password", password));
    }

    /** Sends a code with the second-factor form of the last page fetched. */
    public HttpResponse<String> submitSecondFactor(String code) throws IOException, InterruptedException {
        return submit("shop/second-factor", "second-factor", Map.of("code", code));
    }

    public static boolean isToSecondFactor(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/shop/second-factor");
    }

    /** The secret the last page shows to enrol a second factor, without the spaces that group it. */
    public Optional<String> secretOnEnrolmentPage() {
        Matcher secret = ENROLMENT_SECRET.matcher(lastPage);
        return secret.find() ? Optional.of(secret.group(1).replace(" ", "")) : Optional.empty();
    }

    public Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    /** The value of a cookie the client holds, e.g. the load balancer's that names the instance it sticks to. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Map<String, String> hiddenFields(String formId) {
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                .matcher(lastPage);
        if (form.find()) {
            Matcher field = HIDDEN_FIELD.matcher(form.group());
            while (field.find()) {
                hidden.put(field.group(1), field.group(2).replace("&amp;", "&"));
            }
        }
        hidden.remove("jakarta.faces.ViewState");
        return hidden;
    }

    private String viewState() {
        Matcher matcher = VIEW_STATE.matcher(lastPage);
        if (!matcher.find()) {
            throw new IllegalStateException("No JSF view state on the last page");
        }
        return matcher.group(1);
    }

    private URI shopUri(String path) {
        return URI.create(baseUrl + path);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept-Language", "en");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
