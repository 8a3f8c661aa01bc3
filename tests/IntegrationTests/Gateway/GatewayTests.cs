using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.IntegrationTests.Gateway;

public class GatewayTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private HttpClient ClientWith(string? token)
    {
        var client = fixture.Factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    [Theory]
    [InlineData("/api/members/me")]
    [InlineData("/api/points/accounts/me")]
    [InlineData("/api/purchases")]
    [InlineData("/api/segments")]
    [InlineData("/api/campaigns")]
    [InlineData("/api/coupons/ABC")]
    [InlineData("/api/notifications")]
    [InlineData("/api/feedback/invitations/me")]
    [InlineData("/api/feedback/linksx/abc")]
    public async Task Every_api_route_needs_a_token(string path)
    {
        using var response = await ClientWith(null).GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("expired", -5, "loyalty-api")]
    [InlineData("for another audience", 5, "another-api")]
    public async Task A_token_signed_with_the_right_key_but_expired_or_for_another_audience_is_refused(
        string what, int minutesLeft, string audience)
    {
        var token = Support.TestTokens.Issue("staff-1", "staff", TimeSpan.FromMinutes(minutesLeft), audience: audience);

        using var response = await ClientWith(token).GetAsync("/api/members/me");
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"a token {what} got {response.StatusCode}");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var otherKey = System.Security.Cryptography.RSA.Create(2048);
        var forged = Support.TestTokens.Issue(
            "staff-1", "staff", TimeSpan.FromMinutes(5), new Microsoft.IdentityModel.Tokens.RsaSecurityKey(otherKey));

        using var response = await ClientWith(forged).GetAsync("/api/members/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_personal_survey_link_under_api_reaches_the_feedback_service_without_a_token()
    {
        using var response = await ClientWith(null).PostAsJsonAsync("/api/feedback/links/abc/answers", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/feedback/links/abc/answers",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task Requests_are_forwarded_with_the_token_and_a_correlation_id_echoed_back_once()
    {
        var token = fixture.Token("staff", $"staff-{Guid.NewGuid():N}");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/members/42");
        request.Headers.Add("X-Correlation-Id", "pos-checkout-7781");

        using var response = await ClientWith(token).SendAsync(request);
        var echoed = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/members/42", echoed.GetProperty("path").GetString());
        Assert.Equal("Bearer " + token, echoed.GetProperty("authorization").GetString());
        Assert.Equal("pos-checkout-7781", echoed.GetProperty("correlationId").GetString());
        Assert.Equal(["pos-checkout-7781"], response.Headers.GetValues("X-Correlation-Id"));
    }

    [Fact]
    public async Task Without_a_correlation_id_the_gateway_makes_one()
    {
        using var response = await ClientWith(fixture.Token("staff", $"staff-{Guid.NewGuid():N}"))
            .GetAsync("/api/points/accounts/me");
        var echoed = await response.Content.ReadFromJsonAsync<JsonElement>();

        var generated = echoed.GetProperty("correlationId").GetString();
        Assert.False(string.IsNullOrEmpty(generated));
        Assert.Equal(generated, Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task Each_client_is_rate_limited_separately_with_a_problem_response()
    {
        var greedy = ClientWith(fixture.Token("partner", $"partner-{Guid.NewGuid():N}"));
        for (var i = 0; i < GatewayFixture.PermitLimit; i++)
        {
            using var allowed = await greedy.GetAsync("/api/segments");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await greedy.GetAsync("/api/segments");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.Contains("Retry-After"));

        using var other = await ClientWith(fixture.Token("partner", $"partner-{Guid.NewGuid():N}"))
            .GetAsync("/api/segments");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_web_front_end_origin_passes_CORS_and_others_do_not()
    {
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/members/me");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "GET");
            request.Headers.Add("Access-Control-Request-Headers", "authorization");
            return await ClientWith(null).SendAsync(request);
        }

        using var allowed = await Preflight("http://localhost:5173");
        using var refused = await Preflight("https://evil.example");

        Assert.Equal("http://localhost:5173", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Dev_tokens_are_not_minted_unless_enabled()
    {
        using var response = await ClientWith(null).PostAsJsonAsync("/dev/token", new { role = "admin" });
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
            response.StatusCode.ToString());
    }
}
