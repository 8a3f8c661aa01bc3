using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.IntegrationTests.Support;

/// <summary>
/// Tokens for in-memory hosts that run without an Identity service: the host checks them against this test key
/// instead of the Identity service's JWKS, with every other rule of ServiceDefaults (audience, RS256, lifetime)
/// unchanged. The end-to-end tests use the real Identity service.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "loyalty-integration-tests";

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "integration-tests" };

    public static IWebHostBuilder UseTestTokens(this IWebHostBuilder web) =>
        web.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(
            JwtBearerDefaults.AuthenticationScheme,
            bearer =>
            {
                bearer.Authority = null;
                bearer.ConfigurationManager = null;
                bearer.TokenValidationParameters.ValidIssuer = Issuer;
                bearer.TokenValidationParameters.IssuerSigningKey = Key;
            }));

    /// <summary>A token valid for <paramref name="lifetime"/> from now (negative: one that has expired).</summary>
    public static string Issue(
        string subject,
        string role,
        TimeSpan lifetime,
        SecurityKey? signedWith = null,
        string audience = "loyalty-api") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
            NotBefore = DateTime.UtcNow + lifetime - TimeSpan.FromHours(1),
            IssuedAt = DateTime.UtcNow + lifetime - TimeSpan.FromHours(1),
            Expires = DateTime.UtcNow + lifetime,
            SigningCredentials = new SigningCredentials(signedWith ?? Key, SecurityAlgorithms.RsaSha256),
        });
}
