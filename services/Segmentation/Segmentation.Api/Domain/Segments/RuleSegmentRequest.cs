using Loyalty.ServiceDefaults;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>An admin's new rule segment: slug (lowercase kebab, becomes "rule-" + slug), name, and the rule.</summary>
/// <param name="Slug">Lowercase kebab-case (a-z, 0-9, single dashes); the segment's code is "rule-" + slug.</param>
/// <param name="Name">The segment's name as staff see it.</param>
/// <param name="Criteria">The rule: every criterion given must hold; at least one.</param>
public sealed record RuleSegmentRequest(string? Slug, string? Name, RuleCriteria? Criteria)
    : IRequestExample<RuleSegmentRequest>
{
    public static RuleSegmentRequest Example { get; } = new("laser-women", "激光 女 25-40", RuleCriteria.Example);
}
