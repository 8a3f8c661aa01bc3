using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Statistics;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Feedback;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>
/// Feedback's side of Campaign on the real schema: a detractor's answer fires DetractorAnswered campaigns, whose
/// survey and follow-up actions ask Feedback once per member and answer; the KPI report's feedback block.
/// </summary>
public class FeedbackCampaignTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    private static IOptions<CampaignOptions> Settings => Options.Create(
        new CampaignOptions { FrequencyWindow = TimeSpan.FromHours(1), PointValueCny = 0.1m });

    private static async Task<DbContextOptions<CampaignDbContext>> MigratedAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var db = new CampaignDbContext(options);
        await db.Database.MigrateAsync();
        return options;
    }

    private async Task<MarketingCampaign> CareCampaignAsync(
        DbContextOptions<CampaignDbContext> options, int holdoutPercent = 0, DateTimeOffset? endsAt = null)
    {
        await using var db = new CampaignDbContext(options);
        var campaign = MarketingCampaign.Create(
            Guid.NewGuid(),
            new CampaignDefinition(
                "Detractor care", CampaignTrigger.DetractorAnswered, HoldoutPercent: holdoutPercent, EndsAt: endsAt)
            {
                SurveyCode = "after-care", FollowUpReason = "Call her about her laser treatment", FollowUpDueInDays = 1,
            },
            _clock.GetUtcNow().AddDays(-1));
        campaign.Activate();
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    }

    /// <summary>What the SurveyAnswered consumer does, in one transaction per event (the inbox row aside).</summary>
    private async Task AnsweredAsync(DbContextOptions<CampaignDbContext> options, SurveyAnswered answer)
    {
        await using var db = new CampaignDbContext(options);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var triggers = new FireCampaignTriggers(db, new CampaignExecutor(db, _clock, Settings), _clock);
        await new FeedbackIntake(db, triggers).RecordAsync(answer, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private SurveyAnswered Answer(Guid memberId, int? nps, Guid? invitationId = null) => new(
        Guid.NewGuid(), invitationId ?? Guid.NewGuid(), memberId, "after-treatment", 1, "SH-JINGAN-01", "laser", null,
        null, nps, nps is { } score ? NetPromoterScore.GroupOf(score) : null, 2, 3, null, _clock.GetUtcNow())
    {
        OccurredAt = _clock.GetUtcNow(),
    };

    private static async Task<List<JsonElement>> EventsAsync(CampaignDbContext db, string type) =>
        (await db.Set<OutboxMessage>().Where(m => m.EventType.EndsWith("." + type)).OrderBy(m => m.Sequence)
            .Select(m => m.Payload).ToListAsync()).Select(p => JsonDocument.Parse(p).RootElement).ToList();

    [Fact]
    public async Task A_detractors_answer_asks_Feedback_for_a_survey_and_a_follow_up_once_even_when_heard_again()
    {
        await using var database = new TestDatabase("it_campaign_detractor");
        var options = await MigratedAsync(database);
        var campaign = await CareCampaignAsync(options);
        var (member, passive, invitation) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var answer = Answer(member, 4, invitation);
        await AnsweredAsync(options, answer);
        await AnsweredAsync(options, answer with { EventId = Guid.NewGuid() }); // the same answer again, a new event
        await AnsweredAsync(options, Answer(passive, 7));
        await AnsweredAsync(options, Answer(Guid.NewGuid(), null)); // a survey without the NPS question

        await using var db = new CampaignDbContext(options);
        var runKey = $"detractor:{invitation:N}";
        var survey = Assert.Single(await EventsAsync(db, nameof(SurveyInvitationRequested)));
        Assert.Equal(
            (campaign.RequestId("survey", member, runKey), member, "after-care", campaign.Id),
            (survey.GetProperty("requestId").GetGuid(), survey.GetProperty("memberId").GetGuid(),
                survey.GetProperty("surveyCode").GetString(), survey.GetProperty("campaignId").GetGuid()));
        var followUp = Assert.Single(await EventsAsync(db, nameof(FollowUpRequested)));
        Assert.Equal(
            (campaign.RequestId("follow-up", member, runKey), member, "Call her about her laser treatment", 1),
            (followUp.GetProperty("requestId").GetGuid(), followUp.GetProperty("memberId").GetGuid(),
                followUp.GetProperty("reason").GetString(), followUp.GetProperty("dueInDays").GetInt32()));
        Assert.NotEqual(campaign.RequestId("survey", member, runKey), campaign.RequestId("follow-up", member, runKey));
        var delivery = await db.Deliveries.AsNoTracking().SingleAsync();
        Assert.Equal(
            (member, runKey, DeliveryOutcome.Treated), (delivery.MemberId, delivery.RunKey, delivery.Outcome));
        Assert.Equal(3, await db.SurveyAnswers.CountAsync()); // every answer kept once, for the KPI report
    }

    [Fact]
    public async Task A_held_out_detractor_and_a_second_answer_inside_the_frequency_window_get_no_request()
    {
        await using var database = new TestDatabase("it_campaign_detractor_rules");
        var options = await MigratedAsync(database);
        var campaign = await CareCampaignAsync(options, holdoutPercent: 50);
        var members = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var heldOut = members.First(campaign.HoldsOut);
        var treated = members.First(m => !campaign.HoldsOut(m));

        await AnsweredAsync(options, Answer(heldOut, 2));
        await AnsweredAsync(options, Answer(treated, 2));
        _clock.Advance(TimeSpan.FromMinutes(30));
        await AnsweredAsync(options, Answer(treated, 1)); // another invitation, within the 1-hour window

        await using var db = new CampaignDbContext(options);
        Assert.Equal(
            [treated],
            (await EventsAsync(db, nameof(FollowUpRequested))).Select(e => e.GetProperty("memberId").GetGuid()));
        Assert.Single(await EventsAsync(db, nameof(SurveyInvitationRequested)));
        Assert.Equal(
            [DeliveryOutcome.Holdout, DeliveryOutcome.Treated, DeliveryOutcome.FrequencyCapped],
            await db.Deliveries.AsNoTracking().OrderBy(d => d.At).ThenBy(d => d.MemberId == treated)
                .Select(d => d.Outcome).ToListAsync());
    }

    [Fact]
    public async Task The_feedback_block_equals_the_hand_computation()
    {
        await using var database = new TestDatabase("it_campaign_feedback_kpis");
        var options = await MigratedAsync(database);
        var t0 = _clock.GetUtcNow();
        var campaign = await CareCampaignAsync(options, endsAt: t0.AddDays(10));
        var (t1, t2, t3, h1, h2, stranger) =
            (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = new CampaignDbContext(options))
        {
            void Reached(Guid member, DeliveryOutcome outcome, string runKey = "once") =>
                db.Deliveries.Add(new CampaignDelivery
                {
                    CampaignId = campaign.Id, MemberId = member, RunKey = runKey, Outcome = outcome,
                    ShareKey = "lifecycle-active", At = t0,
                });

            void Answered(Guid member, int? nps, int? treatment, int? clinic, TimeSpan after) =>
                db.SurveyAnswers.Add(SurveyAnswer.Heard(
                    Guid.NewGuid(), member, null, nps, treatment, clinic, t0 + after));

            Reached(t1, DeliveryOutcome.Treated);
            Reached(t2, DeliveryOutcome.Treated);
            Reached(t3, DeliveryOutcome.Treated);
            Reached(t3, DeliveryOutcome.Treated, "again"); // reached twice: her answer still counts once
            Reached(h1, DeliveryOutcome.Holdout);
            Reached(h2, DeliveryOutcome.Holdout);
            Answered(t1, 10, 5, 4, TimeSpan.FromDays(1));
            Answered(t2, 9, 4, null, TimeSpan.FromDays(2));
            Answered(t3, 3, 1, 2, TimeSpan.FromDays(3));
            Answered(t1, 0, 1, 1, TimeSpan.FromDays(-1));  // before she was reached: not counted
            Answered(t2, 0, 1, 1, TimeSpan.FromDays(11));  // after the campaign ended: not counted
            Answered(h1, 8, 4, null, TimeSpan.FromDays(1));
            Answered(h2, 2, 2, null, TimeSpan.FromDays(4));
            Answered(stranger, 0, 1, 1, TimeSpan.FromDays(1)); // never reached: not counted
            await db.SaveChangesAsync();
        }

        await using var session = new CampaignDbContext(options);
        var report = new KpiReport(session, Settings, _clock);
        var feedback = (await report.ComputeAsync(
            campaign.Id, t0.AddDays(-1), t0.AddDays(1), null, CancellationToken.None)).Feedback;

        // By hand. Treated: 10, 9, 3 → 2 promoters, 1 detractor of 3: NPS 100 × (2 − 1) / 3 = 33.33; variance
        // 2/3 + 1/3 − (1/3)² = 8/9, margin 1.96 × 100 × √(8/9 / 3) = 106.69 → [−73.36, 100 (140.02 clipped)];
        // treatment (5 + 4 + 1) / 3 = 3.33, clinic (4 + 2) / 2 = 3.
        Assert.Equal(new FeedbackScore(3, 33.33, -73.36, 100, 3.33, 3), feedback.Treated);
        // Holdout: 8, 2 → 0 promoters, 1 detractor of 2: NPS −50; variance 1/2 − (1/2)² = 1/4, margin
        // 196 × √(1/8) = 69.30 → [−100 (−119.30 clipped), 19.30]; treatment (4 + 2) / 2 = 3, no clinic score.
        Assert.Equal(new FeedbackScore(2, -50, -100, 19.3, 3, null), feedback.Holdout);

        var none = (await report.ComputeAsync(
            campaign.Id, t0.AddDays(2), t0.AddDays(3), null, CancellationToken.None)).Feedback;
        Assert.Equal(FeedbackKpis.None, none); // nobody reached in that range
    }
}
