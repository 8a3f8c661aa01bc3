using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Loyalty.Contracts;
using Loyalty.Contracts.Campaign;
using Loyalty.Contracts.Notification;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Counts steps towards members' open growth tasks inside the consumer's transaction and completes them: the task rows
/// are locked (<see cref="CampaignLocks"/>), each step is keyed by what made it (an order, a referee), and the reward
/// is issued once (the coupon's SourceRef and the points' request are keyed by the task).
/// </summary>
public sealed class AdvanceGrowthTasks(
    CampaignDbContext db, CouponIssuer issuer, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    /// <summary>
    /// A purchase of the member at <paramref name="paidAt"/> counts for their open SecondPurchase tasks started before
    /// it.
    /// </summary>
    public Task<int> PurchaseAsync(
        Guid memberId, Guid purchaseId, DateTimeOffset paidAt, CancellationToken cancellationToken) =>
        StepAsync(memberId, GrowthTaskKind.SecondPurchase, $"purchase:{purchaseId:N}", paidAt, cancellationToken);

    /// <summary>
    /// A friend the member referred registered at <paramref name="registeredAt"/>: counts for their open InviteFriends
    /// tasks.
    /// </summary>
    public Task<int> ReferralAsync(
        Guid referrerId, Guid refereeId, DateTimeOffset registeredAt, CancellationToken cancellationToken) =>
        StepAsync(referrerId, GrowthTaskKind.InviteFriends, $"referee:{refereeId:N}", registeredAt, cancellationToken);

    /// <summary>Returns the number of tasks this step completed.</summary>
    private async Task<int> StepAsync(
        Guid memberId, GrowthTaskKind kind, string stepRef, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenGrowthTasksAsync(memberId, kind, cancellationToken);
        var completed = 0;
        foreach (var task in open.Where(t => t.Counts(at)))
        {
            if (await db.GrowthTaskSteps.AnyAsync(s => s.TaskId == task.Id && s.StepRef == stepRef, cancellationToken))
            {
                continue;
            }

            db.GrowthTaskSteps.Add(GrowthTaskStep.For(task, stepRef, at));
            if (task.CountStep())
            {
                await CompleteAsync(task, cancellationToken);
                completed++;
            }
        }

        return completed;
    }

    private async Task CompleteAsync(GrowthTask task, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var rewards = new List<string>();
        Guid? rewardCouponId = null;
        if (task.RewardCouponTemplateId is { } templateId
            && await db.CouponTemplates.AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken) is { } template)
        {
            rewardCouponId = issuer.Issue(
                template, task.MemberId, task.CampaignId, CouponSource.Campaign, task.RewardRef, now).Id;
            rewards.Add(template.Name);
        }

        task.Complete(now, rewardCouponId);
        if (task.RewardPoints > 0)
        {
            outbox.Add(new PointsGrantRequested(
                Guid.CreateVersion7(now), task.MemberId, task.RewardPoints, $"growth task: {task.Name}", "campaign",
                task.RewardRef)
            {
                OccurredAt = now,
            });
            rewards.Add(task.RewardPoints.ToString(CultureInfo.InvariantCulture) + " points");
        }

        var variables = new Dictionary<string, string>
        {
            ["taskName"] = task.Name, ["reward"] = string.Join(" + ", rewards),
        };
        outbox.Add(new NotificationRequested(
            Guid.CreateVersion7(now), task.MemberId, Channel.Sms, ConsentPurpose.Transactional, "growth-task-completed",
            variables, task.RewardRef, task.CampaignId)
        {
            OccurredAt = now,
        });
    }
}
