using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// Mints tokens signed with the configured key: for the gateway's development endpoint and for tests.
/// </summary>
public sealed class JwtTokenIssuer(IOptions<JwtOptions> options, TimeProvider timeProvider)
{
    public string Issue(string subject, string role, TimeSpan lifetime, string? name = null)
    {
        var jwt = options.Value;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new("sub", subject), new("role", role) };
        if (name is not null)
        {
            claims.Add(new Claim("name", name));
        }

        var token = new JwtSecurityToken(
            jwt.Issuer,
            jwt.Audience,
            claims,
            notBefore: now,
            expires: now + lifetime,
            signingCredentials: new SigningCredentials(SigningKey(jwt), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static SymmetricSecurityKey SigningKey(JwtOptions jwt)
    {
        var bytes = Encoding.UTF8.GetBytes(jwt.SigningKey);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException(
                "Jwt:SigningKey must be at least 32 bytes; see README (Configuration).");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
