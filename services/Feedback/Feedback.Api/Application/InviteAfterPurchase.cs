using Loyalty.Contracts.Points;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// A purchase with a treatment item (a category in the settings) schedules the after-treatment survey delayDays clinic
/// days later at sendAtLocalTime. A purchase so old that its link would already have expired (an import, the demo
/// chain's history) invites nobody. A full refund cancels the invitation if it has not gone out.
/// </summary>
public sealed class InviteAfterPurchase(FeedbackDbContext db, InviteMember invite, TimeProvider timeProvider)
{
    public async Task RecordedAsync(PurchaseRecorded purchase, CancellationToken cancellationToken)
    {
        var settings = await db.SettingsAsync(timeProvider, cancellationToken);
        if (purchase.Items.FirstOrDefault(item => settings.IsTreatment(item.Category)) is not { } treatment)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var dueAt = settings.InvitationTimeAfter(purchase.PaidAt);
        if (dueAt.AddDays(settings.LinkValidDays) <= now
            || await db.Invitations.AnyAsync(i => i.PurchaseId == purchase.PurchaseId, cancellationToken))
        {
            return;
        }

        await invite.InviteAsync(
            new InvitationRequest(purchase.MemberId, settings.AfterTreatmentSurveyCode, InvitationSource.Purchase,
                purchase.StoreId, treatment.Category.Trim().ToLowerInvariant(), purchase.AdvisorId,
                purchase.PurchaseId),
            dueAt, settings, now, cancellationToken);
    }

    public async Task RefundedAsync(PurchaseRefunded refund, CancellationToken cancellationToken)
    {
        if (!refund.IsFullRefund)
        {
            return;
        }

        foreach (var invitation in await db.Invitations
                     .Where(i => i.PurchaseId == refund.PurchaseId).ToListAsync(cancellationToken))
        {
            invitation.CancelIfScheduled();
        }
    }
}
