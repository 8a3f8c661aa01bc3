using Loyalty.Contracts;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Rfm;

namespace Loyalty.UnitTests.Segmentation;

public class SegmentationServiceRulesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Segment_codes_follow_the_agreed_contract()
    {
        Assert.Equal("rfm-champions", BuiltInSegments.CodeOf(RfmGroup.Champions));
        Assert.Equal("rfm-at-risk", BuiltInSegments.CodeOf(RfmGroup.AtRisk));
        Assert.Equal("rfm-cant-lose", BuiltInSegments.CodeOf(RfmGroup.CantLose));
        Assert.Equal("rfm-potential-loyalist", BuiltInSegments.CodeOf(RfmGroup.PotentialLoyalist));
        Assert.Equal("lifecycle-dormant", BuiltInSegments.CodeOf(LifecycleLayer.Dormant));
        Assert.Null(BuiltInSegments.CodeOf(LifecycleLayer.Unlayered));
        Assert.Equal(
            ["lifecycle-new", "lifecycle-active", "lifecycle-dormant", "vip", "potential-churn"],
            BuiltInSegments.All.Where(s => s.Kind == SegmentKind.Lifecycle).Select(s => s.Code));
        Assert.Equal(Enum.GetValues<RfmGroup>().Length, BuiltInSegments.All.Count(s => s.Kind == SegmentKind.Rfm));
        Assert.Equal(BuiltInSegments.All.Count, BuiltInSegments.All.Select(s => s.Code).Distinct().Count());
        Assert.Equal(["lifecycle-active", "vip", "rfm-champions"],
            BuiltInSegments.CodesOf(LifecycleLayer.Active, RfmGroup.Champions, true, false));
        Assert.Empty(BuiltInSegments.CodesOf(null, null, false, false));
    }

    [Theory]
    [InlineData("2026-03-01T17:59:59Z", null)] // 01:59:59 on 2 March in Shanghai
    [InlineData("2026-03-01T18:00:00Z", "2026-03-02")] // 02:00 on 2 March
    [InlineData("2026-03-02T15:59:00Z", "2026-03-02")] // 23:59 on 2 March: still that night's run, if no replica did it
    [InlineData("2026-03-02T16:00:00Z", null)] // 00:00 on 3 March
    public void The_nightly_run_is_due_from_two_oclock_Shanghai_time(string utc, string? due) =>
        Assert.Equal(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            NightlySchedule.DueDay(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
                Shanghai, new TimeOnly(2, 0)));

    [Fact]
    public void A_member_the_engine_fails_on_gets_no_prediction_and_the_others_are_predicted()
    {
        // α ≈ 0 puts ₂F₁'s argument t / (α + T + t) next to 1 for a member who first bought today (T = 0): its series
        // does not converge there.
        var fit = AcceptedBgNbd(("r", 1), ("alpha", 1e-12), ("a", 2), ("b", 1));
        CustomerSummary[] summaries = [new("regular", 2, 20, 30, 300), new("new", 0, 0, 0, 0)];
        var predictions = PredictionCalculator.Predict(fit, summaries, new SegmentationOptions());
        Assert.Equal(["regular"], predictions.Keys);
        Assert.InRange(predictions["regular"].ProbabilityAlive, 0, 1);
    }

    [Fact]
    public void The_latest_points_event_sets_the_balance_whatever_order_they_arrive_in()
    {
        var t = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
        Assert.True(PointsBalanceRule.Replaces(null, 0, t, 100, isEarning: true));
        // older redemption arrives late
        Assert.False(PointsBalanceRule.Replaces(t, 100, t.AddSeconds(-1), 40, isEarning: false));
        Assert.True(PointsBalanceRule.Replaces(t, 100, t.AddSeconds(1), 40, isEarning: false));
        // base then birthday lot of one purchase
        Assert.True(PointsBalanceRule.Replaces(t, 100, t, 200, isEarning: true));
        Assert.False(PointsBalanceRule.Replaces(t, 200, t, 100, isEarning: true));
    }

    [Fact]
    public void Refunds_net_out_of_spend_and_a_fully_refunded_purchase_does_not_count()
    {
        var member = Guid.NewGuid();
        var aggregate = PurchaseAggregate.Of(
        [
            new MemberPurchase { PurchaseId = Guid.NewGuid(), MemberId = member, PaidOn = new DateOnly(2026, 1, 5),
                Amount = 300m, RefundedAmount = 300m },
            new MemberPurchase { PurchaseId = Guid.NewGuid(), MemberId = member, PaidOn = new DateOnly(2026, 2, 5),
                Amount = 500m, RefundedAmount = 120m },
            new MemberPurchase { PurchaseId = Guid.NewGuid(), MemberId = member,
                PaidOn = new DateOnly(2026, 1, 20), Amount = 80m },
        ]);
        Assert.Equal(new PurchaseAggregate(2, 460m, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 5)), aggregate);
        Assert.Equal(new PurchaseAggregate(0, 0m, null, null), PurchaseAggregate.Of([]));
    }

    [Theory]
    [InlineData("1996-06-10", true)] // 30 today
    [InlineData("1996-06-11", false)] // 30 tomorrow
    [InlineData("1985-06-11", true)] // 40, turns 41 tomorrow
    [InlineData("1985-06-10", false)] // 41 today
    public void Rule_ages_are_whole_years_on_the_clinic_calendar(string birthDate, bool matches)
    {
        var member = SegmentMember.Placeholder(Guid.NewGuid());
        member.UpdateProfile(Gender.Female, DateOnly.Parse(birthDate,
            System.Globalization.CultureInfo.InvariantCulture), ["Laser"], "SH-01", DateTimeOffset.UtcNow);
        var rule = new RuleCriteria { MinAge = 30, MaxAge = 40,
            Tags = ["laser", "skincare"], Genders = [Gender.Female] };
        Assert.Equal(matches, RuleFilter.Matches(member, rule, new DateOnly(2026, 6, 10)));
    }

    [Fact]
    public void A_placeholder_without_profile_or_purchases_matches_no_bounded_rule()
    {
        var member = SegmentMember.Placeholder(Guid.NewGuid());
        var today = new DateOnly(2026, 6, 10);
        Assert.False(RuleFilter.Matches(member, new RuleCriteria { MaxAge = 99 }, today));
        Assert.False(RuleFilter.Matches(member,
            new RuleCriteria { Genders = [Gender.Female, Gender.Male, Gender.Undisclosed] }, today));
        Assert.False(RuleFilter.Matches(member, new RuleCriteria { MinRecencyScore = 1 }, today));
        Assert.False(RuleFilter.Matches(member, new RuleCriteria { MinClv = 0 }, today));
        Assert.True(RuleFilter.Matches(member, new RuleCriteria { MaxPoints = 0 }, today));
    }

    [Fact]
    public void Bad_rule_segments_are_refused_naming_the_field()
    {
        Assert.Contains("slug", RuleSegmentRules.Validate(
            new RuleSegmentRequest("Big Spenders", "x", new RuleCriteria { MinSpend = 1 })).Keys);
        Assert.Contains("name", RuleSegmentRules.Validate(
            new RuleSegmentRequest("big-spenders", " ", new RuleCriteria { MinSpend = 1 })).Keys);
        Assert.Contains("criteria", RuleSegmentRules.Validate(
            new RuleSegmentRequest("big-spenders", "x", new RuleCriteria { Tags = [] })).Keys);
        Assert.Contains("criteria.minAge",
            RuleSegmentRules.ValidateCriteria(new RuleCriteria { MinAge = 50, MaxAge = 40 }).Keys);
        Assert.Contains("criteria.maxRecencyScore",
            RuleSegmentRules.ValidateCriteria(new RuleCriteria { MaxRecencyScore = 6 }).Keys);
        Assert.Empty(RuleSegmentRules.Validate(new RuleSegmentRequest("big-spenders-2", "Big spenders",
            new RuleCriteria { MinSpend = 10_000, MinMonetaryScore = 5 })));
    }

    /// <summary>An accepted fit whose chosen model is BG/NBD with these parameters (Gamma-Gamma p 6, q 4, v 15).</summary>
    private static ModelFit AcceptedBgNbd(params (string Name, double Value)[] parameters)
    {
        static ModelEstimates Estimates(params (string Name, double Value)[] values) => new(
            values.Select(p => ParameterEstimate.Of(p.Name, p.Value, 0)).ToList(), 0, 2, true, 1, 0, null);
        var heldOut = new HeldOutReport(Estimates(parameters), 2, 12, 1, 1, 0, 0, []);
        return new ModelFit
        {
            TimeUnit = "Weeks",
            Accepted = true,
            ChosenModel = "bg-nbd",
            Report = new FitReport(
                [new PurchaseModelReport("bg-nbd", Estimates(parameters), heldOut, null)],
                new SpendFitReport(Estimates(("p", 6), ("q", 4), ("v", 15)))),
        };
    }
}
