using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.Hosting;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer validation against the Identity service (its issuer, its JWKS, RS256 only, the platform's audience),
    /// and the role policies. The gateway and every service check the same token the same way.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.SectionName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, IConfiguration>((bearer, jwtOptions, configuration) =>
            {
                var jwt = jwtOptions.Value;
                bearer.Authority = jwt.Authority ?? configuration[JwtOptions.IdentityAddressKey];
                // Plain HTTP only to the Identity service on this machine (the local stack); anywhere else, HTTPS.
                bearer.RequireHttpsMetadata = bearer.Authority is null || !IsLoopback(bearer.Authority);
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = jwt.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    NameClaimType = "name",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            })
            .Validate(
                bearer => bearer.Authority is not null || bearer.TokenValidationParameters.IssuerSigningKey is not null,
                $"No Identity service to check tokens against: set {JwtOptions.IdentityAddressKey} or Jwt:Authority.")
            .ValidateOnStart();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Staff, Roles.Admin))
            .AddPolicy(Policies.Marketing, policy => policy.RequireRole(Roles.Marketing, Roles.Admin))
            .AddPolicy(
                Policies.StaffOrMarketing, policy => policy.RequireRole(Roles.Staff, Roles.Marketing, Roles.Admin))
            .AddPolicy(Policies.Operations, policy => policy.RequireRole(Roles.Ops, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ReadMembers, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.Staff) || context.User.IsInRole(Roles.Marketing)
                || context.User.IsInRole(Roles.Admin) || context.User.IsPartnerWith(ApiScopes.MembersRead)))
            .AddPolicy(Policies.ReadKpis, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.Marketing) || context.User.IsInRole(Roles.Ops)
                || context.User.IsInRole(Roles.Admin)
                || context.User.IsPartnerWith(ApiScopes.KpisRead)))
            .AddPolicy(Policies.RecordPurchases, policy => policy.RequireAssertion(context =>
                context.User.IsStaffOrAdmin()
                || context.User.IsPartnerWith(ApiScopes.PurchasesWrite)));
        return builder;
    }

    private static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
