using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Privacy;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Feedback's part of a member's data export (docs/privacy.md "feedback"): her invitations, her answers with every
/// score and free text, and the follow-up tasks about her with their notes; staged as one MemberDataExportPartProduced
/// in the consumer's transaction. A member Feedback never heard of gets a part that says so.
/// </summary>
public sealed class ExportMemberData(FeedbackDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public const string Service = "feedback";

    public async Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken)
    {
        var part = await PartAsync(request.MemberId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        outbox.Add(new MemberDataExportPartProduced(
            request.RequestId, request.MemberId, Service, DataExportJson.Serialize(part), now)
        {
            OccurredAt = now,
        });
    }

    public async Task<FeedbackExportPart> PartAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var homeStore = await db.Members.AsNoTracking().Where(m => m.MemberId == memberId)
            .Select(m => m.HomeStoreId).FirstOrDefaultAsync(cancellationToken);
        var invitations = (await db.Invitations.AsNoTracking().Where(i => i.MemberId == memberId)
                .OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken))
            .Select(i => new ExportedInvitation(
                i.SurveyCode, i.SurveyVersion, i.Source, i.StoreId, i.TreatmentCategory, i.AdvisorId, i.Channel,
                i.MemberStatus(now), i.SkipReason, i.DueAt, i.SentAt, i.ExpiresAt, i.AnsweredAt))
            .ToList();
        var answers = await db.Answers.AsNoTracking().Where(a => a.MemberId == memberId).OrderBy(a => a.AnsweredAt)
            .Select(a => new ExportedAnswer(
                a.SurveyCode, a.SurveyVersion, a.StoreId, a.Nps, a.TreatmentSatisfaction, a.ClinicSatisfaction,
                a.AdvisorSatisfaction, a.Values, a.AnsweredAt))
            .ToListAsync(cancellationToken);
        var followUps = await db.FollowUps.AsNoTracking().Where(t => t.MemberId == memberId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new ExportedFollowUp(
                t.StoreId, t.Reason, t.Source, t.DueOn, t.Status, t.Outcome, t.Note, t.NotReachedAttempts, t.CreatedAt,
                t.ClosedAt))
            .ToListAsync(cancellationToken);
        if (homeStore is null && invitations.Count == 0 && answers.Count == 0 && followUps.Count == 0)
        {
            return new FeedbackExportPart(memberId, false, "满意度与回访：无记录", null, [], [], []);
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"满意度与回访：问卷邀请 {invitations.Count} 份，回答 {answers.Count} 份，回访 {followUps.Count} 次");
        return new FeedbackExportPart(memberId, true, summary, homeStore, invitations, answers, followUps);
    }
}

/// <summary>Feedback's part of a member's data export (JSON through <see cref="DataExportJson"/>).</summary>
/// <param name="Known">False when Feedback holds nothing about her (the rest is then empty).</param>
/// <param name="Summary">One zh-CN line for the archive's summary.</param>
/// <param name="HomeStoreId">Feedback's copy of her home store, where her follow-ups go.</param>
public sealed record FeedbackExportPart(
    Guid MemberId,
    bool Known,
    string Summary,
    string? HomeStoreId,
    IReadOnlyList<ExportedInvitation> Invitations,
    IReadOnlyList<ExportedAnswer> Answers,
    IReadOnlyList<ExportedFollowUp> FollowUps);

/// <param name="Status">As she sees it: Scheduled, Open, Expired, Answered, Skipped or Cancelled.</param>
public sealed record ExportedInvitation(
    string SurveyCode,
    int? SurveyVersion,
    InvitationSource Source,
    string? StoreId,
    string? TreatmentCategory,
    string? AdvisorId,
    Channel Channel,
    string Status,
    SkipReason? SkipReason,
    DateTimeOffset DueAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? AnsweredAt);

/// <param name="Values">Every answer by question key: scores, choices' keys and her free text.</param>
public sealed record ExportedAnswer(
    string SurveyCode,
    int SurveyVersion,
    string? StoreId,
    int? Nps,
    int? TreatmentSatisfaction,
    int? ClinicSatisfaction,
    int? AdvisorSatisfaction,
    IReadOnlyDictionary<string, string> Values,
    DateTimeOffset AnsweredAt);

public sealed record ExportedFollowUp(
    string StoreId,
    string Reason,
    FollowUpSource Source,
    DateOnly DueOn,
    FollowUpStatus Status,
    FollowUpOutcome? Outcome,
    string? Note,
    int NotReachedAttempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt);
