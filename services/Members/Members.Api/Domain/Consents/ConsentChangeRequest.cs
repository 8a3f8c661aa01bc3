using Loyalty.ServiceDefaults;

namespace Loyalty.Members.Api.Domain.Consents;

/// <summary>Consent decisions to record, and where they were given.</summary>
/// <param name="Consents">At least one decision, each channel and purpose once.</param>
/// <param name="Source">
/// Where they were given (2–32 letters, digits or dashes, e.g. wechat-mini); "app" for members, "front-desk" for staff
/// when left out.
/// </param>
public sealed record ConsentChangeRequest(IReadOnlyList<ConsentChoice?>? Consents, string? Source = null)
    : IRequestExample<ConsentChangeRequest>
{
    public static ConsentChangeRequest Example { get; } =
        new([new ConsentChoice(Contracts.Channel.Sms, Contracts.ConsentPurpose.Marketing, true)], "wechat-mini");
}
