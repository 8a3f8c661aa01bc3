using Loyalty.Contracts;

namespace Loyalty.Members.Api.Apis;

/// <summary>The current consent for one channel and purpose; never decided means not granted, with no source or time.</summary>
public sealed record ConsentResponse(Channel Channel, ConsentPurpose Purpose, bool Granted, string? Source, DateTimeOffset? ChangedAt);
