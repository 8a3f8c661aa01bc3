using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts;
using Loyalty.Contracts.Campaign;
using Loyalty.Contracts.Notification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Carries out one campaign run for a batch of members, set-based, inside the caller's transaction:
/// <list type="number">
/// <item>locks the coupon template and the campaign's budget shares (always in this order, so runs queue instead of deadlocking);</item>
/// <item>records a delivery per (campaign, member, run key) — members the run key already reached are left alone, so a
/// repeated or resumed run does nothing twice;</item>
/// <item>holds out the control group (stable hash), skips members at the template's per-member limit and members reached
/// by any campaign within the frequency window (an atomic conditional upsert);</item>
/// <item>reserves the budget from each member's share under the row lock, never past the cap;</item>
/// <item>issues the coupons and stages CouponIssued, PointsGrantRequested and NotificationRequested in the outbox (bulk COPY).</item>
/// </list>
/// </summary>
public sealed class CampaignExecutor(CampaignDbContext db, TimeProvider timeProvider, IOptions<CampaignOptions> options)
{
    private static readonly DateTimeOffset NeverContacted = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public decimal CostPerMember(MarketingCampaign campaign, CouponTemplate? template) =>
        (template?.FaceValue ?? 0m) + (campaign.BonusPoints * options.Value.PointValueCny);

    /// <summary>
    /// A growth task's reward is promised when the task starts, so the budget pays for it then: the campaign never
    /// starts more tasks than it could reward, even if every member completes theirs.
    /// </summary>
    private async Task<decimal> GrowthTaskRewardCostAsync(MarketingCampaign campaign, CancellationToken cancellationToken)
    {
        if (campaign.GrowthTask is null)
        {
            return 0m;
        }

        var rewardTemplate = campaign.RewardCouponTemplateId is { } templateId
            ? await db.CouponTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            : null;
        return (rewardTemplate?.FaceValue ?? 0m) + (campaign.RewardPoints * options.Value.PointValueCny);
    }

