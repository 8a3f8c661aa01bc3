using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Sends the invitations that are due: each gets a personal link (its token goes only into the message; the
/// invitation keeps its SHA-256), the survey's latest version, and a NotificationRequested (purpose Feedback,
/// template survey-invitation, DedupeKey the invitation id) staged in the same transaction. Consent is checked again:
/// a member who withdrew it since is skipped. Replicas share the work (SKIP LOCKED).
/// </summary>
public sealed class SendDueInvitations(
    FeedbackDbContext db,
    IIntegrationEventOutbox outbox,
    InviteMember invite,
    TimeProvider timeProvider,
    IOptions<FeedbackOptions> options)
{
    public const string TemplateCode = "survey-invitation";

    public Task<int> HandleAsync(CancellationToken cancellationToken) =>
        db.RunAsync(
            async ct =>
            {
                var now = timeProvider.GetUtcNow();
                var due = await db.Invitations
                    .Where(i => i.Status == InvitationStatus.Scheduled && i.DueAt <= now)
                    .OrderBy(i => i.DueAt).Take(options.Value.SendBatchSize).ForUpdateSkipLocked()
                    .ToListAsync(ct);
                if (due.Count == 0)
                {
                    return 0;
                }

                var settings = await db.SettingsAsync(timeProvider, ct);
                var codes = due.Select(i => i.SurveyCode).Distinct().ToList();
                var surveys = await db.Surveys.AsNoTracking().Where(s => codes.Contains(s.Code))
                    .GroupBy(s => s.Code).Select(g => g.OrderByDescending(s => s.Version).First())
                    .ToDictionaryAsync(s => s.Code, ct);
                var sent = 0;
                foreach (var invitation in due)
                {
                    if (!surveys.TryGetValue(invitation.SurveyCode, out var survey))
                    {
                        invitation.Skip(SkipReason.NoSurvey);
                        continue;
                    }

                    if (!await invite.ConsentedAsync(invitation.MemberId, invitation.Channel, ct))
                    {
                        invitation.Skip(SkipReason.NoConsent);
                        continue;
                    }

                    var token = InvitationLink.NewToken();
                    var expiresAt = now.AddDays(settings.LinkValidDays);
                    invitation.Send(survey.Version, InvitationLink.HashOf(token), now, expiresAt);
                    var variables = new Dictionary<string, string>
                    {
                        ["link"] = InvitationLink.For(options.Value.MemberAppAddress, token),
                        ["surveyName"] = survey.NameIn("zh-CN"),
                        ["expiresOn"] = ClinicTime.DateOf(expiresAt)
                            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    };
                    if (invitation.StoreId is { } storeId)
                    {
                        variables["storeId"] = storeId;
                    }

                    outbox.Add(new NotificationRequested(
                        Guid.CreateVersion7(now), invitation.MemberId, invitation.Channel, ConsentPurpose.Feedback,
                        TemplateCode, variables, invitation.Id.ToString(),
                        invitation.CampaignId) { OccurredAt = now });
                    sent++;
                }

                return sent;
            },
            cancellationToken);
}
