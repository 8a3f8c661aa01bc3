using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>
/// The console's staff sign-in as a browser goes through it, through the gateway: authorization code with PKCE, the
/// Identity service's sign-in page and its session cookie, the code exchanged for the same token the POS's password
/// sign-in gives, and sign-out.
/// </summary>
[Collection(StackCollection.Name)]
public partial class ConsoleSignInTests(StackFixture stack)
{
    [Fact]
    public async Task Front_desk_signs_in_on_the_page_and_the_code_buys_a_token_for_its_own_stores_only()
    {
        var userName = await StaffAccounts.CreateAsync(stack, ["staff"], ["SH-JINGAN-01"]);
        using var browser = new Browser(stack.Stack.GatewayUrl);
        var pkce = Pkce.Create();

        using var authorize = await browser.GetAsync(AuthorizeAddress(pkce, "state-1"));
        var signInPage = RelativeLocation(authorize);
        Assert.StartsWith("/connect/login?ReturnUrl=%2Fconnect%2Fauthorize%3F", signInPage, StringComparison.Ordinal);
        using var page = await browser.GetAsync(signInPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>登录</title>", html, StringComparison.Ordinal);
        Assert.Contains("用户名", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal);

        using var signedIn = await browser.PostFormAsync(SignInForm(html, userName, StaffAccounts.Password));
        var backToAuthorize = RelativeLocation(signedIn);
        Assert.Equal(HiddenField(html, "ReturnUrl"), backToAuthorize);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Loyalty.Identity="));
        Assert.Contains("path=/connect", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);

        using var withCode = await browser.GetAsync(backToAuthorize);
        var code = CodeFrom(withCode, "state-1");
        using var exchanged = await ExchangeAsync(code, pkce.Verifier);
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        var tokens = await exchanged.Content.ReadFromJsonAsync<JsonElement>();

        var accessToken = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal("staff", accessToken.GetPayloadValue<string>("role"));
        Assert.Equal("SH-JINGAN-01", accessToken.GetPayloadValue<string>("store"));
        Assert.Equal("测试员工", accessToken.GetPayloadValue<string>("name"));
        Assert.Equal(["loyalty-api"], accessToken.Audiences);
        var identityToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(accessToken.Subject, identityToken.Subject);
        Assert.Equal(["console"], identityToken.Audiences);
        Assert.Equal("测试员工", identityToken.GetPayloadValue<string>("name"));

        using var frontDesk = stack.ClientWith(accessToken.EncodedToken);
        using var ownStore = await frontDesk.PostAsJsonAsync("/api/members", Registrations.NewMember());
        using var otherStore = await frontDesk.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "王丽", gender = "Female", birthDate = "1990-05-20",
            homeStoreId = "BJ-CHAOYANG-02",
        });
        Assert.Equal(HttpStatusCode.Created, ownStore.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherStore.StatusCode);