    /// <param name="retryCapped">
    /// Retry members whose delivery under this run key the frequency window refused (<see cref="RetryCappedDeliveries"/>):
    /// only those rows still FrequencyCapped go on, so a retry reaches nobody twice.
    /// </param>
    public async Task<ExecutionResult> ExecuteAsync(
        MarketingCampaign campaign, CouponTemplate? template, string runKey, IReadOnlyList<Recipient> recipients,
        IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken, DateTimeOffset? eventAt = null, bool retryCapped = false)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A campaign run executes inside the caller's transaction.");
        }

        recipients = recipients.DistinctBy(r => r.MemberId).ToList();
        if (recipients.Count == 0)
        {
            return ExecutionResult.None;
        }

        var now = timeProvider.GetUtcNow();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        // 1. Locks, in one order everywhere: template, then the budget shares by key.
        if (template is not null)
        {
            await ExecuteAsync(connection, """SELECT 1 FROM coupon_templates WHERE "Id" = @t FOR UPDATE""", cancellationToken, ("t", template.Id));
        }

        var shares = new Dictionary<string, (decimal Cap, decimal Spent)>(StringComparer.Ordinal);
        if (campaign.Budget is not null)
        {
            await using var lockShares = Command(connection, """SELECT "ShareKey", "Cap", "Spent" FROM budget_shares WHERE "CampaignId" = @c ORDER BY "ShareKey" FOR UPDATE""", ("c", campaign.Id));
            await using var reader = await lockShares.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                shares[reader.GetString(0)] = (reader.GetDecimal(1), reader.GetDecimal(2));
            }
        }

        // 2. One delivery per member and run key; only members new to this run key go on (on a retry: those still capped,
        // never held out, since the hold-out is decided first and for good).
        var heldOut = recipients.Select(r => !retryCapped && Holdout.IsHeldOut(campaign.Id, r.MemberId, campaign.HoldoutPercent)).ToArray();
        var fresh = retryCapped ? await MemberIdsAsync(connection, """
            UPDATE campaign_deliveries SET "Outcome" = 'Treated'
            WHERE "CampaignId" = @c AND "RunKey" = @k AND "MemberId" = ANY(@ids) AND "Outcome" = 'FrequencyCapped'
            RETURNING "MemberId"
            """, cancellationToken, ("c", campaign.Id), ("k", runKey), ("ids", recipients.Select(r => r.MemberId).ToArray()))
        : await MemberIdsAsync(connection, """
            INSERT INTO campaign_deliveries ("CampaignId", "MemberId", "RunKey", "Outcome", "ShareKey", "Cost", "At")
            SELECT @c, x.m, @k, CASE WHEN x.h THEN 'Holdout' ELSE 'Treated' END, x.s, 0, @now
            FROM unnest(@ids, @held, @shares) AS x(m, h, s)
            ON CONFLICT DO NOTHING
            RETURNING "MemberId"
            """, cancellationToken,
            ("c", campaign.Id), ("k", runKey), ("now", now), ("ids", recipients.Select(r => r.MemberId).ToArray()), ("held", heldOut), ("shares", recipients.Select(r => r.ShareKey).ToArray()));
        var holdoutCount = recipients.Where((r, i) => heldOut[i] && fresh.Contains(r.MemberId)).Count();
        var candidates = recipients.Where((r, i) => !heldOut[i] && fresh.Contains(r.MemberId)).ToList();
        var outcomes = new Dictionary<Guid, DeliveryOutcome>();

        // 3. The template's per-member limit.
        if (template?.PerMemberLimit is { } limit && candidates.Count > 0)
        {
            var atLimit = await MemberIdsAsync(connection, """
                SELECT "MemberId" FROM coupons WHERE "TemplateId" = @t AND "MemberId" = ANY(@ids) GROUP BY "MemberId" HAVING count(*) >= @limit
                """, cancellationToken, ("t", template.Id), ("ids", candidates.Select(r => r.MemberId).ToArray()), ("limit", limit));
            candidates.Where(r => atLimit.Contains(r.MemberId)).ToList().ForEach(r => outcomes[r.MemberId] = DeliveryOutcome.LimitReached);
            candidates = candidates.Where(r => !atLimit.Contains(r.MemberId)).ToList();
        }

        // 4. The frequency window: claim the member unless another action reached them within it.
        if (candidates.Count > 0)
        {
            var claimed = await MemberIdsAsync(connection, """
                INSERT INTO member_contacts ("MemberId", "LastTargetedAt") SELECT unnest(@ids), @now
                ON CONFLICT ("MemberId") DO UPDATE SET "LastTargetedAt" = EXCLUDED."LastTargetedAt" WHERE member_contacts."LastTargetedAt" <= @cutoff
                RETURNING "MemberId"
                """, cancellationToken, ("ids", candidates.Select(r => r.MemberId).ToArray()), ("now", now), ("cutoff", now - options.Value.FrequencyWindow));
            candidates.Where(r => !claimed.Contains(r.MemberId)).ToList().ForEach(r => outcomes[r.MemberId] = DeliveryOutcome.FrequencyCapped);
            candidates = candidates.Where(r => claimed.Contains(r.MemberId)).ToList();
        }

        // 5. The budget, share by share, under the row locks taken above.
        var cost = CostPerMember(campaign, template) + await GrowthTaskRewardCostAsync(campaign, cancellationToken);
        var treated = candidates;
        if (campaign.Budget is not null && cost > 0m && candidates.Count > 0)
        {
            treated = [];
            var refused = new List<Guid>();
            var spentKeys = new List<string>();
            var spentAmounts = new List<decimal>();
            foreach (var group in candidates.GroupBy(r => r.ShareKey, StringComparer.Ordinal))
            {
                var affordable = shares.TryGetValue(group.Key, out var share) ? (int)Math.Min(int.MaxValue, Math.Floor((share.Cap - share.Spent) / cost)) : 0;
                var members = group.ToList();
                var take = Math.Min(members.Count, Math.Max(affordable, 0));
                treated.AddRange(members.Take(take));
                refused.AddRange(members.Skip(take).Select(r => r.MemberId));
                if (take > 0)
                {
                    spentKeys.Add(group.Key);
                    spentAmounts.Add(take * cost);
                }
            }

            if (spentKeys.Count > 0)
            {
                await ExecuteAsync(connection, """
                    UPDATE budget_shares b SET "Spent" = b."Spent" + x.a FROM unnest(@keys, @amounts) AS x(k, a) WHERE b."CampaignId" = @c AND b."ShareKey" = x.k
                    """, cancellationToken, ("keys", spentKeys.ToArray()), ("amounts", spentAmounts.ToArray()), ("c", campaign.Id));
            }

            if (refused.Count > 0)
            {
                // Not reached after all: release the frequency claim taken in step 4 (nobody else saw it: the rows are locked until commit).
                await ExecuteAsync(connection, """UPDATE member_contacts SET "LastTargetedAt" = @never WHERE "MemberId" = ANY(@ids)""", cancellationToken,
                    ("never", NeverContacted), ("ids", refused.ToArray()));
                refused.ForEach(m => outcomes[m] = DeliveryOutcome.BudgetExhausted);
            }
        }

        // 6. The actions.
        var coupons = template is null ? [] : treated.Select(r => NewCoupon(campaign, template, r.MemberId, runKey, now)).ToList();
        if (coupons.Count > 0)
        {
            await ExecuteAsync(connection, """
                INSERT INTO coupons ("Id", "Code", "TemplateId", "MemberId", "CampaignId", "Source", "SourceRef", "FaceValue", "IssuedAt", "ValidFrom", "ValidUntil", "Status")
                SELECT x.id, x.code, @t, x.m, @c, 'Campaign', x.ref, @face, @now, x.vf, x.vu, 'Active'
                FROM unnest(@ids, @codes, @members, @refs, @froms, @untils) AS x(id, code, m, ref, vf, vu)
                """, cancellationToken,
                ("t", template!.Id), ("c", campaign.Id), ("face", template.FaceValue), ("now", now),
                ("ids", coupons.Select(c => c.Id).ToArray()), ("codes", coupons.Select(c => c.Code).ToArray()), ("members", coupons.Select(c => c.MemberId).ToArray()),
                ("refs", coupons.Select(c => c.SourceRef).ToArray()), ("froms", coupons.Select(c => c.ValidFrom).ToArray()), ("untils", coupons.Select(c => c.ValidUntil).ToArray()));
        }

        if (campaign.GrowthTask is { } kind && treated.Count > 0)
        {
            // "Start a growth task": one per campaign, member and run key, from the time of the event that started it.
            await using var start = Command(connection, """
                INSERT INTO growth_tasks ("Id", "CampaignId", "MemberId", "RunKey", "Kind", "Name", "Target", "Progress", "StartedAt", "ExpiresAt", "RewardCouponTemplateId", "RewardPoints")
                SELECT x.id, @c, x.m, @k, @kind, @name, @target, 0, @now, @until, @reward, @points FROM unnest(@ids, @members) AS x(id, m)
                ON CONFLICT DO NOTHING
                """, ("c", campaign.Id), ("k", runKey), ("kind", kind.ToString()), ("name", campaign.Name), ("target", campaign.GrowthTaskTarget), ("now", eventAt ?? now),
                ("until", (eventAt ?? now).AddDays(campaign.GrowthTaskDays)), ("points", campaign.RewardPoints),
                ("ids", treated.Select(_ => Guid.CreateVersion7(now)).ToArray()), ("members", treated.Select(r => r.MemberId).ToArray()));
            start.Parameters.Add(new NpgsqlParameter("reward", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)campaign.RewardCouponTemplateId ?? DBNull.Value });
            await start.ExecuteNonQueryAsync(cancellationToken);
        }

        var couponByMember = coupons.ToDictionary(c => c.MemberId);
        if (treated.Count > 0)
        {
            await OutboxBulkWriter.WriteAsync(db, treated.SelectMany(r => Events(campaign, template, r.MemberId, runKey, couponByMember.GetValueOrDefault(r.MemberId), variables, now)), now, cancellationToken);
        }

        // 7. Record the outcomes of the members that went past the holdout. A retried member treated now is dated now
        // (the KPIs' response windows start at the treatment); one capped again keeps the date of the first refusal.
        var decided = treated.Select(r => r.MemberId).Concat(outcomes.Keys).ToArray();
        if (decided.Length > 0)
        {
            await ExecuteAsync(connection, """
                UPDATE campaign_deliveries d SET "Outcome" = x.o, "CouponId" = x.cid, "Cost" = x.cost,
                    "At" = CASE WHEN @retry AND x.o = 'Treated' THEN @now ELSE d."At" END
                FROM unnest(@ids, @outcomes, @coupons, @costs) AS x(m, o, cid, cost)
                WHERE d."CampaignId" = @c AND d."RunKey" = @k AND d."MemberId" = x.m
                """, cancellationToken, ("retry", retryCapped), ("now", now),
                ("ids", decided), ("outcomes", decided.Select(m => outcomes.GetValueOrDefault(m, DeliveryOutcome.Treated).ToString()).ToArray()),
                ("coupons", decided.Select(m => couponByMember.TryGetValue(m, out var c) ? c.Id : (Guid?)null).ToArray()),
                ("costs", decided.Select(m => outcomes.ContainsKey(m) ? 0m : cost).ToArray()), ("c", campaign.Id), ("k", runKey));
        }

        return new ExecutionResult(
            treated.Count, holdoutCount,
            outcomes.Values.Count(o => o == DeliveryOutcome.FrequencyCapped), outcomes.Values.Count(o => o == DeliveryOutcome.BudgetExhausted),
            outcomes.Values.Count(o => o == DeliveryOutcome.LimitReached), recipients.Count - fresh.Count);
    }

    private static Coupon NewCoupon(MarketingCampaign campaign, CouponTemplate template, Guid memberId, string runKey, DateTimeOffset now)
    {
        var (from, until) = template.ValidityFor(now);
        return new Coupon
        {
            Id = Guid.CreateVersion7(now), Code = CouponCodes.New(), TemplateId = template.Id, MemberId = memberId, CampaignId = campaign.Id,
            Source = CouponSource.Campaign, SourceRef = $"campaign:{campaign.Id:N}:{memberId:N}:{runKey}", FaceValue = template.FaceValue,
            IssuedAt = now, ValidFrom = from, ValidUntil = until, Status = CouponStatus.Active,
        };
    }

    private IEnumerable<IntegrationEvent> Events(
        MarketingCampaign campaign, CouponTemplate? template, Guid memberId, string runKey, Coupon? coupon, IReadOnlyDictionary<string, string> variables, DateTimeOffset now)
    {
        if (coupon is not null)
        {
            yield return new CouponIssued(coupon.Id, coupon.Code, memberId, coupon.TemplateId, campaign.Id, coupon.ValidFrom, coupon.ValidUntil) { OccurredAt = now };
        }

        if (campaign.BonusPoints > 0)
        {
            yield return new PointsGrantRequested(Guid.CreateVersion7(now), memberId, campaign.BonusPoints, $"campaign: {campaign.Name}", "campaign", $"campaign:{campaign.Id:N}:{runKey}")
            {
                OccurredAt = now,
            };
        }

        if (campaign.MessageTemplate is { } messageTemplate)
        {
            var values = new Dictionary<string, string>(variables, StringComparer.Ordinal);
            if (coupon is not null && template is not null)
            {
                // What the coupon gives, for Notification to word per language ({{couponBenefit}}: 8折, 满200元减80元, a gift by name).
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

                values["expiryDate"] = ClinicTime.DateOf(coupon.ValidUntil).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                values["couponCode"] = coupon.Code;
            }

            if (campaign.BonusPoints > 0)
            {
                values.TryAdd("points", campaign.BonusPoints.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            yield return new NotificationRequested(
                Guid.CreateVersion7(now), memberId, campaign.MessageChannel, ConsentPurpose.Marketing, messageTemplate, values,
                $"campaign:{campaign.Id:N}:{runKey}", campaign.Id) { OccurredAt = now };
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<HashSet<Guid>> MemberIdsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
