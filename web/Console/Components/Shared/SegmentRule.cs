using Loyalty.Console.Api;

namespace Loyalty.Console.Components.Shared;

/// <summary>What a rule condition is about; each maps to one pair (or list) of the API's RuleCriteria.</summary>
public enum SegmentRuleField
{
    Age,
    Gender,
    Tag,
    Tier,
    Store,
    Spend,
    Points,
    RecencyScore,
    FrequencyScore,
    MonetaryScore,
    Clv,
}

public enum SegmentRuleOperator
{
    AtLeast,
    AtMost,
    Between,
    AnyOf,
}

/// <summary>One row of the rule builder: a field, how it compares, and its value(s).</summary>
public sealed class SegmentRuleCondition
{
    public SegmentRuleField Field { get; set; } = SegmentRuleField.Age;

    public SegmentRuleOperator Operator { get; set; } = SegmentRuleOperator.Between;

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public IReadOnlyCollection<string> Choices { get; set; } = [];

    /// <summary>Interest tags as typed: comma or space separated.</summary>
    public string? TagsText { get; set; }

    public bool IsList => SegmentRule.IsList(Field);
}

/// <summary>
/// The rule builder's rows as the API's criteria (every row must hold), and the error keys of each row.
/// </summary>
public static class SegmentRule
{
    public static readonly string[] Genders = ["Female", "Male", "Undisclosed"];
    public static readonly string[] Tiers = ["Standard", "Silver", "Gold", "Diamond"];

    public static bool IsList(SegmentRuleField field) =>
        field is SegmentRuleField.Gender or SegmentRuleField.Tag or SegmentRuleField.Tier or SegmentRuleField.Store;

    public static bool IsMoney(SegmentRuleField field) => field is SegmentRuleField.Spend or SegmentRuleField.Clv;

    public static bool IsScore(SegmentRuleField field) => field is SegmentRuleField.RecencyScore
        or SegmentRuleField.FrequencyScore or SegmentRuleField.MonetaryScore;

    /// <summary>
    /// The criteria's camelCase names for a row's field, as the API keys its errors ("criteria.minAge").
    /// </summary>
    public static string[] ErrorKeys(SegmentRuleField field) => field switch
    {
        SegmentRuleField.Age => ["criteria.minAge", "criteria.maxAge"],
        SegmentRuleField.Gender => ["criteria.genders"],
        SegmentRuleField.Tag => ["criteria.tags"],
        SegmentRuleField.Tier => ["criteria.tiers"],
        SegmentRuleField.Store => ["criteria.stores"],
        SegmentRuleField.Spend => ["criteria.minSpend", "criteria.maxSpend"],
        SegmentRuleField.Points => ["criteria.minPoints", "criteria.maxPoints"],
        SegmentRuleField.RecencyScore => ["criteria.minRecencyScore", "criteria.maxRecencyScore"],
        SegmentRuleField.FrequencyScore => ["criteria.minFrequencyScore", "criteria.maxFrequencyScore"],
        SegmentRuleField.MonetaryScore => ["criteria.minMonetaryScore", "criteria.maxMonetaryScore"],
        SegmentRuleField.Clv => ["criteria.minClv", "criteria.maxClv"],
        _ => [],
    };

    /// <summary>
    /// The criteria of every row together; a later row on the same field replaces what an earlier one set. Values are
    /// sent as typed (the API, not the console, says what is out of range).
    /// </summary>
    public static RuleCriteria ToCriteria(IEnumerable<SegmentRuleCondition> conditions)
    {
        var criteria = new RuleCriteria();
        foreach (var c in conditions)
        {
            var low = c.Operator is SegmentRuleOperator.AtLeast or SegmentRuleOperator.Between ? c.Low : null;
            var high = c.Operator switch
            {
                SegmentRuleOperator.AtMost => c.Low,
                SegmentRuleOperator.Between => c.High,
                _ => null,
            };
            var choices = c.Choices.ToList();
            criteria = c.Field switch
            {
                SegmentRuleField.Age => criteria with { MinAge = Whole(low), MaxAge = Whole(high) },
                SegmentRuleField.Spend => criteria with { MinSpend = low, MaxSpend = high },
                SegmentRuleField.Points => criteria with { MinPoints = Long(low), MaxPoints = Long(high) },
                SegmentRuleField.RecencyScore => criteria with
                {
                    MinRecencyScore = Whole(low), MaxRecencyScore = Whole(high),
                },
                SegmentRuleField.FrequencyScore => criteria with
                {
                    MinFrequencyScore = Whole(low), MaxFrequencyScore = Whole(high),
                },
                SegmentRuleField.MonetaryScore => criteria with
                {
                    MinMonetaryScore = Whole(low), MaxMonetaryScore = Whole(high),
                },
                SegmentRuleField.Clv => criteria with { MinClv = low, MaxClv = high },
                SegmentRuleField.Gender => criteria with { Genders = choices.Count > 0 ? choices : null },
                SegmentRuleField.Tier => criteria with { Tiers = choices.Count > 0 ? choices : null },
                SegmentRuleField.Store => criteria with { Stores = choices.Count > 0 ? choices : null },
                SegmentRuleField.Tag => criteria with { Tags = Tags(c.TagsText) },
                _ => criteria,
            };
        }

        return criteria;
    }

    private static List<string>? Tags(string? text)
    {
        var tags = (text ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries);
        return tags.Length > 0 ? [.. tags] : null;
    }

    private static int? Whole(decimal? value) =>
        value is { } v ? (int)Math.Clamp(Math.Round(v), int.MinValue, int.MaxValue) : null;

    private static long? Long(decimal? value) =>
        value is { } v ? (long)Math.Clamp(Math.Round(v), long.MinValue, long.MaxValue) : null;
}
