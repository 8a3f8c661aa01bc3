using Loyalty.BuildingBlocks.Statistics;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Computes the campaign KPIs in PostgreSQL from the service's own data: deliveries (treated and holdout), coupons, and
/// its copies of purchases, tier changes and points balances. A member's outcome window is the 30 days after they were
/// reached: (reachedAt, reachedAt + 30 days]. Formulas: docs/kpis.md.
/// </summary>
public sealed class KpiReport(CampaignDbContext db, IOptions<CampaignOptions> options, TimeProvider timeProvider)
{
    public const int WindowDays = 30;

    /// <param name="storeId">Only the members whose home store this is; null for all.</param>
    public async Task<CampaignKpis> ComputeAsync(
        Guid? campaignId, DateTimeOffset from, DateTimeOffset to, string? storeId, CancellationToken cancellationToken)
    {
        var groups = await KpiSql.Groups.Rows<KpiGroupRow>(
                db, from.ToUniversalTime(), to.ToUniversalTime(), SqlValues.Uuid(campaignId), WindowDays,
                SqlValues.Text(storeId))
            .ToListAsync(cancellationToken);
        var feedback = await KpiSql.Feedback.Rows<FeedbackGroupRow>(
                db, from.ToUniversalTime(), to.ToUniversalTime(), SqlValues.Uuid(campaignId), SqlValues.Text(storeId),
                timeProvider.GetUtcNow(), NetPromoterScore.LowestPromoter, NetPromoterScore.HighestDetractor)
            .ToListAsync(cancellationToken);
        return Kpis(
            campaignId,
            GroupOf(groups.SingleOrDefault(g => g.Treated)), GroupOf(groups.SingleOrDefault(g => !g.Treated))) with
        {
            Feedback = new FeedbackKpis(
                ScoreOf(feedback.SingleOrDefault(g => g.Treated)), ScoreOf(feedback.SingleOrDefault(g => !g.Treated))),
        };
    }

    private static FeedbackScore ScoreOf(FeedbackGroupRow? row) => row is null
        ? FeedbackScore.None
        : FeedbackScore.Of(
            row.Answers, new NetPromoterScore(row.Promoters, row.Passives, row.Detractors), row.TreatmentSatisfaction,
            row.ClinicSatisfaction);

    /// <summary>
    /// The KPIs of all campaigns together and of each reached in [start, end), the dashboard's figures for that range,
    /// and the points liability now; with <paramref name="storeId"/>, of that home store's members only.
    /// </summary>
    public async Task<KpiOverview> OverviewAsync(
        DateOnly from, DateOnly to, DateTimeOffset start, DateTimeOffset end, string? storeId,
        CancellationToken cancellationToken)
    {
        var ids = await db.Deliveries.AsNoTracking().Where(d => d.At >= start && d.At < end).Select(d => d.CampaignId)
            .Distinct().ToListAsync(cancellationToken);
        var campaigns = new List<CampaignKpis>();
        foreach (var id in ids.Order())
        {
            campaigns.Add(await ComputeAsync(id, start, end, storeId, cancellationToken));
        }

        var (points, cny) = await PointsLiabilityAsync(storeId, cancellationToken);
        var overall = await ComputeAsync(null, start, end, storeId, cancellationToken);
        var chain = await KpiSql.Chain.Rows<ChainKpiRow>(
                db, start.ToUniversalTime(), end.ToUniversalTime(), SqlValues.Text(storeId), WindowDays)
            .SingleAsync(cancellationToken);
        return new KpiOverview(
            from, to, overall, campaigns, points, cny, storeId, Dashboard(chain, overall));
    }

    /// <summary>
    /// Each running campaign's health over the members it reached from its creation until <paramref name="end"/>.
    /// </summary>
    public async Task<List<CampaignHealth>> HealthAsync(DateTimeOffset end, CancellationToken cancellationToken)
    {
        var running = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Active && c.CreatedAt < end).OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var health = new List<CampaignHealth>();
        foreach (var campaign in running)
        {
            var kpis = await ComputeAsync(campaign.Id, campaign.CreatedAt, end, storeId: null, cancellationToken);
            health.Add(new CampaignHealth(campaign, kpis));
        }

        return health;
    }

    public async Task<(long Points, decimal Cny)> PointsLiabilityAsync(
        string? storeId, CancellationToken cancellationToken)
    {
        var balances = storeId is null
            ? db.PointsBalances
            : db.PointsBalances.Where(b => db.Members.Any(m => m.MemberId == b.MemberId && m.HomeStoreId == storeId));
        var points = await balances.SumAsync(b => (long?)b.Balance, cancellationToken) ?? 0;
        return (points, points * options.Value.PointValueCny);
    }

    private static DashboardKpis Dashboard(ChainKpiRow chain, CampaignKpis overall) => new(
        chain.Buyers, chain.Repurchasers, Rate(chain.Repurchasers, chain.Buyers),
        chain.NewMembers, chain.NewBuyers, Rate(chain.NewRepurchasers, chain.NewBuyers),
        overall.WakeUpRateTreated,
        chain.CouponsIssued, chain.CouponsRedeemed, Rate(chain.CouponsRedeemed, chain.CouponsIssued),
        overall.ParticipationRate);

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    internal static CampaignKpis Kpis(Guid? campaignId, Group t, Group h)
    {
        var (pt, ph) = (Rate(t.Repurchasers, t.Members), Rate(h.Repurchasers, h.Members));
        double? uplift = pt is { } a && ph is { } b ? a - b : null;
        double? margin = pt is { } p1 && ph is { } p0 ? 1.96 * Math.Sqrt(
            (p1 * (1 - p1) / t.Members) + (p0 * (1 - p0) / h.Members)) : null;
        decimal? incremental = t.Members > 0 && h.Members > 0 ? (
            (t.Revenue / t.Members) - (h.Revenue / h.Members)) * t.Members : null;
        return new CampaignKpis(
            campaignId, t.Members, h.Members, t.Issued, t.Redeemed, Rate(t.Redeemed, t.Issued), Rate(
                t.Participants, t.Members),
            pt, ph, uplift, uplift - margin, uplift + margin, Rate(t.Woken, t.Dormant), Rate(h.Woken, h.Dormant),
            t.Orders == 0 ? null : Math.Round(
                t.Revenue / t.Orders, 2), t.Revenue, incremental is { } i ? Math.Round(i, 2) : null, t.Cost,
            incremental is { } gain && t.Cost > 0 ? (double)(
                (gain - t.Cost) / t.Cost) : null, Rate(t.Upgraded, t.Members), Rate(h.Upgraded, h.Members));
    }

    private static Group GroupOf(KpiGroupRow? row) => row is null
        ? Group.Empty
        : new(row.Members, row.Repurchasers, row.Orders, row.Revenue, row.Issued, row.Redeemed, row.Participants,
            row.Dormant, row.Woken, row.Upgraded, row.Cost);

    internal sealed record Group(
        int Members, int Repurchasers, int Orders, decimal Revenue, int Issued, int Redeemed, int Participants,
        int Dormant, int Woken, int Upgraded, decimal Cost)
    {
        public static Group Empty { get; } = new(0, 0, 0, 0m, 0, 0, 0, 0, 0, 0, 0m);
    }
}

/// <summary>A running campaign and its KPIs so far.</summary>
public sealed record CampaignHealth(MarketingCampaign Campaign, CampaignKpis Kpis);
