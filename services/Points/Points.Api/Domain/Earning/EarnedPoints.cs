namespace Loyalty.Points.Api.Domain.Earning;

/// <summary>Points one earning rule gave; becomes one ledger entry (and lot) naming the rule.</summary>
/// <param name="RuleCode">The earning rule: purchase-base, tier-multiplier or birthday-month.</param>
/// <param name="Points">Points that rule gave.</param>
public sealed record EarnedPoints(string RuleCode, long Points);
