using Loyalty.Contracts.Feedback;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// A campaign asks for a member to be invited (SurveyInvitationRequested): once per request id, now, about her home
/// store, under the same rules as every invitation. A survey that does not exist invites nobody.
/// </summary>
public sealed partial class InviteOnRequest(
    FeedbackDbContext db, InviteMember invite, TimeProvider timeProvider, ILogger<InviteOnRequest> logger)
{
    public async Task HandleAsync(SurveyInvitationRequested request, CancellationToken cancellationToken)
    {
        if (await db.Invitations.AnyAsync(i => i.RequestId == request.RequestId, cancellationToken))
        {
            return;
        }

        if (!await db.Surveys.AnyAsync(s => s.Code == request.SurveyCode, cancellationToken))
        {
            LogUnknownSurvey(logger, request.RequestId, request.SurveyCode);
            return;
        }

        var settings = await db.SettingsAsync(timeProvider, cancellationToken);
        var homeStore = await db.Members.Where(m => m.MemberId == request.MemberId).Select(m => m.HomeStoreId)
            .FirstOrDefaultAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        await invite.InviteAsync(
            new InvitationRequest(request.MemberId, request.SurveyCode, InvitationSource.Campaign, homeStore,
                CampaignId: request.CampaignId, RequestId: request.RequestId),
            now, settings, now, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Survey invitation request {RequestId} names survey {SurveyCode}, which does not exist; ignored")]
    private static partial void LogUnknownSurvey(ILogger logger, Guid requestId, string surveyCode);
}
