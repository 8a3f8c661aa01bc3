using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Loyalty.Member.Api;
using Loyalty.Member.Authentication;
using Loyalty.Member.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.WebEncoders;
using StackExchange.Redis;

namespace Loyalty.Member.Extensions;

public static class MemberAppExtensions
{
    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IHostApplicationBuilder AddMemberApp(this IHostApplicationBuilder builder)
    {
        var redis = ConfigurationOptions.Parse(builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings:cache (Redis host:port) is not configured."));
        redis.AbortOnConnectFail = false;
        redis.ClientName = "member-app";
        var multiplexer = ConnectionMultiplexer.Connect(redis);
        builder.Services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        // Replicas share the keys that encrypt the sign-in cookie (which carries the tokens) and the antiforgery tokens.
        builder.Services.AddDataProtection().SetApplicationName("Loyalty.Member")
            .PersistKeysToStackExchangeRedis(multiplexer, "loyalty:member-app:data-protection-keys");
        builder.Services.AddHealthChecks().AddAsyncCheck("cache", () => RedisAnswersAsync(multiplexer), ["ready"]);

        builder.Services.AddOptions<MemberAppOptions>().BindConfiguration(MemberAppOptions.SectionName);
        builder.AddMemberAuthentication();
        builder.Services.AddRazorComponents();
        // Chinese as characters, not &#x...; entities: a third of the page's bytes on a phone's connection.
        builder.Services.Configure<WebEncoderOptions>(encoder =>
            encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<Text>();
        var gateway = new Uri(builder.Configuration[MemberAppOptions.GatewayAddressKey]
            ?? throw new InvalidOperationException($"{MemberAppOptions.GatewayAddressKey} (the gateway) is not set."));
        builder.Services.AddTransient<ForwardMemberAddress>();
        builder.Services.AddHttpClient<GatewayApi>(http => http.BaseAddress = gateway)
            .AddHttpMessageHandler<ForwardMemberAddress>();
        builder.Services.AddHttpClient<TokenClient>(http => http.BaseAddress = gateway)
            .AddHttpMessageHandler<ForwardMemberAddress>();
        // A POST that timed out may have committed (a redemption), so only reads are retried.
        foreach (var client in new[] { nameof(GatewayApi), nameof(TokenClient) })
        {
            builder.Services.Configure<HttpStandardResilienceOptions>($"{client}-standard", resilience =>
            {
                resilience.Retry.DisableForUnsafeHttpMethods();
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
            });
        }

        return builder;
    }

    /// <summary>Ready when Redis answers: the cookies' keys live there.</summary>
    private static async Task<HealthCheckResult> RedisAnswersAsync(IConnectionMultiplexer redis)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (RedisException ex)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", ex);
        }
    }

    public static WebApplication UseMemberApp(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // zh-CN unless she switched (the culture cookie, set by /culture/{culture}).
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseMiddleware<TokenRefreshMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
