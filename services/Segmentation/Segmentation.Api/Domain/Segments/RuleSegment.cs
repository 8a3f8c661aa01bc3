using Loyalty.Contracts.Segmentation;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// An operator's segment: code "rule-" + the slug the admin gave, a name, and the rule members must meet.
/// </summary>
public sealed class RuleSegment
{
    public const string CodePrefix = "rule-";

    private RuleSegment()
    {
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public RuleCriteria Criteria { get; private set; } = new();

    public DateTimeOffset CreatedAt { get; private set; }

    public SegmentDefinition Definition => new(Code, Name, SegmentKind.Rule);

    /// <summary>An admin's new segment from a validated slug, name and rule (normalised here).</summary>
    public static RuleSegment Define(string slug, string name, RuleCriteria criteria, DateTimeOffset at) => new()
    {
        Code = CodePrefix + slug, Name = name.Trim(), Criteria = RuleSegmentRules.Normalize(criteria), CreatedAt = at,
    };
}
