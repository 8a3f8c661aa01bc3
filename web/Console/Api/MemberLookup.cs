using Loyalty.Console.Localization;

namespace Loyalty.Console.Api;

/// <summary>A member box's text (an id, or a phone in any spelling) as a member id, or the reason it is none.</summary>
public sealed record MemberLookupResult(Guid? MemberId, string? Error)
{
    public static readonly MemberLookupResult Empty = new(null, null);
}

public static class MemberLookup
{
    /// <summary>Empty text is no member and no error; a phone is looked up with GET /api/members?phone=.</summary>
    public static async Task<MemberLookupResult> ResolveAsync(GatewayApi api, Text t, string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return MemberLookupResult.Empty;
        }

        if (Guid.TryParse(text, out var id))
        {
            return new MemberLookupResult(id, null);
        }

        var result = await api.SendAsync<MessagesMemberLookup>(
            HttpMethod.Get, "/api/members?pageSize=1&phone=" + Uri.EscapeDataString(text), null);
        return result.ErrorFor("phone") is { } phoneError ? new MemberLookupResult(null, phoneError)
            : result.Value?.Members is [var member, ..] ? new MemberLookupResult(member.Id, null)
            : new MemberLookupResult(null, t["No member has this phone."]);
    }
}
