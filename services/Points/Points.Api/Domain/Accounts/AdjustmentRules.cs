namespace Loyalty.Points.Api.Domain.Accounts;

/// <summary>What an admin's grant or deduction for many members may ask. Errors by request field.</summary>
public static class AdjustmentRules
{
    public const int MaxMembers = 1_000;

    public const long MaxPoints = 1_000_000;

    public const int MaxReasonLength = 64;

    public static Dictionary<string, string[]> Validate(IReadOnlyList<Guid>? memberIds, long? points, string? reason)
    {
        var errors = new Dictionary<string, string[]>();
        if (memberIds is not { Count: > 0 and <= MaxMembers })
        {
            errors["memberIds"] = [$"Give 1 to {MaxMembers} member ids."];
        }

        if (points is not (not 0 and >= -MaxPoints and <= MaxPoints))
        {
            errors["points"] = ["Points must be non-zero, between -1,000,000 and 1,000,000."];
        }

        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            errors["reason"] =
                [$"A reason (at most {MaxReasonLength} characters) is required; it is shown in each member's ledger."];
        }

        return errors;
    }

    /// <summary>The ledger source reference every member's entry of one adjustment shares.</summary>
    public static string SourceRefFor(Guid adjustmentId) => $"adjustment:{adjustmentId}";
}
