namespace Loyalty.Points.Api.Domain.Earning;

/// <summary>What a reported action must name, and how its ledger entry names it. Errors by request field.</summary>
public static class ActionRules
{
    public const int MaxReferenceLength = 100;

    public static Dictionary<string, string[]> Validate(Guid? memberId, PointsAction? action, string? reference)
    {
        var errors = new Dictionary<string, string[]>();
        if (memberId is null || memberId == Guid.Empty)
        {
            errors["memberId"] = ["The member's id is required."];
        }

        if (action is not { } known || !Enum.IsDefined(known))
        {
            errors["action"] = ["Action must be Review, SocialShare or Survey."];
        }

        if (string.IsNullOrEmpty(reference) || reference.Length > MaxReferenceLength)
        {
            errors["reference"] =
            [
                $"A reference (at most {MaxReferenceLength} characters) naming the review, share or survey response "
                + "is required.",
            ];
        }

        return errors;
    }

    /// <summary>
    /// The ledger source reference of an action, e.g. "social-share:{reference}": the same reference twice earns once.
    /// </summary>
    public static string SourceRefFor(PointsAction action, string reference) => $"{Code(action)}:{reference}";

    private static string Code(PointsAction action) => action switch
    {
        PointsAction.SocialShare => "social-share",
        _ => action.ToString().ToLowerInvariant(),
    };
}
