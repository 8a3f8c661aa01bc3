using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>
/// A member signs in by phone and a one-time code, which the Notification service sends (here through the local
/// provider: the code is read from the message log, as a developer would).
/// </summary>
[Collection(StackCollection.Name)]
public class MemberSignInTests(StackFixture stack)
{
    [Fact]
    public async Task A_member_signs_in_with_the_code_sent_to_her_phone_and_sees_only_her_own_data()
    {
        var (memberId, phone) = await RegisterKnownToIdentityAsync();

        var code = await AskForCodeAsync(memberId, phone);
        using var signIn = await CodeSignInAsync(phone, code, scope: "offline_access");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var tokens = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        var token = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(memberId.ToString(), token.Subject);
        Assert.Equal("member", token.GetPayloadValue<string>("role"));
        using var member = stack.ClientWith(token.EncodedToken);
        var own = await member.GetFromJsonAsync<JsonElement>("/api/members/me");
        Assert.Equal(memberId, own.GetProperty("id").GetGuid());
        using var someoneElse = await member.GetAsync($"/api/points/accounts/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);

        using var again = await CodeSignInAsync(phone, code);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // single use
        using var refreshed = await stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["client_id"] = "member-app",
                ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            }));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);

        // Signing out revokes the refresh token: it cannot be exchanged again.
        var refreshToken = (await refreshed.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("refresh_token").GetString()!;
        using var signOut = await stack.Gateway.PostAsync("/connect/revoke", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["token"] = refreshToken, ["token_type_hint"] = "refresh_token", ["client_id"] = "member-app",
            }));
        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        using var afterSignOut = await stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token", ["client_id"] = "member-app", ["refresh_token"] = refreshToken,
            }));
        Assert.Equal(HttpStatusCode.BadRequest, afterSignOut.StatusCode);
        AssertNotInAnyLog(code, phone);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_phone_even_against_the_right_code()
    {
        var (memberId, phone) = await RegisterKnownToIdentityAsync();
        var code = await AskForCodeAsync(memberId, phone);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var refused = await CodeSignInAsync(phone, wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var right = await CodeSignInAsync(phone, code);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", (await right.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_again_within_a_minute_is_refused_and_an_unknown_phone_gets_the_same_answer_as_a_member()
    {
        var unknown = Registrations.NewPhone();
        using var first = await AskAsync(unknown);
        using var second = await AskAsync(unknown);
        using var invalid = await AskAsync("12345");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("phone", out _));
    }

    private Task<(Guid MemberId, string Phone)> RegisterKnownToIdentityAsync() =>
        MemberCodes.RegisterKnownToIdentityAsync(stack);

    /// <summary>Asks for a code and reads it from the Notification service's message log.</summary>
    private async Task<string> AskForCodeAsync(Guid memberId, string phone)
    {
        using var asked = await AskAsync(phone);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        return await MemberCodes.SentToAsync(stack, memberId);
    }

    private Task<HttpResponseMessage> AskAsync(string phone) =>
        stack.Gateway.PostAsJsonAsync("/connect/sign-in-code", new { phone });

    private Task<HttpResponseMessage> CodeSignInAsync(string phone, string code, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "urn:loyalty:grant-type:phone-code", ["client_id"] = "member-app",
            ["phone"] = phone, ["code"] = code,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        return stack.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    private void AssertNotInAnyLog(params string[] secrets)
    {
        foreach (var log in Directory.EnumerateFiles(stack.Settings.LogDirectory, "*.log"))
        {
            var text = File.ReadAllText(log);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }

}
