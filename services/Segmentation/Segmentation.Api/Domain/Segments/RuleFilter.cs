using Loyalty.Segmentation.Api.Domain.Copies;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// A rule as a query filter. The same filter counts the preview, fills the saved segment (both in SQL) and checks one
/// member after an event (in memory), so a preview's count is the size the segment has when saved.
/// </summary>
public static class RuleFilter
{
    public static IQueryable<SegmentMember> Apply(IQueryable<SegmentMember> members, RuleCriteria rule, DateOnly today)
    {
        members = members.Where(m => !m.IsErased); // an erased member is in no segment, whatever her scores
        if (rule.MinAge is { } minAge)
        {
            var bornBy = today.AddYears(-minAge);
            members = members.Where(m => m.BirthDate <= bornBy);
        }

        if (rule.MaxAge is { } maxAge)
        {
            var bornAfter = today.AddYears(-(maxAge + 1));
            members = members.Where(m => m.BirthDate > bornAfter);
        }

        if (rule.Genders is { Count: > 0 } genders)
        {
            var wanted = genders.ToList();
            members = members.Where(m => m.Gender != null && wanted.Contains(m.Gender.Value));
        }

        if (rule.Tags is { Count: > 0 } tags)
        {
            var wanted = tags.ToList();
            members = members.Where(m => m.Tags.Any(t => wanted.Contains(t)));
        }

        if (rule.Tiers is { Count: > 0 } tiers)
        {
            var wanted = tiers.ToList();
            members = members.Where(m => m.Tier != null && wanted.Contains(m.Tier.Value));
        }

        if (rule.Stores is { Count: > 0 } stores)
        {
            var wanted = stores.ToList();
            members = members.Where(m => m.HomeStoreId != null && wanted.Contains(m.HomeStoreId));
        }

        members = Between(members, rule.MinSpend, rule.MaxSpend,
            m => m.Spend >= rule.MinSpend, m => m.Spend <= rule.MaxSpend);
        members = Between(members, rule.MinPoints, rule.MaxPoints,
            m => m.PointsBalance >= rule.MinPoints, m => m.PointsBalance <= rule.MaxPoints);
        members = Between(members, rule.MinRecencyScore, rule.MaxRecencyScore,
            m => m.R >= rule.MinRecencyScore, m => m.R <= rule.MaxRecencyScore);
        members = Between(members, rule.MinFrequencyScore, rule.MaxFrequencyScore,
            m => m.F >= rule.MinFrequencyScore, m => m.F <= rule.MaxFrequencyScore);
        members = Between(members, rule.MinMonetaryScore, rule.MaxMonetaryScore,
            m => m.M >= rule.MinMonetaryScore, m => m.M <= rule.MaxMonetaryScore);
        members = Between(members, rule.MinClv, rule.MaxClv, m => m.Clv >= rule.MinClv, m => m.Clv <= rule.MaxClv);
        members = Between(members, rule.MinNps, rule.MaxNps,
            m => m.LatestNps >= rule.MinNps, m => m.LatestNps <= rule.MaxNps);
        if (rule.NpsGroup is { } group)
        {
            members = members.Where(m => m.LatestNpsGroup == group);
        }

        return members;
    }

    /// <summary>Whether one member meets the rule (the same filter, in memory).</summary>
    public static bool Matches(SegmentMember member, RuleCriteria rule, DateOnly today) =>
        Apply(new[] { member }.AsQueryable(), rule, today).Any();

    private static IQueryable<SegmentMember> Between<T>(
        IQueryable<SegmentMember> members, T? min, T? max,
        System.Linq.Expressions.Expression<Func<SegmentMember, bool>> atLeast,
        System.Linq.Expressions.Expression<Func<SegmentMember, bool>> atMost)
        where T : struct
    {
        if (min is not null)
        {
            members = members.Where(atLeast);
        }

        if (max is not null)
        {
            members = members.Where(atMost);
        }

        return members;
    }
}
