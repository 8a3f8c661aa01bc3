namespace Loyalty.Points.Api.Domain;

/// <summary>Points one earning rule gave; becomes one ledger entry (and lot) naming the rule.</summary>
public sealed record EarnedPoints(string RuleCode, long Points);
