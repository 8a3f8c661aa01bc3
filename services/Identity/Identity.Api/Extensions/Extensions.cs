using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Caching;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Domain.Staff;
using Loyalty.Identity.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Migrated by IdentityStartup before the server takes requests: the token keys live in this database.
        builder.AddServiceDatabase<IdentityServiceDbContext>("identitydb", applyMigrations: false);
        builder.AddAuditTrail<IdentityServiceDbContext>();
        builder.AddRedis("cache", "identity");
        builder.AddEventBus<IdentityServiceDbContext>("eventbus", "identity", typeof(Extensions).Assembly);

        builder.Services.AddIdentityCore<StaffMember>(options =>
            {
                // Length over composition rules (NIST SP 800-63B); lockout after five failures in a row.
                options.Password = new PasswordOptions
                {
                    RequiredLength = 12, RequireDigit = false, RequireLowercase = false,
                    RequireUppercase = false, RequireNonAlphanumeric = false,
                };
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.AllowedUserNameCharacters =
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@";
            })
            .AddEntityFrameworkStores<IdentityServiceDbContext>();

        builder.Services.AddStaffSessionCookie();
        builder.Services.AddSingleton<TokenKeyRing>();
        builder.Services.AddScoped<SignInStaff>();
        builder.Services.AddScoped<SignInMember>();
        builder.Services.AddScoped<SendSignInCode>();
        builder.Services.AddScoped<KeepMemberLogin>();
        builder.Services.AddScoped<ExportMemberData>();
        builder.Services.AddScoped<EraseMember>();
        builder.Services.AddSingleton<PhoneLookup>();
        builder.Services.AddSingleton<SignInCodes>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<PartnerClients>();
        builder.Services.AddScoped<BuiltInClients>();
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("connect/token").SetRevocationEndpointUris("connect/revoke")
                    .SetAuthorizationEndpointUris("connect/authorize").SetEndSessionEndpointUris("connect/logout");
                server.AllowPasswordFlow().AllowClientCredentialsFlow().AllowRefreshTokenFlow()
                    .AllowCustomFlow(SignInMember.GrantType);
                // The console: authorization code, always with a S256 code challenge ("plain" proves nothing).
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                if (builder.Environment.IsDevelopment())
                {
                    server.AllowCustomFlow(SignInForDevelopment.GrantType);
                }

                server.RegisterScopes(
                    [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, Scopes.Roles, .. ApiScopes.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromHours(1)).SetRefreshTokenLifetime(TimeSpan.FromDays(14));
                // The services read access tokens themselves with the JWKS: signed, not encrypted.
                server.DisableAccessTokenEncryption();
                if (builder.Configuration["Identity:Issuer"] is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer));
                }

                server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        builder.Services.AddOptions<OpenIddictServerOptions>()
            .Configure<TokenKeyRing>((options, keys) => keys.AddTo(options));
    }
}
