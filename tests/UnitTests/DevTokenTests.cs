using System.IdentityModel.Tokens.Jwt;
using Loyalty.Gateway.Apis;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.UnitTests;

public class DevTokenTests
{
    private static readonly JwtOptions Jwt = new() { SigningKey = "a-development-key-of-at-least-32-bytes!!" };
    private readonly JwtTokenIssuer _issuer = new(Options.Create(Jwt), new FakeTimeProvider(DateTimeOffset.UtcNow));

    [Fact]
    public void A_staff_token_carries_the_role_and_validates_with_the_shared_key()
    {
        var result = Assert.IsType<Ok<DevTokenResponse>>(DevTokenApi.IssueToken(new DevTokenRequest("Staff", null, "Front desk"), _issuer).Result);

        var principal = new JwtSecurityTokenHandler { MapInboundClaims = false }.ValidateToken(result.Value!.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = Jwt.Issuer,
            ValidAudience = Jwt.Audience,
            IssuerSigningKey = JwtTokenIssuer.SigningKey(Jwt),
            RoleClaimType = "role",
        }, out _);
        Assert.True(principal.IsInRole(Roles.Staff));
        Assert.True(principal.IsStaffOrAdmin());
        Assert.Null(principal.MemberId());
    }

    [Fact]
    public void A_member_token_needs_a_member_id_and_sees_only_that_member()
    {
        var missing = Assert.IsType<ValidationProblem>(DevTokenApi.IssueToken(new DevTokenRequest("member", "not-a-guid", null), _issuer).Result);
        Assert.True(missing.ProblemDetails.Errors.ContainsKey("subject"));

        var memberId = Guid.NewGuid();
        var token = Assert.IsType<Ok<DevTokenResponse>>(DevTokenApi.IssueToken(new DevTokenRequest("member", memberId.ToString(), null), _issuer).Result);
        var principal = new JwtSecurityTokenHandler { MapInboundClaims = false }.ValidateToken(token.Value!.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = Jwt.Issuer,
            ValidAudience = Jwt.Audience,
            IssuerSigningKey = JwtTokenIssuer.SigningKey(Jwt),
            RoleClaimType = "role",
        }, out _);
        Assert.Equal(memberId, principal.MemberId());
        Assert.True(principal.MaySee(memberId));
        Assert.False(principal.MaySee(Guid.NewGuid()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("root")]
    public void Unknown_roles_are_a_validation_error(string? role)
    {
        var problem = Assert.IsType<ValidationProblem>(DevTokenApi.IssueToken(new DevTokenRequest(role, null, null), _issuer).Result);
        Assert.True(problem.ProblemDetails.Errors.ContainsKey("role"));
    }

    [Fact]
    public void Short_signing_keys_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => JwtTokenIssuer.SigningKey(new JwtOptions { SigningKey = "short" }));
}
