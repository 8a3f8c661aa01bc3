namespace Loyalty.Console.Api;

// Segmentation's answers and requests (services/Segmentation/Segmentation.Api/Apis), as the console reads them.
// Enums travel as their names (strings), so the console needs no reference to the services' contracts.

/// <summary>A segment with how many members it has now (GET /api/segments).</summary>
/// <param name="Kind">Rfm, Lifecycle or Rule.</param>
public sealed record SegmentSummary(string Code, string Name, string Kind, int Members);

/// <summary>
/// An operator's rule (POST /api/segments/rules/preview, criteria of POST /api/segments/rules): every criterion given
/// must hold; a list matches any of its entries. Null leaves a criterion out.
/// </summary>
public sealed record RuleCriteria
{
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public IReadOnlyList<string>? Genders { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? Tiers { get; init; }
    public IReadOnlyList<string>? Stores { get; init; }
    public decimal? MinSpend { get; init; }
    public decimal? MaxSpend { get; init; }
    public long? MinPoints { get; init; }
    public long? MaxPoints { get; init; }
    public int? MinRecencyScore { get; init; }
    public int? MaxRecencyScore { get; init; }
    public int? MinFrequencyScore { get; init; }
    public int? MaxFrequencyScore { get; init; }
    public int? MinMonetaryScore { get; init; }
    public int? MaxMonetaryScore { get; init; }
    public decimal? MinClv { get; init; }
    public decimal? MaxClv { get; init; }
}

/// <summary>A new rule segment: its code becomes "rule-" + slug.</summary>
public sealed record RuleSegmentRequest(string? Slug, string? Name, RuleCriteria? Criteria);

/// <summary>A saved rule segment with its current size.</summary>
public sealed record RuleSegmentResponse(
    string Code, string Name, RuleCriteria Criteria, DateTimeOffset CreatedAt, int Members);

/// <summary>How many members a rule selects now.</summary>
public sealed record RulePreviewResponse(int Members);

/// <summary>One page of a segment's members, in order of member id.</summary>
public sealed record SegmentMemberPage(
    string Code, int Page, int PageSize, int TotalMembers, IReadOnlyList<SegmentMemberEntry> Members);

/// <summary>A member in a segment listing: since when, and the scores that put them there.</summary>
public sealed record SegmentMemberEntry(
    Guid MemberId, DateTimeOffset EnteredAt, string? Layer, int? R, int? F, int? M, decimal Spend, decimal? Clv);
