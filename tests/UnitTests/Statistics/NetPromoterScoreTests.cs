using Loyalty.BuildingBlocks.Statistics;
using Loyalty.Contracts.Feedback;

namespace Loyalty.UnitTests.Statistics;

/// <summary>NPS and its 95 % interval on answers worked out by hand (docs/kpis.md).</summary>
public sealed class NetPromoterScoreTests
{
    [Fact]
    public void Ten_answers_four_promoters_two_passives_four_detractors_score_zero_within_55_points()
    {
        // 4 promoters (10, 9, 9, 10), 2 passives (8, 7), 4 detractors (6, 5, 3, 0): NPS = 100 × (4 − 4) / 10 = 0.
        // Variance of the ±1/0 score = 0.4 + 0.4 − 0² = 0.8; margin = 1.96 × 100 × √(0.8 / 10) = 55.437.
        var nps = NetPromoterScore.Of([10, 9, 9, 8, 7, 6, 5, 3, 10, 0]);

        Assert.Equal((4, 2, 4, 10), (nps.Promoters, nps.Passives, nps.Detractors, nps.Answers));
        Assert.Equal(0, nps.Score);
        Assert.Equal(-55.437, nps.Lower95!.Value, 3);
        Assert.Equal(55.437, nps.Upper95!.Value, 3);
    }

    [Fact]
    public void Twenty_answers_twelve_promoters_three_detractors_score_45()
    {
        // NPS = 100 × (12 − 3) / 20 = 45; variance = 0.6 + 0.15 − 0.45² = 0.5475;
        // margin = 1.96 × 100 × √(0.5475 / 20) = 32.429.
        var nps = new NetPromoterScore(Promoters: 12, Passives: 5, Detractors: 3);

        Assert.Equal(45, nps.Score);
        Assert.Equal(12.571, nps.Lower95!.Value, 3);
        Assert.Equal(77.429, nps.Upper95!.Value, 3);
    }

    [Fact]
    public void No_answers_no_score_and_the_interval_stays_within_minus_100_to_100()
    {
        Assert.Null(new NetPromoterScore(0, 0, 0).Score);
        Assert.Null(new NetPromoterScore(0, 0, 0).Lower95);

        var onePromoter = new NetPromoterScore(1, 0, 0);
        Assert.Equal((100d, 100d, 100d), (onePromoter.Score, onePromoter.Lower95, onePromoter.Upper95));
        var mostlyDetractors = new NetPromoterScore(Promoters: 1, Passives: 0, Detractors: 9);
        Assert.True(mostlyDetractors.Lower95 >= -100);
    }

    [Theory]
    [InlineData(0, NpsGroup.Detractor)]
    [InlineData(6, NpsGroup.Detractor)]
    [InlineData(7, NpsGroup.Passive)]
    [InlineData(8, NpsGroup.Passive)]
    [InlineData(9, NpsGroup.Promoter)]
    [InlineData(10, NpsGroup.Promoter)]
    public void Groups_follow_the_0_to_6_7_to_8_9_to_10_bands(int answer, NpsGroup group) =>
        Assert.Equal(group, NetPromoterScore.GroupOf(answer));

    [Fact]
    public void An_answer_outside_0_to_10_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Of([11]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.GroupOf(-1));
    }
}
