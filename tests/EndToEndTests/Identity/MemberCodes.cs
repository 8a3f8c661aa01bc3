using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>
/// A member who can sign in with a code, and the code she was sent, read from the Notification service's message log
/// (the local provider's), as a developer would: for the sign-in API's tests and the member app's browser tests.
/// </summary>
internal static partial class MemberCodes
{
    /// <summary>A new member, once the Identity service has heard of her (MemberRegistered).</summary>
    public static async Task<(Guid MemberId, string Phone)> RegisterKnownToIdentityAsync(StackFixture stack)
    {
        using var staff = await stack.ClientAsync("staff");
        var phone = Registrations.NewPhone();
        var memberId = await Registrations.RegisterAsync(staff, phone);
        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>(
                "identitydb", """SELECT count(*) FROM member_logins WHERE "MemberId" = @m""", ("m", memberId)) == 1,
            StackFixture.EventTimeout, "Identity keeps the member for sign-in");
        return (memberId, phone);
    }

    /// <summary>The code of the newest sign-in message to her, once it is in the message log.</summary>
    public static async Task<string> SentToAsync(StackFixture stack, Guid memberId)
    {
        using var staff = await stack.ClientAsync("staff");
        string? code = null;
        await Eventually.HoldsAsync(async () =>
        {
            var page = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications/messages?memberId={memberId}");
            var message = page.GetProperty("items").EnumerateArray()
                .FirstOrDefault(m => m.GetProperty("templateCode").GetString() == "sign-in-code");
            code = message.ValueKind == JsonValueKind.Object
                ? SixDigits().Match(message.GetProperty("body").GetString() ?? "").Value
                : null;
            return !string.IsNullOrEmpty(code);
        }, StackFixture.EventTimeout, "the sign-in code is in the message log");
        return code!;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
