namespace Loyalty.Campaign.Api.Apis;

/// <summary>Optional settings when creating a campaign from a journey template.</summary>
public sealed record JourneyRequest(decimal? Budget, int? HoldoutPercent);
