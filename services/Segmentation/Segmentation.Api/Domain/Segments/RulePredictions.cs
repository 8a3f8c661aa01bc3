namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// Whether a rule rests on the models' predictions (CLV, P(alive)): such a rule is evaluated only while an accepted
/// fit is in use, never on members left without a prediction because none was accepted.
/// </summary>
public static class RulePredictions
{
    public const string NoAcceptedFit =
        "The rule uses CLV or P(alive), and no model fit has been accepted yet: it cannot be evaluated. "
        + "GET /api/segments/models says why the fits were refused.";

    public static bool Uses(RuleCriteria criteria) =>
        criteria.MinClv is not null || criteria.MaxClv is not null
        || criteria.MinProbabilityAlive is not null || criteria.MaxProbabilityAlive is not null;
}
