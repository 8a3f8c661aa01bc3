namespace Loyalty.Segmentation.Api.Domain;

/// <summary>An admin's new rule segment: slug (lowercase kebab, becomes "rule-" + slug), name, and the rule.</summary>
public sealed record RuleSegmentRequest(string? Slug, string? Name, RuleCriteria? Criteria);
