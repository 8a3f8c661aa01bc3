using System.Text.RegularExpressions;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// Validation of rule segments; errors are keyed by the field (camelCase, "criteria.minAge" for criteria).
/// </summary>
public static partial class RuleSegmentRules
{
    public const int MaxSlugLength = 50;
    public const int MaxNameLength = 100;

    public static Dictionary<string, string[]> ValidateCriteria(RuleCriteria? criteria)
    {
        var errors = new Dictionary<string, string[]>();
        if (criteria is null)
        {
            errors["criteria"] = ["A rule needs at least one criterion."];
            return errors;
        }

        void Range<T>(string min, string max, T? low, T? high, T floor, T? ceiling, string unit)
            where T : struct, IComparable<T>
        {
            if (low is { } l && (l.CompareTo(floor) < 0 || (ceiling is { } c1 && l.CompareTo(c1) > 0)))
            {
                errors["criteria." + min] = [$"{unit} out of range."];
            }

            if (high is { } h && (h.CompareTo(floor) < 0 || (ceiling is { } c2 && h.CompareTo(c2) > 0)))
            {
                errors["criteria." + max] = [$"{unit} out of range."];
            }
            else if (low is { } lo && high is { } hi && lo.CompareTo(hi) > 0)
            {
                errors["criteria." + min] = [$"{min} must not be above {max}."];
            }
        }

        Range("minAge", "maxAge", criteria.MinAge, criteria.MaxAge, 0, 150, "Age (0 to 150)");
        Range("minSpend", "maxSpend", criteria.MinSpend, criteria.MaxSpend, 0m, null, "Spend (0 or more)");
        Range("minPoints", "maxPoints", criteria.MinPoints, criteria.MaxPoints, 0L, null, "Points (0 or more)");
        const string score = "Score (1 to 5)";
        Range("minRecencyScore", "maxRecencyScore", criteria.MinRecencyScore, criteria.MaxRecencyScore, 1, 5, score);
        Range("minFrequencyScore", "maxFrequencyScore", criteria.MinFrequencyScore, criteria.MaxFrequencyScore, 1, 5,
            score);
        Range("minMonetaryScore", "maxMonetaryScore", criteria.MinMonetaryScore, criteria.MaxMonetaryScore, 1, 5, score);
        Range("minClv", "maxClv", criteria.MinClv, criteria.MaxClv, decimal.MinValue, null, "CLV");
        Range("minProbabilityAlive", "maxProbabilityAlive", criteria.MinProbabilityAlive,
            criteria.MaxProbabilityAlive, 0d, 1d, "P(alive) (0 to 1)");
        Range("minNps", "maxNps", criteria.MinNps, criteria.MaxNps, 0, 10, "NPS answer (0 to 10)");
        if (criteria.NpsGroup is { } group && !Enum.IsDefined(group))
        {
            errors["criteria.npsGroup"] = ["NPS group must be Promoter, Passive or Detractor."];
        }

        if (criteria.Tags is { } tags && tags.Any(string.IsNullOrWhiteSpace))
        {
            errors["criteria.tags"] = ["Tags must not be empty."];
        }

        if (criteria.Stores is { } stores && stores.Any(string.IsNullOrWhiteSpace))
        {
            errors["criteria.stores"] = ["Store ids must not be empty."];
        }

        if (errors.Count == 0 && Normalize(criteria) == new RuleCriteria())
        {
            errors["criteria"] = ["A rule needs at least one criterion."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(RuleSegmentRequest request)
    {
        var errors = ValidateCriteria(request.Criteria);
        if (request.Slug is not { } slug || slug.Length > MaxSlugLength || !SlugPattern().IsMatch(slug))
        {
            errors["slug"] =
                [$"Slug must be lowercase kebab-case (a-z, 0-9, single dashes), 1 to {MaxSlugLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required, at most {MaxNameLength} characters."];
        }

        return errors;
    }

    /// <summary>
    /// Empty lists as absent, tags lowercase and store ids uppercase (as Members keeps them), each distinct.
    /// </summary>
    public static RuleCriteria Normalize(RuleCriteria criteria) => criteria with
    {
        Genders = criteria.Genders is { Count: > 0 } g ? g.Distinct().Order().ToArray() : null,
        Tags = criteria.Tags is { Count: > 0 } t
            ? t.Select(x => x.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray()
            : null,
        Tiers = criteria.Tiers is { Count: > 0 } r ? r.Distinct().Order().ToArray() : null,
        Stores = criteria.Stores is { Count: > 0 } s
            ? s.Select(x => x.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray()
            : null,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
