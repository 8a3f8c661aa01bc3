namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// What a full recompute did: the clinic day, members scored, memberships entered and left, whether predictions were
/// made, and how many scored members got no prediction because the models cannot take their data (see
/// <see cref="ModelInputs"/>).
/// </summary>
/// <param name="Day">The clinic day scored.</param>
/// <param name="Scored">Members scored.</param>
/// <param name="Entered">Segment entries published (SegmentEntered).</param>
/// <param name="Left">Segment exits published (SegmentLeft).</param>
/// <param name="Predicted">Whether predictions were made (a model fit exists).</param>
/// <param name="Skipped">Scored members who got no prediction because the models cannot take their data.</param>
/// <param name="Elapsed">How long the recompute took.</param>
public sealed record RecomputeOutcome(
    DateOnly Day, int Scored, int Entered, int Left, bool Predicted, int Skipped, TimeSpan Elapsed)
{
    /// <summary>The accepted model fit the predictions came from; null when none has been accepted.</summary>
    public long? PredictedFrom { get; init; }

    /// <summary>
    /// Rule segments on CLV or P(alive) left as they were because no fit has been accepted (their codes).
    /// </summary>
    public IReadOnlyList<string> HeldRuleSegments { get; init; } = [];
}
