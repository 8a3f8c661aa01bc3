using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Loyalty.Gateway.Apis;

/// <summary>
/// POST /dev/token mints a signed token for local work and tests. Mapped only when Jwt:DevTokensEnabled is true
/// and the environment is not Production; a real deployment gets tokens from its identity provider.
/// </summary>
public static class DevTokenApi
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static WebApplication MapDevTokenApi(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<JwtOptions>>().Value.DevTokensEnabled
            && !app.Environment.IsProduction())
        {
            app.MapPost("/dev/token", IssueToken).AllowAnonymous().WithTags("Development");
        }

        return app;
    }

    public static Results<Ok<DevTokenResponse>, ValidationProblem> IssueToken(
        DevTokenRequest request,
        JwtTokenIssuer issuer)
    {
        var role = request.Role?.Trim().ToLowerInvariant();
        if (role is null || !Roles.All.Contains(role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["role"] = [$"Role must be one of: {string.Join(", ", Roles.All)}."],
            });
        }

        var subject = request.Subject?.Trim();
        if (role == Roles.Member && !Guid.TryParse(subject, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["subject"] = ["A member token needs the member's id (a GUID) as subject."],
            });
        }

        subject ??= $"{role}-{Guid.NewGuid():N}";
        var token = issuer.Issue(subject, role, Lifetime, request.Name);
        return TypedResults.Ok(new DevTokenResponse(token, "Bearer", (int)Lifetime.TotalSeconds, role, subject));
    }
}
