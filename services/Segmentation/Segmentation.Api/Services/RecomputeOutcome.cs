namespace Loyalty.Segmentation.Api.Services;

/// <summary>What a full recompute did: the clinic day, members scored, memberships entered and left, whether predictions were made.</summary>
public sealed record RecomputeOutcome(DateOnly Day, int Scored, int Entered, int Left, bool Predicted, TimeSpan Elapsed);
