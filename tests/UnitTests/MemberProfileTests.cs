using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Tiers;

namespace Loyalty.UnitTests;

public class MemberProfileTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static MemberProfileEdit Valid() =>
        new(
            " 王丽 ",
            Gender.Female,
            new DateOnly(1990, 5, 20),
            "sh-jingan-01",
            "oily",
            ["Anti-Aging", "body contouring", "anti-aging", " "]);

    private static Member NewMember() => Member.Register(
        MemberRegistrationRules.Validate(
            new MemberRegistration("13812345678", "王丽", Gender.Female, new DateOnly(1990, 5, 20), "SH-01", null),
            Today).Registration!,
        null,
        "AAAAAAAA",
        new DateTimeOffset(2025, 3, 10, 20, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_profile_is_normalised_tags_in_kebab_case_without_duplicates()
    {
        var (profile, errors) = MemberProfileRules.Validate(Valid(), Today);

        Assert.Empty(errors);
        Assert.Equal(
            new MemberProfile(
                "王丽", Gender.Female, new DateOnly(1990, 5, 20), "Oily", profile!.InterestTags, "SH-JINGAN-01"),
            profile);
        Assert.Equal(["anti-aging", "body-contouring"], profile.InterestTags);
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var (profile, errors) = MemberProfileRules.Validate(
            new MemberProfileEdit(
                "", null, Today.AddDays(1), "?", "scaly", [.. Enumerable.Range(0, 11).Select(i => $"tag-{i}")]),
            Today);

        Assert.Null(profile);
        Assert.Equal(["birthDate", "gender", "homeStoreId", "interestTags", "name", "skinType"], errors.Keys.Order());
    }

    [Fact]
    public void A_tag_with_other_characters_is_refused() =>
        Assert.True(MemberProfileRules.Validate(Valid() with { InterestTags = ["抗衰老"] }, Today)
            .Errors.ContainsKey("interestTags"));

    [Fact]
    public void Updating_to_the_same_profile_publishes_nothing_and_a_change_publishes_the_whole_profile()
    {
        var member = NewMember();
        var same = MemberProfileRules.Validate(
            new MemberProfileEdit("王丽", Gender.Female, new DateOnly(1990, 5, 20), "SH-01", null, []), Today).Profile!;
        Assert.Null(member.UpdateProfile(same, DateTimeOffset.UnixEpoch));

        var changed = member.UpdateProfile(
            same with { BirthDate = new DateOnly(1990, 6, 1), InterestTags = ["laser"] }, DateTimeOffset.UnixEpoch);

        Assert.NotNull(changed);
        Assert.Equal(
            (member.Id, "13812345678", new DateOnly(1990, 6, 1)), (changed.MemberId, changed.Phone, changed.BirthDate));
        Assert.Equal(["laser"], changed.InterestTags);
        Assert.Equal(["laser"], member.InterestTags);
        Assert.Null(member.UpdateProfile(
            same with { BirthDate = new DateOnly(1990, 6, 1), InterestTags = ["laser"] }, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void The_first_review_is_the_first_anniversary_on_the_clinic_calendar()
    {
        // Registered at 04:00 on 11 March in Shanghai (20:00 UTC on the 10th).
        Assert.Equal(new DateOnly(2026, 3, 11), NewMember().NextTierReviewOn);
    }

    [Theory]
    [InlineData("2019-06-15", "2026-11-23", "2027-06-15")]
    [InlineData("2019-11-23", "2026-11-23", "2027-11-23")] // the anniversary itself has come: the next one
    [InlineData("2020-02-29", "2026-11-23", "2027-02-28")]
    [InlineData("2026-12-01", "2026-11-23", "2027-12-01")] // always at least a year on from the date
    public void The_next_anniversary_is_after_today(string date, string today, string expected) =>
        Assert.Equal(
            DateOnly.Parse(expected), Member.NextAnniversaryAfter(DateOnly.Parse(date), DateOnly.Parse(today)));

    [Fact]
    public void The_anniversary_review_drops_one_level_and_moves_the_next_review_a_year_on()
    {
        var member = NewMember();
        member.ChangeTier(Tier.Diamond, "spend-threshold", 60_000m, DateTimeOffset.UnixEpoch);

        var (change, changed) =
            member.ReviewTier(100m, Thresholds(), new DateOnly(2026, 3, 11), DateTimeOffset.UnixEpoch)!.Value;

        Assert.Equal(
            (Tier.Diamond, Tier.Gold, Member.AnniversaryReviewReason),
            (change.FromTier, change.ToTier, changed.Reason));
        Assert.Equal(new DateOnly(2027, 3, 11), member.NextTierReviewOn);
    }

    [Fact]
    public void An_imported_member_keeps_tier_and_join_date_and_is_first_reviewed_after_the_move()
    {
        var profile = MemberProfileRules.Validate(Valid(), Today).Profile!;
        PhoneNumber.TryParse("13912345678", out var phone);

        var member = Member.Import(
            phone!.Value,
            profile,
            Tier.Gold,
            new DateTimeOffset(2018, 4, 2, 0, 0, 0, TimeSpan.FromHours(8)),
            "BBBBBBBB",
            new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal((Tier.Gold, new DateOnly(2027, 4, 2)), (member.Tier, member.NextTierReviewOn));
    }

    private static TierThreshold[] Thresholds() =>
    [
        TierThreshold.At(Tier.Standard, 0m),
        TierThreshold.At(Tier.Silver, 5_000m),
        TierThreshold.At(Tier.Gold, 20_000m),
        TierThreshold.At(Tier.Diamond, 50_000m),
    ];
}