        using var refreshed = await TokenRequestAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "console",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task A_code_is_refused_with_another_verifier()
    {
        var userName = await StaffAccounts.CreateAsync(stack, ["marketing"], []);
        using var browser = new Browser(stack.Stack.GatewayUrl);
        var pkce = Pkce.Create();

        var code = await SignInAsync(browser, pkce, userName);
        using var exchanged = await ExchangeAsync(code, Pkce.Create().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, exchanged.StatusCode);
        Assert.Equal("invalid_grant",
            (await exchanged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_sign_in_page_says_why_a_sign_in_failed_in_chinese_or_english()
    {
        var userName = await StaffAccounts.CreateAsync(stack, ["marketing"], []);
        var disabledUser = await StaffAccounts.CreateAsync(stack, ["ops"], []);
        await StaffAccounts.DisableAsync(stack, disabledUser);
        using var browser = new Browser(stack.Stack.GatewayUrl);
        using var authorize = await browser.GetAsync(AuthorizeAddress(Pkce.Create(), "state-2"));
        var signInPage = RelativeLocation(authorize);

        async Task<string> SignInFailsAsync(string pageAddress, string user, string password)
        {
            using var page = await browser.GetAsync(pageAddress);
            using var failed = await browser.PostFormAsync(SignInForm(
                await page.Content.ReadAsStringAsync(), user, password));
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
            Assert.Null(failed.Headers.Location);
            return await failed.Content.ReadAsStringAsync();
        }

        var wrong = await SignInFailsAsync(signInPage, userName, "not the password at all");
        Assert.Contains("用户名或密码错误", wrong, StringComparison.Ordinal);
        Assert.Contains($"value=\"{userName}\"", wrong, StringComparison.Ordinal);
        var english = await SignInFailsAsync(signInPage + "&lang=en", userName, "not the password either");
        Assert.Contains("<title>Sign in</title>", english, StringComparison.Ordinal);
        Assert.Contains("Wrong user name or password.", english, StringComparison.Ordinal);
        for (var attempt = 3; attempt <= 5; attempt++)
        {
            await SignInFailsAsync(signInPage, userName, "still not the password");
        }

        Assert.Contains("账号已暂时锁定", await SignInFailsAsync(signInPage, userName, StaffAccounts.Password),
            StringComparison.Ordinal);
        Assert.Contains("此账号已停用", await SignInFailsAsync(signInPage, disabledUser, StaffAccounts.Password),
            StringComparison.Ordinal);
        Assert.Contains("用户名或密码错误", await SignInFailsAsync(signInPage, disabledUser, "a wrong password"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unregistered_redirect_address_a_plain_challenge_and_a_foreign_return_address_are_refused()
    {
        using var browser = new Browser(stack.Stack.GatewayUrl);

        using var authorize = await browser.GetAsync(
            AuthorizeAddress(Pkce.Create(), "state-3", "http://127.0.0.1:9/signin-oidc"));
        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
        Assert.Null(authorize.Headers.Location);

        var discovery = await stack.Gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray()
            .Select(method => method.GetString()));
        using var plain = await browser.GetAsync(
            AuthorizeAddress(Pkce.Create(), "state-3").Replace("=S256", "=plain", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Contains("code_challenge_method", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var returnUrl in new[] { "https://evil.example/connect/authorize", "//evil.example", "/api/members" })
        {
            using var page = await browser.GetAsync("/connect/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            var problem = await page.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("ReturnUrl", out _), returnUrl);
        }
    }

    [Fact]
    public async Task The_session_is_remembered_until_sign_out_then_the_password_is_asked_again()
    {
        var userName = await StaffAccounts.CreateAsync(stack, ["admin"], []);
        using var browser = new Browser(stack.Stack.GatewayUrl);
        await SignInAsync(browser, Pkce.Create(), userName);

        using var again = await browser.GetAsync(AuthorizeAddress(Pkce.Create(), "state-4"));
        CodeFrom(again, "state-4");

        var signedOutAddress = new Uri(stack.ConsoleAddress, "/signout-callback-oidc").ToString();
        using var foreignSignOut = await browser.GetAsync(
            "/connect/logout?client_id=console&post_logout_redirect_uri=" +
            Uri.EscapeDataString("https://evil.example/signout-callback-oidc"));
        Assert.Equal(HttpStatusCode.BadRequest, foreignSignOut.StatusCode);
        using var signOut = await browser.GetAsync(
            "/connect/logout?client_id=console&state=bye&post_logout_redirect_uri=" +
            Uri.EscapeDataString(signedOutAddress));
        Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        Assert.StartsWith(signedOutAddress + "?state=bye", signOut.Headers.Location!.ToString(),
            StringComparison.Ordinal);

        using var afterSignOut = await browser.GetAsync(AuthorizeAddress(Pkce.Create(), "state-5"));
        Assert.StartsWith("/connect/login?", RelativeLocation(afterSignOut), StringComparison.Ordinal);
    }

    private string RedirectAddress => new Uri(stack.ConsoleAddress, "/signin-oidc").ToString();

    private string AuthorizeAddress(Pkce pkce, string state, string? redirectUri = null) =>
        "/connect/authorize?" + string.Join("&", new Dictionary<string, string>
        {
            ["client_id"] = "console", ["response_type"] = "code", ["redirect_uri"] = redirectUri ?? RedirectAddress,
            ["scope"] = "openid profile roles offline_access", ["state"] = state, ["nonce"] = Guid.NewGuid().ToString(),
            ["code_challenge"] = pkce.Challenge, ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Authorize, the sign-in page, the form, authorize again: the code the console is sent back with.</summary>
    private async Task<string> SignInAsync(Browser browser, Pkce pkce, string userName)
    {
        using var authorize = await browser.GetAsync(AuthorizeAddress(pkce, "state-0"));
        using var page = await browser.GetAsync(RelativeLocation(authorize));
        using var signedIn = await browser.PostFormAsync(
            SignInForm(await page.Content.ReadAsStringAsync(), userName, StaffAccounts.Password));
        using var withCode = await browser.GetAsync(RelativeLocation(signedIn));
        return CodeFrom(withCode, "state-0");
    }

    private string CodeFrom(HttpResponseMessage response, string state)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectAddress + "?", location.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(state, query["state"]);
        return Assert.IsType<string>(query["code"]);
    }

    private Task<HttpResponseMessage> ExchangeAsync(string code, string verifier) => TokenRequestAsync(new()
    {
        ["grant_type"] = "authorization_code", ["client_id"] = "console", ["code"] = code,
        ["redirect_uri"] = RedirectAddress, ["code_verifier"] = verifier,
    });

    private Task<HttpResponseMessage> TokenRequestAsync(Dictionary<string, string> form) =>
        stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));

    /// <summary>A redirect to a page of the Identity service: relative, since the browser sees the gateway.</summary>
    private static string RelativeLocation(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.False(location.IsAbsoluteUri, $"{location} is absolute");
        return location.OriginalString;
    }

    /// <summary>The sign-in form as the page gives it (antiforgery token, return address), filled in.</summary>
    private static Dictionary<string, string> SignInForm(string html, string userName, string password) => new()
    {
        ["__RequestVerificationToken"] = HiddenField(html, "__RequestVerificationToken"),
        ["ReturnUrl"] = HiddenField(html, "ReturnUrl"),
        ["lang"] = HiddenField(html, "lang"),
        ["username"] = userName,
        ["password"] = password,
    };

    private static string HiddenField(string html, string name)
    {
        var field = HiddenInput().Matches(html).SingleOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(field is not null, $"the page has no hidden field {name}");
        return WebUtility.HtmlDecode(field.Groups["value"].Value);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();

    private sealed record Pkce(string Verifier, string Challenge)
    {
        public static Pkce Create()
        {
            var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            return new(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        }
    }

    /// <summary>A browser as far as sign-in needs one: it keeps cookies and follows no redirect by itself.</summary>
    private sealed class Browser(Uri gateway) : IDisposable
    {
        private readonly HttpClient _http = new(new HttpClientHandler
        {
            CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
        }) { BaseAddress = gateway };

        public Task<HttpResponseMessage> GetAsync(string address) => _http.GetAsync(address);

        public Task<HttpResponseMessage> PostFormAsync(Dictionary<string, string> form) =>
            _http.PostAsync("/connect/login", new FormUrlEncodedContent(form));

        public void Dispose() => _http.Dispose();
    }
}
