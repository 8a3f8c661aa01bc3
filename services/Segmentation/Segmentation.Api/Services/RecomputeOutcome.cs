namespace Loyalty.Segmentation.Api.Services;

/// <summary>
/// What a full recompute did: the clinic day, members scored, memberships entered and left, whether predictions were
/// made, and how many scored members got no prediction because the models cannot take their data (see
/// <see cref="ModelInputs"/>).
/// </summary>
public sealed record RecomputeOutcome(DateOnly Day, int Scored, int Entered, int Left, bool Predicted, int Skipped, TimeSpan Elapsed);
