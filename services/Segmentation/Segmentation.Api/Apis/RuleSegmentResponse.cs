using Loyalty.Segmentation.Api.Domain.Segments;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>A rule segment with its current size.</summary>
/// <param name="Code">The segment's code: rule- and its slug.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Criteria">Its rule.</param>
/// <param name="CreatedAt">When it was saved (UTC).</param>
/// <param name="Members">How many members it has now.</param>
public sealed record RuleSegmentResponse(
    string Code, string Name, RuleCriteria Criteria, DateTimeOffset CreatedAt, int Members)
{
    public static RuleSegmentResponse From(RuleSegment s, int members) =>
        new(s.Code, s.Name, s.Criteria, s.CreatedAt, members);
}

/// <summary>How many members a rule selects now.</summary>
/// <param name="Members">How many members the rule selects now.</param>
public sealed record RulePreviewResponse(int Members);
