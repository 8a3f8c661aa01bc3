namespace Loyalty.Campaign.Api.Application;

/// <summary>A member a campaign run reaches, and the budget share (lifecycle segment) they draw from.</summary>
public sealed record Recipient(Guid MemberId, string ShareKey);
