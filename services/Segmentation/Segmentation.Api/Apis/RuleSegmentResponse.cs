using Loyalty.Segmentation.Api.Domain;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>A rule segment with its current size.</summary>
public sealed record RuleSegmentResponse(string Code, string Name, RuleCriteria Criteria, DateTimeOffset CreatedAt, int Members)
{
    public static RuleSegmentResponse From(RuleSegment s, int members) => new(s.Code, s.Name, s.Criteria, s.CreatedAt, members);
}

/// <summary>How many members a rule selects now.</summary>
public sealed record RulePreviewResponse(int Members);
