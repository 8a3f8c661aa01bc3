using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Consents;

namespace Loyalty.Members.Api.Apis;

/// <summary>
/// The current consent for one channel and purpose; never decided means not granted, with no source or time.
/// </summary>
/// <param name="Channel">Sms, WeChat, Email or Push.</param>
/// <param name="Purpose">Marketing or Transactional.</param>
/// <param name="Granted">Whether the member consents now (never decided: false).</param>
/// <param name="Source">Where the decision was given (app, front-desk, ...); null when never decided.</param>
/// <param name="ChangedAt">When it was decided (UTC); null when never decided.</param>
public sealed record ConsentResponse(
    Channel Channel, ConsentPurpose Purpose, bool Granted, string? Source, DateTimeOffset? ChangedAt)
{
    /// <summary>Every channel and purpose, from the latest decision of each (never decided: not granted).</summary>
    public static ConsentResponse[] ForAll(IReadOnlyList<ConsentRecord> latest) =>
        ConsentRules.All
            .Select(pair => latest.FirstOrDefault(r => r.Channel == pair.Channel && r.Purpose == pair.Purpose) is { } r
                ? From(r)
                : new ConsentResponse(pair.Channel, pair.Purpose, false, null, null))
            .ToArray();

    /// <summary>One decision as it was recorded.</summary>
    public static ConsentResponse From(ConsentRecord r) => new(r.Channel, r.Purpose, r.Granted, r.Source, r.ChangedAt);
}
