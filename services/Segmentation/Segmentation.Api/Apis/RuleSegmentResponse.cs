using Loyalty.Segmentation.Api.Domain.Segments;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>A rule segment with its current size.</summary>
/// <param name="Code">The segment's code: rule- and its slug.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Criteria">Its rule.</param>
/// <param name="CreatedAt">When it was saved (UTC).</param>
/// <param name="Members">How many members it has now.</param>
/// <param name="UsesPredictions">Whether its rule uses the models' predictions (CLV, P(alive)).</param>
/// <param name="PredictionsFrom">The accepted model fit those predictions come from; null when it uses none, or
/// none has been accepted (its members then stay as they were).</param>
public sealed record RuleSegmentResponse(
    string Code, string Name, RuleCriteria Criteria, DateTimeOffset CreatedAt, int Members, bool UsesPredictions,
    long? PredictionsFrom)
{
    /// <param name="s">The segment.</param>
    /// <param name="members">Its size.</param>
    /// <param name="fitInUse">The accepted fit in use, if any.</param>
    public static RuleSegmentResponse From(RuleSegment s, int members, long? fitInUse)
    {
        var uses = RulePredictions.Uses(s.Criteria);
        return new(s.Code, s.Name, s.Criteria, s.CreatedAt, members, uses, uses ? fitInUse : null);
    }
}

/// <summary>How many members a rule selects now.</summary>
/// <param name="Members">How many members the rule selects now.</param>
/// <param name="UsesPredictions">Whether the rule uses the models' predictions (CLV, P(alive)).</param>
/// <param name="PredictionsFrom">The accepted model fit those predictions come from; null when it uses none.</param>
public sealed record RulePreviewResponse(int Members, bool UsesPredictions, long? PredictionsFrom);
