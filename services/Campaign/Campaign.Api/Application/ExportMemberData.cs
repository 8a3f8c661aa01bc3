using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Campaign's part of a member's data export (docs/privacy.md "campaign"): its copy of her (home store, birth month),
/// her coupons, what each campaign did for her, and her growth tasks' progress; staged as one
/// MemberDataExportPartProduced in the consumer's transaction. A member Campaign never heard of gets a part that says so.
/// </summary>
public sealed class ExportMemberData(CampaignDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public const string Service = "campaign";

    public async Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var part = await PartAsync(request.MemberId, now, cancellationToken);
        outbox.Add(new MemberDataExportPartProduced(
            request.RequestId, request.MemberId, Service, DataExportJson.Serialize(part), now)
        {
            OccurredAt = now,
        });
    }

    public async Task<CampaignExportPart> PartAsync(Guid memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.MemberId == memberId)
            .Select(m => new ExportedMemberCopy(m.HomeStoreId, m.BirthMonth == 0 ? null : m.BirthMonth, m.RegisteredAt))
            .FirstOrDefaultAsync(cancellationToken);
        var coupons = await (from c in db.Coupons.AsNoTracking()
                             join t in db.CouponTemplates.AsNoTracking() on c.TemplateId equals t.Id
                             where c.MemberId == memberId
                             orderby c.IssuedAt
                             select new { c, t.Name }).ToListAsync(cancellationToken);
        var deliveries = await (from d in db.Deliveries.AsNoTracking()
                                join c in db.Campaigns.AsNoTracking() on d.CampaignId equals c.Id
                                where d.MemberId == memberId
                                orderby d.At
                                select new ExportedDelivery(c.Name, d.RunKey, d.Outcome, d.At))
            .ToListAsync(cancellationToken);
        var tasks = await db.GrowthTasks.AsNoTracking().Where(t => t.MemberId == memberId).OrderBy(t => t.StartedAt)
            .ToListAsync(cancellationToken);
        if (member is null && coupons.Count == 0 && deliveries.Count == 0 && tasks.Count == 0)
        {
            return new CampaignExportPart(memberId, false, "营销活动：无记录", null, [], [], []);
        }

        var exportedCoupons = coupons.Select(x => new ExportedCoupon(
            x.c.Code, x.Name, x.c.Status == CouponStatus.Active && now >= x.c.ValidUntil ? CouponStatus.Expired
                : x.c.Status,
            x.c.FaceValue, x.c.Source, x.c.IssuedAt, x.c.ValidUntil, x.c.RedeemedAt, x.c.RedeemedOrderId,
            x.c.DiscountAmount)).ToList();
        var exportedTasks = tasks.Select(t => new ExportedGrowthTask(
            t.Name, t.Kind, t.Progress, t.Target, t.StatusAt(now), t.StartedAt, t.ExpiresAt, t.CompletedAt)).ToList();
        return new CampaignExportPart(
            memberId, true, Summary(exportedCoupons, deliveries, exportedTasks), member, exportedCoupons, deliveries,
            exportedTasks);
    }

    private static string Summary(
        List<ExportedCoupon> coupons, List<ExportedDelivery> deliveries, List<ExportedGrowthTask> tasks) =>
        string.Create(CultureInfo.InvariantCulture,
            $"营销活动：优惠券 {coupons.Count} 张（已使用 {coupons.Count(c => c.Status == CouponStatus.Redeemed)} 张），"
            + $"参与活动 {deliveries.Select(d => d.Campaign).Distinct().Count()} 个，成长任务 {tasks.Count} 个");
}

/// <summary>Campaign's part of a member's data export (JSON through <see cref="DataExportJson"/>).</summary>
/// <param name="Known">False when Campaign holds nothing about her (the rest is then empty).</param>
/// <param name="Summary">One zh-CN line for the archive's summary.</param>
public sealed record CampaignExportPart(
    Guid MemberId,
    bool Known,
    string Summary,
    ExportedMemberCopy? Member,
    IReadOnlyList<ExportedCoupon> Coupons,
    IReadOnlyList<ExportedDelivery> Deliveries,
    IReadOnlyList<ExportedGrowthTask> GrowthTasks);

/// <param name="BirthMonth">The only part of her birth date Campaign keeps (birthday campaigns); none once erased.</param>
public sealed record ExportedMemberCopy(string HomeStoreId, int? BirthMonth, DateTimeOffset RegisteredAt);

public sealed record ExportedCoupon(
    string Code,
    string Template,
    CouponStatus Status,
    decimal FaceValue,
    CouponSource Source,
    DateTimeOffset IssuedAt,
    DateTimeOffset ValidUntil,
    DateTimeOffset? RedeemedAt,
    string? RedeemedOrderId,
    decimal? DiscountAmount);

/// <param name="Outcome">Treated, Holdout (the comparison group: nothing given), or why nothing reached her.</param>
public sealed record ExportedDelivery(string Campaign, string RunKey, DeliveryOutcome Outcome, DateTimeOffset At);

public sealed record ExportedGrowthTask(
    string Name,
    GrowthTaskKind Kind,
    int Progress,
    int Target,
    GrowthTaskStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? CompletedAt);
