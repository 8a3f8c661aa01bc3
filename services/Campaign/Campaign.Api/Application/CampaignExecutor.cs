using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Loyalty.Contracts;
using Loyalty.Contracts.Campaign;
using Loyalty.Contracts.Feedback;
using Loyalty.Contracts.Notification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Carries out one campaign run for a batch of members, set-based, inside the caller's transaction:
/// <list type="number">
/// <item>locks the coupon template and the campaign's budget shares (in the order of <see cref="CampaignLocks"/>, so
/// runs queue instead of deadlocking);</item>
/// <item>records a delivery per (campaign, member, run key) — members the run key already reached are left alone, so a
/// repeated or resumed run does nothing twice;</item>
/// <item>holds out the control group (stable hash), skips members at the template's per-member limit and members
/// reached by any campaign within the frequency window (an atomic conditional upsert);</item>
/// <item>reserves the budget from each member's share under the row lock, never past the cap;</item>
/// <item>issues the coupons and stages CouponIssued, PointsGrantRequested, NotificationRequested,
/// SurveyInvitationRequested and FollowUpRequested in the outbox (bulk COPY).</item>
/// </list>
/// </summary>
public sealed class CampaignExecutor(CampaignDbContext db, TimeProvider timeProvider, IOptions<CampaignOptions> options)
{
    /// <param name="retryCapped">
    /// Retry members whose delivery under this run key the frequency window refused
    /// (<see cref="RetryCappedDeliveries"/>): only those rows still FrequencyCapped go on, so a retry reaches nobody
    /// twice.
    /// </param>
    public async Task<ExecutionResult> ExecuteAsync(
        MarketingCampaign campaign,
        CouponTemplate? template,
        string runKey,
        IReadOnlyList<Recipient> recipients,
        IReadOnlyDictionary<string, string> variables,
        CancellationToken cancellationToken,
        DateTimeOffset? eventAt = null,
        bool retryCapped = false)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A campaign run executes inside the caller's transaction.");
        }

        recipients = await WithoutErasedAsync(recipients.DistinctBy(r => r.MemberId).ToList(), cancellationToken);
        if (recipients.Count == 0)
        {
            return ExecutionResult.None;
        }

        var now = timeProvider.GetUtcNow();

        // 1. Locks, in the documented order: template, then the budget shares by key.
        if (template is not null)
        {
            await db.LockTemplateAsync(template.Id, cancellationToken);
        }

        var shares = campaign.Budget is null
            ? []
            : (await db.LockBudgetSharesAsync(campaign.Id, cancellationToken))
                .ToDictionary(s => s.ShareKey, StringComparer.Ordinal);

        // 2. One delivery per member and run key; only members new to this run key go on (on a retry: those still
        // capped, never held out, since the hold-out is decided first and for good).
        var heldOut = recipients.Select(r => !retryCapped && campaign.HoldsOut(r.MemberId)).ToArray();
        var memberIds = recipients.Select(r => r.MemberId).ToArray();
        var fresh = retryCapped
            ? await MemberIdsAsync(
                CampaignRunSql.ResumeCappedDeliveries, cancellationToken, campaign.Id, runKey, memberIds)
            : await MemberIdsAsync(
                CampaignRunSql.RecordDeliveries, cancellationToken,
                campaign.Id, runKey, now, memberIds, heldOut, recipients.Select(r => r.ShareKey).ToArray());
        var holdoutCount = recipients.Where((r, i) => heldOut[i] && fresh.Contains(r.MemberId)).Count();
        var candidates = recipients.Where((r, i) => !heldOut[i] && fresh.Contains(r.MemberId)).ToList();
        var outcomes = new Dictionary<Guid, DeliveryOutcome>();

        // 3. The template's per-member limit.
        if (template?.PerMemberLimit is not null && candidates.Count > 0)
        {
            var atLimit = await AtLimitAsync(template, candidates, cancellationToken);
            candidates = Refuse(candidates, atLimit, DeliveryOutcome.LimitReached, outcomes);
        }

        // 4. The frequency window: claim the member unless another action reached them within it.
        if (candidates.Count > 0)
        {
            var cutoff = FrequencyWindow.ReachableIfLastReachedBy(now, options.Value.FrequencyWindow);
            var claimed = await MemberIdsAsync(
                CampaignRunSql.ClaimContacts, cancellationToken, candidates.Select(r => r.MemberId).ToArray(), now,
                cutoff);
            candidates = Refuse(candidates, candidates.Select(r => r.MemberId).Except(claimed).ToHashSet(),
                DeliveryOutcome.FrequencyCapped, outcomes);
        }

        // 5. The budget, share by share, under the row locks taken above.
        var cost = await CostPerMemberAsync(campaign, template, cancellationToken);
        var treated = campaign.Budget is not null && cost > 0m && candidates.Count > 0
            ? await SpendBudgetAsync(campaign, candidates, shares, cost, outcomes, cancellationToken)
            : candidates;

        // 6. The actions.
        var coupons = template is null
            ? []
            : treated.Select(r => Coupon.Issue(
                template, r.MemberId, campaign.Id, CouponSource.Campaign, campaign.CouponRef(r.MemberId, runKey), now))
                .ToList();
        await IssueCouponsAsync(campaign, template, coupons, now, cancellationToken);
        await StartGrowthTasksAsync(campaign, runKey, treated, eventAt ?? now, now, cancellationToken);
        var couponByMember = coupons.ToDictionary(c => c.MemberId);
        if (treated.Count > 0)
        {
            var events = treated.SelectMany(r => Events(
                campaign, template, r.MemberId, runKey, couponByMember.GetValueOrDefault(r.MemberId), variables, now));
            await OutboxBulkWriter.WriteAsync(db, events, now, cancellationToken);
        }

        // 7. Record the outcomes of the members that went past the holdout.
        var decided = treated.Select(r => r.MemberId).Concat(outcomes.Keys).ToArray();
        if (decided.Length > 0)
        {
            await CampaignRunSql.RecordOutcomes.ExecuteAsync(
                db, cancellationToken, retryCapped, now, decided,
                decided.Select(m => outcomes.GetValueOrDefault(m, DeliveryOutcome.Treated).ToString()).ToArray(),
                SqlValues.Uuids(decided.Select(m => couponByMember.TryGetValue(m, out var c) ? c.Id : (Guid?)null)),
                decided.Select(m => outcomes.ContainsKey(m) ? 0m : cost).ToArray(),
                campaign.Id, runKey);
        }

        return new ExecutionResult(
            treated.Count,
            holdoutCount,
            outcomes.Values.Count(o => o == DeliveryOutcome.FrequencyCapped),
            outcomes.Values.Count(o => o == DeliveryOutcome.BudgetExhausted),
            outcomes.Values.Count(o => o == DeliveryOutcome.LimitReached),
            recipients.Count - fresh.Count);
    }

    /// <summary>
    /// Erased members get no delivery, coupon or message from any campaign, whatever copy (a segment membership not yet
    /// left, a late trigger event) still names them.
    /// </summary>
    private async Task<IReadOnlyList<Recipient>> WithoutErasedAsync(
        List<Recipient> recipients, CancellationToken cancellationToken)
    {
        var ids = recipients.Select(r => r.MemberId).ToList();
        var erased = await db.Set<ErasedMember>().Where(e => ids.Contains(e.MemberId)).Select(e => e.MemberId)
            .ToListAsync(cancellationToken);
        return erased.Count == 0 ? recipients : recipients.Where(r => !erased.Contains(r.MemberId)).ToList();
    }

    /// <summary>The template of the coupon the campaign gives, if it gives one.</summary>
    public async Task<CouponTemplate?> CouponTemplateOfAsync(
        MarketingCampaign campaign, CancellationToken cancellationToken) =>
        campaign.CouponTemplateId is { } id
            ? await db.CouponTemplates.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken)
            : null;

    private async Task<decimal> CostPerMemberAsync(
        MarketingCampaign campaign, CouponTemplate? template, CancellationToken cancellationToken)
    {
        var rewardTemplate = campaign is { GrowthTask: not null, RewardCouponTemplateId: { } rewardId }
            ? await db.CouponTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == rewardId, cancellationToken)
            : null;
        return campaign.CostPerMember(template, rewardTemplate, options.Value.PointValueCny);
    }

    /// <summary>The candidates who hold as many coupons of the template as it allows.</summary>
    private async Task<HashSet<Guid>> AtLimitAsync(
        CouponTemplate template, List<Recipient> candidates, CancellationToken cancellationToken)
    {
        var ids = candidates.Select(r => r.MemberId).ToList();
        var held = await db.Coupons.Where(c => c.TemplateId == template.Id && ids.Contains(c.MemberId))
            .GroupBy(c => c.MemberId).Select(g => new { MemberId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return held.Where(h => !template.AllowsAnother(h.Count)).Select(h => h.MemberId).ToHashSet();
    }

    /// <summary>
    /// Takes each share's affordable members, records what they spend, and releases the others' claims.
    /// </summary>
    private async Task<List<Recipient>> SpendBudgetAsync(
        MarketingCampaign campaign,
        List<Recipient> candidates,
        Dictionary<string, BudgetShare> shares,
        decimal cost,
        Dictionary<Guid, DeliveryOutcome> outcomes,
        CancellationToken cancellationToken)
    {
        var treated = new List<Recipient>();
        var refused = new List<Guid>();
        foreach (var group in candidates.GroupBy(r => r.ShareKey, StringComparer.Ordinal))
        {
            var affordable = shares.TryGetValue(group.Key, out var share) ? share.MembersAffordable(cost) : 0;
            var members = group.ToList();
            var take = Math.Min(members.Count, affordable);
            treated.AddRange(members.Take(take));
            refused.AddRange(members.Skip(take).Select(r => r.MemberId));
            if (take > 0)
            {
                var spent = take * cost;
                await db.BudgetShares.Where(s => s.CampaignId == campaign.Id && s.ShareKey == group.Key)
                    .ExecuteUpdateAsync(set => set.SetProperty(s => s.Spent, s => s.Spent + spent), cancellationToken);
            }
        }

        if (refused.Count > 0)
        {
            // Not reached after all: release the frequency claim taken in step 4 (nobody else saw it: the rows are
            // locked until commit).
            await db.MemberContacts.Where(c => refused.Contains(c.MemberId)).ExecuteUpdateAsync(
                set => set.SetProperty(c => c.LastTargetedAt, FrequencyWindow.NeverContacted), cancellationToken);
            refused.ForEach(m => outcomes[m] = DeliveryOutcome.BudgetExhausted);
        }

        return treated;
    }

    private async Task IssueCouponsAsync(
        MarketingCampaign campaign, CouponTemplate? template, List<Coupon> coupons, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (template is null || coupons.Count == 0)
        {
            return;
        }

        await CampaignRunSql.IssueCoupons.ExecuteAsync(
            db, cancellationToken, template.Id, campaign.Id, template.FaceValue, now,
            coupons.Select(c => c.Id).ToArray(), coupons.Select(c => c.Code).ToArray(),
            coupons.Select(c => c.MemberId).ToArray(), coupons.Select(c => c.SourceRef).ToArray(),
            coupons.Select(c => c.ValidFrom).ToArray(), coupons.Select(c => c.ValidUntil).ToArray());
    }

    /// <summary>
    /// "Start a growth task": one per campaign, member and run key, from the time of the event that started it.
    /// </summary>
    private async Task StartGrowthTasksAsync(
        MarketingCampaign campaign, string runKey, List<Recipient> treated, DateTimeOffset startedAt,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (campaign.GrowthTask is not { } kind || treated.Count == 0)
        {
            return;
        }

        await CampaignRunSql.StartGrowthTasks.ExecuteAsync(
            db, cancellationToken, campaign.Id, runKey, kind.ToString(), campaign.Name, campaign.GrowthTaskTarget,
            startedAt, GrowthTask.ExpiryFor(startedAt, campaign.GrowthTaskDays),
            SqlValues.Uuid(campaign.RewardCouponTemplateId), campaign.RewardPoints,
            treated.Select(_ => Guid.CreateVersion7(now)).ToArray(), treated.Select(r => r.MemberId).ToArray());
    }

    private async Task<HashSet<Guid>> MemberIdsAsync(
        ModelSql<CampaignDbContext> statement, CancellationToken cancellationToken, params object[] values) =>
        [.. await statement.Rows<Guid>(db, values).ToListAsync(cancellationToken)];

    private static List<Recipient> Refuse(
        List<Recipient> candidates, HashSet<Guid> refused, DeliveryOutcome outcome,
        Dictionary<Guid, DeliveryOutcome> outcomes)
    {
        foreach (var member in refused)
        {
            outcomes[member] = outcome;
        }

        return candidates.Where(r => !refused.Contains(r.MemberId)).ToList();
    }

    private IEnumerable<IntegrationEvent> Events(
        MarketingCampaign campaign,
        CouponTemplate? template,
        Guid memberId,
        string runKey,
        Coupon? coupon,
        IReadOnlyDictionary<string, string> variables,
        DateTimeOffset now)
    {
        if (coupon is not null)
        {
            yield return new CouponIssued(
                coupon.Id, coupon.Code, memberId, coupon.TemplateId, campaign.Id, coupon.ValidFrom, coupon.ValidUntil)
            {
                OccurredAt = now,
            };
        }

        if (campaign.BonusPoints > 0)
        {
            yield return new PointsGrantRequested(
                Guid.CreateVersion7(now), memberId, campaign.BonusPoints, $"campaign: {campaign.Name}", "campaign",
                campaign.RunRef(runKey))
            {
                OccurredAt = now,
            };
        }

        if (campaign.MessageTemplate is { } messageTemplate)
        {
            yield return new NotificationRequested(
                Guid.CreateVersion7(now), memberId, campaign.MessageChannel, ConsentPurpose.Marketing, messageTemplate,
                MessageValues(campaign, template, coupon, variables), campaign.RunRef(runKey), campaign.Id)
            {
                OccurredAt = now,
            };
        }

        if (campaign.SurveyCode is { } surveyCode)
        {
            yield return new SurveyInvitationRequested(
                campaign.RequestId("survey", memberId, runKey), memberId, surveyCode, campaign.Id)
            {
                OccurredAt = now,
            };
        }

        if (campaign.FollowUpReason is { } reason)
        {
            yield return new FollowUpRequested(
                campaign.RequestId("follow-up", memberId, runKey), memberId, reason, campaign.Id,
                campaign.FollowUpDueInDays)
            {
                OccurredAt = now,
            };
        }
    }

    private static Dictionary<string, string> MessageValues(
        MarketingCampaign campaign, CouponTemplate? template, Coupon? coupon,
        IReadOnlyDictionary<string, string> variables)
    {
        var values = new Dictionary<string, string>(variables, StringComparer.Ordinal);
        if (coupon is not null && template is not null)
        {
            // What the coupon gives, for Notification to word per language ({{couponBenefit}}: 8折, 满200元减80元, a
            // gift by name).
            values["couponKind"] = template.Kind.ToString();
            values["couponValue"] = CouponRules.Money(template.Value);
            values["threshold"] = CouponRules.Money(template.Threshold);
            if (template.MaxDiscount is { } cap)
            {
                values["maxDiscount"] = CouponRules.Money(cap);
            }

            if (template.GiftName is { } gift)
            {
                values["giftName"] = gift;
            }

            values["expiryDate"] = ClinicTime.DateOf(coupon.ValidUntil)
                .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values["couponCode"] = coupon.Code;
        }

        if (campaign.BonusPoints > 0)
        {
            values.TryAdd("points", campaign.BonusPoints.ToString(CultureInfo.InvariantCulture));
        }

        return values;
    }
}
