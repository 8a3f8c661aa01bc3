using Loyalty.Contracts;

namespace Loyalty.Members.Api.Apis;

/// <summary>The current consent for one channel and purpose; never decided means not granted, with no source or time.</summary>
/// <param name="Channel">Sms, WeChat, Email or Push.</param>
/// <param name="Purpose">Marketing or Transactional.</param>
/// <param name="Granted">Whether the member consents now (never decided: false).</param>
/// <param name="Source">Where the decision was given (app, front-desk, ...); null when never decided.</param>
/// <param name="ChangedAt">When it was decided (UTC); null when never decided.</param>
public sealed record ConsentResponse(Channel Channel, ConsentPurpose Purpose, bool Granted, string? Source, DateTimeOffset? ChangedAt);
