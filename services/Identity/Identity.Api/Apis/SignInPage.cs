using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Loyalty.Identity.Api.Apis;

/// <summary>The sign-in page's words, in Chinese (the default) or English (?lang=en).</summary>
public sealed record SignInTexts(
    string Language,
    string Title,
    string UserName,
    string Password,
    string Submit,
    string OtherLanguage,
    string OtherLanguageCode,
    string MissingFields,
    string WrongCredentials,
    string LockedOut,
    string Disabled,
    string Expired,
    string SignedIn,
    string SignedOut)
{
    public static readonly SignInTexts Chinese = new(
        "zh-CN", "登录", "用户名", "密码", "登录", "English", "en",
        "请输入用户名和密码。",
        "用户名或密码错误。",
        "登录失败次数过多，账号已暂时锁定，请稍后再试。",
        "此账号已停用，请联系管理员。",
        "页面已过期，请重新登录。",
        "你已登录。",
        "你已退出登录。");

    public static readonly SignInTexts English = new(
        "en", "Sign in", "User name", "Password", "Sign in", "中文", "zh-CN",
        "Give your user name and password.",
        "Wrong user name or password.",
        "Too many failed sign-ins: this account is locked for a while. Try again later.",
        "This account is disabled. Ask an administrator.",
        "This page has expired. Sign in again.",
        "You are signed in.",
        "You are signed out.");

    public static SignInTexts For(string? language) =>
        language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? English : Chinese;
}

/// <summary>
/// The sign-in page as plain server-rendered HTML: every value it echoes is HTML-encoded, its one stylesheet is
/// allowed by hash (no script at all), and it may not be framed or cached.
/// </summary>
public static class SignInPage
{
    public const string Path = "/connect/login";

    private const string Style =
        "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;" +
        "background:#f4f5f7;font:16px/1.5 system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;" +
        "color:#1f2328}main{width:min(22rem,90vw);background:#fff;border-radius:12px;padding:2rem;" +
        "box-shadow:0 4px 24px rgba(0,0,0,.08)}h1{margin:0 0 1.5rem;font-size:1.5rem;font-weight:600}" +
        "label{display:block;margin:1rem 0 .25rem;font-size:.9rem}input{box-sizing:border-box;width:100%;" +
        "padding:.6rem .75rem;border:1px solid #c9ced6;border-radius:8px;font:inherit}" +
        "button{margin-top:1.5rem;width:100%;padding:.7rem;border:0;border-radius:8px;background:#7b3fe4;" +
        "color:#fff;font:inherit;font-weight:600;cursor:pointer}.error{margin:0 0 1rem;padding:.6rem .75rem;" +
        "border-radius:8px;background:#fdecec;color:#a4161a}.language{margin:1.5rem 0 0;text-align:right;" +
        "font-size:.9rem}a{color:#7b3fe4}";

    private static readonly string SecurityPolicy =
        "default-src 'none'; style-src 'sha256-" +
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style))) +
        "'; base-uri 'none'; frame-ancestors 'none'";

    // Chinese stays as it is; markup characters and quotes are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page's relative address, for a redirect through the gateway.</summary>
    public static string Address(string? returnUrl, string? language = null)
    {
        var query = QueryString.Empty;
        if (returnUrl is not null)
        {
            query = query.Add("ReturnUrl", returnUrl);
        }

        if (language is not null)
        {
            query = query.Add("lang", language);
        }

        return Path + query;
    }

    /// <summary>The form, with an error above it when a sign-in failed.</summary>
    public static IResult Form(
        SignInTexts texts, string antiforgeryField, string antiforgeryToken, string? returnUrl, string? userName,
        string? error = null) =>
        new HtmlPage(Document(texts, $"""
            {Error(error)}<form method="post" action="{Path}">
            <input type="hidden" name="{Encode(antiforgeryField)}" value="{Encode(antiforgeryToken)}">
            <input type="hidden" name="ReturnUrl" value="{Encode(returnUrl)}">
            <input type="hidden" name="lang" value="{texts.Language}">
            <label for="username">{texts.UserName}</label>
            <input id="username" name="username" value="{Encode(userName)}" autocomplete="username" required autofocus>
            <label for="password">{texts.Password}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">{texts.Submit}</button>
            </form>
            <p class="language"><a href="{Encode(Address(returnUrl, texts.OtherLanguageCode))}"
              lang="{texts.OtherLanguageCode}">{texts.OtherLanguage}</a></p>
            """), error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);

    /// <summary>A page that only says something (signed in without a client to go back to, signed out).</summary>
    public static IResult Notice(SignInTexts texts, string message) =>
        new HtmlPage(Document(texts, $"<p>{message}</p>"), StatusCodes.Status200OK);

    private static string Document(SignInTexts texts, string body) => $"""
        <!DOCTYPE html>
        <html lang="{texts.Language}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{texts.Title}</title>
        <style>{Style}</style>
        </head>
        <body>
        <main>
        <h1>{texts.Title}</h1>
        {body}
        </main>
        </body>
        </html>
        """;

    private static string Error(string? error) =>
        error is null ? "" : $"<p class=\"error\" role=\"alert\">{error}</p>\n";

    private static string Encode(string? value) => Encoder.Encode(value ?? "");

    private sealed class HtmlPage(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.ContentSecurityPolicy = SecurityPolicy;
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.XFrameOptions = "DENY";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return response.WriteAsync(html, Encoding.UTF8);
        }
    }
}
