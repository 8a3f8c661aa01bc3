using System.Text.Json;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Feedback;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Privacy;
using Loyalty.Feedback.Api.Apis;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Feedback;

/// <summary>
/// Feedback's part of issue 20 on the real schema: the export part (invitations, answers with their free text,
/// follow-ups with notes), and an erasure that clears the free text and notes, cancels her open invitation (its link
/// answers 410) and keeps the scores, so NPS and the response rate do not move; once, and nothing invites or calls her
/// afterwards.
/// </summary>
public sealed class FeedbackPrivacyTests : IAsyncLifetime
{
    private const string Comment = "王丽说前台很热情，电话 13800138000";
    private const string Note = "已电话回访王丽，她说下周再来";

    // 10:00 in Shanghai on 1 December 2026.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly FeedbackHarness _feedback = new(Start);

    public Task InitializeAsync() => _feedback.InitializeAsync();

    public async Task DisposeAsync() => await _feedback.DisposeAsync();

    /// <summary>
    /// She answered one survey as a detractor with a comment (its follow-up worked, with a note), has a second link
    /// still open, and a follow-up an operator opened for her; another member answered too.
    /// </summary>
    private async Task<(Guid Member, string OpenToken)> MemberWithFeedbackAsync()
    {
        var member = await _feedback.AddMemberAsync();
        var other = await _feedback.AddMemberAsync();
        await AnswerAsync(await SentTokenAsync(member), new { nps = 3, treatment = 2, comment = Comment });
        await AnswerAsync(await SentTokenAsync(other), new { nps = 10, treatment = 5, comment = "很好" });
        await using (var db = _feedback.NewContext())
        {
            var detractors = await db.FollowUps.Where(t => t.MemberId == member).Select(t => t.Id).SingleAsync();
            Assert.IsType<WorkFollowUpOutcome.Done>(await new WorkFollowUp(db, AuditTrail.WithoutRequest(db,
                    _feedback.Clock), _feedback.Clock)
                .RecordAsync(detractors, FollowUpOutcome.Resolved, Note, _ => true, CancellationToken.None));
        }

        await using (var db = _feedback.NewContext())
        {
            Assert.IsType<CreateFollowUpOutcome.Created>(await CreateFollowUpAsync(db, member));
        }

        _feedback.Clock.Advance(TimeSpan.FromDays(31)); // past minDaysBetweenInvitations
        return (member, await SentTokenAsync(member));
    }

    private Task<CreateFollowUpOutcome> CreateFollowUpAsync(FeedbackDbContext db, Guid member) =>
        new CreateFollowUp(db, new OpenFollowUp(db), AuditTrail.WithoutRequest(db, _feedback.Clock), _feedback.Clock)
            .HandleAsync(member, "王丽投诉停车难", null, null, "她希望周末来电", _ => true, CancellationToken.None);

    private async Task<string> SentTokenAsync(Guid member)
    {
        await _feedback.ConsumeAsync(db => _feedback.InviteOnRequest(db).HandleAsync(
            new SurveyInvitationRequested(Guid.NewGuid(), member, DefaultSurvey.Code, null)
            {
                OccurredAt = _feedback.Clock.GetUtcNow(),
            }, CancellationToken.None));
        await using (var db = _feedback.NewContext())
        {
            await _feedback.Sender(db).HandleAsync(CancellationToken.None);
        }

        var (_, payload) = (await _feedback.OutboxAsync()).Last(e => e.Type.Contains("NotificationRequested"));
        var link = JsonDocument.Parse(payload).RootElement.GetProperty("variables").GetProperty("link").GetString()!;
        return link[(link.LastIndexOf('/') + 1)..];
    }

