using System.Text.Json;
using Loyalty.Contracts.Feedback;
using Loyalty.Contracts.Points;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Feedback;

/// <summary>
/// Invitations, answers and follow-ups on the real schema: when an invitation is scheduled, skipped or cancelled,
/// what the sender stages, and what an answer commits with it.
/// </summary>
public sealed class SurveyInvitationTests : IAsyncLifetime
{
    // 10:00 in Shanghai on 1 December 2026.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly FeedbackHarness _feedback = new(Start);

    public Task InitializeAsync() => _feedback.InitializeAsync();

    public async Task DisposeAsync() => await _feedback.DisposeAsync();

    private static Dictionary<string, JsonElement> Answers(object answers) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(answers))!;

    [Fact]
    public async Task A_treatment_purchase_schedules_one_invitation_per_period_and_an_old_or_refunded_one_none()
    {
        var memberId = await _feedback.AddMemberAsync();
        var unconsenting = await _feedback.AddMemberAsync(consented: false);
        var first = FeedbackHarness.Purchase(memberId, Start);

        await _feedback.RecordPurchaseAsync(first);
        await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(memberId, Start.AddDays(10)));
        await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(memberId, Start.AddDays(1), "skincare"));
        await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(unconsenting, Start));
        // Imported history: due 3 days after a purchase 20 days ago, its 7-day link would have expired.
        var imported = await _feedback.AddMemberAsync();
        await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(imported, Start.AddDays(-20)));

        await using var db = _feedback.NewContext();
        var invitations = await db.Invitations.AsNoTracking().OrderBy(i => i.CreatedAt).ToListAsync();
        Assert.Equal(
            [
                (memberId, InvitationStatus.Scheduled, (SkipReason?)null),
                (memberId, InvitationStatus.Skipped, SkipReason.TooSoon),
                (unconsenting, InvitationStatus.Skipped, SkipReason.NoConsent),
            ],
            invitations.Select(i => (i.MemberId, i.Status, i.SkipReason)));
        var scheduled = invitations[0];
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero), scheduled.DueAt); // 3 days, 10:00
        Assert.Equal(("laser", "advisor.zhang", FeedbackHarness.Store),
            (scheduled.TreatmentCategory, scheduled.AdvisorId, scheduled.StoreId));

        await _feedback.ConsumeAsync(d => _feedback.InviteAfterPurchase(d).RefundedAsync(new PurchaseRefunded(
            Guid.NewGuid(), first.PurchaseId, first.ExternalOrderId, memberId, FeedbackHarness.Store, 2680m, true,
            Start.AddHours(1)) { OccurredAt = Start.AddHours(1) }, CancellationToken.None));
        await using var after = _feedback.NewContext();
        Assert.Equal(InvitationStatus.Cancelled, (await after.Invitations.FindAsync(scheduled.Id))!.Status);
    }

    [Fact]
    public async Task The_sender_sends_what_is_due_with_a_personal_link_whose_token_is_kept_only_as_a_hash()
    {
        var memberId = await _feedback.AddMemberAsync();
        await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(memberId, Start));

        await using (var early = _feedback.NewContext())
        {
            Assert.Equal(0, await _feedback.Sender(early).HandleAsync(CancellationToken.None));
        }

        _feedback.Clock.Advance(TimeSpan.FromDays(3));
        await using (var db = _feedback.NewContext())
        {
            Assert.Equal(1, await _feedback.Sender(db).HandleAsync(CancellationToken.None));
        }

        var (type, payload) = Assert.Single(await _feedback.OutboxAsync());
        Assert.Contains("NotificationRequested", type);
        var request = JsonDocument.Parse(payload).RootElement;
        Assert.Equal(("Feedback", "survey-invitation"),
            (request.GetProperty("purpose").GetString(), request.GetProperty("templateCode").GetString()));
        var variables = request.GetProperty("variables");
        var link = variables.GetProperty("link").GetString()!;
        Assert.StartsWith("http://member.test/s/", link);
        Assert.Equal("2026-12-11", variables.GetProperty("expiresOn").GetString()); // 7 days from 4 December
        Assert.Equal(FeedbackHarness.Store, variables.GetProperty("storeId").GetString());

        await using var read = _feedback.NewContext();
        var invitation = await read.Invitations.AsNoTracking().SingleAsync();
        Assert.Equal(invitation.Id.ToString(), request.GetProperty("dedupeKey").GetString());
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.Equal(InvitationLink.HashOf(token), invitation.TokenHash);
        Assert.Equal(1, invitation.SurveyVersion);
        Assert.False(await read.Database.SqlQueryRaw<bool>(
            "SELECT EXISTS (SELECT 1 FROM invitations WHERE position({0} in invitations::text) > 0) AS \"Value\"",
            token).SingleAsync());
    }

    [Fact]
    public async Task A_detractors_answer_commits_with_SurveyAnswered_and_a_follow_up_and_a_second_is_refused()
    {
        var memberId = await _feedback.AddMemberAsync(homeStore: "SH-XUHUI-02");
        var token = await SentInvitationTokenAsync(memberId);

        await using (var invalid = _feedback.NewContext())
        {
            var refused = Assert.IsType<AnswerOutcome.Invalid>(await _feedback.Answering(invalid)
                .ByTokenAsync(token, Answers(new { nps = 4 }), CancellationToken.None));
            Assert.Equal(["answers.treatment"], refused.Errors.Keys);
        }

        // Two answers at once: one is recorded, the other is told it was answered.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = _feedback.NewContext();
            return await _feedback.Answering(db).ByTokenAsync(
                token, Answers(new { nps = 4, treatment = 4 }), CancellationToken.None);
        }));
        var answered = Assert.Single(outcomes.OfType<AnswerOutcome.Answered>());
        Assert.Single(outcomes.OfType<AnswerOutcome.AlreadyAnswered>());

        var (_, payload) = (await _feedback.OutboxAsync()).Single(e => e.Type.Contains("SurveyAnswered"));
        var survey = JsonSerializer.Deserialize<SurveyAnswered>(payload, Json)!;
        Assert.Equal((answered.AnswerId, memberId, 4, NpsGroup.Detractor, 4, FeedbackHarness.Store),
            (survey.AnswerId, survey.MemberId, survey.Nps, survey.NpsGroup, survey.TreatmentSatisfaction,
                survey.StoreId));
        await using var db = _feedback.NewContext();
        var followUp = await db.FollowUps.AsNoTracking().SingleAsync();
        // At her home store, due two clinic days after the answer.
        Assert.Equal(("SH-XUHUI-02", FollowUpSource.Detractor, survey.InvitationId, new DateOnly(2026, 12, 6)),
            (followUp.StoreId, followUp.Source, followUp.InvitationId!.Value, followUp.DueOn));
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_a_low_satisfaction_alone_opens_a_follow_up()
    {
        var expiring = await _feedback.AddMemberAsync();
        var expiringToken = await SentInvitationTokenAsync(expiring);
        var unhappy = await _feedback.AddMemberAsync();
        var unhappyToken = await SentInvitationTokenAsync(unhappy, sendNow: true);

        await using (var db = _feedback.NewContext())
        {
            Assert.IsType<AnswerOutcome.Answered>(await _feedback.Answering(db).ByTokenAsync(
                unhappyToken, Answers(new { nps = 8, treatment = 2 }), CancellationToken.None));
        }

        _feedback.Clock.Advance(TimeSpan.FromDays(7));
        await using (var db = _feedback.NewContext())
        {
            Assert.IsType<AnswerOutcome.Expired>(await _feedback.Answering(db).ByTokenAsync(
                expiringToken, Answers(new { nps = 9, treatment = 5 }), CancellationToken.None));
            Assert.IsType<AnswerOutcome.NotFound>(await _feedback.Answering(db).ByTokenAsync(
                "not-a-token", Answers(new { nps = 9, treatment = 5 }), CancellationToken.None));
        }

        await using var read = _feedback.NewContext();
        var followUp = await read.FollowUps.AsNoTracking().SingleAsync();
        Assert.Equal((unhappy, FollowUpSource.LowSatisfaction), (followUp.MemberId, followUp.Source));
    }

    [Fact]
    public async Task A_revised_survey_is_a_new_version_and_earlier_invitations_keep_the_version_asked()
    {
        var memberId = await _feedback.AddMemberAsync();
        await SentInvitationTokenAsync(memberId);
        var revised = DefaultSurvey.Definition with
        {
            Questions = [.. DefaultSurvey.Definition.Questions.Take(2)],
        };

        await using (var db = _feedback.NewContext())
        {
            var saved = Assert.IsType<SurveyOutcome.Saved>(
                await _feedback.Surveys(db).ReviseAsync(revised, CancellationToken.None));
            Assert.Equal(2, saved.Survey.Version);
            Assert.IsType<SurveyOutcome.Exists>(
                await _feedback.Surveys(db).CreateAsync(revised, CancellationToken.None));
        }

        await using var read = _feedback.NewContext();
        Assert.Equal(1, (await read.Invitations.AsNoTracking().SingleAsync()).SurveyVersion);
        Assert.Equal([1, 2], await read.Surveys.Where(s => s.Code == DefaultSurvey.Code).Select(s => s.Version)
            .OrderBy(v => v).ToListAsync());
    }

    [Fact]
    public async Task A_campaigns_requests_invite_and_open_a_follow_up_once_per_request()
    {
        var memberId = await _feedback.AddMemberAsync(homeStore: "HZ-XIHU-01");
        var campaignId = Guid.NewGuid();
        var invitation = new SurveyInvitationRequested(Guid.NewGuid(), memberId, DefaultSurvey.Code, campaignId)
        {
            OccurredAt = Start,
        };
        var followUp = new FollowUpRequested(Guid.NewGuid(), memberId, "Call the dormant VIPs", campaignId, 1)
        {
            OccurredAt = Start,
        };

        for (var i = 0; i < 2; i++)
        {
            await _feedback.ConsumeAsync(db => _feedback.InviteOnRequest(db).HandleAsync(
                invitation with { EventId = Guid.NewGuid() }, CancellationToken.None));
            await _feedback.ConsumeAsync(db => _feedback.RequestedFollowUps(db).HandleAsync(
                followUp with { EventId = Guid.NewGuid() }, CancellationToken.None));
        }

        await using var read = _feedback.NewContext();
        var invited = await read.Invitations.AsNoTracking().SingleAsync();
        Assert.Equal((InvitationSource.Campaign, campaignId, "HZ-XIHU-01", InvitationStatus.Scheduled),
            (invited.Source, invited.CampaignId!.Value, invited.StoreId!, invited.Status));
        var task = await read.FollowUps.AsNoTracking().SingleAsync();
        Assert.Equal(("HZ-XIHU-01", FollowUpSource.Campaign, new DateOnly(2026, 12, 2)),
            (task.StoreId, task.Source, task.DueOn));
    }

    [Fact]
    public async Task Results_give_the_stores_NPS_with_its_interval_satisfaction_and_response_rate()
    {
        // Four invitations to the store, three answered: NPS 10, 9 and 3 (two promoters, one detractor).
        var tokens = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            tokens.Add(await SentInvitationTokenAsync(await _feedback.AddMemberAsync(), sendNow: true));
        }

        foreach (var (token, nps, treatment) in tokens.Take(3).Zip(new[] { 10, 9, 3 }, new[] { 5, 4, 2 }))
        {
            await using var db = _feedback.NewContext();
            Assert.IsType<AnswerOutcome.Answered>(await _feedback.Answering(db).ByTokenAsync(
                token, Answers(new { nps, treatment }), CancellationToken.None));
        }

        await using var read = _feedback.NewContext();
        var today = new DateOnly(2026, 12, 1);
        var results = await _feedback.Results(read).HandleAsync(
            new ResultsQuery(today, today, GroupBy: ResultsGrouping.Store, Trend: ResultsTrend.Week),
            CancellationToken.None);

        var overall = results.Overall;
        Assert.Equal((3, 4, 0.75), (overall.Answers, overall.Invitations, overall.ResponseRate));
        Assert.Equal((2, 0, 1), (overall.Nps.Promoters, overall.Nps.Passives, overall.Nps.Detractors));
        // 100 × (2 − 1) / 3; variance 2/3 + 1/3 − (1/3)² = 8/9; margin 1.96 × 100 × √(8/9 / 3) = 106.7.
        Assert.Equal(33.3, Math.Round(overall.Nps.Score!.Value, 1));
        Assert.Equal(-73.4, Math.Round(overall.Nps.Lower95!.Value, 1));
        Assert.Equal(100, overall.Nps.Upper95);
        Assert.Equal(3.67, overall.TreatmentSatisfaction);
        Assert.Null(overall.AdvisorSatisfaction);
        var (store, score) = Assert.Single(results.Groups);
        Assert.Equal((FeedbackHarness.Store, 3), (store, score.Answers));
        Assert.Equal(new DateOnly(2026, 11, 30), Assert.Single(results.Trend).PeriodStart); // that week's Monday
        Assert.Equal(1, results.FollowUps.Open); // the detractor's
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>A purchase, the delay, the sender: the token of her personal link.</summary>
    private async Task<string> SentInvitationTokenAsync(Guid memberId, bool sendNow = false)
    {
        if (sendNow)
        {
            await _feedback.ConsumeAsync(db => _feedback.InviteOnRequest(db).HandleAsync(
                new SurveyInvitationRequested(Guid.NewGuid(), memberId, DefaultSurvey.Code, null)
                {
                    OccurredAt = _feedback.Clock.GetUtcNow(),
                }, CancellationToken.None));
        }
        else
        {
            await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(memberId, _feedback.Clock.GetUtcNow()));
            _feedback.Clock.Advance(TimeSpan.FromDays(3));
        }

        await using (var db = _feedback.NewContext())
        {
            await _feedback.Sender(db).HandleAsync(CancellationToken.None);
        }

        var (_, payload) = (await _feedback.OutboxAsync()).Last(e => e.Type.Contains("NotificationRequested"));
        var link = JsonDocument.Parse(payload).RootElement.GetProperty("variables").GetProperty("link").GetString()!;
        return link[(link.LastIndexOf('/') + 1)..];
    }
}
