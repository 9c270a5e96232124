package nl.regioportaal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running test portal over real HTTP, as a browser without JavaScript sees it: each {@link #browser()}
 * keeps its own cookies and does not follow redirects, so tests see every status and header.
 */
public record PortalHttp(int port) {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** A fresh browser: its own cookie jar, redirects not followed. */
    public static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form (with the CSRF token of the login page); the answer redirects. */
    public HttpResponse<String> login(HttpClient browser, String username, String password)
            throws IOException, InterruptedException {
        String csrf = csrfOf(get(browser, "/login").body());
        return browser.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form("username", username, "password", password, "_csrf", csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    public static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    public static HttpRequest.BodyPublisher form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!sb.isEmpty()) sb.append('&');
            sb.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(sb.toString());
    }
}
