using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>Optional settings when creating a campaign from a journey template; the body may be left out.</summary>
/// <param name="Budget">Total budget in CNY (more than 0); none when left out.</param>
/// <param name="HoldoutPercent">Percent of the audience held out (0 to 50); the journey's own when left out.</param>
public sealed record JourneyRequest(
    decimal? Budget = null, int? HoldoutPercent = null) : IRequestExample<JourneyRequest>
{
    public static JourneyRequest Example { get; } = new(20_000m, 10);
}
