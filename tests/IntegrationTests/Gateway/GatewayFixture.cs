using Loyalty.Gateway.Routing;
using Loyalty.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.IntegrationTests.Gateway;

/// <summary>The real gateway (in memory) in front of a real echo
/// service, with a small rate limit to run into.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const int PermitLimit = 5;

    public EchoBackend Backend { get; private set; } = null!;

    public WebApplicationFactory<ServiceRoute> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backend = await EchoBackend.StartAsync();
        Factory = new WebApplicationFactory<ServiceRoute>().WithWebHostBuilder(web =>
        {
            foreach (var service in GatewayRoutes.Services)
            {
                web.UseSetting($"services:{service.Service}:http:0", Backend.Address);
            }

            web.UseTestTokens();
            web.UseSetting("Jwt:DevTokensEnabled", "false");
            web.UseSetting("RateLimiting:PermitLimit",
                PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("RateLimiting:Window", "00:10:00");
        });
    }

    public string Token(string role, string subject) => TestTokens.Issue(subject, role, TimeSpan.FromMinutes(5));

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Backend.DisposeAsync();
    }
}
