using Loyalty.Contracts.Segmentation;

namespace Loyalty.Segmentation.Api.Domain;

/// <summary>An operator's segment: code "rule-" + the slug the admin gave, a name, and the rule members must meet.</summary>
public sealed class RuleSegment
{
    public const string CodePrefix = "rule-";

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required RuleCriteria Criteria { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public SegmentDefinition Definition => new(Code, Name, SegmentKind.Rule);
}