    private async Task<AnswerOutcome> AnswerAsync(string token, object answers)
    {
        await using var db = _feedback.NewContext();
        return await _feedback.Answering(db).ByTokenAsync(token,
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(answers))!,
            CancellationToken.None);
    }

    private Task EraseAsync(MemberErasureRequested request) => _feedback.ConsumeAsync(db =>
        new EraseMember(db, new IntegrationEventOutbox<FeedbackDbContext>(db, _feedback.Clock), _feedback.Clock)
            .HandleAsync(request, CancellationToken.None));

    private MemberErasureRequested Erasure(Guid member) =>
        new(Guid.NewGuid(), member, ErasureGround.MemberRequest, _feedback.Clock.GetUtcNow())
        {
            OccurredAt = _feedback.Clock.GetUtcNow(),
        };

    private async Task<(FeedbackScore Overall, FollowUpFigures FollowUps)> ResultsAsync()
    {
        await using var db = _feedback.NewContext();
        var results = await _feedback.Results(db).HandleAsync(
            new ResultsQuery(new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 31)), CancellationToken.None);
        return (results.Overall, results.FollowUps);
    }

    private async Task<List<JsonElement>> StagedAsync(string type) =>
        (await _feedback.OutboxAsync()).Where(e => e.Type.EndsWith("." + type))
        .Select(e => JsonDocument.Parse(e.Payload).RootElement.Clone()).ToList();

    [Fact]
    public async Task An_export_request_gets_one_part_with_her_invitations_answers_and_follow_up_notes()
    {
        var (member, _) = await MemberWithFeedbackAsync();
        var (request, stranger) = (Guid.NewGuid(), Guid.NewGuid());

        foreach (var (requestId, memberId) in new[] { (request, member), (Guid.NewGuid(), stranger) })
        {
            await _feedback.ConsumeAsync(db => new ExportMemberData(
                    db, new IntegrationEventOutbox<FeedbackDbContext>(db, _feedback.Clock), _feedback.Clock)
                .HandleAsync(new MemberDataExportRequested(requestId, memberId, _feedback.Clock.GetUtcNow())
                {
                    OccurredAt = _feedback.Clock.GetUtcNow(),
                }, CancellationToken.None));
        }

        var staged = await StagedAsync(nameof(MemberDataExportPartProduced));
        Assert.Equal([(request, "feedback"), (staged[1].GetProperty("requestId").GetGuid(), "feedback")],
            staged.Select(s => (s.GetProperty("requestId").GetGuid(), s.GetProperty("service").GetString()!)));
        var part = JsonDocument.Parse(staged[0].GetProperty("part").GetString()!).RootElement;
        Assert.True(part.GetProperty("known").GetBoolean());
        Assert.Equal(["Answered", "Open"],
            part.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        var answer = Assert.Single(part.GetProperty("answers").EnumerateArray());
        Assert.Equal((3, Comment), (answer.GetProperty("nps").GetInt32(),
            answer.GetProperty("values").GetProperty("comment").GetString()));
        var followUps = part.GetProperty("followUps").EnumerateArray().ToList();
        Assert.Equal([Note, "她希望周末来电"], followUps.Select(f => f.GetProperty("note").GetString()));
        Assert.Equal("满意度与回访：问卷邀请 2 份，回答 1 份，回访 2 次", part.GetProperty("summary").GetString());

        var unknown = JsonDocument.Parse(staged[1].GetProperty("part").GetString()!).RootElement;
        Assert.Equal((stranger, false),
            (unknown.GetProperty("memberId").GetGuid(), unknown.GetProperty("known").GetBoolean()));
    }

    [Fact]
    public async Task Erasure_clears_free_text_and_notes_cancels_her_open_link_and_keeps_scores_and_results()
    {
        var (member, openToken) = await MemberWithFeedbackAsync();
        var before = await ResultsAsync();
        var request = Erasure(member);

        await EraseAsync(request);

        Assert.Equal(before, await ResultsAsync());
        await using (var db = _feedback.NewContext())
        {
            var answer = await db.Answers.AsNoTracking().SingleAsync(a => a.MemberId == member);
            Assert.Equal((3, 2), (answer.Nps!.Value, answer.TreatmentSatisfaction!.Value));
            Assert.Equal(["nps", "treatment"], answer.Values.Keys.Order());
            Assert.Equal("很好", (await db.Answers.AsNoTracking().SingleAsync(a => a.MemberId != member))
                .Values["comment"]);
            var tasks = await db.FollowUps.AsNoTracking().Where(t => t.MemberId == member)
                .OrderBy(t => t.CreatedAt).ToListAsync();
            Assert.All(tasks, t => Assert.Null(t.Note));
            Assert.Equal(FollowUpTask.ErasedReason, tasks.Single(t => t.Source == FollowUpSource.Operator).Reason);
            Assert.Equal(FollowUpOutcome.Resolved, tasks.Single(t => t.Source == FollowUpSource.Detractor).Outcome);
            Assert.Equal([InvitationStatus.Answered, InvitationStatus.Cancelled],
                await db.Invitations.Where(i => i.MemberId == member).OrderBy(i => i.CreatedAt)
                    .Select(i => i.Status).ToListAsync());
            Assert.False(await db.Consents.AnyAsync(c => c.MemberId == member));
            Assert.Equal(request.RequestId, (await db.Set<ErasedMember>().SingleAsync()).RequestId);

            var link = await LinksApi.GetLink(openToken, db, _feedback.Clock, CancellationToken.None);
            Assert.Equal(StatusCodes.Status410Gone, Assert.IsType<ProblemHttpResult>(link.Result).StatusCode);
        }

        Assert.IsType<AnswerOutcome.Expired>(await AnswerAsync(openToken, new { nps = 9, treatment = 5 }));
        var answered = Assert.Single(await StagedAsync(nameof(MemberErased)));
        Assert.Equal((request.RequestId, member, "feedback"), (answered.GetProperty("requestId").GetGuid(),
            answered.GetProperty("memberId").GetGuid(), answered.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task After_erasure_nothing_invites_or_calls_her_and_a_second_request_changes_nothing_but_answers()
    {
        var (member, _) = await MemberWithFeedbackAsync();
        var first = Erasure(member);
        await EraseAsync(first);
        var erasedAt = _feedback.Clock.GetUtcNow();
        _feedback.Clock.Advance(TimeSpan.FromDays(40));
        var (invitations, tasks) = await CountsAsync(member);

        await EraseAsync(Erasure(member));
        await _feedback.ConsumeAsync(db => new KeepMember(db).RegisteredAsync(new MemberRegistered(member,
            "13800138000", "王丽", Gender.Female, new DateOnly(1990, 5, 20), "HZ-XIHU-01", "REF", null, Tier.Silver,
            Start) { OccurredAt = _feedback.Clock.GetUtcNow() }, CancellationToken.None));
        await _feedback.ConsumeAsync(db => new KeepConsent(db).HandleAsync(new MemberConsentChanged(member,
            Channel.Sms, ConsentPurpose.Feedback, true, "app", _feedback.Clock.GetUtcNow())
        {
            OccurredAt = _feedback.Clock.GetUtcNow(),
        }, CancellationToken.None));
        await _feedback.RecordPurchaseAsync(FeedbackHarness.Purchase(member, _feedback.Clock.GetUtcNow()));
        await _feedback.ConsumeAsync(db => _feedback.InviteOnRequest(db).HandleAsync(
            new SurveyInvitationRequested(Guid.NewGuid(), member, DefaultSurvey.Code, null)
            {
                OccurredAt = _feedback.Clock.GetUtcNow(),
            }, CancellationToken.None));
        await _feedback.ConsumeAsync(db => _feedback.RequestedFollowUps(db).HandleAsync(
            new FollowUpRequested(Guid.NewGuid(), member, "Call the dormant VIPs", Guid.NewGuid(), 1)
            {
                OccurredAt = _feedback.Clock.GetUtcNow(),
            }, CancellationToken.None));
        await using (var db = _feedback.NewContext())
        {
            Assert.IsType<CreateFollowUpOutcome.UnknownMember>(await CreateFollowUpAsync(db, member));
        }

        Assert.Equal((invitations, tasks), await CountsAsync(member));
        await using var check = _feedback.NewContext();
        Assert.Equal(FeedbackHarness.Store, (await check.Members.SingleAsync(m => m.MemberId == member)).HomeStoreId);
        Assert.False(await check.Consents.AnyAsync(c => c.MemberId == member));
        Assert.Equal(first.RequestId, (await check.Set<ErasedMember>().SingleAsync()).RequestId);
        var answers = await StagedAsync(nameof(MemberErased));
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(erasedAt, a.GetProperty("erasedAt").GetDateTimeOffset()));
    }

    private async Task<(int Invitations, int FollowUps)> CountsAsync(Guid member)
    {
        await using var db = _feedback.NewContext();
        return (await db.Invitations.CountAsync(i => i.MemberId == member),
            await db.FollowUps.CountAsync(t => t.MemberId == member));
    }
}
