using System.Globalization;
using Loyalty.Console.Api;
using Loyalty.Console.Authentication;
using Loyalty.Console.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Http.Resilience;
using MudBlazor.Services;
using StackExchange.Redis;

namespace Loyalty.Console.Extensions;

public static class ConsoleExtensions
{
    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IHostApplicationBuilder AddConsole(this IHostApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings:cache (Redis host:port) is not configured.");
        var multiplexer = ConnectionMultiplexer.Connect(RedisOptions(redis));
        builder.Services.AddSingleton<IConnectionMultiplexer>(multiplexer);
        // Every replica reads the same sign-in cookies and antiforgery tokens.
        builder.Services.AddDataProtection().SetApplicationName("Loyalty.Console")
            .PersistKeysToStackExchangeRedis(multiplexer, "loyalty:console:data-protection-keys");
        builder.Services.AddHealthChecks().AddCheck<RedisReady>("cache", tags: ["ready"]);

        builder.AddConsoleAuthentication();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<Text>();
        builder.Services.AddSingleton<Stores>();
        builder.Services.AddHttpClient<GatewayApi>(http => http.BaseAddress = new Uri(
            builder.Configuration[ConsoleOptions.GatewayAddressKey]
            ?? throw new InvalidOperationException($"{ConsoleOptions.GatewayAddressKey} (the gateway) is not set.")));
        // The service defaults' resilience handler, made safe for a person's clicks: a POST that timed out may have
        // committed, so only reads are retried; a loaded machine gets longer before an attempt counts as failed.
        builder.Services.Configure<HttpStandardResilienceOptions>($"{nameof(GatewayApi)}-standard", resilience =>
        {
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
        });
        return builder;
    }

    public static WebApplication UseConsole(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // zh-CN unless the user switched (the culture cookie, set by /culture/{culture}).
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture("zh-CN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
                [new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static ConfigurationOptions RedisOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName = "console";
        return options;
    }
}
