using Loyalty.Campaign.Api.Apis;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.UnitTests.Campaign;

public class CampaignScheduleTests
{
    private static MarketingCampaign Campaign(
        ScheduleKind kind,
        DateTimeOffset createdAt,
        string? yearly = null,
        DateTimeOffset? runAt = null,
        int everyDays = 0,
        DateTimeOffset? endsAt = null)
    {
        var definition = new CampaignDefinition(
            "c", CampaignTrigger.Schedule, AllMembers: true, RunAt: runAt, EndsAt: endsAt)
        {
            Schedule = kind, YearlyDate = yearly, RecurEveryDays = everyDays, ScheduleTime = new TimeOnly(10, 0),
        };
        var campaign = MarketingCampaign.Create(Guid.NewGuid(), definition, createdAt);
        campaign.Activate();
        return campaign;
    }

    private static DateTimeOffset Utc(
        int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void The_spring_festival_is_the_lunar_new_year()
    {
        Assert.Equal(new DateOnly(2026, 2, 17), CampaignSchedule.LunarNewYear(2026));
        Assert.Equal(new DateOnly(2027, 2, 6), CampaignSchedule.LunarNewYear(2027));
        Assert.Equal(new DateOnly(2027, 2, 6), CampaignSchedule.YearlyDateIn(CampaignSchedule.SpringFestival, 2027));
    }

    [Fact]
    public void Yearly_dates_take_their_everyday_names()
    {
        Assert.Equal("06-18", CampaignSchedule.NormalizeYearlyDate("618"));
        Assert.Equal("11-11", CampaignSchedule.NormalizeYearlyDate("double-11"));
        Assert.Equal("12-12", CampaignSchedule.NormalizeYearlyDate("Double-12"));
        Assert.Equal("12-25", CampaignSchedule.NormalizeYearlyDate("christmas"));
        Assert.Equal("spring-festival", CampaignSchedule.NormalizeYearlyDate("lunar-new-year"));
        Assert.Equal("03-08", CampaignSchedule.NormalizeYearlyDate("03-08"));
        Assert.Null(CampaignSchedule.NormalizeYearlyDate("02-30"));
        Assert.Null(CampaignSchedule.NormalizeYearlyDate("11/11"));
    }

    [Fact]
    public void A_yearly_campaign_is_due_from_its_date_at_10_clinic_time_and_never_for_a_date_before_it_was_created()
    {
        var double11 = Campaign(ScheduleKind.Yearly, Utc(2026, 1, 5, 0), "11-11");
        // 09:59 in Shanghai; 2025's is before the campaign
        Assert.Null(CampaignSchedule.Due(double11, Utc(2026, 11, 11, 1, 59)));
        Assert.Equal((Utc(2026, 11, 11, 2), "yearly:2026"), CampaignSchedule.Due(double11, Utc(2026, 11, 11, 2)));
        Assert.Equal("yearly:2026", CampaignSchedule.Due(double11, Utc(2027, 6, 1, 0))!.Value.RunKey);
        Assert.Equal("yearly:2027", CampaignSchedule.Due(double11, Utc(2027, 11, 11, 3))!.Value.RunKey);

        var springFestival = Campaign(ScheduleKind.Yearly, Utc(2026, 3, 1, 0), CampaignSchedule.SpringFestival);
        Assert.Null(CampaignSchedule.Due(springFestival, Utc(2027, 2, 5, 12)));
        Assert.Equal((Utc(2027, 2, 6, 2), "yearly:2027"), CampaignSchedule.Due(springFestival, Utc(2027, 2, 6, 2)));
    }

    [Fact]
    public void A_birthday_campaign_runs_on_the_1st_of_each_clinic_month_including_the_month_it_started()
    {
        var birthday = Campaign(ScheduleKind.BirthdayMonth, Utc(2026, 11, 15, 0));
        Assert.Equal("birthday:2026-11", CampaignSchedule.Due(birthday, Utc(2026, 11, 23, 8))!.Value.RunKey);
        // 09:00 on 1 December in Shanghai
        Assert.Equal("birthday:2026-11", CampaignSchedule.Due(birthday, Utc(2026, 12, 1, 1))!.Value.RunKey);
        Assert.Equal((Utc(2026, 12, 1, 2), "birthday:2026-12"), CampaignSchedule.Due(birthday, Utc(2026, 12, 1, 2)));
        Assert.Equal(11, CampaignSchedule.BirthMonthOf("birthday:2026-11"));
        Assert.Null(CampaignSchedule.BirthMonthOf("yearly:2026"));
    }

    [Fact]
    public void A_recurring_campaign_runs_every_n_days_from_its_first_run()
    {
        var weekly = Campaign(ScheduleKind.Recurring, Utc(2026, 11, 1, 0), runAt: Utc(2026, 11, 2, 2), everyDays: 7);
        Assert.Null(CampaignSchedule.Due(weekly, Utc(2026, 11, 2, 1)));
        Assert.Equal((Utc(2026, 11, 2, 2), "recurring:2026-11-02"), CampaignSchedule.Due(weekly, Utc(2026, 11, 8, 23)));
        Assert.Equal(
            (Utc(2026, 11, 23, 2), "recurring:2026-11-23"), CampaignSchedule.Due(weekly, Utc(2026, 11, 23, 3)));
        weekly = Campaign(
            ScheduleKind.Recurring, Utc(2026, 11, 1, 0), runAt: Utc(2026, 11, 2, 2), everyDays: 7,
            endsAt: Utc(2026, 11, 20, 0));
        Assert.Null(CampaignSchedule.Due(weekly, Utc(2026, 11, 23, 3)));
    }

    [Fact]
    public void A_repeating_schedule_is_checked_and_the_birthday_journey_is_a_birthday_month_campaign_with_points_a_gift_and_a_message()
    {
        var request = new CampaignRequest(
            "x", CampaignTrigger.Schedule, null, true, null, null, null, null, null, 10, null, null, 0, null, null);
        Assert.Contains(
            "yearlyDate", (request with { Schedule = ScheduleKind.Yearly, YearlyDate = "13-01" }).Validate().Keys);
        // no first run
        Assert.Contains("recurEveryDays",
            (request with { Schedule = ScheduleKind.Recurring, RecurEveryDays = 7 }).Validate().Keys);
        Assert.Contains("schedule", (request with { Trigger = CampaignTrigger.FirstPurchase,
            Schedule = ScheduleKind.BirthdayMonth }).Validate().Keys);
        Assert.Empty((request with { Schedule = ScheduleKind.Yearly, YearlyDate = "double-11" }).Validate());

        var journey = Journeys.CampaignFor(Journeys.BirthdayMonth, Guid.NewGuid(), null, null)!;
        Assert.Equal(
            (ScheduleKind.BirthdayMonth, true, "birthday-gift"),
            (journey.Schedule!.Value, journey.AllMembers, journey.MessageTemplate));
        Assert.True(journey.BonusPoints > 0 && journey.CouponTemplateId is not null);
    }
}
