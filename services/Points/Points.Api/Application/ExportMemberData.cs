using System.Globalization;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Privacy;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Points' part of a member's data export (docs/privacy.md "points"): her account, purchases with their lines and
/// refunds, the whole ledger with each entry's rule or reason, and her redemptions; staged as one
/// MemberDataExportPartProduced in the consumer's transaction. A member Points never heard of gets a part that says so.
/// </summary>
public sealed class ExportMemberData(PointsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public const string Service = "points";

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

    public async Task<PointsExportPart> PartAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.MemberId == memberId,
            cancellationToken);
        if (account is null)
        {
            return new PointsExportPart(memberId, false, "积分：无记录", null, [], [], []);
        }

        var refunds = (await db.Refunds.AsNoTracking().Where(r => r.MemberId == memberId)
                .OrderBy(r => r.RefundedAt).ToListAsync(cancellationToken))
            .ToLookup(r => r.PurchaseId);
        var purchases = (await db.Purchases.AsNoTracking().Where(p => p.MemberId == memberId)
                .OrderBy(p => p.PaidAt).ToListAsync(cancellationToken))
            .Select(p => ExportedPurchase.From(p, refunds[p.Id])).ToList();
        var ledger = await db.Ledger.AsNoTracking().Where(e => e.MemberId == memberId).OrderBy(e => e.Sequence)
            .Select(e => new ExportedLedgerEntry(
                e.CreatedAt, e.Points, e.Reason, e.SourceRef, e.BalanceAfter, e.ExpiresAt))
            .ToListAsync(cancellationToken);
        var redemptions = await (from r in db.Redemptions.AsNoTracking()
                                 join i in db.Catalog.AsNoTracking() on r.CatalogItemId equals i.Id
                                 where r.MemberId == memberId
                                 orderby r.RedeemedAt
                                 select new ExportedRedemption(r.RedeemedAt, i.Name, r.Points, r.BalanceAfter))
            .ToListAsync(cancellationToken);
        var exportedAccount = new ExportedAccount(
            account.Balance, account.Tier, account.BirthDate, account.OpenedAt);
        return new PointsExportPart(
            memberId, true, Summary(exportedAccount, purchases, ledger), exportedAccount, purchases, ledger,
            redemptions);
    }

    private static string Summary(
        ExportedAccount account, List<ExportedPurchase> purchases, List<ExportedLedgerEntry> ledger)
    {
        var culture = CultureInfo.InvariantCulture;
        return string.Create(culture,
            $"积分：余额 {account.Balance:N0}，购买 {purchases.Count} 笔共 ¥{purchases.Sum(p => p.Amount):N2}"
            + $"（退款 ¥{purchases.Sum(p => p.RefundedAmount):N2}），积分流水 {ledger.Count} 条");
    }
}

/// <summary>Points' part of a member's data export (JSON through <see cref="DataExportJson"/>).</summary>
/// <param name="Known">False when Points holds nothing about her (the other lists are then empty).</param>
/// <param name="Summary">One zh-CN line for the archive's summary.</param>
public sealed record PointsExportPart(
    Guid MemberId,
    bool Known,
    string Summary,
    ExportedAccount? Account,
    IReadOnlyList<ExportedPurchase> Purchases,
    IReadOnlyList<ExportedLedgerEntry> Ledger,
    IReadOnlyList<ExportedRedemption> Redemptions);

/// <param name="Tier">Points' copy of her tier (for the earning multiplier).</param>
/// <param name="BirthDate">Points' copy of her birth date (for the birthday-month rule); none after an erasure.</param>
public sealed record ExportedAccount(long Balance, Tier Tier, DateOnly? BirthDate, DateTimeOffset OpenedAt);

public sealed record ExportedPurchase(
    string ExternalOrderId,
    string StoreId,
    DateTimeOffset PaidAt,
    decimal Amount,
    decimal RefundedAmount,
    long PointsEarned,
    IReadOnlyList<PurchaseLine> Lines,
    IReadOnlyList<string> CouponCodes,
    IReadOnlyList<ExportedRefund> Refunds)
{
    public static ExportedPurchase From(Purchase purchase, IEnumerable<Refund> refunds) => new(
        purchase.ExternalOrderId, purchase.StoreId, purchase.PaidAt, purchase.Amount, purchase.RefundedAmount,
        purchase.PointsEarned, purchase.Items, purchase.CouponCodes,
        [.. refunds.Select(r => new ExportedRefund(r.RefundedAt, r.Amount, r.PointsTakenBack, r.ShortfallPoints))]);
}

public sealed record ExportedRefund(
    DateTimeOffset RefundedAt, decimal Amount, long PointsTakenBack, long ShortfallPoints);

/// <param name="Reason">The earning rule's code or the cause (redemption, refund-takeback, expiry, a grant's).</param>
public sealed record ExportedLedgerEntry(
    DateTimeOffset At, long Points, string Reason, string SourceRef, long BalanceAfter, DateTimeOffset? ExpiresAt);

public sealed record ExportedRedemption(DateTimeOffset RedeemedAt, string Item, long Points, long BalanceAfter);
