using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>
/// Real sign-in through the gateway: staff by password at the Identity service's token endpoint, partner systems by
/// client credentials, and tokens the platform did not issue refused everywhere.
/// </summary>
[Collection(StackCollection.Name)]
public class SignInTests(StackFixture stack)
{
    private const string Password = StaffAccounts.Password;

    [Fact]
    public async Task Staff_sign_in_with_a_password_and_act_with_their_roles_and_stores_until_refreshed()
    {
        var userName = await CreateStaffAsync(["staff"], ["SH-JINGAN-01"]);

        using var signIn = await TokenRequestAsync(new()
        {
            ["grant_type"] = "password", ["client_id"] = "pos", ["username"] = userName, ["password"] = Password,
            ["scope"] = "offline_access",
        });

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var tokens = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        var accessToken = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal("staff", accessToken.GetPayloadValue<string>("role"));
        Assert.Equal("SH-JINGAN-01", accessToken.GetPayloadValue<string>("store"));
        Assert.Equal("RS256", accessToken.Alg);
        using var staff = stack.ClientWith(accessToken.EncodedToken);
        using var registered = await staff.PostAsJsonAsync("/api/members", Registrations.NewMember());
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var refreshed = await TokenRequestAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "pos",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var userName = await CreateStaffAsync(["marketing"], []);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await PasswordSignInAsync(userName, "not the password at all");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var right = await PasswordSignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", (await right.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var userName = await CreateStaffAsync(["staff"], ["SH-02"]);
        await StaffAccounts.DisableAsync(stack, userName);

        using var signIn = await PasswordSignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_staff_accounts()
    {
        foreach (var role in new[] { "staff", "marketing", "partner" })
        {
            using var client = await stack.ClientAsync(role);
            using var response = await client.GetAsync("/api/identity/staff");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_partner_client_gets_tokens_with_its_granted_scopes_only_and_none_once_revoked()
    {
        using var admin = await stack.ClientAsync("admin");
        using var registered = await admin.PostAsJsonAsync(
            "/api/identity/clients",
            new { displayName = "Booking system", scopes = new[] { "loyalty.purchases.write" } });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var client = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var clientId = client.GetProperty("clientId").GetString()!;
        var secret = client.GetProperty("clientSecret").GetString()!;
        Dictionary<string, string> Credentials(string scope) => new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId,
            ["client_secret"] = secret, ["scope"] = scope,
        };

        using var granted = await TokenRequestAsync(Credentials("loyalty.purchases.write"));
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var token = new JsonWebToken((await granted.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("access_token").GetString());
        Assert.Equal("partner", token.GetPayloadValue<string>("role"));
        Assert.Equal(clientId, token.GetPayloadValue<string>("client_id"));
        using var partner = stack.ClientWith(token.EncodedToken);
        using var members = await partner.GetAsync($"/api/members/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Forbidden, members.StatusCode);

        using var notGranted = await TokenRequestAsync(Credentials("loyalty.members.read"));
        Assert.Equal(HttpStatusCode.BadRequest, notGranted.StatusCode);

        using var revoked = await admin.DeleteAsync($"/api/identity/clients/{clientId}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var afterRevoke = await TokenRequestAsync(Credentials("loyalty.purchases.write"));
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal("invalid_client", (await afterRevoke.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_signing_keys_are_published_without_their_private_parts()
    {
        var discovery = await stack.Gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwks = await stack.Gateway.GetFromJsonAsync<JsonElement>(
            new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);

        var keys = jwks.GetProperty("keys").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.False(key.TryGetProperty("d", out _), "the JWKS holds a private key");
        });
    }

    [Fact]
    public async Task Tokens_the_identity_service_did_not_sign_are_refused()
    {
        var real = new JsonWebToken(await stack.TokenAsync("admin"));
        var claims = new Dictionary<string, object>
        {
            ["sub"] = real.Subject, ["role"] = "admin", ["aud"] = "loyalty-api", ["iss"] = real.Issuer,
        };
        using var otherKey = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(otherKey) { KeyId = real.Kid }, SecurityAlgorithms.RsaSha256),
        });
        var unsigned = Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + real.EncodedPayload + ".";
        var hmac = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))), SecurityAlgorithms.HmacSha256),
        });

        foreach (var token in new[] { forged, unsigned, hmac })
        {
            using var client = stack.ClientWith(token);
            using var response = await client.GetAsync("/api/identity/staff");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_token_the_identity_service_signed_for_another_audience_or_expired_is_refused()
    {
        var otherAudience = await DevelopmentTokenAsync(new() { ["token_audience"] = "another-api" });
        var shortLived = await DevelopmentTokenAsync(new() { ["lifetime_seconds"] = "1" });
        using var forOther = await stack.ClientWith(otherAudience).GetAsync("/api/identity/staff");
        using var whileValid = await stack.ClientWith(shortLived).GetAsync("/api/identity/staff");

        // Past its expiry and the 30 s clock skew every service allows.
        await Task.Delay(TimeSpan.FromSeconds(33));
        using var expired = await stack.ClientWith(shortLived).GetAsync("/api/identity/staff");

        Assert.Equal(HttpStatusCode.Unauthorized, forOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, whileValid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    /// <summary>An admin token from the development grant, with the extra parameters given.</summary>
    private async Task<string> DevelopmentTokenAsync(Dictionary<string, string> extra)
    {
        var form = new Dictionary<string, string>(extra)
        {
            ["grant_type"] = "urn:loyalty:grant-type:development", ["client_id"] = "development", ["role"] = "admin",
        };
        using var response = await TokenRequestAsync(form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private Task<string> CreateStaffAsync(string[] roles, string[] storeIds) =>
        StaffAccounts.CreateAsync(stack, roles, storeIds);

    private Task<HttpResponseMessage> PasswordSignInAsync(string userName, string password) =>
        TokenRequestAsync(new()
        {
            ["grant_type"] = "password", ["client_id"] = "pos", ["username"] = userName, ["password"] = password,
        });

    private Task<HttpResponseMessage> TokenRequestAsync(Dictionary<string, string> form) =>
        stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));


    private static string Base64Url(string json) => Base64UrlEncoder.Encode(json);
}
